// Package pan is kessai's one detector of card numbers (primary account
// numbers, PANs) in text. Every package and the command-line tool pass user
// text through it wherever that text can flow back out (errors, String,
// GoString, JSON, reasons, terminal output), and brand.Parse shares its
// definition of a separator, so that every number Parse would accept, in
// every form people type or paste it, is found here too.
//
// A run is a maximal sequence of digits with any number of separators
// between them (never before the first digit or after the last). A run of
// [MinDigits] or more digits may be a card number: [Mask] keeps its first 6
// and last 4 digits and replaces every other digit with '*' ('＊' for a
// full-width digit, so that terminal columns stay aligned). Runs are
// masked whether or not their check digit is valid: a mistyped number is
// still nearly the customer's number.
//
// What counts:
//
//   - digits: ASCII and full-width digits, every other Unicode decimal digit
//     (category Nd), and the superscript, subscript, circled, parenthesised,
//     full-stop, dingbat and segmented digits (a reader sees a digit in
//     each);
//   - separators ([IsSeparator]): every Unicode space (the ideographic,
//     non-breaking and thin spaces included), dash punctuation (hyphen,
//     full-width hyphen-minus, en and em dashes, 〜), minus signs, the
//     prolonged sound mark ー (and its half-width form) that kana-mode input
//     types for a hyphen, dots (. ． 。 ・ ·), slashes (/ ／ ∕ ⁄), and the
//     invisible format characters (zero-width space, joiners, soft hyphen,
//     bidirectional marks and controls, byte-order mark);
//   - combining marks (Unicode Mn, Me) on a digit or separator are skipped:
//     a mark does not hide the digit under it;
//   - control characters (Unicode Cc) are read through like separators: a
//     terminal shows nothing for them, so the digits either side read as one
//     number (brand.Parse does not accept them);
//   - escaped forms, as Go's %q and %+q and JSON write them: \xXX, \uXXXX
//     and \UXXXXXXXX escapes and \t \n \r \v \f \a \b are read as the
//     character they stand for, so masking still works on text that was
//     quoted before it reached the detector. An escape of a digit counts
//     as a digit, for as many digits as it shows (see [Mask]), of a
//     separator or control character as a separator, and whole, as one
//     character, so are the escapes encoders write for the characters they must
//     (%q's \xe3 for a byte of invalid UTF-8, encoding/json's \u0026 for
//     &, \u003c, \u003e, \ufffd), whose hexadecimal digits the character
//     fixes (but for \x80–\x99, two decimal digits, which may be a
//     number's own); any other escape is read as its backslash and letter alone,
//     a character that is neither, and the hexadecimal digits after them
//     as the characters they are: "\U45391488" followed by eight digits is
//     a run of sixteen digits, not one character and eight digits. Text
//     escaped in full (a %+q quotation of Japanese) keeps every run of
//     hexadecimal digits between two escapes' letters, at most eight
//     digits: nothing there is masked. The price is on the safe side: such
//     an escape's digits also join plain digits after it, so an 11-digit
//     phone number right after a kana %+q escaped ("\u3067" で, then
//     09012345678) reads as 15 digits and is masked; the detector cannot
//     tell it from a number hidden behind an escape's letters.
//
// Commas are not separators: no input method types them inside a card
// number, brand.Parse rejects them, and they group every yen amount.
//
// Nothing here allocates when s holds no run to mask.
package pan

import (
	"unicode"
	"unicode/utf8"
)

// MinDigits is the fewest digits a card number has (some Maestro cards
// have 12). A run of fewer digits is left as it is: dates (8 digits), phone
// numbers in Japan (at most 11) and yen amounts pass unchanged.
const MinDigits = 12

// Kept digits of a masked run: the first [KeepFirst] and the last
// [KeepLast], the most of a card number that may be shown (the issuer's
// identification number and the last four).
const (
	KeepFirst = 6
	KeepLast  = 4
)

// IsSeparator reports whether r is a character that people type or paste
// between the digit groups of a card number. brand.Parse accepts exactly
// these between digits, and the detector reads through them.
func IsSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', '-', '.', '/':
			return true
		}
		return false
	}
	switch r {
	case '\u2212', '\u207b', '\u208b', // minus signs: − ⁻ ₋
		'\u30fc', '\uff70', // prolonged sound marks: ー ｰ
		'\uff0e', '\u3002', '\uff61', '\u30fb', '\uff65', '\u00b7', '\u2024', '\u2027', '\u2219', // dots
		'\uff0f', '\u2215', '\u2044': // slashes: ／ ∕ ⁄
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Pd, r) || unicode.Is(unicode.Cf, r)
}

// IsDigit reports whether r reads as a decimal digit: see the package doc.
func IsDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return isOtherDigit(r)
}

