package eligibility_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/bound/boundtest"
	"github.com/kessai-jp/kessai/internal/pan"
)

// hostile is what the size tests fill an over-long field with: digits with
// separators of several kinds, an ideographic space, a right-to-left
// override, quotes and a backslash.
const hostile = "4111 1111-1111　1111\u202e\"\\ "

// sizedApp returns goodApp with one text field set by set to n bytes.
func sizedApp(set func(a *eligibility.Application, s string)) func(n int) any {
	return func(n int) any {
		a := goodApp()
		set(&a, boundtest.Repeat(hostile, n))
		return a
	}
}

// textFields are the application's text fields other than the card
// number and security code, each with its bound.
var textFields = []struct {
	field string
	max   int
	set   func(a *eligibility.Application, s string)
}{
	{"holder.kana", eligibility.MaxKanaLen, func(a *eligibility.Application, s string) { a.Holder.Kana = s }},
	{"card.name", eligibility.MaxCardNameLen, func(a *eligibility.Application, s string) { a.Card.Name = s }},
	{"card.issuer", eligibility.MaxIssuerLen, func(a *eligibility.Application, s string) { a.Card.Issuer = s }},
	{"card.country", eligibility.MaxCountryLen, func(a *eligibility.Application, s string) { a.Card.Country = s }},
	{"campaign", eligibility.MaxCampaignLen, func(a *eligibility.Application, s string) { a.Campaign = s }},
}

var (
	sinkErr error
	sinkStr string
	sinkApp eligibility.Application
)

