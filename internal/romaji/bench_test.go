package romaji

import (
	"strconv"
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

// worstInputs are the worst inputs within the bounds (MaxKanaRunes,
// MaxCardRunes) found so far. Chains of オ, ウ and ー give every kana
// several spellings, some empty, so that many card positions stay open at
// every kana; an unspaced name may be split at every point in both
// orders. They took 10-15 ms each before the splits were priced at once
// (split.go), 50-200 µs before the windows of the dynamic programme
// (grid.go), and 8-55 µs before the splits that can spell the card were
// found by an automaton over every card position at once (nfa.go): those
// no split spells (o64-oh16-oh15, o64-macrons, n64-n31-n32) end there, in
// a few µs, and o64-o21-o21, where 38 splits can, is among the slowest,
// with ou64-o21-o21 (オウ repeated: every kana after the first a long O,
// as in a chain of オ). spaced-o32-o31-o21-o21 has the widest windows of
// a spaced name: 2 KB of cells, on the heap before try kept the last four
// rows only.
func worstInputs() []scaling {
	o64 := strings.Repeat("オ", 64)
	return []scaling{
		{"o64-o30-o33", o64, strings.Repeat("O", 30) + " " + strings.Repeat("O", 33)},
		{"o64-o21-o21", o64, strings.Repeat("O", 21) + " " + strings.Repeat("O", 21)},
		{"o64-oh16-oh15", o64, strings.Repeat("OH", 16) + " " + strings.Repeat("OH", 15)},
		{"o64-macrons", o64, strings.Repeat("Ō", 31) + " " + strings.Repeat("Ō", 32)},
		{"u64-u31-u32", strings.Repeat("ウ", 64), strings.Repeat("U", 31) + " " + strings.Repeat("U", 32)},
		{"n64-n31-n32", strings.Repeat("ン", 64), strings.Repeat("N", 31) + " " + strings.Repeat("N", 32)},
		{"a-dash63", "ア" + strings.Repeat("ー", 63), strings.Repeat("A", 31) + " " + strings.Repeat("A", 32)},
		{"spaced-o32-o31", o64[:32*3] + " " + o64[:31*3], strings.Repeat("O", 31) + " " + strings.Repeat("O", 32)},
		{"spaced-a-dash", "ア" + strings.Repeat("ー", 30) + " ア" + strings.Repeat("ー", 31), strings.Repeat("A", 31) + " " + strings.Repeat("A", 32)},
		{"spaced-o32-o31-o21-o21", o64[:32*3] + " " + o64[:31*3], strings.Repeat("O", 21) + " " + strings.Repeat("O", 21)},
		{"ou64-o21-o21", strings.Repeat("オウ", 32), strings.Repeat("O", 21) + " " + strings.Repeat("O", 21)},
	}
}

// BenchmarkMatchWorst runs worstInputs.
func BenchmarkMatchWorst(b *testing.B) {
	for _, bb := range worstInputs() {
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
		"MatchPriced":    func() { sinkMask, _, sinkOK, _ = matchTries(&c, &ks, ^Mask(0), 0, 0, false) },
		"AppendHepburn":  func() { sinkB = AppendHepburn(buf[:0], &k, true, true) },
		"NormalizeKanaH": func() { sinkKana, _ = NormalizeKana("やまだ たろう") },
	} {
		if got := testing.AllocsPerRun(100, fn); got != 0 {
			t.Errorf("%s: %v allocs/op, want 0", name, got)
		}
	}
}

// TestWorstNoAllocs: the worst inputs (worstInputs) allocate nothing,
// through Match and under the strategies without walks, with every split
// priced at once or not: the pricing tables and the cells of try keep the
// rows of the last few kana only, on the stack, whatever the length of
// the name and of the card's tokens (issue 13; o64-o21-o21 took 6 KB a
// match, o64-oh16-oh15 9 KB, when the tables held a row for every kana,
// and spaced-o32-o31-o21-o21 2 KB when try kept every cell).
func TestWorstNoAllocs(t *testing.T) {
	for _, s := range worstInputs() {
		k, c := mustKana(t, s.kana), mustCard(t, s.card)
		fn := func() { sinkMask, sinkOK = Match(&c, &k, ^Mask(0)) }
		if got := testing.AllocsPerRun(20, fn); got != 0 {
			t.Errorf("%s: Match: %v allocs/op, want 0", s.name, got)
		}
		for _, bt := range [][2]int{{splitBudget(k.n), splitTries}, {0, 0}} {
			fn := func() { sinkMask, _, sinkOK, _ = matchTries(&c, &k, ^Mask(0), bt[0], bt[1], false) }
			if got := testing.AllocsPerRun(20, fn); got != 0 {
				t.Errorf("%s %v: %v allocs/op, want 0", s.name, bt, got)
			}
		}
	}
}

// scaling is one input of the scaling series: a name of the same shape at
// each length, as [BenchmarkMatchScaling] and TestMatchSteps run it.
type scaling struct {
	name       string
	kana, card string
}

// scalingSeries builds the series: names of 4, 8, 16, 32 and 63 kana
// repeating イオウ (IO in passport Hepburn, IOU with the long vowel
// written out, one letter a kana so that the card stays within
// MaxCardRunes at 63 kana), with and without a space in the kana (the
// card always has one, at the same place), the card matching (IOU, a
// variant: the search runs, not the passport shortcut) or not (its last
// letter wrong, found only at the end).
func scalingSeries() []scaling {
	var out []scaling
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
				if !spaced {
					kana = string(k)
				}
				name := "spaced"
				if !spaced {
					name = "unspaced"
				}
				if matching {
					name += "-match"
				} else {
					name += "-mismatch"
				}
				out = append(out, scaling{
					name: name + "-" + strconv.Itoa(n),
					kana: kana,
					card: string(c[:h]) + " " + string(c[h:]),
				})
			}
		}
	}
	return out
}

