package romaji

import (
	"maps"
	"slices"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// kanaInput reports whether every rune of s passes the first, positional
// check of NormalizeKana, so that the reference below applies.
func kanaInput(s string) bool {
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > MaxKanaRunes {
		return false
	}
	for _, r := range s {
		if c := classifyKana(r); c != kcKana && c != kcSpace && c != kcDash {
			return false
		}
	}
	return true
}

// referenceKana is the slow reference of NormalizeKana: every input through
// NFKC (after making ゛゜ combining), then folded.
func referenceKana(s string) (Kana, Problem) {
	var k Kana
	p := foldKana(&k, nfkcKana(s))
	return k, p
}

// referenceCard is the slow reference of NormalizeCard's folding: the
// whole input through NFKC first.
func referenceCard(s string) (Card, Problem) {
	c, p := NormalizeCard(norm.NFKC.String(s))
	return c, p
}

// FuzzNormalizeKana: no panic; a fault or a name of katakana and single
// inner spaces; idempotent; within the bound.
func FuzzNormalizeKana(f *testing.F) {
	// Seed corpus: each accepted form (katakana, hiragana, half-width with
	// ﾞﾟ, spacing ゛゜, ideographic space, middle dot, dash look-alikes,
	// iteration marks) and each fault (Latin, kanji, digits, bad UTF-8).
	for _, s := range []string{
		"ヤマダ タロウ", "やまだ　たろう", "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマタ゛ ハ゜ン", "ジョン・スミス", "ジョ-ジ", "サヽキ",
		"いすゞ", "ア゛", "ーア", "YAMADA", "山田", "ヤマダ1", "\xff", " ", "ヶ", "ｰ", "ア\u3099\u3099",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, p := NormalizeKana(s)
		if kanaInput(s) {
			rk, rp := referenceKana(s)
			if rk != k || rp.Fault != p.Fault {
				t.Fatalf("NormalizeKana(%q) = %q, %v; NFKC reference = %q, %v", s, k.String(), p.Fault, rk.String(), rp.Fault)
			}
		}
		if p.Fault != NoFault {
			if k.n != 0 {
				t.Fatalf("NormalizeKana(%q) = %q with fault %v", s, k.String(), p.Fault)
			}
			return
		}
		out := k.String()
		if k.n == 0 || k.n > MaxKanaRunes || out[0] == ' ' || out[len(out)-1] == ' ' {
			t.Fatalf("NormalizeKana(%q) = %q: empty, too long or untrimmed", s, out)
		}
		prevSpace := false
		for _, r := range out {
			if r == ' ' {
				if prevSpace {
					t.Fatalf("NormalizeKana(%q) = %q: double space", s, out)
				}
				prevSpace = true
				continue
			}
			prevSpace = false
			if r < 0x30A1 || r > 0x30FC || r == 0x30FB {
				t.Fatalf("NormalizeKana(%q) = %q: %U is not katakana", s, out, r)
			}
		}
		again, p2 := NormalizeKana(out)
		if p2.Fault != NoFault || again != k {
			t.Fatalf("NormalizeKana(%q) = %q, but NormalizeKana(%q) = %q, %+v", s, out, out, again.String(), p2)
		}
		// Every normalised name has a passport-Hepburn spelling that
		// matches it exactly.
		hep := string(AppendHepburn(nil, &k, false, false))
		c, p3 := NormalizeCard(hep)
		if p3.Fault != NoFault {
			if p3.Fault == Empty || p3.Fault == TooLong {
				return // e.g. "ッ", or a very long name
			}
			t.Fatalf("NormalizeCard(AppendHepburn(%q) = %q): %+v", out, hep, p3)
		}
		if mask, ok := Match(&c, &k, StrictRules); !ok || mask&^bit(Truncated) != 0 {
			t.Fatalf("Match(AppendHepburn(%q) = %q) = %b, %v, want a passport match", out, hep, mask, ok)
		}
	})
}

// FuzzNormalizeCard: no panic; a fault or upper-case letters, apostrophes,
// long marks and single inner spaces; idempotent through String.
func FuzzNormalizeCard(f *testing.F) {
	// Seed corpus: plain, lower and mixed case, full width, track form,
	// commas and dots, macrons and circumflexes (precomposed and combining),
	// apostrophes, and each fault.
	for _, s := range []string{
		"YAMADA TARO", "yamada taro", "ＹＡＭＡＤＡ　ＴＡＲＯ", "YAMADA/TARO", "SATŌ, YÛKO", "SATO\u0304",
		"SHIN'YA", "RENÉ", "Ø", "ヤマダ", "山田", "TARO2", "\xff", " / ", "A\u0304\u0304", "Ǖ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, p := NormalizeCard(s)
		if p.Fault == NoFault {
			// Folding rune by rune agrees with NFKC of the whole input.
			if rc, rp := referenceCard(s); rc != c || rp.Fault != NoFault {
				t.Fatalf("NormalizeCard(%q) = %q; NFKC reference = %q, %v", s, c.String(), rc.String(), rp.Fault)
			}
		}
		if p.Fault != NoFault {
			if c.n != 0 {
				t.Fatalf("NormalizeCard(%q) = %q with fault %v", s, c.String(), p.Fault)
			}
			if p.Pos < 0 || p.Pos > utf8.RuneCountInString(s) {
				t.Fatalf("NormalizeCard(%q): position %d out of range", s, p.Pos)
			}
			return
		}
		raw := string(c.b[:c.n])
		if raw[0] == ' ' || raw[len(raw)-1] == ' ' || raw[0] == longMarker {
			t.Fatalf("NormalizeCard(%q) = %q: untrimmed", s, raw)
		}
		for i := 0; i < len(raw); i++ {
			switch b := raw[i]; {
			case b >= 'A' && b <= 'Z', b == '\'':
			case b == ' ':
				if raw[i-1] == ' ' {
					t.Fatalf("NormalizeCard(%q) = %q: double space", s, raw)
				}
			case b == longMarker:
				if !isVowel(raw[i-1]) {
					t.Fatalf("NormalizeCard(%q) = %q: long mark after %q", s, raw, raw[i-1])
				}
			default:
				t.Fatalf("NormalizeCard(%q) = %q: byte %q", s, raw, b)
			}
		}
		again, p2 := NormalizeCard(c.String())
		if p2.Fault != NoFault || again != c {
			t.Fatalf("NormalizeCard(%q) = %q, but NormalizeCard(%q) = %q, %+v", s, c.String(), c.String(), again.String(), p2)
		}
	})
}