// TestSizeFlat: every entry point refuses or prints an over-long input at
// a cost that does not grow with it (Bounds in the kessai package doc):
// the allocation and time of the Parse functions, the UnmarshalText and
// UnmarshalJSON methods, Policy.Check on every text field (an all-space
// campaign among them) and CheckTyped on the typed number and code, MatchName and CardName, and String, GoString, %v
// and MarshalJSON are the same at 1 KiB, 1 MiB and 10 MiB (100 MiB with
// -tags kessai_huge).
func TestSizeFlat(t *testing.T) {
	str := func(n int) any { return boundtest.Repeat(hostile, n) }
	byt := func(n int) any { return []byte(boundtest.Repeat(hostile, n)) }
	// jsonOf is a JSON object whose one field holds n bytes of escapes and
	// separators.
	jsonOf := func(key string) func(n int) any {
		return func(n int) any {
			return []byte(`{"` + key + `":"` + boundtest.Repeat(`4\u00a01\u3000\"\\ `, n) + `"}`)
		}
	}
	p := eligibility.IIJmio()
	cases := []boundtest.Case{
		{Name: "Method.UnmarshalText", Bound: eligibility.MaxNameLen, Input: byt, Call: func(in any) { var m eligibility.Method; sinkErr = m.UnmarshalText(in.([]byte)) }},
		{Name: "Purpose.UnmarshalText", Bound: eligibility.MaxNameLen, Input: byt, Call: func(in any) { var p eligibility.Purpose; sinkErr = p.UnmarshalText(in.([]byte)) }},
		{Name: "Verdict.UnmarshalText", Bound: eligibility.MaxNameLen, Input: byt, Call: func(in any) { var v eligibility.Verdict; sinkErr = v.UnmarshalText(in.([]byte)) }},
		{Name: "Method.UnmarshalText", Bound: eligibility.MaxNameLen, Input: byt, Call: func(in any) { var m eligibility.Method; sinkErr = m.UnmarshalText(in.([]byte)) }},
		{Name: "Purpose.UnmarshalText", Bound: eligibility.MaxNameLen, Input: byt, Call: func(in any) { var m eligibility.Purpose; sinkErr = m.UnmarshalText(in.([]byte)) }},
		{Name: "Verdict.UnmarshalText", Bound: eligibility.MaxNameLen, Input: byt, Call: func(in any) { var m eligibility.Verdict; sinkErr = m.UnmarshalText(in.([]byte)) }},
		{Name: "MatchKind.UnmarshalText", Bound: 64, Input: byt, Call: func(in any) { var m eligibility.MatchKind; sinkErr = m.UnmarshalText(in.([]byte)) }},
		{Name: "NameRule.UnmarshalText", Bound: 64, Input: byt, Call: func(in any) { var m eligibility.NameRule; sinkErr = m.UnmarshalText(in.([]byte)) }},
		{Name: "NameProfile.UnmarshalText", Bound: 64, Input: byt, Call: func(in any) { var m eligibility.NameProfile; sinkErr = m.UnmarshalText(in.([]byte)) }},
		{Name: "Application.UnmarshalJSON/campaign", Bound: eligibility.MaxApplicationJSON, Input: jsonOf("campaign"),
			Call: func(in any) { sinkErr = sinkApp.UnmarshalJSON(in.([]byte)) }},
		{Name: "Application.UnmarshalJSON/unknown", Bound: eligibility.MaxApplicationJSON, Input: jsonOf("x"),
			Call: func(in any) { sinkErr = sinkApp.UnmarshalJSON(in.([]byte)) }},
		{Name: "Card.UnmarshalJSON", Bound: eligibility.MaxCardJSON, Input: jsonOf("name"),
			Call: func(in any) { sinkErr = sinkApp.Card.UnmarshalJSON(in.([]byte)) }},
		{Name: "MatchName/card", Bound: eligibility.MaxCardNameLen, Input: str, Call: func(in any) { _, _ = eligibility.MatchName(in.(string), "ヤマダ タロウ") }},
		{Name: "MatchName/kana", Bound: eligibility.MaxKanaLen, Input: str, Call: func(in any) { _, _ = eligibility.MatchName("YAMADA TARO", in.(string)) }},
		{Name: "CardName", Bound: eligibility.MaxKanaLen, Input: str, Call: func(in any) { sinkStr, sinkErr = eligibility.CardName(in.(string)) }},
		{Name: "Check/campaign all spaces", Bound: eligibility.MaxCampaignLen, Input: func(n int) any {
			a := goodApp()
			a.Method = eligibility.GiftCertificate
			a.Campaign = strings.Repeat(" ", n)
			return a
		}, Call: func(in any) { _ = p.Check(in.(eligibility.Application)) }},
		{Name: "CheckTyped/number", Bound: eligibility.MaxNumberLen, Input: str,
			Call: func(in any) { _ = p.CheckTyped(goodApp(), in.(string), "123") }},
		{Name: "CheckTyped/code", Bound: eligibility.MaxSecurityCodeLen, Input: str,
			Call: func(in any) { _ = p.CheckTyped(goodApp(), "4111 1111 1111 1111", in.(string)) }},
		{Name: "Card.UnmarshalJSON/number", Bound: eligibility.MaxCardJSON, Input: jsonOf("number"),
			Call: func(in any) { sinkErr = sinkApp.Card.UnmarshalJSON(in.([]byte)) }},
		{Name: "Check/combined", Bound: eligibility.MaxCombined, Input: func(n int) any {
			a := goodApp()
			a.Combined = make([]eligibility.Method, n)
			return a
		}, Call: func(in any) { _ = p.Check(in.(eligibility.Application)) }},
		{Name: "String/combined", Bound: eligibility.MaxCombined, Input: func(n int) any {
			a := goodApp()
			a.Combined = make([]eligibility.Method, n)
			return a
		}, Call: func(in any) { sinkStr = fmt.Sprint(in.(eligibility.Application)) }},
	}
	for _, f := range textFields {
		cases = append(cases,
			boundtest.Case{Name: "Check/" + f.field, Bound: f.max, Input: sizedApp(f.set), Call: func(in any) { _ = p.Check(in.(eligibility.Application)) }},
			boundtest.Case{Name: "String/" + f.field, Bound: f.max, Input: sizedApp(f.set), Call: func(in any) { sinkStr = fmt.Sprint(in.(eligibility.Application)) }},
			boundtest.Case{Name: "GoString/" + f.field, Bound: f.max, Input: sizedApp(f.set), Call: func(in any) { sinkStr = fmt.Sprintf("%#v", in.(eligibility.Application)) }},
			boundtest.Case{Name: "Sprintf/" + f.field, Bound: f.max, Input: sizedApp(f.set), Call: func(in any) { sinkStr = fmt.Sprintf("%+v %q", in, in) }},
			boundtest.Case{Name: "MarshalJSON/" + f.field, Bound: f.max, Input: sizedApp(f.set), Call: func(in any) { _, sinkErr = json.Marshal(in) }},
		)
	}
	boundtest.Flat(t, cases)
}

