package brand

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// MaxInputLen is the most bytes [Parse], [Detect] and [Candidates] read. Longer
// input is rejected before any work. It leaves room for 19 full-width digits
// (3 bytes each in UTF-8) with a full-width separator between every group.
const MaxInputLen = 96

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

// isSeparator reports whether r, already folded, is a character people type
// between digit groups: white space (the ideographic space folds to a space)
// and dashes. Dashes are Unicode's dash punctuation (hyphen, en and em dash,
// the full-width hyphen-minus folds to '-'), the minus sign, and the katakana
// prolonged sound mark "ー", which Japanese input methods produce for a
// hyphen typed in kana mode.
func isSeparator(r rune) bool {
	switch r {
	case ' ', '-', '\t', '\n', '\r', '\v', '\f':
		return true
	case '\u2212', '\u30fc': // − minus sign, ー prolonged sound mark
		return true
	}
	return r >= utf8.RuneSelf && (unicode.IsSpace(r) || unicode.Is(unicode.Pd, r))
}

// scanned is a card number's digits as read from the input.
type scanned struct {
	d   [MaxDigits]byte // the first MaxDigits digits, ASCII
	n   int             // digits seen, possibly more than MaxDigits
	bad int             // rune index of the first character not allowed, or -1
}

// scan reads s (at most MaxInputLen bytes, checked by the caller), folding
// width and skipping separators, and stops at the first character that is
// neither a digit nor a separator. ASCII input takes the first branch only
// and does not allocate; nothing here allocates.
func scan(s string, sc *scanned) {
	sc.n, sc.bad = 0, -1
	pos := 0
	for i := 0; i < len(s); pos++ {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case '0' <= c && c <= '9':
				if sc.n < MaxDigits {
					sc.d[sc.n] = c
				}
				sc.n++
			case c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			default:
				sc.bad = pos
				return
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			sc.bad = pos
			return
		}
		r = fold(r)
		switch {
		case '0' <= r && r <= '9':
			if sc.n < MaxDigits {
				sc.d[sc.n] = byte(r)
			}
			sc.n++
		case isSeparator(r):
		default:
			sc.bad = pos
			return
		}
	}
}
