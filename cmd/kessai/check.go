package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/bound"
	category "github.com/kessai-jp/kessai/internal/msg"
	"github.com/kessai-jp/kessai/internal/pan"
	"github.com/kessai-jp/kessai/internal/textparse"
)

// policyIDs lists the -policy values of check and compare.
const policyIDs = "iijmio, iijmio-biz, bic, mineo, uq, ocn"

func checkCommand() command {
	return command{
		name: "check",
		args: "[-json] [-lang ja|en] [-policy ID] [-preset seed|published|both] [-existing] [-method M] [-purpose P] [-kana KANA] [-card NUMBER] [-card-name NAME] " +
			"[-expiry MM/YY] [-funding credit|debit|prepaid] [-issuer NAME] [-country CC] [-corporate-card] [-corporate-holder] " +
			"[-code CODE] [-instalments N] [-campaign CODE] [-combined M,M] [-at TIME] | -stdin < application.json",
		summary: tr("支払いの申込みを事業者のポリシーで判定する", "check a payment application against a carrier's policy"),
		about: trf("支払いの申込み 1 件を事業者のポリシーで判定し（M1–M10、C1–C6、P1–P4）、判定とすべての理由を規則 ID、説明、対処とともに表示する。\n"+
			"申込みはフラグから、または -stdin で標準入力の JSON（eligibility.Application の形、オブジェクト 1 個で最大 %d KiB、\n"+
			"知らない項目は誤り。標準入力は %d KiB まで読む）から読む。-at（JSON では \"at\"）の既定値は現在時刻。時刻は日本時間（JST）で表示する。\n"+
			"カード番号はマスクして表示し、セキュリティコードは表示しない。-preset both では記事と公開情報の判定を順に表示する（-json では {\"reports\": […]}）。",
			"Judges one payment application against a carrier's policy (M1–M10, C1–C6, P1–P4) and prints the verdict with every\n"+
				"reason: its rule ID, message and remedy. The application comes from flags or, with -stdin, as JSON on standard input\n"+
				"(the form of eligibility.Application: one object of at most %d KiB, no unknown fields; standard input is read up to\n"+
				"%d KiB). -at (\"at\" in the JSON) defaults to now. Times are shown in Japan time (JST). The card number is shown\n"+
				"masked, the security code never.\n"+
				"-preset both prints the article's answer, then the published one (with -json, {\"reports\": […]}).",
			eligibility.MaxApplicationJSON>>10, maxStdin>>10),
		exits: helpExits("0 可、1 不可・条件付き・不確実（完全な「可」ではない）、2 使い方の誤りまたは入力不備の理由がある判定（判定は表示する）。",
			"0 accepted; 1 rejected, conditional or uncertain (anything short of a plain yes); 2 bad usage, or a decision with an invalid-input reason (the decision is printed)."),
		define: func(f *flagSet) { defineCheck(f) },
		run:    runCheck,
	}
}

// maxStdin bounds what -stdin reads, in bytes, white space around the
// application included. The application itself is bounded by the library,
// at eligibility.MaxApplicationJSON (16 KiB), and refused over it as
// too-long "application".
const maxStdin = 64 << 10

// stdinUsage is the help of -stdin: the application's bound and the read's.
var stdinUsage = trf("申込みを標準入力の JSON から読む（申込みは最大 %d KiB、標準入力は %d KiB まで読む）",
	"read the application as JSON from standard input (at most %d KiB per application; input read up to %d KiB)",
	eligibility.MaxApplicationJSON>>10, maxStdin>>10)

type checkFlags struct {
	policy, method, purpose, kana, card, cardName, expiry, funding *string
	issuer, country, code, campaign, combined, at                  *string
	corporateCard, corporateHolder, stdin, existing                *bool
	preset                                                         *string
	instalments                                                    *int
}

