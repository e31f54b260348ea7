package eligibility_test

import (
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/pantest"
	"github.com/kessai-jp/kessai/internal/textparse"
)

// checked judges a with two presets, with the security code code, and
// returns the decisions and the application itself. The application holds
// the caller's own text, which fmt prints as it is from a caller's
// unexported field: it is printed directly (pantest.Direct), by its own
// methods and by every encoder.
func checked(a eligibility.Application, code string) []any {
	out := []any{pantest.Direct{V: a}, pantest.Direct{V: &a}, pantest.Direct{V: a.Card}}
	// IIJmio judges the holder (C1–C3); mineo does not.
	for _, p := range []eligibility.Policy{eligibility.IIJmio(), eligibility.Mineo()} {
		out = append(out, p.CheckTyped(a, "", code))
	}
	return out
}

// appWith returns goodApp with s in one text field.
func appWith(set func(a *eligibility.Application, s string)) func(s string) []any {
	return func(s string) []any {
		a := goodApp()
		set(&a, s)
		return checked(a, goodCode)
	}
}

// eligibilityEntries are the exported functions and methods of package
// eligibility that take text, each given s and returning every value it
// gives back (errors included); Check and CheckTyped with s in each text
// field of an Application, as the security code and as the typed number,
// and as the number parsed into the Application.
var eligibilityEntries = []struct {
	name string
	f    func(s string) []any
}{
	{"MatchName/card", func(s string) []any { m, err := eligibility.MatchName(s, "ヤマダ タロウ"); return []any{m, err} }},
	{"MatchName/kana", func(s string) []any { m, err := eligibility.MatchName("YAMADA TARO", s); return []any{m, err} }},
	{"NameProfile.Match", func(s string) []any { m, err := eligibility.Strict.Match(s, s); return []any{m, err} }},
	{"CardName", func(s string) []any { n, err := eligibility.CardName(s); return []any{n, err} }},
	{"CardNameOptions.CardName", func(s string) []any {
		n, err := eligibility.CardNameOptions{OH: true, GivenFirst: true}.CardName(s)
		return []any{n, err}
	}},
	{"ParseMethod", func(s string) []any { m, err := textparse.Parse[eligibility.Method](s); return []any{m, err} }},
	{"ParsePurpose", func(s string) []any { p, err := textparse.Parse[eligibility.Purpose](s); return []any{p, err} }},
	{"ParseVerdict", func(s string) []any { v, err := textparse.Parse[eligibility.Verdict](s); return []any{v, err} }},
	{"PolicyByID", func(s string) []any { p, ok := eligibility.PolicyByID(s); return []any{p, ok} }},
	{"Policy.WithName", func(s string) []any {
		p, err := eligibility.IIJmio().WithName(s, s, s)
		return []any{p, err, p.ID(), p.Name(jaTagExt), p.Name(enTagExt)}
	}},
	{"UnmarshalText", func(s string) []any {
		var m eligibility.Method
		var p eligibility.Purpose
		var v eligibility.Verdict
		var k eligibility.MatchKind
		var r eligibility.NameRule
		var np eligibility.NameProfile
		b := []byte(s)
		return []any{m.UnmarshalText(b), p.UnmarshalText(b), v.UnmarshalText(b), k.UnmarshalText(b), r.UnmarshalText(b), np.UnmarshalText(b)}
	}},
	{"Application.UnmarshalJSON", func(s string) []any {
		q := strconv.Quote(s)
		// The text in every free-text field at once: decoded, then printed.
		var a eligibility.Application
		err := json.Unmarshal([]byte(`{"holder":{"kana":`+q+`},"card":{"name":`+q+`,"issuer":`+q+`,"expiry":`+q+
			`,"country":`+q+`},"campaign":`+q+`}`), &a)
		out := []any{pantest.Direct{V: a}, err}
		// The text where decoding refuses it: only the error comes back.
		for _, in := range []string{
			`{"card":{"number":` + q + `}}`, `{"card":{"funding":` + q + `}}`, `{"method":` + q + `}`, `{"purpose":` + q + `}`,
			`{"combined":[` + q + `]}`, `{"at":` + q + `}`, `{` + q + `:1}`, `{"card":{` + q + `:1}}`,
		} {
			var a eligibility.Application
			out = append(out, json.Unmarshal([]byte(in), &a))
		}
		return out
	}},
	{"Check/number", func(s string) []any {
		a := goodApp()
		a.Card.Number, _ = brand.Parse(s)
		return append(checked(a, goodCode), a.Card.Number)
	}},
	{"Check/holder.kana", appWith(func(a *eligibility.Application, s string) { a.Holder.Kana = s })},
	{"Check/card.name", appWith(func(a *eligibility.Application, s string) { a.Card.Name = s })},
	{"Card.UnmarshalJSON/expiry", func(s string) []any {
		in, _ := json.Marshal(map[string]string{"expiry": s})
		var c eligibility.Card
		err := json.Unmarshal(in, &c)
		return []any{c, err}
	}},
	{"Check/card.issuer", appWith(func(a *eligibility.Application, s string) { a.Card.Issuer = s })},
	{"Check/card.country", appWith(func(a *eligibility.Application, s string) { a.Card.Country = s })},
	{"Check/campaign", appWith(func(a *eligibility.Application, s string) {
		a.Method, a.Campaign = eligibility.GiftCertificate, s
	})},
	{"CheckTyped/code", func(s string) []any { return checked(goodApp(), s) }},
	{"CheckTyped/number", func(s string) []any {
		a := goodApp()
		a.Card.Number = brand.Number{}
		return []any{eligibility.IIJmio().CheckTyped(a, s, goodCode), eligibility.Mineo().CheckTyped(a, s, "")}
	}},
	{"Application in a struct", func(s string) []any {
		// A caller's struct holding an application whose card number is
		// the number given: printed every way, from an unexported field too.
		a := goodApp()
		a.Card.Number, _ = brand.Parse(s)
		// The zero time: fmt prints a time.Time's own fields from an
		// unexported field, an 11-digit count of seconds among them.
		a.At = time.Time{}
		type session struct {
			user string
			app  eligibility.Application
			card eligibility.Card
		}
		return []any{session{"u", a, a.Card}, a, a.Card}
	}},
}

