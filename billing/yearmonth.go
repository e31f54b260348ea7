package billing

import (
	"time"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// YearMonth is a civil year and month in Japan, with no day and no zone:
// a billing month (F3, F4), a card's expiry (C4: a card is good through
// the last day of its month) and the month a published figure was read.
// It is the module's one year-month type: eligibility's card expiry and
// family's billing cycle are YearMonth values. The zero value is not valid
// (see [YearMonth.IsValid]); it marshals as "" and means "not given".
type YearMonth struct {
	Year  int
	Month time.Month
}

// YearMonth returns the year and month d falls in.
func (d Date) YearMonth() YearMonth { return YearMonth{d.Year, d.Month} }

// IsValid reports whether ym is a month of the years 1..9999.
func (ym YearMonth) IsValid() bool {
	return ym.Year >= minYear && ym.Year <= maxYear && ym.Month >= time.January && ym.Month <= time.December
}

// index counts months from January of year 0, for comparison and
// arithmetic.
func (ym YearMonth) index() int { return ym.Year*12 + int(ym.Month) - 1 }

// Compare returns -1, 0 or +1 as ym is before, the same as or after o.
func (ym YearMonth) Compare(o YearMonth) int {
	switch a, b := ym.index(), o.index(); {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// AddMonths returns the month n months after ym (before it for a negative
// n). The result is not valid when it falls outside 1..9999;
// check with [YearMonth.IsValid].
func (ym YearMonth) AddMonths(n int) YearMonth {
	i := ym.index() + n
	y, m := i/12, i%12
	if m < 0 {
		y, m = y-1, m+12
	}
	return YearMonth{y, time.Month(m + 1)}
}

// Last returns the last day of the month: the last day a card expiring in
// ym can be charged (C4).
func (ym YearMonth) Last() Date { return Date{ym.Year, ym.Month, daysIn(ym.Year, ym.Month)} }

// String returns the month as "2027-03", or "" for the zero value; an
// invalid month that is not zero reads "YearMonth(2027-13)", a year or
// month of more digits than it can have shown as "?" ("YearMonth(?-01)"):
// a form's year field may hold a card number, which no text shows.
func (ym YearMonth) String() string {
	if ym == (YearMonth{}) {
		return ""
	}
	if !ym.IsValid() {
		b := fieldText([]byte("YearMonth("), ym.Year, 9999)
		b = fieldText(append(b, '-'), int(ym.Month), 99)
		return string(append(b, ')'))
	}
	return string(ym.appendText(make([]byte, 0, 7)))
}

// appendText appends a valid month as "2027-03" (years 1 to 9999: four
// digits, "0987-03").
func (ym YearMonth) appendText(b []byte) []byte {
	y, m := ym.Year, int(ym.Month)
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10),
		'-', '0'+byte(m/10), '0'+byte(m%10))
}

// MarshalText returns the month as "2027-03", and "" for the zero value;
// it fails for a value that is neither zero nor valid.
func (ym YearMonth) MarshalText() ([]byte, error) {
	if ym == (YearMonth{}) {
		return []byte{}, nil
	}
	if !ym.IsValid() {
		return nil, &Error{Func: "YearMonth.MarshalText", Input: ym.String(), Err: ErrRange}
	}
	return ym.appendText(make([]byte, 0, 7)), nil
}

// UnmarshalText parses a month as [ParseYearMonth] does; "" gives the zero
// value (not given).
func (ym *YearMonth) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*ym = YearMonth{}
		return nil
	}
	if len(b) > maxDateInput {
		return parseError("ParseYearMonth", "", string(b[:min(len(b), maxEcho)]), ErrTooLong)
	}
	v, err := ParseYearMonth(string(b))
	if err != nil {
		return err
	}
	*ym = v
	return nil
}

// ParseYearMonth parses a month written as a date's first part, "2027-03",
// or as a card prints its expiry (C4), month first: "03/27", "3/27" or
// "03/2027", with spaces allowed around the slash. A two-digit year is of
// the 2000s. Full-width digits, hyphens, slashes and spaces, as Japanese
// users type them, are folded to ASCII first. Input longer than
// 64 bytes is rejected before any other work. Errors are [*Error] values
// wrapping [ErrEmpty], [ErrTooLong], [ErrSyntax] or [ErrRange] (a month
// outside 1–12).
func ParseYearMonth(s string) (YearMonth, error) {
	if len(s) > maxDateInput {
		return YearMonth{}, parseError("ParseYearMonth", "", s, ErrTooLong)
	}
	if s == "" {
		return YearMonth{}, &Error{Func: "ParseYearMonth", Err: ErrEmpty}
	}
	in := s
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			s = width.Fold.String(s)
			break
		}
	}
	var ym YearMonth
	switch {
	case len(s) == 7 && s[4] == '-':
		y, ok1 := digits(s[:4])
		m, ok2 := digits(s[5:])
		if !ok1 || !ok2 {
			return YearMonth{}, parseError("ParseYearMonth", "", in, ErrSyntax)
		}
		ym = YearMonth{y, time.Month(m)}
	default:
		slash := -1
		for i := 0; i < len(s); i++ {
			if s[i] == '/' {
				if slash >= 0 {
					return YearMonth{}, parseError("ParseYearMonth", "", in, ErrSyntax)
				}
				slash = i
			}
		}
		if slash < 0 {
			return YearMonth{}, parseError("ParseYearMonth", "", in, ErrSyntax)
		}
		ms, ys := trimSpaces(s[:slash]), trimSpaces(s[slash+1:])
		m, ok1 := digits(ms)
		y, ok2 := digits(ys)
		if !ok1 || !ok2 || len(ms) < 1 || len(ms) > 2 || (len(ys) != 2 && len(ys) != 4) {
			return YearMonth{}, parseError("ParseYearMonth", "", in, ErrSyntax)
		}
		if len(ys) == 2 {
			y += 2000
		}
		ym = YearMonth{y, time.Month(m)}
	}
	if !ym.IsValid() {
		return YearMonth{}, parseError("ParseYearMonth", "", in, ErrRange)
	}
	return ym, nil
}

// trimSpaces removes the ASCII spaces around s (full-width spaces are
// folded to ASCII before).
func trimSpaces(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}
