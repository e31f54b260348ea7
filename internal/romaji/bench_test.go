package romaji

import (
	"strings"
	"testing"
)

var (
	sinkKana Kana
	sinkCard Card
	sinkMask Mask
	sinkOK   bool
	sinkB    []byte
)

func BenchmarkNormalizeKana(b *testing.B) {
	for _, s := range []string{"ヤマダ タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ", "やまだ　たろう"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkKana, _ = NormalizeKana(s)
			}
		})
	}
}

func BenchmarkNormalizeCard(b *testing.B) {
	for _, s := range []string{"YAMADA TARO", "ＹＡＭＡＤＡ／ＴＡＲＯ", "SATŌ YŪKO"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkCard, _ = NormalizeCard(s)
			}
		})
	}
}

func BenchmarkMatch(b *testing.B) {
	benchMatch(b, "ヤマダ タロウ", "YAMADA TARO", "TARO YAMADA", "YAMADA HANAKO")
}

// benchMatch benchmarks Match of each card against kana.
func benchMatch(b *testing.B, kana string, cards ...string) {
	k := mustKana(b, kana)
	for _, s := range cards {
		c := mustCard(b, s)
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkMask, sinkOK = Match(&c, &k, ^Mask(0))
			}
		})
	}
}

// BenchmarkMatchWorst: the worst inputs within the bounds (MaxKanaRunes,
// MaxCardRunes) found so far. Chains of オ, ウ and ー give every kana
// several spellings, some empty, so that many card positions stay open at
// every kana; an unspaced name is split at every point in both orders.
// They took 10-15 ms each before the splits were priced at once (split.go);
// the target is 200 µs.
func BenchmarkMatchWorst(b *testing.B) {
	o64 := strings.Repeat("オ", 64)
	for _, bb := range []struct{ name, kana, card string }{
		{"o64-o30-o33", o64, strings.Repeat("O", 30) + " " + strings.Repeat("O", 33)},
		{"o64-o21-o21", o64, strings.Repeat("O", 21) + " " + strings.Repeat("O", 21)},
		{"o64-oh16-oh15", o64, strings.Repeat("OH", 16) + " " + strings.Repeat("OH", 15)},
		{"o64-macrons", o64, strings.Repeat("Ō", 31) + " " + strings.Repeat("Ō", 32)},
		{"u64-u31-u32", strings.Repeat("ウ", 64), strings.Repeat("U", 31) + " " + strings.Repeat("U", 32)},
		{"n64-n31-n32", strings.Repeat("ン", 64), strings.Repeat("N", 31) + " " + strings.Repeat("N", 32)},
		{"a-dash63", "ア" + strings.Repeat("ー", 63), strings.Repeat("A", 31) + " " + strings.Repeat("A", 32)},
		{"spaced-o32-o31", o64[:32*3] + " " + o64[:31*3], strings.Repeat("O", 31) + " " + strings.Repeat("O", 32)},
		{"spaced-a-dash", "ア" + strings.Repeat("ー", 30) + " ア" + strings.Repeat("ー", 31), strings.Repeat("A", 31) + " " + strings.Repeat("A", 32)},
	} {
		k, c := mustKana(b, bb.kana), mustCard(b, bb.card)
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkMask, sinkOK = Match(&c, &k, ^Mask(0))
			}
		})
	}
}

// BenchmarkMatchSplit: an unspaced kana name against a two-token card, the
// case priced by split.go.
func BenchmarkMatchSplit(b *testing.B) {
	benchMatch(b, "ヤマダタロウ", "YAMADA TARO", "TARO YAMADA", "YAMADA HANAKO")
}

func BenchmarkAppendHepburn(b *testing.B) {
	k := mustKana(b, "ヤマダ タロウ")
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		sinkB = AppendHepburn(buf[:0], &k, false, false)
	}
}

// TestNoAllocs guards the hot path: normalising input already in normal
// form and matching a two-part name, spaced or not, allocate nothing.
func TestNoAllocs(t *testing.T) {
	k := mustKana(t, "ヤマダ タロウ")
	c := mustCard(t, "TARO YAMADA")
	ks := mustKana(t, "ヤマダタロウ") // unspaced: split by split, or priced
	buf := make([]byte, 0, 64)
	for name, fn := range map[string]func(){
		"NormalizeKana":  func() { sinkKana, _ = NormalizeKana("ヤマダ タロウ") },
		"NormalizeCard":  func() { sinkCard, _ = NormalizeCard("TARO YAMADA") },
		"Match":          func() { sinkMask, sinkOK = Match(&c, &k, ^Mask(0)) },
		"MatchSplit":     func() { sinkMask, sinkOK = Match(&c, &ks, ^Mask(0)) },
		"MatchPriced":    func() { sinkMask, _, sinkOK = matchBudget(&c, &ks, ^Mask(0), 0) },
		"AppendHepburn":  func() { sinkB = AppendHepburn(buf[:0], &k, true, true) },
		"NormalizeKanaH": func() { sinkKana, _ = NormalizeKana("やまだ たろう") },
	} {
		if got := testing.AllocsPerRun(100, fn); got != 0 {
			t.Errorf("%s: %v allocs/op, want 0", name, got)
		}
	}
}
