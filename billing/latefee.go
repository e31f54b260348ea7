package billing

import (
	"math/big"
	"strconv"

	"github.com/kessai-jp/kessai/internal/source"
)

// DayCount is how a late fee turns an annual rate into a daily one.
type DayCount uint8

const (
	// Days365 divides every year into 365 days, leap years too (the usual
	// Japanese practice for 遅延損害金, "年365日の日割計算").
	Days365 DayCount = iota + 1
	// ActualDays divides each year into its actual length: a day of a leap
	// year weighs 1/366.
	ActualDays
)

// String returns "365" or "actual".
func (d DayCount) String() string {
	switch d {
	case Days365:
		return "365"
	case ActualDays:
		return "actual"
	}
	return "DayCount(" + strconv.Itoa(int(d)) + ")"
}

// Rates in basis points (1 bp = 0.01% per year). The seed gives no rate for
// late charges (D7); these are examples a caller may choose, not IIJmio's.
const (
	// LegalRate2020 is the statutory rate of the Civil Code art. 404 from
	// 2020-04-01: 3% a year. Art. 404 reviews the rate every three years;
	// check the rate for the period you compute.
	LegalRate2020 = 300
	// ConsumerContractCap is the ceiling on late damages in a consumer
	// contract, 14.6% a year (Consumer Contract Act art. 9(1)(ii)).
	ConsumerContractCap = 1460
)

// MaxPrincipal bounds the principal of [LateFee]: ¥10 billion, far above
// the arrears of any account of mobile lines, and at 11 digits short of the
// 12 to 19 of a card number: a card number typed into the principal is
// refused, and the error does not repeat it.
const MaxPrincipal Yen = 10_000_000_000

// Bounds of the other [LateFee] input.
const (
	MaxRateBP      = 10000 // 100% a year
	MaxLateFeeDays = 36600 // about 100 years
)

// LateFee returns the late charge (遅延損害金, D7) on principal yen at
// rateBP basis points a year (300 is 3% a year) for the days after from up
// to and including to, with the day count basis, rounded down to the yen.
//
// Day count: from is the due date and to the day of payment. Late damages
// run "from the day after the due date until the day paid" (支払期日の翌日から
// 支払日まで), so from itself is not counted and to is: DaysBetween(from, to)
// days, 0 when paying on the due date. A caller whose contract counts the
// due date too passes the day before it.
//
// Rounding: the exact fee principal × rate × days / (10000 × year) is
// rounded down (truncated; the result is never negative), as yen have no
// fraction. The arithmetic is exact integers (no floating point) with
// intermediate products that cannot overflow.
//
// Errors: a negative or absurd principal (beyond [MaxPrincipal]) or rate
// (beyond [MaxRateBP]), an invalid date, to before from, a span beyond
// [MaxLateFeeDays], an unknown basis.
func LateFee(principal Yen, rateBP int, from, to Date, basis DayCount) (Yen, error) {
	switch {
	case principal < 0 || principal > MaxPrincipal:
		// Not echoed: it may be a card number typed into the field.
		return 0, &PolicyError{Field: "principal", Msg: "outside ¥0–" + MaxPrincipal.String()}
	case rateBP < 0 || rateBP > MaxRateBP:
		return 0, &PolicyError{Field: "rate", Msg: strconv.Itoa(rateBP) + " bp outside 0–" + strconv.Itoa(MaxRateBP)}
	case basis != Days365 && basis != ActualDays:
		return 0, &PolicyError{Field: "day count", Msg: "unknown " + basis.String()}
	}
	if !from.IsValid() {
		return 0, &DateError{Func: "LateFee", Arg: "from", Date: from, Err: ErrInvalidDate}
	}
	if !to.IsValid() {
		return 0, &DateError{Func: "LateFee", Arg: "to", Date: to, Err: ErrInvalidDate}
	}
	if to.Before(from) {
		return 0, &DateError{Func: "LateFee", Arg: "to", Date: to, Err: ErrOrder}
	}
	days := DaysBetween(from, to)
	if days > MaxLateFeeDays {
		return 0, &CountError{What: "late days", N: days, Max: MaxLateFeeDays}
	}
	// fee = principal × rate/10000 × Σ day weights; weights are 1/365, or
	// 1/365 and 1/366 by year for ActualDays. With d365 days in common years
	// and d366 in leap years: numerator over 10000 × 365 × 366.
	d365, d366 := int64(days), int64(0)
	if basis == ActualDays {
		d365 = 0
		for y := from.Year; y <= to.Year; y++ {
			start, end := Date{y, 1, 1}.AddDays(-1), Date{y, 12, 31}
			if y == from.Year {
				start = from
			}
			if y == to.Year {
				end = to
			}
			n := int64(DaysBetween(start, end))
			if daysIn(y, 2) == 29 {
				d366 += n
			} else {
				d365 += n
			}
		}
	}
	num := new(big.Int).SetInt64(d365*366 + d366*365)
	num.Mul(num, big.NewInt(int64(principal)))
	num.Mul(num, big.NewInt(int64(rateBP)))
	num.Quo(num, big.NewInt(10000*365*366))
	return Yen(num.Int64()), nil
}

