package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/family"
	category "github.com/kessai-jp/kessai/internal/msg"
	"github.com/kessai-jp/kessai/internal/textparse"
)

func familyCommand() command {
	return command{
		name: "family", args: "[-json] [-lang ja|en] [-mode both|aggregate|per-line] < account.json",
		summary: tr("家族の回線をまとめ払いと個別払いで請求して並べる", "bill a family account in aggregate and per-line mode, side by side"),
		about: tr("標準入力の JSON のアカウントを、まとめ払い（F1）と個別払い（F2）の両方で請求して並べ、請求書ごとの税の端数処理で生じる差を示す。\n"+
			"-mode で一方だけにもできる。一方の請求方法が使えないアカウント（例: まとめ払いでは別の mioID の回線）では、その列に理由を示し、もう一方を表示する。",
			"Reads an account as JSON on standard input and bills it in both modes, aggregate (F1) and per-line (F2), side by side,\n"+
				"with the difference that per-invoice tax rounding makes; or in one mode with -mode. When one mode cannot bill the\n"+
				"account (a line under another mioID cannot be billed in aggregate, F1), its column says why and the other still prints."),
		more: familyUsage,
		exits: helpExits("0 請求した、1 -mode both で一方の請求方法が使えない（理由と、もう一方の請求を表示する）、2 入力または使い方の誤り。",
			"0 billed; 1 with -mode both, one mode does not apply (its reason and the other mode are printed); 2 bad input or usage."),
		define: func(f *flagSet) { defineFamily(f) },
		run:    runFamily,
	}
}

func defineFamily(f *flagSet) *string {
	return f.String("mode", "both", "M", tr("both（両方）、aggregate（まとめ払い）または per-line（個別払い）", "both, aggregate or per-line"))
}

// familyUsage documents the JSON that "kessai family" reads. Every amount is
// a whole number of yen, tax-exclusive. Fields not listed are an error.
var familyUsage = tr(`標準入力から JSON のアカウントを一つ読む（最大 4 MiB: 100 回線 × 100 件の請求が、説明を上限の 240 バイトにしても収まる）。
形はライブラリの family.Account の JSON（キーはキャメルケース）から "mode" を除き（-mode で選ぶ）、省略できる "plan" を加えたもの:

  {
    "mioID": "mio-0001",                  アカウントの mioID
    "owner": {"kana": "ヤマダ タカシ"},    契約者（カナ）
    "card":  "YAMADA TAKASHI ****1111",   契約者のカード（まとめ払い）: 名義と下 4 桁だけ
    "date":  "2026-11-25",                請求日（税率を決める）
    "conditions": ["notice-email-consent"],
                                          アカウントが満たす条件（家族割にはお知らせメールの同意が必要）
    "lines": [
      {"id": "line-1", "voice": true,     音声回線なら true、データ回線なら false
       "mioID": "mio-0001",               回線が属する mioID
       "holder": {"kana": "ヤマダ タカシ"}, 回線の名義人（個別払いで払う人）、カナ。
                                          使う人が別なら "user" に書く
       "card": "YAMADA TAKASHI ****1111", 回線自身のカード（個別払い）
       "charges": [{"description": "月額料金", "amount": 1009,
                    "tax": "standard"}]}  税区分: standard（標準税率）か non-taxable（非課税）
    ],                                    金額は税抜きの円、1 件 0〜10,000,000、合計 99,999,999,999 まで
    "plan": {                             省略可。以下が既定値:
      "familyDiscount": "cap5",           IIJmio の家族割: 同じ mioID に音声回線が 2 回線以上で
                                          1 回線 100 円（税込）引き、最大 5 回線（"cap5"）または 10 回線
                                          （"cap10": 情報源により異なる）、または "none"
      "aggregateOnly": false,             家族割をまとめ払いだけに適用
      "maxLines": 10                      一つの mioID の回線数の上限
    }
  }

税率は請求日に有効な日本の消費税率、税は請求書ごと・税率ごとに 1 回切り捨て。金額は実際の請求書から取らない限り例示。`,
	`Reads one account as JSON on standard input (at most 4 MiB: 100 lines × 100 charges fit, even with every description
at its 240-byte bound). Its shape is the library's family.Account in JSON (camelCase keys) without "mode" (-mode chooses)
and with an optional "plan":

  {
    "mioID": "mio-0001",                  the account's mioID
    "owner": {"kana": "ヤマダ タカシ"},    the contract holder, in kana
    "card":  "YAMADA TAKASHI ****1111",   the owner's card (aggregate mode):
                                          name as printed, last 4 digits only
    "date":  "2026-11-25",                the billing date (picks the tax rate)
    "conditions": ["notice-email-consent"],
                                          conditions the account meets (the family
                                          discount needs the notice e-mail consent)
    "lines": [
      {"id": "line-1", "voice": true,     true for a voice line, false for data
       "mioID": "mio-0001",               the mioID the line is under
       "holder": {"kana": "ヤマダ タカシ"}, the line's holder (who pays for it
                                          in per-line mode), in kana; an
                                          optional "user" names who uses it
       "card": "YAMADA TAKASHI ****1111", the line's own card (per-line mode)
       "charges": [{"description": "monthly fee", "amount": 1009,
                    "tax": "standard"}]}  tax: standard or non-taxable
    ],                                    amounts: tax-exclusive yen, 0 to 10,000,000 each, the total at most 99,999,999,999
    "plan": {                             optional; these are the defaults:
      "familyDiscount": "cap5",           IIJmio family discount, ¥100 tax
                                          included per voice line with 2+
                                          voice lines under the mioID, at most
                                          5 lines ("cap5") or 10 ("cap10":
                                          sources disagree), or "none"
      "aggregateOnly": false,             the discount only in aggregate mode
      "maxLines": 10                      most lines under one mioID
    }
  }

Tax rates are Japan's consumption-tax rates in force on the billing date, tax rounded down once per invoice per rate.
Amounts are illustrative unless you take them from a real bill.`)

