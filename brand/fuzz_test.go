package brand_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/internal/textparse"
)

// FuzzParse checks Parse against the slow reference and the masking
// guarantee: no panic; Parse succeeds exactly when the reference accepts,
// with the same digits and brand; Masked and Format show the first 6 and last
// 4 digits and nothing else; the full digits, and the digits grouped in
// fours, parse back to the same Number; Detect agrees with Parse.
func FuzzParse(f *testing.F) {
	// Seed corpus: published test cards of each brand, typed forms (spaces,
	// hyphens, full width, kana-mode hyphens), and each kind of error.
	for _, tc := range testCards {
		f.Add(tc.pan)
		f.Add(spaced(tc.pan))
	}
	for _, s := range []string{
		"４１１１　１１１１　１１１１　１１１１",   // full-width digits, ideographic spaces
		"4111－1111ー1111ｰ1111",   // full-width hyphen, prolonged sound marks
		"",                      // ErrEmpty
		" - ",                   // separators only
		"4111 1111 1111 111l",   // ErrSyntax
		"4111\xff1111",          // invalid UTF-8
		"4111111111111112",      // ErrChecksum
		"411111111111",          // ErrLength for Visa
		"900000000000000000001", // 21 digits
		"622126" + "0000000000", // decision 1
		"3095" + "000000000000", // decision 2
		strings.Repeat("1", 97), // over MaxInputLen
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := brand.Parse(s)
		digits, bad := refDigits(s)
		refOK := len(s) <= brand.MaxInputLen && bad < 0 && digits != "" && len(digits) <= brand.MaxDigits &&
			refNumberLen(digits) && refLuhn(digits)
		if (err == nil) != refOK {
			t.Fatalf("Parse(%q) error %v; reference accepts: %v", s, err, refOK)
		}
		if bad >= 0 && len(s) <= brand.MaxInputLen {
			var e *brand.Error
			if !errors.As(err, &e) || e.Err != brand.ErrSyntax || e.Pos != bad+1 {
				t.Fatalf("Parse(%q) error %#v, want ErrSyntax at character %d", s, err, bad+1)
			}
		}
		if err != nil {
			if n != (brand.Number{}) {
				t.Fatalf("Parse(%q) returned a non-zero Number with error %v", s, err)
			}
			var e *brand.Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse(%q) error %#v, not an *Error", s, err)
			}
			for _, out := range []string{err.Error(), e.Message(language.Japanese), e.Message(language.English)} {
				if len(digits) >= 7 && strings.Contains(out, digits[:7]) {
					t.Fatalf("Parse(%q) error %q shows the digits", s, out)
				}
			}
			return
		}
		pan, err := brand.Digits(s)
		if err != nil {
			t.Fatalf("Parse(%q) succeeds, Digits fails: %v", s, err)
		}
		if pan != digits || n.Brand() != refBrand(digits) || n.Len() != len(digits) {
			t.Fatalf("Parse(%q) = %q %v, reference %q %v", s, pan, n.Brand(), digits, refBrand(digits))
		}
		l := len(pan)
		wantMasked := pan[:6] + strings.Repeat("*", l-10) + pan[l-4:]
		if got := n.Masked(); got != wantMasked {
			t.Fatalf("Parse(%q).Masked() = %q, want %q", s, got, wantMasked)
		}
		for how, out := range map[string]string{"String": n.String(), "%#v": withoutHex(fmt.Sprintf("%#v", n)), "Format": n.Format()} {
			if c := digitCount(out); c > 10 {
				t.Fatalf("Parse(%q).%s() = %q shows %d digits", s, how, out, c)
			}
		}
		if got := strings.ReplaceAll(n.Format(), " ", ""); got != wantMasked {
			t.Fatalf("Parse(%q).Format() = %q, want %q grouped", s, n.Format(), wantMasked)
		}
		for _, again := range []string{pan, spaced(pan), "　" + strings.ReplaceAll(spaced(pan), " ", "－")} {
			m, err := brand.Parse(again)
			if err != nil || m != n {
				t.Fatalf("Parse(%q) = %v, %v; want %v as from %q", again, m, err, n, s)
			}
		}
		if got, want := brand.Detect(s), n.Brand(); got != want {
			t.Fatalf("Detect(%q) = %v, Parse gives %v", s, got, want)
		}
	})
}