func defineCheck(f *flagSet) checkFlags {
	return checkFlags{
		policy:          f.String("policy", "iijmio", "ID", tr("事業者: "+policyIDs, "carrier: "+policyIDs)),
		preset:          f.String("preset", "seed", "seed|published|both", presetUsage),
		existing:        f.Bool("existing", tr("契約者はすでに契約がある（新規契約ではなくカードの変更）", "the holder already has a contract (a card change, not a sign-up)")),
		stdin:           f.Bool("stdin", stdinUsage),
		method:          f.String("method", "credit", "M", tr("支払い方法: credit、debit、prepaid、bank、konbini、invoice、points、gift、emoney（日本語名も可）", "payment method: credit, debit, prepaid, bank, konbini, invoice, points, gift, emoney (or its Japanese name)")),
		purpose:         f.String("purpose", "monthly", "P", tr("用途: monthly（月額料金）、device（端末購入）、arrears（未払い分の支払い）", "purpose: monthly, device or arrears")),
		kana:            f.String("kana", "", "KANA", tr("契約者のカナ氏名、姓が先", "the contract holder's name in kana, family name first")),
		card:            f.String("card", "", "NUMBER", tr("入力されたカード番号（表示はマスクのみ）", "the card number as typed (shown masked only)")),
		cardName:        f.String("card-name", "", "NAME", tr("カードのローマ字名義", "the name on the card, in romaji")),
		expiry:          f.String("expiry", "", "MM/YY", tr("有効期限、MM/YY、MM/YYYY または YYYY-MM", "the card's expiry, MM/YY, MM/YYYY or YYYY-MM")),
		funding:         f.String("funding", "", "F", tr("わかっていれば credit、debit、prepaid", "credit, debit or prepaid, when known")),
		issuer:          f.String("issuer", "", "NAME", tr("発行会社（例: 三井住友カード、PayPay銀行）", "the card's issuer, e.g. \"三井住友カード\" or \"PayPay銀行\"")),
		country:         f.String("country", "", "CC", tr("発行国（例: JP）", "where the card was issued, e.g. JP")),
		corporateCard:   f.Bool("corporate-card", tr("法人カード", "the card is a corporate card")),
		corporateHolder: f.Bool("corporate-holder", tr("法人契約", "the contract is a corporate contract")),
		code:            f.String("code", "", "CODE", tr("セキュリティコード（桁数だけ確認し、表示しない）", "the security code, checked for length only (never printed)")),
		instalments:     f.Int("instalments", 0, 0, eligibility.MaxInstalments, "N", trf("分割回数 0–%d（0 と 1 は一括）", "number of instalments, 0–%d (0 or 1: lump sum)", eligibility.MaxInstalments)),
		campaign:        f.String("campaign", "", "CODE", tr("ギフト券のキャンペーンコード", "campaign code, for gift certificates")),
		combined:        f.String("combined", "", "M,M", tr("同じ金額の一部を払うほかの支払い方法（カンマ区切り）", "other methods paying part of the amount, comma-separated")),
		at:              f.String("at", "", "TIME", tr("判定の時刻、RFC 3339 または YYYY-MM-DD（日本時間 0 時）。既定は現在", "time of the check, RFC 3339 or YYYY-MM-DD (midnight JST); default now")),
	}
}

// presetUsage is the help of -preset, on check and compare. It names the
// carriers that have no published preset, for which published and both
// use the article's data (see [presetPolicies]).
var presetUsage = func() msg {
	var none []string
	for id := range strings.SplitSeq(policyIDs, ", ") {
		if _, ok := eligibility.PolicyByID(id + "-published"); !ok {
			none = append(none, id)
		}
	}
	return msg{
		fmt.Sprintf("seed（記事）、published（事業者のページ）または both（両方）。%s には公開情報のプリセットがなく、published と both でも記事のデータだけを使う", strings.Join(none, "、")),
		fmt.Sprintf("seed (the article), published (the carriers' pages) or both; %s have no published preset: published and both use the article's data alone for them", strings.Join(none, " and ")),
	}
}()

// reasonReport is one reason of a decision with its text in one language.
type reasonReport struct {
	Code    string `json:"code"`
	Rule    string `json:"rule,omitempty"`
	Verdict string `json:"verdict"`
	Field   string `json:"field,omitempty"`
	Detail  string `json:"detail,omitempty"`
	Message string `json:"message"`
	Remedy  string `json:"remedy,omitempty"`
	Source  string `json:"source,omitempty"`
}