// maxFamilyInput bounds standard input: 4 MiB. The largest account the
// library bills, 100 lines of 100 charges, fits with every description at
// its bound of 240 bytes (TestFamilyInputCapClaim).
const maxFamilyInput = 4 << 20

// maxPrintedYen is the largest figure of yen kessai prints: 11 digits. A
// charge is at most ¥10,000,000 (the library refuses more, so a card number
// typed into an amount is never printed), but 10,000 charges with tax can
// sum to 12 digits, which the output guard would take for a card number;
// such an account is refused instead (code range).
const maxPrintedYen = 99_999_999_999

// familyInput is the JSON read on standard input: a family.Account in the
// library's JSON, without the mode (the -mode flag chooses it), and the
// plan's options.
type familyInput struct {
	MioID string             `json:"mioID"`
	Owner eligibility.Holder `json:"owner"`
	Card  family.Card        `json:"card"`
	Date  billing.Date       `json:"date"`
	Lines []family.Line      `json:"lines"`
	Plan  *familyPlanIn      `json:"plan"`
	// Conditions are the named conditions the account meets, such as
	// "notice-email-consent" (the family discount's, F4).
	Conditions []string `json:"conditions"`
}

// familyCard is a card as the -json output shows it.
type familyCard struct {
	Name  string `json:"name"`
	Last4 string `json:"last4"`
}

type familyChargeIO struct {
	Description string             `json:"description"`
	Amount      int64              `json:"amount"`
	Tax         family.TaxCategory `json:"tax"`
}

// familyPlanIn is the optional plan of the input; an absent field takes
// its documented default, a present one is used as given.
type familyPlanIn struct {
	FamilyDiscount *string `json:"familyDiscount"`
	AggregateOnly  *bool   `json:"aggregateOnly"`
	MaxLines       *int    `json:"maxLines"`
}

// familyPlanJSON is the plan as used, echoed in the -json output.
type familyPlanJSON struct {
	FamilyDiscount string `json:"familyDiscount"`
	AggregateOnly  bool   `json:"aggregateOnly"`
	MaxLines       int    `json:"maxLines"`
}

