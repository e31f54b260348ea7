package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/kessai-jp/kessai/eligibility"
	category "github.com/kessai-jp/kessai/internal/msg"
	"github.com/kessai-jp/kessai/internal/textparse"
)

func compareCommand() command {
	return command{
		name: "compare", args: "[-json] [-lang ja|en] -method M [-purpose monthly|device|arrears] [-policy ID,ID] [-preset seed|published|both]",
		summary: tr("一つの支払い方法を事業者ごとに比べる", "compare carriers for one payment method"),
		about: tr("一つの支払い方法と用途（既定は月額料金）について、事業者ごとの判定、根拠の規則、説明を表示する。\n"+
			"記事の比較表（IIJmio、mineo、UQモバイル、OCNモバイルONE: P1–P4）に、-policy で絞らなければ IIJmio biz とビックカメラを加える。",
			"For one payment method and purpose (monthly charges by default), each carrier's verdict with the rule it rests on\n"+
				"and a note: the article's comparison of IIJmio, mineo, UQ mobile and OCN mobile ONE (P1–P4), plus IIJmio biz and\n"+
				"the Bic Camera channel unless -policy picks carriers."),
		exits:  helpExits("0 比較を表示した、2 入力または使い方の誤り。", "0 the comparison is printed; 2 bad input or usage."),
		define: func(f *flagSet) { defineCompare(f) },
		run:    runCompare,
	}
}

type compareFlags struct{ method, purpose, policies, preset *string }

func defineCompare(f *flagSet) compareFlags {
	return compareFlags{
		method:   f.String("method", "", "M", tr("支払い方法: credit、debit、prepaid、bank、konbini、invoice、points、gift、emoney（日本語名も可）", "payment method: credit, debit, prepaid, bank, konbini, invoice, points, gift, emoney (or its Japanese name)")),
		purpose:  f.String("purpose", "monthly", "P", tr("用途: monthly、device、arrears", "purpose: monthly, device or arrears")),
		policies: f.String("policy", "", "ID,ID", tr("事業者 ID のカンマ区切り（"+policyIDs+"）。既定はすべて", "comma-separated policy IDs ("+policyIDs+"); default all")),
		preset:   f.String("preset", "seed", "seed|published|both", presetUsage),
	}
}

// compareRow is one carrier of "kessai compare".
type compareRow struct {
	Policy  string `json:"policy"`
	Name    string `json:"name"`
	Verdict string `json:"verdict"`
	Symbol  string `json:"symbol"`
	Label   string `json:"verdictText"`
	Rule    string `json:"rule,omitempty"`
	Code    string `json:"code"`
	Note    string `json:"note"`
	Remedy  string `json:"remedy,omitempty"`
	AsOf    string `json:"asOf"`
	Source  string `json:"source,omitempty"`
	// ClosedSince is the day the carrier stopped taking new contracts
	// (P3), as of today; the row's verdict is for existing customers.
	ClosedSince string `json:"closedSince,omitempty"`
}

// compareReport is what "kessai compare" prints.
type compareReport struct {
	Method  string       `json:"method"`
	Purpose string       `json:"purpose"`
	Lang    string       `json:"lang"`
	Rows    []compareRow `json:"rows"`
}