// isOtherDigit reports whether r, not ASCII, reads as a decimal digit:
// full-width, any script's Nd, superscript, subscript or circled.
func isOtherDigit(r rune) bool {
	switch {
	case '０' <= r && r <= '９',
		r == '\u00b2', r == '\u00b3', r == '\u00b9', // ² ³ ¹
		r == '\u2070', '\u2074' <= r && r <= '\u2079', // ⁰ ⁴ – ⁹
		'\u2080' <= r && r <= '\u2089',                // ₀ – ₉
		'\u2460' <= r && r <= '\u2468', r == '\u24ea', // ① – ⑨, ⓪
		'\u2474' <= r && r <= '\u247c',                // ⑴ – ⑼
		'\u2488' <= r && r <= '\u2490',                // ⒈ – ⒐
		'\u24f5' <= r && r <= '\u24fd', r == '\u24ff', // ⓵ – ⓽, ⓿
		'\u2776' <= r && r <= '\u277e',         // ❶ – ❾
		'\u2780' <= r && r <= '\u2788',         // ➀ – ➈
		'\u278a' <= r && r <= '\u2792',         // ➊ – ➒
		'\U0001f100' <= r && r <= '\U0001f10a', // 🄀 – 🄊: digit full stop and comma
		r == '\U0001f10b', r == '\U0001f10c',   // 🄋 🄌: dingbat circled zeros
		'\U0001fbf0' <= r && r <= '\U0001fbf9': // 🯰 – 🯹: segmented digits
		return true
	}
	return unicode.IsDigit(r)
}

// isMark reports whether r is a combining mark, which the detector skips.
func isMark(r rune) bool {
	return r >= 0x300 && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r))
}

// class is what the detector reads at a position.
type class uint8

const (
	other class = iota
	digit
	separator
	mark
)

// bytesOrString is the text the detector reads.
type bytesOrString interface{ ~string | ~[]byte }

// next classifies the character (or escape) at s[i:] and returns its class
// and size in bytes. wide is true for a full-width digit.
func next[T bytesOrString](s T, i int) (c class, size int, wide bool) {
	b := s[i]
	if b < utf8.RuneSelf {
		switch {
		case '0' <= b && b <= '9':
			return digit, 1, false
		case b == '\\':
			return escape(s, i)
		case IsSeparator(rune(b)), b < 0x20, b == 0x7f:
			// A control character shows as nothing on a terminal: the
			// digits either side of it read as one number.
			return separator, 1, false
		}
		return other, 1, false
	}
	end := min(i+utf8.UTFMax, len(s))
	r, size := utf8.DecodeRuneInString(string(s[i:end]))
	return classify(r, size)
}

// classify classifies a rune that is not ASCII.
func classify(r rune, size int) (class, int, bool) {
	switch {
	case r >= 0x3041 && r <= 0x309f, r >= 0x30a1 && r <= 0x30fa, r >= 0x4e00 && r <= 0x9fff:
		// Hiragana, katakana but for ・ and ー, and the common ideographs:
		// most of the Japanese text that passes through here.
		return other, size, false
	case r == utf8.RuneError:
		return other, size, false
	case '０' <= r && r <= '９':
		return digit, size, true
	case isOtherDigit(r):
		return digit, size, false
	case IsSeparator(r), unicode.IsControl(r):
		return separator, size, false
	case isMark(r):
		return mark, size, false
	}
	return other, size, false
}

// escape classifies a backslash escape at s[i:]: \t \n \r \v \f, \x with
// 2, \u with 4 and \U with 8 hexadecimal digits. An escape of a digit, a
// separator or a control character counts as that character, all of it,
// and so do the escapes encoders write for characters they must escape,
// whose hexadecimal digits the character fixes: a byte of invalid UTF-8
// with a letter among its digits (%q's \xe3; \x80–\x99 may be two digits
// of a number), encoding/json's \u0026 \u003c \u003e for & < > and \ufffd.
// Any other escape (a letter, a kana, a value past U+10FFFF) is its
// backslash and letter alone, a character that is neither, and the
// detector reads its hexadecimal digits after it as what they are: were
// they taken into the escape, "\U4539148803436467" would hide eight digits
// of a number and "\u4539148803436467" four. A backslash that starts no
// escape is a plain character.
func escape[T bytesOrString](s T, i int) (class, int, bool) {
	if i+1 >= len(s) {
		return other, 1, false
	}
	var n int
	switch s[i+1] {
	case 't', 'n', 'r', 'v', 'f', 'a', 'b':
		return separator, 2, false
	case 'x':
		n = 2
	case 'u':
		n = 4
	case 'U':
		n = 8
	default:
		return other, 1, false
	}
	if i+2+n > len(s) {
		return other, 1, false
	}
	var r rune
	for _, h := range []byte(string(s[i+2 : i+2+n])) {
		var v byte
		switch {
		case '0' <= h && h <= '9':
			v = h - '0'
		case 'a' <= h && h <= 'f':
			v = h - 'a' + 10
		case 'A' <= h && h <= 'F':
			v = h - 'A' + 10
		default:
			return other, 1, false
		}
		r = r<<4 | rune(v)
	}
	size := 2 + n
	switch {
	case r > unicode.MaxRune:
		return other, 2, false
	case n == 2 && r >= utf8.RuneSelf:
		// A byte of invalid UTF-8, as %q writes it: whole when a letter
		// shows it is hexadecimal (\xa0–\xff, \x8f); \x80–\x99 would take
		// two digits out of a number that starts with them (UnionPay's 81).
		if r < 0x9a && r&0xf < 0xa {
			return other, 2, false
		}
		return other, size, false
	case '0' <= r && r <= '9':
		return digit, size, false
	case r < utf8.RuneSelf:
		switch {
		case IsSeparator(r) || r < 0x20 || r == 0x7f:
			return separator, size, false
		case r == '&' || r == '<' || r == '>':
			return other, size, false // encoding/json's escapes for HTML
		}
		return other, 2, false
	case r == utf8.RuneError:
		return other, size, false // encoding/json's for invalid UTF-8
	}
	switch c, _, _ := classify(r, 0); c {
	case digit:
		return digit, size, false
	case separator, mark:
		return separator, size, false
	}
	return other, 2, false
}

