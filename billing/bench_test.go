package billing

import (
	"fmt"
	"slices"
	"testing"
	"time"
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
	sinkYen    Yen
)

// allHolidays runs through the holidays of year y as a caller does,
// reading each one's date and name.
func allHolidays(y int) {
	hs, _ := HolidaysIn(y)
	n := 0
	for h := range hs.All() {
		n += h.Date.Day + len(h.Name)
	}
	sinkInt = n
}

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

// BenchmarkHolidaysIn runs through the holidays of 2026.
func BenchmarkHolidaysIn(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		allHolidays(2026)
	}
}

// BenchmarkHolidaysInAppend appends the holidays of 2026 to a reused slice.
func BenchmarkHolidaysInAppend(b *testing.B) {
	b.ReportAllocs()
	buf := make([]NamedDate, 0, 24)
	for b.Loop() {
		hs, _ := HolidaysIn(2026)
		sinkDates = slices.AppendSeq(buf[:0], hs.All())
	}
}

func BenchmarkIsBankHoliday(b *testing.B) {
	b.ReportAllocs()
	day := d("2026-11-24")
	for b.Loop() {
		sinkBool = Calendar{}.IsBankHoliday(day)
	}
}

func BenchmarkAddBusinessDays5(b *testing.B) {
	b.ReportAllocs()
	day := d("2026-11-20")
	for b.Loop() {
		sinkDate, _ = AddBusinessDays(day, 5)
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
	pay := []Payment{{d("2026-12-10"), BySlip, true}}
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
	pay := []Payment{{day.AddDays(16), BySlip, true}} // D4: after the slip is mailed (from day+14)
	holidayBuf := make([]NamedDate, 0, 24)
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
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
		{"IsBankHoliday", 0, func() { sinkBool = Calendar{}.IsBankHoliday(day) }},
		{"AddBusinessDays", 0, func() { sinkDate, _ = AddBusinessDays(day, 5) }},
		{"ParseDate", 0, func() { sinkDate, _ = ParseDate("2026-11-24") }},
		{"DateOf+String", 1, func() { sinkName = DateOf(now).String() }},
		{"Timeline", 1, func() { sinkEvents, _ = p.Timeline(day) }},
		{"StatusAt", 0, func() { sinkStatus, _ = p.StatusAt(day, day.AddDays(20), nil) }},
		{"StatusAt with a payment", 0, func() { sinkStatus, _ = p.StatusAt(day, day.AddDays(20), pay) }},
		{"BusinessDaysBetween", 0, func() { sinkInt, _ = Calendar{}.BusinessDaysBetween(day, day.AddDays(30)) }},
		{"BusinessDaysBetween far", 0, func() { sinkInt, _ = Calendar{}.BusinessDaysBetween(day, day.AddDays(maxSpanDays)) }},
		{"Holiday substitute", 0, func() { sinkName, sinkBool = Holiday(Date{2026, 5, 6}) }},
		{"Holiday citizens'", 0, func() { sinkName, sinkBool = Holiday(Date{2026, 9, 22}) }},
		{"HolidaysIn", 0, func() { allHolidays(2026) }},
		{"HolidaysIn appended with room", 0, func() {
			hs, _ := HolidaysIn(2026)
			sinkDates = slices.AppendSeq(holidayBuf[:0], hs.All())
		}},
		{"HolidaysIn out of range (the error)", 1, func() { allHolidays(1900) }},
		{"AddBusinessDays max", 0, func() { sinkDate, _ = AddBusinessDays(day, maxBusinessDays) }},
		{"AddBusinessDays back", 0, func() { sinkDate, _ = AddBusinessDays(day, -maxBusinessDays) }},
		{"roll", 0, func() { sinkDate, _ = Calendar{}.roll("", Date{2026, 5, 2}, 1) }},
		{"Calendar with days IsBankHoliday", 0, func() { sinkBool = extra.IsBankHoliday(day) }},
		{"Calendar with days AddBusinessDays", 0, func() { sinkDate, _ = extra.AddBusinessDays(day, maxBusinessDays) }},
		{"Calendar with days BusinessDaysBetween", 0, func() { sinkInt, _ = extra.BusinessDaysBetween(day, day.AddDays(maxSpanDays)) }},
		{"ChangeDeadline", 0, func() { dl, _ := (Calendar{}).ChangeDeadline(day, 5); sinkDate = dl.Date }},
		{"Reflection", 0, func() { w, _ := p.Reflection(BySlip, day); sinkDate = w.Latest }},
		{"LateFeeTerms.Fee", 0, func() { sinkYen, _ = feeTerms.Fee(maxPrincipal, day, day.AddDays(maxLateFeeDays)) }},
		{"LateFeeTerms.Fee actual days", 0, func() { sinkYen, _ = feeActual.Fee(maxPrincipal, day, day.AddDays(maxLateFeeDays)) }},
	}
	for _, tt := range tests {
		if got := testing.AllocsPerRun(200, tt.f); got > tt.max {
			t.Errorf("%s: %v allocs per run, want ≤ %v", tt.name, got, tt.max)
		}
	}
}

// BenchmarkAddBusinessDaysMax is the worst case within the bounds:
// maxBusinessDays business days, about ten years of days walked.
func BenchmarkAddBusinessDaysMax(b *testing.B) {
	b.ReportAllocs()
	day := d("2026-11-20")
	for b.Loop() {
		sinkDate, _ = AddBusinessDays(day, maxBusinessDays)
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
	for _, n := range []int{5, maxBusinessDays} {
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
		z := a.AddDays(maxSpanDays)
		for b.Loop() {
			sinkInt, _ = c.BusinessDaysBetween(a, z)
		}
	})
}

// BenchmarkBusinessDaysBetweenMax counts over maxSpanDays calendar days.
func BenchmarkBusinessDaysBetweenMax(b *testing.B) {
	b.ReportAllocs()
	a := d("2026-01-01")
	z := a.AddDays(maxSpanDays)
	for b.Loop() {
		sinkInt, _ = Calendar{}.BusinessDaysBetween(a, z)
	}
}

// BenchmarkStatusAtmaxPayments gives StatusAt maxPayments payments.
func BenchmarkStatusAtmaxPayments(b *testing.B) {
	b.ReportAllocs()
	p := IIJmio()
	failed, today := d("2026-11-25"), d("2027-02-01")
	pay := make([]Payment, maxPayments)
	for i := range pay {
		pay[i] = Payment{failed.AddDays(i % 60), ByCard, i == maxPayments-1}
	}
	for b.Loop() {
		sinkStatus, _ = p.StatusAt(failed, today, pay)
	}
}

// The late-fee terms of the benchmarks: the highest rate, 365 days to the
// year or each year's own length.
var (
	feeTerms  = LateFeeTerms{Name: "max", RateBP: maxRateBP}
	feeActual = LateFeeTerms{Name: "max-actual", RateBP: maxRateBP, ActualDays: true}
)

// BenchmarkLateFee: the fee at the bounds (¥10 billion, 100% a year, about
// 100 years of days), whose numerator takes 71 bits: one 128-bit product
// and division, and the days of leap years counted without walking the
// years (math/big, before, allocated three times a fee, and ActualDays
// walked a year at a time).
func BenchmarkLateFee(b *testing.B) {
	day := d("2026-11-20")
	for _, tt := range []struct {
		name  string
		terms LateFeeTerms
	}{{"365", feeTerms}, {"actual", feeActual}} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkYen, _ = tt.terms.Fee(maxPrincipal, day, day.AddDays(maxLateFeeDays))
			}
		})
	}
}
