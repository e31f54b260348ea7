package brand_test

import (
	"errors"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/internal/pantest"
	"github.com/kessai-jp/kessai/internal/textparse"
)

// brandEntries are the exported functions and methods of package brand
// that take text, each given s and returning every value it gives back
// (errors included). Digits is here for its errors only: handing the
// digits to a gateway is its purpose, so its string is left out.
var brandEntries = []struct {
	name string
	f    func(s string) []any
}{
	{"Parse", func(s string) []any { n, err := brand.Parse(s); return []any{n, err} }},
	{"Detect", func(s string) []any { return []any{brand.Detect(s)} }},
	{"Luhn", func(s string) []any { return []any{brand.Luhn(s)} }},
	{"Candidates", func(s string) []any { return []any{brand.Candidates(s)} }},
	{"ParseBrand", func(s string) []any { b, err := textparse.Parse[brand.Brand](s); return []any{b, err} }},
	{"Digits", func(s string) []any { _, err := brand.Digits(s); return []any{err} }},
	{"ParseFunding", func(s string) []any { f, err := textparse.Parse[brand.Funding](s); return []any{f, err} }},
	{"Error.Message", func(s string) []any {
		// The sentences for a person, of every function's error.
		var out []any
		for _, err := range []error{
			func() error { _, err := brand.Parse(s); return err }(),
			func() error { _, err := textparse.Parse[brand.Brand](s); return err }(),
			func() error { _, err := textparse.Parse[brand.Funding](s); return err }(),
			brand.ValidSecurityCode(brand.AmericanExpress, s),
		} {
			var e *brand.Error
			if errors.As(err, &e) {
				out = append(out, e.Message(language.Japanese), e.Message(language.English))
			}
		}
		return out
	}},
	{"ValidSecurityCode", func(s string) []any { return []any{brand.ValidSecurityCode(brand.Visa, s)} }},
	{"Brand.UnmarshalText", func(s string) []any { var b brand.Brand; err := b.UnmarshalText([]byte(s)); return []any{b, err} }},
	{"Funding.UnmarshalText", func(s string) []any { var f brand.Funding; err := f.UnmarshalText([]byte(s)); return []any{f, err} }},
	{"Number in a struct", func(s string) []any {
		n, _ := brand.Parse(s)
		type session struct {
			user string
			card brand.Number
			ptr  *brand.Number
		}
		return []any{session{"u", n, &n}, struct{ Card brand.Number }{n}}
	}},
}

// TestGuard checks the card-number properties of package pantest on every
// entry point that takes text, with every number in every form: no output
// shows more than its first 6 and last 4 digits, and numbers that differ
// only in hidden digits print alike, on every printing path (fmt verbs,
// json, xml, gob, slog, and a caller's struct holding the value in an
// unexported field).
func TestGuard(t *testing.T) {
	for _, e := range brandEntries {
		t.Run(e.name, func(t *testing.T) {
			pantest.Run(t, e.name, pantest.Cases(), e.f)
		})
	}
}

// FuzzGuard is TestGuard with text around the number: a fuzzed prefix and
// suffix, a number of every length and a form chosen by the fuzzer. A '|'
// stands between the number and the fuzzed text, so that digits there do
// not make it another number (and the pair's numbers unequal).
func FuzzGuard(f *testing.F) {
	// Seeds: no text, words, Japanese, digits next to the number, escapes.
	for i, s := range [][2]string{{"", ""}, {"card ", " end"}, {"番号", "です"}, {"12", "34"}, {`\u00a0`, "&#160;"}, {"x ", ""}} {
		f.Add(s[0], s[1], uint16(i*37), uint8(i))
	}
	cases := pantest.Cases()
	f.Fuzz(func(t *testing.T, prefix, suffix string, which uint16, entry uint8) {
		c := cases[int(which)%len(cases)].Wrap(prefix+"|", "|"+suffix)
		e := brandEntries[int(entry)%len(brandEntries)]
		pantest.Call(t, e.name, c, pantest.Loose(prefix, suffix), e.f)
	})
}

// TestNumberKeepsNoHiddenDigit: a Number keeps only its first 6 and last 4
// digits, length and brand, so numbers that differ only in hidden digits
// are == (as the Number doc says), and Digits, not the Number, gives the
// digits back.
func TestNumberKeepsNoHiddenDigit(t *testing.T) {
	for _, p := range pantest.Pairs() {
		a, b := mustParse(p.A), mustParse(p.B)
		if a != b {
			t.Errorf("Parse(%s…) != Parse(%s…): they differ only in hidden digits", p.A[:6], p.B[:6])
		}
		for _, s := range []string{p.A, p.B} {
			if d, err := brand.Digits(s); d != s || err != nil {
				t.Errorf("Digits(%s…) = %q, %v; want the digits", s[:6], d, err)
			}
		}
	}
}
