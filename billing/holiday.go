package billing

import (
	"iter"
	"slices"
	"time"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/internal/msg"
)

// Supported years of [Holiday] and of the calendar. The Cabinet Office's
// list of national holidays starts in 1955, and the equinox formula used
// for later years holds through 2099. Outside these years Holiday reports
// ok == false: it does not know, which is not the same as "not a holiday",
// so the calendar's functions with an error result ([AddBusinessDays] and
// the rest) return [ErrRange] there. They are exported for a caller that
// offers a choice of years (a form's year picker, a command's usage).
const (
	HolidayMinYear = 1955
	HolidayMaxYear = 2099
)

// EquinoxPublishedThrough is the last year whose vernal and autumnal equinox
// days (春分の日, 秋分の日) are officially fixed. The National Astronomical
// Observatory of Japan announces them in the official gazette each February
// for the following year; the announcement of February 2026 covers 2027.
// For later years [Holiday] computes the equinox days with the astronomical
// approximation and they are predictions, not law.
const EquinoxPublishedThrough = 2027

// holidaySource names the published list the holiday rules are tested
// against (billing/testdata, 1955–1999 and 2000–2027), and its edition. The
// table Holiday reads is generated from those rules and records the
// holidaySource and EquinoxPublishedThrough it was generated under; a test
// fails when either changes without the table being generated again.
const holidaySource = "内閣府 syukujitsu.csv, 1955 to 2027 (edition through 2027)"

// Names of the days that are holidays without being 国民の祝日 proper, as the
// Cabinet Office lists them.
const (
	// nameSubstitute is the Cabinet Office's name for both a substitute
	// holiday (振替休日) and a citizens' holiday (国民の休日).
	nameSubstitute = "休日"
	// nameTreatedAsHoliday is the name of the 2019 enthronement days, which
	// a special law made holidays treated as national holidays.
	nameTreatedAsHoliday = "休日（祝日扱い）"
)

// ruleKind says how a holiday rule picks its day in a month.
type ruleKind uint8

const (
	fixedDay   ruleKind = iota // day is the day of the month
	nthMonday                  // day is n: the n-th Monday (Happy Monday system)
	vernalEq                   // 春分日 by the astronomical formula
	autumnalEq                 // 秋分日 by the astronomical formula
)

// holidayRule is one line of the Act on National Holidays (国民の祝日に関する
// 法律) as amended: in years from..to (inclusive), the day picked by kind and
// day is the holiday name.
type holidayRule struct {
	month    time.Month
	from, to int
	kind     ruleKind
	day      int
	name     string
}

// holidayRules is the law's calendar, sorted by month. Years before
// HolidayMinYear are out of range, so rules start at 1955 even where the law
// is older (1948).
var holidayRules = [...]holidayRule{
	{time.January, 1955, 9999, fixedDay, 1, "元日"},
	{time.January, 1955, 1999, fixedDay, 15, "成人の日"},
	{time.January, 2000, 9999, nthMonday, 2, "成人の日"}, // Happy Monday (1998 amendment)
	{time.February, 1967, 9999, fixedDay, 11, "建国記念の日"},
	{time.February, 2020, 9999, fixedDay, 23, "天皇誕生日"}, // Reiwa
	{time.March, 1955, 9999, vernalEq, 0, "春分の日"},
	{time.April, 1955, 1988, fixedDay, 29, "天皇誕生日"}, // Shōwa
	{time.April, 1989, 2006, fixedDay, 29, "みどりの日"},
	{time.April, 2007, 9999, fixedDay, 29, "昭和の日"},
	{time.May, 1955, 9999, fixedDay, 3, "憲法記念日"},
	{time.May, 2007, 9999, fixedDay, 4, "みどりの日"},
	{time.May, 1955, 9999, fixedDay, 5, "こどもの日"},
	{time.July, 1996, 2002, fixedDay, 20, "海の日"},
	{time.July, 2003, 2019, nthMonday, 3, "海の日"}, // 2020, 2021: Olympic moves
	{time.July, 2022, 9999, nthMonday, 3, "海の日"},
	{time.August, 2016, 2019, fixedDay, 11, "山の日"}, // 2020, 2021: Olympic moves
	{time.August, 2022, 9999, fixedDay, 11, "山の日"},
	{time.September, 1966, 2002, fixedDay, 15, "敬老の日"},
	{time.September, 2003, 9999, nthMonday, 3, "敬老の日"},
	{time.September, 1955, 9999, autumnalEq, 0, "秋分の日"},
	{time.October, 1966, 1999, fixedDay, 10, "体育の日"},
	{time.October, 2000, 2018, nthMonday, 2, "体育の日"},
	// The 2018 amendment renamed the day from 2020; the Cabinet Office
	// lists 2019's as "体育の日（スポーツの日）".
	{time.October, 2019, 2019, nthMonday, 2, "体育の日（スポーツの日）"},
	{time.October, 2022, 9999, nthMonday, 2, "スポーツの日"}, // 2020, 2021: Olympic moves
	{time.November, 1955, 9999, fixedDay, 3, "文化の日"},
	{time.November, 1955, 9999, fixedDay, 23, "勤労感謝の日"},
	{time.December, 1989, 2018, fixedDay, 23, "天皇誕生日"}, // Heisei
}