// BenchmarkMatchScaling runs the scaling series (scalingSeries): the time
// grows with the name, never less for a longer one of the same kind.
func BenchmarkMatchScaling(b *testing.B) {
	for _, s := range scalingSeries() {
		k, c := mustKana(b, s.kana), mustCard(b, s.card)
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkMask, sinkOK = Match(&c, &k, ^Mask(0))
			}
		})
	}
}

// TestMatchSteps guards the work of Match in steps (lattice positions laid
// out, cells priced), which depend on the input only, not on the machine
// as the benchmarks' times do: along the scaling series (scalingSeries)
// the steps never fall as the name grows, and stay within stepsPerByte a
// rune of kana and byte of card; the worst inputs (worstInputs) stay
// within worstPerByte; a plain two-token exact match takes one step a
// kana.
func TestMatchSteps(t *testing.T) {
	steps := func(s scaling) (bool, int, int) {
		k, c := mustKana(t, s.kana), mustCard(t, strings.ReplaceAll(s.card, "^", "\u0304"))
		_, _, ok, steps := matchTries(&c, &k, ^Mask(0), splitBudget(k.n), splitTries, true)
		return ok, steps, k.Len() + c.n
	}
	if _, n, _ := steps(scaling{"exact", "ヤマダ タロウ", "YAMADA TARO"}); n != 7 {
		t.Errorf("exact: %d steps, want 7", n)
	}
	prev := map[string]int{}
	for _, s := range scalingSeries() {
		ok, n, size := steps(s)
		if want := strings.Contains(s.name, "-match"); ok != want {
			t.Errorf("%s: Match(%q, %q) = %v, want %v", s.name, s.card, s.kana, ok, want)
		}
		kind := s.name[:strings.LastIndexByte(s.name, '-')]
		if p, seen := prev[kind]; seen && n < p {
			t.Errorf("%s: %d steps, fewer than %d for the shorter name before it", s.name, n, p)
		}
		prev[kind] = n
		if limit := stepsPerByte * size; n > limit {
			t.Errorf("%s: %d steps, want at most %d (%d a byte of input)", s.name, n, limit, stepsPerByte)
		}
		t.Logf("%s: %d steps", s.name, n)
	}
	for _, s := range worstInputs() {
		_, n, size := steps(s)
		if limit := worstPerByte * size; n > limit {
			t.Errorf("%s: %d steps, want at most %d (%d a byte of input)", s.name, n, limit, worstPerByte)
		}
		t.Logf("%s: %d steps", s.name, n)
	}
}

// TestChainEndsSplitSearch: against a card whose letters do not pin the
// card position of each kana (a chain of オ, ウ or ン and a card of O, U
// or N), the split-by-split search of an unspaced name gives up at the
// first split whose search goes wide (chainSpread) rather than spend its
// budget of splitSteps a kana: the default strategy takes at most one
// step a kana more than the splits that fit by length tried at once
// (issue 13: 275 steps more, the whole budget, before).
func TestChainEndsSplitSearch(t *testing.T) {
	for _, s := range worstInputs() {
		switch s.name {
		case "o64-o30-o33", "o64-o21-o21", "u64-u31-u32", "n64-n31-n32":
		default:
			continue
		}
		k, c := mustKana(t, s.kana), mustCard(t, s.card)
		_, _, _, def := matchTries(&c, &k, ^Mask(0), splitBudget(k.n), splitTries, true)
		_, _, _, fits := matchTries(&c, &k, ^Mask(0), 0, splitTries, false)
		if def-fits > k.n {
			t.Errorf("%s: %d steps, %d more than without the split-by-split search; want at most %d", s.name, def, def-fits, k.n)
		}
	}
}

// stepsPerByte bounds the steps of Match per rune of kana and byte of
// card along the scaling series; worstPerByte for the worst inputs, whose
// splits are priced at once, in O(kana × card) cells.
const (
	stepsPerByte = 8
	worstPerByte = 24
)
