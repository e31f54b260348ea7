package billing

import (
	"errors"
	"testing"
	"time"

	"golang.org/x/text/width"
)

// FuzzParseDate: ParseDate never panics; what it accepts is valid and
// round-trips through String; what it rejects wraps a category.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2026-11-24",          // the plain form
		"２０２６－１１－２４",          // full-width digits and hyphens
		"2024-02-29",          // leap day
		"2026-02-29",          // not a leap year
		"0000-01-01",          // year zero
		"9999-12-31",          // last valid day
		"2026/11/24",          // wrong separator
		" 2026-11-24",         // surrounding space
		"",                    // empty
		"2026-1１-24",          // mixed widths
		"\xff\xfe",            // invalid UTF-8
		"4111 1111 1111 1111", // a card number in the wrong field
		"２０２６－１１－２４ ４１１１１１１１１１１１１１１１ and more words to pass the bound", // over-long, full-width card digits
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrInvalidDate) && !errors.Is(err, ErrTooLong) {
				t.Fatalf("ParseDate(%q) error %v has no category", s, err)
			}
			if d != (Date{}) {
				t.Fatalf("ParseDate(%q) = %v with error", s, d)
			}
			// No card number in the error: the input it shows has no run of
			// more than a date's eight digits.
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseDate(%q) error %T, want *ParseError", s, err)
			}
			if n := longestDigitRun(width.Fold.String(pe.Input)); n > 8 {
				t.Fatalf("ParseDate(%q) error %q shows a run of %d digits", s, err, n)
			}
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) = %v, invalid", s, dateText(d))
		}
		back, err := ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("ParseDate(%q).String() = %q does not round-trip: %v, %v", s, d.String(), back, err)
		}
		// Agreement with package time, the slow reference.
		ref := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		if ref.Year() != d.Year || ref.Month() != d.Month || ref.Day() != d.Day {
			t.Fatalf("ParseDate(%q) = %v, which time normalises to %v", s, d, ref)
		}
	})
}

// longestDigitRun is the most digits in s in a row, counting across spaces
// and hyphens as card numbers are grouped (ASCII input; fold widths first).
func longestDigitRun(s string) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			n++
			best = max(best, n)
		case c == ' ' || c == '-':
		default:
			n = 0
		}
	}
	return best
}

// FuzzAddBusinessDays: never panics; a result is a business day (or d
// itself for n == 0); counting back returns to a business-day start; errors
// carry a category.
func FuzzAddBusinessDays(f *testing.F) {
	f.Add(2026, 11, 20, 5)     // over a Monday holiday
	f.Add(2026, 12, 30, 1)     // over the year end
	f.Add(2026, 11, 28, -1)    // from a Saturday, backwards
	f.Add(2099, 12, 30, 3)     // off the end of the range
	f.Add(1955, 1, 4, -2)      // off the start of the range
	f.Add(2026, 2, 30, 1)      // invalid date
	f.Add(2026, 11, 24, 1<<40) // absurd n
	f.Fuzz(func(t *testing.T, y, m, day, n int) {
		d := Date{y, time.Month(m), day}
		got, err := Calendar{}.AddBusinessDays(d, n)
		if err != nil {
			if !errors.Is(err, ErrInvalidDate) && !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("AddBusinessDays(%v, %d) error %v has no category", dateText(d), n, err)
			}
			return
		}
		if n == 0 {
			if got != d {
				t.Fatalf("AddBusinessDays(%v, 0) = %v", d, got)
			}
			return
		}
		if !IsBusinessDay(got) {
			t.Fatalf("AddBusinessDays(%v, %d) = %v, not a business day", d, n, got)
		}
		if (n > 0) != got.After(d) {
			t.Fatalf("AddBusinessDays(%v, %d) = %v, wrong direction", d, n, got)
		}
		if IsBusinessDay(d) {
			if back, err := (Calendar{}).AddBusinessDays(got, -n); err != nil || back != d {
				t.Fatalf("AddBusinessDays(%v, %d) = %v; back by %d = %v, %v", d, n, got, -n, back, err)
			}
		}
	})
}
