package billing

import (
	"time"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/kessai-jp/kessai/internal/bound"
)

// jstOffset is Japan Standard Time's offset from UTC in seconds. Japan has no
// daylight saving time, so a fixed zone is exact and needs no tz database.
const jstOffset = 9 * 60 * 60

// Supported years of a [Date]. Outside them a Date is not valid.
const (
	MinYear = 1
	MaxYear = 9999
)

// MaxDateInput is the longest input [ParseDate] accepts, in bytes. A date in
// full-width digits ("２０２６－１１－２４") is 30 bytes; anything longer is
// rejected before any work is done.
const MaxDateInput = 64

// maxEcho is the most of a text input an error message looks at: safeInput
// reads no further, so decoders bound their input to it before copying it.
const maxEcho = 2 * MaxDateInput

// JST returns Japan Standard Time as a fixed zone (UTC+9). A new value is
// returned on each call; the package keeps no mutable state.
func JST() *time.Location { return time.FixedZone("JST", jstOffset) }

// Date is a civil date in Japan: a year, a month and a day, with no time of
// day and no zone. It is small, comparable with ==, and immutable. The zero
// value is not valid (see [Date.IsValid]).
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the date of t as read in Japan Standard Time, whatever t's
// own location is. For an instant outside the years [MinYear]..[MaxYear]
// the result is not valid (see [Date.IsValid]).
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
// Errors are *[ParseError] wrapping [ErrTooLong], [ErrSyntax] or
// [ErrInvalidDate].
func ParseDate(s string) (Date, error) {
	if len(s) > MaxDateInput {
		return Date{}, parseError(s, ErrTooLong)
	}
	in := s
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			s = width.Fold.String(s)
			break
		}
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, parseError(in, ErrSyntax)
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, parseError(in, ErrSyntax)
	}
	date := Date{y, time.Month(m), d}
	if !date.IsValid() {
		return Date{}, parseError(in, ErrInvalidDate)
	}
	return date, nil
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

// truncate keeps an over-long input short in error messages, cutting on a
// rune boundary.
func truncate(s string) string {
	const keep = 16
	if len(s) <= keep {
		return s
	}
	i := keep
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
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
// calendar with a year from [MinYear] to [MaxYear].
func (d Date) IsValid() bool {
	return d.Year >= MinYear && d.Year <= MaxYear &&
		d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// String returns d as "2026-11-24". An invalid date is shown as
// "invalid date".
func (d Date) String() string {
	if !d.IsValid() {
		return "invalid date"
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

// AppendText appends the "2026-11-24" form of d to b. It fails only for an
// invalid date.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if !d.IsValid() {
		return b, &DateError{Date: d, Err: ErrInvalidDate}
	}
	return d.appendTo(b), nil
}

func (d Date) appendTo(b []byte) []byte {
	y, m, dd := d.Year, int(d.Month), d.Day
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+dd/10), byte('0'+dd%10))
}

// MarshalText implements encoding.TextMarshaler with the [Date.String] form.
// An invalid date is an error, never "0000-00-00".
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10))
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDate].
func (d *Date) UnmarshalText(b []byte) error {
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
// n). If d is invalid or the result would fall outside [MinYear]..[MaxYear],
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

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// In returns the instant of midnight at the start of d in loc. A nil loc
// means UTC, as for time.Date.
func (d Date) In(loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// StartJST returns the instant of midnight at the start of d in Japan
// Standard Time.
func (d Date) StartJST() time.Time { return d.In(JST()) }

// DaysBetween returns the number of calendar days from a to b: positive when
// b is after a, 0 for the same date. Both dates must be valid; for invalid
// input the result is meaningless (see [Calendar.BusinessDaysBetween] for a
// checked count).
func DaysBetween(a, b Date) int { return b.days() - a.days() }
