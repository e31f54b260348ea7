package romaji

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Input bounds (C3). They are checked in constant time, on the byte length,
// before any work, and then exactly on the rune count.
const (
	// MaxKanaRunes bounds the holder's kana name, separators included.
	MaxKanaRunes = 64
	// MaxCardRunes bounds the card name as typed.
	MaxCardRunes = 64
	// TrackLen is the longest name the card's magnetic track 1 holds; an
	// issuer cuts a longer name there (SPEC "Public facts beyond the seed").
	TrackLen = 26
)

// Fault is the category of a bad input.
type Fault uint8

// The faults.
const (
	// NoFault: the input is usable.
	NoFault Fault = iota
	// Empty: nothing but separators.
	Empty
	// TooLong: beyond MaxKanaRunes or MaxCardRunes.
	TooLong
	// NotRomaji: kana or kanji in the card name.
	NotRomaji
	// BadCharacter: a digit, symbol, control character or invalid UTF-8.
	BadCharacter
	// NotKana: Latin letters or kanji in the kana name.
	NotKana
)

// Problem says what is wrong with an input and where: Pos counts runes from
// the start of the input as given (0-based); for a fault only visible after
// normalisation it counts runes of the normalised text.
type Problem struct {
	Fault Fault
	Pos   int
}

// Kana is a normalised kana name: full-width katakana, the parts (family
// name, given name, …) separated by single ASCII spaces. The zero value is
// an empty name.
type Kana struct {
	r [MaxKanaRunes]rune
	n int
}

// Len returns the number of runes, spaces included.
func (k *Kana) Len() int { return k.n }

// Parts returns the number of space-separated parts.
func (k *Kana) Parts() int {
	if k.n == 0 {
		return 0
	}
	p := 1
	for _, r := range k.r[:k.n] {
		if r == ' ' {
			p++
		}
	}
	return p
}

// String returns the normalised name, e.g. "ヤマダ タロウ".
func (k *Kana) String() string { return string(k.r[:k.n]) }

const (
	kataFirst = 0x30A0 // the katakana block
	kataLast  = 0x30FF
	longMark  = 'ー'
)

// kanaClass classifies one input rune of the kana field (C3: bad input is
// reported, not guessed).
type kanaClass uint8

const (
	kcKana kanaClass = iota
	kcSpace
	kcDash
	kcLatin
	kcKanji
	kcOther
)

func classifyKana(r rune) kanaClass {
	switch {
	case r >= 0x3041 && r <= 0x3096, r >= 0x3099 && r <= 0x309E, // hiragana, sound marks, ゝゞ
		r >= 0x30A1 && r <= 0x30FA, r >= 0x30FD && r <= 0x30FE, // katakana, ヽヾ
		r >= 0xFF66 && r <= 0xFF6F, r >= 0xFF71 && r <= 0xFF9F: // half-width katakana
		return kcKana
	case r == ' ', r == '\u3000', r == '\u00A0', r == '\t', r == '・', r == '･':
		return kcSpace
	case r == longMark, r == 'ｰ', r == '-', r == '－', r == '‐', r == '‑', r == '‒',
		r == '–', r == '—', r == '―', r == '−', r == '─', r == '━', r == '〜', r == '～':
		return kcDash
	case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z'),
		r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A,
		r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7:
		return kcLatin
	case unicode.Is(unicode.Han, r), r == '々', r == '〆', r == '〇':
		return kcKanji
	}
	return kcOther
}

// NormalizeKana normalises the holder's kana name (C3). Half-width and
// full-width katakana and hiragana are accepted, with ゛゜ written as
// spacing marks, half-width or combining; ー and its look-alikes; parts
// separated by any run of spaces, ideographic spaces or middle dots. Latin
// letters and kanji are [NotKana]; digits and symbols are [BadCharacter].
//
// Width is folded rune by rune with golang.org/x/text/width. Input holding
// combining sound marks goes through NFKC (golang.org/x/text/unicode/norm)
// after the spacing marks are made combining, so that カ゛, ｶﾞ and カ+U+3099
// all become ガ; other input needs no composition beyond the sound marks,
// which are joined to the kana before them, and is not copied.
//
// A name of plain full-width katakana with ASCII or ideographic spaces takes
// a fast path ([kanaFast]) that gives what the general one would
// (TestKanaFastAgrees, FuzzKanaFastAgrees).
func NormalizeKana(s string) (k Kana, p Problem) {
	// Both paths write k in place: a Kana is too large to copy for nothing.
	if !kanaFast(&k, s) {
		p = kanaGeneral(&k, s)
	}
	return
}