// FuzzCandidates checks Candidates and Detect against the reference: no
// panic, the same candidates in Brand order, and Detect != Unknown exactly
// when one candidate remains.
func FuzzCandidates(f *testing.F) {
	// Seed corpus: the empty prefix, each range's first digits, typing in
	// progress with separators and full width, and input that gives nil.
	for _, s := range []string{
		"", "2", "22", "2221", "3", "30", "309", "3095", "35", "37", "4", "5", "50",
		"6", "62", "6221", "622925", "65", "676770", "8", "9",
		"４", "３５　２８", "3782 8224 6310 005", "3782 8224 6310 0050",
		"4111-1111-1111-1111-111", "4x", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := brand.Candidates(s)
		if want := refCandidatesOf(s); !cmp.Equal(want, got) {
			t.Fatalf("Candidates(%q) = %v, reference %v", s, got, want)
		}
		d := brand.Detect(s)
		if (d != brand.Unknown) != (len(got) == 1) || (len(got) == 1 && got[0] != d) {
			t.Fatalf("Detect(%q) = %v, Candidates %v", s, d, got)
		}
		var buf [9]brand.Brand
		if app := brand.AppendCandidates(buf[:0], s); !sameBrands(app, got) {
			t.Fatalf("AppendCandidates(%q) = %v, Candidates %v", s, app, got)
		}
	})
}

// FuzzParseName checks ParseBrand and ParseFunding on any text: no panic;
// an error is an *Error for the right function and field whose texts in
// both languages never repeat the input; a name read gives a value whose
// token and labels read back to it.
func FuzzParseName(f *testing.F) {
	for _, s := range []string{
		"Visa", "AMEX", "american express", "ＪＣＢ", "diners-club", "アメリカン・エキスプレス",
		"ｱﾒﾘｶﾝ･ｴｷｽﾌﾟﾚｽ", "銀聯", "不明", "credit", "クレジットカード", "ﾃﾞﾋﾞｯﾄ", "prepaid",
		"", " ", "Visa1", "4111 1111 1111 1111", "\xff", "ﾞ", "a\u202eb", strings.Repeat("a", 65),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := textparse.Parse[brand.Brand](s)
		checkNameResult(t, "Brand.UnmarshalText", "brand", s, err)
		if err == nil {
			for _, name := range []string{b.String(), b.Label(language.Japanese)} {
				if back, err := textparse.Parse[brand.Brand](name); back != b || err != nil {
					t.Fatalf("ParseBrand(%q) = %v; ParseBrand(%q) = %v, %v", s, b, name, back, err)
				}
			}
		}
		fu, err := textparse.Parse[brand.Funding](s)
		checkNameResult(t, "Funding.UnmarshalText", "funding", s, err)
		if err == nil {
			for _, name := range []string{fu.String(), fu.Label(language.Japanese)} {
				if back, err := textparse.Parse[brand.Funding](name); back != fu || err != nil {
					t.Fatalf("ParseFunding(%q) = %v; ParseFunding(%q) = %v, %v", s, fu, name, back, err)
				}
			}
		}
	})
}

// checkNameResult checks an error of ParseBrand or ParseFunding.
func checkNameResult(t *testing.T, fn, field, s string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var e *brand.Error
	if !errors.As(err, &e) || e.Func != fn || e.Field != field {
		t.Fatalf("%s(%q) error %#v, want an *Error for %s, field %s", fn, s, err, fn, field)
	}
	if len(s) > 64 != errors.Is(err, brand.ErrTooLong) {
		t.Fatalf("%s(%q) (%d bytes) error %v: ErrTooLong exactly over 64 bytes", fn, s, len(s), err)
	}
	for _, out := range []string{err.Error(), e.Message(language.Japanese), e.Message(language.English)} {
		// The texts are fixed sentences; input with digits, which might be
		// a card number, must never show in them.
		if len(s) >= 4 && strings.ContainsAny(s, "0123456789") && strings.Contains(out, s) {
			t.Fatalf("%s(%q) error text %q repeats the input", fn, s, out)
		}
	}
}