// maxPrinted bounds what String, GoString, every fmt verb and MarshalJSON
// write for an application, whatever its fields hold: every field at its
// bound and escaped at the most (a control character is six bytes in JSON)
// comes to a little over 4 KiB.
const maxPrinted = 8 << 10

// TestPrintedBounded: an application whose every field is 1 MiB long
// prints in at most 8 KiB on every path, each over-long field shown as its
// first bytes without digits and "…(+N bytes)", with no invisible
// character and nothing that may be a card number.
func TestPrintedBounded(t *testing.T) {
	a := goodApp()
	big := boundtest.Repeat(hostile, 1<<20)
	for _, f := range textFields {
		f.set(&a, big)
	}
	a.Combined = make([]eligibility.Method, 1<<20)
	a.Instalments = 4111111111111111
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{fmt.Sprint(a), fmt.Sprintf("%#v", a), fmt.Sprintf("%v", a), fmt.Sprintf("%+v", a), fmt.Sprintf("%#v", a),
		fmt.Sprintf("%q", a), fmt.Sprint(a.Card), string(b)} {
		if len(s) > maxPrinted {
			t.Errorf("printed application is %d bytes, want at most %d: %.200q…", len(s), maxPrinted, s)
		}
		if !strings.Contains(s, "…(+1048") || strings.Contains(s, "4111111111111111") || pan.Contains(s) || bound.HasInvisible(s) {
			t.Errorf("printed application %q: want clipped fields, no card number, no invisible character", s)
		}
	}
}

// TestInvisibleRefused: bidirectional controls and the other invisible
// format characters in a name, the expiry, the issuer, the country or the
// campaign give "invalid-input" detail "text" (ErrText)
// under every policy, whether or not it judges the field; printed, they are
// U+FFFD.
func TestInvisibleRefused(t *testing.T) {
	invisible := []string{"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
		"\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2028", "\u2029"}
	for _, p := range eligibility.Presets() {
		for _, r := range invisible {
			for _, f := range textFields {
				a := goodApp()
				a.Method = eligibility.CreditCard
				f.set(&a, map[string]string{
					"holder.kana": "ヤマダ" + r + " タロウ", "card.name": "YAMADA" + r + " TARO", "card.expiry": "12/" + r + "27",
					"card.issuer": "三井住友" + r + "カード", "card.country": "J" + r + "P", "campaign": "SPRING" + r,
				}[f.field])
				d := p.Check(a)
				var ie *eligibility.Error
				err := d.Err()
				if !errors.Is(err, eligibility.ErrText) || !errors.As(err, &ie) || ie.Field != f.field {
					t.Errorf("%s: Check with %+q in %s: %v, want ErrText for the field", p.ID(), r, f.field, err)
				}
				for _, s := range []string{fmt.Sprint(a), fmt.Sprintf("%#v", a), fmt.Sprintf("%v", a)} {
					if strings.Contains(s, r) {
						t.Errorf("%s printed raw in %q", r, s)
					}
				}
				if b, _ := json.Marshal(a); strings.Contains(string(b), r) {
					t.Errorf("%+q in %s written raw in JSON: %s", r, f.field, b)
				}
			}
		}
	}
}

