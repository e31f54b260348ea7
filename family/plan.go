package family

import (
	"strconv"

	"github.com/kessai-jp/kessai/billing"
)

// Plan is the billing configuration: tax rates, rounding, discounts and the
// line limit. A Plan is a value the caller builds once and shares; [Bill]
// only reads it.
type Plan struct {
	// Rates is the consumption-tax table, ascending by From; usually
	// [JapanTaxRates]. It is required: no rate is assumed.
	Rates []TaxRate
	// Rounding rounds each invoice's tax once per rate; the zero value is
	// RoundDown (切り捨て).
	Rounding Rounding
	// Discounts are applied in this order (F4); at most [MaxDiscounts].
	Discounts []Discount
	// MaxLines is the most lines one mioID may have under the plan,
	// 1 to [MaxLinesLimit]; required.
	MaxLines int
	// OneHolder chooses between two readings of who holds a mioID's
	// lines. False is F2 as the seed states it: a family member may hold a
	// line under the account's mioID and pay for it with a card in their own
	// name. True is the published reading: one mioID belongs to one contract
	// holder and all its lines are in that holder's name (third-party, as
	// docs/RULES.md records it), so a line under the account's mioID whose holder
	// is not the owner is an error ([ErrHolder]), and in PerLine mode every
	// such line's card must be in the owner's name. [IIJmioPlan] keeps the
	// seed's reading; [IIJmioPublishedPlan] takes the published one.
	OneHolder bool `json:"oneHolder,omitempty"`
}

// Discount is a per-line discount and the conditions under which it applies
// (F4: the seed gives no conditions or amounts, so they are data).
//
// The lines that qualify are those of Kind (and, with SameMioID, under the
// account's mioID). When at least MinLines qualify, the first Cap of them in
// ascending order of line ID are discounted by PerLine each. A line's
// discount never exceeds what is left of its charges in category Tax, so a
// discount never turns a line's taxable base negative; the amount actually
// applied is what the invoice shows.
type Discount struct {
	// Name labels the discount on invoices, e.g. "家族割".
	Name string
	// Kind is the kind of line that qualifies.
	Kind LineKind
	// SameMioID counts only lines under the account's mioID. In PerLine
	// mode an account may hold lines of other mioIDs (F2); they do not count
	// then. (F1: paying in aggregate keeps every line under one mioID and so
	// "helps meet the family-discount conditions".)
	SameMioID bool
	// MinLines is how many qualifying lines the discount needs, at least 1.
	MinLines int
	// Cap is the most lines discounted, at least 1 and at most
	// [MaxLinesLimit].
	Cap int
	// PerLine is the tax-exclusive amount off each discounted line per
	// month; positive.
	PerLine billing.Yen
	// Tax is the category whose charges the discount reduces (Standard for
	// mobile charges): discounts reduce the taxable base of their rate
	// before tax is computed, as the qualified-invoice rules require.
	Tax TaxCategory
	// AggregateOnly applies the discount only in Aggregate mode.
	AggregateOnly bool
	// TaxIncluded makes PerLine a tax-included amount (税込). Each invoice
	// then takes the sum of its tax-included discounts at a rate off that
	// rate's tax-included total, which falls by exactly that sum; the tax is
	// computed once, on the net tax-included total (NTA: tax may be computed
	// on tax-included totals per rate), and the tax-exclusive part of the
	// discount is the rest. See [LineBill.Discount] and [TaxLine].
	TaxIncluded bool `json:"taxIncluded,omitempty"`
	// Requires names a condition the account must meet that billing data
	// cannot show, such as [NoticeEmailConsent]: the discount applies only
	// when Account.Conditions lists it. "" for none.
	Requires string `json:"requires,omitempty"`
	// Source is where the discount and its conditions come from.
	Source Source `json:"source,omitzero"`
}

// NoticeEmailConsent is the family discount's condition that the notice
// e-mail setting is on (お知らせメール受信設定) and consent is given on the
// member page (gapsis.jp, areus.jp; see [IIJmioFamilyDiscount]).
const NoticeEmailConsent = "notice-email-consent"

// MaxConditions bounds Account.Conditions.
const MaxConditions = 8

// The family-discount cap is reported differently by public sources (F4),
// neither of them the seed, which gives no figure: a news article on the
// discount's launch (https://gapsis.jp/2024/09/iijmio-kazokuwaribiki.html:
// 家族割引を適用できる回線数は最大で5回線まで) gives 5 discounted lines, a
// guide (https://www.areus.jp/column/iijmio-family-discount-guide: 最大10回線
// まで) gives 10. Choose one explicitly. IIJmio's former Family Share plan
// allowed 10 SIMs per contract, at most 5 of them voice, which may explain
// the two figures; this package does not rely on that.
const (
	// FamilyDiscountCap5 is the cap of 5 discounted lines (gapsis.jp).
	FamilyDiscountCap5 = 5
	// FamilyDiscountCap10 is the cap of 10 discounted lines (areus.jp).
	FamilyDiscountCap10 = 10
)

// IIJmio family-discount figures from public third-party sources (not the
// seed, which gives none: F4).
const (
	// IIJmioFamilyDiscountPerLine is ¥100 off per voice line per month,
	// tax included (100円(税込), the launch article above): each discounted
	// line takes exactly ¥100 off its invoice's tax-included total
	// ([Discount.TaxIncluded]).
	IIJmioFamilyDiscountPerLine billing.Yen = 100
	// IIJmioFamilyDiscountMinLines is the 2 voice lines needed under one
	// mioID.
	IIJmioFamilyDiscountMinLines = 2
	// DefaultMaxLines is the line limit of [IIJmioPlan]: 10 lines per mioID,
	// the figure public sources give for IIJmio (the seed gives none).
	// Override it when your contract says otherwise.
	DefaultMaxLines = 10
)

