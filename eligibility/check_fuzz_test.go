package eligibility_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/textparse"
	"golang.org/x/text/width"
)

// FuzzCheck judges random applications against every preset. Properties:
// no panic; a valid verdict; a verdict other than Accepted carries a
// reason; every code is catalogued; the same application gives the same
// decision; and no text of the decision holds the card number.
func FuzzCheck(f *testing.F) {
	// method, purpose, number, card name, kana, expiry, funding, issuer,
	// country, corporate card, corporate holder, code, instalments,
	// campaign, combined methods, unix time
	f.Add(uint8(1), uint8(1), visa, "YAMADA TARO", "ヤマダ タロウ", "12/27", uint8(1), "三井住友カード", "JP", false, false, "123", 0, "", []byte{}, int64(1750000000))                  // accepted
	f.Add(uint8(2), uint8(2), "4111 1111 1111 1112", "SUZUKI", "ヤマダ", "13/99", uint8(2), "PayPay銀行", "US", true, false, "1", 12, "", []byte{7}, int64(1750000000))          // everything wrong
	f.Add(uint8(8), uint8(2), "", "", "", "", uint8(0), "", "", false, false, "", 0, "SPRING", []byte{1, 7}, int64(1750000000))                                             // gift combined
	f.Add(uint8(0), uint8(0), "", "", "", "", uint8(9), "", "", false, false, "", -5, "", []byte{0, 200}, int64(0))                                                         // invalid everything
	f.Add(uint8(2), uint8(1), "４１１１１１１１１１１１１１１１", "ＹＡＭＡＤＡ　ＴＡＲＯ", "ﾔﾏﾀﾞ ﾀﾛｳ", "０６／２５", uint8(2), "ｽﾙｶﾞ銀行", "ＪＰ", false, false, "１２３", 1, "", []byte(nil), int64(1751295599)) // full and half width
	f.Add(uint8(3), uint8(3), amex, "X", "\xff", "1/2", uint8(3), "\x00", "日本", false, true, "12345", 99, strings.Repeat("c", 70), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9}, int64(-62135596800))
	f.Fuzz(func(t *testing.T, method, purpose uint8, number, cardName, kana, expiry string, funding uint8, issuer, country string,
		corporateCard, corporateHolder bool, code string, instalments int, campaign string, combined []byte, unix int64) {
		exp, err := billing.ParseYearMonth(expiry)
		if err != nil {
			// Not a month as a card prints it: its bytes as year and month, so
			// that Check also meets months no parser gives.
			exp = billing.YearMonth{Year: len(expiry) * 100, Month: time.Month(len(expiry) % 16)}
		}
		a := eligibility.Application{
			Method:  eligibility.Method(method),
			Purpose: eligibility.Purpose(purpose),
			Holder:  eligibility.Holder{Kana: kana, Corporate: corporateHolder},
			Card: eligibility.Card{Name: cardName, Expiry: exp, Funding: brand.Funding(funding),
				Issuer: issuer, Country: country, Corporate: corporateCard},
			Instalments: instalments,
			Campaign:    campaign,
		}
		for _, b := range combined {
			a.Combined = append(a.Combined, eligibility.Method(b))
		}
		if unix != 0 {
			a.At = time.Unix(unix, 0)
		}
		parsed := a
		parsed.Card.Number, _ = brand.Parse(number) // the zero Number when it does not parse
		pan, _ := brand.Digits(number)
		for _, p := range eligibility.Presets() {
			d := p.CheckTyped(a, number, code)
			// The typed number, once parsed, is judged as the parsed one.
			if pan != "" {
				if diff := cmp.Diff(p.CheckTyped(parsed, "", code), d); diff != "" {
					t.Fatalf("%s.CheckTyped(number %q) differs from CheckTyped of the parsed Number (-parsed +typed):\n%s", p.ID(), number, diff)
				}
			}
			if !d.Verdict.IsValid() {
				t.Fatalf("%s.Check(%v).Verdict = %d", p.ID(), a, d.Verdict)
			}
			if d.Verdict != eligibility.Accepted && len(d.Reasons) == 0 {
				t.Fatalf("%s.Check(%v) = %v without a reason", p.ID(), a, d)
			}
			worst := eligibility.Accepted
			for _, r := range d.Reasons {
				if r.Verdict == eligibility.Accepted {
					t.Fatalf("%s.Check(%v): reason %v is Accepted; it belongs in Notes", p.ID(), a, r)
				}
				worst = severest(worst, r.Verdict)
			}
			if d.Verdict != worst {
				t.Fatalf("%s.Check(%v).Verdict = %v, want the severest reason's, %v (%v)", p.ID(), a, d.Verdict, worst, d.Reasons)
			}
			for _, r := range append(append([]eligibility.Reason{}, d.Reasons...), d.Notes...) {
				if _, ok := eligibility.ReasonFor(r.Code); !ok {
					t.Fatalf("%s.Check(%v): uncatalogued code %q", p.ID(), a, r.Code)
				}
				// Every finding of a preset cites its rule; bad input names
				// its field.
				if r.Code == eligibility.CodeInvalidInput && r.Field == "" || r.Code != eligibility.CodeInvalidInput && r.Rule == "" {
					t.Fatalf("%s.Check(%v): finding %+v lacks its rule or field", p.ID(), a, r)
				}
			}
			if diff := cmp.Diff(d, p.CheckTyped(a, number, code)); diff != "" {
				t.Fatalf("%s.Check(%v) not deterministic (-first +second):\n%s", p.ID(), a, diff)
			}
			if pan != "" {
				for _, s := range decisionTexts(d) {
					if strings.Contains(s, pan) {
						t.Fatalf("%s.Check decision shows the number: %s", p.ID(), s)
					}
				}
			}
		}
		if pan != "" {
			for verb, s := range renderings(a) {
				if strings.Contains(s, pan) {
					t.Fatalf("Application %s shows the number: %s", verb, s)
				}
			}
		}
	})
}

