package billing

import (
	"fmt"
	"testing"
)

// Sinks keep the compiler from optimising benchmarked calls away.
var (
	sinkName   string
	sinkBool   bool
	sinkDate   Date
	sinkEvents []Event
	sinkStatus Status
	sinkInt    int
	sinkDates  []NamedDate
)

// benchCalendar is a calendar with 200 closing days of its own, one a
// week from 2026 (most of them days the standard calendar keeps open).
func benchCalendar(b *testing.B) Calendar {
	b.Helper()
	days := make([]Date, 200)
	for i := range days {
		days[i] = d("2026-01-07").AddDays(7 * i)
	}
	c, err := NewCalendar(days...)
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkHoliday asks about every day of 2026 in turn.
func BenchmarkHoliday(b *testing.B) {
	b.ReportAllocs()
	var days []Date
	for day := d("2026-01-01"); day.Year == 2026; day = day.AddDays(1) {
		days = append(days, day)
	}
	for i := 0; b.Loop(); i++ {
		sinkName, sinkBool = Holiday(days[i%len(days)])
	}
}

// BenchmarkHolidayWorst asks only about holidays, substitute and citizens'
// holidays among them (the slow path).
func BenchmarkHolidayWorst(b *testing.B) {
	b.ReportAllocs()
	days := []Date{d("2026-11-23"), d("2026-05-06"), d("2026-09-22"), d("2026-03-20"), d("2019-05-02")}
	for i := 0; b.Loop(); i++ {
		sinkName, sinkBool = Holiday(days[i%len(days)])
	}
}

// BenchmarkHolidayDays asks about single days: a working day, a fixed
// holiday, a substitute holiday, a citizens' holiday and an equinox day,
// each on its own.
func BenchmarkHolidayDays(b *testing.B) {
	for _, s := range []string{"2026-11-24", "2026-11-23", "2026-05-06", "2026-09-22", "2026-03-20"} {
		day := d(s)
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkName, sinkBool = Holiday(day)
			}
		})
	}
}

// BenchmarkHolidaysIn lists the holidays of 2026.
func BenchmarkHolidaysIn(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDates, _ = HolidaysIn(2026)
	}
}

// BenchmarkAppendHolidays lists the holidays of 2026 into a reused slice.
func BenchmarkAppendHolidays(b *testing.B) {
	b.ReportAllocs()
	buf := make([]NamedDate, 0, 24)
	for b.Loop() {
		sinkDates, _ = AppendHolidays(buf[:0], 2026)
	}
}

func BenchmarkIsBankHoliday(b *testing.B) {
	b.ReportAllocs()
	day := d("2026-11-24")
	for b.Loop() {
		sinkBool = IsBankHoliday(day)
	}
}

func BenchmarkAddBusinessDays5(b *testing.B) {
	b.ReportAllocs()
	day := d("2026-11-20")
	for b.Loop() {
		sinkDate = AddBusinessDays(day, 5)
	}
}

func BenchmarkTimeline(b *testing.B) {
	b.ReportAllocs()
	p := IIJmio()
	failed := d("2026-11-25")
	for b.Loop() {
		sinkEvents, _ = p.Timeline(failed)
	}
}

func BenchmarkStatusAt(b *testing.B) {
	b.ReportAllocs()
	p := IIJmio()
	failed, today := d("2026-11-25"), d("2026-12-16")
	pay := []Payment{{d("2026-12-10"), Slip, true}}
	for b.Loop() {
		sinkStatus, _ = p.StatusAt(failed, today, pay)
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDate, _ = ParseDate("2026-11-24")
	}
}

