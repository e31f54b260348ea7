package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/family"
)

const familySynopsis = "[-json] [-mode both|aggregate|per-line] < account.json"

// familyUsage documents the JSON that "kessai family" reads. Every amount is
// a whole number of yen, tax-exclusive. Fields not listed are an error.
const familyUsage = `Reads one account as JSON on standard input:

  {
    "mioID": "mio-0001",                  the account's mioID
    "owner": "ヤマダ タカシ",              the contract holder, in kana
    "card":  {"name": "YAMADA TAKASHI", "last4": "1111"},
                                          the owner's card (aggregate mode):
                                          name as printed, last 4 digits only
    "date":  "2026-11-25",                the billing date (picks the tax rate)
    "lines": [
      {"id": "line-1", "kind": "voice",   kind: voice, data or data-sms
       "mioID": "mio-0001",               the mioID the line is under
       "holder": "ヤマダ タカシ",          the line's holder (who pays for it
                                          in per-line mode), in kana; an
                                          optional "user" names who uses it
       "card": {"name": "YAMADA TAKASHI", "last4": "1111"},
                                          the line's own card (per-line mode)
       "charges": [{"description": "monthly fee", "amount": 1009,
                    "tax": "standard"}]}  tax: standard, reduced or non-taxable
    ],
    "plan": {                             optional; these are the defaults:
      "familyDiscount": "cap5",           IIJmio family discount, ¥100 per voice
                                          line with 2+ voice lines under the
                                          mioID, at most 5 lines ("cap5") or
                                          10 ("cap10": sources disagree), or
                                          "none"; taken off the tax-exclusive
                                          amount (one source says ¥100
                                          tax-included)
      "aggregateOnly": false,             the discount only in aggregate mode
      "rounding": "down",                 tax rounding: down, half-up or up
      "maxLines": 10                      most lines under one mioID
    }
  }

Tax rates are Japan's consumption-tax rates in force on the billing date.
Amounts are illustrative unless you take them from a real bill.`

// maxFamilyInput bounds standard input (1 MiB): 100 lines of 100 charges
// fit well within it.
const maxFamilyInput = 1 << 20

// familyInput is the JSON read on standard input.
type familyInput struct {
	MioID string         `json:"mioID"`
	Owner string         `json:"owner"`
	Card  *familyCard    `json:"card"`
	Date  billing.Date   `json:"date"`
	Lines []familyLineIn `json:"lines"`
	Plan  *familyPlanIn  `json:"plan"`
	// Conditions are the named conditions the account meets, such as
	// "notice-email-consent" (the family discount's, F4).
	Conditions []string `json:"conditions"`
}

type familyCard struct {
	Name  string `json:"name"`
	Last4 string `json:"last4"`
}

type familyLineIn struct {
	ID      string           `json:"id"`
	Kind    family.LineKind  `json:"kind"`
	MioID   string           `json:"mioID"`
	Holder  string           `json:"holder"`
	User    string           `json:"user"`
	Card    *familyCard      `json:"card"`
	Charges []familyChargeIO `json:"charges"`
}

type familyChargeIO struct {
	Description string             `json:"description"`
	Amount      int64              `json:"amount"`
	Tax         family.TaxCategory `json:"tax"`
}

// familyPlanIn is the optional plan of the input; an absent field takes
// its documented default, a present one is used as given.
type familyPlanIn struct {
	FamilyDiscount *string          `json:"familyDiscount"`
	AggregateOnly  *bool            `json:"aggregateOnly"`
	Rounding       *family.Rounding `json:"rounding"`
	MaxLines       *int             `json:"maxLines"`
}