// kanaFast is NormalizeKana for a name of full-width katakana U+30A1–U+30F6
// and ー, parts separated by ASCII spaces or U+3000, within MaxKanaRunes
// (C3): one pass decodes, checks and folds it (ヵ ヶ to カ ケ, spaces
// collapsed), with no call to golang.org/x/text. It reports false for any
// other input and for every fault (ー after a space, ン or ッ; ッ ending a
// part; an empty name), which the general path ([kanaGeneral]) then
// judges and reports. It writes the name into *k, which must be zero, and
// leaves it zero when it reports false.
func kanaFast(k *Kana, s string) bool {
	if len(s) > MaxKanaRunes*utf8.UTFMax {
		return false
	}
	space := true // at the start, or after a separator
	runes := 0    // runes of s, as the general path bounds them
	for i := 0; i < len(s); runes++ {
		if runes >= MaxKanaRunes {
			return k.discard()
		}
		if s[i] == ' ' {
			i++
			if !space {
				if k.r[k.n-1] == 'ッ' {
					return k.discard()
				}
				k.r[k.n] = ' '
				k.n++
				space = true
			}
			continue
		}
		// Every rune accepted here is three bytes, E3 and two continuation
		// bytes: U+3000 to U+3FFF.
		if i+3 > len(s) || s[i] != 0xE3 || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
			return k.discard()
		}
		r := 0x3000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		i += 3
		switch {
		case r == '\u3000':
			if !space {
				if k.r[k.n-1] == 'ッ' {
					return k.discard()
				}
				k.r[k.n] = ' '
				k.n++
				space = true
			}
			continue
		case r == longMark:
			if space || k.r[k.n-1] == 'ン' || k.r[k.n-1] == 'ッ' {
				return k.discard()
			}
		case r == 'ヵ':
			r = 'カ'
		case r == 'ヶ':
			r = 'ケ'
		case r < 0x30A1 || r > 0x30F6:
			return k.discard()
		}
		k.r[k.n] = r
		k.n++
		space = false
	}
	if space {
		if k.n == 0 {
			return k.discard() // empty: the general path reports it
		}
		k.n-- // a trailing separator, cleared as the general path clears it
		k.r[k.n] = 0
	} else if k.r[k.n-1] == 'ッ' {
		return k.discard()
	}
	return true
}

// discard clears what a fast path that gave up wrote into k, and reports
// false.
func (k *Kana) discard() bool {
	clear(k.r[:k.n])
	k.n = 0
	return false
}

// fault clears what foldKana wrote into k and returns p.
func (k *Kana) fault(p Problem) Problem {
	clear(k.r[:k.n])
	k.n = 0
	return p
}

// kanaGeneral is NormalizeKana for any input: it writes the name into *k,
// which must be zero, and leaves it zero on a fault.
func kanaGeneral(k *Kana, s string) Problem {
	if len(s) > MaxKanaRunes*utf8.UTFMax {
		return Problem{TooLong, MaxKanaRunes}
	}
	// One pass over the input as given: its faults keep their positions.
	pos, combining := 0, false
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return Problem{BadCharacter, pos}
			}
		}
		if pos >= MaxKanaRunes {
			return Problem{TooLong, MaxKanaRunes}
		}
		switch classifyKana(r) {
		case kcLatin, kcKanji:
			return Problem{NotKana, pos}
		case kcOther:
			return Problem{BadCharacter, pos}
		}
		if r == '\u3099' || r == '\u309A' {
			combining = true
		}
		pos++
	}
	if combining {
		s = nfkcKana(s)
	}
	return foldKana(k, s)
}

// nfkcKana makes the spacing sound marks ゛゜ combining, which NFKC would
// otherwise turn into a space and a mark, and normalises s to NFKC.
func nfkcKana(s string) string {
	var buf [MaxKanaRunes * utf8.UTFMax]byte
	b := buf[:0]
	for _, r := range s {
		switch r {
		case '゛':
			r = '\u3099'
		case '゜':
			r = '\u309A'
		}
		b = utf8.AppendRune(b, r)
	}
	return norm.NFKC.String(string(b))
}

