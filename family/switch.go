package family

import (
	"strconv"

	"github.com/kessai-jp/kessai/billing"
)

// SwitchEffective returns the window of charge days from which a change of
// payment mode requested on that date takes effect: the first charge in the new
// mode is made on Earliest or, at the latest, on Latest, both of them the
// plan's ChargeDay of a month; Earliest equals Latest when the seed leaves
// no doubt.
//
// F3: the mode is chosen at sign-up and "can be changed at sign-up or
// midway"; the seed gives no timing for the mode itself, so the timing of
// a payment-method change, CH1 and CH2, is applied to it, by billing's own
// rule: the deadline is [billing.Calendar.ChangeDeadline] on the standard
// bank calendar (the calendar of billing's IIJmio presets), with a lead of
// ChargeDay − SwitchCutoff days (CH2: charged on the 25th, finish the
// change by the 20th, a lead of 5). CH1: a change is usually reflected the
// same or the next business day, so when the nominal deadline is a bank
// holiday the deadline is the last business day before it (a change on a
// Saturday the 19th or a Sunday the 20th is reflected on Monday the 21st,
// after the deadline); and "depending on the billing timing it may apply
// from the next month". So a request, with C the first charge after the
// request date (the month's own before ChargeDay, the next month's from
// ChargeDay on, when that month's has been made):
//
//   - on or before C's deadline: from C (certain);
//   - after C's deadline: from C or the charge a month later (the seed only
//     says it may slip).
//
// family and billing so give one answer: a request certainly counts for a
// charge exactly when it is made by billing's deadline for that charge.
//
// A plan whose ChargeDay or SwitchCutoff is out of range, or a date that
// is not valid or whose charge falls outside the calendar's years
// ([billing.HolidayMinYear] to [billing.HolidayMaxYear]), is an [*Error]
// wrapping [ErrRange]; the zero Date, no date given, one wrapping
// [ErrEmpty], as in package billing.
func (p Plan) SwitchEffective(requested billing.Date) (billing.Window, error) {
	const fn = "Plan.SwitchEffective"
	if err := p.validateSwitch(fn); err != nil {
		return billing.Window{}, err
	}
	if !requested.IsValid() {
		return billing.Window{}, &Error{Func: fn, Field: "requested", Err: dateCategory(requested)}
	}
	at := func(ym billing.YearMonth) billing.Date {
		return billing.Date{Year: ym.Year, Month: ym.Month, Day: p.ChargeDay}
	}
	ym := requested.YearMonth()
	if requested.Day >= p.ChargeDay {
		ym = ym.AddMonths(1) // this month's charge has been made
	}
	first, second := at(ym), at(ym.AddMonths(1))
	d, err := billing.Calendar{}.ChangeDeadline(first, p.ChargeDay-p.SwitchCutoff)
	if err != nil || !second.IsValid() {
		return billing.Window{}, &Error{Func: fn, Field: "requested", Err: ErrRange,
			why: why(strconv.Itoa(billing.HolidayMinYear)+"〜"+strconv.Itoa(billing.HolidayMaxYear)+" 年",
				"the years "+strconv.Itoa(billing.HolidayMinYear)+" to "+strconv.Itoa(billing.HolidayMaxYear))}
	}
	if requested.Compare(d.Date) <= 0 {
		return billing.Window{Earliest: first, Latest: first}, nil
	}
	return billing.Window{Earliest: first, Latest: second}, nil
}

// validateSwitch checks the plan's ChargeDay and SwitchCutoff.
func (p *Plan) validateSwitch(fn string) error {
	if p.ChargeDay < 1 || p.ChargeDay > 28 {
		return &Error{Func: fn, Field: "chargeDay", Err: ErrRange, why: why("毎月ある 1〜28 日", "1 to 28, a day every month has")}
	}
	if p.SwitchCutoff < 0 || p.SwitchCutoff >= p.ChargeDay {
		last := strconv.Itoa(p.ChargeDay - 1)
		return &Error{Func: fn, Field: "switchCutoff", Err: ErrRange, why: why("0〜"+last+" 日（請求日より前）", "0 to "+last+", before the charge day")}
	}
	return nil
}