// Output shapes of -json.
type (
	familyReport struct {
		MioID      string          `json:"mioID"`
		Date       billing.Date    `json:"date"`
		Plan       familyPlanJSON  `json:"plan"`
		Aggregate  *familyModeJSON `json:"aggregate,omitempty"`
		PerLine    *familyModeJSON `json:"perLine,omitempty"`
		Difference *int64          `json:"difference,omitempty"` // per-line total − aggregate total
	}
	familyModeJSON struct {
		// Error says why the mode does not apply; then the rest is empty.
		Error    *cliError           `json:"error,omitempty"`
		Invoices []familyInvoiceJSON `json:"invoices,omitempty"`
		Totals   *familyTotalsJSON   `json:"totals,omitempty"`
	}
	familyTotalsJSON struct {
		Invoices int   `json:"invoices"`
		Subtotal int64 `json:"subtotal"`
		Discount int64 `json:"discount"`
		Tax      int64 `json:"tax"`
		Total    int64 `json:"total"`
	}
	familyInvoiceJSON struct {
		Mode      family.Mode      `json:"mode"`
		Date      billing.Date     `json:"date"`
		RatesFrom billing.Date     `json:"ratesFrom"`
		Payer     familyPayerJSON  `json:"payer"`
		Lines     []familyLineJSON `json:"lines"`
		Subtotal  int64            `json:"subtotal"`
		Discount  int64            `json:"discount"`
		Taxes     []familyTaxJSON  `json:"taxes"`
		Tax       int64            `json:"tax"`
		Total     int64            `json:"total"`
	}
	familyPayerJSON struct {
		MioID string     `json:"mioID"`
		Name  string     `json:"name"`
		Card  familyCard `json:"card"`
	}
	familyLineJSON struct {
		ID        string               `json:"id"`
		Voice     bool                 `json:"voice"`
		MioID     string               `json:"mioID"`
		Holder    string               `json:"holder"`
		User      string               `json:"user,omitempty"`
		Charges   []familyChargeIO     `json:"charges"`
		Subtotal  int64                `json:"subtotal"`
		Discounts []familyDiscountJSON `json:"discounts"`
		Discount  int64                `json:"discount"`
		Tax       int64                `json:"tax"`
		Total     int64                `json:"total"`
	}
	familyDiscountJSON struct {
		Name   string             `json:"name"`
		Tax    family.TaxCategory `json:"tax"`
		Amount int64              `json:"amount"`
	}
	familyTaxJSON struct {
		Category family.TaxCategory `json:"category"`
		Rate     int                `json:"rate"`
		Base     int64              `json:"base"`
		Tax      int64              `json:"tax"`
	}
)

// familyTotals sums a mode's invoices.
type familyTotals struct {
	Invoices                       int
	Subtotal, Discount, Tax, Total billing.Yen
}

// sumInvoices adds up invoices; false when a sum does not fit in the
// figures kessai prints.
func sumInvoices(invs []family.Invoice) (familyTotals, bool) {
	t := familyTotals{Invoices: len(invs)}
	for _, inv := range invs {
		t.Subtotal += inv.Subtotal // each at most 10,000 × ¥10,000,000: no overflow
		t.Discount += inv.Discount
		t.Tax += inv.Tax
		t.Total += inv.Total
	}
	return t, t.Subtotal <= maxPrintedYen && t.Total <= maxPrintedYen
}

// familyResult is the outcome of one mode: the invoices, or why the mode
// does not apply to the account.
type familyResult struct {
	mode     family.Mode
	invoices []family.Invoice
	err      *cliError
}

