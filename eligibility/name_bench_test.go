package eligibility

import "testing"

// Sinks keep the compiler from discarding benchmarked work.
var (
	sinkMatch  NameMatch
	sinkString string
)

// Budgets (issue 3): MatchName of a two-token name <= 2 µs/op and <= 6
// allocs/op; CardName <= 500 ns/op.
func BenchmarkMatchName(b *testing.B) {
	for _, bb := range []struct{ name, card, kana string }{
		{"exact", "YAMADA TARO", "ヤマダ タロウ"},
		{"reordered", "TARO YAMADA", "ヤマダ タロウ"},
		{"variant", "Satou Yuuko", "サトウ ユウコ"},
		{"mismatch", "SATO HANAKO", "サイトウ ハナコ"},
		{"half-width", "YAMADA/TARO", "ﾔﾏﾀﾞ ﾀﾛｳ"},
		{"no-space-kana", "TARO YAMADA", "ヤマダタロウ"},
		{"long", "HIGASHIKUNINOMIYA TOSHIHIK", "ヒガシクニノミヤ トシヒコ"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkMatch = MatchName(bb.card, bb.kana)
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
