package billing

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// closedByRules is the bank calendar computed from the rules alone, without
// the table: weekends, the year-end closing (Banking Act art. 15 and its
// enforcement order art. 5: Dec 31 – Jan 3), national holidays by the
// rules of holiday.go, and the caller's days.
func closedByRules(extra map[Date]bool, d Date) bool {
	z := d.days()
	wd := weekdayOf(z)
	if wd == time.Saturday || wd == time.Sunday || extra[d] {
		return true
	}
	if (d.Month == time.December && d.Day == 31) || (d.Month == time.January && d.Day <= 3) {
		return true
	}
	_, ok := holiday(d, z, wd)
	return ok
}

// TestHolidayTable checks the generated table against the rules for every
// day from HolidayMinYear through HolidayMaxYear: names, closing days, the
// count of business days up to each day and its inverse. A stale table
// (rules changed, go generate not run) fails here.
func TestHolidayTable(t *testing.T) {
	count := 0
	for d := (Date{HolidayMinYear, 1, 1}); d.Year <= HolidayMaxYear; d = nextDate(d) {
		z := d.days()
		wd := weekdayOf(z)
		i := dayIndex(d)
		if i != z-minCalendarDays || weekdayAt(i) != wd || dateAt(i) != d {
			t.Fatalf("dayIndex(%v) = %d (weekday %v, date %v), want %d (%v)", d, i, weekdayAt(i), dateAt(i), z-minCalendarDays, wd)
		}
		wantName, wantOK := holiday(d, z, wd)
		if name, ok := tableHoliday(i); name != wantName || ok != wantOK {
			t.Fatalf("table: Holiday(%v) = %q, %v; rules: %q, %v", d, name, ok, wantName, wantOK)
		}
		if name, ok := Holiday(d); name != wantName || ok != wantOK {
			t.Fatalf("Holiday(%v) = %q, %v; rules: %q, %v", d, name, ok, wantName, wantOK)
		}
		closed := closedByRules(nil, d)
		weekend := wd == time.Saturday || wd == time.Sunday
		if got, want := tableClosed(i), wantOK || (closed && !weekend); got != want {
			t.Fatalf("table: closed bit of %v = %v, want %v", d, got, want)
		}
		if got := (Calendar{}).IsBankHoliday(d); got != closed {
			t.Fatalf("IsBankHoliday(%v) = %v; rules: %v", d, got, closed)
		}
		if !closed {
			count++
			if got := nthBusinessDay(count); got != i {
				t.Fatalf("table: business day #%d = %v, want %v", count, dateAt(got), d)
			}
		}
		if got := businessUpTo(i); got != count {
			t.Fatalf("table: business days up to %v = %d, want %d", d, got, count)
		}
	}
	if count != bizTotal {
		t.Errorf("bizTotal = %d, rules count %d", bizTotal, count)
	}
	if n := int(closedRank[len(closedRank)-1]); n != len(closedName) {
		t.Errorf("closedRank ends at %d, closedName has %d entries", n, len(closedName))
	}
	last := maxCalendarDays - minCalendarDays
	if past := closedBits[len(closedBits)-1] >> uint(last%64+1); past != 0 || last/64 != len(closedBits)-1 {
		t.Errorf("closedBits has %d words, bits %#x past the last day", len(closedBits), past)
	}
	if holidayTableSource != holidaySource || holidayTableEquinox != EquinoxPublishedThrough {
		t.Errorf("table generated for %q, equinox through %d; now %q, %d: run go generate",
			holidayTableSource, holidayTableEquinox, holidaySource, EquinoxPublishedThrough)
	}
	if holidayNames[0] != "" {
		t.Errorf("holidayNames[0] = %q, want the empty name of a year-end closing", holidayNames[0])
	}
}