// checkReport is what "kessai check" prints.
type checkReport struct {
	Policy      string          `json:"policy"`
	PolicyName  string          `json:"policyName"`
	AsOf        string          `json:"asOf"`
	Lang        string          `json:"lang"`
	Application applicationView `json:"application"` // the number masked, no security code
	Verdict     string          `json:"verdict"`
	VerdictText string          `json:"verdictText"`
	Reasons     []reasonReport  `json:"reasons"`
	Notes       []reasonReport  `json:"notes"`
}

// runCheck implements "kessai check": see checkCommand.
func runCheck(c *cmd, args []string) int {
	spec := checkCommand()
	f := newFlagSet(c, &spec)
	fl := defineCheck(f)
	if code, ok := f.parse(args); !ok {
		return code
	}
	if f.fs.NArg() > 0 {
		return c.fail(unexpectedArgument(f.fs.Arg(0), &spec))
	}
	ps, ce := presetPolicies(*fl.policy, *fl.preset)
	if ce != nil {
		return c.fail(ce)
	}

	var a eligibility.Application
	var err error
	// The number and the security code as typed (flags only: JSON has the
	// number parsed and no code); no value kessai keeps or prints holds them.
	var typed, code string
	if *fl.stdin {
		var conflict []string
		for _, fh := range f.flags {
			switch fh.name {
			case "json", "lang", "policy", "preset", "stdin", "at":
			default:
				if f.visited(fh.name) {
					conflict = append(conflict, "-"+fh.name)
				}
			}
		}
		if len(conflict) > 0 {
			list := strings.Join(conflict, ", ")
			return c.fail(&cliError{Code: category.Conflict.Token(), Field: "stdin",
				Message: trf("-stdin では申込みを JSON から読みます。%s を外してください", "-stdin takes the application from JSON; drop %s", list)})
		}
		if a, err = readApplication(c.stdin); err != nil {
			return c.failErr(err)
		}
	} else {
		// UnmarshalText reads "" as the zero Method and Purpose (none
		// given), the JSON form of an unset value; a flag set to "" is a
		// flag missing.
		switch {
		case *fl.method == "":
			return c.fail(missingFlag("method", &spec))
		case *fl.purpose == "":
			return c.fail(missingFlag("purpose", &spec))
		}
		if a.Method, err = textparse.Parse[eligibility.Method](*fl.method); err != nil {
			return c.failFlag("method", err)
		}
		if a.Purpose, err = textparse.Parse[eligibility.Purpose](*fl.purpose); err != nil {
			return c.failFlag("purpose", err)
		}
		if *fl.funding != "" { // not given: unknown
			if a.Card.Funding, err = textparse.Parse[brand.Funding](*fl.funding); err != nil {
				return c.failFlag("funding", err)
			}
		}
		if a.Combined, err = parseMethods(*fl.combined); err != nil {
			return c.failFlag("combined", err)
		}
		a.Holder = eligibility.Holder{Kana: *fl.kana, Corporate: *fl.corporateHolder, Existing: *fl.existing}
		// Parsed for the report (the zero Number when it does not parse);
		// CheckTyped judges the number as typed (C6).
		a.Card.Number, _ = brand.Parse(*fl.card)
		typed, code = *fl.card, *fl.code
		a.Card.Name = *fl.cardName
		if *fl.expiry != "" {
			if a.Card.Expiry, err = billing.ParseYearMonth(*fl.expiry); err != nil {
				return c.fail(expiryError(err))
			}
		}
		a.Card.Issuer, a.Card.Country, a.Card.Corporate = *fl.issuer, *fl.country, *fl.corporateCard
		a.Instalments = *fl.instalments
		a.Campaign = *fl.campaign
	}
	if *fl.at != "" {
		if a.At, err = parseAt(*fl.at); err != nil {
			return c.failFlag("at", err)
		}
	}
	if a.At.IsZero() {
		a.At = time.Now() // the CLI is the one place that reads the clock
	}
	a.At = a.At.In(jst())

	// With -preset both, the seed's answer and the published one, in that
	// order; the exit status is the worse of the two.
	tag := c.lang.tag()
	codeGiven := code != ""
	var rs []checkReport
	status := exitOK
	for i, p := range ps {
		d := p.CheckTyped(a, typed, code) // C5, C6: judged here, then dropped
		rs = append(rs, checkReport{
			Policy:      p.ID(),
			PolicyName:  p.Name(tag),
			AsOf:        p.Source().AsOf,
			Lang:        c.lang.String(),
			Application: viewOf(a, typed, codeGiven),
			Verdict:     d.Verdict.String(),
			VerdictText: d.Verdict.Label(tag),
			Reasons:     reports(d.Reasons, c.lang),
			Notes:       reports(d.Notes, c.lang),
		})
		if !c.json {
			if i > 0 {
				fmt.Fprintln(c.stdout)
			}
			writeCheckText(c.stdout, &rs[i], a, typed, codeGiven, c.lang)
		}
		switch {
		case d.Has(eligibility.CodeInvalidInput):
			status = exitUsage
		case d.Verdict != eligibility.Accepted && status == exitOK:
			status = exitNegative
		}
	}
	if c.json {
		// -preset both answers {"reports": […]} whatever the carrier, one
		// report for a carrier with no published preset, so that a script
		// reads one shape.
		if *fl.preset != "both" {
			c.writeJSON(rs[0])
		} else {
			c.writeJSON(struct {
				Reports []checkReport `json:"reports"`
			}{rs})
		}
	}
	return status
}

