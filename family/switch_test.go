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
	}{
		{"charge day 0", switchPlan(0, 0), billing.MustParseDate("2026-11-01"), "chargeDay"},
		{"charge day 29 is not in every month", switchPlan(29, 20), billing.MustParseDate("2026-11-01"), "chargeDay"},
		{"cutoff on the charge day", switchPlan(25, 25), billing.MustParseDate("2026-11-01"), "switchCutoff"},
		{"negative cutoff", switchPlan(25, -1), billing.MustParseDate("2026-11-01"), "switchCutoff"},
		{"zero date", family.IIJmio(5), billing.Date{}, "requested"},
		{"no next month", family.IIJmio(5), billing.MustParseDate("9999-12-30"), "requested"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.plan.SwitchEffective(tt.date)
			var e *family.Error
			if !errors.Is(err, family.ErrRange) || !errors.As(err, &e) || e.Field != tt.field || e.Func != "Plan.SwitchEffective" {
				t.Errorf("SwitchEffective(%v) = %v, %v; want ErrRange in %s", tt.date, got, err, tt.field)
			}
		})
	}
}
