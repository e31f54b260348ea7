package billing

import (
	"math/bits"

	"github.com/kessai-jp/kessai/internal/msg"
	"github.com/kessai-jp/kessai/internal/source"
)

// Bounds of a late fee's input. maxPrincipal is ¥10 billion, far above the
// arrears of any account of mobile lines, and at 11 digits short of the 12
// to 19 of a card number: a card number typed into the principal is
// refused, and the error does not repeat it.
const maxPrincipal Yen = 10_000_000_000

const (
	maxRateBP      = 10000 // 100% a year
	maxLateFeeDays = 36600 // about 100 years
)

// lateFee returns the late charge on principal yen at rateBP basis points
// a year for the days after from up to and including to (see
// [LateFeeTerms.Fee]), with 366-day leap years when actual is set, rounded
// down to the yen.
//
// Rounding: the exact fee principal × rate × days / (10000 × year) is
// rounded down (truncated; the result is never negative), as yen have no
// fraction. The arithmetic is exact integers (no floating point) with
// intermediate products that cannot overflow.
func lateFee(principal Yen, rateBP int, from, to Date, actual bool) (Yen, error) {
	switch {
	case principal < 0 || principal > maxPrincipal:
		// Not echoed, nor the bound as a run of digits: it may be a card
		// number typed into the field.
		return 0, &Error{Func: "Fee", Field: "principal", Err: ErrRange,
			why: msg.Text{JA: "0 円から 100 億円までです", EN: "must be from ¥0 to ¥10,000,000,000"}}
	case rateBP < 0 || rateBP > maxRateBP:
		return 0, rangeError("Fee", "rateBP", 0, maxRateBP)
	}
	if !from.IsValid() {
		return 0, dateError("Fee", "due", from, ErrRange)
	}
	if !to.IsValid() {
		return 0, dateError("Fee", "paid", to, ErrRange)
	}
	if to.before(from) {
		return 0, &Error{Func: "Fee", Field: "paid", Date: to, Err: ErrOrder,
			why: msg.Text{JA: "支払期日より前です", EN: "before the due date"}}
	}
	days := daysBetween(from, to)
	if days > maxLateFeeDays {
		return 0, rangeError("Fee", "paid", 0, maxLateFeeDays)
	}
	// fee = principal × rate/10000 × Σ day weights; weights are 1/365, or
	// 1/365 and 1/366 by year for ActualDays. With d365 days in common years
	// and d366 in leap years: numerator over 10000 × 365 × 366.
	d365, d366 := int64(days), int64(0)
	if actual {
		d366 = leapDays(to) - leapDays(from)
		d365 -= d366
	}
	// The numerator takes up to 71 bits (36600 × 366 × 10000 × 10^10), the
	// quotient at most 40 (the bounds above): one 128-bit product and
	// division, exact and without allocating (math/big took three
	// allocations a fee).
	hi, lo := bits.Mul64(uint64(d365*366+d366*365)*uint64(rateBP), uint64(principal))
	fee, _ := bits.Div64(hi, lo, 10000*365*366)
	return Yen(fee), nil
}

// leapDays returns how many days from 0001-01-01 up to and including d
// fall in leap years: 366 for each leap year before d's, and d's day of
// the year when its year is one. The days of leap years after from up to
// and including to are leapDays(to) - leapDays(from), without walking the
// years between.
func leapDays(d Date) int64 {
	y := int64(d.Year) - 1
	n := 366 * (y/4 - y/100 + y/400)
	if daysIn(d.Year, 2) == 29 {
		n += int64(daysBetween(Date{d.Year, 1, 1}.AddDays(-1), d))
	}
	return n
}

// LateFeeTerms is a late-charge clause as a value: the annual rate, the day
// count, which days count, a grace period and where the clause comes from.
// The seed gives no clause (D7: late charges "may apply"); [StatutoryLateFee],
// [ConsumerCapLateFee] and [TelecomLateFee] are the presets, none of them
// IIJmio's own (its clause was not verified). A caller's own clause is a
// value of its own: LateFeeTerms{RateBP: 300} is 3% a year to the day of
// payment, 365 days to the year.
type LateFeeTerms struct {
	// Name identifies the terms ("statutory", "consumer-cap", "telecom");
	// at most 64 bytes ([LateFeeTerms.Fee]).
	Name string `json:"name"`
	// RateBP is the annual rate in basis points, 0 to 10000 (1450 is 14.5%
	// a year).
	RateBP int `json:"rateBP"`
	// ActualDays divides each year into its actual length, so that a day
	// of a leap year weighs 1/366; otherwise every year has 365 days, leap
	// years too (the usual Japanese practice for 遅延損害金,
	// "年365日の日割計算").
	ActualDays bool `json:"actualDays"`
	// ExcludePaymentDay counts the days from the day after the due date to
	// the day before payment (支払いの日の前日まで), rather than to the day of
	// payment itself (支払日まで).
	ExcludePaymentDay bool `json:"excludePaymentDay"`
	// GraceDays waives the whole charge when the debt is paid within this
	// many days counted from the day after the due date (0: no grace).
	GraceDays int `json:"graceDays"`
	// Source is where the terms come from.
	Source Source `json:"source,omitzero"`
}