// presetPolicies returns the policies -policy and -preset name: the seed's
// preset, the published one, or both where the carrier has a published
// preset (IIJmio biz and the Bic Camera channel have none: their seed
// preset stands for both).
func presetPolicies(id, preset string) ([]eligibility.Policy, *cliError) {
	seed, ok := eligibility.PolicyByID(id)
	if !ok || strings.HasSuffix(id, "-published") {
		return nil, unknownPolicy(id)
	}
	pub, hasPub := eligibility.PolicyByID(id + "-published")
	switch preset {
	case "seed":
		return []eligibility.Policy{seed}, nil
	case "published":
		if hasPub {
			return []eligibility.Policy{pub}, nil
		}
		return []eligibility.Policy{seed}, nil
	case "both":
		if hasPub {
			return []eligibility.Policy{seed, pub}, nil
		}
		return []eligibility.Policy{seed}, nil
	}
	return nil, &cliError{Code: category.Unknown.Token(), Field: "preset",
		Message: tr("-preset は seed、published、both のいずれかです: ", "-preset is seed, published or both: ").append(quoted(preset))}
}

// applicationView is the application as check -json echoes it. kessai
// builds it rather than printing the library's own encoding so that every
// text field is masked by internal/pan before it is encoded (the card
// number as brand.Number.Masked), the security code is only "given" or
// not, and a number outside its range (a card number typed as the number
// of instalments) is left out, never printed.
type applicationView struct {
	Method      string   `json:"method"`
	Purpose     string   `json:"purpose"`
	Holder      holderV  `json:"holder"`
	Card        cardView `json:"card"`
	Instalments *int     `json:"instalments,omitempty"`
	Campaign    string   `json:"campaign,omitempty"`
	Combined    []string `json:"combined,omitempty"`
	At          string   `json:"at"`
}

type holderV struct {
	Kana      string `json:"kana"`
	Corporate bool   `json:"corporate,omitempty"`
}

type cardView struct {
	Number       string `json:"number"`
	Valid        bool   `json:"valid"`
	Name         string `json:"name"`
	Expiry       string `json:"expiry"`
	Funding      string `json:"funding,omitempty"`
	Issuer       string `json:"issuer,omitempty"`
	Country      string `json:"country,omitempty"`
	Corporate    bool   `json:"corporate,omitempty"`
	SecurityCode bool   `json:"securityCodeGiven"`
}

// token is a method's, purpose's or funding's token, empty when invalid.
func token(valid bool, s string) string {
	if !valid {
		return ""
	}
	return s
}