// weight is how many digits the digit at s[i:i+size] counts for: one, or,
// for an escape of a digit, the decimal digits among its hexadecimal ones
// (at least one). Read as it stands, "\x36" shows two digits, and a
// number's own may be among them ("\x3612…" is 6, 1, 2 to the detector
// and 3, 6, 1, 2 to the eye): counted by weight, a run is masked when
// either reading holds a card number, and no reading shows more than
// the first [KeepFirst] and the last [KeepLast] of its digits.
func weight[T bytesOrString](s T, i, size int) int {
	if s[i] != '\\' {
		return 1
	}
	w := 0
	for j := i + 2; j < i+size; j++ {
		if '0' <= s[j] && s[j] <= '9' {
			w++
		}
	}
	return max(w, 1)
}

// scan calls f for every maximal run in s with its byte bounds and its count
// of digits (by [weight]), and stops when f returns false.
func scan[T bytesOrString](s T, f func(start, end, digits int) bool) {
	start, end, digits := -1, 0, 0
	for i := 0; i < len(s); {
		c, size, _ := next(s, i)
		switch c {
		case digit:
			if digits == 0 {
				start = i
			}
			digits += weight(s, i, size)
			end = i + size
		case separator, mark:
		default:
			if digits > 0 {
				if !f(start, end, digits) {
					return
				}
				digits = 0
			}
		}
		i += size
	}
	if digits > 0 {
		f(start, end, digits)
	}
}

// LongestRun returns the count of digits in the longest run in s: a
// property tests' measure of how much of a number text shows.
func LongestRun[T bytesOrString](s T) int {
	longest := 0
	scan(s, func(_, _, digits int) bool {
		longest = max(longest, digits)
		return true
	})
	return longest
}

// Contains reports whether s holds a run of [MinDigits] or more digits:
// text that may hold a card number.
func Contains[T bytesOrString](s T) bool {
	if !mayContain(s) {
		return false
	}
	found := false
	scan(s, func(_, _, digits int) bool {
		found = digits >= MinDigits
		return !found
	})
	return found
}

// mayContain is a quick test: text of ASCII alone with fewer than MinDigits
// digits and no backslash holds no run to mask.
func mayContain[T bytesOrString](s T) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= utf8.RuneSelf, b == '\\':
			return true
		case '0' <= b && b <= '9':
			if n++; n >= MinDigits {
				return true
			}
		}
	}
	return false
}

// Mask returns s with every run of [MinDigits] or more digits masked: the
// first [KeepFirst] and the last [KeepLast] digits kept, each other digit
// replaced by '*' (a full-width digit by '＊', an escape by '*'), every
// separator and every other character kept. An escape of a digit counts
// for the decimal digits among its hexadecimal ones ([weight]) and is
// kept only if all of them fall within the digits kept. It returns s itself, without
// allocating, when there is nothing to mask.
func Mask(s string) string {
	if !Contains(s) {
		return s
	}
	return string(appendMasked(make([]byte, 0, len(s)), s))
}

// MaskBytes is [Mask] for a byte slice. It returns b itself when there is
// nothing to mask, and a new slice otherwise; b is never modified.
func MaskBytes(b []byte) []byte {
	if !Contains(b) {
		return b
	}
	return appendMasked(make([]byte, 0, len(b)), b)
}

// AppendMask appends s, masked as [Mask] masks it, to dst.
func AppendMask(dst []byte, s string) []byte {
	if !Contains(s) {
		return append(dst, s...)
	}
	return appendMasked(dst, s)
}

func appendMasked[T bytesOrString](dst []byte, s T) []byte {
	done := 0
	scan(s, func(start, end, digits int) bool {
		if digits < MinDigits {
			return true
		}
		dst = append(dst, s[done:start]...)
		k := 0 // digits of the run written so far, by weight
		for i := start; i < end; {
			c, size, wide := next(s, i)
			if c == digit {
				w := weight(s, i, size)
				// Kept only if all of it lies within the first or the
				// last digits kept.
				if k+w > KeepFirst && k < digits-KeepLast {
					if wide {
						dst = append(dst, "＊"...)
					} else {
						dst = append(dst, '*')
					}
				} else {
					dst = append(dst, s[i:i+size]...)
				}
				k += w
			} else {
				dst = append(dst, s[i:i+size]...)
			}
			i += size
		}
		done = end
		return true
	})
	return append(dst, s[done:]...)
}