// TestHolidaysInTable checks HolidaysIn for every year against a walk over
// the year's days by the rules.
func TestHolidaysInTable(t *testing.T) {
	for y := HolidayMinYear; y <= HolidayMaxYear; y++ {
		var want []NamedDate
		for d := (Date{y, 1, 1}); d.Year == y; d = nextDate(d) {
			z := d.days()
			if name, ok := holiday(d, z, weekdayOf(z)); ok {
				want = append(want, NamedDate{d, name})
			}
		}
		hs, err := HolidaysIn(y)
		if err != nil {
			t.Fatalf("HolidaysIn(%d): %v", y, err)
		}
		if diff := cmp.Diff(want, slices.Collect(hs.All())); diff != "" {
			t.Fatalf("HolidaysIn(%d) (-rules +got):\n%s", y, diff)
		}
		// The sequence keeps no state: a second pass gives the same, and
		// a pass stopped early stops.
		if diff := cmp.Diff(want, slices.Collect(hs.All())); diff != "" {
			t.Fatalf("HolidaysIn(%d) second pass (-rules +got):\n%s", y, diff)
		}
		n := 0
		for range hs.All() {
			if n++; n == 3 {
				break
			}
		}
		// Appended after something already in dst, with and without room.
		prefix := []NamedDate{{Date{1, 1, 1}, "x"}}
		for _, dst := range [][]NamedDate{prefix, append(make([]NamedDate, 0, 30), prefix...)} {
			got := slices.AppendSeq(slices.Clone(dst), hs.All())
			if diff := cmp.Diff(append(prefix[:1:1], want...), got); diff != "" {
				t.Fatalf("AppendSeq(dst, HolidaysIn(%d)) (-want +got):\n%s", y, diff)
			}
			if got := slices.AppendSeq(dst, hs.All()); !cmp.Equal(append(prefix[:1:1], want...), got) {
				t.Fatalf("HolidaysIn(%d).AppendTo(dst) = %v, want %v", y, got, append(prefix[:1:1], want...))
			}
		}
	}
	for _, y := range []int{HolidayMinYear - 1, HolidayMaxYear + 1} {
		hs, err := HolidaysIn(y)
		if !errors.Is(err, ErrRange) || len(slices.Collect(hs.All())) != 0 {
			t.Errorf("HolidaysIn(%d) error = %v, want ErrRange and no holidays", y, err)
		}
	}
}

// walkAdd is AddBusinessDays by walking day by day over closedByRules: the
// reference the counting version is checked against.
func walkAdd(extra map[Date]bool, d Date, n int) (Date, bool) {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for z := d.days(); n > 0; {
		z += step
		if z < minCalendarDays || z > maxCalendarDays {
			return Date{}, false
		}
		if d = fromDays(z); !closedByRules(extra, d) {
			n--
		}
	}
	return d, true
}

// walkBetween is BusinessDaysBetween by walking.
func walkBetween(extra map[Date]bool, a, b Date) int {
	n := 0
	for d := nextDate(a); !d.after(b); d = nextDate(d) {
		if !closedByRules(extra, d) {
			n++
		}
	}
	return n
}

// walkRoll is BusinessDayOnOrAfter (step 1) and OnOrBefore (step −1) by
// walking.
func walkRoll(extra map[Date]bool, d Date, step int) (Date, bool) {
	for closedByRules(extra, d) {
		z := d.days() + step
		if z < minCalendarDays || z > maxCalendarDays {
			return Date{}, false
		}
		d = fromDays(z)
	}
	return d, true
}

// testCalendars returns calendars with the caller's closing days of
// different shapes: none; a few (a weekday, a weekend day, a holiday, the
// first and last business days of the range); a run of every day for four
// months (consecutive open days, the binary search's worst shape); and
// scattered random days.
func testCalendars(t *testing.T) map[string][]Date {
	t.Helper()
	rng := rand.New(rand.NewPCG(13, 2026))
	var run, scattered []Date
	for d := (Date{2026, 3, 1}); d.before(Date{2026, 7, 1}); d = nextDate(d) {
		run = append(run, d)
	}
	for range 3000 {
		z := minCalendarDays + rng.IntN(maxCalendarDays-minCalendarDays+1)
		scattered = append(scattered, fromDays(z))
	}
	return map[string][]Date{
		"standard": nil,
		"few": {
			{2026, 11, 25}, {2026, 11, 28}, {2026, 11, 23}, {1955, 1, 4},
			{2099, 12, 30}, {2026, 12, 31},
		},
		"run":       run,
		"scattered": scattered,
	}
}

// TestCalendarCountsAgainstWalk checks AddBusinessDays, BusinessDaysBetween
// and the rolls, which count on the table, against walking day by day over
// the rules, on calendars with and without the caller's closing days, from
// random days over the whole range and days near its ends.
func TestCalendarCountsAgainstWalk(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 13))
	starts := []Date{
		{1955, 1, 1}, {1955, 1, 3}, {1955, 1, 4}, {1955, 1, 5}, {2099, 12, 29},
		{2099, 12, 30}, {2099, 12, 31}, {2026, 5, 1}, {2026, 12, 30}, {2026, 3, 1},
	}
	for range 120 {
		starts = append(starts, fromDays(minCalendarDays+rng.IntN(maxCalendarDays-minCalendarDays+1)))
	}
	ns := []int{1, 2, 5, 23, 261, maxBusinessDays}
	for name, days := range testCalendars(t) {
		t.Run(name, func(t *testing.T) {
			c, err := NewCalendar(days...)
			if err != nil {
				t.Fatal(err)
			}
			extra := make(map[Date]bool, len(days))
			for _, d := range days {
				extra[d] = true
			}
			for _, d := range starts {
				for _, n := range ns {
					for _, n := range []int{n, -n, rng.IntN(2*maxBusinessDays+1) - maxBusinessDays} {
						want, ok := walkAdd(extra, d, n)
						got, err := c.AddBusinessDays(d, n)
						if ok != (err == nil) || got != want {
							t.Fatalf("AddBusinessDays(%v, %d) = %v, %v; walking: %v, %v", d, n, got, err, want, ok)
						}
						if !ok && !errors.Is(err, ErrRange) {
							t.Fatalf("AddBusinessDays(%v, %d) error = %v, want ErrRange", d, n, err)
						}
					}
				}
				b := d.AddDays(rng.IntN(maxSpanDays + 1))
				if b.Year <= HolidayMaxYear {
					got, err := c.BusinessDaysBetween(d, b)
					if want := walkBetween(extra, d, b); err != nil || got != want {
						t.Fatalf("BusinessDaysBetween(%v, %v) = %d, %v; walking: %d", d, b, got, err, want)
					}
				}
				for _, step := range []int{1, -1} {
					want, ok := walkRoll(extra, d, step)
					got, err := c.roll("roll", d, step)
					if ok != (err == nil) || got != want {
						t.Fatalf("roll(%v, %d) = %v, %v; walking: %v, %v", d, step, got, err, want, ok)
					}
				}
			}
		})
	}
}