// LateFeeTerms is a late-charge clause as a value: the annual rate, the day
// count, which days count, a grace period and where the clause comes from.
// The seed gives no clause (D7: late charges "may apply"); [StatutoryLateFee],
// [ConsumerCapLateFee] and [TelecomLateFee] are the presets, none of them
// IIJmio's own (its clause was not verified).
type LateFeeTerms struct {
	// Name identifies the terms ("statutory", "consumer-cap", "telecom").
	Name string `json:"name"`
	// RateBP is the annual rate in basis points (1450 is 14.5% a year).
	RateBP int `json:"rateBP"`
	// Basis turns the annual rate into a daily one.
	Basis DayCount `json:"basis"`
	// ExcludePaymentDay counts the days from the day after the due date to
	// the day before payment (支払いの日の前日まで), rather than to the day of
	// payment itself (支払日まで, as [LateFee] counts).
	ExcludePaymentDay bool `json:"excludePaymentDay,omitempty"`
	// GraceDays waives the whole charge when the debt is paid within this
	// many days counted from the day after the due date (0: no grace).
	GraceDays int `json:"graceDays,omitempty"`
	// Source is where the terms come from.
	Source Source `json:"source,omitzero"`
}

// StatutoryLateFee returns late damages at the statutory rate of the Civil
// Code art. 404 in force on the day the debtor fell into arrears (the day
// after the due date): 5% a year before 2020-04-01, 3% a year from
// 2020-04-01 to 2029-03-31 (the rate is reviewed every three years; the
// 2026 review kept 3%). Later days are an error ([ErrOutOfRange]): the rate
// is not yet known. Days run to the day of payment, 365 to the year.
// Source: https://laws.e-gov.go.jp/law/129AC0000000089 (read 2026-11).
func StatutoryLateFee(due Date) (LateFeeTerms, error) {
	if !due.IsValid() {
		return LateFeeTerms{}, &DateError{Func: "StatutoryLateFee", Arg: "due", Date: due, Err: ErrInvalidDate}
	}
	t := LateFeeTerms{Name: "statutory", RateBP: LegalRate2020, Basis: Days365,
		Source: source.Of(source.CivilCode)}
	switch late := due.AddDays(1); {
	case late.Before(Date{2020, 4, 1}):
		t.RateBP = 500 // Civil Code art. 404 before the 2017 amendment took effect
	case late.After(Date{2029, 3, 31}):
		return LateFeeTerms{}, &DateError{Func: "StatutoryLateFee", Arg: "due", Date: due, Err: ErrOutOfRange}
	}
	return t, nil
}

// ConsumerCapLateFee returns late damages at the ceiling of a consumer
// contract, 14.6% a year (Consumer Contract Act art. 9(1)(ii)), to the day
// of payment, 365 to the year. Source:
// https://laws.e-gov.go.jp/law/412AC0000000061 (read 2026-11).
func ConsumerCapLateFee() LateFeeTerms {
	return LateFeeTerms{Name: "consumer-cap", RateBP: ConsumerContractCap, Basis: Days365,
		Source: source.Of(source.ConsumerContract)}
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
	return LateFeeTerms{Name: "telecom", RateBP: 1450, Basis: Days365, ExcludePaymentDay: true, GraceDays: 15,
		Source: source.Of(source.TelecomTerms)}
}

// Fee returns the late charge under t on principal yen due on due and paid
// on paid, rounded down to the yen (see [LateFee]): 0 when paid on or
// before the due date or within the grace period. Errors as [LateFee]'s,
// and for a grace period outside 0–[MaxLateFeeDays].
func (t LateFeeTerms) Fee(principal Yen, due, paid Date) (Yen, error) {
	if t.GraceDays < 0 || t.GraceDays > MaxLateFeeDays {
		return 0, &PolicyError{Field: "grace days", Msg: strconv.Itoa(t.GraceDays) + " outside 0–" + strconv.Itoa(MaxLateFeeDays)}
	}
	if due.IsValid() && paid.IsValid() && !paid.Before(due) {
		if DaysBetween(due, paid) <= t.GraceDays {
			return LateFee(principal, t.RateBP, due, due, t.Basis) // validates the rest; 0 days
		}
		if t.ExcludePaymentDay {
			paid = paid.AddDays(-1)
		}
	}
	return LateFee(principal, t.RateBP, due, paid, t.Basis)
}
