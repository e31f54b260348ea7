package romaji

import (
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
func referenceKana(s string) (Kana, Problem) { return foldKana(nfkcKana(s)) }

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