// TestGuard checks the card-number properties of package pantest on every
// entry point that takes text, with every number in every form: no output
// shows more than its first 6 and last 4 digits, and numbers that differ
// only in hidden digits print alike, on every printing path.
func TestGuard(t *testing.T) {
	for _, e := range eligibilityEntries {
		t.Run(e.name, func(t *testing.T) {
			pantest.Run(t, e.name, pantest.Sample(), e.f)
		})
	}
}

// FuzzGuard is TestGuard with fuzzed text around the number, a '|' between
// them (see brand's FuzzGuard).
func FuzzGuard(f *testing.F) {
	for i, s := range [][2]string{{"", ""}, {"card ", " end"}, {"ヤマダ", "タロウ"}, {"12", "34"}, {`\u00a0`, "&#160;"}, {"YAMADA ", ""}} {
		f.Add(s[0], s[1], uint16(i*37), uint8(i))
	}
	cases := pantest.Cases()
	f.Fuzz(func(t *testing.T, prefix, suffix string, which uint16, entry uint8) {
		c := cases[int(which)%len(cases)].Wrap(prefix+"|", "|"+suffix)
		e := eligibilityEntries[int(entry)%len(eligibilityEntries)]
		pantest.Call(t, e.name, c, pantest.Loose(prefix, suffix), e.f)
	})
}

// TestGuardNumbers: a card number held in the expiry's year or month (a
// form with separate inputs builds these) shows in no output of an
// Application or a Card, nor in a decision on it: billing.YearMonth
// prints a field of more digits than it can have as "?".
func TestGuardNumbers(t *testing.T) {
	var cases []pantest.Case
	for _, p := range pantest.Pairs() {
		cases = append(cases, pantest.Case{Name: p.A, A: p.A, B: p.B})
	}
	pantest.Run(t, "expiry", cases, func(s string) []any {
		n, _ := strconv.Atoi(s) // "x", the run without a number: 0
		var out []any
		for _, ym := range []billing.YearMonth{{Year: n, Month: 1}, {Year: 2027, Month: time.Month(n)}} {
			a := goodApp()
			a.Card.Expiry = ym
			out = append(out, checked(a, goodCode)...)
		}
		return out
	})
}
