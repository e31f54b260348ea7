package family

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/kessai-jp/kessai/internal/pan"
)

// slowCheck is the reference for checkText: fold everything the slow way,
// then judge the folded text. Invisible characters (Unicode Cf, Zl, Zp:
// bidirectional controls, zero-width characters …) are refused like
// control characters.
func slowCheck(s string, max int) (string, error) {
	if len(s) > max {
		return "", ErrTooLong
	}
	if !utf8.ValidString(s) {
		return "", ErrText
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp) {
			return "", ErrText
		}
	}
	if pan.Contains(s) {
		return "", ErrCardNumber
	}
	f := strings.TrimSpace(norm.NFC.String(width.Fold.String(s)))
	if len(f) > max {
		return "", ErrTooLong
	}
	for _, r := range f {
		if unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp) {
			return "", ErrText
		}
	}
	if pan.Contains(f) {
		return "", ErrCardNumber
	}
	return f, nil
}

func TestCheckText(t *testing.T) {
	tests := []struct {
		in   string
		want string
		err  error
	}{
		{"line-1", "line-1", nil},
		{"  line-1　", "line-1", nil},
		{"ｌｉｎｅ－１", "line-1", nil},
		{"ﾔﾏﾀﾞ ﾊﾅｺ", "ヤマダ ハナコ", nil},
		{"ヤマダ　ハナコ", "ヤマダ ハナコ", nil},
		{"カ\u3099", "ガ", nil}, // NFC joins the combining voiced mark
		{"090-1234-5678", "090-1234-5678", nil},
		{"4111 1111 1111 1111", "", ErrCardNumber},
		{"４１１１－１１１１－１１１１－１１１１", "", ErrCardNumber},
		{"ref 123456789012", "", ErrCardNumber},
		// Every separator internal/pan reads through.
		{"4111ー1111ー1111ー1111", "", ErrCardNumber},
		{"4111—1111—1111—1111", "", ErrCardNumber},
		{"4111\u00a01111\u00a01111\u00a01111", "", ErrCardNumber},
		{"4111\u2009\u20091111 1111 1111", "", ErrCardNumber},
		{"4111.1111.1111.1111", "", ErrCardNumber},
		{"4111/1111/1111/1111", "", ErrCardNumber},
		{"4111\u22121111\u22121111\u22121111", "", ErrCardNumber},
		{"4111\u200b1111\u200b1111\u200b1111", "", ErrCardNumber},
		{"月額 4111  1111  1111  1111 円", "", ErrCardNumber},
		// Runs across the eight-byte words of the fast path.
		{"ab 1234 5678 9012 cd", "", ErrCardNumber},
		{"123456--------------789012", "", ErrCardNumber},
		{"12345678 monthly 9012", "12345678 monthly 9012", nil},
		{"12345678 --------  --------9012", "", ErrCardNumber},
		{"monthly fee 00000000000", "monthly fee 00000000000", nil},
		{"monthly\x7ffee here", "", ErrText},
		{"monthly fee here\x1f", "", ErrText},
		{"a\x00b", "", ErrText},
		{"a\u0085b", "", ErrText},
		{"\xff", "", ErrText},
		{strings.Repeat("x", 65), "", ErrTooLong},
	}
	for _, tt := range tests {
		got, err := checkText(tt.in, 64)
		if got != tt.want || err != tt.err {
			t.Errorf("checkText(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// TestTrim checks trim's fast path against strings.TrimSpace for every rune
// that is not a control character (checkText refuses those first), at
// either end of a kana name.
func TestTrim(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsControl(r) || !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r) + "ア", "ア" + string(r), string(r)} {
			if got, want := trim(s), strings.TrimSpace(s); got != want {
				t.Fatalf("trim(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// FuzzCheckText checks the fast paths of checkText against the slow
// reference, and that folding is idempotent.
func FuzzCheckText(f *testing.F) {
	// Seed corpus: ASCII, kana of both widths, full-width ASCII, combining
	// marks, card-number-like runs, control characters, bad UTF-8,
	// bidirectional controls and other invisible characters.
	for _, s := range []string{
		"line-1", " ヤマダ タカシ ", "ﾔﾏﾀﾞ ﾀｶｼ", "ＹＡＭＡＤＡ　ＴＡＫＡＳＨＩ", "カ\u3099", "ｶﾞ",
		"4111-1111-1111-1111", "０９０１２３４５６７８９０", "a\tb", "\xe3\x81", "家族割", "Ω\u0301",
		"ab 1234 5678 9012 cd", "123456--------------789012", "monthly fee 0000000000 x", "monthly\x7ffee here",
		"\u3000ヤマダ\u3000", "ヤマダ\u00a0", "\u2003ヤマダ", "ヤマダ\u205f", "¡ヤマダ‐", // white space or look-alikes at the ends
		"ヤマダ\u202eコナハ", "\u2066line-1\u2069", "line\u200b-1", "\ufeffヤマダ", "ヤ\u00adマダ", "a\u2028b", // invisible characters
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := checkText(s, 64)
		want, werr := slowCheck(s, 64)
		// Both must refuse the same inputs; which category is reported
		// first may differ when an input has several faults.
		if got != want || (err == nil) != (werr == nil) {
			t.Fatalf("checkText(%q) = %q, %v; reference %q, %v", s, got, err, want, werr)
		}
		if err == nil {
			again, err := checkText(got, 64)
			if again != got || err != nil {
				t.Fatalf("checkText(%q) = %q, %v; not idempotent on %q", got, again, err, s)
			}
			if fold(s) != got {
				t.Fatalf("fold(%q) = %q, checkText gives %q", s, fold(s), got)
			}
		}
	})
}
