package family_test

import (
	"errors"
	"testing"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/family"
)

// plan returns IIJmio's plan with the given charge day and switch cutoff.
func switchPlan(chargeDay, cutoff int) family.Plan {
	p := family.IIJmio(5)
	p.ChargeDay, p.SwitchCutoff = chargeDay, cutoff
	return p
}

func TestSwitchEffectiveF3(t *testing.T) {
	iij := family.IIJmio(5)
	tests := []struct {
		name             string
		plan             family.Plan
		requested        string
		earliest, latest string
	}{
		{"F3 CH2 on the cutoff counts this month", iij, "2026-11-20", "2026-11-25", "2026-11-25"},
		{"F3 CH2 early in the month", iij, "2026-11-01", "2026-11-25", "2026-11-25"},
		{"F3 CH1 after the cutoff may slip a month", iij, "2026-11-21", "2026-11-25", "2026-12-25"},
		{"F3 CH1 the day before the charge", iij, "2026-11-24", "2026-11-25", "2026-12-25"},
		{"F3 on the charge day: next month", iij, "2026-11-25", "2026-12-25", "2026-12-25"},
		{"F3 after the charge: next month", iij, "2026-11-30", "2026-12-25", "2026-12-25"},
		{"F3 December rolls into January", iij, "2026-12-28", "2027-01-25", "2027-01-25"},
		{"F3 cutoff parameter", switchPlan(27, 15), "2026-11-16", "2026-11-27", "2026-12-27"},
		{"F3 cutoff 0: never certain for this month", switchPlan(10, 0), "2026-11-01", "2026-11-10", "2026-12-10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.plan.SwitchEffective(billing.MustParseDate(tt.requested))
			if err != nil {
				t.Fatalf("SwitchEffective(%s): %v", tt.requested, err)
			}
			if got.Earliest.String() != tt.earliest || got.Latest.String() != tt.latest {
				t.Errorf("SwitchEffective(%s) = %v – %v, want %v – %v", tt.requested, got.Earliest, got.Latest, tt.earliest, tt.latest)
			}
		})
	}
}

func TestSwitchEffectiveErrors(t *testing.T) {
	tests := []struct {
		name  string
		plan  family.Plan
		date  billing.Date
		field string
		want  error // ErrRange unless given
	}{
		{"charge day 0", switchPlan(0, 0), billing.MustParseDate("2026-11-01"), "chargeDay", nil},
		{"charge day 29 is not in every month", switchPlan(29, 20), billing.MustParseDate("2026-11-01"), "chargeDay", nil},
		{"cutoff on the charge day", switchPlan(25, 25), billing.MustParseDate("2026-11-01"), "switchCutoff", nil},
		{"negative cutoff", switchPlan(25, -1), billing.MustParseDate("2026-11-01"), "switchCutoff", nil},
		{"zero date, none given", family.IIJmio(5), billing.Date{}, "requested", family.ErrEmpty},
		{"no such date", family.IIJmio(5), billing.Date{Year: 2026, Month: 2, Day: 30}, "requested", nil},
		{"no next month", family.IIJmio(5), billing.MustParseDate("9999-12-30"), "requested", nil},
		{"CH2 the next charge is past the calendar's years", family.IIJmio(5), billing.MustParseDate("2099-12-26"), "requested", nil},
		{"CH2 before the calendar's years", family.IIJmio(5), billing.MustParseDate("1954-06-01"), "requested", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == nil {
				want = family.ErrRange
			}
			got, err := tt.plan.SwitchEffective(tt.date)
			var e *family.Error
			if !errors.Is(err, want) || !errors.As(err, &e) || e.Field != tt.field || e.Func != "Plan.SwitchEffective" {
				t.Errorf("SwitchEffective(%v) = %v, %v; want %v in %s", tt.date, got, err, want, tt.field)
			}
		})
	}
}