func viewOf(a eligibility.Application, typed string, codeGiven bool) applicationView {
	v := applicationView{
		Method:   token(a.Method.IsValid(), a.Method.String()),
		Purpose:  token(a.Purpose.IsValid(), a.Purpose.String()),
		Holder:   holderV{pan.Mask(a.Holder.Kana), a.Holder.Corporate},
		Campaign: pan.Mask(a.Campaign),
		At:       a.At.Format(time.RFC3339),
		Card: cardView{
			Name: pan.Mask(a.Card.Name), Expiry: a.Card.Expiry.String(),
			Funding: token(a.Card.Funding != brand.FundingUnknown && a.Card.Funding.IsValid(), a.Card.Funding.String()),
			Issuer:  pan.Mask(a.Card.Issuer), Country: pan.Mask(a.Card.Country),
			Corporate: a.Card.Corporate, SecurityCode: codeGiven,
		},
	}
	if n := a.Card.Number; n != (brand.Number{}) {
		v.Card.Number, v.Card.Valid = n.Masked(), true
	} else {
		v.Card.Number = bound.Field(typed, maxTypedNumber, maskTyped)
	}
	if a.Instalments > 0 && a.Instalments <= eligibility.MaxInstalments {
		n := a.Instalments
		v.Instalments = &n
	}
	for _, m := range a.Combined {
		v.Combined = append(v.Combined, token(m.IsValid(), m.String()))
	}
	return v
}

// maxTypedNumber is the longest card number text brand.Parse reads (a
// longer one is refused as too long): past it, the text typed is shown
// clipped.
const maxTypedNumber = 96

