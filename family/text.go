package family

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/pan"
)

// fold normalises text before it is judged: full-width ASCII becomes ASCII,
// half-width katakana becomes full-width, the result is NFC-composed (so a
// half-width voiced mark joins its kana) and white space at both ends,
// including the ideographic space U+3000, is trimmed. Text that folding
// would not change, the common case (ASCII, full-width kana, kanji), takes a
// fast path without allocating.
func fold(s string) string {
	if needsFold(s) {
		s = norm.NFC.String(width.Fold.String(s))
	}
	return strings.TrimSpace(s)
}

// needsFold reports whether width folding or NFC would change s: it holds a
// full-width or half-width rune (the only ones width.Fold maps), or it is
// not already in NFC.
func needsFold(s string) bool {
	other := false
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if stableWide(r) {
			continue
		}
		other = true
		if k := width.LookupRune(r).Kind(); k == width.EastAsianFullwidth || k == width.EastAsianHalfwidth {
			return true
		}
	}
	return other && norm.NFC.QuickSpanString(s) != len(s)
}

// checkText bounds, validates and folds a text field: at most max bytes
// before and after folding, valid UTF-8, no control characters, and no run
// of 12 or more digits that could be a card number, as internal/pan (the one
// detector) reads runs. It returns the folded text and a sentinel error.
func checkText(s string, max int) (string, error) {
	if len(s) > max {
		return "", ErrTooLong
	}
	// Fast path for printable ASCII, most IDs and descriptions: one pass,
	// eight bytes at a time, nothing to fold. It counts the digits; only
	// text with pan.MinDigits of them can hold a card number, and only that
	// text goes to the detector.
	digits := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if w := load64(s[i:]); w&hi8 == 0 {
				// Every byte is ASCII, so per-byte sums below cannot carry.
				ctrl := (w - 0x20*lo8) & ^w & hi8 // a byte below 0x20
				del := zeroBytes(w ^ 0x7f*lo8)    // a DEL
				if ctrl|del != 0 {
					return "", ErrText
				}
				digit := (w + (0x80-'0')*lo8) & ^(w + (0x80-'9'-1)*lo8) & hi8
				digits += bits.OnesCount64(digit)
				i += 8
				continue
			}
		}
		c := s[i]
		i++
		if c-'0' <= 9 {
			digits++
			continue
		}
		if c < 0x20 || c >= 0x7f {
			if c >= utf8.RuneSelf {
				return checkUnicode(s, max)
			}
			return "", ErrText
		}
	}
	if digits >= pan.MinDigits && pan.Contains(s) {
		return "", ErrCardNumber
	}
	if len(s) > 0 && s[0] > ' ' && s[len(s)-1] > ' ' {
		return s, nil
	}
	return strings.TrimSpace(s), nil
}

// Byte masks for eight-bytes-at-a-time scanning.
const (
	lo8 = 0x0101010101010101
	hi8 = 0x8080808080808080
)

// load64 reads the first eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zeroBytes returns hi8's bit set for exactly the bytes of w that are 0,
// for w whose bytes are all below 0x80.
func zeroBytes(w uint64) uint64 {
	return ^((w + 0x7f7f7f7f7f7f7f7f) | w) & hi8
}

// checkUnicode is checkText for text with non-ASCII runes. One pass
// validates the UTF-8, refuses control characters and invisible ones
// (bidirectional controls, zero-width characters …), counts what may be a
// digit (an ASCII digit or a rune other than kana and kanji) and finds out
// whether folding would change anything; text with pan.MinDigits such runes
// goes to the detector. Only text that needs folding (full-width or
// half-width runes, or not in NFC) is folded and checked again.
func checkUnicode(s string, max int) (string, error) {
	needs, other, invisible, digits := false, false, false, 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c < 0x20 || c == 0x7f:
				return "", ErrText
			case c-'0' <= 9:
				digits++
			}
			continue
		}
		// Kana and kanji are three bytes; decode them inline. A rune in the
		// stable ranges cannot be overlong or a surrogate, nor a digit.
		if i+2 < len(s) && s[i]&0xF0 == 0xE0 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 &&
			stableWide(rune(s[i]&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F)) {
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return "", ErrText
		}
		i += n
		if unicode.IsControl(r) {
			return "", ErrText
		}
		// An invisible character is refused, but a card number whose
		// groups it separates is reported as one.
		invisible = invisible || bound.Invisible(r)
		other = true
		digits++
		if k := width.LookupRune(r).Kind(); k == width.EastAsianFullwidth || k == width.EastAsianHalfwidth {
			needs = true
		}
	}
	if digits >= pan.MinDigits && pan.Contains(s) {
		return "", ErrCardNumber
	}
	if invisible {
		return "", ErrText
	}
	if !needs && (!other || norm.NFC.QuickSpanString(s) == len(s)) {
		return trim(s), nil
	}
	f := strings.TrimSpace(norm.NFC.String(width.Fold.String(s)))
	if len(f) > max {
		return "", ErrTooLong
	}
	for _, r := range f {
		if unicode.IsControl(r) || bound.Invisible(r) {
			return "", ErrText
		}
	}
	if pan.Contains(f) {
		return "", ErrCardNumber
	}
	return f, nil
}

// trim is strings.TrimSpace with a fast path for valid UTF-8 without
// control characters (what checkUnicode passes it) whose ends cannot be
// white space, the usual case for kana names.
func trim(s string) string {
	if s != "" && !spaceStart(s) && !spaceEnd(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// spaceStart reports whether s, valid UTF-8 without control characters,
// may begin with a rune unicode.IsSpace accepts: ' ', U+00A0, U+1680,
// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F or U+3000. It looks at the
// lead bytes only, so it may say true for other runes (U+00A1, U+2010…),
// which then take the slow path; it never says false for a space.
func spaceStart(s string) bool {
	switch s[0] {
	case ' ', 0xC2, 0xE1, 0xE2:
		return true
	case 0xE3:
		return len(s) > 1 && s[1] == 0x80
	}
	return false
}

// spaceEnd is spaceStart for the last rune of s.
func spaceEnd(s string) bool {
	n := len(s)
	switch {
	case s[n-1] == ' ':
		return true
	case n >= 2 && s[n-2] == 0xC2:
		return true
	case n >= 3 && (s[n-3] == 0xE1 || s[n-3] == 0xE2):
		return true
	case n >= 3 && s[n-3] == 0xE3 && s[n-2] == 0x80:
		return true
	}
	return false
}

// stableWide reports whether r is hiragana, katakana, the prolonged sound
// mark or a CJK unified ideograph: wide runes that neither width folding nor
// NFC changes (the combining sound marks U+3099 and U+309A lie outside).
func stableWide(r rune) bool {
	return r >= 0x3041 && r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA || r == 0x30FC || r >= 0x4E00 && r <= 0x9FFF
}

// foldLast4 folds s and reports whether it is exactly four ASCII digits.
func foldLast4(s string) (string, bool) {
	if len(s) == 4 && s[0]-'0' <= 9 && s[1]-'0' <= 9 && s[2]-'0' <= 9 && s[3]-'0' <= 9 {
		return s, true // the usual case: nothing to fold
	}
	if len(s) > 4*3 { // four full-width digits are 12 bytes
		return "", false
	}
	f := fold(s)
	if len(f) != 4 {
		return "", false
	}
	for i := 0; i < 4; i++ {
		if f[i] < '0' || f[i] > '9' {
			return "", false
		}
	}
	return f, true
}