// foldKana folds the width of each rune, joins sound marks to the kana
// before them, maps hiragana to katakana and dashes to ー, and collapses
// separators, into *k, which must be zero and is left zero on a fault. Its
// faults count runes of s.
func foldKana(k *Kana, s string) Problem {
	space := true // at the start, or after a separator
	pos := -1
	for _, r := range s {
		pos++
		if r >= 0xFF61 && r <= 0xFF9F || r == '\u3000' {
			r = width.LookupRune(r).Folded()
		}
		switch c := classifyKana(r); {
		case c == kcSpace:
			if !space && k.r[k.n-1] == 'ッ' {
				// っ ends no name: it doubles the consonant after it.
				return k.fault(Problem{BadCharacter, pos - 1})
			}
			if !space {
				k.r[k.n] = ' '
				k.n++
				space = true
			}
			continue
		case c == kcDash:
			r = longMark
		case r >= 0x3041 && r <= 0x3096, r == 'ゝ', r == 'ゞ':
			r += 0x60 // hiragana to katakana
		}
		switch r {
		case 'ヵ':
			r = 'カ'
		case 'ヶ':
			r = 'ケ'
		case '゛', '\u3099', '゜', '\u309A':
			// A sound mark joins the kana before it.
			if space {
				return k.fault(Problem{BadCharacter, pos})
			}
			v, ok := voiced(k.r[k.n-1])
			if r == '゜' || r == '\u309A' {
				v, ok = semivoiced(k.r[k.n-1])
			}
			if !ok {
				return k.fault(Problem{BadCharacter, pos})
			}
			k.r[k.n-1] = v
			continue
		case 'ヽ', 'ヾ':
			// An iteration mark repeats the kana before it, ヾ voiced.
			if space {
				return k.fault(Problem{BadCharacter, pos})
			}
			prev := k.r[k.n-1]
			if r == 'ヾ' {
				v, ok := voiced(prev)
				if !ok {
					return k.fault(Problem{BadCharacter, pos})
				}
				prev = v
			}
			r = prev
		}
		if r < 0x30A1 || r > 0x30FC || r == 0x30FB {
			return k.fault(Problem{BadCharacter, pos})
		}
		if r == longMark && (space || k.r[k.n-1] == 'ン' || k.r[k.n-1] == 'ッ') {
			// ー needs a vowel before it in the same part.
			return k.fault(Problem{BadCharacter, pos})
		}
		if k.n >= MaxKanaRunes {
			return k.fault(Problem{TooLong, MaxKanaRunes})
		}
		k.r[k.n] = r
		k.n++
		space = false
	}
	if !space && k.r[k.n-1] == 'ッ' {
		return k.fault(Problem{BadCharacter, pos})
	}
	if space && k.n > 0 {
		k.n-- // a trailing separator; cleared so that equal names compare equal
		k.r[k.n] = 0
	}
	if k.n == 0 {
		return k.fault(Problem{Empty, 0})
	}
	return Problem{}
}

// voiced returns the voiced (dakuten) form of katakana r, as NFKC composes
// it.
func voiced(r rune) (rune, bool) {
	switch {
	case r == 'ウ':
		return 'ヴ', true
	case r >= 'ワ' && r <= 'ヲ':
		return r + ('ヷ' - 'ワ'), true
	case r >= 'カ' && r <= 'チ' && (r-'カ')%2 == 0:
		return r + 1, true
	case r == 'ツ' || r == 'テ' || r == 'ト':
		return r + 1, true
	case r >= 'ハ' && r <= 'ホ' && (r-'ハ')%3 == 0:
		return r + 1, true
	}
	return 0, false
}

// semivoiced returns the semi-voiced (handakuten) form of katakana r.
func semivoiced(r rune) (rune, bool) {
	if r >= 'ハ' && r <= 'ホ' && (r-'ハ')%3 == 0 {
		return r + 2, true
	}
	return 0, false
}

// splitOK reports whether an unspaced name may be split into family and
// given name before position p: between morae, never before a small kana or
// ー, nor after ッ.
func (k *Kana) splitOK(p int) bool {
	if p <= 0 || p >= k.n {
		return false
	}
	r, prev := k.r[p], k.r[p-1]
	if r == ' ' || prev == ' ' || prev == 'ッ' || r == longMark {
		return false
	}
	return !isSmall(r)
}

// splits returns the splits between morae of an unspaced name, bit p for
// [Kana.splitOK] at p.
func (k *Kana) splits() uint64 {
	var set uint64
	for p := 1; p < k.n; p++ {
		if k.splitOK(p) {
			set |= 1 << p
		}
	}
	return set
}

// isSmall reports whether r is a small katakana that joins the kana before it.
// It tests one bit of smallLo or smallHi, as it runs at every kana of every
// match.
func isSmall(r rune) bool {
	switch o := uint(r - kataFirst); {
	case o < 64:
		return smallLo>>o&1 != 0
	case o < 128:
		return smallHi>>(o-64)&1 != 0
	}
	return false
}

// smallLo and smallHi hold bit r-kataFirst (less 64 for smallHi) of each
// small katakana ァィゥェォャュョヮ (TestSmallKana).
const (
	smallLo = 1<<('ァ'-kataFirst) | 1<<('ィ'-kataFirst) | 1<<('ゥ'-kataFirst) | 1<<('ェ'-kataFirst) | 1<<('ォ'-kataFirst)
	smallHi = 1<<('ャ'-kataFirst-64) | 1<<('ュ'-kataFirst-64) | 1<<('ョ'-kataFirst-64) | 1<<('ヮ'-kataFirst-64)
)