// IIJmioFamilyDiscount returns IIJmio's family discount (家族割) as public
// third-party sources describe it (F4): voice lines (SIM or eSIM) under one
// mioID, 2 or more of them, ¥100 off each discounted line per month tax
// included, on standard-rated charges, up to cap lines, when the notice
// e-mail setting is on and consent given ([NoticeEmailConsent]). Pass
// [FamilyDiscountCap5] or [FamilyDiscountCap10]; the sources disagree. The
// discount's Source is the one that gives its cap (gapsis.jp for 5, areus.jp
// for 10; gapsis.jp for any other cap, the caller's). A cap out of range is
// reported by [Bill].
//
// The sources tie the discount to the mioID, not to the payment mode, and
// the seed says aggregate payment makes its conditions "easier to meet"
// (満たしやすい, F1), not that it is required: so AggregateOnly is false,
// and lines paid per line still count if they are under the account's
// mioID. Set AggregateOnly to model the stricter reading of the seed's
// table, which lists the discount under まとめ払い only.
func IIJmioFamilyDiscount(cap int) Discount {
	src := gapsisSource
	if cap == FamilyDiscountCap10 {
		src = areusSource
	}
	return Discount{
		Name:        "家族割",
		Kind:        Voice,
		SameMioID:   true,
		MinLines:    IIJmioFamilyDiscountMinLines,
		Cap:         cap,
		PerLine:     IIJmioFamilyDiscountPerLine,
		Tax:         Standard,
		TaxIncluded: true,
		Requires:    NoticeEmailConsent,
		Source:      src,
	}
}

// IIJmioPlan returns a plan with [JapanTaxRates], tax rounded down, the
// family discount with the given cap, [DefaultMaxLines] lines and the
// seed's reading of F2 (family members may hold lines under the owner's
// mioID: OneHolder false).
func IIJmioPlan(cap int) Plan {
	return Plan{
		Rates:     JapanTaxRates(),
		Rounding:  RoundDown,
		Discounts: []Discount{IIJmioFamilyDiscount(cap)},
		MaxLines:  DefaultMaxLines,
	}
}

// IIJmioPublishedPlan is [IIJmioPlan] with the published reading of who
// holds a mioID's lines: all of them are in the mioID holder's name
// (OneHolder true).
func IIJmioPublishedPlan(cap int) Plan {
	p := IIJmioPlan(cap)
	p.OneHolder = true
	return p
}

// Validate reports the first problem with p, as an [*InputError] wrapping
// [ErrPlan], [ErrTooLong] or [ErrDate]. [Bill] calls it first.
func (p Plan) Validate() error {
	if !p.Rounding.IsValid() {
		return &InputError{Field: "plan.rounding", Err: ErrPlan, Detail: p.Rounding.String()}
	}
	if p.MaxLines < 1 || p.MaxLines > MaxLinesLimit {
		return &InputError{Field: "plan.maxLines", Err: ErrPlan, Detail: "want 1 to " + strconv.Itoa(MaxLinesLimit)}
	}
	if len(p.Rates) == 0 {
		return &InputError{Field: "plan.rates", Err: ErrPlan, Detail: "no tax rates"}
	}
	if len(p.Rates) > MaxTaxRates {
		return &InputError{Field: "plan.rates", Err: ErrTooLong}
	}
	for i, r := range p.Rates {
		// The field name is built only when there is an error to report.
		f := func(name string) string { return "plan.rates[" + strconv.Itoa(i) + "]." + name }
		switch {
		case !r.From.IsValid():
			return &InputError{Field: f("from"), Err: ErrDate}
		case i > 0 && !p.Rates[i-1].From.Before(r.From):
			return &InputError{Field: f("from"), Err: ErrPlan, Detail: "not after the previous entry"}
		case r.Standard < 0 || r.Standard > 100:
			return &InputError{Field: f("standard"), Err: ErrPlan, Detail: "want 0 to 100 percent"}
		case r.Reduced < 0 || r.Reduced > 100:
			return &InputError{Field: f("reduced"), Err: ErrPlan, Detail: "want 0 to 100 percent"}
		}
	}
	if len(p.Discounts) > MaxDiscounts {
		return &InputError{Field: "plan.discounts", Err: ErrTooLong}
	}
	for i, d := range p.Discounts {
		if err := d.validate(i); err != nil {
			return err
		}
	}
	return nil
}

// validate checks the plan's i-th discount.
func (d Discount) validate(i int) error {
	f := func(name string) string { return "plan.discounts[" + strconv.Itoa(i) + "]." + name }
	if _, err := required(d.Name, MaxNameBytes); err != nil {
		return &InputError{Field: f("name"), Err: err}
	}
	switch {
	case !d.Kind.IsValid():
		return &InputError{Field: f("kind"), Err: ErrKind}
	case d.MinLines < 1 || d.MinLines > MaxLinesLimit:
		return &InputError{Field: f("minLines"), Err: ErrPlan, Detail: "want 1 to " + strconv.Itoa(MaxLinesLimit)}
	case d.Cap < 1 || d.Cap > MaxLinesLimit:
		return &InputError{Field: f("cap"), Err: ErrPlan, Detail: "want 1 to " + strconv.Itoa(MaxLinesLimit)}
	case d.PerLine <= 0:
		return &InputError{Field: f("perLine"), Err: ErrPlan, Detail: "want a positive amount"}
	case d.PerLine > MaxChargeAmount:
		return &InputError{Field: f("perLine"), Err: ErrRange, Detail: "above " + MaxChargeAmount.String()}
	case !d.Tax.IsValid():
		return &InputError{Field: f("tax"), Err: ErrTaxCategory}
	}
	return nil
}
