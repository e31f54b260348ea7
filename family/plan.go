package family

import (
	"strconv"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/internal/msg"
)

// Plan is the billing configuration: the discounts, the line limit, who may
// hold a mioID's lines, and the card's charge day with the deadline for a
// change of mode. A Plan is a value the caller builds once (usually from
// [IIJmio] or [IIJmioPublished]) and shares; [Bill] only reads it.
//
// Consumption tax is not part of a plan: it is the law's, the rates in
// force on the billing date (3% from 1989-04-01, 5% from 1997-04-01, 8%
// from 2014-04-01, the standard 10% from 2019-10-01, as published by the
// National Tax Agency, https://www.nta.go.jp/), computed once per invoice
// per rate and rounded down (切り捨て).
type Plan struct {
	// Discounts are applied in this order (F4); at most 8.
	Discounts []Discount `json:"discounts"`
	// MaxLines is the most lines one mioID may have under the plan, 1 to
	// 100; required.
	MaxLines int `json:"maxLines"`
	// OneHolder chooses between two readings of who holds a mioID's
	// lines. False is F2 as the seed states it: a family member may hold a
	// line under the account's mioID and pay for it with a card in their own
	// name. True is the published reading: one mioID belongs to one contract
	// holder and all its lines are in that holder's name (third-party, as
	// docs/RULES.md records it), so a line under the account's mioID whose
	// holder is not the owner is an error ([ErrConflict]), and in PerLine
	// mode every such line's card must be in the owner's name. [IIJmio]
	// keeps the seed's reading; [IIJmioPublished] takes the published one.
	OneHolder bool `json:"oneHolder,omitempty"`
	// ChargeDay is the day of the month the card is charged, 1 to 28 (CH2:
	// the 25th).
	ChargeDay int `json:"chargeDay"`
	// SwitchCutoff is the nominal last day of the month a change of mode
	// certainly counts for that month's charge, 0 to ChargeDay-1 (0: never
	// certain that month; CH2: the 20th). When that day is a bank holiday
	// the deadline is the last business day before it, as billing's
	// [billing.Calendar.ChangeDeadline] has it (CH1). See
	// [Plan.SwitchEffective].
	SwitchCutoff int `json:"switchCutoff"`
}

// Discount is a per-line discount and the conditions under which it applies
// (F4: the seed gives no conditions or amounts, so they are data).
//
// The lines that qualify are the voice lines (or every line, without
// VoiceOnly) and, with SameMioID, only those under the account's mioID.
// When at least MinLines qualify, the first Cap of them in ascending order
// of line ID are discounted by PerLine each. A line's discount never
// exceeds what is left of its charges in category Tax, so a discount never
// turns a line's taxable base negative; the amount actually applied is what
// the invoice shows.
type Discount struct {
	// Name labels the discount on invoices, e.g. "家族割".
	Name string `json:"name"`
	// VoiceOnly counts only voice lines ([Line.Voice]); false counts every
	// line.
	VoiceOnly bool `json:"voiceOnly"`
	// SameMioID counts only lines under the account's mioID. In PerLine
	// mode an account may hold lines of other mioIDs (F2); they do not count
	// then. (F1: paying in aggregate keeps every line under one mioID and so
	// "helps meet the family-discount conditions".)
	SameMioID bool `json:"sameMioID"`
	// MinLines is how many qualifying lines the discount needs, 1 to 100.
	MinLines int `json:"minLines"`
	// Cap is the most lines discounted, 1 to 100.
	Cap int `json:"cap"`
	// PerLine is the amount off each discounted line per month; positive
	// and at most ¥10,000,000.
	PerLine billing.Yen `json:"perLine"`
	// Tax is the category whose charges the discount reduces (Standard for
	// mobile charges): discounts reduce the taxable base of their rate
	// before tax is computed, as the qualified-invoice rules require.
	Tax TaxCategory `json:"tax"`
	// AggregateOnly applies the discount only in Aggregate mode.
	AggregateOnly bool `json:"aggregateOnly,omitempty"`
	// TaxIncluded makes PerLine a tax-included amount (税込). Each invoice
	// then takes the sum of its tax-included discounts at a rate off that
	// rate's tax-included total, which falls by exactly that sum; the tax is
	// computed once, on the net tax-included total (NTA: tax may be computed
	// on tax-included totals per rate), and the tax-exclusive part of the
	// discount is the rest. See [LineBill.Discount] and [TaxLine].
	TaxIncluded bool `json:"taxIncluded,omitempty"`
	// Requires names a condition the account must meet that billing data
	// cannot show, such as "notice-email-consent": the discount applies
	// only when Account.Conditions lists it (compared width folded and
	// trimmed). "" for none; otherwise at most 64 bytes of UTF-8 without
	// control or invisible characters or a card number, not blank.
	Requires string `json:"requires,omitempty"`
	// Source is where the discount and its conditions come from: a public
	// page by its address and the date it was read. The zero Source means
	// no source states the discount as given: a caller's own figure, such
	// as a cap of [IIJmio] other than the sources' 5 or 10.
	Source billing.Source `json:"source,omitzero"`
}

