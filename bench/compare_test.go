package bench

import (
	"slices"
	"testing"
	"time"

	"github.com/kessai-jp/kessai/billing"
)

// The years both sides define the same way. rickar/cal applies today's
// rules to every year: the Happy Monday days (from 2000 and 2003 by law)
// and みどりの日 on May 4 (a holiday of its own from 2007; before, May 4 was a
// citizens' holiday only between two holidays, so 2003-05-04, a Sunday, was
// none) in every year, so years before 2004 are not compared.
const (
	agreeFrom = 2004
	agreeTo   = billing.HolidayMaxYear
)

// Why the two sides disagree on a day within the compared years. Each is a
// documented error or gap of rickar/cal v2.1.13's jp package; kessai's
// answer on the days up to 2027 is the Cabinet Office's list, which
// kessai's own tests check.
const (
	whyHeisei = "rickar/cal keeps the Heisei Emperor's Birthday (Dec 23) through 2019; " +
		"the emperor abdicated on 2019-04-30 and the Cabinet Office lists no holiday on 2019-12-23"
	whyMountain = "rickar/cal moves 海の日 and スポーツの日 for the Tokyo Olympics but not 山の日 " +
		"(2020-08-10; 2021-08-08 and its substitute 2021-08-09 in the Cabinet Office list)"
	whyCitizens = "rickar/cal lists September citizens' holidays (国民の休日 between 敬老の日 and " +
		"秋分の日) only for 2009–2032; kessai applies the rule every year"
)

// knownDisagreement returns why kessai (saying kessaiHoliday) and
// rickar/cal may disagree on d, or "" if they must agree.
func knownDisagreement(d billing.Date, kessaiName string, kessaiHoliday bool) string {
	switch d {
	case billing.Date{Year: 2019, Month: time.December, Day: 23}:
		return whyHeisei
	case billing.Date{Year: 2020, Month: time.August, Day: 10}, billing.Date{Year: 2020, Month: time.August, Day: 11},
		billing.Date{Year: 2021, Month: time.August, Day: 8}, billing.Date{Year: 2021, Month: time.August, Day: 9},
		billing.Date{Year: 2021, Month: time.August, Day: 11}:
		return whyMountain
	}
	if kessaiHoliday && kessaiName == "休日" && d.Month == time.September && d.Year > 2032 {
		// A citizens' holiday lies between two national holidays; a
		// substitute holiday (both sides have those) follows a Sunday.
		_, before := billing.Holiday(d.AddDays(-1))
		_, after := billing.Holiday(d.AddDays(1))
		if before && after {
			return whyCitizens
		}
	}
	return ""
}

// TestHolidaysAgree asks both sides whether each day of the compared years
// is a holiday. Every disagreement must be a known one, and every known
// one must still be a disagreement (so that the list stays honest).
func TestHolidaysAgree(t *testing.T) {
	rc := rickarHolidays()
	seen := map[string]int{}
	days := 0
	for d := (billing.Date{Year: agreeFrom, Month: time.January, Day: 1}); d.Year <= agreeTo; d = d.AddDays(1) {
		name, k := billing.Holiday(d)
		r := rickarIsHoliday(rc, timeOf(d))
		why := knownDisagreement(d, name, k)
		switch {
		case k != r && why == "":
			t.Errorf("%v: kessai Holiday = %q, %v; rickar/cal IsHoliday = %v", d, name, k, r)
		case k == r && why != "":
			t.Errorf("%v: both say %v, but it is listed as a disagreement: %s", d, k, why)
		case k != r:
			seen[why]++
		}
		days++
	}
	for _, why := range []string{whyHeisei, whyMountain, whyCitizens} {
		if seen[why] == 0 {
			t.Errorf("no disagreement found for: %s", why)
		}
		t.Logf("%d days: %s", seen[why], why)
	}
	t.Logf("%d days compared, %d agree", days, days-seen[whyHeisei]-seen[whyMountain]-seen[whyCitizens])
}

// TestHolidaysInAgree checks that HolidaysIn and rickar/cal computing each
// rule once for the year give the same days, for every compared year,
// apart from the known disagreements.
func TestHolidaysInAgree(t *testing.T) {
	var buf []time.Time
	for y := agreeFrom; y <= agreeTo; y++ {
		hs, err := billing.HolidaysIn(y)
		if err != nil {
			t.Fatal(err)
		}
		var k []billing.Date
		for h := range hs.All() {
			if knownDisagreement(h.Date, h.Name, true) == "" {
				k = append(k, h.Date)
			}
		}
		buf = rickarHolidaysIn(buf, y)
		var r []billing.Date
		for _, tm := range buf {
			d := dateOf(tm)
			name, ok := billing.Holiday(d)
			if knownDisagreement(d, name, ok) == "" {
				r = append(r, d)
			}
		}
		if !slices.Equal(k, r) {
			t.Errorf("%d: kessai HolidaysIn %v\nrickar/cal rules %v", y, k, r)
		}
	}
}

// TestBusinessDaysAgree asks both sides for the n-th business day of the
// bank calendar after (and before) many days. A question whose span holds a
// day the two disagree on is skipped: its answers differ by that day.
func TestBusinessDaysAgree(t *testing.T) {
	rc := rickarHolidays()
	rb := rickarBank()
	// disputed reports whether a day between a and b (inclusive) is one the
	// two sides call differently.
	disputed := func(a, b billing.Date) bool {
		if b.Compare(a) < 0 {
			a, b = b, a
		}
		for d := a; d.Compare(b) <= 0; d = d.AddDays(1) {
			name, ok := billing.Holiday(d)
			if knownDisagreement(d, name, ok) != "" && ok != rickarIsHoliday(rc, timeOf(d)) {
				return true
			}
		}
		return false
	}
	checked, skipped := 0, 0
	ask := func(d billing.Date, n int) {
		k, err := billing.Calendar{}.AddBusinessDays(d, n)
		if err != nil {
			return // beyond 2099: rickar/cal would answer, kessai does not know
		}
		if disputed(d, k) {
			skipped++
			return
		}
		checked++
		if r := dateOf(rb.WorkdaysFrom(timeOf(d), n)); r != k {
			t.Errorf("%d business days from %v: kessai %v, rickar/cal %v", n, d, k, r)
		}
	}
	first := billing.Date{Year: agreeFrom, Month: time.January, Day: 1}
	for d := first; d.Year <= agreeTo; d = d.AddDays(1) {
		for _, n := range []int{1, -1, 5} {
			ask(d, n)
		}
	}
	// Ten years of business days: from every month of 2022–2026, ending
	// before the first September citizens' holiday rickar/cal lacks (2037).
	for d := (billing.Date{Year: 2022, Month: time.January, Day: 3}); d.Year <= 2026; d = d.AddDays(30) {
		ask(d, maxBusinessDays)
		ask(d.AddDays(3650), -maxBusinessDays)
	}
	if checked < 100000 {
		t.Errorf("only %d questions checked (%d skipped)", checked, skipped)
	}
	t.Logf("%d questions checked, %d skipped for a disputed day in their span", checked, skipped)
}
