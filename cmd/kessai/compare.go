package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/kessai-jp/kessai/eligibility"
)

func compareCommand() command {
	return command{
		name: "compare", args: "[-json] [-lang ja|en] -method M [-purpose monthly|device|arrears] [-policy ID,ID]",
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

type compareFlags struct{ method, purpose, policies *string }

func defineCompare(f *flagSet) compareFlags {
	return compareFlags{
		method:   f.String("method", "", "M", tr("支払い方法: credit、debit、prepaid、bank、konbini、invoice、points、gift、emoney（日本語名も可）", "payment method: credit, debit, prepaid, bank, konbini, invoice, points, gift, emoney (or its Japanese name)")),
		purpose:  f.String("purpose", "monthly", "P", tr("用途: monthly、device、arrears", "purpose: monthly, device or arrears")),
		policies: f.String("policy", "", "ID,ID", tr("事業者 ID のカンマ区切り（"+policyIDs+"）。既定はすべて", "comma-separated policy IDs ("+policyIDs+"); default all")),
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
	}
	m, err := eligibility.ParseMethod(*fl.method)
	if err != nil {
		return c.failFlag("method", err)
	}
	pu, err := eligibility.ParsePurpose(*fl.purpose)
	if err != nil {
		return c.failFlag("purpose", err)
	}
	var ps []eligibility.Policy
	if strings.TrimSpace(*fl.policies) != "" {
		ids := strings.Split(*fl.policies, ",")
		if len(ids) > 16 {
			return c.fail(&cliError{Code: "too-long", Field: "policy", Message: tr("-policy: 事業者は 16 個まで", "-policy: at most 16 policies")})
		}
		for _, id := range ids {
			p, ok := eligibility.PolicyByID(strings.TrimSpace(id))
			if !ok {
				return c.fail(unknownPolicy(id))
			}
			ps = append(ps, p)
		}
	}
	tag := c.lang.tag()
	r := compareReport{Method: m.String(), Purpose: pu.String(), Lang: c.lang.String(), Rows: []compareRow{}}
	for _, row := range eligibility.Compare(m, pu, ps...) {
		r.Rows = append(r.Rows, compareRow{
			Policy: row.Policy, Name: row.Name(tag),
			Verdict: row.Verdict.String(), Symbol: row.Verdict.Symbol(), Label: row.Verdict.Label(tag),
			Rule: row.Rule(), Code: string(row.Reason.Code),
			Note: row.Note(tag), Remedy: row.Reason.Remedy(tag), AsOf: row.AsOf,
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
	if len(r.Rows) > 0 {
		fmt.Fprintln(w, trf("（%s年時点の記事による。△は条件付きまたは不確実）", "(per the article, as of %s; △ is conditional or uncertain)", r.Rows[0].AsOf).in(l))
	}
}
