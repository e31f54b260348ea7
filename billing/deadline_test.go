package billing

import (
	"errors"
	"testing"
	"time"
)

func TestChangeDeadline(t *testing.T) {
	tests := []struct {
		name   string
		charge Date
		want   Deadline
	}{
		{"CH2 25th → 20th on a business day", d("2026-11-25"), Deadline{d("2026-11-20"), d("2026-11-20"), false, "CH2"}},
		{"CH2 20th on Sunday moves earlier to Friday", d("2026-12-25"), Deadline{d("2026-12-20"), d("2026-12-18"), true, "CH2"}},
		{"CH2 20th on a holiday moves earlier", d("2025-03-25"), Deadline{d("2025-03-20"), d("2025-03-19"), true, "CH2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Calendar{}.ChangeDeadline(tt.charge, ChangeLeadDays)
			if err != nil || got != tt.want {
				t.Errorf("ChangeDeadline(%v, %d) = %+v, %v, want %+v", tt.charge, ChangeLeadDays, got, err, tt.want)
			}
			if got := ChangeDeadline(tt.charge); got != tt.want.Date {
				t.Errorf("package ChangeDeadline(%v) = %v, want %v", tt.charge, got, tt.want.Date)
			}
		})
	}
	if _, err := (Calendar{}).ChangeDeadline(d("2026-11-25"), -1); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("CH2 negative lead error = %v", err)
	}
	if _, err := (Calendar{}).ChangeDeadline(Date{}, 5); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("CH2 zero date error = %v", err)
	}
	if got := ChangeDeadline(Date{}); got.IsValid() {
		t.Errorf("ChangeDeadline(zero) = %v, want the zero Date", got)
	}
}

func TestCardUpdateDeadline(t *testing.T) {
	tests := []struct {
		name   string
		charge Date
		y      int
		m      time.Month
		needed bool
	}{
		{"CH3 card valid through its month", d("2026-11-25"), 2026, time.November, false},
		{"CH3 card expired before the charge", d("2026-12-25"), 2026, time.November, true},
		{"CH3 card valid for years", d("2026-12-25"), 2030, time.January, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dl, needed, err := Calendar{}.CardUpdateDeadline(tt.charge, tt.y, tt.m)
			if err != nil || needed != tt.needed {
				t.Fatalf("CardUpdateDeadline(%v, %d-%02d) = %+v, %v, %v", tt.charge, tt.y, tt.m, dl, needed, err)
			}
			if needed && (dl.Rule != "CH3" || dl.Date != ChangeDeadline(tt.charge)) {
				t.Errorf("CardUpdateDeadline(%v) = %+v", tt.charge, dl)
			}
		})
	}
	if _, _, err := (Calendar{}).CardUpdateDeadline(d("2026-12-25"), 2026, 13); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("CH3 month 13 error = %v", err)
	}
}

func TestLateFee(t *testing.T) {
	tests := []struct {
		name      string
		principal Yen
		rate      int
		from, to  Date
		basis     DayCount
		want      Yen
	}{
		// 10000 × 3% × 30/365 = 24.65… → 24
		{"D7 legal rate 30 days", 10000, LegalRate2020, d("2026-11-25"), d("2026-12-25"), Days365, 24},
		{"D7 one year at 14.6%", 100000, ConsumerContractCap, d("2026-01-01"), d("2027-01-01"), Days365, 14600},
		// 2028 is a leap year: 366 days × 1/366 = exactly one year.
		{"D7 leap year actual", 100000, ConsumerContractCap, d("2027-12-31"), d("2028-12-31"), ActualDays, 14600},
		{"D7 leap year 365 basis", 100000, ConsumerContractCap, d("2027-12-31"), d("2028-12-31"), Days365, 14640},
		// Dec 2–31 (30 days of 2027, 1/365 each) and Jan 1–31 (31 days of
		// 2028, 1/366 each): 12000 + 12366.12… → 24366; on the 365 basis
		// 61/365 → 24400.
		{"D7 across a year end, actual", 1_000_000, ConsumerContractCap, d("2027-12-01"), d("2028-01-31"), ActualDays, 24366},
		{"D7 across a year end, 365", 1_000_000, ConsumerContractCap, d("2027-12-01"), d("2028-01-31"), Days365, 24400},
		{"D7 zero days", 5000, LegalRate2020, d("2026-11-25"), d("2026-11-25"), Days365, 0},
		{"D7 rounds down", 1, 10000, d("2026-01-01"), d("2026-01-02"), Days365, 0},
		{"D7 largest input", MaxPrincipal, MaxRateBP, d("2000-01-01"), d("2000-01-01").AddDays(MaxLateFeeDays), Days365, MaxPrincipal * MaxLateFeeDays / 365},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LateFee(tt.principal, tt.rate, tt.from, tt.to, tt.basis)
			if err != nil || got != tt.want {
				t.Errorf("LateFee(%v, %d, %v, %v, %v) = %v, %v, want %v", tt.principal, tt.rate, tt.from, tt.to, tt.basis, got, err, tt.want)
			}
		})
	}
	errs := []struct {
		name      string
		principal Yen
		rate      int
		from, to  Date
		basis     DayCount
		err       error
	}{
		{"negative principal", -1, 300, d("2026-01-01"), d("2026-02-01"), Days365, ErrInvalidArgument},
		{"absurd principal", MaxPrincipal + 1, 300, d("2026-01-01"), d("2026-02-01"), Days365, ErrInvalidArgument},
		{"negative rate", 100, -1, d("2026-01-01"), d("2026-02-01"), Days365, ErrInvalidArgument},
		{"absurd rate", 100, MaxRateBP + 1, d("2026-01-01"), d("2026-02-01"), Days365, ErrInvalidArgument},
		{"unknown basis", 100, 300, d("2026-01-01"), d("2026-02-01"), 0, ErrInvalidArgument},
		{"end before start", 100, 300, d("2026-02-01"), d("2026-01-01"), Days365, ErrOrder},
		{"invalid date", 100, 300, Date{2026, 2, 29}, d("2026-03-01"), Days365, ErrInvalidDate},
		{"absurd span", 100, 300, d("1900-01-01"), d("2026-01-01"), Days365, ErrOutOfRange},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := LateFee(tt.principal, tt.rate, tt.from, tt.to, tt.basis); !errors.Is(err, tt.err) {
				t.Errorf("LateFee error = %v, want %v", err, tt.err)
			}
		})
	}
}
