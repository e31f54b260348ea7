package billing

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// readCabinetOffice reads a copy of the Cabinet Office's list under
// testdata: "2000/1/1,元日" lines, # comments.
func readCabinetOffice(t *testing.T, name string) []NamedDate {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []NamedDate
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		date, name, ok := strings.Cut(s, ",")
		parts := strings.Split(date, "/")
		if !ok || len(parts) != 3 || name == "" {
			t.Fatalf("line %d: bad line %q", line, s)
		}
		var n [3]int
		for i, p := range parts {
			if n[i], err = strconv.Atoi(p); err != nil {
				t.Fatalf("line %d: %v", line, err)
			}
		}
		d := Date{n[0], time.Month(n[1]), n[2]}
		if !d.IsValid() {
			t.Fatalf("line %d: invalid date %q", line, date)
		}
		out = append(out, NamedDate{d, name})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestHolidayCabinetOffice checks Holiday against the Cabinet Office's list
// for 2000–2027 in both directions: every listed day is a holiday with that
// name, and every day Holiday calls a holiday is listed.
func TestHolidayCabinetOffice(t *testing.T) {
	list := checkCabinetOffice(t, "syukujitsu_2000_2027.csv", 2000, 2027)
	if last := list[len(list)-1].Date.Year; last != EquinoxPublishedThrough {
		t.Errorf("test data ends in %d, EquinoxPublishedThrough = %d", last, EquinoxPublishedThrough)
	}
}

// TestHolidayCabinetOfficePre2000 does the same for 1955–1999, the years of
// the law's history: 建国記念の日 from 1967, 敬老の日 and 体育の日 from 1966,
// 海の日 from 1996, the substitute holiday from 1973-04-12, the citizens'
// holiday from 1988, the Shōwa-to-Heisei change of 1989 and the one-off days
// of 1959, 1989, 1990 and 1993.
func TestHolidayCabinetOfficePre2000(t *testing.T) {
	checkCabinetOffice(t, "syukujitsu_1955_1999.csv", HolidayMinYear, 1999)
}

// checkCabinetOffice checks Holiday against a list of the years from..to in
// both directions and returns the list.
func checkCabinetOffice(t *testing.T, file string, from, to int) []NamedDate {
	t.Helper()
	list := readCabinetOffice(t, file)
	if n := to - from + 1; len(list) < n*9 {
		t.Fatalf("%s: only %d entries for %d years", file, len(list), n)
	}
	listed := make(map[Date]string, len(list))
	for _, h := range list {
		if h.Date.Year < from || h.Date.Year > to {
			t.Fatalf("%s: %v outside %d–%d", file, h.Date, from, to)
		}
		listed[h.Date] = h.Name
		if got, ok := Holiday(h.Date); !ok || got != h.Name {
			t.Errorf("Holiday(%v) = %q, %v, want %q, true", h.Date, got, ok, h.Name)
		}
	}
	for d := (Date{from, 1, 1}); d.Year <= to; d = d.AddDays(1) {
		if name, ok := Holiday(d); ok {
			if _, listedToo := listed[d]; !listedToo {
				t.Errorf("Holiday(%v) = %q, true; the Cabinet Office does not list it", d, name)
			}
		}
	}
	return list
}

// TestHolidayHistory checks the law's history before 2000 against days of the
// Cabinet Office's list, and days it does not list.
func TestHolidayHistory(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want string // "" means not a holiday
	}{
		{"first year 1955 元日", Date{1955, 1, 1}, "元日"},
		{"1955 autumnal equinox", Date{1955, 9, 24}, "秋分の日"},
		{"1959 wedding", Date{1959, 4, 10}, "結婚の儀"},
		{"1960 vernal equinox", Date{1960, 3, 20}, "春分の日"},
		{"1966 敬老の日 begins", Date{1966, 9, 15}, "敬老の日"},
		{"1966 体育の日 begins", Date{1966, 10, 10}, "体育の日"},
		{"before 1967 no 建国記念の日", Date{1966, 2, 11}, ""},
		{"1967 建国記念の日", Date{1967, 2, 11}, "建国記念の日"},
		{"1973 Feb 11 Sunday before the substitute rule", Date{1973, 2, 12}, ""},
		{"1973 first substitute holiday", Date{1973, 4, 30}, "休日"},
		{"1973 Sep 24 substitute", Date{1973, 9, 24}, "休日"},
		{"1978 Jan 2 substitute for 元日", Date{1978, 1, 2}, "休日"},
		{"1986 May 4 Sunday: no citizens' holiday", Date{1986, 5, 4}, ""},
		{"1987 May 4 substitute for May 3", Date{1987, 5, 4}, "休日"},
		{"1988 first citizens' holiday", Date{1988, 5, 4}, "休日"},
		{"1988 Mar 21 substitute", Date{1988, 3, 21}, "休日"},
		{"1988 天皇誕生日 Apr 29", Date{1988, 4, 29}, "天皇誕生日"},
		{"1989 state funeral", Date{1989, 2, 24}, "大喪の礼"},
		{"1989 みどりの日", Date{1989, 4, 29}, "みどりの日"},
		{"1989 天皇誕生日 Dec 23", Date{1989, 12, 23}, "天皇誕生日"},
		{"1990 enthronement", Date{1990, 11, 12}, "即位礼正殿の儀"},
		{"1991 May 4 Saturday citizens' holiday", Date{1991, 5, 4}, "休日"},
		{"1991 May 6 substitute", Date{1991, 5, 6}, "休日"},
		{"1993 wedding", Date{1993, 6, 9}, "結婚の儀"},
		{"1995 海の日 not yet", Date{1995, 7, 20}, ""},
		{"1996 海の日", Date{1996, 7, 20}, "海の日"},
		{"1997 May 4 Sunday", Date{1997, 5, 4}, ""},
		{"1999 成人の日 Jan 15", Date{1999, 1, 15}, "成人の日"},
		{"2019 Dec 23 no emperor's birthday", Date{2019, 12, 23}, ""},
		{"2028 vernal equinox (prediction)", Date{2028, 3, 20}, "春分の日"},
		{"2099 last year", Date{2099, 1, 1}, "元日"},
		{"2099 Dec 31", Date{2099, 12, 31}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Holiday(tt.d)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("Holiday(%v) = %q, %v, want %q", tt.d, got, ok, tt.want)
			}
		})
	}
}