// familyPlanJSON is the plan as used, echoed in the -json output.
type familyPlanJSON struct {
	FamilyDiscount string          `json:"familyDiscount"`
	AggregateOnly  bool            `json:"aggregateOnly"`
	Rounding       family.Rounding `json:"rounding"`
	MaxLines       int             `json:"maxLines"`
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
		Invoices []familyInvoiceJSON `json:"invoices"`
		Totals   familyTotalsJSON    `json:"totals"`
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
		Kind      family.LineKind      `json:"kind"`
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

// runFamily implements "kessai family": it reads an account as JSON on
// standard input (see familyUsage) and bills it in both modes, aggregate
// (まとめ払い, F1) and per-line (個別払い, F2), side by side, with the
// difference that per-invoice tax rounding makes; or in one mode with
// -mode. Bad input, including a line under another mioID in aggregate mode
// (F1) or a card in someone else's name (C1), exits with status 2 and a
// one-line error.
func runFamily(args []string, e env) int {
	fs := newFlags("family", familySynopsis, e)
	asJSON := fs.Bool("json", false, "print the invoices as JSON")
	modeFlag := fs.String("mode", "both", "both, aggregate or per-line")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: kessai family %s\n", familySynopsis)
		fs.PrintDefaults()
		fmt.Fprintln(e.stderr)
		fmt.Fprintln(e.stderr, familyUsage)
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return fail(e, "family", errors.New("unexpected arguments; the account is read from standard input"))
	}
	var modes []family.Mode
	switch *modeFlag {
	case "both":
		modes = []family.Mode{family.Aggregate, family.PerLine}
	default:
		m, err := family.ParseMode(*modeFlag)
		if err != nil {
			return fail(e, "family", fmt.Errorf("-mode %q: want both, aggregate or per-line", *modeFlag))
		}
		modes = []family.Mode{m}
	}
	in, err := readFamilyInput(e.stdin)
	if err != nil {
		return fail(e, "family", err)
	}
	a, p, pj, err := in.account()
	if err != nil {
		return fail(e, "family", err)
	}
	results := make([][]family.Invoice, len(modes))
	for i, m := range modes {
		a.Mode = m
		if results[i], err = family.Bill(a, p); err != nil {
			return fail(e, "family", fmt.Errorf("%v billing: %w", m, err))
		}
	}
	if *asJSON {
		r := familyReport{MioID: in.MioID, Date: a.Date, Plan: pj}
		var totals [2]family.Totals
		for i, m := range modes {
			mj, t, err := familyModeOut(results[i])
			if err != nil {
				return fail(e, "family", err)
			}
			totals[i] = t
			if m == family.Aggregate {
				r.Aggregate = mj
			} else {
				r.PerLine = mj
			}
		}
		if len(modes) == 2 {
			d := int64(totals[1].Total - totals[0].Total)
			r.Difference = &d
		}
		if err := writeJSON(e.stdout, r); err != nil {
			return fail(e, "family", err)
		}
		return exitOK
	}
	var b bytes.Buffer
	if err := writeFamilyText(&b, a, pj, p, modes, results); err != nil {
		return fail(e, "family", err)
	}
	if _, err := e.stdout.Write(b.Bytes()); err != nil {
		return fail(e, "family", err)
	}
	return exitOK
}

// readFamilyInput decodes one JSON account, refusing unknown fields,
// trailing data and input over maxFamilyInput.
func readFamilyInput(r io.Reader) (*familyInput, error) {
	if r == nil {
		return nil, errors.New("no input; pipe the account JSON to standard input")
	}
	data, err := io.ReadAll(io.LimitReader(r, maxFamilyInput+1))
	if err != nil {
		return nil, fmt.Errorf("reading standard input: %w", err)
	}
	if len(data) > maxFamilyInput {
		return nil, fmt.Errorf("input longer than %d bytes", maxFamilyInput)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("no input; pipe the account JSON to standard input (kessai family -h shows its shape)")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var in familyInput
	if err := dec.Decode(&in); err != nil {
		return nil, fmt.Errorf("reading the account JSON: %s", jsonErrorText(err))
	}
	if dec.More() {
		return nil, errors.New("reading the account JSON: more than one value")
	}
	return &in, nil
}

// jsonErrorText is the one-line text of a decoding error. The decoder's
// messages name fields and types, never values, except for a syntax error's
// offset, so they cannot echo a card number.
func jsonErrorText(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q: want %v", te.Field, te.Type)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("syntax error at byte %d", se.Offset)
	}
	s := err.Error()
	if strings.HasPrefix(s, "json: unknown field ") {
		return "unknown field " + strings.TrimPrefix(s, "json: unknown field ")
	}
	// Errors from the package's UnmarshalText methods (kind, tax, rounding,
	// date) name the field and the allowed values.
	return strings.TrimPrefix(s, "json: ")
}