// runFamily implements "kessai family": see familyCommand.
func runFamily(c *cmd, args []string) int {
	spec := familyCommand()
	f := newFlagSet(c, &spec)
	modeFlag := defineFamily(f)
	if code, ok := f.parse(args); !ok {
		return code
	}
	if f.fs.NArg() > 0 {
		return c.fail(&cliError{Code: codeUnexpectedArgument,
			Message: tr("余分な引数です。アカウントは標準入力から読みます", "unexpected arguments; the account is read from standard input")})
	}
	var modes []family.Mode
	switch *modeFlag {
	case "both":
		modes = []family.Mode{family.Aggregate, family.PerLine}
	default:
		m, err := textparse.Parse[family.Mode](*modeFlag)
		if err != nil {
			return c.fail(&cliError{Code: explain(err).Code, Field: "mode",
				Message: tr("-mode は both、aggregate、per-line のいずれかです: ", "-mode is both, aggregate or per-line: ").append(quoted(*modeFlag))})
		}
		modes = []family.Mode{m}
	}
	in, err := readFamilyInput(c.stdin)
	if err != nil {
		return c.failErr(err)
	}
	a, p, pj, err := in.account()
	if err != nil {
		return c.failErr(err)
	}
	results := make([]familyResult, len(modes))
	failed := 0
	for i, m := range modes {
		a.Mode = m
		results[i].mode = m
		if results[i].invoices, err = family.Bill(a, p); err != nil {
			results[i].err = explain(err)
			failed++
		}
	}
	for _, r := range results {
		if _, ok := sumInvoices(r.invoices); r.err == nil && !ok {
			return c.fail(&cliError{Code: category.Range.Token(), Field: "lines",
				Message: trf("請求の合計が %s を超えます（表示しません）", "the account's total is over %s (not shown)", billing.Yen(maxPrintedYen))})
		}
	}
	if failed == len(modes) {
		// No mode bills the account: the input is at fault. Per-line is
		// the more lenient mode (F2), so its error is the one to fix.
		return c.fail(results[len(results)-1].err)
	}
	if c.json {
		r := familyReport{MioID: in.MioID, Date: a.Date, Plan: pj}
		var totals []familyTotals
		for _, res := range results {
			mj := &familyModeJSON{Error: res.err}
			if res.err == nil {
				var t familyTotals
				mj, t = familyModeOut(res.mode, res.invoices)
				totals = append(totals, t)
			}
			if res.mode == family.Aggregate {
				r.Aggregate = mj
			} else {
				r.PerLine = mj
			}
		}
		if len(totals) == 2 {
			d := int64(totals[1].Total - totals[0].Total)
			r.Difference = &d
		}
		c.writeJSON(r)
	} else {
		var b bytes.Buffer
		if err := writeFamilyText(&b, a, p, results, c.lang); err != nil {
			return c.failErr(err)
		}
		c.stdout.Write(b.Bytes())
	}
	if failed > 0 {
		return exitNegative
	}
	return exitOK
}

// readFamilyInput decodes one JSON account, refusing unknown fields,
// trailing data and input over maxFamilyInput (before decoding).
func readFamilyInput(r io.Reader) (*familyInput, error) {
	data, err := readBounded(r, maxFamilyInput)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &cliError{Code: category.Empty.Token(), Field: "stdin",
			Message: tr("入力がありません。アカウントの JSON を標準入力に渡してください（kessai family -h で形式）", "no input; pipe the account JSON to standard input (kessai family -h shows its shape)")}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var in familyInput
	if err := dec.Decode(&in); err != nil {
		var be *billing.Error
		if errors.As(err, &be) && be.Field == "" {
			// The account's date is the one date of the input (its lines
			// have none): encoding/json does not say which field failed,
			// so name it here.
			e := *be
			e.Field = "date"
			return nil, &e
		}
		return nil, err
	}
	if dec.More() {
		return nil, &cliError{Code: category.Syntax.Token(), Field: "stdin", Message: tr("JSON の値が 2 個以上あります", "more than one JSON value")}
	}
	return &in, nil
}

