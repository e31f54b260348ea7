package family

import (
	"cmp"
	"strconv"
	"time"

	"github.com/kessai-jp/kessai/billing"
)

// Cycle is a monthly billing cycle, named by the month of its charge date.
type Cycle struct {
	Year  int
	Month time.Month
}

// CycleOf returns the cycle of the month d falls in.
func CycleOf(d billing.Date) Cycle { return Cycle{d.Year, d.Month} }

// Next returns the following cycle.
func (c Cycle) Next() Cycle {
	if c.Month == time.December {
		return Cycle{c.Year + 1, time.January}
	}
	return Cycle{c.Year, c.Month + 1}
}

// IsValid reports whether c names a real month of a supported year.
func (c Cycle) IsValid() bool {
	return billing.Date{Year: c.Year, Month: c.Month, Day: 1}.IsValid()
}

// Compare returns -1, 0 or +1 as c is before, equal to or after o.
func (c Cycle) Compare(o Cycle) int {
	if c.Year != o.Year {
		return cmp.Compare(c.Year, o.Year)
	}
	return cmp.Compare(c.Month, o.Month)
}

// String returns the cycle as "2026-12"; an invalid one as "invalid cycle".
func (c Cycle) String() string {
	if !c.IsValid() {
		return "invalid cycle"
	}
	d := billing.Date{Year: c.Year, Month: c.Month, Day: 1}.String()
	return d[:len(d)-3]
}

// Window is the span of cycles from which a change takes effect: certainly
// from Latest, possibly already from Earliest.
type Window struct {
	Earliest, Latest Cycle
}

// Certain reports whether the window is a single cycle.
func (w Window) Certain() bool { return w.Earliest == w.Latest }

// String returns "2026-12" for a certain window, "2026-11..2026-12" for an
// uncertain one.
func (w Window) String() string {
	if w.Certain() {
		return w.Earliest.String()
	}
	return w.Earliest.String() + ".." + w.Latest.String()
}

// SwitchRule says when a change of payment mode takes effect (F3: the mode
// is chosen at sign-up and "can be changed at sign-up or midway"; the seed
// gives no timing for the mode itself, so the timing of a payment-method
// change, CH1 and CH2, is applied to it).
//
// CH2: with the card charged on the 25th, finish the change by the 20th.
// CH1: a change is usually reflected the same or the next business day, but
// "depending on the billing timing it may apply from the next month". So a
// request made in month M:
//
//   - on or before Cutoff: takes effect with cycle M (certain);
//   - after Cutoff and before ChargeDay: cycle M or M+1 (uncertain: the
//     seed only says it may slip);
//   - on or after ChargeDay: cycle M+1 (M's charge has been made).
type SwitchRule struct {
	// ChargeDay is the day of the month the card is charged, 1 to 28.
	ChargeDay int
	// Cutoff is the last day of the month a change certainly counts for
	// that month's charge, 0 to ChargeDay-1 (0: never certain that month).
	Cutoff int
}

// The seed's example timing (CH2): charged on the 25th, change by the 20th.
const (
	// DefaultChargeDay is the seed's example charge day, the 25th (CH2).
	DefaultChargeDay = 25
	// DefaultSwitchCutoff is the seed's example deadline for a change to
	// count for the month, the 20th (CH2).
	DefaultSwitchCutoff = 20
)

// IIJmioSwitchRule returns the seed's timing: [DefaultChargeDay] and
// [DefaultSwitchCutoff].
func IIJmioSwitchRule() SwitchRule {
	return SwitchRule{ChargeDay: DefaultChargeDay, Cutoff: DefaultSwitchCutoff}
}

// Validate reports a rule whose days are out of range, wrapping [ErrPlan].
func (r SwitchRule) Validate() error {
	if r.ChargeDay < 1 || r.ChargeDay > 28 {
		return &InputError{Field: "chargeDay", Err: ErrPlan, Detail: "want 1 to 28, a day every month has"}
	}
	if r.Cutoff < 0 || r.Cutoff >= r.ChargeDay {
		return &InputError{Field: "cutoff", Err: ErrPlan, Detail: "want 0 to " + strconv.Itoa(r.ChargeDay-1)}
	}
	return nil
}

// Effective returns the cycles from which a mode switch requested on date
// takes effect (F3, CH1, CH2; see [SwitchRule]).
func (r SwitchRule) Effective(requested billing.Date) (Window, error) {
	if err := r.Validate(); err != nil {
		return Window{}, err
	}
	if !requested.IsValid() {
		return Window{}, &InputError{Field: "requested", Err: ErrDate}
	}
	m := CycleOf(requested)
	if requested.Day <= r.Cutoff {
		return Window{m, m}, nil
	}
	next := m.Next()
	if !next.IsValid() {
		return Window{}, &InputError{Field: "requested", Err: ErrDate, Detail: "no next cycle"}
	}
	if requested.Day < r.ChargeDay {
		return Window{m, next}, nil
	}
	return Window{next, next}, nil
}

// ChargeDate returns the date cycle c is charged under r.
func (r SwitchRule) ChargeDate(c Cycle) (billing.Date, error) {
	if err := r.Validate(); err != nil {
		return billing.Date{}, err
	}
	d := billing.Date{Year: c.Year, Month: c.Month, Day: r.ChargeDay}
	if !d.IsValid() {
		return billing.Date{}, &InputError{Field: "cycle", Err: ErrDate}
	}
	return d, nil
}