// TestCalendarOpenDays checks that NewCalendar keeps, beside every closing
// day, exactly those the standard calendar keeps open.
func TestCalendarOpenDays(t *testing.T) {
	for name, days := range testCalendars(t) {
		c, err := NewCalendar(days...)
		if err != nil {
			t.Fatal(err)
		}
		var want []Date
		for _, d := range c.extra {
			if !closedByRules(nil, d) {
				want = append(want, d)
			}
		}
		if diff := cmp.Diff(want, c.open); diff != "" {
			t.Errorf("%s: open days (-want +got):\n%s", name, diff)
		}
	}
}

// TestSelectBit checks selectBit against clearing the lowest bits one by
// one.
func TestSelectBit(t *testing.T) {
	rng := rand.New(rand.NewPCG(64, 1))
	for range 2000 {
		x := rng.Uint64()
		if rng.IntN(4) == 0 {
			x &= rng.Uint64() // sparser words too
		}
		y := x
		for r := 1; y != 0; r++ {
			want := 0
			for ; y>>want&1 == 0; want++ {
			}
			if got := selectBit(x, r); got != want {
				t.Fatalf("selectBit(%#x, %d) = %d, want %d", x, r, got, want)
			}
			y &= y - 1
		}
	}
}

// FuzzCalendarCounts checks the counting calendar against walking day by
// day over the rules, for any start day, count, span and one closing day of
// the caller's own. The seeds: Golden Week, the year end, the first and
// last days of the range, the largest counts, and a closing day on the
// answer.
func FuzzCalendarCounts(f *testing.F) {
	const days = maxCalendarDays - minCalendarDays + 1
	idx := func(d Date) int32 { return int32(dayIndex(d)) }
	f.Add(idx(Date{2026, 5, 1}), int16(1), uint16(10), idx(Date{2026, 5, 7}))
	f.Add(idx(Date{2026, 12, 30}), int16(-3), uint16(9), idx(Date{2027, 1, 4}))
	f.Add(int32(0), int16(-1), uint16(3), int32(3))
	f.Add(int32(days-1), int16(1), uint16(0), int32(days-2))
	f.Add(idx(Date{2026, 11, 20}), int16(maxBusinessDays), uint16(maxSpanDays), idx(Date{2030, 1, 7}))
	f.Add(idx(Date{2040, 7, 2}), int16(-maxBusinessDays), uint16(1), idx(Date{2035, 3, 5}))
	f.Fuzz(func(t *testing.T, start int32, n int16, span uint16, closing int32) {
		mod := func(x int32) int { return (int(x)%days + days) % days }
		d, e := dateAt(mod(start)), dateAt(mod(closing))
		c, err := NewCalendar(e)
		if err != nil {
			t.Fatal(err)
		}
		extra := map[Date]bool{e: true}
		k := int(n) % (maxBusinessDays + 1)
		want, ok := walkAdd(extra, d, k)
		got, err := c.AddBusinessDays(d, k)
		if ok != (err == nil) || got != want {
			t.Fatalf("NewCalendar(%v).AddBusinessDays(%v, %d) = %v, %v; walking: %v, %v", e, d, k, got, err, want, ok)
		}
		if b := d.AddDays(int(span) % (maxSpanDays + 1)); b.Year <= HolidayMaxYear {
			got, err := c.BusinessDaysBetween(d, b)
			if want := walkBetween(extra, d, b); err != nil || got != want {
				t.Fatalf("NewCalendar(%v).BusinessDaysBetween(%v, %v) = %d, %v; walking: %d", e, d, b, got, err, want)
			}
		}
		for _, step := range []int{1, -1} {
			want, ok := walkRoll(extra, d, step)
			got, err := c.roll("roll", d, step)
			if ok != (err == nil) || got != want {
				t.Fatalf("NewCalendar(%v) roll(%v, %d) = %v, %v; walking: %v, %v", e, d, step, got, err, want, ok)
			}
		}
	})
}