// monthRules[m-1]..monthRules[m] index the rules of month m in holidayRules.
var monthRules = [...]uint8{0, 3, 5, 6, 9, 12, 12, 15, 17, 20, 24, 26, 27}

// specialDay is a holiday fixed by its own law rather than by the calendar
// rules: imperial ceremonies, the 2019 enthronement and the moves of the
// 2020 and 2021 Olympic Games.
type specialDay struct {
	date Date
	name string
}

// specialDays is sorted by date.
var specialDays = [...]specialDay{
	{Date{1959, time.April, 10}, "結婚の儀"},                 // Crown Prince Akihito's wedding
	{Date{1989, time.February, 24}, "大喪の礼"},              // Emperor Shōwa's state funeral
	{Date{1990, time.November, 12}, "即位礼正殿の儀"},           // enthronement ceremony
	{Date{1993, time.June, 9}, "結婚の儀"},                   // Crown Prince Naruhito's wedding
	{Date{2019, time.May, 1}, nameTreatedAsHoliday},      // accession day
	{Date{2019, time.October, 22}, nameTreatedAsHoliday}, // enthronement ceremony
	{Date{2020, time.July, 23}, "海の日"},                   // Tokyo 2020 special measures act
	{Date{2020, time.July, 24}, "スポーツの日"},
	{Date{2020, time.August, 10}, "山の日"},
	{Date{2021, time.July, 22}, "海の日"}, // moved again for the postponed games
	{Date{2021, time.July, 23}, "スポーツの日"},
	{Date{2021, time.August, 8}, "山の日"}, // a Sunday: substitute holiday Aug 9
}

// Day numbers (days since 1970-01-01) from which the substitute and
// citizens' holiday rules apply; a test checks them against their dates.
const (
	substituteFrom = 1197  // 1973-04-12: the 1973 amendment comes into force
	substituteNew  = 13514 // 2007-01-01: the 2005 amendment ("next non-holiday")
	citizensFrom   = 5839  // 1985-12-27: the 1985 amendment (国民の休日)
)

// Holiday reports whether d is a national holiday of Japan or another day
// the Act on National Holidays makes a holiday, and its name as the Cabinet
// Office lists it ("元日", "成人の日", …; "休日" for substitute and citizens'
// holidays; "休日（祝日扱い）" for the 2019 enthronement days).
//
// The rules are those of the Act as amended: fixed days; the Happy Monday
// days from 2000 and 2003; the equinox days by the astronomical formula
// (official through [EquinoxPublishedThrough], predictions after); the
// substitute holiday (the next day from 1973-04-12, the next day that is not
// a national holiday from 2007); the citizens' holiday (a day between two
// national holidays, from the 1985 amendment); and the one-off days of 1959,
// 1989, 1990, 1993, 2019, 2020 and 2021. Holiday reads them from a table
// generated from those rules (see the package doc), in constant time.
//
// Holiday knows the years [HolidayMinYear] to [HolidayMaxYear]. For any
// other date, and for an invalid one, ok is false. Holiday does not
// allocate.
func Holiday(d Date) (name string, ok bool) {
	if d.Year < HolidayMinYear || d.Year > HolidayMaxYear || !d.IsValid() {
		return "", false
	}
	if !useTable {
		z := d.days()
		return holiday(d, z, weekdayOf(z))
	}
	return tableHoliday(dayIndex(d))
}

