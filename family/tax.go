package family

import (
	"math/bits"
	"slices"
	"time"

	"github.com/kessai-jp/kessai/billing"
)

// TaxRate is a set of consumption-tax rates (national and local together)
// and the first day they hold. A plan's rate table is a list of them in
// ascending order of From; the entry in force on a billing date is the last
// one whose From is on or before it (rules that change over time
// take a date).
//
// The billing date stands for the whole month billed. Transitional rules
// for services that straddle a rate change (as in 2019) are not modelled:
// bill such a month as two accounts, one per period. Tax is computed the
// qualified-invoice way (once per invoice per rate) for every date; before
// 2023-10-01 that was the common practice rather than a requirement.
type TaxRate struct {
	// From is the first day the rates hold.
	From billing.Date
	// Standard is the standard rate in percent.
	Standard int
	// Reduced is the reduced rate in percent; 0 when there is none, and a
	// Reduced charge is then an error ([ErrNoTaxRate]).
	Reduced int
}

// TaxRatesSource names the source of [JapanTaxRates].
const TaxRatesSource = "Consumption Tax Act and Local Tax Act as amended (1989-04-01 3%, " +
	"1997-04-01 5%, 2014-04-01 8%, 2019-10-01 10% standard / 8% reduced), " +
	"as published by the National Tax Agency (国税庁)"

// JapanTaxRates returns Japan's consumption-tax rates since the tax began on
// 1989-04-01, national and local tax together: 3%, 5% from 1997-04-01, 8%
// from 2014-04-01, and 10% standard with 8% reduced from 2019-10-01 (see
// [TaxRatesSource]). Before 1989-04-01 there is no rate and [Bill] reports
// [ErrNoTaxRate]. The slice is new on each call.
func JapanTaxRates() []TaxRate {
	return []TaxRate{
		{From: billing.Date{Year: 1989, Month: time.April, Day: 1}, Standard: 3},
		{From: billing.Date{Year: 1997, Month: time.April, Day: 1}, Standard: 5},
		{From: billing.Date{Year: 2014, Month: time.April, Day: 1}, Standard: 8},
		{From: billing.Date{Year: 2019, Month: time.October, Day: 1}, Standard: 10, Reduced: 8},
	}
}

// rateOn returns the entry of rates (ascending by From, validated) in force
// on d.
func rateOn(rates []TaxRate, d billing.Date) (TaxRate, bool) {
	// The first entry starting after d; the one before it is in force.
	i, found := slices.BinarySearchFunc(rates, d, func(r TaxRate, d billing.Date) int {
		return r.From.Compare(d)
	})
	if found {
		return rates[i], true
	}
	if i == 0 {
		return TaxRate{}, false
	}
	return rates[i-1], true
}

// percent returns the rate of category c under r, and false when the
// category has no rate (Reduced where r.Reduced is 0).
func (r TaxRate) percent(c TaxCategory) (int, bool) {
	switch c {
	case Standard:
		return r.Standard, true
	case Reduced:
		return r.Reduced, r.Reduced > 0
	case NonTaxable:
		return 0, true
	case TaxUnknown:
	}
	return 0, false
}

// tax returns base × pct / 100 rounded by mode: the one rounding the
// qualified-invoice rules allow per invoice per rate. base is not negative
// and pct is 0 to 100, so the result fits and is at most base; the product is
// formed in 128 bits so that it never overflows.
func tax(base billing.Yen, pct int, mode Rounding) billing.Yen {
	hi, lo := bits.Mul64(uint64(base), uint64(pct))
	q, rem := bits.Div64(hi, lo, 100)
	switch mode {
	case RoundDown:
	case RoundHalfUp:
		if rem >= 50 {
			q++
		}
	case RoundUp:
		if rem > 0 {
			q++
		}
	}
	return billing.Yen(q)
}

// taxIncluded returns the tax within the tax-included amount incl at pct
// percent, incl × pct / (100 + pct), rounded by mode: the tax of a rate
// computed once on its tax-included total.
func taxIncluded(incl billing.Yen, pct int, mode Rounding) billing.Yen {
	div := uint64(100 + pct)
	hi, lo := bits.Mul64(uint64(incl), uint64(pct))
	q, rem := bits.Div64(hi, lo, div)
	switch mode {
	case RoundDown:
	case RoundHalfUp:
		if 2*rem >= div {
			q++
		}
	case RoundUp:
		if rem > 0 {
			q++
		}
	}
	return billing.Yen(q)
}

// add returns a+b and false when the sum overflows int64.
func add(a, b billing.Yen) (billing.Yen, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}