// TestHolidayEquinoxPre2000 checks the equinox formula against the Cabinet
// Office's equinox days 1955–1999 (as listed in syukujitsu.csv).
func TestHolidayEquinoxPre2000(t *testing.T) {
	// day of March and of September, 1955..1999
	spring := "21 21 21 21 21 20 21 21 21 20 21 21 21 20 21 21 21 20 21 21 21 20 21 21 21 20 21 21 21 20 21 21 21 20 21 21 21 20 20 21 21 20 20 21 21"
	autumn := "24 23 23 23 24 23 23 23 24 23 23 23 24 23 23 23 24 23 23 23 24 23 23 23 24 23 23 23 23 23 23 23 23 23 23 23 23 23 23 23 23 23 23 23 23"
	for i, f := range strings.Fields(spring) {
		y := 1955 + i
		want, _ := strconv.Atoi(f)
		if got := vernalEquinox(y); got != want {
			t.Errorf("vernalEquinox(%d) = %d, want %d", y, got, want)
		}
	}
	for i, f := range strings.Fields(autumn) {
		y := 1955 + i
		want, _ := strconv.Atoi(f)
		if got := autumnalEquinox(y); got != want {
			t.Errorf("autumnalEquinox(%d) = %d, want %d", y, got, want)
		}
	}
}