// FuzzParseMethod: no panic; the error names the field; case, width and
// separators do not matter (ASCII input against its full-width upper-case
// form, and with a hyphen after every letter); a parsed method round-trips
// through String and both labels.
func FuzzParseMethod(f *testing.F) {
	for _, s := range []string{
		"credit", "ＤＥＢＩＴ", "コンビニ払い", "こうざふりかえ", // width and script
		"", "bank transfer", "\xff", "請求書払", // empty, separators, bad UTF-8
		"gift_certificate", "e-money", "PayPay", "V-preca", // separators inside names
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := textparse.Parse[eligibility.Method](s)
		if err != nil && (m != 0 || !strings.Contains(err.Error(), "method")) {
			t.Fatalf("ParseMethod(%q) = %v, %v", s, m, err)
		}
		if isASCII(s) && len(s) <= eligibility.MaxNameLen/3 {
			wide := width.Widen.String(strings.ToUpper(s))
			if m2, err2 := textparse.Parse[eligibility.Method](wide); m2 != m || (err == nil) != (err2 == nil) {
				t.Fatalf("ParseMethod(%q) = %v, %v but ParseMethod(%q) = %v, %v", s, m, err, wide, m2, err2)
			}
			var b strings.Builder
			for _, c := range []byte(s) {
				b.WriteByte(c)
				b.WriteByte('-')
			}
			if m3, err3 := textparse.Parse[eligibility.Method](b.String()); m3 != m || (err == nil) != (err3 == nil) {
				t.Fatalf("ParseMethod(%q) = %v, %v but ParseMethod(%q) = %v, %v", s, m, err, b.String(), m3, err3)
			}
		}
		if err != nil || s == "" { // "" is the zero Method, no method given
			return
		}
		for _, again := range []string{m.String(), m.Label(jaTagExt), m.Label(enTagExt)} {
			if back, err := textparse.Parse[eligibility.Method](again); err != nil || back != m {
				t.Fatalf("ParseMethod(%q) = %v, then ParseMethod(%q) = %v, %v", s, m, again, back, err)
			}
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// severest is the reference order of verdicts, written out apart from the
// package's: Rejected, then Uncertain, then Conditional, then Accepted.
func severest(a, b eligibility.Verdict) eligibility.Verdict {
	rank := map[eligibility.Verdict]int{eligibility.Accepted: 0, eligibility.Conditional: 1, eligibility.Uncertain: 2, eligibility.Rejected: 3}
	if rank[b] > rank[a] {
		return b
	}
	return a
}
