package billing

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

func TestIsBankHoliday(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want bool
	}{
		{"weekday", Date{2026, 11, 24}, false},
		{"Saturday", Date{2026, 11, 28}, true},
		{"Sunday", Date{2026, 11, 29}, true},
		{"national holiday 勤労感謝の日", Date{2026, 11, 23}, true},
		{"substitute holiday", Date{2026, 5, 6}, true},
		{"citizens' holiday", Date{2026, 9, 22}, true},
		{"Banking Act Dec 31 (Thursday)", Date{2026, 12, 31}, true},
		{"Banking Act Jan 2 (Saturday)", Date{2027, 1, 2}, true},
		{"Banking Act Jan 3", Date{2028, 1, 3}, true},
		{"Jan 4 is open", Date{2027, 1, 4}, false},
		{"Dec 30 is open", Date{2026, 12, 30}, false},
		{"invalid date", Date{2026, 2, 30}, false},
		{"out of range", Date{2100, 1, 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (Calendar{}).IsBankHoliday(tt.d); got != tt.want {
				t.Errorf("IsBankHoliday(%v) = %v, want %v", dateText(tt.d), got, tt.want)
			}
			inRangeValid := tt.d.IsValid() && tt.d.Year <= HolidayMaxYear
			if got, want := isBusinessDay(tt.d), inRangeValid && !tt.want; got != want {
				t.Errorf("isBusinessDay(%v) = %v, want %v", dateText(tt.d), got, want)
			}
		})
	}
}

func TestAddBusinessDays(t *testing.T) {
	tests := []struct {
		d    Date
		n    int
		want Date
	}{
		{Date{2026, 11, 24}, 0, Date{2026, 11, 24}},
		{Date{2026, 11, 24}, 1, Date{2026, 11, 25}},
		{Date{2026, 11, 27}, 1, Date{2026, 11, 30}},  // Friday → Monday
		{Date{2026, 11, 28}, 1, Date{2026, 11, 30}},  // from Saturday
		{Date{2026, 11, 28}, -1, Date{2026, 11, 27}}, // from Saturday back
		{Date{2026, 11, 28}, 0, Date{2026, 11, 28}},  // zero does not move
		{Date{2026, 11, 20}, 1, Date{2026, 11, 24}},  // over 勤労感謝の日 Monday
		{Date{2026, 12, 30}, 1, Date{2027, 1, 4}},    // over the year end
		{Date{2027, 1, 4}, -1, Date{2026, 12, 30}},
		{Date{2026, 5, 1}, 1, Date{2026, 5, 7}}, // over Golden Week
		{Date{2026, 11, 25}, 5, Date{2026, 12, 2}},
		{Date{2026, 12, 2}, -5, Date{2026, 11, 25}},
	}
	for _, tt := range tests {
		got, err := AddBusinessDays(tt.d, tt.n)
		if err != nil || got != tt.want {
			t.Errorf("AddBusinessDays(%v, %d) = %v, %v, want %v", tt.d, tt.n, got, err, tt.want)
		}
	}
}

func TestAddBusinessDaysErrors(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		n    int
		err  error
	}{
		{"invalid date", Date{2026, 2, 30}, 1, ErrRange},
		{"zero date", Date{}, 1, ErrEmpty},
		{"before 1955", Date{1954, 12, 31}, 1, ErrRange},
		{"absurd n", Date{2026, 11, 24}, maxBusinessDays + 1, ErrRange},
		{"absurd negative n", Date{2026, 11, 24}, -maxBusinessDays - 1, ErrRange},
		{"leaves the range", Date{2099, 12, 30}, 2, ErrRange},
		{"leaves the range backwards", Date{1955, 1, 4}, -1, ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Calendar{}.AddBusinessDays(tt.d, tt.n)
			if !errors.Is(err, tt.err) || got != (Date{}) {
				t.Errorf("AddBusinessDays(%v, %d) = %v, %v, want %v", dateText(tt.d), tt.n, got, err, tt.err)
			}
			var e *Error
			if got, err := AddBusinessDays(tt.d, tt.n); !errors.Is(err, tt.err) || !errors.As(err, &e) || e.Func != "AddBusinessDays" || got != (Date{}) {
				t.Errorf("package AddBusinessDays(%v, %d) = %v, %v, want the zero Date and %v", dateText(tt.d), tt.n, got, err, tt.err)
			}
		})
	}
}

func TestBusinessDaysBetween(t *testing.T) {
	tests := []struct {
		a, b Date
		want int
		err  error
	}{
		{Date{2026, 11, 24}, Date{2026, 11, 24}, 0, nil},
		{Date{2026, 11, 25}, Date{2026, 12, 2}, 5, nil},
		{Date{2026, 11, 28}, Date{2026, 11, 30}, 1, nil},
		{Date{2026, 12, 25}, Date{2027, 1, 8}, 8, nil},
		{Date{2026, 11, 25}, Date{2026, 11, 24}, 0, ErrOrder},
		{Date{2026, 1, 1}, Date{2040, 1, 1}, 0, ErrRange},
		{Date{2026, 1, 1}, Date{2026, 1, 32}, 0, ErrRange},
	}
	for _, tt := range tests {
		got, err := Calendar{}.BusinessDaysBetween(tt.a, tt.b)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("Calendar{}.BusinessDaysBetween(%v, %v) = %d, %v, want %d, %v", tt.a, dateText(tt.b), got, err, tt.want, tt.err)
		}
	}
}

