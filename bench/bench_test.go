package bench

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/kessai-jp/kessai/billing"
)

// Sinks keep the compiler from optimising benchmarked calls away.
var (
	sinkBool  bool
	sinkName  string
	sinkDate  billing.Date
	sinkTime  time.Time
	sinkDates []billing.NamedDate
	sinkInt   int
	sinkTimes []time.Time
)

// maxBusinessDays is the largest n billing's AddBusinessDays takes.
const maxBusinessDays = 2500

// benchDays are the days of the holiday check: a working day, a fixed
// holiday, a substitute holiday (振替休日) and a citizens' holiday (国民の休日).
var benchDays = []string{"2026-11-24", "2026-11-23", "2026-05-06", "2026-09-22"}

// BenchmarkHoliday asks each side whether a day is a holiday: kessai's
// Holiday against rickar/cal's IsHoliday with its cache on and the day
// already in it (its fastest path).
func BenchmarkHoliday(b *testing.B) {
	rc := rickarHolidays()
	for _, s := range benchDays {
		d := billing.MustParseDate(s)
		t := timeOf(d)
		b.Run(s+"/kessai", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkName, sinkBool = billing.Holiday(d)
			}
		})
		b.Run(s+"/rickar", func(b *testing.B) {
			b.ReportAllocs()
			sinkBool = rickarIsHoliday(rc, t) // fill the cache
			for b.Loop() {
				sinkBool = rickarIsHoliday(rc, t)
			}
		})
	}
}

// BenchmarkHolidaysIn lists the holidays of 2026 in date order, both sides
// in two ways: as each gives them (kessai's HolidaysIn, each holiday's date
// and name read in a loop over it; rickar/cal's rules into a new slice) and
// into a reused slice (kessai's HolidaysIn through slices.AppendSeq, rickar/cal's rules into
// a reused slice). rickar/cal computes each rule of jp.Holidays once for
// the year.
func BenchmarkHolidaysIn(b *testing.B) {
	b.Run("2026/kessai", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkInt = kessaiHolidays(2026)
		}
	})
	b.Run("2026/rickar", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkTimes = rickarHolidaysIn(make([]time.Time, 0, 24), 2026)
		}
	})
	b.Run("2026-reused/kessai", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]billing.NamedDate, 0, 24)
		for b.Loop() {
			hs, _ := billing.HolidaysIn(2026)
			sinkDates = slices.AppendSeq(buf[:0], hs.All())
		}
	})
	b.Run("2026-reused/rickar", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]time.Time, 0, 24)
		for b.Loop() {
			sinkTimes = rickarHolidaysIn(buf, 2026)
		}
	})
}

// kessaiHolidays reads the date and name of each holiday of year y, as a
// caller's function does.
func kessaiHolidays(y int) int {
	hs, _ := billing.HolidaysIn(y)
	n := 0
	for h := range hs.All() {
		n += h.Date.Day + len(h.Name)
	}
	return n
}

// BenchmarkAddBusinessDays asks for the 5th and the 2500th business day
// after 2026-11-20 on the bank calendar: kessai's AddBusinessDays against
// rickar/cal's WorkdaysFrom on jp.Holidays and the year-end closing, cached.
func BenchmarkAddBusinessDays(b *testing.B) {
	rb := rickarBank()
	d := billing.MustParseDate("2026-11-20")
	t := timeOf(d)
	for _, n := range []int{5, maxBusinessDays} {
		b.Run(fmt.Sprintf("%d/kessai", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkDate, _ = billing.AddBusinessDays(d, n)
			}
		})
		b.Run(fmt.Sprintf("%d/rickar", n), func(b *testing.B) {
			b.ReportAllocs()
			sinkTime = rb.WorkdaysFrom(t, n) // fill the cache
			for b.Loop() {
				sinkTime = rb.WorkdaysFrom(t, n)
			}
		})
	}
}