// maskTyped returns the text typed as a card number that did not parse as
// it is shown: masked as internal/pan masks a number (first 6 and last 4)
// when all its digits are one run pan reads as a number (a number whose
// check digit is wrong), and otherwise with every digit shown as '*'
// ('＊' for a full-width one): a number mistyped with a character that is
// no separator (a letter o for a zero, commas or ～ between the groups) is
// still nearly the customer's, and pan, which finds numbers in free text,
// reads it as shorter runs, or as one run beside others ("4539,148803436467").
func maskTyped(s string) string {
	digits := 0
	for _, r := range s {
		if pan.IsDigit(r) {
			digits++
		}
	}
	if digits >= pan.MinDigits && pan.LongestRun(s) == digits {
		return pan.Mask(s)
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case '０' <= r && r <= '９':
			r = '＊'
		case pan.IsDigit(r):
			r = '*'
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// expiryError is the error for an -expiry that billing.ParseYearMonth
// refused; the value is not echoed (it could be a card number).
func expiryError(err error) *cliError {
	return &cliError{Code: explain(err).Code, Field: "expiry",
		Message: tr("-expiry: 有効期限は MM/YY、MM/YYYY または YYYY-MM（月は 01〜12）で指定します", "-expiry: give the expiry as MM/YY, MM/YYYY or YYYY-MM (months 01 to 12)")}
}

// unknownPolicy is the error for an unknown -policy value.
func unknownPolicy(v string) *cliError {
	return &cliError{Code: category.Unknown.Token(), Field: "policy",
		Message: tr("知らない事業者です: ", "unknown policy: ").append(quoted(v)).
			append(tr("（"+policyIDs+" のいずれか）", " (want one of "+policyIDs+")"))}
}

func reports(rs []eligibility.Reason, l lang) []reasonReport {
	out := make([]reasonReport, 0, len(rs))
	for _, r := range rs {
		out = append(out, reasonReport{
			Code: string(r.Code), Rule: r.Rule, Verdict: r.Verdict.String(), Field: r.Field, Detail: r.Detail,
			Message: r.Message(l.tag()), Remedy: r.Remedy(l.tag()), Source: sourceText(r.Source),
		})
	}
	return out
}

// detailText is the machine detail the text output shows after a reason's
// sentence: the day a carrier closed (in words), the matcher's kind and
// rules for a name (as codes, for support staff).
func detailText(x reasonReport, l lang) string {
	switch {
	case x.Detail == "":
	case x.Code == string(eligibility.CodeNewContractsClosed):
		if day, ok := strings.CutPrefix(x.Detail, "since "); ok {
			return trf("（%s から）", " (since %s)", day).in(l)
		}
	case x.Code == string(eligibility.CodeHolderNameVariant), x.Code == string(eligibility.CodeHolderNameMismatch):
		return " [" + x.Detail + "]"
	}
	return ""
}

// fundingText names a card's funding for people.
func fundingText(f brand.Funding) msg {
	return msg{f.Label(language.Japanese), f.Label(language.English)}
}

// cardFields are the labelled lines of a card, as a person reads them: the
// number masked (brand.Number), the security code only as given or not.
func cardFields(card eligibility.Card, typed string, codeGiven bool, l lang) [][2]string {
	t := func(jaText, enText string) string { return tr(jaText, enText).in(l) }
	orNone := func(s string) string {
		if s == "" {
			return t("（なし）", "(none)")
		}
		return quote(s, l)
	}
	number := t("（なし）", "(none)")
	switch n := card.Number; {
	case n != brand.Number{}:
		number = n.Masked() + " (" + brandName(n.Brand(), l) + ")"
	case typed != "":
		number = t("（番号として読めません）", "(not a valid number)")
	}
	yesNo := func(b bool) string {
		if b {
			return t("はい", "yes")
		}
		return t("いいえ", "no")
	}
	code := t("入力なし", "not given")
	if codeGiven {
		code = t("入力あり（表示しない）", "given (never shown)")
	}
	return [][2]string{
		{t("番号", "number"), number},
		{t("名義", "name"), orNone(card.Name)},
		{t("有効期限", "expiry"), orNone(card.Expiry.String())},
		{t("種別", "funding"), fundingText(card.Funding).in(l)},
		{t("発行会社", "issuer"), orNone(card.Issuer)},
		{t("発行国", "country"), orNone(card.Country)},
		{t("法人カード", "corporate card"), yesNo(card.Corporate)},
		{t("セキュリティコード", "security code"), code},
	}
}

// jstTime formats a time in Japan time.
func jstTime(t time.Time) string { return t.In(jst()).Format("2006-01-02 15:04:05") + " JST" }

func writeCheckText(w io.Writer, r *checkReport, a eligibility.Application, typed string, codeGiven bool, l lang) {
	t := func(jaText, enText string) string { return tr(jaText, enText).in(l) }
	tag := l.tag()
	rows := [][2]string{{t("判定", "verdict"), r.VerdictText}}
	rows = append(rows,
		[2]string{t("事業者", "policy"), fmt.Sprintf(t("%s（データ時点 %s）", "%s (data as of %s)"), r.PolicyName, r.AsOf)},
		[2]string{t("支払い方法", "method"), labelOr(a.Method.Label(tag), t("（なし）", "(none)")) + " / " + labelOr(a.Purpose.Label(tag), t("（なし）", "(none)"))},
		[2]string{t("契約者", "holder"), quote(a.Holder.Kana, l)},
	)
	if a.Instalments > 1 && a.Instalments <= eligibility.MaxInstalments {
		rows = append(rows, [2]string{t("分割回数", "instalments"), fmt.Sprint(a.Instalments)})
	}
	if len(a.Combined) > 0 {
		names := make([]string, len(a.Combined))
		for i, m := range a.Combined {
			names[i] = labelOr(m.Label(tag), m.String())
		}
		rows = append(rows, [2]string{t("併用", "combined with"), strings.Join(names, t("、", ", "))})
	}
	if a.Campaign != "" {
		rows = append(rows, [2]string{t("キャンペーン", "campaign"), quote(a.Campaign, l)})
	}
	rows = append(rows, [2]string{t("確認時刻", "checked at"), jstTime(a.At)})
	writeFields(w, rows)
	if m := a.Method; m == eligibility.CreditCard || m == eligibility.DebitCard || m == eligibility.PrepaidCard {
		fmt.Fprintln(w, t("カード:", "card:"))
		var b bytes.Buffer
		writeFields(&b, cardFields(a.Card, typed, codeGiven, l))
		for _, line := range strings.SplitAfter(strings.TrimSuffix(b.String(), "\n"), "\n") {
			fmt.Fprint(w, "  "+line)
		}
		fmt.Fprintln(w)
	}
	if len(r.Reasons) > 0 {
		fmt.Fprintln(w, t("理由:", "reasons:"))
		for _, x := range r.Reasons {
			writeReason(w, x, t("対処", "remedy"), l)
		}
	}
	if len(r.Notes) > 0 {
		fmt.Fprintln(w, t("補足:", "notes:"))
		for _, x := range r.Notes {
			writeReason(w, x, t("対処", "remedy"), l)
		}
	}
	var srcs []string
	for _, x := range append(append([]reasonReport{}, r.Reasons...), r.Notes...) {
		if x.Source != "" && !slices.Contains(srcs, x.Source) {
			srcs = append(srcs, x.Source)
		}
	}
	if len(srcs) > 0 {
		fmt.Fprintf(w, "%s: %s\n", t("出典", "source"), strings.Join(srcs, "; "))
	}
}

func labelOr(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

func writeReason(w io.Writer, x reasonReport, remedy string, l lang) {
	rule := x.Rule
	if rule == "" {
		rule = "-"
	}
	fmt.Fprintf(w, "  [%s] %s%s\n", rule, x.Message, detailText(x, l))
	if x.Remedy != "" {
		fmt.Fprintf(w, "      %s: %s\n", remedy, x.Remedy)
	}
}

// parseAt reads RFC 3339, or a date YYYY-MM-DD taken as midnight JST.
func parseAt(s string) (time.Time, error) {
	bad := func(c category.Category) *cliError {
		return &cliError{Code: c.Token(),
			Message: tr("時刻を読めません（RFC 3339、例 2025-06-15T10:00:00+09:00、または YYYY-MM-DD）", "cannot read the time (want RFC 3339, e.g. 2025-06-15T10:00:00+09:00, or YYYY-MM-DD)")}
	}
	if len(s) > 64 {
		return time.Time{}, bad(category.TooLong)
	}
	t, err := time.Parse(time.RFC3339, s)
	if err == nil {
		return t, nil
	}
	if t, err2 := time.ParseInLocation("2006-01-02", s, jst()); err2 == nil {
		return t, nil
	} else if outOfRange(err) || outOfRange(err2) {
		return time.Time{}, bad(category.Range) // 2026-13-01, 2026-02-30: of the form, no such day
	}
	return time.Time{}, bad(category.Syntax)
}

// outOfRange reports whether err is the time package's error for a field
// of the right form outside its values ("month out of range", "day out of
// range"), which it gives only as text.
func outOfRange(err error) bool {
	var pe *time.ParseError
	return errors.As(err, &pe) && strings.HasSuffix(pe.Message, " out of range")
}

// maxCombinedText bounds the text of -combined, in bytes: every method
// named several times over. How many methods may be combined is the
// library's to judge (Check: "combined", too-long).
const maxCombinedText = 1 << 10

// parseMethods reads a comma-separated list of methods.
func parseMethods(s string) ([]eligibility.Method, error) {
	if len(s) > maxCombinedText {
		return nil, &cliError{Code: category.TooLong.Token(), Field: "combined", Message: trf("-combined が長すぎます（%d バイトまで）", "-combined is too long (at most %d bytes)", maxCombinedText)}
	}
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	out := make([]eligibility.Method, 0, len(parts))
	for _, p := range parts {
		m, err := textparse.Parse[eligibility.Method](strings.TrimSpace(p))
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// errTooLarge is the error for standard input over its cap.
func errTooLarge(limit int) *cliError {
	return &cliError{Code: category.TooLong.Token(), Field: "stdin",
		Message: trf("標準入力が上限 %d バイトを超えています（読む前に拒否）", "standard input is over its cap of %d bytes (refused before decoding)", limit)}
}

// readBounded reads r through a bounded reader: at most limit bytes are
// read, and input over the cap is refused before any decoding.
func readBounded(r io.Reader, limit int) ([]byte, error) {
	if r == nil {
		return nil, nil
	}
	b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, &cliError{Code: codeIO, Field: "stdin", Message: tr("標準入力を読めません", "cannot read standard input")}
	}
	if len(b) > limit {
		return nil, errTooLarge(limit)
	}
	return b, nil
}

// readApplication decodes one application from r: at most maxStdin bytes
// holding exactly one JSON object. The library's decoder refuses unknown
// fields and never quotes the input in its errors.
func readApplication(r io.Reader) (eligibility.Application, error) {
	var a eligibility.Application
	b, err := readBounded(r, maxStdin)
	if err != nil {
		return a, err
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return a, &cliError{Code: category.Empty.Token(), Field: "stdin", Message: tr("標準入力が空です（申込みの JSON を渡してください）", "standard input is empty (pipe the application JSON)")}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&a); err != nil {
		return a, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return eligibility.Application{}, &cliError{Code: category.Syntax.Token(), Field: "stdin", Message: tr("JSON の値が 2 個以上あります", "more than one JSON value")}
	}
	return a, nil
}