func TestBusinessDayOnOr(t *testing.T) {
	tests := []struct {
		d             Date
		after, before Date
	}{
		{Date{2026, 11, 24}, Date{2026, 11, 24}, Date{2026, 11, 24}},
		{Date{2026, 11, 21}, Date{2026, 11, 24}, Date{2026, 11, 20}},
		{Date{2027, 1, 1}, Date{2027, 1, 4}, Date{2026, 12, 30}},
	}
	for _, tt := range tests {
		if got := onOrAfter(tt.d); got != tt.after {
			t.Errorf("onOrAfter(%v) = %v, want %v", tt.d, got, tt.after)
		}
		if got := onOrBefore(tt.d); got != tt.before {
			t.Errorf("onOrBefore(%v) = %v, want %v", tt.d, got, tt.before)
		}
	}
	if _, err := (Calendar{}).roll("", Date{2099, 12, 31}, 1); !errors.Is(err, ErrRange) {
		t.Errorf("roll(2099-12-31) error = %v, want ErrRange", err)
	}
	// AddBusinessDays's doc: the first business day on or after d is
	// AddBusinessDays(d.AddDays(-1), 1), the last on or before it
	// AddBusinessDays(d.AddDays(1), -1).
	for d := (Date{2026, 1, 1}); d.Year == 2026; d = d.AddDays(1) {
		if got := addBD(d.AddDays(-1), 1); got != onOrAfter(d) {
			t.Fatalf("AddBusinessDays(%v - 1, 1) = %v, want %v", d, got, onOrAfter(d))
		}
		if got := addBD(d.AddDays(1), -1); got != onOrBefore(d) {
			t.Fatalf("AddBusinessDays(%v + 1, -1) = %v, want %v", d, got, onOrBefore(d))
		}
	}
}

func TestNewCalendar(t *testing.T) {
	maint := Date{2026, 11, 25}
	c, err := NewCalendar(maint, Date{2026, 11, 26}, maint)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.extra; len(got) != 2 || got[0] != maint {
		t.Errorf("extra = %v, want sorted unique", got)
	}
	if !c.IsBankHoliday(maint) || (Calendar{}).IsBankHoliday(maint) {
		t.Errorf("extra closing day %v not honoured by the calendar only", maint)
	}
	if got, _ := c.AddBusinessDays(Date{2026, 11, 24}, 1); got != (Date{2026, 11, 27}) {
		t.Errorf("c.AddBusinessDays(2026-11-24, 1) = %v, want 2026-11-27", got)
	}
	// The caller's slice is copied: changing it changes nothing.
	in := []Date{Date{2026, 12, 1}}
	c2, _ := NewCalendar(in...)
	in[0] = Date{2026, 12, 2}
	if !c2.IsBankHoliday(Date{2026, 12, 1}) || c2.IsBankHoliday(Date{2026, 12, 2}) {
		t.Error("NewCalendar kept the caller's slice")
	}
	if _, err := NewCalendar(Date{2026, 2, 30}); !errors.Is(err, ErrRange) {
		t.Errorf("NewCalendar(invalid) error = %v", err)
	}
	if _, err := NewCalendar(make([]Date, maxExtraClosed+1)...); !errors.Is(err, ErrRange) {
		t.Errorf("NewCalendar(too many) error = %v", err)
	}
}

// TestCalendarProperties: a business day is never a bank holiday; adding n
// business days and then −n returns to a business-day start; counting
// agrees with adding.
func TestCalendarProperties(t *testing.T) {
	for d := (Date{2024, 12, 1}); d.before(Date{2027, 2, 1}); d = d.AddDays(1) {
		if wd := d.Weekday(); (wd == time.Saturday || wd == time.Sunday) && isBusinessDay(d) {
			t.Fatalf("%v is a weekend business day", d)
		}
		for _, n := range []int{1, 2, 5, 10, 30} {
			e := addBD(d, n)
			if !isBusinessDay(e) {
				t.Fatalf("AddBusinessDays(%v, %d) = %v, not a business day", d, n, e)
			}
			// Back by n lands on d itself, or for a closed d on the last
			// business day before it: counting from a closed day is counting
			// from that business day.
			start := d
			if !isBusinessDay(d) {
				start = onOrBefore(d)
			}
			if back := addBD(e, -n); back != start || !isBusinessDay(back) {
				t.Fatalf("AddBusinessDays(AddBusinessDays(%v, %d), %d) = %v, want %v", d, n, -n, back, start)
			}
			if got, err := (Calendar{}).BusinessDaysBetween(d, e); err != nil || got != n {
				t.Fatalf("Calendar{}.BusinessDaysBetween(%v, %v) = %d, %v, want %d", d, e, got, err, n)
			}
		}
	}
}

// TestResultOutsideYears: a start within the calendar's years whose
// answer falls outside them is ErrRange on "start" without Min and Max,
// which would say the start itself is outside the years; the sentence
// names the years.
func TestResultOutsideYears(t *testing.T) {
	for _, tt := range []struct {
		start Date
		n     int
	}{{d("2099-12-30"), 1}, {d("1955-01-04"), -2}} {
		_, err := AddBusinessDays(tt.start, tt.n)
		var e *Error
		if !errors.Is(err, ErrRange) || !errors.As(err, &e) || e.Field != "start" || e.Min != 0 || e.Max != 0 {
			t.Fatalf("AddBusinessDays(%v, %d) = %#v", tt.start, tt.n, err)
		}
		if m := e.Message(language.English); !strings.Contains(m, "(1955–2099)") || strings.Contains(err.Error(), "outside 1955") {
			t.Errorf("AddBusinessDays(%v, %d): %q / %q", tt.start, tt.n, m, err)
		}
	}
}
