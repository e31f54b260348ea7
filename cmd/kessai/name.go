package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/textparse"
)

func nameCommand() command {
	return command{
		name: "name", args: "[-json] [-lang ja|en] [-strict] -card NAME -kana KANA",
		summary: tr("カードのローマ字名義が契約者のカナ氏名と一致するか", "does the romaji name on a card match the holder's kana?"),
		about: tr("カードのローマ字名義が、契約者がカナで登録した氏名と同じ人か（C1、C3）。一致の種類、使った表記ゆれの規則と、\nカナのパスポート式ヘボン表記を表示する。",
			"Does the romaji name on a card name the contract holder registered in kana (C1, C3)? Prints the kind of match,\neach spelling-variant rule used, and the passport-Hepburn form of the kana."),
		exits:  helpExits("0 一致、1 不一致、2 入力または使い方の誤り。", "0 a match; 1 no match; 2 bad input or usage."),
		define: func(f *flagSet) { defineName(f) },
		run:    runName,
	}
}

type nameFlags struct {
	strict     *bool
	card, kana *string
}

func defineName(f *flagSet) nameFlags {
	return nameFlags{
		strict: f.Bool("strict", tr("パスポート式ヘボンのみ認める（パスポートで申し出により選べる長音表記 OH、OO、OU は表記ゆれとして報告。MATSUURA や KOE のようにカナだけでは決まらないウは語の境目または u-before-e として報告）",
			"accept passport Hepburn only (with the long-vowel spellings passport offices allow on request, OH, OO and OU, reported as variants; a ウ that kana alone cannot place, as in MATSUURA or KOE, is reported as word-boundary or u-before-e)")),
		card: f.String("card", "", "NAME", tr("カードのローマ字名義（例: \"TARO YAMADA\"）", "the name on the card, in romaji (e.g. \"TARO YAMADA\")")),
		kana: f.String("kana", "", "KANA", tr("契約者のカナ氏名、姓が先（例: \"ヤマダ タロウ\"）", "the contract holder's name in kana, family name first (e.g. \"ヤマダ タロウ\")")),
	}
}

// nameRuleReport is one variant rule of a decision, with its messages.
type nameRuleReport struct {
	Code    string `json:"code"`
	Message msg    `json:"message"`
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

// runName implements "kessai name": see nameCommand.
func runName(c *cmd, args []string) int {
	spec := nameCommand()
	f := newFlagSet(c, &spec)
	fl := defineName(f)
	if code, ok := f.parse(args); !ok {
		return code
	}
	switch {
	case f.fs.NArg() > 0:
		return c.fail(unexpectedArgument(f.fs.Arg(0), &spec))
	case *fl.card == "":
		return c.fail(missingFlag("card", &spec))
	case *fl.kana == "":
		return c.fail(missingFlag("kana", &spec))
	}
	profile := eligibility.Standard
	if *fl.strict {
		profile = eligibility.Strict
	}
	m, err := profile.Match(*fl.card, *fl.kana)
	if err != nil {
		e := explain(err)
		e.Field = "card"
		if e2 := (*eligibility.Error)(nil); errors.As(err, &e2) && e2.Field == "holder.kana" {
			e.Field = "kana"
		}
		return c.fail(e)
	}
	passport, err := eligibility.CardName(*fl.kana)
	if err != nil {
		return c.failErr(err) // unreachable: the kana was just accepted
	}
	r := nameReport{
		Card:     *fl.card,
		Kana:     *fl.kana,
		Profile:  profile.String(),
		Kind:     m.Kind.String(),
		OK:       m.OK(),
		Rule:     "C3",
		Rules:    []nameRuleReport{},
		Passport: passport,
	}
	for _, rule := range m.Rules {
		r.Rules = append(r.Rules, nameRuleReport{
			Code:    rule.String(),
			Message: msg{rule.Message(ja.tag()), rule.Message(en.tag())},
		})
	}
	if c.json {
		c.writeJSON(r)
	} else {
		writeNameText(c.stdout, &r, c.lang)
	}
	if !m.OK() {
		return exitNegative
	}
	return exitOK
}

// matchKindText names a match kind for people: the library's label.
func matchKindText(kind string) msg {
	k, err := textparse.Parse[eligibility.MatchKind](kind)
	if err != nil {
		return tr(kind, kind)
	}
	return msg{k.Label(ja.tag()), k.Label(en.tag())}
}

func writeNameText(w io.Writer, r *nameReport, l lang) {
	t := func(jaText, enText string) string { return tr(jaText, enText).in(l) }
	verdict := t("一致", "match")
	if !r.OK {
		verdict = t("不一致", "no match")
	}
	profile := t("標準", "standard")
	if r.Profile == "strict" {
		profile = t("厳格", "strict")
	}
	how := fmt.Sprintf(t("%s（%s、%sプロファイル、規則 %s）", "%s (%s, %s profile, rule %s)"), verdict, matchKindText(r.Kind).in(l), profile, r.Rule)
	if r.Kind == "mismatch" { // the verdict says it already
		how = fmt.Sprintf(t("%s（%sプロファイル、規則 %s）", "%s (%s profile, rule %s)"), verdict, profile, r.Rule)
	}
	rows := [][2]string{
		{t("判定", "verdict"), how},
		{t("カード名義", "card name"), quote(r.Card, l)},
		{t("契約者名", "holder (kana)"), quote(r.Kana, l)},
		{t("パスポート表記", "passport form"), r.Passport},
	}
	writeFields(w, rows)
	if len(r.Rules) > 0 {
		fmt.Fprintln(w, t("表記ゆれの規則:", "variant rules:"))
		for _, rule := range r.Rules {
			fmt.Fprintf(w, "  %s: %s\n", rule.Code, rule.Message.in(l))
		}
	}
	if !r.OK {
		fmt.Fprintln(w, t("カード名義が契約者の氏名と一致しません（旧姓・家族名義のカードは登録できません）",
			"The card name is not the contract holder's name (a card in a former name or a family member's name cannot be registered)."))
	}
}

// unexpectedArgument is the error for a stray argument.
func unexpectedArgument(a string, spec *command) *cliError {
	return &cliError{Code: codeUnexpectedArgument,
		Message: tr("余分な引数です: ", "unexpected argument: ").append(quoted(a)).
			append(trf("（使い方: kessai %s %s）", " (usage: kessai %s %s)", spec.name, spec.args))}
}

// missingFlag is the error for a required flag not given.
func missingFlag(name string, spec *command) *cliError {
	return &cliError{Code: codeMissingFlag, Field: name,
		Message: trf("-%s がありません（使い方: kessai %s %s）", "missing -%s (usage: kessai %s %s)", name, spec.name, spec.args)}
}