// account converts the input into the library's types and the plan.
func (in *familyInput) account() (family.Account, family.Plan, familyPlanJSON, error) {
	p := family.IIJmio(5)
	pj := familyPlanJSON{FamilyDiscount: "cap5", MaxLines: p.MaxLines}
	if pl := in.Plan; pl != nil {
		if pl.FamilyDiscount != nil {
			pj.FamilyDiscount = *pl.FamilyDiscount
		}
		if pl.AggregateOnly != nil {
			pj.AggregateOnly = *pl.AggregateOnly
		}
		if pl.MaxLines != nil {
			pj.MaxLines = *pl.MaxLines
		}
	}
	switch pj.FamilyDiscount {
	case "cap5":
	case "cap10":
		p = family.IIJmio(10)
	case "none":
		p.Discounts = nil
	default:
		return family.Account{}, family.Plan{}, pj, &cliError{Code: category.Unknown.Token(), Field: "plan.familyDiscount",
			Message: tr("plan.familyDiscount は cap5、cap10、none のいずれかです: ", "plan.familyDiscount is cap5, cap10 or none: ").append(quoted(pj.FamilyDiscount))}
	}
	for i := range p.Discounts {
		p.Discounts[i].AggregateOnly = pj.AggregateOnly
	}
	p.MaxLines = pj.MaxLines
	a := family.Account{MioID: in.MioID, Owner: in.Owner, Card: in.Card, Date: in.Date, Lines: in.Lines, Conditions: in.Conditions}
	return a, p, pj, nil
}

// cardOut is the printable form of a card the library has validated: its
// text form is masked, and Bill refused anything that was not a name and
// four digits.
func cardOut(c family.Card) familyCard {
	s := fmt.Sprint(c) // "NAME ****1234"
	i := strings.LastIndex(s, " ****")
	return familyCard{Name: s[:i], Last4: s[i+len(" ****"):]}
}

func familyModeOut(mode family.Mode, invs []family.Invoice) (*familyModeJSON, familyTotals) {
	t, _ := sumInvoices(invs)
	m := &familyModeJSON{
		Invoices: make([]familyInvoiceJSON, len(invs)),
		Totals: &familyTotalsJSON{Invoices: t.Invoices, Subtotal: int64(t.Subtotal),
			Discount: int64(t.Discount), Tax: int64(t.Tax), Total: int64(t.Total)},
	}
	for i, inv := range invs {
		ij := familyInvoiceJSON{
			Mode: mode, Date: inv.Date, RatesFrom: inv.RatesFrom,
			Payer:    familyPayerJSON{MioID: inv.MioID, Name: inv.Payer.Kana, Card: cardOut(inv.Card)},
			Subtotal: int64(inv.Subtotal), Discount: int64(inv.Discount), Tax: int64(inv.Tax), Total: int64(inv.Total),
			Lines: make([]familyLineJSON, len(inv.Lines)),
			Taxes: make([]familyTaxJSON, len(inv.Taxes)),
		}
		for j, l := range inv.Lines {
			lj := familyLineJSON{
				ID: l.ID, Voice: l.Voice, MioID: inv.MioID, Holder: l.Holder.Kana, User: l.User,
				Subtotal: int64(l.Subtotal), Discount: int64(l.Discount), Tax: int64(l.Tax), Total: int64(l.Total),
				Charges:   make([]familyChargeIO, len(l.Charges)),
				Discounts: make([]familyDiscountJSON, len(l.Discounts)),
			}
			for k, c := range l.Charges {
				lj.Charges[k] = familyChargeIO{Description: c.Description, Amount: int64(c.Amount), Tax: c.Tax}
			}
			for k, d := range l.Discounts {
				lj.Discounts[k] = familyDiscountJSON{Name: d.Name, Tax: d.Tax, Amount: int64(d.Amount)}
			}
			ij.Lines[j] = lj
		}
		for j, tl := range inv.Taxes {
			ij.Taxes[j] = familyTaxJSON{Category: tl.Category, Rate: tl.Rate, Base: int64(tl.Base), Tax: int64(tl.Tax)}
		}
		m.Invoices[i] = ij
	}
	return m, t
}

// voiceText names the lines a discount counts.
func voiceText(voiceOnly bool) msg {
	if voiceOnly {
		return tr("音声", "voice")
	}
	return tr("", "")
}

