package romaji

import "testing"

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
	k := mustKana(b, "ヤマダ タロウ")
	for _, s := range []string{"YAMADA TARO", "TARO YAMADA", "YAMADA HANAKO"} {
		c := mustCard(b, s)
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkMask, sinkOK = Match(&c, &k, ^Mask(0))
			}
		})
	}
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
// form and matching a two-part name allocate nothing.
func TestNoAllocs(t *testing.T) {
	k := mustKana(t, "ヤマダ タロウ")
	c := mustCard(t, "TARO YAMADA")
	buf := make([]byte, 0, 64)
	for name, fn := range map[string]func(){
		"NormalizeKana":  func() { sinkKana, _ = NormalizeKana("ヤマダ タロウ") },
		"NormalizeCard":  func() { sinkCard, _ = NormalizeCard("TARO YAMADA") },
		"Match":          func() { sinkMask, sinkOK = Match(&c, &k, ^Mask(0)) },
		"AppendHepburn":  func() { sinkB = AppendHepburn(buf[:0], &k, true, true) },
		"NormalizeKanaH": func() { sinkKana, _ = NormalizeKana("やまだ たろう") },
	} {
		if got := testing.AllocsPerRun(100, fn); got != 0 {
			t.Errorf("%s: %v allocs/op, want 0", name, got)
		}
	}
}
