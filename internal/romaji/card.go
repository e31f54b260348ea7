package romaji

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// longMarker follows a vowel letter in a normalised card name when the card
// wrote it with a macron or circumflex (Ō, Û): the vowel is long (C3).
const longMarker = '^'

// Card is a normalised card name: upper-case ASCII letters and apostrophes,
// tokens separated by single spaces, a vowel followed by '^' where the card
// marked it long. The zero value is an empty name.
type Card struct {
	b   [2 * MaxCardRunes]byte
	n   int
	len int // characters as a card shows them: '^' not counted
}

// Len returns the name's length in card characters: letters, apostrophes
// and one separator between tokens.
func (c *Card) Len() int { return c.len }

// cut tells, when allowed holds Truncated, whether the name may be the
// track's cut of a longer name (C3, SPEC "Public facts"): 2 anywhere, for a
// name as long as the track holds; 1 at a part boundary, for one less, as
// when the cut fell on the space; 0 otherwise.
func (c *Card) cut(allowed Mask) uint8 {
	switch {
	case !allowed.Has(Truncated):
		return 0
	case c.len == TrackLen:
		return 2
	case c.len == TrackLen-1:
		return 1
	}
	return 0
}

// Tokens returns the number of tokens.
func (c *Card) Tokens() int {
	if c.n == 0 {
		return 0
	}
	t := 1
	for _, b := range c.b[:c.n] {
		if b == ' ' {
			t++
		}
	}
	return t
}

// String returns the normalised name, a long vowel written with a macron
// ("SATŌ YŪKO"), so that NormalizeCard(c.String()) gives c back.
func (c *Card) String() string {
	var buf [4 * MaxCardRunes]byte
	out := buf[:0]
	for i := 0; i < c.n; i++ {
		if i+1 < c.n && c.b[i+1] == longMarker {
			out = utf8.AppendRune(out, macronOf(c.b[i]))
			i++
			continue
		}
		out = append(out, c.b[i])
	}
	return string(out)
}

func macronOf(v byte) rune {
	switch v {
	case 'A':
		return 'Ā'
	case 'E':
		return 'Ē'
	case 'I':
		return 'Ī'
	case 'O':
		return 'Ō'
	}
	return 'Ū'
}

func isVowel(b byte) bool {
	switch b {
	case 'A', 'E', 'I', 'O', 'U':
		return true
	}
	return false
}

// cardClass classifies one input rune of the card field.
type cardClass uint8

const (
	ccLetter cardClass = iota
	ccSeparator
	ccApostrophe
	ccMark // a combining mark
	ccKana
	ccOther
)

func classifyCard(r rune) cardClass {
	switch {
	case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z'),
		r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A:
		return ccLetter
	case r == ' ', r == ',', r == '/', r == '.', r == '-', r == '_', r == '\t',
		r == '\u3000', r == '\u00A0', r == '，', r == '／', r == '．', r == '－', r == '＿',
		r == '、', r == '。', r == '・', r == '･', r == '‐', r == '–', r == '—':
		return ccSeparator
	case r == '\'', r == '’', r == '＇', r == 'ʼ':
		return ccApostrophe
	case r >= 0x300 && r <= 0x36F:
		return ccMark
	case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7, r >= 0x1E00 && r <= 0x1EFF:
		return ccLetter // checked against its decomposition below
	case r >= 0x3041 && r <= 0x30FF, r >= 0xFF66 && r <= 0xFF9F, r >= 0x31F0 && r <= 0x31FF,
		unicode.Is(unicode.Han, r), r == '々':
		return ccKana
	}
	return ccOther
}

