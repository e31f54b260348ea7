package eligibility

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// expiryRef is the slow reference for parseExpiry: NFKC-fold, then a
// regular expression.
var expiryRef = regexp.MustCompile(`^ *([0-9]{1,2}) */ *([0-9]{2}|[0-9]{4}) *$`)

func refExpiry(s string) (int, time.Month, bool) {
	s = strings.ReplaceAll(norm.NFKC.String(s), "\u3000", " ")
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

// FuzzFold: fold is idempotent.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"ＰａｙＰａｙ銀行", "ｽﾙｶﾞ銀行", "こんびに 払い", "Credit-Card"} {
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
	})
}
