// Package bound holds what kessai's packages share to keep hostile input
// cheap and harmless: the test for characters that are never shown raw
// (bidirectional controls and other invisible format characters), a
// bounded copy of a decoder's input, and the form in which an over-long
// field is printed.
//
// Nothing here allocates unless it returns a new string.
package bound

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/kessai-jp/kessai/internal/pan"
)

// Invisible reports whether r is a character that changes how the text
// around it is shown without being seen itself: a format character
// (Unicode category Cf: the bidirectional embeddings, overrides and
// isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E, U+200F and
// U+061C, zero-width space and joiners, word joiner, soft hyphen, byte-order
// mark …) or a line or paragraph separator (Zl, Zp: U+2028, U+2029). A
// right-to-left override can make a support screen show a name or an amount
// reversed, so names, IDs and descriptions refuse these characters.
func Invisible(r rune) bool {
	// No format character or separator in ASCII and Latin-1 below the soft
	// hyphen, nor from superscript zero to before the BOM (kana, ideographs,
	// full-width forms: TestInvisibleRanges). Small enough to be inlined.
	return r >= 0xad && (r < 0x2070 || r >= 0xfeff) && invisible(r)
}

func invisible(r rune) bool { return unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp) }

// HasInvisible reports whether s holds an [Invisible] character.
func HasInvisible(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		// Kana and ideographs, the usual non-ASCII text, are three bytes
		// from E3 to E9 lead: U+3000–U+9FFF, none of them invisible.
		if c := s[i]; c >= 0xe3 && c <= 0xe9 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if Invisible(r) {
			return true
		}
		i += n
	}
	return false
}

// HasDigit reports whether s holds a character that reads as a digit
// (pan.IsDigit: ASCII, full width, any script's, superscript, circled) or
// a backslash, which may begin an escaped one. Text without either holds
// no card number in any form, so HasDigit is a quick test before the
// detector's. Kana and ideographs (U+3000–U+9FFF, none of them a digit:
// TestHasDigitRanges) are stepped over without decoding.
func HasDigit(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c-'0' <= 9 || c == '\\' {
				return true
			}
			i++
			continue
		}
		if c >= 0xe3 && c <= 0xe9 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if pan.IsDigit(r) {
			return true
		}
		i += n
	}
	return false
}

// Visible returns s with every [Invisible] character replaced by U+FFFD,
// the replacement character, so that printing it cannot reorder what a
// reader sees. It returns s itself, without allocating, when there is none.
// Mask card numbers before calling it: the replacement breaks the runs of
// digits that internal/pan reads through invisible characters.
func Visible(s string) string {
	if !HasInvisible(s) {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for _, r := range s {
		if Invisible(r) {
			r = utf8.RuneError
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// Prefix returns the first n bytes of b (all of b when it is shorter) as a
// string: a decoder's input bounded before it is copied, so that an
// over-long input costs no more than n bytes of work. An input that is
// longer than its bound still gives a prefix longer than the bound (use an
// n above it), so that the bound check that follows refuses it.
func Prefix(b []byte, n int) string {
	if len(b) > n {
		b = b[:n]
	}
	return string(b)
}

// Keep is how many bytes of an over-long field [Clip] shows.
const Keep = 32

// Clip returns how an over-long field is printed: its first [Keep] bytes
// (cut at a character boundary) with every digit shown as '*' and every
// [Invisible] character as U+FFFD, then "…(+N bytes)" for the N bytes left
// out. No digit is shown, so no part of a card number that runs past the
// cut can be. The work is bounded whatever len(s) is.
func Clip(s string) string {
	cut := min(len(s), Keep)
	for cut > 0 && cut < len(s) && !utf8.RuneStart(s[cut]) {
		cut--
	}
	b := make([]byte, 0, cut+24)
	for _, r := range s[:cut] {
		switch {
		case pan.IsDigit(r):
			r = '*'
		case Invisible(r):
			r = utf8.RuneError
		}
		b = utf8.AppendRune(b, r)
	}
	b = append(b, "…(+"...)
	b = strconv.AppendInt(b, int64(len(s)-cut), 10)
	b = append(b, " bytes)"...)
	return string(b)
}

// Field returns s as a field of at most max bytes is printed: [Clip]ped
// when over the bound, else s with its invisible characters replaced
// ([Visible]). mask, when not nil, masks card numbers in a field within its
// bound first.
func Field(s string, max int, mask func(string) string) string {
	if len(s) > max {
		return Clip(s)
	}
	if mask != nil {
		s = mask(s)
	}
	return Visible(s)
}
