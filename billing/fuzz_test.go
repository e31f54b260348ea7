package billing

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/internal/pan"
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
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) && !errors.Is(err, ErrTooLong) && !errors.Is(err, ErrEmpty) {
				t.Fatalf("ParseDate(%q) error %v has no category", s, err)
			}
			if d != (Date{}) {
				t.Fatalf("ParseDate(%q) = %v with error", s, d)
			}
			// No card number in the error: the input it shows has no run
			// of digits that may be one, as the one detector, internal/pan,
			// reads runs (through separators and escapes).
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("ParseDate(%q) error %T, want *Error", s, err)
			}
			for _, m := range []string{err.Error(), pe.Message(language.Japanese), pe.Message(language.English)} {
				if n := pan.LongestRun(m); n >= pan.MinDigits {
					t.Fatalf("ParseDate(%q) error %q shows a run of %d digits", s, m, n)
				}
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
			if !errors.Is(err, ErrRange) && !errors.Is(err, ErrEmpty) {
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
		if !isBusinessDay(got) {
			t.Fatalf("AddBusinessDays(%v, %d) = %v, not a business day", d, n, got)
		}
		if (n > 0) != got.after(d) {
			t.Fatalf("AddBusinessDays(%v, %d) = %v, wrong direction", d, n, got)
		}
		if isBusinessDay(d) {
			if back, err := (Calendar{}).AddBusinessDays(got, -n); err != nil || back != d {
				t.Fatalf("AddBusinessDays(%v, %d) = %v; back by %d = %v, %v", d, n, got, -n, back, err)
			}
		}
	})
}

// FuzzStatusAt: for any failed day, day asked about and one payment, both
// presets answer without panicking, with a categorised error or a status
// whose rule is a D rule; a full payment never makes the state worse than
// without it, and a partial one changes nothing.
func FuzzStatusAt(f *testing.F) {
	f.Add(2026, 11, 25, 20, 10, uint8(2), true)     // slip payment during the suspension
	f.Add(2026, 11, 25, 200, 60, uint8(1), true)    // card payment in the termination window
	f.Add(2026, 11, 25, 30, 5, uint8(1), false)     // partial payment
	f.Add(2099, 12, 1, 5, 1, uint8(1), true)        // timeline runs past the supported years
	f.Add(2026, 2, 30, 5, 1, uint8(1), true)        // invalid failed day
	f.Add(2026, 11, 25, -1, 0, uint8(3), true)      // today before failed, unknown channel
	f.Add(1955, 1, 1, 1<<40, 1<<40, uint8(0), true) // absurd offsets
	f.Fuzz(func(t *testing.T, y, m, day, todayOff, payOff int, ch uint8, full bool) {
		failed := Date{y, time.Month(m), day}
		today := failed.AddDays(todayOff)
		pay := []Payment{{failed.AddDays(payOff), Channel(ch), full}}
		for _, p := range []DunningPolicy{IIJmio(), IIJmioPublished()} {
			got, err := p.StatusAt(failed, today, pay)
			if err != nil {
				if !errors.Is(err, ErrRange) && !errors.Is(err, ErrOrder) && !errors.Is(err, ErrConflict) && !errors.Is(err, ErrEmpty) {
					t.Fatalf("%s.StatusAt(%v, %v, %v) error %v has no category", p.Name, dateText(failed), dateText(today), pay, err)
				}
				continue
			}
			if len(got.Rule) != 2 || got.Rule[0] != 'D' {
				t.Fatalf("%s.StatusAt(%v, %v, %v) rule %q", p.Name, failed, today, pay, got.Rule)
			}
			without, err := p.StatusAt(failed, today, nil)
			if err != nil {
				t.Fatalf("%s.StatusAt(%v, %v, nil): %v", p.Name, failed, today, err)
			}
			if got.State > without.State {
				t.Fatalf("%s.StatusAt(%v, %v): %v with payment %v, %v without", p.Name, failed, today, got.State, pay, without.State)
			}
			if !full && got != without {
				t.Fatalf("%s.StatusAt(%v, %v): partial payment changed %+v to %+v", p.Name, failed, today, without, got)
			}
		}
	})
}

// FuzzParseEnums: the enumerations' parsers never panic; what they accept
// is a valid value whose token reads back the same; what they refuse wraps
// ErrUnknown or ErrTooLong, and neither the error nor its message shows a
// card number.
func FuzzParseEnums(f *testing.F) {
	for _, s := range []string{
		"card", "SLIP", "払込票", "dunning-email", "督促メール", "Past-Due", "未払い",
		"", " card", "cash", "4111 1111 1111 1111", "EventKind(3)", "\u202ecard",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(name string, token func() string, valid bool, err error, again func(string) error) {
			if err != nil {
				var e *Error
				if !errors.As(err, &e) || (!errors.Is(err, ErrUnknown) && !errors.Is(err, ErrTooLong) && !errors.Is(err, ErrEmpty)) {
					t.Fatalf("Parse%s(%q) error %v has no category", name, s, err)
				}
				for _, m := range []string{err.Error(), e.Message(language.Japanese), e.Message(language.English)} {
					if n := pan.LongestRun(m); n >= pan.MinDigits {
						t.Fatalf("Parse%s(%q) error %q shows a run of %d digits", name, s, m, n)
					}
				}
				return
			}
			if !valid {
				t.Fatalf("Parse%s(%q) gave an invalid value", name, s)
			}
			if err := again(token()); err != nil {
				t.Fatalf("Parse%s(%q): its token %q does not read back: %v", name, s, token(), err)
			}
		}
		k, err := parseEventKind(s)
		check("EventKind", k.String, k.IsValid(), err, func(s string) error { _, err := parseEventKind(s); return err })
		st, err := parseState(s)
		check("State", st.String, st.IsValid(), err, func(s string) error { _, err := parseState(s); return err })
		c, err := parseChannel(s)
		check("Channel", c.String, c.IsValid(), err, func(s string) error { _, err := parseChannel(s); return err })
	})
}

// FuzzPolicyJSON: decoding a policy (its calendar included) never panics;
// what decodes writes back to JSON that decodes to the same policy, and a
// policy that validates gives a timeline or a categorised error.
func FuzzPolicyJSON(f *testing.F) {
	for _, p := range []DunningPolicy{IIJmio(), IIJmioPublished()} {
		b, err := json.Marshal(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`{"calendar":["2026-12-29","2026-12-29"]}`, `{"calendar":null}`, `{"calendar":["2026-02-30"]}`,
		`{"retry":{"after":"retry"}}`, `{"notice":{"offset":{"min":1,"max":2,"businessDays":true,"dayOfMonth":true}}}`,
		`{"calendar":"2026-12-29"}`, `{"suspension":{"after":"4111111111111111"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var p DunningPolicy
		if err := json.Unmarshal(b, &p); err != nil {
			return
		}
		again, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("decoded %s, cannot encode %+v: %v", b, p, err)
		}
		var back DunningPolicy
		if err := json.Unmarshal(again, &back); err != nil || !reflect.DeepEqual(p, back) {
			t.Fatalf("%s does not read back: %+v, %v", again, back, err)
		}
		if p.Validate() != nil {
			return
		}
		if _, err := p.Timeline(Date{2026, 11, 25}); err != nil && !errors.Is(err, ErrRange) && !errors.Is(err, ErrConflict) {
			t.Fatalf("%s: Timeline error %v has no category", again, err)
		}
	})
}