// NormalizeCard normalises the name typed or embossed on a card (C3):
// full-width letters, any case, diacritics (a macron or circumflex marks a
// long vowel, others are dropped), tokens separated by any run of spaces,
// commas, slashes (the track's SURNAME/GIVEN), dots, hyphens or
// underscores. Kana or kanji are [NotRomaji]; digits and other symbols are
// [BadCharacter].
//
// A name as cards and forms give it, ASCII letters, apostrophes and
// separators and the vowels with a macron or circumflex (SATŌ YŪKO,
// SATÔ), takes a fast path ([cardFast]) that gives what the general one
// would (TestCardFastAgrees, FuzzCardFastAgrees).
func NormalizeCard(s string) (c Card, p Problem) {
	// Both paths write c in place: a Card is too large to copy for nothing.
	if !cardFast(&c, s) {
		p = cardGeneral(&c, s)
	}
	return
}

// cardFast is NormalizeCard for a name of ASCII letters, apostrophes and
// separators and the vowels with a macron or circumflex, precomposed
// ([longVowel]) or an ASCII vowel followed by U+0304 or U+0302, within
// MaxCardRunes and not empty (C3): it upper-cases,
// marks the long vowels and collapses the separators in one pass, with no
// call to golang.org/x/text. It reports false for any other input, which
// the general path ([cardGeneral]) then judges. It writes the name into
// *c, which must be zero, and leaves it zero when it reports false.
func cardFast(c *Card, s string) bool {
	if len(s) > 2*MaxCardRunes { // a long vowel takes two bytes
		return false
	}
	sep := true    // at the start or after a separator
	vowel := false // the last byte written is a vowel a mark may lengthen
	runes := 0
	for i := 0; i < len(s); i++ {
		runes++
		switch b := s[i]; {
		case b|0x20 >= 'a' && b|0x20 <= 'z':
			c.b[c.n] = b &^ 0x20
			c.n++
			c.len++
			sep = false
			vowel = isVowel(b &^ 0x20)
			continue
		case b == 0xCC && vowel && i+1 < len(s) && (s[i+1] == 0x84 || s[i+1] == 0x82):
			// A combining macron or circumflex (U+0304, U+0302) on the
			// vowel before it, as NFD text writes Ō: NFKC would compose
			// the two, and the general path mark the vowel long.
			c.b[c.n] = longMarker
			c.n++
			i++
		case b == ' ', b == ',', b == '/', b == '.', b == '-', b == '_', b == '\t':
			if !sep {
				c.b[c.n] = ' '
				c.n++
				c.len++
				sep = true
			}
		case b == '\'':
			c.b[c.n] = '\''
			c.n++
			c.len++
			sep = false
		case b >= 0xC3 && b <= 0xC5 && i+1 < len(s):
			// Two bytes: Â Ê Î Ô Û (U+00C2…) or Ā Ē Ī Ō Ū (U+0100…).
			v := longVowel(rune(b&0x1F)<<6 | rune(s[i+1]&0x3F))
			if v == 0 || s[i+1]&0xC0 != 0x80 {
				return c.discard()
			}
			c.b[c.n], c.b[c.n+1] = v, longMarker
			c.n += 2
			c.len++
			sep = false
			i++
		default:
			return c.discard()
		}
		vowel = false
	}
	if runes > MaxCardRunes {
		return c.discard() // the general path reports it
	}
	if sep {
		if c.n == 0 {
			return c.discard() // empty: the general path reports it
		}
		c.n-- // a trailing separator, cleared as the general path clears it
		c.len--
		c.b[c.n] = 0
	}
	return true
}

// longVowel returns the vowel r marks long with a macron or circumflex,
// upper case (Ō and ô give O), or 0.
func longVowel(r rune) byte {
	switch r {
	case 'Ā', 'ā', 'Â', 'â':
		return 'A'
	case 'Ē', 'ē', 'Ê', 'ê':
		return 'E'
	case 'Ī', 'ī', 'Î', 'î':
		return 'I'
	case 'Ō', 'ō', 'Ô', 'ô':
		return 'O'
	case 'Ū', 'ū', 'Û', 'û':
		return 'U'
	}
	return 0
}

