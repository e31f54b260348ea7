package family

import (
	"math/bits"
	"time"

	"github.com/kessai-jp/kessai/billing"
)

// taxRate is a set of consumption-tax rates (national and local together)
// and the first day they hold.
type taxRate struct {
	from     billing.Date
	standard int
}

// rateOn returns Japan's consumption-tax rates in force on d, since the tax
// began on 1989-04-01: 3%, 5% from 1997-04-01, 8% from 2014-04-01, and 10%
// (standard) from 2019-10-01 (Consumption Tax Act and Local
// Tax Act as amended, as published by the National Tax Agency). Before
// 1989-04-01 there is no rate and ok is false.
//
// The billing date stands for the whole month billed. Transitional rules
// for services that straddle a rate change (as in 2019) are not modelled:
// bill such a month as two accounts, one per period. Tax is computed the
// qualified-invoice way (once per invoice per rate) for every date; before
// 2023-10-01 that was the common practice rather than a requirement.
func rateOn(d billing.Date) (r taxRate, ok bool) {
	for _, r := range [...]taxRate{
		{billing.Date{Year: 2019, Month: time.October, Day: 1}, 10},
		{billing.Date{Year: 2014, Month: time.April, Day: 1}, 8},
		{billing.Date{Year: 1997, Month: time.April, Day: 1}, 5},
		{billing.Date{Year: 1989, Month: time.April, Day: 1}, 3},
	} {
		if d.Compare(r.from) >= 0 {
			return r, true
		}
	}
	return taxRate{}, false
}

// percent returns the rate of category c (a valid one) under r.
func (r taxRate) percent(c TaxCategory) int {
	if c == Standard {
		return r.standard
	}
	return 0
}

// tax returns base × pct / 100 rounded down (切り捨て): the one rounding
// the qualified-invoice rules allow per invoice per rate. base is not
// negative and pct is 0 to 100, so the result fits and is at most base; the
// product is formed in 128 bits so that it never overflows.
func tax(base billing.Yen, pct int) billing.Yen {
	hi, lo := bits.Mul64(uint64(base), uint64(pct))
	q, _ := bits.Div64(hi, lo, 100)
	return billing.Yen(q)
}

// taxIncluded returns the tax within the tax-included amount incl at pct
// percent, incl × pct / (100 + pct), rounded down: the tax of a rate
// computed once on its tax-included total.
func taxIncluded(incl billing.Yen, pct int) billing.Yen {
	hi, lo := bits.Mul64(uint64(incl), uint64(pct))
	q, _ := bits.Div64(hi, lo, uint64(100+pct))
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