//go:generate go run -tags kessai_holidayrules gen_holidays.go

// holidayDays[m] has bit d set when day d of month m is a holiday in some
// year from HolidayMinYear to HolidayMaxYear: a quick filter that lets most
// days skip the rules (in the generator and the tests that check the
// table). A test re-derives it from the rules.
var holidayDays = [13]uint32{
	0,
	0x000001ff06, // January
	0x0001801800, // February
	0x0000780000, // March
	0x0060000400, // April
	0x000000007e, // May
	0x0000000200, // June
	0x0001ff8000, // July
	0x0000001f00, // August
	0x0001ff8000, // September
	0x0000407f00, // October
	0x0001801018, // November
	0x0001800000, // December
}

// holiday is Holiday by the rules, for an in-range date d with day number z
// and weekday wd: the source the table is generated from.
func holiday(d Date, z int, wd time.Weekday) (string, bool) {
	if holidayDays[d.Month]&(1<<d.Day) == 0 {
		return "", false
	}
	if name, ok := national(d, wd); ok {
		return name, true
	}
	// Both a substitute and a citizens' holiday follow a national holiday.
	prevWd := (wd + 6) % 7
	if _, ok := national(prevDate(d), prevWd); !ok {
		return "", false
	}
	if isSubstitute(d, z, prevWd) || isCitizens(d, z, wd) {
		return nameSubstitute, true
	}
	return "", false
}