// IIJmio returns IIJmio's plan as the seed reads it: the family discount
// with at most cap lines discounted, 10 lines per mioID, the seed's
// reading of F2 (family members may hold lines under the owner's mioID:
// OneHolder false), and the seed's example timing for a change of mode,
// the card charged on the 25th with changes finished by the 20th (CH2).
//
// The family discount (家族割) is as public third-party sources describe it
// (F4; the seed gives no figures): voice lines (SIM or eSIM) under one
// mioID, 2 or more of them, ¥100 off each discounted line per month tax
// included (100円(税込)), on standard-rated charges, when the notice e-mail
// setting is on and consent given on the member page (Requires
// "notice-email-consent"). The sources disagree on the cap: a news article
// on the discount's launch (https://gapsis.jp/2024/09/iijmio-kazokuwaribiki.html:
// 家族割引を適用できる回線数は最大で5回線まで) gives 5, a guide
// (https://www.areus.jp/column/iijmio-family-discount-guide: 最大10回線まで)
// gives 10; pass the one you choose. The discount's Source is the one that
// gives its cap: gapsis.jp for 5, areus.jp for 10. Any other cap is the
// caller's own figure, which no source states, so the discount then has
// the zero Source (its other conditions are the sources', as above, but
// one Source cannot vouch for a cap it does not give). A cap out of range
// is reported by [Plan.Validate] and [Bill].
//
// The sources tie the discount to the mioID, not to the payment mode, and
// the seed says aggregate payment makes its conditions "easier to meet"
// (満たしやすい, F1), not that it is required: so AggregateOnly is false,
// and lines paid per line still count if they are under the account's
// mioID. Set AggregateOnly to model the stricter reading of the seed's
// table, which lists the discount under まとめ払い only. The 10 lines per
// mioID are the figure public sources give for IIJmio (the seed gives
// none); override MaxLines when your contract says otherwise.
func IIJmio(cap int) Plan {
	var src billing.Source // F4: a cap neither source gives is no source's
	switch cap {
	case 5:
		src = gapsisSource
	case 10:
		src = areusSource
	}
	return Plan{
		Discounts: []Discount{{
			Name:        "家族割",
			VoiceOnly:   true,
			SameMioID:   true,
			MinLines:    2,
			Cap:         cap,
			PerLine:     100,
			Tax:         Standard,
			TaxIncluded: true,
			Requires:    "notice-email-consent",
			Source:      src,
		}},
		MaxLines:     10,
		ChargeDay:    25,
		SwitchCutoff: 20,
	}
}

// IIJmioPublished is [IIJmio] with the published reading of who holds a
// mioID's lines: all of them are in the mioID holder's name (OneHolder
// true).
func IIJmioPublished(cap int) Plan {
	p := IIJmio(cap)
	p.OneHolder = true
	return p
}

// Validate reports the first problem with p as an [*Error] wrapping
// [ErrRange], [ErrTooLong], [ErrEmpty], [ErrUnknown] or the text
// sentinels, with Field naming the plan's field ("discounts[0].cap",
// "maxLines"). [Bill] calls it first.
func (p Plan) Validate() error { return p.validate("Plan.Validate") }

func (p *Plan) validate(fn string) error {
	if p.MaxLines < 1 || p.MaxLines > maxLines {
		return &Error{Func: fn, Field: "maxLines", Err: ErrRange, why: lineRange()}
	}
	if err := p.validateSwitch(fn); err != nil {
		return err
	}
	if len(p.Discounts) > maxDiscounts {
		return &Error{Func: fn, Field: "discounts", Err: ErrTooLong, why: why("最大 "+strconv.Itoa(maxDiscounts), "at most "+strconv.Itoa(maxDiscounts))}
	}
	for i := range p.Discounts {
		if err := p.Discounts[i].validate(fn, i); err != nil {
			return err
		}
	}
	return nil
}

// validate checks the plan's i-th discount.
func (d *Discount) validate(fn string, i int) error {
	f := func(name string) string { return "discounts[" + strconv.Itoa(i) + "]." + name }
	if _, err := required(d.Name, maxNameBytes); err != nil {
		return &Error{Func: fn, Field: f("name"), Err: err}
	}
	if d.Requires != "" {
		if _, err := required(d.Requires, maxConditionBytes); err != nil {
			return &Error{Func: fn, Field: f("requires"), Err: err}
		}
	}
	switch {
	case d.MinLines < 1 || d.MinLines > maxLines:
		return &Error{Func: fn, Field: f("minLines"), Err: ErrRange, why: lineRange()}
	case d.Cap < 1 || d.Cap > maxLines:
		return &Error{Func: fn, Field: f("cap"), Err: ErrRange, why: lineRange()}
	case d.PerLine <= 0 || d.PerLine > maxChargeAmount:
		// Not echoed: it may be a card number typed into the field.
		return &Error{Func: fn, Field: f("perLine"), Err: ErrRange, why: amountRange()}
	case d.Tax == taxUnset:
		return &Error{Func: fn, Field: f("tax"), Err: ErrEmpty}
	case !d.Tax.IsValid():
		return &Error{Func: fn, Field: f("tax"), Err: ErrUnknown}
	}
	// A caller's own source: text like the plan's other text (bounded, no
	// invisible character, no card number).
	for _, t := range [...]struct{ name, s string }{{"title", d.Source.Title}, {"url", d.Source.URL}, {"asOf", d.Source.AsOf}} {
		if _, err := checkText(t.s, maxSourceBytes); err != nil {
			return &Error{Func: fn, Field: f("source." + t.name), Err: err}
		}
	}
	return nil
}

// maxSourceBytes bounds each text of a discount's [billing.Source].
const maxSourceBytes = 256

// amountRange is the detail of an amount out of range.
func amountRange() msg.Text {
	return why("税抜き ¥0〜¥10,000,000。表示しません", "tax-exclusive ¥0 to ¥10,000,000; not shown")
}

// lineRange is the detail of a count of lines out of range.
func lineRange() msg.Text {
	return why("1〜"+strconv.Itoa(maxLines), "1 to "+strconv.Itoa(maxLines))
}
