package eligibility

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// FuzzFold: fold is idempotent; its output is valid UTF-8 in NFKC with no
// upper-case ASCII, no separator and no hiragana; and ASCII folds the same
// as its full-width upper-case form (width.Widen as the reference for what
// a Japanese keyboard types).
func FuzzFold(f *testing.F) {
	for _, s := range []string{
		"ＰａｙＰａｙ銀行", "ｽﾙｶﾞ銀行", "こんびに 払い", "Credit-Card", // width, script, separators
		"C\u00b8", "\xf3Ĳ", // found by fuzzing: composition after a separator goes; bad UTF-8
		"か\u3099", "・ー－", // a sound mark to join; middle dot, long-vowel mark, full-width hyphen
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 {
			return
		}
		once := fold(s)
		if twice := fold(once); twice != once {
			t.Fatalf("fold(%q) = %q, fold again = %q", s, once, twice)
		}
		if !utf8.ValidString(once) || !norm.NFKC.IsNormalString(once) {
			t.Fatalf("fold(%q) = %q: not valid UTF-8 in NFKC", s, once)
		}
		for _, r := range once {
			if r >= 'A' && r <= 'Z' || r >= 'ぁ' && r <= 'ゖ' || strings.ContainsRune(" -_.・", r) {
				t.Fatalf("fold(%q) = %q holds %q", s, once, r)
			}
		}
		if isASCIIText(s) {
			wide := width.Widen.String(strings.ToUpper(s))
			if got := fold(wide); got != once {
				t.Fatalf("fold(%q) = %q but fold(%q) = %q", s, once, wide, got)
			}
		}
	})
}

// isASCIIText: printable ASCII (control characters have no full-width form).
func isASCIIText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}