// discard clears what a fast path that gave up wrote into c, and reports
// false.
func (c *Card) discard() bool {
	clear(c.b[:c.n])
	c.n, c.len = 0, 0
	return false
}

// fault clears what cardGeneral wrote into c and returns p.
func (c *Card) fault(p Problem) Problem {
	clear(c.b[:c.n])
	c.n, c.len = 0, 0
	return p
}

// cardGeneral is NormalizeCard for any input: it writes the name into *c,
// which must be zero, and leaves it zero on a fault.
func cardGeneral(c *Card, s string) Problem {
	if len(s) > MaxCardRunes*utf8.UTFMax {
		return c.fault(Problem{TooLong, MaxCardRunes})
	}
	pos, combining := 0, false
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return c.fault(Problem{BadCharacter, pos})
			}
		}
		if pos >= MaxCardRunes {
			return c.fault(Problem{TooLong, MaxCardRunes})
		}
		switch classifyCard(r) {
		case ccKana:
			return c.fault(Problem{NotRomaji, pos})
		case ccOther:
			return c.fault(Problem{BadCharacter, pos})
		case ccMark:
			combining = true
		case ccLetter:
			if r >= 0x80 && (r < 0xFF21 || r > 0xFF5A) && !latinLetter(r) {
				return c.fault(Problem{BadCharacter, pos})
			}
		}
		pos++
	}
	// Width is folded rune by rune below; only combining marks need NFKC,
	// which composes them with their letters (O+U+0304 to Ō).
	if combining {
		s = norm.NFKC.String(s)
	}
	sep := true // at the start or after a separator
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0xFF01 && r <= 0xFF5E || r == '\u3000' {
			r = width.LookupRune(r).Folded()
		}
		if c.n+2 > len(c.b) {
			return c.fault(Problem{TooLong, MaxCardRunes})
		}
		switch classifyCard(r) {
		case ccSeparator:
			if !sep {
				c.b[c.n] = ' '
				c.n++
				c.len++
				sep = true
			}
		case ccApostrophe:
			c.b[c.n] = '\''
			c.n++
			c.len++
			sep = false
		case ccMark:
			// A mark NFKC could not compose: a macron or circumflex on a
			// vowel still marks it long; any other mark is dropped.
			if (r == '\u0304' || r == '\u0302') && c.n > 0 && isVowel(c.b[c.n-1]) {
				c.b[c.n] = longMarker
				c.n++
			}
		case ccLetter:
			if r < 0x80 {
				c.b[c.n] = byte(r) &^ 0x20
				c.n++
				c.len++
				sep = false
				break
			}
			d := norm.NFD.PropertiesString(s[i:]).Decomposition()
			base, n := utf8.DecodeRune(d)
			if len(d) == 0 || base >= 0x80 {
				return c.fault(Problem{BadCharacter, c.len})
			}
			c.b[c.n] = byte(base) &^ 0x20
			c.n++
			c.len++
			sep = false
			if v := c.b[c.n-1]; isVowel(v) {
				for _, m := range string(d[n:]) {
					if m == '\u0304' || m == '\u0302' {
						c.b[c.n] = longMarker
						c.n++
						break
					}
				}
			}
		default:
			return c.fault(Problem{BadCharacter, c.len})
		}
		i += size
	}
	if sep && c.n > 0 {
		c.n-- // a trailing separator; cleared so that equal names compare equal
		c.len--
		c.b[c.n] = 0
	}
	if c.n == 0 {
		return c.fault(Problem{Empty, 0})
	}
	return Problem{}
}

// latinLetter reports whether r is a Latin letter that decomposes to an
// ASCII letter and marks (É, Ō, Û); letters such as Ø or ß do not.
func latinLetter(r rune) bool {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFD.Properties(buf[:n]).Decomposition()
	if len(d) == 0 {
		return false
	}
	return d[0] < 0x80 && (d[0]|0x20 >= 'a' && d[0]|0x20 <= 'z')
}