// fuzzKana are the building blocks FuzzMatchAgreesWithEnumeration makes
// names from: every kind of lattice position (plain, yōon, foreign pair,
// ン, ッ, long vowels, ー, ヴ, ヲ).
var fuzzKana = [...]string{
	"ア", "イ", "ウ", "エ", "オ", "カ", "シ", "チ", "ツ", "フ", "ジ", "ヂ", "ヅ", "ト", "ノ", "ホ", "マ", "バ", "パ",
	"ユ", "ヨ", "ン", "ッ", "ー", "キャ", "シュ", "ジョ", "チャ", "ヂュ", "ティ", "ファ", "ヴァ", "ヴ", "ヲ", "ヰ", " ",
}

// FuzzMatchAgreesWithEnumeration checks the memoised search against the
// slow reference: for a short kana name, every spelling the lattice
// enumerates matches with the same number of rules, and a spelling with one
// letter changed matches exactly when it is itself enumerated.
func FuzzMatchAgreesWithEnumeration(f *testing.F) {
	// Seed corpus: indexes into fuzzKana, the spelling to mutate, the
	// letter to change, and Strict or Standard.
	f.Add([]byte{5, 17, 21, 23, 35, 12, 3}, uint16(0), uint8(2), false)
	f.Add([]byte{13, 4, 14, 35, 24, 2}, uint16(7), uint8(1), true)
	f.Add([]byte{8, 22, 7, 35, 29, 30, 31}, uint16(3), uint8(0), false)
	f.Fuzz(func(t *testing.T, idx []byte, pick uint16, at uint8, strict bool) {
		if len(idx) == 0 || len(idx) > 7 {
			return
		}
		var src []byte
		for _, x := range idx {
			src = append(src, fuzzKana[int(x)%len(fuzzKana)]...)
		}
		k, p := NormalizeKana(string(src))
		if p.Fault != NoFault {
			return
		}
		allowed := ^Mask(0)
		if strict {
			allowed = StrictRules
		}
		all := map[string]spelt{}
		spellings(k.r[:k.n], 0, allowed, "", spelt{}, all)
		if k.Parts() >= 2 {
			// The given names first, as Match tries them.
			kk := k.r[:k.n]
			sp := slices.Index(kk, ' ')
			swapped := append(append(append([]rune{}, kk[sp+1:]...), ' '), kk[:sp]...)
			spellings(swapped, 0, allowed, "", spelt{bit(OrderSwapped), 1}, all)
		}
		if len(all) == 0 || len(all) > 20000 {
			return
		}
		n := 0
		for _, s := range slices.Sorted(maps.Keys(all)) {
			want := all[s]
			if len(s) >= TrackLen-1 || s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
				continue
			}
			c, cp := NormalizeCard(macronsFor(s))
			if cp.Fault != NoFault || string(c.b[:c.n]) != s {
				continue // a part spelt empty, or a long mark after H no card can carry
			}
			got, uses, ok := match(&c, &k, allowed)
			if !ok || uses != want.uses || got&^allowed != 0 {
				t.Fatalf("match(%q, %q) = %b, %d uses, %v; enumeration gives %d uses (e.g. %b)", s, k.String(), got, uses, ok, want.uses, want.mask)
			}
			if n++; n != int(pick)%len(all)+1 {
				continue
			}
			i := int(at) % len(s)
			if s[i] == ' ' || s[i] == '^' || s[i] == '\'' {
				continue
			}
			for _, letter := range []byte("AHNOUX") {
				if letter == s[i] {
					continue
				}
				mutated := s[:i] + string(letter) + s[i+1:]
				mc, mp := NormalizeCard(macronsFor(mutated))
				if mp.Fault != NoFault {
					continue
				}
				_, ok := Match(&mc, &k, allowed)
				_, want := all[string(mc.b[:mc.n])]
				if ok != want {
					t.Fatalf("Match(%q, %q) = %v, enumeration says %v", mutated, k.String(), ok, want)
				}
			}
		}
	})
}

// macronsFor writes the '^' long marks of an enumerated spelling as
// combining macrons, the way a card would carry them.
func macronsFor(s string) string {
	out := make([]byte, 0, len(s)*2)
	for i := 0; i < len(s); i++ {
		if s[i] == '^' {
			out = append(out, "\u0304"...)
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}