// TestHolidayEquinoxPredicted checks equinox days after
// EquinoxPublishedThrough against NAOJ's published predictions for
// 2028–2030 (暦要項) and an astronomical computation (Meeus, ch. 27) for
// later years, including 2074, whose autumnal equinox falls minutes after
// midnight JST.
func TestHolidayEquinoxPredicted(t *testing.T) {
	tests := []struct {
		year           int
		vernal, autumn int
	}{
		{2028, 20, 22},
		{2029, 20, 23},
		{2030, 20, 23},
		{2041, 20, 23},
		{2074, 20, 23},
		{2092, 19, 22},
		{2099, 20, 23},
	}
	for _, tt := range tests {
		if got := vernalEquinox(tt.year); got != tt.vernal {
			t.Errorf("vernalEquinox(%d) = %d, want %d", tt.year, got, tt.vernal)
		}
		if got := autumnalEquinox(tt.year); got != tt.autumn {
			t.Errorf("autumnalEquinox(%d) = %d, want %d", tt.year, got, tt.autumn)
		}
	}
}

func TestHolidayRange(t *testing.T) {
	for _, d := range []Date{{1954, 1, 1}, {2100, 1, 1}, {1, 1, 1}, {}, {2026, 2, 30}} {
		if name, ok := Holiday(d); ok {
			t.Errorf("Holiday(%v) = %q, true, want out of range", dateText(d), name)
		}
	}
	if _, err := HolidaysIn(2100); err == nil {
		t.Error("HolidaysIn(2100) succeeded")
	}
	seq, err := HolidaysIn(2027)
	if hs := slices.Collect(seq.All()); err != nil || len(hs) != 17 || hs[0].Name != "元日" {
		t.Errorf("HolidaysIn(2027) = %v, %v", hs, err)
	}
}

// TestHolidayTables checks the rule table's month index and order.
func TestHolidayTables(t *testing.T) {
	for m := time.January; m <= time.December; m++ {
		for _, r := range holidayRules[monthRules[m-1]:monthRules[m]] {
			if r.month != m {
				t.Errorf("rule %q indexed under month %v", r.name, m)
			}
		}
	}
	if int(monthRules[12]) != len(holidayRules) {
		t.Errorf("monthRules ends at %d, want %d", monthRules[12], len(holidayRules))
	}
	for i := 1; i < len(specialDays); i++ {
		if !specialDays[i-1].date.before(specialDays[i].date) {
			t.Errorf("specialDays not sorted at %v", specialDays[i].date)
		}
	}
}

func TestDayNumberConstants(t *testing.T) {
	tests := []struct {
		name string
		got  int
		d    Date
	}{
		{"substituteFrom", substituteFrom, Date{1973, 4, 12}},
		{"substituteNew", substituteNew, Date{2007, 1, 1}},
		{"citizensFrom", citizensFrom, Date{1985, 12, 27}},
		{"minCalendarDays", minCalendarDays, Date{HolidayMinYear, 1, 1}},
		{"maxCalendarDays", maxCalendarDays, Date{HolidayMaxYear, 12, 31}},
		{"minDays", minDays, Date{minYear, 1, 1}},
		{"maxDays", maxDays, Date{maxYear, 12, 31}},
	}
	for _, tt := range tests {
		if want := tt.d.days(); tt.got != want {
			t.Errorf("%s = %d, want %d (%v)", tt.name, tt.got, want, tt.d)
		}
	}
}

// TestHolidaySubstitutesPre2000 checks every day the Cabinet Office lists as
// "休日" (substitute and citizens' holidays) from 1955 through 1999, in both
// directions.
func TestHolidaySubstitutesPre2000(t *testing.T) {
	listed := strings.Fields(`
		1973-04-30 1973-09-24 1974-05-06 1974-09-16 1974-11-04 1975-11-24
		1976-10-11 1978-01-02 1978-01-16 1979-02-12 1979-04-30 1980-11-24
		1981-05-04 1982-03-22 1982-10-11 1984-01-02 1984-01-16 1984-04-30
		1984-09-24 1985-05-06 1985-09-16 1985-11-04 1986-11-24 1987-05-04
		1988-03-21 1988-05-04 1989-01-02 1989-01-16 1989-05-04 1990-02-12
		1990-04-30 1990-05-04 1990-09-24 1990-12-24 1991-05-04 1991-05-06
		1991-09-16 1991-11-04 1992-05-04 1993-05-04 1993-10-11 1994-05-04
		1995-01-02 1995-01-16 1995-05-04 1996-02-12 1996-05-04 1996-05-06
		1996-09-16 1996-11-04 1997-07-21 1997-11-24 1998-05-04 1999-03-22
		1999-05-04 1999-10-11`)
	want := make(map[Date]bool, len(listed))
	for _, s := range listed {
		want[MustParseDate(s)] = true
	}
	for day := (Date{1955, 1, 1}); day.Year < 2000; day = day.AddDays(1) {
		name, ok := Holiday(day)
		isSub := ok && name == nameSubstitute
		if isSub != want[day] {
			t.Errorf("Holiday(%v) = %q, %v; Cabinet Office lists 休日: %v", day, name, ok, want[day])
		}
	}
}

