package pan

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// visa is a published test number (Visa, 16 digits, Luhn-valid).
const visa = "4111111111111111"

// forms writes digits in the forms people type or paste a card number,
// grouped 4-4-4-… (and 4-6-5 for 15 digits).
func forms(digits string) map[string]string {
	groups := func(sep string) string {
		var b strings.Builder
		for i, r := range digits {
			if i > 0 && (i%4 == 0 && len(digits) != 15 || len(digits) == 15 && (i == 4 || i == 10)) {
				b.WriteString(sep)
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	full := strings.Map(func(r rune) rune { return r - '0' + '０' }, digits)
	out := map[string]string{
		"plain":      digits,
		"full-width": full,
		"full-width ideographic": func() string {
			var b strings.Builder
			for i, r := range full {
				if i > 0 && i%(4*3) == 0 { // every 4 digits of 3 bytes
					b.WriteString("　")
				}
				b.WriteRune(r)
			}
			return b.String()
		}(),
	}
	for name, sep := range map[string]string{
		"space": " ", "double space": "  ", "ideographic space": "\u3000", "nbsp": "\u00a0",
		"thin space": "\u2009", "narrow nbsp": "\u202f", "hyphen": "-", "full-width hyphen": "－",
		"prolonged sound mark": "ー", "half-width prolonged": "ｰ", "en dash": "–", "em dash": "—",
		"minus": "−", "dot": ".", "full-width dot": "．", "ideographic full stop": "。",
		"middle dot": "・", "slash": "/", "full-width slash": "／", "zero-width space": "\u200b",
		"rtl override": "\u202e", "lrm": "\u200e", "soft hyphen": "\u00ad", "tab": "\t",
		"space hyphen space": " - ", "wave dash": "〜", "control": "\x01",
	} {
		out[name] = groups(sep)
	}
	return out
}

func TestMaskForms(t *testing.T) {
	for _, digits := range []string{"411111111111", "4111111111111", visa, "378282246310005", "6212345678901232", "4111111111111111110"} {
		for name, s := range forms(digits) {
			for _, wrap := range []string{"%s", "card %s here", "「%s」", "x%sy"} {
				in := fmt.Sprintf(wrap, s)
				got := Mask(in)
				if n := LongestRun(got); n > 0 && visibleDigits(got) > KeepFirst+KeepLast {
					t.Errorf("Mask(%q) [%s] = %q shows %d digits", in, name, got, visibleDigits(got))
				}
				if got == in {
					t.Errorf("Mask(%q) [%s] left it unmasked", in, name)
				}
				if !Contains(in) {
					t.Errorf("Contains(%q) [%s] = false", in, name)
				}
				if LongestRun(in) != len(digits) {
					t.Errorf("LongestRun(%q) [%s] = %d, want %d", in, name, LongestRun(in), len(digits))
				}
			}
		}
	}
}

// visibleDigits counts the digits left in s.
func visibleDigits(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c, size, _ := next(s, i)
		if c == digit {
			n++
		}
		i += size
	}
	return n
}

func TestMask(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"no digits", "no digits"},
		{"2026-11-25", "2026-11-25"},
		{"090-1234-5678", "090-1234-5678"},           // a phone number: 11 digits
		{"¥1,234,567,890,123", "¥1,234,567,890,123"}, // commas are not separators
		{visa, "411111******1111"},
		{"4111 1111 1111 1111", "4111 11** **** 1111"},
		{"card 4111-1111-1111-1111.", "card 4111-11**-****-1111."},
		{"４１１１　１１１１　１１１１　１１１１", "４１１１　１１＊＊　＊＊＊＊　１１１１"},
		{"4111ー1111ー1111ー1111", "4111ー11**ー****ー1111"},
		{"3782 822463 10005", "3782 82**** *0005"},
		{"411111111111", "411111**1111"}, // 12 digits: 2 hidden
		{"41111111111", "41111111111"},   // 11 digits: not a card number
		{`"4111\u30001111\u30001111\u30001111"`, `"4111\u300011**\u3000****\u30001111"`},
		{`"\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11"`,
			`"\uff14\uff11\uff11***********\uff11\uff11"`}, // %+q: each escape shows two digits, 1 and its own
		// An escape of no digit is its backslash and letter: the
		// hexadecimal digits after them are read as digits, and hide none
		// of the number behind them.
		{`\U4539148803436467`, `\U453914******6467`},
		{`\u4539148803436467`, `\u453914******6467`},
		{`\x4539148803436467`, `\x453914******6467`},
		// An escape of a digit counts for the digits it shows ("\x36" is 6
		// to the detector and 3, 6 to the eye): no reading shows more than
		// the first 6 and the last 4, and a number is found in either.
		{`x\x3612 7358 1926 06`, `x\x3612 73** **26 06`},
		{`\U000000345391488034`, `*******8034`},
		// Digits with a full stop, circled, parenthesised, dingbats.
		{"⒋⒌⒊⒐⒈⒋⒏⒏⓪⒊⒋⒊⒍⒋⒍⒎", "⒋⒌⒊⒐⒈⒋******⒍⒋⒍⒎"},
		{"⑷⑸⑶⑼⑴⑷⑻⑻⓪⑶⑷⑶⑹⑷⑹⑺", "⑷⑸⑶⑼⑴⑷******⑹⑷⑹⑺"},
		{"❹➎➂⓽❶➍➇⒏🄀❸⓸➌❻❹➅❼", "❹➎➂⓽❶➍******❻❹➅❼"},
		{"4111\t1111\t1111\t1111", "4111\t11**\t****\t1111"},
		{`4111\t1111\t1111\t1111`, `4111\t11**\t****\t1111`},
		{"4\u20e3111111111111111", "4\u20e311111******1111"}, // a keycap mark on a digit
		{"a 4111 1111 1111 1111 b 5555 5555 5555 4444 c", "a 4111 11** **** 1111 b 5555 55** **** 4444 c"},
		{`\u12`, `\u12`},
		// A control character shows as nothing: the digits around it are
		// one number, raw or escaped.
		{"4111\x011111\x011111\x011111", "4111\x0111**\x01****\x011111"},
		{`4111\x011111\x011111\x011111`, `4111\x0111**\x01****\x011111`},
		{`4111\u00011111\u00011111\u00011111`, `4111\u000111**\u0001****\u00011111`},
		// An escape of no digit ends a run: JSON writes & as \u0026, next
		// to an 11-digit run; an encoder's escape is one character, any
		// other's digits after its letter start another run.
		{`0000000 0000\u00260000`, `0000000 0000\u00260000`},
		{`12345678901\u0026`, `12345678901\u0026`},
		{`\u002612345678`, `\u002612345678`}, // encoding/json's & (its digits fixed)
		{`\u003c1234567890`, `\u003c1234567890`},
		{`\xe31234567890`, `\xe31234567890`},         // %q's byte of invalid UTF-8
		{`\x8112345678901234`, `\x811234******1234`}, // \x80–\x99: two digits, maybe UnionPay's 81
		{`\u00451234567890`, `\u004512****7890`},     // E: written by no encoder, its digits count
		// The price, on the safe side: a phone number right after an
		// escaped kana joins the escape's digits (documented).
		{`\u306709012345678`, `\u306709*****5678`},
		{`\xff12345678901`, `\xff12345678901`},
		{`\`, `\`},
		{"\xff4111111111111111\xff", "\xff411111******1111\xff"},
	}
	for _, tt := range tests {
		if got := Mask(tt.in); got != tt.want {
			t.Errorf("Mask(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := string(MaskBytes([]byte(tt.in))); got != tt.want {
			t.Errorf("MaskBytes(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := string(AppendMask([]byte("x"), tt.in)); got != "x"+tt.want {
			t.Errorf("AppendMask(x, %q) = %q, want %q", tt.in, got, "x"+tt.want)
		}
	}
}

// TestQuoted checks that text quoted by %q, %+q and strconv before it
// reaches the detector is still masked: the escapes' own digits do not
// break the run up.
func TestQuoted(t *testing.T) {
	for _, digits := range []string{visa, "378282246310005", "6212345678901232"} {
		for name, s := range forms(digits) {
			for _, q := range []string{fmt.Sprintf("%q", s), fmt.Sprintf("%+q", s), strconv.QuoteToASCII(s)} {
				got := Mask(q)
				unq, err := strconv.Unquote(got)
				if err != nil {
					t.Fatalf("Mask(%s) [%s] = %s: not a quoted string any more: %v", q, name, got, err)
				}
				if n := visibleDigits(unq); n > KeepFirst+KeepLast {
					t.Errorf("Mask(%s) [%s] = %s shows %d digits once unquoted", q, name, got, n)
				}
			}
		}
	}
}

func TestIsSeparator(t *testing.T) {
	for _, r := range " \t-./　－ー–—−．。・／\u00a0\u2009\u200b\u202e\u2066\u061c\ufeff" {
		if !IsSeparator(r) {
			t.Errorf("IsSeparator(%U) = false", r)
		}
	}
	for _, r := range "0９a,_:+*#¥ア漢\x01\x7f" {
		if IsSeparator(r) {
			t.Errorf("IsSeparator(%U) = true", r)
		}
	}
}

func TestNoAllocs(t *testing.T) {
	for _, s := range []string{"a plain sentence with 2026-11-25 in it", "ヤマダ タロウ 2026年11月25日", ""} {
		if n := testing.AllocsPerRun(100, func() { sink = Mask(s) }); n != 0 {
			t.Errorf("Mask(%q) allocates %v times", s, n)
		}
		if n := testing.AllocsPerRun(100, func() { sinkBool = Contains(s) }); n != 0 {
			t.Errorf("Contains(%q) allocates %v times", s, n)
		}
	}
}

var (
	sink     string
	sinkBool bool
)

func BenchmarkMask(b *testing.B) {
	for _, bm := range []struct{ name, s string }{
		{"ascii-clean", "kessai check: expiry 12/2028 is in the past (C4)"},
		{"japanese-clean", "カード名義が契約者の氏名と一致しません(旧姓・家族名義のカードは登録できません)"},
		{"number", "number 4111 1111 1111 1111 typed here"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sink = Mask(bm.s)
			}
		})
	}
}

// FuzzMask checks the detector's properties on any text: Mask never panics,
// is idempotent, keeps valid UTF-8 valid, leaves no run of MinDigits or
// more digits with more than the kept digits visible, and changes nothing
// when Contains is false.
func FuzzMask(f *testing.F) {
	for _, digits := range []string{visa, "378282246310005", "411111111111"} {
		for _, s := range forms(digits) {
			f.Add(s)
			f.Add(fmt.Sprintf("%+q", s))
		}
	}
	f.Add("2026-11-25 – 2026-12-07")
	f.Add(`\u0034\u0031`)
	f.Fuzz(func(t *testing.T, s string) {
		got := Mask(s)
		if Mask(got) != got {
			t.Errorf("Mask not idempotent on %q: %q then %q", s, got, Mask(got))
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("Mask(%q) = %q: invalid UTF-8", s, got)
		}
		if !Contains(s) && got != s {
			t.Errorf("Mask(%q) = %q though Contains is false", s, got)
		}
		scan(got, func(start, end, digits int) bool {
			if digits >= MinDigits && visibleDigits(got[start:end]) > KeepFirst+KeepLast {
				t.Errorf("Mask(%q) = %q leaves %q", s, got, got[start:end])
			}
			return true
		})
	})
}