// account converts the input into the library's types and the plan.
func (in *familyInput) account() (family.Account, family.Plan, familyPlanJSON, error) {
	pj := familyPlanJSON{FamilyDiscount: "cap5", MaxLines: family.DefaultMaxLines}
	if pl := in.Plan; pl != nil {
		if pl.FamilyDiscount != nil {
			pj.FamilyDiscount = *pl.FamilyDiscount
		}
		if pl.AggregateOnly != nil {
			pj.AggregateOnly = *pl.AggregateOnly
		}
		if pl.Rounding != nil {
			pj.Rounding = *pl.Rounding
		}
		if pl.MaxLines != nil {
			pj.MaxLines = *pl.MaxLines
		}
	}
	var p family.Plan
	switch pj.FamilyDiscount {
	case "cap5":
		p = family.IIJmioPlan(family.FamilyDiscountCap5)
	case "cap10":
		p = family.IIJmioPlan(family.FamilyDiscountCap10)
	case "none":
		p = family.IIJmioPlan(family.FamilyDiscountCap5)
		p.Discounts = nil
	default:
		return family.Account{}, family.Plan{}, pj, fmt.Errorf("plan.familyDiscount %q: want cap5, cap10 or none", pj.FamilyDiscount)
	}
	for i := range p.Discounts {
		p.Discounts[i].AggregateOnly = pj.AggregateOnly
	}
	p.Rounding = pj.Rounding
	p.MaxLines = pj.MaxLines
	if len(in.Lines) > family.MaxLinesLimit {
		return family.Account{}, family.Plan{}, pj, fmt.Errorf("%d lines: at most %d", len(in.Lines), family.MaxLinesLimit)
	}
	if len(in.Conditions) > family.MaxConditions {
		return family.Account{}, family.Plan{}, pj, fmt.Errorf("%d conditions: at most %d", len(in.Conditions), family.MaxConditions)
	}
	a := family.Account{MioID: in.MioID, Owner: in.Owner, Date: in.Date, Card: in.Card.card(), Conditions: in.Conditions}
	a.Lines = make([]family.Line, len(in.Lines))
	for i, l := range in.Lines {
		if len(l.Charges) > family.MaxChargesPerLine {
			return family.Account{}, family.Plan{}, pj, fmt.Errorf("line %d: %d charges: at most %d", i+1, len(l.Charges), family.MaxChargesPerLine)
		}
		fl := family.Line{ID: l.ID, Kind: l.Kind, MioID: l.MioID, Holder: l.Holder, User: l.User, Card: l.Card.card()}
		fl.Charges = make([]family.Charge, len(l.Charges))
		for j, c := range l.Charges {
			fl.Charges[j] = family.Charge{Description: c.Description, Amount: billing.Yen(c.Amount), Tax: c.Tax}
		}
		a.Lines[i] = fl
	}
	return a, p, pj, nil
}

func (c *familyCard) card() family.Card {
	if c == nil {
		return family.Card{}
	}
	return family.Card{Name: c.Name, Last4: c.Last4}
}

// cardOut is the printable form of a card the library has validated: its
// String form is masked, and Bill refused anything that was not a name and
// four digits.
func cardOut(c family.Card) familyCard {
	s := c.String() // "NAME ****1234"
	i := strings.LastIndex(s, " ****")
	return familyCard{Name: s[:i], Last4: s[i+len(" ****"):]}
}