// runCompare implements "kessai compare": see compareCommand.
func runCompare(c *cmd, args []string) int {
	spec := compareCommand()
	f := newFlagSet(c, &spec)
	fl := defineCompare(f)
	if code, ok := f.parse(args); !ok {
		return code
	}
	switch {
	case f.fs.NArg() > 0:
		return c.fail(unexpectedArgument(f.fs.Arg(0), &spec))
	case *fl.method == "":
		return c.fail(missingFlag("method", &spec))
	case *fl.purpose == "": // UnmarshalText reads "" as no purpose
		return c.fail(missingFlag("purpose", &spec))
	}
	m, err := textparse.Parse[eligibility.Method](*fl.method)
	if err != nil {
		return c.failFlag("method", err)
	}
	pu, err := textparse.Parse[eligibility.Purpose](*fl.purpose)
	if err != nil {
		return c.failFlag("purpose", err)
	}
	var ids []string
	if strings.TrimSpace(*fl.policies) != "" {
		ids = strings.Split(*fl.policies, ",")
		if len(ids) > 16 {
			return c.fail(&cliError{Code: category.TooLong.Token(), Field: "policy", Message: tr("-policy: 事業者は 16 個まで", "-policy: at most 16 policies")})
		}
	} else {
		for _, p := range eligibility.Presets() {
			ids = append(ids, p.ID())
		}
	}
	var ps []eligibility.Policy
	for _, id := range ids {
		got, ce := presetPolicies(strings.TrimSpace(id), *fl.preset)
		if ce != nil {
			return c.fail(ce)
		}
		ps = append(ps, got...)
	}
	tag := c.lang.tag()
	r := compareReport{Method: m.String(), Purpose: pu.String(), Lang: c.lang.String(), Rows: []compareRow{}}
	now := time.Now() // the CLI is the one place that reads the clock
	for i, row := range eligibility.CompareCarriers(m, pu, ps...) {
		var closed string
		if day, ok := ps[i].ClosedSince(now); ok {
			closed = day.String()
		}
		r.Rows = append(r.Rows, compareRow{
			ClosedSince: closed, Source: sourceText(row.Reason.Source),
			Policy: row.Policy, Name: row.Name(tag),
			Verdict: row.Verdict.String(), Symbol: verdictSymbol(row.Verdict), Label: row.Verdict.Label(tag),
			Rule: row.Reason.Rule, Code: string(row.Reason.Code),
			Note: row.Reason.Message(tag), Remedy: row.Reason.Remedy(tag), AsOf: ps[i].Source().AsOf,
		})
	}
	if c.json {
		c.writeJSON(r)
		return exitOK
	}
	writeCompareText(c.stdout, &r, m, pu, c.lang)
	return exitOK
}

func writeCompareText(w io.Writer, r *compareReport, m eligibility.Method, pu eligibility.Purpose, l lang) {
	tag := l.tag()
	fmt.Fprintf(w, "%s / %s\n", m.Label(tag), pu.Label(tag))
	nameWidth, labelWidth := 0, 0
	for _, row := range r.Rows {
		nameWidth = max(nameWidth, columns(row.Name))
		labelWidth = max(labelWidth, columns(row.Label))
	}
	for _, row := range r.Rows {
		rule := row.Rule
		if rule == "" {
			rule = "-"
		}
		fmt.Fprintf(w, "  %s  %s %s %-4s %s\n", padColumns(row.Name, nameWidth), row.Symbol, padColumns(row.Label, labelWidth), rule, row.Note)
	}
	for _, row := range r.Rows {
		if row.ClosedSince != "" {
			closed, _ := eligibility.ReasonFor(eligibility.CodeNewContractsClosed)
			fmt.Fprintf(w, "%s: %s%s\n", row.Name, closed.Message(tag), trf("（%s から）", " (since %s)", row.ClosedSince).in(l))
		}
	}
	// One short line per source, naming the rows it stands behind.
	var srcs []string
	names := map[string][]string{}
	for _, row := range r.Rows {
		if row.Source == "" {
			continue
		}
		if _, ok := names[row.Source]; !ok {
			srcs = append(srcs, row.Source)
		}
		names[row.Source] = append(names[row.Source], row.Policy)
	}
	switch {
	case len(r.Rows) == 0:
	case len(srcs) <= 1 && r.Rows[0].AsOf == eligibility.IIJmio().Source().AsOf:
		fmt.Fprintln(w, trf("（%s年時点の記事による。△は条件付きまたは不確実）", "(per the article, as of %s; △ is conditional or uncertain)", r.Rows[0].AsOf).in(l))
	default:
		fmt.Fprintln(w, tr("（△は条件付きまたは不確実）", "(△ is conditional or uncertain)").in(l))
	}
	for _, src := range srcs {
		if len(srcs) == 1 {
			fmt.Fprintf(w, "%s: %s\n", tr("出典", "source").in(l), src)
			break
		}
		fmt.Fprintf(w, "%s: %s (%s)\n", tr("出典", "source").in(l), src, strings.Join(names[src], ", "))
	}
}

// verdictSymbol is the seed's table symbol of a verdict: ○ accepted,
// × rejected, △ conditional or uncertain (the seed's "△ 一部条件下で利用可能").
func verdictSymbol(v eligibility.Verdict) string {
	switch v {
	case eligibility.Accepted:
		return "○"
	case eligibility.Rejected:
		return "×"
	case eligibility.Conditional, eligibility.Uncertain:
		return "△"
	}
	return "?"
}