// weekdayOf returns the weekday of day number z.
func weekdayOf(z int) time.Weekday {
	w := (z + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// prevDate and nextDate step one day without going through day numbers.
func prevDate(d Date) Date {
	if d.Day > 1 {
		d.Day--
		return d
	}
	if d.Month == time.January {
		return Date{d.Year - 1, time.December, 31}
	}
	d.Month--
	d.Day = daysIn(d.Year, d.Month)
	return d
}

func nextDate(d Date) Date {
	if d.Day < 28 || d.Day < daysIn(d.Year, d.Month) {
		d.Day++
		return d
	}
	if d.Month == time.December {
		return Date{d.Year + 1, time.January, 1}
	}
	d.Month++
	d.Day = 1
	return d
}

// national reports whether d (whose weekday is wd) is a 国民の祝日 proper, or
// a special day treated as one.
func national(d Date, wd time.Weekday) (string, bool) {
	m := d.Month
	rules := holidayRules[monthRules[m-1]:monthRules[m]]
	for i := range rules {
		r := &rules[i]
		if d.Year < r.from || d.Year > r.to {
			continue
		}
		switch r.kind {
		case fixedDay:
			if d.Day != r.day {
				continue
			}
		case nthMonday:
			if wd != time.Monday || (d.Day-1)/7+1 != r.day {
				continue
			}
		case vernalEq:
			if d.Day != vernalEquinox(d.Year) {
				continue
			}
		case autumnalEq:
			if d.Day != autumnalEquinox(d.Year) {
				continue
			}
		}
		return r.name, true
	}
	if y := d.Year; y == 1959 || y == 1989 || y == 1990 || y == 1993 || (y >= 2019 && y <= 2021) {
		if i, ok := slices.BinarySearchFunc(specialDays[:], d, func(s specialDay, d Date) int {
			return s.date.Compare(d)
		}); ok {
			return specialDays[i].name, true
		}
	}
	return "", false
}

// isSubstitute reports whether d (day number z, not a national holiday,
// after a national holiday whose weekday is prevWd) is a substitute holiday
// (振替休日): a national holiday fell on a Sunday on or after 1973-04-12,
// and d is the next day (until 2006) or the first following day that is not
// a national holiday (from 2007).
func isSubstitute(d Date, z int, prevWd time.Weekday) bool {
	if prevWd == time.Sunday {
		return z-1 >= substituteFrom
	}
	if z-1 < substituteNew {
		return false
	}
	// From 2007, walk back over the run of national holidays to a Sunday.
	e, wd := prevDate(d), prevWd
	for k := 2; k <= 6; k++ {
		e, wd = prevDate(e), (wd+6)%7
		if _, ok := national(e, wd); !ok {
			return false
		}
		if wd == time.Sunday {
			return true
		}
	}
	return false
}

// isCitizens reports whether d (day number z, weekday wd, not a national
// holiday, after a national holiday) is a citizens' holiday (国民の休日): the
// day after it is a national holiday too. Before 2007 a Sunday was excluded
// (and a substitute holiday, already handled).
func isCitizens(d Date, z int, wd time.Weekday) bool {
	if z < citizensFrom || (z < substituteNew && wd == time.Sunday) {
		return false
	}
	_, ok := national(nextDate(d), (wd+1)%7)
	return ok
}

// Equinox days by the approximation used for Japan's calendar (the
// "海上保安庁水路部" formula): day = ⌊A + 0.242194(Y−1980) − ⌊(Y−B)/4⌋⌋ with
// Go's truncating division for the inner quotient, in micro-days so that the
// arithmetic is exact integers. It reproduces every published equinox day
// from 1955 to 2027 (see the tests), and for 2028–2099 it agrees with an
// independent computation (J. Meeus, Astronomical Algorithms, ch. 27, with
// ΔT) in every year. Those later days are predictions: in 2041, 2045, 2055,
// 2059, 2074, 2088 and 2092 the equinox falls within half an hour of
// midnight JST, so NAOJ's announcement may differ from any approximation.
func vernalEquinox(y int) int {
	if y < 1980 {
		return (20835700 + 242194*(y-1980) - (y-1983)/4*1000000) / 1000000
	}
	return (20843100 + 242194*(y-1980) - (y-1980)/4*1000000) / 1000000
}

func autumnalEquinox(y int) int {
	if y < 1980 {
		return (23258800 + 242194*(y-1980) - (y-1983)/4*1000000) / 1000000
	}
	return (23248800 + 242194*(y-1980) - (y-1980)/4*1000000) / 1000000
}

// NamedDate is a date with a name, such as a holiday: Name is the name
// [Holiday] gives, in Japanese as the Cabinet Office lists it, and
// [NamedDate.Label] gives it in English too.
type NamedDate struct {
	Date Date   `json:"date"`
	Name string `json:"name"`
}

// Label returns the holiday's name for a person: Name for a tag whose base
// language is Japanese, its English name for any other tag ("Vernal
// Equinox Day", "Substitute Holiday", "Citizens' Holiday", …: the Act
// names the days in Japanese only, and these are the English names in
// common use). A name that is no holiday's is returned as it is in every
// language.
// NamedDate{d, name}.Label(tag) names what Holiday(d) returns.
func (n NamedDate) Label(tag language.Tag) string {
	if msg.Japanese(tag) {
		return n.Name
	}
	switch n.Name {
	case nameSubstitute:
		// The Cabinet Office gives one name to both; the rules tell them
		// apart: a substitute holiday follows a run of national holidays
		// that began on a Sunday.
		if d := n.Date; inRange(d) {
			z := d.days()
			if prevWd := weekdayOf(z - 1); isSubstitute(d, z, prevWd) {
				return "Substitute Holiday"
			}
			return "Citizens' Holiday"
		}
		return "Holiday"
	case nameTreatedAsHoliday:
		if n.Date == (Date{2019, time.May, 1}) {
			return "Day of the Emperor's Enthronement"
		}
		return "Day of the Enthronement Ceremony"
	}
	for _, h := range holidayEnglish {
		if h.ja == n.Name {
			return h.en
		}
	}
	return n.Name
}

// holidayEnglish is the English of every other name the table holds.
var holidayEnglish = [...]struct{ ja, en string }{
	{"元日", "New Year's Day"},
	{"成人の日", "Coming of Age Day"},
	{"建国記念の日", "National Foundation Day"},
	{"天皇誕生日", "The Emperor's Birthday"},
	{"春分の日", "Vernal Equinox Day"},
	{"昭和の日", "Shōwa Day"},
	{"憲法記念日", "Constitution Memorial Day"},
	{"みどりの日", "Greenery Day"},
	{"こどもの日", "Children's Day"},
	{"海の日", "Marine Day"},
	{"山の日", "Mountain Day"},
	{"敬老の日", "Respect for the Aged Day"},
	{"秋分の日", "Autumnal Equinox Day"},
	{"体育の日", "Health and Sports Day"},
	{"体育の日（スポーツの日）", "Health and Sports Day (Sports Day)"},
	{"スポーツの日", "Sports Day"},
	{"文化の日", "Culture Day"},
	{"勤労感謝の日", "Labour Thanksgiving Day"},
	{"結婚の儀", "Rite of the Imperial Wedding"},
	{"大喪の礼", "Funeral Ceremony of Emperor Shōwa"},
	{"即位礼正殿の儀", "Ceremony of the Enthronement"},
}

// Holidays is the holidays of one year, as [HolidaysIn] returns them: a
// small value (under 100 bytes) holding each holiday's month, day and name
// index into the generated table, so that it is returned and ranged over
// without allocating. It keeps no state, so it can be ranged over any
// number of times. The zero value has no holidays. It has no JSON form of
// its own (encoding/json writes {} for it): encode its days,
// slices.Collect(h.All()), a list of [NamedDate], which round-trips.
type Holidays struct {
	year int
	n    int
	days [maxYearHolidays]holidayDay
}

// holidayDay is one holiday of a Holidays: its month, its day and the index
// of its name in holidayNames.
type holidayDay struct{ month, day, name uint8 }

// maxYearHolidays bounds the holidays of one year; 2019, with the
// enthronement days, has the most (22). TestHolidaysInTable compares
// every year with the rules, so a year with more would fail it.
const maxYearHolidays = 24

// HolidaysIn returns the holidays of year y, in date order with the names
// [Holiday] gives:
//
//	hs, err := billing.HolidaysIn(2026)
//	for h := range hs.All() { … h.Date, h.Name, h.Label(tag) … }
//
// slices.AppendSeq(dst, hs.All()) appends them to a slice of the caller's own (and
// slices.Collect(hs.All()) gives them as a new one). The cost follows the
// year's holidays, not its days, and nothing is allocated. Years outside [HolidayMinYear]..[HolidayMaxYear] are an
// [ErrRange] error, with no holidays.
func HolidaysIn(y int) (Holidays, error) {
	if y < HolidayMinYear || y > HolidayMaxYear {
		return Holidays{}, rangeError("HolidaysIn", "year", HolidayMinYear, HolidayMaxYear)
	}
	h := Holidays{year: y}
	if useTable {
		h.fillFromTable()
	} else {
		h.fillFromRules()
	}
	return h, nil
}

// All returns the holidays one by one, in date order.
func (h Holidays) All() iter.Seq[NamedDate] {
	return func(yield func(NamedDate) bool) {
		for _, d := range h.days[:h.n] {
			if !yield(NamedDate{Date{h.year, time.Month(d.month), int(d.day)}, holidayNames[d.name]}) {
				return
			}
		}
	}
}

// fillFromRules is fillFromTable in the generator's build: it asks the
// rules about every day of the year. A name the table does not hold yet
// gets the empty name, which the tests report.
func (h *Holidays) fillFromRules() {
	for d := (Date{h.year, time.January, 1}); d.Year == h.year && h.n < maxYearHolidays; d = d.AddDays(1) {
		if name, ok := Holiday(d); ok {
			var k uint8
			for i, n := range holidayNames {
				if n == name {
					k = uint8(i)
				}
			}
			h.days[h.n] = holidayDay{uint8(d.Month), uint8(d.Day), k}
			h.n++
		}
	}
}