// TestNoAllocs guards the allocation budgets: the calendar's hot paths do
// not allocate; a timeline allocates only its result.
func TestNoAllocs(t *testing.T) {
	day := d("2026-11-20")
	p := IIJmio()
	pay := []Payment{{day.AddDays(16), Slip, true}} // D4: after the slip is mailed (from day+14)
	holidayBuf := make([]NamedDate, 0, 24)
	extra, err := NewCalendar(day.AddDays(4), day.AddDays(5), day.AddDays(40), day.AddDays(400))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		max  float64
		f    func()
	}{
		{"Holiday", 0, func() { sinkName, sinkBool = Holiday(day) }},
		{"IsBankHoliday", 0, func() { sinkBool = IsBankHoliday(day) }},
		{"AddBusinessDays", 0, func() { sinkDate = AddBusinessDays(day, 5) }},
		{"ParseDate", 0, func() { sinkDate, _ = ParseDate("2026-11-24") }},
		{"DateOf+String", 1, func() { sinkName = DateOf(day.In(nil)).String() }},
		{"Timeline", 1, func() { sinkEvents, _ = p.Timeline(day) }},
		{"StatusAt", 0, func() { sinkStatus, _ = p.StatusAt(day, day.AddDays(20), nil) }},
		{"StatusAt with a payment", 0, func() { sinkStatus, _ = p.StatusAt(day, day.AddDays(20), pay) }},
		{"BusinessDaysBetween", 0, func() { sinkInt, _ = BusinessDaysBetween(day, day.AddDays(30)) }},
		{"BusinessDaysBetween far", 0, func() { sinkInt, _ = BusinessDaysBetween(day, day.AddDays(MaxSpanDays)) }},
		{"Holiday substitute", 0, func() { sinkName, sinkBool = Holiday(Date{2026, 5, 6}) }},
		{"Holiday citizens'", 0, func() { sinkName, sinkBool = Holiday(Date{2026, 9, 22}) }},
		{"IsBusinessDay", 0, func() { sinkBool = IsBusinessDay(day) }},
		{"HolidaysIn", 1, func() { sinkDates, _ = HolidaysIn(2026) }},
		{"AppendHolidays with room", 0, func() { sinkDates, _ = AppendHolidays(holidayBuf[:0], 2026) }},
		{"AddBusinessDays max", 0, func() { sinkDate = AddBusinessDays(day, MaxBusinessDays) }},
		{"AddBusinessDays back", 0, func() { sinkDate = AddBusinessDays(day, -MaxBusinessDays) }},
		{"BusinessDayOnOrAfter", 0, func() { sinkDate = BusinessDayOnOrAfter(Date{2026, 5, 2}) }},
		{"Calendar with days IsBankHoliday", 0, func() { sinkBool = extra.IsBankHoliday(day) }},
		{"Calendar with days AddBusinessDays", 0, func() { sinkDate, _ = extra.AddBusinessDays(day, MaxBusinessDays) }},
		{"Calendar with days BusinessDaysBetween", 0, func() { sinkInt, _ = extra.BusinessDaysBetween(day, day.AddDays(MaxSpanDays)) }},
		{"ChangeDeadline", 0, func() { sinkDate = ChangeDeadline(day) }},
		{"Reflection", 0, func() { sinkDate, _, _ = Reflection(Slip, day) }},
	}
	for _, tt := range tests {
		if got := testing.AllocsPerRun(200, tt.f); got > tt.max {
			t.Errorf("%s: %v allocs per run, want ≤ %v", tt.name, got, tt.max)
		}
	}
}

// BenchmarkAddBusinessDaysMax is the worst case within the bounds:
// MaxBusinessDays business days, about ten years of days walked.
func BenchmarkAddBusinessDaysMax(b *testing.B) {
	b.ReportAllocs()
	day := d("2026-11-20")
	for b.Loop() {
		sinkDate = AddBusinessDays(day, MaxBusinessDays)
	}
}

// BenchmarkCalendarExtra runs the counting methods on a calendar with
// closing days of its own (benchCalendar).
func BenchmarkCalendarExtra(b *testing.B) {
	c := benchCalendar(b)
	day := d("2026-11-20")
	b.Run("IsBankHoliday", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkBool = c.IsBankHoliday(day)
		}
	})
	for _, n := range []int{5, MaxBusinessDays} {
		b.Run(fmt.Sprintf("AddBusinessDays%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkDate, _ = c.AddBusinessDays(day, n)
			}
		})
	}
	b.Run("BusinessDaysBetweenMax", func(b *testing.B) {
		b.ReportAllocs()
		a := d("2026-01-01")
		z := a.AddDays(MaxSpanDays)
		for b.Loop() {
			sinkInt, _ = c.BusinessDaysBetween(a, z)
		}
	})
}

// BenchmarkBusinessDaysBetweenMax counts over MaxSpanDays calendar days.
func BenchmarkBusinessDaysBetweenMax(b *testing.B) {
	b.ReportAllocs()
	a := d("2026-01-01")
	z := a.AddDays(MaxSpanDays)
	for b.Loop() {
		sinkInt, _ = BusinessDaysBetween(a, z)
	}
}

// BenchmarkStatusAtMaxPayments gives StatusAt MaxPayments payments.
func BenchmarkStatusAtMaxPayments(b *testing.B) {
	b.ReportAllocs()
	p := IIJmio()
	failed, today := d("2026-11-25"), d("2027-02-01")
	pay := make([]Payment, MaxPayments)
	for i := range pay {
		pay[i] = Payment{failed.AddDays(i % 60), Card, i == MaxPayments-1}
	}
	for b.Loop() {
		sinkStatus, _ = p.StatusAt(failed, today, pay)
	}
}
