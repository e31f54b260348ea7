package family

import (
	"testing"

	"github.com/kessai-jp/kessai/eligibility"
)

// holderPairs are card names and kana holders of every kind MatchName
// tells apart (C1, C3): passport Hepburn, variants Strict refuses and
// Standard accepts, order, truncation, mismatches and invalid input.
var holderPairs = [][2]string{
	{"YAMADA TARO", "ヤマダ タロウ"},      // passport Hepburn
	{"ＹＡＭＡＤＡ　ＴＡＲＯ", "ﾔﾏﾀﾞ ﾀﾛｳ"},     // full-width card, half-width kana
	{"YAMADA TARO", "やまだ たろう"},      // hiragana holder
	{"TARO YAMADA", "ヤマダ タロウ"},      // given name first
	{"SATOH ICHIRO", "サトウ イチロウ"},    // OH option
	{"YAMADA TAROU", "ヤマダ タロウ"},     // keyboard spelling
	{"SATOU ITIROU", "サトウ イチロウ"},    // Kunrei
	{"HONDA SHINICHI", "ホンダ シンイチ"},  // ん before a vowel
	{"SUZUKI HANAKO", "ヤマダ ハナコ"},    // a former (maiden) family name
	{"YAMADA HANAKO", "ヤマダ タロウ"},    // a family member's card
	{"YAMADA", "ヤマダ タロウ"},           // family name only
	{"YAMADA TARO 2", "ヤマダ タロウ"},    // digits on the card
	{"YAMADA TARO", "山田 太郎"},        // kanji, not kana
	{"", "ヤマダ タロウ"},                 // no name
	{"KOUCHIWA KEN", "コウチワ ケン"},     // vowels across a morpheme
	{"MATSUURA SHINJI", "マツウラ シンジ"}, // not a long vowel
	{"VUITON MARI", "ヴィトン マリ"},      // ヴ
	{"TARO", "タロウ"},                 // one part
}

// TestMatchHolderAgreesWithMatchName checks the Strict-first shortcut of
// matchHolder against eligibility.MatchName itself (C1, C3).
func TestMatchHolderAgreesWithMatchName(t *testing.T) {
	// The table must exercise each way through matchHolder.
	var strict, standardOnly, neither int
	for _, p := range holderPairs {
		switch {
		case eligibility.Strict.Match(p[0], p[1]).OK():
			strict++
		case eligibility.MatchName(p[0], p[1]).OK():
			standardOnly++
		default:
			neither++
		}
	}
	if strict == 0 || standardOnly == 0 || neither == 0 {
		t.Fatalf("holderPairs: %d Strict matches, %d Standard only, %d mismatches; want each > 0", strict, standardOnly, neither)
	}
	for _, p := range holderPairs {
		t.Run("C1 "+p[0]+" / "+p[1], func(t *testing.T) {
			got, verdict := matchHolder(p[0], p[1])
			m := eligibility.MatchName(p[0], p[1])
			if got != m.OK() {
				t.Errorf("matchHolder(%q, %q) = %v, MatchName says %v", p[0], p[1], got, m)
			}
			if !got && verdict != m.Kind.String() {
				t.Errorf("matchHolder(%q, %q) verdict %q, want %q", p[0], p[1], verdict, m.Kind.String())
			}
		})
	}
}

// FuzzMatchHolder checks that matchHolder and eligibility.MatchName agree
// on any input (C1).
func FuzzMatchHolder(f *testing.F) {
	// Seed corpus: the table above.
	for _, p := range holderPairs {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, card, kana string) {
		got, _ := matchHolder(card, kana)
		if want := eligibility.MatchName(card, kana).OK(); got != want {
			t.Fatalf("matchHolder(%q, %q) = %v, MatchName says %v", card, kana, got, want)
		}
	})
}