// TestHolidayDaysFilter re-derives the quick filter from the rules (with the
// filter off): every holiday of every supported year must pass it, and the
// filter must be no wider than needed.
func TestHolidayDaysFilter(t *testing.T) {
	var want [13]uint32
	for day := (Date{HolidayMinYear, 1, 1}); day.Year <= HolidayMaxYear; day = day.AddDays(1) {
		z := day.days()
		wd := weekdayOf(z)
		ok := false
		if _, nat := national(day, wd); nat {
			ok = true
		} else if _, prevNat := national(prevDate(day), (wd+6)%7); prevNat {
			ok = isSubstitute(day, z, (wd+6)%7) || isCitizens(day, z, wd)
		}
		if ok {
			want[day.Month] |= 1 << day.Day
		}
	}
	if want != holidayDays {
		t.Errorf("holidayDays = %#x, want %#x", holidayDays, want)
	}
}

// TestHolidayLabels: every holiday of every year has an English name, and
// its Japanese label is the Cabinet Office's name; a substitute and a
// citizens' holiday (both "休日") are told apart by the rules.
func TestHolidayLabels(t *testing.T) {
	for y := HolidayMinYear; y <= HolidayMaxYear; y++ {
		hs, err := HolidaysIn(y)
		if err != nil {
			t.Fatal(err)
		}
		for h := range hs.All() {
			en := h.Label(language.English)
			if h.Label(language.Japanese) != h.Name || en == "" || strings.ContainsFunc(en, func(r rune) bool { return r >= 0x3000 }) {
				t.Fatalf("%v %s: labels ja %q, en %q", h.Date, h.Name, h.Label(language.Japanese), en)
			}
		}
	}
	for _, tt := range []struct {
		d    Date
		want string
	}{
		{Date{2026, 5, 6}, "Substitute Holiday"}, // for 憲法記念日 on a Sunday (from 2007: the next free day)
		{Date{2026, 9, 22}, "Citizens' Holiday"}, // between 敬老の日 and 秋分の日
		{Date{1988, 5, 4}, "Citizens' Holiday"},  // between 憲法記念日 and こどもの日
		{Date{1973, 4, 30}, "Substitute Holiday"},
		{Date{2019, 10, 22}, "Day of the Enthronement Ceremony"},
	} {
		name, ok := Holiday(tt.d)
		if got := (NamedDate{tt.d, name}).Label(language.English); !ok || got != tt.want {
			t.Errorf("%v %q: English %q, want %q", tt.d, name, got, tt.want)
		}
	}
	if got := (NamedDate{Date{2026, 1, 1}, "創立記念日"}).Label(language.English); got != "創立記念日" {
		t.Errorf("a name that is no holiday's: %q", got)
	}
}

// TestHolidaysJSON: a year's holidays have no JSON form of their own;
// their days, slices.Collect(h.All()), encode and decode to the same list,
// as the Holidays doc says.
func TestHolidaysJSON(t *testing.T) {
	for _, y := range []int{HolidayMinYear, 2019, 2026, HolidayMaxYear} {
		h, err := HolidaysIn(y)
		if err != nil {
			t.Fatal(err)
		}
		days := slices.Collect(h.All())
		b, err := json.Marshal(days)
		var back []NamedDate
		if err != nil || json.Unmarshal(b, &back) != nil || !slices.Equal(back, days) || len(days) == 0 {
			t.Errorf("%d: %s, back %v, %v", y, b, back, err)
		}
	}
}
