package billing_test

import (
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/internal/pantest"
	"github.com/kessai-jp/kessai/internal/textparse"
)

// billingEntries are the exported functions and methods of package billing
// that take text, each given s and returning every value it gives back
// (errors included): ParseDate, and the UnmarshalText methods, called
// directly and through encoding/json.
var billingEntries = []struct {
	name string
	f    func(s string) []any
}{
	{"ParseDate", func(s string) []any { d, err := billing.ParseDate(s); return []any{d, err} }},
	{"ParseYearMonth", func(s string) []any { m, err := billing.ParseYearMonth(s); return []any{m, err} }},
	{"ParseEnums", func(s string) []any {
		k, err1 := textparse.Parse[billing.EventKind](s)
		st, err2 := textparse.Parse[billing.State](s)
		c, err3 := textparse.Parse[billing.Channel](s)
		return []any{k, err1, st, err2, c, err3}
	}},
	{"UnmarshalText", func(s string) []any {
		var d billing.Date
		var m billing.YearMonth
		var c billing.Channel
		var k billing.EventKind
		var st billing.State
		b := []byte(s)
		return []any{d.UnmarshalText(b), m.UnmarshalText(b), c.UnmarshalText(b), k.UnmarshalText(b), st.UnmarshalText(b)}
	}},
	{"json.Unmarshal", func(s string) []any {
		q := []byte(strconv.Quote(s))
		var d billing.Date
		var m billing.YearMonth
		var c billing.Channel
		var k billing.EventKind
		var st billing.State
		return []any{json.Unmarshal(q, &d), json.Unmarshal(q, &m), json.Unmarshal(q, &c), json.Unmarshal(q, &k), json.Unmarshal(q, &st)}
	}},
}

// TestGuard checks the card-number properties of package pantest on every
// entry point that takes text, with every number in every form: no output
// shows more than its first 6 and last 4 digits, and numbers that differ
// only in hidden digits print alike, on every printing path.
func TestGuard(t *testing.T) {
	for _, e := range billingEntries {
		t.Run(e.name, func(t *testing.T) {
			pantest.Run(t, e.name, pantest.Cases(), e.f)
		})
	}
}

// FuzzGuard is TestGuard with fuzzed text around the number, a '|' between
// them (see brand's FuzzGuard).
func FuzzGuard(f *testing.F) {
	for i, s := range [][2]string{{"", ""}, {"date ", " end"}, {"令和", "年"}, {"2026-", "-01"}, {`\u00a0`, "&#160;"}, {"\x16", ""}} {
		f.Add(s[0], s[1], uint16(i*37), uint8(i))
	}
	cases := pantest.Cases()
	f.Fuzz(func(t *testing.T, prefix, suffix string, which uint16, entry uint8) {
		c := cases[int(which)%len(cases)].Wrap(prefix+"|", "|"+suffix)
		e := billingEntries[int(entry)%len(billingEntries)]
		pantest.Call(t, e.name, c, pantest.Loose(prefix, suffix), e.f)
	})
}

// TestGuardNumbers: a card number held in a numeric field (a form's year,
// month or day input, a caller's struct) shows in no output: every year,
// month and day that cannot be one is printed as "?" (String, Error,
// Message, Input, MarshalText's error), checked with the properties of
// package pantest on every number as an int.
func TestGuardNumbers(t *testing.T) {
	var cases []pantest.Case
	for _, p := range pantest.Pairs() {
		cases = append(cases, pantest.Case{Name: p.A, A: p.A, B: p.B})
	}
	charge := billing.Date{Year: 2026, Month: 12, Day: 25}
	pantest.Run(t, "numbers", cases, func(s string) []any {
		n, _ := strconv.Atoi(s) // "x", the run without a number: 0
		// The values themselves are the caller's: fmt prints their
		// fields as given. What the package writes of them is checked.
		out := []any{}
		for _, ym := range []billing.YearMonth{{Year: n, Month: 1}, {Year: 2027, Month: time.Month(n)}, {Year: -n, Month: 1}} {
			_, err := ym.MarshalText()
			_, _, err2 := billing.Calendar{}.CardUpdateDeadline(charge, ym, 5)
			out = append(out, ym.String(), err, err2)
		}
		for _, d := range []billing.Date{{Year: n, Month: 1, Day: 1}, {Year: 2026, Month: time.Month(n), Day: 1}, {Year: 2026, Month: 1, Day: n}} {
			_, err := d.MarshalText()
			_, err2 := billing.AddBusinessDays(d, 1)
			_, err3 := billing.IIJmio().Timeline(d)
			out = append(out, d.String(), err, err2, err3)
		}
		for _, v := range out {
			if e, ok := v.(interface{ Message(language.Tag) string }); ok {
				out = append(out, e.Message(language.Japanese), e.Message(language.English))
			}
		}
		return out
	})
}
