package eligibility

import (
	"strconv"
	"strings"
	"testing"
)

// Sinks keep the compiler from discarding benchmarked work.
var (
	sinkMatch  NameMatch
	sinkString string
)

// Budgets (issue 3): MatchName of a two-token name <= 2 µs/op and <= 6
// allocs/op; CardName <= 500 ns/op. exact-63 and no-space-kana-62 are the
// longest plain names the bounds allow (two parts of 31 kana, アイアイ…ア,
// one letter a kana: 63 runes of card), spelt exactly: the cost of reading
// an input as long as the worst inputs' (BenchmarkMatchNameWorst), with no
// search.
func BenchmarkMatchName(b *testing.B) {
	ai := []rune(strings.Repeat("アイ", 16))[:31]
	aiCard := strings.Repeat("AI", 16)[:31]
	for _, bb := range []struct{ name, card, kana string }{
		{"exact", "YAMADA TARO", "ヤマダ タロウ"},
		{"reordered", "TARO YAMADA", "ヤマダ タロウ"},
		{"variant", "Satou Yuuko", "サトウ ユウコ"},
		{"mismatch", "SATO HANAKO", "サイトウ ハナコ"},
		{"half-width", "YAMADA/TARO", "ﾔﾏﾀﾞ ﾀﾛｳ"},
		{"no-space-kana", "TARO YAMADA", "ヤマダタロウ"},
		{"long", "HIGASHIKUNINOMIYA TOSHIHIK", "ヒガシクニノミヤ トシヒコ"},
		{"exact-63", aiCard + " " + aiCard, string(ai) + " " + string(ai)},
		{"no-space-kana-62", aiCard + " " + aiCard, string(ai) + string(ai)},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkMatch, _ = MatchName(bb.card, bb.kana)
			}
		})
	}
}

func BenchmarkCardName(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkString, _ = CardName("ヤマダ タロウ")
	}
}

// BenchmarkMatchNameWorst: the slowest inputs within the bounds found so
// far (NameMaxKanaRunes, NameMaxCardRunes): 64 オ without a space against
// two tokens, so that every split in both orders is possible and every
// オ has several spellings. About 10 ms before the splits were priced at
// once, 90-150 µs before the card positions of each kana were bounded,
// 21-26 µs before the splits that can spell the card were found by an
// automaton over every card position at once (issue 13). o64-o21-o21,
// where 38 splits can, is priced at once and is among the slowest, with
// ou64-o21-o21 (オウ repeated: every kana after the first a long O);
// o64-macrons, which no split spells, ends with the automaton;
// spaced-o32-o31 is the widest search of a spaced name (2 KB of cells on
// the heap before the search kept the last four rows only). The walks
// that answer real names (BenchmarkMatchNameCorpus) give up on these
// chains within a few steps a kana, and the dynamic programme answers.
func BenchmarkMatchNameWorst(b *testing.B) {
	o64 := strings.Repeat("オ", 64)
	for _, bb := range []struct{ name, card, kana string }{
		{"o64-o30-o33", strings.Repeat("O", 30) + " " + strings.Repeat("O", 33), o64},
		{"o64-macrons", strings.Repeat("Ō", 31) + " " + strings.Repeat("Ō", 32), o64},
		{"u64-u31-u32", strings.Repeat("U", 31) + " " + strings.Repeat("U", 32), strings.Repeat("ウ", 64)},
		{"o64-o21-o21", strings.Repeat("O", 21) + " " + strings.Repeat("O", 21), o64},
		{"ou64-o21-o21", strings.Repeat("O", 21) + " " + strings.Repeat("O", 21), strings.Repeat("オウ", 32)},
		{"spaced-o32-o31", strings.Repeat("O", 21) + " " + strings.Repeat("O", 21), o64[:32*3] + " " + o64[:31*3]},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkMatch, _ = MatchName(bb.card, bb.kana)
			}
		})
	}
}

// BenchmarkMatchNameScaling: names of one shape at 4, 8, 16, 32 and 63
// kana (イオウ repeated: IO in passport Hepburn, IOU written out, one
// letter a kana so that the card stays within NameMaxCardRunes), with and
// without a space in the kana, the card matching (a variant, so that the
// search runs) or not (its last letter wrong). The time grows with the
// name and never falls for a longer one of the same kind (issue 13);
// internal/romaji's TestMatchSteps guards the same in steps.
func BenchmarkMatchNameScaling(b *testing.B) {
	for _, spaced := range []bool{true, false} {
		for _, matching := range []bool{true, false} {
			for _, n := range []int{4, 8, 16, 32, 63} {
				k := []rune(strings.Repeat("イオウ", 21))[:n]
				c := []byte(strings.Repeat("IOU", 21))[:n]
				if !matching {
					c[n-1] = 'A'
				}
				h := n / 2
				kana := string(k[:h]) + " " + string(k[h:])
				name := "spaced"
				if !spaced {
					kana, name = string(k), "unspaced"
				}
				if matching {
					name += "-match"
				} else {
					name += "-mismatch"
				}
				card := string(c[:h]) + " " + string(c[h:])
				b.Run(name+"-"+strconv.Itoa(n), func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						sinkMatch, _ = MatchName(card, kana)
					}
				})
			}
		}
	}
}