// StatutoryLateFee returns late damages at the statutory rate of the Civil
// Code art. 404 in force on the day the debtor fell into arrears (the day
// after the due date): 5% a year before 2020-04-01, 3% a year from
// 2020-04-01 to 2029-03-31 (the rate is reviewed every three years; the
// 2026 review kept 3%). Later days are an [ErrRange] error: the rate is not
// yet known. Days run to the day of payment, 365 to the year. Source:
// https://laws.e-gov.go.jp/law/129AC0000000089 (read 2026-11).
func StatutoryLateFee(due Date) (LateFeeTerms, error) {
	if !due.IsValid() {
		return LateFeeTerms{}, dateError("StatutoryLateFee", "due", due, ErrRange)
	}
	t := LateFeeTerms{Name: "statutory", RateBP: 300, Source: sourceOf(source.CivilCode)}
	switch late := due.AddDays(1); {
	case late.before(Date{2020, 4, 1}):
		t.RateBP = 500 // Civil Code art. 404 before the 2017 amendment took effect
	case late.after(Date{2029, 3, 31}):
		return LateFeeTerms{}, &Error{Func: "StatutoryLateFee", Field: "due", Date: due, Err: ErrRange,
			why: msg.Text{JA: "2029 年 4 月以降の法定利率はまだ決まっていません", EN: "the statutory rate from April 2029 is not yet known"}}
	}
	return t, nil
}

// ConsumerCapLateFee returns late damages at the ceiling of a consumer
// contract, 14.6% a year (Consumer Contract Act art. 9(1)(ii)), to the day
// of payment, 365 to the year. Source:
// https://laws.e-gov.go.jp/law/412AC0000000061 (read 2026-11).
func ConsumerCapLateFee() LateFeeTerms {
	return LateFeeTerms{Name: "consumer-cap", RateBP: 1460, Source: sourceOf(source.ConsumerContract)}
}

// TelecomLateFee returns the late-interest clause (延滞利息) common in
// Japanese telecom terms of service: 14.5% a year for the days from the day
// after the due date to the day before payment, none at all when the debt
// is paid in full within 15 days counted from the day after the due date;
// 365 days to the year. The clause as it appears in NTT East's and many
// other carriers' terms:
// https://lawinsider.com/zh/clause/延滞利息/_1 (read 2026-11). IIJmio's own
// clause was not verified; do not take this for it.
func TelecomLateFee() LateFeeTerms {
	return LateFeeTerms{Name: "telecom", RateBP: 1450, ExcludePaymentDay: true, GraceDays: 15,
		Source: sourceOf(source.TelecomTerms)}
}

// Fee returns the late charge (遅延損害金, D7) under t on principal yen
// due on due and paid on paid, rounded down to the yen.
//
// Day count: late damages run "from the day after the due date until the
// day paid" (支払期日の翌日から支払日まで), so due itself is not counted and
// paid is (the day before it with ExcludePaymentDay): 0 days, and no fee,
// when paying on the due date or within the grace period. A caller whose
// contract counts the due date too passes the day before it.
//
// Rounding: the exact fee principal × rate × days / (10000 × year) is
// rounded down (truncated; never negative), as yen have no fraction; the
// arithmetic is exact integers, with no floating point and no overflow.
//
// Errors ([*Error]): a principal outside ¥0 to ¥10,000,000,000 (not
// repeated: it may be a card number typed into the field), a rate outside
// 0 to 10000 basis points, a grace period outside 0 to 36600 days, an
// invalid date or a span beyond 36600 days ([ErrRange]), paid before due
// ([ErrOrder]), a name over 64 bytes or a source's text over 256
// ([ErrTooLong]).
func (t LateFeeTerms) Fee(principal Yen, due, paid Date) (Yen, error) {
	if len(t.Name) > maxNameLen {
		return 0, &Error{Func: "Fee", Field: "name", Err: ErrTooLong}
	}
	if err := checkSource("Fee", "source", t.Source); err != nil {
		return 0, err
	}
	if t.GraceDays < 0 || t.GraceDays > maxLateFeeDays {
		return 0, rangeError("Fee", "graceDays", 0, maxLateFeeDays)
	}
	if due.IsValid() && paid.IsValid() && !paid.before(due) {
		if daysBetween(due, paid) <= t.GraceDays {
			return lateFee(principal, t.RateBP, due, due, t.ActualDays) // validates the rest; 0 days
		}
		if t.ExcludePaymentDay {
			paid = paid.AddDays(-1)
		}
	}
	return lateFee(principal, t.RateBP, due, paid, t.ActualDays)
}