// kindText names a line's kind for people.
func kindText(voice bool) msg {
	if voice {
		return tr("音声", "voice")
	}
	return tr("データ", "data")
}

// taxText names a tax category for people.
func taxText(t family.TaxCategory) msg {
	return tr(t.Label(language.Japanese), t.Label(language.English))
}

// modeText names a billing mode for people.
func modeText(m family.Mode) msg {
	if m == family.Aggregate {
		return tr("まとめ払い", "aggregate")
	}
	return tr("個別払い", "per-line")
}

// cardText shows a card the library has validated: the name and the last
// four digits.
func cardText(card family.Card) string {
	o := cardOut(card)
	return o.Name + " ****" + o.Last4
}

// writeFamilyText prints the header, then the lines side by side (both
// modes) or each invoice (one mode), and for a mode that does not apply,
// why.
func writeFamilyText(w io.Writer, a family.Account, p family.Plan, results []familyResult, l lang) error {
	t := func(jaText, enText string) string { return tr(jaText, enText).in(l) }
	var first family.Invoice
	for _, r := range results {
		if r.err == nil {
			first = r.invoices[0]
			break
		}
	}
	mio := quote(strings.TrimSpace(a.MioID), l)
	fmt.Fprintln(w, msg{
		fmt.Sprintf("mioID %s、請求日 %v、税率は %v から有効なもの、税は請求書ごと・税率ごとに 1 回%s", mio, first.Date, first.RatesFrom, "切り捨て"),
		fmt.Sprintf("mioID %s, billing date %v, tax rates in force since %v, tax %s once per invoice per rate", mio, first.Date, first.RatesFrom, "rounded down"),
	}.in(l))
	if len(p.Discounts) == 0 {
		fmt.Fprintln(w, t("割引: なし", "discount: none"))
	} else {
		d := p.Discounts[0]
		scope := tr("両方の請求方法で", "in both modes")
		if d.AggregateOnly {
			scope = tr("まとめ払いだけ", "in aggregate mode only")
		}
		incl := msg{}
		if d.TaxIncluded {
			incl = tr("（税込）", " tax included")
		}
		cond := msg{}
		if d.Requires != "" {
			cond = msg{fmt.Sprintf("、条件 %s", quote(d.Requires, ja)), fmt.Sprintf(", given %s", quote(d.Requires, en))}
		}
		fmt.Fprintln(w, msg{
			fmt.Sprintf("割引: %s、1 回線 %v%s 引き、同じ mioID に%s回線が %d 回線以上%s、最大 %d 回線（情報源により 5 または 10）、%s",
				quote(d.Name, ja), d.PerLine, incl.Ja, voiceText(d.VoiceOnly).Ja, d.MinLines, cond.Ja, d.Cap, scope.Ja),
			fmt.Sprintf("discount: %s (the family discount), %v%s off per %s line with %d or more under the mioID%s, at most %d lines (sources say 5 or 10), %s",
				quote(d.Name, en), d.PerLine, incl.En, voiceText(d.VoiceOnly).En, d.MinLines, cond.En, d.Cap, scope.En),
		}.in(l))
		if src := sourceText(d.Source); src != "" {
			fmt.Fprintf(w, "%s: %s\n", t("出典", "source"), src)
		} else {
			// F4: a figure no source states is said to be one, not left blank.
			fmt.Fprintln(w, t("出典: なし（どの出典にもない値）", "source: none (a figure no source states)"))
		}
	}
	fmt.Fprintln(w)
	if len(results) == 2 {
		return writeFamilySideBySide(w, results[0], results[1], l)
	}
	invs := results[0].invoices
	for i, inv := range invs {
		fmt.Fprintln(w, msg{
			fmt.Sprintf("請求書 %d / %d、%s、%s 宛て、カード %s", i+1, len(invs), modeText(results[0].mode).Ja, inv.Payer.Kana, cardText(inv.Card)),
			fmt.Sprintf("invoice %d of %d, %s, to %s, card %s", i+1, len(invs), modeText(results[0].mode).En, inv.Payer.Kana, cardText(inv.Card)),
		}.in(l))
		tb := &textTable{right: []bool{false, false, false, true, true, true, true}}
		tb.row(t("回線", "LINE"), t("種別", "KIND"), t("名義人", "HOLDER"), t("小計", "SUBTOTAL"), t("割引", "DISCOUNT"), t("税", "TAX"), t("合計", "TOTAL"))
		for _, ln := range inv.Lines {
			tb.row(ln.ID, kindText(ln.Voice).in(l), holderCell(ln, l), ln.Subtotal.String(), ln.Discount.String(), ln.Tax.String(), ln.Total.String())
		}
		tb.row(t("合計", "total"), "", "", inv.Subtotal.String(), inv.Discount.String(), inv.Tax.String(), inv.Total.String())
		tb.write(w)
		for _, tl := range inv.Taxes {
			fmt.Fprintln(w, "  "+msg{
				fmt.Sprintf("%s %d%%: 対象 %v、税 %v", taxText(tl.Category).Ja, tl.Rate, tl.Base, tl.Tax),
				fmt.Sprintf("%s %d%%: on %v, tax %v", taxText(tl.Category).En, tl.Rate, tl.Base, tl.Tax),
			}.in(l))
		}
		fmt.Fprintln(w)
	}
	tot, _ := sumInvoices(invs)
	fmt.Fprintln(w, trf("請求書 %d 通、合計 %v", "%d invoice(s), total %v", tot.Invoices, tot.Total).in(l))
	return nil
}

