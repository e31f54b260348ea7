package family_test

import (
	"errors"
	"testing"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/family"
)

func TestSwitchRuleEffectiveF3(t *testing.T) {
	tests := []struct {
		name      string
		rule      family.SwitchRule
		requested string
		want      string
		certain   bool
	}{
		{"F3 CH2 on the cutoff counts this month", family.IIJmioSwitchRule(), "2026-11-20", "2026-11", true},
		{"F3 CH2 early in the month", family.IIJmioSwitchRule(), "2026-11-01", "2026-11", true},
		{"F3 CH1 after the cutoff may slip a month", family.IIJmioSwitchRule(), "2026-11-21", "2026-11..2026-12", false},
		{"F3 CH1 the day before the charge", family.IIJmioSwitchRule(), "2026-11-24", "2026-11..2026-12", false},
		{"F3 on the charge day: next month", family.IIJmioSwitchRule(), "2026-11-25", "2026-12", true},
		{"F3 after the charge: next month", family.IIJmioSwitchRule(), "2026-11-30", "2026-12", true},
		{"F3 December rolls into January", family.IIJmioSwitchRule(), "2026-12-28", "2027-01", true},
		{"F3 cutoff parameter", family.SwitchRule{ChargeDay: 27, Cutoff: 15}, "2026-11-16", "2026-11..2026-12", false},
		{"F3 cutoff 0: never certain for this month", family.SwitchRule{ChargeDay: 10, Cutoff: 0}, "2026-11-01", "2026-11..2026-12", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.rule.Effective(billing.MustParseDate(tt.requested))
			if err != nil {
				t.Fatalf("Effective(%s): %v", tt.requested, err)
			}
			if got.String() != tt.want || got.Certain() != tt.certain {
				t.Errorf("Effective(%s) = %v (certain %v), want %v (certain %v)", tt.requested, got, got.Certain(), tt.want, tt.certain)
			}
			if got.Earliest.Compare(got.Latest) > 0 {
				t.Errorf("Effective(%s) = %v: earliest after latest", tt.requested, got)
			}
		})
	}
}

func TestSwitchRuleErrors(t *testing.T) {
	tests := []struct {
		name string
		rule family.SwitchRule
		date billing.Date
		want error
	}{
		{"charge day 0", family.SwitchRule{ChargeDay: 0}, billing.MustParseDate("2026-11-01"), family.ErrPlan},
		{"charge day 29 is not in every month", family.SwitchRule{ChargeDay: 29, Cutoff: 20}, billing.MustParseDate("2026-11-01"), family.ErrPlan},
		{"cutoff on the charge day", family.SwitchRule{ChargeDay: 25, Cutoff: 25}, billing.MustParseDate("2026-11-01"), family.ErrPlan},
		{"negative cutoff", family.SwitchRule{ChargeDay: 25, Cutoff: -1}, billing.MustParseDate("2026-11-01"), family.ErrPlan},
		{"zero date", family.IIJmioSwitchRule(), billing.Date{}, family.ErrDate},
		{"no next cycle", family.IIJmioSwitchRule(), billing.MustParseDate("9999-12-30"), family.ErrDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, err := tt.rule.Effective(tt.date); !errors.Is(err, tt.want) {
				t.Errorf("Effective(%v) = %v, %v; want %v", tt.date, got, err, tt.want)
			}
		})
	}
}

func TestChargeDate(t *testing.T) {
	r := family.IIJmioSwitchRule()
	w, err := r.Effective(billing.MustParseDate("2026-12-26"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := r.ChargeDate(w.Latest)
	if err != nil || got.String() != "2027-01-25" {
		t.Errorf("ChargeDate(%v) = %v, %v; want 2027-01-25", w.Latest, got, err)
	}
	if _, err := r.ChargeDate(family.Cycle{Year: 2026, Month: 13}); !errors.Is(err, family.ErrDate) {
		t.Errorf("ChargeDate(2026-13) err = %v, want ErrDate", err)
	}
}
