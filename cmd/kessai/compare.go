package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/eligibility"
)

const compareSynopsis = "[-json] [-lang ja|en] -method METHOD [-purpose monthly|device|arrears] [-policy ID,ID] [-preset seed|published|both]"

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

// runCompare implements "kessai compare": for one payment method and
// purpose (monthly charges by default), each carrier's verdict with the rule
// it rests on and a note: the seed's comparison of IIJmio, mineo, UQ mobile
// and OCN mobile ONE (P1–P4), plus IIJmio biz and the Bic Camera channel
// unless -policy picks carriers. Exit status 0, or 2 for bad usage.
func runCompare(args []string, e env) int {
	fs := newFlags("compare", compareSynopsis, e)
	asJSON := fs.Bool("json", false, "print the comparison as JSON")
	lang := fs.String("lang", "ja", "language of names and notes: ja or en")
	method := fs.String("method", "", "payment method: credit, debit, prepaid, bank, konbini, invoice, points, gift, emoney (or its Japanese name)")
	purpose := fs.String("purpose", "monthly", "purpose: monthly, device or arrears")
	policies := fs.String("policy", "", "comma-separated policy IDs (iijmio, iijmio-biz, bic, mineo, uq, ocn); default all")
	preset := fs.String("preset", "seed", "seed (the article), published (the carriers' pages) or both")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	switch {
	case fs.NArg() > 0:
		return fail(e, "compare", errors.New("unexpected argument; usage: kessai compare "+compareSynopsis))
	case *method == "":
		return fail(e, "compare", errors.New("missing -method; usage: kessai compare "+compareSynopsis))
	}
	tag, err := parseLang(*lang)
	if err != nil {
		return fail(e, "compare", err)
	}
	m, err := eligibility.ParseMethod(*method)
	if err != nil {
		return fail(e, "compare", err)
	}
	pu, err := eligibility.ParsePurpose(*purpose)
	if err != nil {
		return fail(e, "compare", err)
	}
	var ids []string
	if strings.TrimSpace(*policies) != "" {
		ids = strings.Split(*policies, ",")
		if len(ids) > 16 {
			return fail(e, "compare", errors.New("-policy lists more than 16 policies"))
		}
	} else {
		for _, p := range eligibility.Presets() {
			ids = append(ids, p.ID())
		}
	}
	var ps []eligibility.Policy
	for i, id := range ids {
		got, err := presetPolicies(strings.TrimSpace(id), *preset)
		if err != nil {
			if strings.Contains(err.Error(), "-preset") {
				return fail(e, "compare", err)
			}
			return fail(e, "compare", fmt.Errorf("unknown policy in -policy (entry %d); want iijmio, iijmio-biz, bic, mineo, uq or ocn", i+1))
		}
		ps = append(ps, got...)
	}
	r := compareReport{Method: m.String(), Purpose: pu.String(), Lang: tag.String()}
	now := time.Now() // the CLI is the one place that reads the clock
	for i, row := range eligibility.Compare(m, pu, ps...) {
		closed, _ := ps[i].ClosedSince(now)
		r.Rows = append(r.Rows, compareRow{
			ClosedSince: closed,
			Policy:      row.Policy, Name: row.Name(tag),
			Verdict: row.Verdict.String(), Symbol: row.Verdict.Symbol(), Label: row.Verdict.Label(tag),
			Rule: row.Rule(), Code: string(row.Reason.Code),
			Note: row.Note(tag), Remedy: row.Reason.Remedy(tag), AsOf: row.AsOf, Source: row.Reason.Source.String(),
		})
	}
	if *asJSON {
		if err := writeJSON(e.stdout, r); err != nil {
			return fail(e, "compare", err)
		}
		return exitOK
	}
	writeCompareText(e.stdout, &r, m, pu, tag)
	return exitOK
}

func writeCompareText(w io.Writer, r *compareReport, m eligibility.Method, pu eligibility.Purpose, tag language.Tag) {
	fmt.Fprintf(w, "%s / %s\n", m.Label(tag), pu.Label(tag))
	width := 0
	for _, row := range r.Rows {
		width = max(width, columns(row.Name))
	}
	for _, row := range r.Rows {
		rule := row.Rule
		if rule == "" {
			rule = "-"
		}
		pad := strings.Repeat(" ", width-columns(row.Name))
		fmt.Fprintf(w, "  %s%s  %s %-11s %-4s %s\n", row.Name, pad, row.Symbol, row.Verdict, rule, row.Note)
	}
	for _, row := range r.Rows {
		if row.ClosedSince != "" {
			closed, _ := eligibility.ReasonFor(eligibility.CodeNewContractsClosed)
			closed.Detail = "since " + row.ClosedSince
			fmt.Fprintf(w, "%s: %s\n", row.Name, closed.Message(tag))
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
	if len(r.Rows) > 0 && len(srcs) <= 1 && r.Rows[0].AsOf == strconv.Itoa(eligibility.SeedYear) {
		if tag == language.Japanese {
			fmt.Fprintf(w, "（%s年時点の記事による。△は条件付きまたは不確実）\n", r.Rows[0].AsOf)
		} else {
			fmt.Fprintf(w, "(per the article, as of %s; △ is conditional or uncertain)\n", r.Rows[0].AsOf)
		}
	} else if len(r.Rows) > 0 {
		if tag == language.Japanese {
			fmt.Fprintln(w, "（△は条件付きまたは不確実）")
		} else {
			fmt.Fprintln(w, "(△ is conditional or uncertain)")
		}
	}
	label := "source"
	if tag == language.Japanese {
		label = "出典"
	}
	for _, src := range srcs {
		if len(srcs) == 1 {
			fmt.Fprintf(w, "%s: %s\n", label, src)
			break
		}
		fmt.Fprintf(w, "%s: %s (%s)\n", label, src, strings.Join(names[src], ", "))
	}
}