// writeFamilySideBySide prints one row per line: the aggregate invoice's
// figures, then the line's own per-line invoice. A mode that does not
// apply shows "-" in its columns, and why under the table.
func writeFamilySideBySide(w io.Writer, aggR, perR familyResult, l lang) error {
	t := func(jaText, enText string) string { return tr(jaText, enText).in(l) }
	at, _ := sumInvoices(aggR.invoices)
	pt, _ := sumInvoices(perR.invoices)
	aggLabel, perLabel := t("まとめ払い", "aggregate"), t("個別払い", "per-line")
	if aggR.err != nil {
		aggLabel += t("（適用できない: 下記）", " (does not apply: see below)")
	}
	if perR.err != nil {
		perLabel += t("（適用できない: 下記）", " (does not apply: see below)")
	}
	tb := &textTable{
		right:  []bool{false, false, false, true, true, true, true, true, true, true, false},
		groups: []textGroup{{4, aggLabel}, {7, perLabel}},
	}
	tb.row(t("回線", "LINE"), t("種別", "KIND"), t("名義人", "HOLDER"), t("小計", "SUBTOTAL"),
		t("割引", "DISCOUNT"), t("税", "TAX"), t("合計", "TOTAL"), t("割引", "DISCOUNT"), t("税", "TAX"), t("合計", "TOTAL"), t("カード", "CARD"))
	// The lines, in ID order: from the aggregate invoice, or else from the
	// per-line invoices (one line each, in the same order).
	var lines []family.LineBill
	if aggR.err == nil {
		lines = aggR.invoices[0].Lines
	} else {
		for _, inv := range perR.invoices {
			lines = append(lines, inv.Lines[0])
		}
	}
	const dash = "-"
	for i, ln := range lines {
		cells := []string{ln.ID, kindText(ln.Voice).in(l), holderCell(ln, l), ln.Subtotal.String(), dash, dash, dash, dash, dash, dash, dash}
		if aggR.err == nil {
			cells[4], cells[5], cells[6] = ln.Discount.String(), ln.Tax.String(), ln.Total.String()
		}
		if perR.err == nil {
			pl := perR.invoices[i].Lines[0]
			cells[7], cells[8], cells[9], cells[10] = pl.Discount.String(), pl.Tax.String(), pl.Total.String(), cardText(perR.invoices[i].Card)
		}
		tb.row(cells...)
	}
	total := []string{t("合計", "total"), "", "", "", dash, dash, dash, dash, dash, dash, ""}
	if aggR.err == nil {
		total[3], total[4], total[5], total[6] = at.Subtotal.String(), at.Discount.String(), at.Tax.String(), at.Total.String()
	}
	if perR.err == nil {
		total[3], total[7], total[8], total[9] = pt.Subtotal.String(), pt.Discount.String(), pt.Tax.String(), pt.Total.String()
	}
	tb.row(total...)
	tb.write(w)
	fmt.Fprintln(w)
	if aggR.err != nil {
		fmt.Fprintln(w, t("まとめ払い: 適用できない: ", "aggregate: does not apply: ")+aggR.err.Message.in(l))
	} else {
		inv := aggR.invoices[0]
		var taxes []string
		for _, tl := range inv.Taxes {
			taxes = append(taxes, msg{
				fmt.Sprintf("%s %d%% 対象 %v: 税 %v", taxText(tl.Category).Ja, tl.Rate, tl.Base, tl.Tax),
				fmt.Sprintf("%s %d%% on %v: tax %v", taxText(tl.Category).En, tl.Rate, tl.Base, tl.Tax),
			}.in(l))
		}
		fmt.Fprintln(w, msg{
			fmt.Sprintf("まとめ払い: 請求書 1 通、%s 宛て、カード %s。%s", inv.Payer.Kana, cardText(inv.Card), strings.Join(taxes, "、")),
			fmt.Sprintf("aggregate: 1 invoice to %s, card %s; %s", inv.Payer.Kana, cardText(inv.Card), strings.Join(taxes, "; ")),
		}.in(l))
	}
	if perR.err != nil {
		fmt.Fprintln(w, t("個別払い: 適用できない: ", "per-line: does not apply: ")+perR.err.Message.in(l))
	} else {
		fmt.Fprintln(w, trf("個別払い: 請求書 %d 通、各回線の税はそれぞれの請求書で端数処理", "per-line: %d invoices, each line's tax rounded on its own invoice", pt.Invoices).in(l))
	}
	if aggR.err == nil && perR.err == nil {
		fmt.Fprintln(w, trf("差額（個別払い − まとめ払い）: %v", "difference (per-line − aggregate): %v", pt.Total-at.Total).in(l))
	}
	return nil
}