// TestInstalmentsRange: a count of instalments outside 0–MaxInstalments
// (a card number typed into the field among them) is refused when decoded
// (ErrRange) and by Check ("range"), and String, GoString and MarshalJSON
// write "out-of-range" instead of it (M9).
func TestInstalmentsRange(t *testing.T) {
	for _, n := range []int{-1, eligibility.MaxInstalments + 1, 4539148803436467, -4539148803436467} {
		in := fmt.Sprintf(`{"method":"credit","purpose":"device","instalments":%d}`, n)
		var a eligibility.Application
		err := json.Unmarshal([]byte(in), &a)
		var ie *eligibility.Error
		if !errors.Is(err, eligibility.ErrRange) || !errors.As(err, &ie) || ie.Field != "instalments" {
			t.Errorf("json.Unmarshal(%s) error %v, want ErrRange for instalments", in, err)
		}
		if err != nil && pan.LongestRun(err.Error()) > 4 {
			t.Errorf("json.Unmarshal(%s) error %q echoes the count", in, err)
		}
		a = goodApp()
		a.Instalments = n
		if err := eligibility.IIJmio().Check(a).Err(); !errors.Is(err, eligibility.ErrRange) {
			t.Errorf("Check with %d instalments: %v, want ErrRange", n, err)
		}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{fmt.Sprint(a), fmt.Sprintf("%#v", a), fmt.Sprintf("%+v", a), string(b)} {
			shown := strings.Contains(s, "instalments:"+fmt.Sprint(n)) || strings.Contains(s, "Instalments:"+fmt.Sprint(n)) ||
				strings.Contains(s, `"instalments":`+fmt.Sprint(n))
			if shown || pan.Contains(s) || !strings.Contains(s, "out-of-range") {
				t.Errorf("application with %d instalments printed %q, want out-of-range", n, s)
			}
		}
	}
	for _, n := range []int{0, 1, 24, eligibility.MaxInstalments} {
		in := fmt.Sprintf(`{"instalments":%d}`, n)
		var a eligibility.Application
		if err := json.Unmarshal([]byte(in), &a); err != nil || a.Instalments != n {
			t.Errorf("json.Unmarshal(%s) = %d, %v, want %d", in, a.Instalments, err, n)
		}
		if b, _ := json.Marshal(a); n > 0 && !strings.Contains(string(b), fmt.Sprintf(`"instalments":%d`, n)) {
			t.Errorf("json.Marshal of %d instalments = %s", n, b)
		}
	}
}