func familyModeOut(invs []family.Invoice) (*familyModeJSON, family.Totals, error) {
	t, err := family.Sum(invs)
	if err != nil {
		return nil, t, err
	}
	m := &familyModeJSON{
		Invoices: make([]familyInvoiceJSON, len(invs)),
		Totals: familyTotalsJSON{Invoices: t.Invoices, Subtotal: int64(t.Subtotal),
			Discount: int64(t.Discount), Tax: int64(t.Tax), Total: int64(t.Total)},
	}
	for i, inv := range invs {
		ij := familyInvoiceJSON{
			Mode: inv.Mode, Date: inv.Date, RatesFrom: inv.RatesFrom,
			Payer:    familyPayerJSON{MioID: inv.Payer.MioID, Name: inv.Payer.Name, Card: cardOut(inv.Payer.Card)},
			Subtotal: int64(inv.Subtotal), Discount: int64(inv.Discount), Tax: int64(inv.Tax), Total: int64(inv.Total),
			Lines: make([]familyLineJSON, len(inv.Lines)),
			Taxes: make([]familyTaxJSON, len(inv.Taxes)),
		}
		for j, l := range inv.Lines {
			lj := familyLineJSON{
				ID: l.ID, Kind: l.Kind, MioID: l.MioID, Holder: l.Holder, User: l.User,
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
	return m, t, nil
}

// writeFamilyText prints the header, then the lines side by side (both
// modes) or each invoice (one mode).
func writeFamilyText(w io.Writer, a family.Account, pj familyPlanJSON, p family.Plan, modes []family.Mode, results [][]family.Invoice) error {
	first := results[0][0]
	fmt.Fprintf(w, "mioID %s, billing date %v, tax rates in force since %v, tax rounded %v once per invoice per rate\n",
		strings.TrimSpace(a.MioID), first.Date, first.RatesFrom, p.Rounding)
	if len(p.Discounts) == 0 {
		fmt.Fprintln(w, "family discount: none")
	} else {
		d := p.Discounts[0]
		scope := "in both modes"
		if d.AggregateOnly {
			scope = "in aggregate mode only"
		}
		incl := ""
		if d.TaxIncluded {
			incl = " tax included"
		}
		cond := ""
		if d.Requires != "" {
			cond = ", given " + d.Requires
		}
		fmt.Fprintf(w, "family discount: %s, %v%s off per %v line with %d or more under the mioID%s, at most %d lines (sources say 5 or 10), %s\n",
			d.Name, d.PerLine, incl, d.Kind, d.MinLines, cond, d.Cap, scope)
		if src := d.Source.String(); src != "" {
			fmt.Fprintf(w, "source: %s\n", src)
		}
	}
	fmt.Fprintln(w)
	if len(modes) == 2 {
		return writeFamilySideBySide(w, results[0], results[1])
	}
	for i, inv := range results[0] {
		fmt.Fprintf(w, "invoice %d of %d, %v (%s), to %s, card %v\n", i+1, len(results[0]), inv.Mode, inv.Mode.Japanese(), inv.Payer.Name, inv.Payer.Card)
		t := &textTable{right: []bool{false, false, false, true, true, true, true}}
		t.row("LINE", "KIND", "HOLDER", "SUBTOTAL", "DISCOUNT", "TAX", "TOTAL")
		for _, l := range inv.Lines {
			t.row(l.ID, l.Kind.String(), holderCell(l), l.Subtotal.String(), l.Discount.String(), l.Tax.String(), l.Total.String())
		}
		t.row("total", "", "", inv.Subtotal.String(), inv.Discount.String(), inv.Tax.String(), inv.Total.String())
		t.write(w)
		for _, tl := range inv.Taxes {
			fmt.Fprintf(w, "  %v %d%%: on %v, tax %v\n", tl.Category, tl.Rate, tl.Base, tl.Tax)
		}
		fmt.Fprintln(w)
	}
	t, err := family.Sum(results[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d invoice(s), total %v\n", t.Invoices, t.Total)
	return nil
}

// writeFamilySideBySide prints one row per line: the aggregate invoice's
// figures, then the line's own per-line invoice.
func writeFamilySideBySide(w io.Writer, agg, per []family.Invoice) error {
	at, err := family.Sum(agg)
	if err != nil {
		return err
	}
	pt, err := family.Sum(per)
	if err != nil {
		return err
	}
	t := &textTable{
		right:  []bool{false, false, false, true, true, true, true, true, true, true, false},
		groups: []textGroup{{4, "aggregate (まとめ払い)"}, {7, "per-line (個別払い)"}},
	}
	t.row("LINE", "KIND", "HOLDER", "SUBTOTAL", "DISCOUNT", "TAX", "TOTAL", "DISCOUNT", "TAX", "TOTAL", "CARD")
	for i, l := range agg[0].Lines {
		pl := per[i].Lines[0]
		t.row(l.ID, l.Kind.String(), holderCell(l), l.Subtotal.String(),
			l.Discount.String(), l.Tax.String(), l.Total.String(),
			pl.Discount.String(), pl.Tax.String(), pl.Total.String(), per[i].Payer.Card.String())
	}
	t.row("total", "", "", at.Subtotal.String(),
		at.Discount.String(), at.Tax.String(), at.Total.String(),
		pt.Discount.String(), pt.Tax.String(), pt.Total.String(), "")
	t.write(w)
	fmt.Fprintln(w)
	fmt.Fprintf(w, "aggregate: 1 invoice to %s, card %v;", agg[0].Payer.Name, agg[0].Payer.Card)
	for _, tl := range agg[0].Taxes {
		fmt.Fprintf(w, " %v %d%% on %v: tax %v;", tl.Category, tl.Rate, tl.Base, tl.Tax)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "per-line: %d invoices, each line's tax rounded on its own invoice\n", pt.Invoices)
	fmt.Fprintf(w, "difference (per-line − aggregate): %v\n", pt.Total-at.Total)
	return nil
}

// holderCell is a line's holder, and its user when another person uses it.
func holderCell(l family.LineBill) string {
	if l.User == "" {
		return l.Holder
	}
	return l.Holder + " (user " + l.User + ")"
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
