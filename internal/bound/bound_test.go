package bound

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kessai-jp/kessai/internal/pan"
)

// TestInvisibleRanges: Invisible agrees with the Unicode tables on every
// code point, its fast ranges included.
func TestInvisibleRanges(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := Invisible(r), unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp); got != want {
			t.Fatalf("Invisible(%U) = %v, want %v", r, got, want)
		}
	}
	for _, r := range "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u200c\u200d\u2060\ufeff\u00ad\u2028\u2029" {
		if !Invisible(r) {
			t.Errorf("Invisible(%U) = false", r)
		}
	}
}

func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"ヤマダ タロウ", "ヤマダ タロウ"},
		{"YAMADA\u202eORAT", "YAMADA\ufffdORAT"},
		{"\u2066a\u2069\u200b", "\ufffda\ufffd\ufffd"},
	}
	for _, tc := range tests {
		if got := Visible(tc.in); got != tc.want {
			t.Errorf("Visible(%+q) = %+q, want %+q", tc.in, got, tc.want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { _ = Visible("ヤマダ タロウ") }); n != 0 {
		t.Errorf("Visible of visible text: %v allocations, want 0", n)
	}
}

func TestClip(t *testing.T) {
	tests := []struct{ in, want string }{
		{strings.Repeat("a", 40), strings.Repeat("a", 32) + "…(+8 bytes)"},
		{"4111 1111 1111 1111 and the rest of it", "**** **** **** **** and the rest…(+6 bytes)"},
		{"４１１１\u202e" + strings.Repeat("x", 40), "****\ufffd" + strings.Repeat("x", 17) + "…(+23 bytes)"},
		{strings.Repeat("ア", 11) + "イ", strings.Repeat("ア", 10) + "…(+6 bytes)"}, // cut at a character boundary
	}
	for _, tc := range tests {
		if got := Clip(tc.in); got != tc.want {
			t.Errorf("Clip(%+q) = %+q, want %+q", tc.in, got, tc.want)
		}
	}
}

// FuzzClip: an over-long field is printed without a digit or an invisible
// character, in bounded size, as valid UTF-8, whatever it holds; Field
// never shows a run that may be a card number.
func FuzzClip(f *testing.F) {
	for _, s := range []string{
		"4111 1111 1111 1111",
		"4111ー1111ー1111ー1111",
		"4111\u00a01111\u00a01111\u00a01111",
		"4111\u30001111\u30001111\u30001111",
		`4111\u30001111\u30001111\u30001111`,   // %+q of the ideographic-space form
		`"4111\u00a01111\u00a01111\u00a01111"`, // JSON of the non-breaking-space form
		"４１１１－１１１１－１１１１－１１１１",
		"YAMADA\u202eORAT 4111.1111.1111.1111",
		"\xff\xfe4111111111111111",
	} {
		f.Add(s, 8)
		f.Add(s, 64)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max = max & 0xff
		c := Clip(s)
		shown, _, ok := strings.Cut(c, "…(+")
		if !ok || pan.LongestRun(shown) != 0 || HasInvisible(c) || !utf8.ValidString(c) || len(c) > 4*Keep+32 {
			t.Fatalf("Clip(%+q) = %+q", s, c)
		}
		got := Field(s, max, pan.Mask)
		if pan.Contains(got) || HasInvisible(got) {
			t.Fatalf("Field(%+q, %d, pan.Mask) = %+q", s, max, got)
		}
	})
}

// FuzzHasInvisible: HasInvisible agrees with the Unicode tables read rune
// by rune, on any bytes (its fast path for kana and ideographs included).
func FuzzHasInvisible(f *testing.F) {
	for _, s := range []string{"", "ヤマダ タロウ", "ヤマダ\u202eタロウ", "\xe3\u202e", "\xe3\x80\u202e", "山田\u200b", "\ufeff", "a\u00adb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, r := range s {
			want = want || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp)
		}
		if got := HasInvisible(s); got != want {
			t.Fatalf("HasInvisible(%+q) = %v, want %v", s, got, want)
		}
	})
}

// TestHasDigitRanges: no character from U+3000 to U+9FFF, which HasDigit
// steps over, reads as a digit.
func TestHasDigitRanges(t *testing.T) {
	for r := rune(0x3000); r <= 0x9fff; r++ {
		if pan.IsDigit(r) {
			t.Fatalf("pan.IsDigit(%U) = true, but HasDigit steps over it", r)
		}
	}
}

// FuzzHasDigit: HasDigit agrees with pan.IsDigit read rune by rune (and a
// backslash), on any bytes; text without a digit holds no card number.
func FuzzHasDigit(f *testing.F) {
	for _, s := range []string{"", "ヤマダ タロウ", "ヤマダ2", "ヤマダ２", "山田①", "\xe3４", "\xe3\x80４", `\u0034`, "٤"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ContainsRune(s, '\\')
		for _, r := range s {
			want = want || pan.IsDigit(r)
		}
		got := HasDigit(s)
		if got != want {
			t.Fatalf("HasDigit(%+q) = %v, want %v", s, got, want)
		}
		if !got && pan.Contains(s) {
			t.Fatalf("HasDigit(%+q) = false, but pan finds a number", s)
		}
	})
}