// TestJSONBound: JSON longer than its bound is refused with ErrTooLong
// before it is decoded; at the bound it is decoded.
func TestJSONBound(t *testing.T) {
	pad := func(n int) []byte {
		s := `{"campaign":"`
		return []byte(s + strings.Repeat(" ", n-len(s)-2) + `"}`)
	}
	var a eligibility.Application
	if err := a.UnmarshalJSON(pad(eligibility.MaxApplicationJSON + 1)); !errors.Is(err, eligibility.ErrTooLong) {
		t.Errorf("Application.UnmarshalJSON of %d bytes: %v, want ErrTooLong", eligibility.MaxApplicationJSON+1, err)
	}
	if err := a.UnmarshalJSON(pad(eligibility.MaxApplicationJSON)); err != nil {
		t.Errorf("Application.UnmarshalJSON of %d bytes: %v", eligibility.MaxApplicationJSON, err)
	}
	var c eligibility.Card
	card := func(n int) []byte {
		s := `{"name":"`
		return []byte(s + strings.Repeat(" ", n-len(s)-2) + `"}`)
	}
	if err := c.UnmarshalJSON(card(eligibility.MaxCardJSON + 1)); !errors.Is(err, eligibility.ErrTooLong) {
		t.Errorf("Card.UnmarshalJSON of %d bytes: %v, want ErrTooLong", eligibility.MaxCardJSON+1, err)
	}
	if err := c.UnmarshalJSON(card(eligibility.MaxCardJSON)); err != nil {
		t.Errorf("Card.UnmarshalJSON of %d bytes: %v", eligibility.MaxCardJSON, err)
	}
	// Every field at its bound, written in \u escapes, fits.
	full := map[string]any{
		"method": strings.Repeat("\u3000", eligibility.MaxNameLen/3), "purpose": strings.Repeat("\u3000", eligibility.MaxNameLen/3),
		"holder":   map[string]any{"kana": strings.Repeat("\u3000", eligibility.MaxKanaLen/3), "corporate": true},
		"campaign": strings.Repeat("\u0000", eligibility.MaxCampaignLen),
		"card": map[string]any{"number": strings.Repeat("\u0000", eligibility.MaxNumberLen), "name": strings.Repeat("\u0000", eligibility.MaxCardNameLen),
			"expiry": strings.Repeat("\u0000", 32), "issuer": strings.Repeat("\u0000", eligibility.MaxIssuerLen),
			"country": strings.Repeat("\u0000", eligibility.MaxCountryLen), "funding": strings.Repeat("\u0000", eligibility.MaxNameLen),
			"securityCode": strings.Repeat("\u0000", eligibility.MaxSecurityCodeLen), "corporate": true},
		"combined":    strings.Split(strings.Repeat(strings.Repeat("\u0000", eligibility.MaxNameLen)+",", eligibility.MaxCombined-1)+strings.Repeat("\u0000", eligibility.MaxNameLen), ","),
		"at":          strings.Repeat("\u0000", 64),
		"instalments": eligibility.MaxInstalments,
	}
	b, err := json.MarshalIndent(full, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > eligibility.MaxApplicationJSON {
		t.Errorf("an application with every field at its bound in escapes is %d bytes of JSON, over MaxApplicationJSON %d", len(b), eligibility.MaxApplicationJSON)
	}
	cb, _ := json.MarshalIndent(full["card"], "", "\t")
	if len(cb) > eligibility.MaxCardJSON {
		t.Errorf("a card with every field at its bound in escapes is %d bytes of JSON, over MaxCardJSON %d", len(cb), eligibility.MaxCardJSON)
	}
}

// TestCampaignBoundBeforeTrim: an over-long campaign of spaces is too long
// (checked first), not "no campaign" (M8).
func TestCampaignBoundBeforeTrim(t *testing.T) {
	a := goodApp()
	a.Method = eligibility.GiftCertificate
	a.Campaign = strings.Repeat(" ", eligibility.MaxCampaignLen+1)
	d := eligibility.IIJmio().Check(a)
	if !errors.Is(d.Err(), eligibility.ErrTooLong) || d.Has(eligibility.CodeGiftCampaignOnly) {
		t.Errorf("Check with an over-long blank campaign: %v, want too-long and no %s", d, eligibility.CodeGiftCampaignOnly)
	}
}

// FuzzApplicationJSON: whatever JSON an application is decoded from,
// UnmarshalJSON never panics; JSON over MaxApplicationJSON is ErrTooLong;
// no error holds a run that may be a card number (internal/pan, the one
// detector) or an invisible character; a decoded application's
// instalments are in range; and what String, GoString and MarshalJSON
// write for it is bounded and holds no invisible character.
func FuzzApplicationJSON(f *testing.F) {
	forms := []string{
		"4539148803436467", "4539 1488 0343 6467", "4539ー1488ー0343ー6467", "4539\u30001488\u30000343\u30006467",
		"4539\u00a01488\u00a00343\u00a06467", "4539.1488.0343.6467", "４５３９－１４８８－０３４３－６４６７",
		`4539\\u30001488\\u30000343\\u30006467`, // %+q of the ideographic-space form, as JSON text
		"YAMADA\u202eORAT", "ヤマダ\u2066タロウ\u2069",
	}
	for _, s := range forms {
		b, _ := json.Marshal(s)
		for _, key := range []string{"campaign", "method", "at", "4539148803436467"} {
			f.Add([]byte(`{"` + key + `":` + string(b) + `}`))
		}
		f.Add([]byte(`{"holder":{"kana":` + string(b) + `},"card":{"name":` + string(b) + `,"issuer":` + string(b) + `}}`))
		f.Add([]byte(`{"combined":[` + string(b) + `]}`))
	}
	for _, n := range []string{"4539148803436467", "-1", "100", "99", "1e300", "4.5", `"24"`} {
		f.Add([]byte(`{"method":"credit","purpose":"device","instalments":` + n + `}`))
	}
	f.Add([]byte(`{"campaign":"` + strings.Repeat(`\u0020`, eligibility.MaxApplicationJSON/6) + `"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var a eligibility.Application
		err := a.UnmarshalJSON(b)
		if len(b) > eligibility.MaxApplicationJSON && !errors.Is(err, eligibility.ErrTooLong) {
			t.Fatalf("UnmarshalJSON of %d bytes: %v, want ErrTooLong", len(b), err)
		}
		if err != nil {
			if s := err.Error(); pan.Contains(s) || bound.HasInvisible(s) {
				t.Fatalf("UnmarshalJSON(%q) error %q", b, s)
			}
			return
		}
		if a.Instalments < 0 || a.Instalments > eligibility.MaxInstalments {
			t.Fatalf("UnmarshalJSON(%q) took %d instalments", b, a.Instalments)
		}
		j, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("json.Marshal(%#v): %v", a, err)
		}
		for _, s := range []string{fmt.Sprint(a), fmt.Sprintf("%#v", a), string(j)} {
			if len(s) > maxPrinted || bound.HasInvisible(s) || pan.Contains(s) {
				t.Fatalf("UnmarshalJSON(%q) printed as %q", b, s)
			}
		}
	})
}

// TestNameCardNumber: a card number typed into the holder's kana or the
// card name, in any form people type it, is refused under every policy
// (those that do not match names included) with ErrCardNumber.
func TestNameCardNumber(t *testing.T) {
	forms := []string{"4539 1488 0343 6467", "4539ー1488ー0343ー6467", "4539\u00a01488\u00a00343\u00a06467",
		"4539.1488.0343.6467", "４５３９－１４８８－０３４３－６４６７", "ヤマダ 4539\u30001488\u30000343\u30006467"}
	for _, p := range eligibility.Presets() {
		for _, s := range forms {
			for _, f := range textFields[:2] { // holder.kana, card.name
				a := goodApp()
				f.set(&a, s)
				err := p.Check(a).Err()
				var ie *eligibility.Error
				if !errors.Is(err, eligibility.ErrCardNumber) || !errors.As(err, &ie) || ie.Field != f.field {
					t.Errorf("%s: Check with %s = %q: %v, want ErrCardNumber for the field", p.ID(), f.field, s, err)
				}
			}
		}
	}
}

// TestPrintedWorstCase: every field at its bound, filled with what
// escapes longest (a control character, an invalid byte, a quote, a line
// separator, an emoji), prints within the bound on every path.
func TestPrintedWorstCase(t *testing.T) {
	for _, fill := range []string{"\x01", "\xff", "\"", "\u2028", "\U0001F600"} {
		a := goodApp()
		for _, f := range textFields {
			f.set(&a, strings.Repeat(fill, f.max/len(fill)))
		}
		a.Combined = make([]eligibility.Method, 100)
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{fmt.Sprint(a), fmt.Sprintf("%#v", a), fmt.Sprintf("%q", a), fmt.Sprintf("%#v", a), string(b)} {
			if len(s) > maxPrinted {
				t.Errorf("fields of %+q printed in %d bytes, want at most %d", fill, len(s), maxPrinted)
			}
		}
	}
}
