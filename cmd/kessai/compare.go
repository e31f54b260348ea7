package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/eligibility"
)

const compareSynopsis = "[-json] [-lang ja|en] -method METHOD [-purpose monthly|device|arrears] [-policy ID,ID]"

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
	var ps []eligibility.Policy
	if strings.TrimSpace(*policies) != "" {
		ids := strings.Split(*policies, ",")
		if len(ids) > 16 {
			return fail(e, "compare", errors.New("-policy lists more than 16 policies"))
		}
		for i, id := range ids {
			p, ok := eligibility.PolicyByID(strings.TrimSpace(id))
			if !ok {
				return fail(e, "compare", fmt.Errorf("unknown policy in -policy (entry %d); want iijmio, iijmio-biz, bic, mineo, uq or ocn", i+1))
			}
			ps = append(ps, p)
		}
	}
	r := compareReport{Method: m.String(), Purpose: pu.String(), Lang: tag.String()}
	for _, row := range eligibility.Compare(m, pu, ps...) {
		r.Rows = append(r.Rows, compareRow{
			Policy: row.Policy, Name: row.Name(tag),
			Verdict: row.Verdict.String(), Symbol: row.Verdict.Symbol(), Label: row.Verdict.Label(tag),
			Rule: row.Rule(), Code: string(row.Reason.Code),
			Note: row.Note(tag), Remedy: row.Reason.Remedy(tag), AsOf: row.AsOf,
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
	if len(r.Rows) > 0 {
		if tag == language.Japanese {
			fmt.Fprintf(w, "（%s年時点の記事による。△は条件付きまたは不確実）\n", r.Rows[0].AsOf)
		} else {
			fmt.Fprintf(w, "(per the article, as of %s; △ is conditional or uncertain)\n", r.Rows[0].AsOf)
		}
	}
}
