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
			lead := IIJmio().ChangeLeadDays
			got, err := Calendar{}.ChangeDeadline(tt.charge, lead)
			if err != nil || got != tt.want {
				t.Errorf("ChangeDeadline(%v, %d) = %+v, %v, want %+v", tt.charge, lead, got, err, tt.want)
			}
		})
	}
	if _, err := (Calendar{}).ChangeDeadline(d("2026-11-25"), -1); !errors.Is(err, ErrRange) {
		t.Errorf("CH2 negative lead error = %v", err)
	}
	if _, err := (Calendar{}).ChangeDeadline(Date{}, 5); !errors.Is(err, ErrEmpty) {
		t.Errorf("CH2 zero date error = %v", err)
	}
	if _, err := (Calendar{}).ChangeDeadline(d("2026-11-25"), maxLeadDays+1); !errors.Is(err, ErrRange) {
		t.Errorf("CH2 lead beyond 60 error = %v", err)
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
			dl, needed, err := Calendar{}.CardUpdateDeadline(tt.charge, YearMonth{tt.y, tt.m}, 5)
			if err != nil || needed != tt.needed {
				t.Fatalf("CardUpdateDeadline(%v, %d-%02d) = %+v, %v, %v", tt.charge, tt.y, tt.m, dl, needed, err)
			}
			ch2, _ := Calendar{}.ChangeDeadline(tt.charge, 5)
			if needed && (dl.Rule != "CH3" || dl.Date != ch2.Date) {
				t.Errorf("CardUpdateDeadline(%v) = %+v", tt.charge, dl)
			}
		})
	}
	if _, _, err := (Calendar{}).CardUpdateDeadline(d("2026-12-25"), YearMonth{2026, 13}, 5); !errors.Is(err, ErrRange) {
		t.Errorf("CH3 month 13 error = %v", err)
	}
	if _, _, err := (Calendar{}).CardUpdateDeadline(d("2026-12-25"), YearMonth{}, 5); !errors.Is(err, ErrEmpty) {
		t.Errorf("CH3 no expiry error = %v", err)
	}
}

// TestLateFee: D7 late charges at a rate of the caller's own.
func TestLateFee(t *testing.T) {
	tests := []struct {
		name      string
		principal Yen
		rate      int
		from, to  Date
		actual    bool
		want      Yen
	}{
		// 10000 × 3% × 30/365 = 24.65… → 24
		{"D7 legal rate 30 days", 10000, 300, d("2026-11-25"), d("2026-12-25"), false, 24},
		{"D7 one year at 14.6%", 100000, 1460, d("2026-01-01"), d("2027-01-01"), false, 14600},
		// 2028 is a leap year: 366 days × 1/366 = exactly one year.
		{"D7 leap year actual", 100000, 1460, d("2027-12-31"), d("2028-12-31"), true, 14600},
		{"D7 leap year 365 basis", 100000, 1460, d("2027-12-31"), d("2028-12-31"), false, 14640},
		// Dec 2–31 (30 days of 2027, 1/365 each) and Jan 1–31 (31 days of
		// 2028, 1/366 each): 12000 + 12366.12… → 24366; on the 365 basis
		// 61/365 → 24400.
		{"D7 across a year end, actual", 1_000_000, 1460, d("2027-12-01"), d("2028-01-31"), true, 24366},
		{"D7 across a year end, 365", 1_000_000, 1460, d("2027-12-01"), d("2028-01-31"), false, 24400},
		{"D7 zero days", 5000, 300, d("2026-11-25"), d("2026-11-25"), false, 0},
		{"D7 rounds down", 1, 10000, d("2026-01-01"), d("2026-01-02"), false, 0},
		{"D7 largest input", maxPrincipal, maxRateBP, d("2000-01-01"), d("2000-01-01").AddDays(maxLateFeeDays), false, maxPrincipal * maxLateFeeDays / 365},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms := LateFeeTerms{RateBP: tt.rate, ActualDays: tt.actual}
			got, err := terms.Fee(tt.principal, tt.from, tt.to)
			if err != nil || got != tt.want {
				t.Errorf("%+v.Fee(%v, %v, %v) = %v, %v, want %v", terms, tt.principal, tt.from, tt.to, got, err, tt.want)
			}
		})
	}
	errs := []struct {
		name      string
		principal Yen
		rate      int
		from, to  Date
		actual    bool
		err       error
	}{
		{"negative principal", -1, 300, d("2026-01-01"), d("2026-02-01"), false, ErrRange},
		{"absurd principal", maxPrincipal + 1, 300, d("2026-01-01"), d("2026-02-01"), false, ErrRange},
		{"negative rate", 100, -1, d("2026-01-01"), d("2026-02-01"), false, ErrRange},
		{"absurd rate", 100, maxRateBP + 1, d("2026-01-01"), d("2026-02-01"), false, ErrRange},
		{"end before start", 100, 300, d("2026-02-01"), d("2026-01-01"), false, ErrOrder},
		{"invalid date", 100, 300, Date{2026, 2, 29}, d("2026-03-01"), false, ErrRange},
		{"absurd span", 100, 300, d("1900-01-01"), d("2026-01-01"), false, ErrRange},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			terms := LateFeeTerms{RateBP: tt.rate, ActualDays: tt.actual}
			if _, err := terms.Fee(tt.principal, tt.from, tt.to); !errors.Is(err, tt.err) {
				t.Errorf("Fee error = %v, want %v", err, tt.err)
			}
		})
	}
}
