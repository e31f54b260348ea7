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
// a payment-method change, CH1 and CH2, is applied to it. CH2: with the
// card charged on the 25th, finish the change by the 20th. CH1: a change is
// usually reflected the same or the next business day, but "depending on
// the billing timing it may apply from the next month". So a request made
// in month M:
//
//   - on or before SwitchCutoff: from M's charge (certain);
//   - after SwitchCutoff and before ChargeDay: from M's charge or M+1's
//     (the seed only says it may slip);
//   - on or after ChargeDay: from M+1's charge (M's has been made).
//
// A plan whose ChargeDay or SwitchCutoff is out of range, or a date that
// is not valid, is an [*Error] wrapping [ErrRange].
func (p Plan) SwitchEffective(requested billing.Date) (billing.Window, error) {
	const fn = "Plan.SwitchEffective"
	if err := p.validateSwitch(fn); err != nil {
		return billing.Window{}, err
	}
	if !requested.IsValid() {
		return billing.Window{}, &Error{Func: fn, Field: "requested", Err: ErrRange}
	}
	this := requested.YearMonth()
	next := this.AddMonths(1)
	at := func(ym billing.YearMonth) billing.Date {
		return billing.Date{Year: ym.Year, Month: ym.Month, Day: p.ChargeDay}
	}
	if !at(next).IsValid() {
		return billing.Window{}, &Error{Func: fn, Field: "requested", Err: ErrRange}
	}
	switch {
	case requested.Day <= p.SwitchCutoff:
		return billing.Window{Earliest: at(this), Latest: at(this)}, nil
	case requested.Day < p.ChargeDay:
		return billing.Window{Earliest: at(this), Latest: at(next)}, nil
	}
	return billing.Window{Earliest: at(next), Latest: at(next)}, nil
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
