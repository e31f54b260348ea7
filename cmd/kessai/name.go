package main

import (
	"errors"
	"fmt"
	"io"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/eligibility"
)

const nameSynopsis = "[-json] [-strict] -card NAME -kana KANA"

// nameRuleReport is one variant rule of a decision, with its messages.
type nameRuleReport struct {
	Code string `json:"code"`
	Ja   string `json:"ja"`
	En   string `json:"en"`
}

// nameReport is what "kessai name" prints.
type nameReport struct {
	Card     string           `json:"card"`
	Kana     string           `json:"kana"`
	Profile  string           `json:"profile"`
	Kind     string           `json:"kind"`
	OK       bool             `json:"ok"`
	Rule     string           `json:"rule"` // the SPEC rule the decision rests on
	Rules    []nameRuleReport `json:"rules"`
	Passport string           `json:"passport"` // the passport-Hepburn card name for the kana
}

// runName implements "kessai name": does the romaji name on a card name the
// contract holder registered in kana (rules C1, C3)? It prints the kind of
// match and each variant rule used, with its Japanese and English message,
// and the passport-Hepburn form of the kana. Exit status 0 for a match, 1
// for a mismatch, 2 for bad input or usage (one line on stderr).
func runName(args []string, e env) int {
	fs := newFlags("name", nameSynopsis, e)
	asJSON := fs.Bool("json", false, "print the result as JSON")
	strict := fs.Bool("strict", false, "accept passport Hepburn only (with the long-vowel spellings passport offices allow on request, OH, OO and OU, reported as variants; a ウ that kana alone cannot place, as in MATSUURA or KOE, is reported as word-boundary or u-before-e)")
	card := fs.String("card", "", "the name on the card, in romaji (e.g. \"TARO YAMADA\")")
	kana := fs.String("kana", "", "the contract holder's name in kana, family name first (e.g. \"ヤマダ タロウ\")")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	switch {
	case fs.NArg() > 0:
		return fail(e, "name", errors.New("unexpected argument; usage: kessai name "+nameSynopsis))
	case *card == "":
		return fail(e, "name", errors.New("missing -card; usage: kessai name "+nameSynopsis))
	case *kana == "":
		return fail(e, "name", errors.New("missing -kana; usage: kessai name "+nameSynopsis))
	}
	profile := eligibility.Standard
	if *strict {
		profile = eligibility.Strict
	}
	m := profile.Match(*card, *kana)
	if m.Err != nil {
		return fail(e, "name", m.Err)
	}
	passport, err := eligibility.CardName(*kana)
	if err != nil {
		return fail(e, "name", err) // unreachable: the kana was just accepted
	}
	r := nameReport{
		Card:     *card,
		Kana:     *kana,
		Profile:  profile.String(),
		Kind:     m.Kind.String(),
		OK:       m.OK(),
		Rule:     "C3",
		Rules:    []nameRuleReport{},
		Passport: passport,
	}
	for _, rule := range m.Rules {
		r.Rules = append(r.Rules, nameRuleReport{
			Code: rule.Code(),
			Ja:   rule.Message(language.Japanese),
			En:   rule.Message(language.English),
		})
	}
	if *asJSON {
		if err := writeJSON(e.stdout, r); err != nil {
			return fail(e, "name", err)
		}
	} else {
		writeNameText(e.stdout, &r)
	}
	if !m.OK() {
		return exitNegative
	}
	return exitOK
}

func writeNameText(w io.Writer, r *nameReport) {
	verdict := "match"
	if !r.OK {
		verdict = "no match"
	}
	fmt.Fprintf(w, "%s: %s (%s profile, rule %s)\n", verdict, r.Kind, r.Profile, r.Rule)
	fmt.Fprintf(w, "card:     %s\n", r.Card)
	fmt.Fprintf(w, "kana:     %s\n", r.Kana)
	fmt.Fprintf(w, "passport: %s\n", r.Passport)
	for _, rule := range r.Rules {
		fmt.Fprintf(w, "  %s\n    %s\n    %s\n", rule.Code, rule.Ja, rule.En)
	}
	if !r.OK {
		fmt.Fprintln(w, "  カード名義が契約者の氏名と一致しません(旧姓・家族名義のカードは登録できません)")
		fmt.Fprintln(w, "  the card name is not the contract holder's name (a card in a former name or a family member's name cannot be registered)")
	}
}