// holderCell is a line's holder, and its user when another person uses it.
func holderCell(ln family.LineBill, l lang) string {
	if ln.User == "" {
		return ln.Holder.Kana
	}
	return ln.Holder.Kana + tr("（利用者 ", " (user ").in(l) + ln.User + tr("）", ")").in(l)
}

// textTable lays out columns by display width, counting East Asian wide
// characters (kana, kanji) as two columns.
type textTable struct {
	rows   [][]string
	right  []bool      // right-align column i
	groups []textGroup // labels over column groups
}

type textGroup struct {
	col   int
	label string
}

func (t *textTable) row(cells ...string) { t.rows = append(t.rows, cells) }

func (t *textTable) write(w io.Writer) {
	var widths []int
	for _, r := range t.rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], columns(c))
		}
	}
	const gap = 2
	if len(t.groups) > 0 {
		var b strings.Builder
		pos := 0
		for _, g := range t.groups {
			start := 0
			for i := 0; i < g.col; i++ {
				start += widths[i] + gap
			}
			if pos > 0 && start < pos+gap {
				start = pos + gap // a long label pushes the next one right
			}
			if start > pos {
				b.WriteString(strings.Repeat(" ", start-pos))
				pos = start
			}
			b.WriteString(g.label)
			pos += columns(g.label)
		}
		fmt.Fprintln(w, b.String())
	}
	for _, r := range t.rows {
		var b strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", widths[i]-columns(c))
			if i < len(t.right) && t.right[i] {
				b.WriteString(pad)
				b.WriteString(c)
			} else {
				b.WriteString(c)
				if i < len(r)-1 {
					b.WriteString(pad)
				}
			}
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", gap))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}
