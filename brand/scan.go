package brand

import (
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/kessai-jp/kessai/internal/pan"
)

// maxInputLen is the most bytes Parse, Digits, Detect, Candidates and Luhn
// read. Longer input is rejected before any work. It leaves room for 19
// full-width digits (3 bytes each in UTF-8) with a full-width separator
// between every group.
const maxInputLen = 96

// fold maps a full-width or half-width character to its canonical width
// (full-width digits and Latin letters to ASCII, the ideographic space to a
// space, half-width katakana to full width), using the Unicode East Asian
// Width data of golang.org/x/text/width.
func fold(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		return f
	}
	return r
}

// eightDigits reports whether s, of 8 bytes, is 8 ASCII digits. It tests
// the 8 bytes at once as one 64-bit word: a digit byte is 0x30–0x39, so its
// high nibble is 3 and adding 6 leaves the high nibble 3 as well.
func eightDigits(s string) bool {
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return (x&0xf0f0f0f0f0f0f0f0)|((x+0x0606060606060606)&0xf0f0f0f0f0f0f0f0)>>4 == 0x3333333333333333
}

// scanned is a card number's digits as read from the input.
type scanned struct {
	d   [maxDigits]byte // the first maxDigits digits, ASCII
	n   int             // digits seen, possibly more than maxDigits
	bad int             // rune index of the first character not allowed, or -1
}

// scan reads s (at most maxInputLen bytes, checked by the caller), reading
// full-width digits as ASCII and skipping separators, and stops at the first
// character that is neither a digit nor a separator. A separator is what
// pan.IsSeparator says, the one definition that kessai's card-number
// detector shares, so that every number Parse accepts is masked wherever it
// appears in text. Width folding changes no character's standing as a
// separator and folds no character but a full-width digit to a digit
// (FuzzParse checks against golang.org/x/text/width), so no width lookup is
// needed. A run of ASCII digits is copied 8 bytes at a time; nothing here
// allocates. The counters live in locals, not in *sc, so that the loop runs
// in registers.
func scan(s string, sc *scanned) {
	n, pos := 0, 0
	d := &sc.d
	for i := 0; i < len(s); pos++ {
		if i+8 <= len(s) && n+8 <= maxDigits && eightDigits(s[i:i+8]) {
			// The usual input: a run of ASCII digits, 8 at a time.
			copy(d[n:n+8], s[i:i+8])
			i, n, pos = i+8, n+8, pos+7
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c-'0' < 10 {
				if n < maxDigits {
					d[n] = c
				}
				n++
				continue
			}
			if c != ' ' && c != '-' && !pan.IsSeparator(rune(c)) { // the commonest two first
				sc.n, sc.bad = n, pos
				return
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			sc.n, sc.bad = n, pos
			return
		}
		switch {
		case '０' <= r && r <= '９':
			// Full-width digits, what Japanese input methods type.
			if n < maxDigits {
				d[n] = byte(r - ('０' - '0'))
			}
			n++
		case r == '\u3000', r == '－', r == 'ー':
			// Ideographic space, full-width hyphen-minus, prolonged sound
			// mark: the separators typed in Japanese input mode, tested
			// first as the commonest.
		case pan.IsSeparator(r):
		default:
			sc.n, sc.bad = n, pos
			return
		}
	}
	sc.n, sc.bad = n, -1
}
