package eligibility

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// expiryRef is the slow reference for parseExpiry: width-fold (full-width
// digits, slash and space to ASCII, as a Japanese keyboard types them),
// then a regular expression. Not NFKC: "²/00" is no expiry anyone types,
// and parseExpiry rightly refuses it (testdata/fuzz/FuzzParseExpiry).
var expiryRef = regexp.MustCompile(`^ *([0-9]{1,2}) */ *([0-9]{2}|[0-9]{4}) *$`)

func refExpiry(s string) (int, time.Month, bool) {
	s = width.Narrow.String(s)
	m := expiryRef.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	mo, _ := strconv.Atoi(m[1])
	y, _ := strconv.Atoi(m[2])
	if len(m[2]) == 2 {
		y += 2000
	}
	if mo < 1 || mo > 12 || y < MinExpiryYear || y > MaxExpiryYear {
		return 0, 0, false
	}
	return y, time.Month(mo), true
}

// FuzzParseExpiry checks parseExpiry against the reference.
func FuzzParseExpiry(f *testing.F) {
	for _, s := range []string{"12/27", "1/27", "06/2025", "０６／２７", " 06 / 27 ", "13/27", "12/1999", "1 2/27", "12//27", "/27", "12/", "", "１２/３０"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > MaxExpiryLen {
			return
		}
		y, m, detail := parseExpiry(s)
		ry, rm, ok := refExpiry(s)
		if (detail == "") != ok || y != ry || m != rm {
			t.Fatalf("parseExpiry(%q) = %d, %d, %q; reference %d, %d, %t", s, y, m, detail, ry, rm, ok)
		}
	})
}

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
