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
}

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
	// IIJmioFamilyDiscountPerLine is ¥100 off per voice line per month.
	// The launch article above states it tax-included (100円(税込)), but
	// every amount in this package is tax-exclusive and tax is computed on
	// tax-exclusive sums, so the preset takes ¥100 off the tax-exclusive
	// base: ¥110 with 10% tax, ¥10 more than that source's ¥100. A ¥100
	// tax-included discount is not a whole number of tax-exclusive yen
	// (¥90.9…), and how an issuer rounds it is not public; set
	// [Discount.PerLine] to the figure on your actual invoices.
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
// mioID, 2 or more of them, ¥100 off each discounted line per month, on
// standard-rated charges, up to cap lines. Pass [FamilyDiscountCap5] or
// [FamilyDiscountCap10]; the sources disagree. A cap out of range is
// reported by [Bill].
//
// The sources tie the discount to the mioID, not to the payment mode, and
// the seed says aggregate payment makes its conditions "easier to meet"
// (満たしやすい, F1), not that it is required: so AggregateOnly is false,
// and lines paid per line still count if they are under the account's
// mioID. Set AggregateOnly to model the stricter reading of the seed's
// table, which lists the discount under まとめ払い only.
func IIJmioFamilyDiscount(cap int) Discount {
	return Discount{
		Name:      "家族割",
		Kind:      Voice,
		SameMioID: true,
		MinLines:  IIJmioFamilyDiscountMinLines,
		Cap:       cap,
		PerLine:   IIJmioFamilyDiscountPerLine,
		Tax:       Standard,
	}
}

// IIJmioPlan returns a plan with [JapanTaxRates], tax rounded down, the
// family discount with the given cap, and [DefaultMaxLines] lines.
func IIJmioPlan(cap int) Plan {
	return Plan{
		Rates:     JapanTaxRates(),
		Rounding:  RoundDown,
		Discounts: []Discount{IIJmioFamilyDiscount(cap)},
		MaxLines:  DefaultMaxLines,
	}
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
