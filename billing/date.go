package billing

import (
	"time"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/msg"
)

// jstOffset is Japan Standard Time's offset from UTC in seconds. Japan has no
// daylight saving time, so a fixed offset is exact and needs no tz database.
const jstOffset = 9 * 60 * 60

// Supported years of a [Date]. Outside them a Date is not valid.
const (
	minYear = 1
	maxYear = 9999
)

// maxDateInput is the longest input ParseDate, ParseYearMonth and the text
// decoders accept, in bytes. A date in full-width digits
// ("２０２６－１１－２４") is 30 bytes; anything longer is rejected before
// any work is done.
const maxDateInput = 64

// maxEcho is the most of a text input an error message looks at: safeInput
// reads no further, so decoders bound their input to it before copying it.
const maxEcho = 2 * maxDateInput

// Date is a civil date in Japan: a year, a month and a day, with no time of
// day and no zone. It is small, comparable with ==, and immutable. It is
// the module's one civil date: a due date, a holiday, a billing day. An
// instant (when an application was made) stays a time.Time; [DateOf] reads
// its date in Japan Standard Time.
//
// The zero value is not valid (see [Date.IsValid]); it means "not given"
// and marshals as "" (JSON "").
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the date of t as read in Japan Standard Time, whatever t's
// own location is (Japan Standard Time is UTC+9 all year, read as a fixed
// offset, with no time-zone database). For an instant outside the years 1
// to 9999 the result is not valid (see [Date.IsValid]).
func DateOf(t time.Time) Date {
	y, m, d := t.UTC().Add(jstOffset * time.Second).Date()
	return Date{y, m, d}
}

// MustParseDate is like [ParseDate] but panics on an error. It exists for
// tests and examples with literal input only.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate parses a date in the form "2026-11-24" (four-digit year, two-digit
// month and day). Full-width digits and hyphens, as Japanese users type them,
// are folded to ASCII with golang.org/x/text/width first. Nothing else is
// accepted: no surrounding spaces, no other separators, no time of day.
// Input longer than 64 bytes is refused before any other work. Errors
// are [*Error] values wrapping [ErrEmpty], [ErrTooLong], [ErrSyntax] or
// [ErrRange] (a day that does not exist), with the input, card numbers
// masked.
func ParseDate(s string) (Date, error) {
	if len(s) > maxDateInput {
		return Date{}, parseError("ParseDate", "", s, ErrTooLong)
	}
	in := s
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			s = width.Fold.String(s)
			break
		}
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, dateSyntax(in)
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, dateSyntax(in)
	}
	date := Date{y, time.Month(m), d}
	if !date.IsValid() {
		return Date{}, noSuchDate(in)
	}
	return date, nil
}

// noSuchDate is ParseDate's error for a day that does not exist.
func noSuchDate(in string) error {
	e := parseError("ParseDate", "", in, ErrRange)
	e.why = msg.Text{JA: "存在しない日付です", EN: "no such date"}
	return e
}

// dateSyntax is ParseDate's error for input not in its form; "" is no
// input at all (ErrEmpty), checked here so that valid input pays nothing
// for it.
func dateSyntax(in string) error {
	if in == "" {
		return &Error{Func: "ParseDate", Err: ErrEmpty}
	}
	e := parseError("ParseDate", "", in, ErrSyntax)
	e.why = msg.Text{JA: "YYYY-MM-DD の形式ではありません", EN: "not in the form YYYY-MM-DD"}
	return e
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// daysIn returns the number of days in month m of year y (proleptic
// Gregorian calendar).
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// IsValid reports whether d is a real date of the proleptic Gregorian
// calendar with a year from 1 to 9999.
func (d Date) IsValid() bool {
	return d.Year >= minYear && d.Year <= maxYear &&
		d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// String returns d as "2026-11-24", "" for the zero Date (not given), and
// "invalid date" for any other invalid date.
func (d Date) String() string {
	if d == (Date{}) {
		return ""
	}
	if !d.IsValid() {
		return "invalid date"
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	y, m, dd := d.Year, int(d.Month), d.Day
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+dd/10), byte('0'+dd%10))
}

// MarshalText implements encoding.TextMarshaler with the [Date.String]
// form: "2026-11-24", and "" for the zero Date (not given; JSON ""). Any
// other invalid date is an [ErrRange] error, never "0000-00-00".
func (d Date) MarshalText() ([]byte, error) {
	if d == (Date{}) {
		return []byte{}, nil
	}
	if !d.IsValid() {
		return nil, dateError("Date.MarshalText", "", d, ErrRange)
	}
	return d.appendTo(make([]byte, 0, 10)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDate]; ""
// gives the zero Date (not given).
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	p, err := ParseDate(bound.Prefix(b, maxEcho+1)) // bounded before it is copied
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// days returns the number of days from 1970-01-01 to d (negative before).
// It is exact for every valid date and is the basis of all date arithmetic
// (the civil-from-days algorithms of H. Hinnant, in integers only).
func (d Date) days() int {
	y := d.Year
	m := int(d.Month)
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fromDays is the inverse of [Date.days].
func fromDays(z int) Date {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{y, time.Month(m), d}
}

// Day numbers of the first and last valid dates.
const (
	minDays = -719162 // 0001-01-01
	maxDays = 2932896 // 9999-12-31
)

// AddDays returns the date n calendar days after d (before it for negative
// n). If d is invalid or the result would fall outside the years 1 to 9999,
// the result is the zero Date, which [Date.IsValid] reports as invalid.
func (d Date) AddDays(n int) Date {
	if !d.IsValid() || n > maxDays-minDays || n < minDays-maxDays {
		return Date{}
	}
	z := d.days() + n
	if z < minDays || z > maxDays {
		return Date{}
	}
	return fromDays(z)
}

// Weekday returns the day of the week of d. For an invalid date the result
// is meaningless; check [Date.IsValid] first.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	w := (d.days() + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// Compare returns -1 if d is before o, 0 if they are the same date and +1 if
// d is after o.
func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return cmpInt(d.Year, o.Year)
	case d.Month != o.Month:
		return cmpInt(int(d.Month), int(o.Month))
	}
	return cmpInt(d.Day, o.Day)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// before reports whether d is before o; callers outside use Compare.
func (d Date) before(o Date) bool { return d.Compare(o) < 0 }

// after reports whether d is after o.
func (d Date) after(o Date) bool { return d.Compare(o) > 0 }

// daysBetween returns the number of calendar days from a to b: positive
// when b is after a, 0 for the same date. Both dates must be valid.
func daysBetween(a, b Date) int { return b.days() - a.days() }