// TestSwitchEffectiveMovedDeadline: CH1, CH2: when the 20th is a bank
// holiday the deadline moves back to the last business day before it, as
// billing's ChangeDeadline has it; a request on the closed days in between
// is reflected after the deadline and may slip a month.
func TestSwitchEffectiveMovedDeadline(t *testing.T) {
	iij := family.IIJmio(5)
	tests := []struct {
		name             string
		requested        string
		earliest, latest string
	}{
		{"CH2 Friday 2026-12-18 is the moved deadline", "2026-12-18", "2026-12-25", "2026-12-25"},
		{"CH1 Saturday 2026-12-19 is reflected after the deadline", "2026-12-19", "2026-12-25", "2027-01-25"},
		{"CH1 Sunday 2026-12-20 is reflected after the deadline", "2026-12-20", "2026-12-25", "2027-01-25"},
		{"CH2 Friday 2027-06-18 is the moved deadline", "2027-06-18", "2027-06-25", "2027-06-25"},
		{"CH1 Saturday 2027-06-19", "2027-06-19", "2027-06-25", "2027-07-25"},
		{"CH1 Sunday 2027-06-20", "2027-06-20", "2027-06-25", "2027-07-25"},
		{"CH1 Saturday 2027-03-20 (and the equinox day on Sunday the 21st)", "2027-03-20", "2027-03-25", "2027-04-25"},
		{"CH2 Friday 2027-03-19 is the moved deadline", "2027-03-19", "2027-03-25", "2027-03-25"},
		{"CH2 a business-day 20th stays the deadline", "2026-11-20", "2026-11-25", "2026-11-25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := iij.SwitchEffective(billing.MustParseDate(tt.requested))
			if err != nil {
				t.Fatalf("SwitchEffective(%s): %v", tt.requested, err)
			}
			if got.Earliest.String() != tt.earliest || got.Latest.String() != tt.latest {
				t.Errorf("SwitchEffective(%s) = %v – %v, want %v – %v", tt.requested, got.Earliest, got.Latest, tt.earliest, tt.latest)
			}
		})
	}
}

// TestSwitchEffectiveAgreesWithBilling: CH1, CH2, F3: for every day of
// 2026–2027, family's answer and billing's deadline are one answer: a
// request is certain for the next charge exactly when it is made on or
// before billing's ChangeDeadline for that charge, with the lead of
// billing's preset (ChangeLeadDays) on billing's preset calendar.
func TestSwitchEffectiveAgreesWithBilling(t *testing.T) {
	tests := []struct {
		name string
		plan family.Plan
		pol  billing.DunningPolicy
	}{
		{"CH2 IIJmio", family.IIJmio(5), billing.IIJmio()},
		{"CH2 IIJmioPublished", family.IIJmioPublished(10), billing.IIJmioPublished()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if lead := tt.plan.ChargeDay - tt.plan.SwitchCutoff; lead != tt.pol.ChangeLeadDays {
				t.Fatalf("family lead %d, billing ChangeLeadDays %d", lead, tt.pol.ChangeLeadDays)
			}
			for d := billing.MustParseDate("2026-01-01"); d.Year <= 2027; d = d.AddDays(1) {
				charge := billing.Date{Year: d.Year, Month: d.Month, Day: tt.plan.ChargeDay}
				if d.Day >= tt.plan.ChargeDay {
					ym := d.YearMonth().AddMonths(1)
					charge = billing.Date{Year: ym.Year, Month: ym.Month, Day: tt.plan.ChargeDay}
				}
				dl, err := tt.pol.Calendar.ChangeDeadline(charge, tt.pol.ChangeLeadDays)
				if err != nil {
					t.Fatalf("ChangeDeadline(%v): %v", charge, err)
				}
				w, err := tt.plan.SwitchEffective(d)
				if err != nil {
					t.Fatalf("SwitchEffective(%v): %v", d, err)
				}
				certain := w.Earliest == charge && w.Latest == charge
				if byDeadline := d.Compare(dl.Date) <= 0; certain != byDeadline {
					t.Errorf("SwitchEffective(%v) = %v – %v, but billing's deadline for %v is %v (moved %t)",
						d, w.Earliest, w.Latest, charge, dl.Date, dl.Moved)
				}
				if w.Earliest != charge {
					t.Errorf("SwitchEffective(%v).Earliest = %v, want the next charge %v", d, w.Earliest, charge)
				}
			}
		})
	}
}
