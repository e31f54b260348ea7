package romaji

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// agreeFeasible checks matcher.feasible for an unspaced name against a
// two-token card, of TrackLen characters or TrackLen-1 (which the track
// may have cut) too: every arrangement the reference
// search (refArrangement) matches is reported, and only splits between
// morae are (C3).
func agreeFeasible(t *testing.T, c *Card, k *Kana, allowed Mask) (reported, matched int) {
	t.Helper()
	if k.Parts() != 1 || c.Tokens() != 2 {
		return 0, 0
	}
	kr := k.r[:k.n]
	n := len(kr)
	m := matcher{c: c.b[:c.n], allowed: allowed}
	switch c.len {
	case TrackLen:
		m.trunc = 2
	case TrackLen - 1:
		m.trunc = 1
	}
	s := strings.IndexByte(string(m.c), ' ')
	fam, swp := m.feasible(kr, k, s)
	for p := range n {
		for _, swapped := range []bool{false, true} {
			got := fam>>p&1 != 0
			if swapped {
				got = swp>>p&1 != 0
			}
			if got {
				reported++
			}
			if !k.splitOK(p) || swapped && !allowed.Has(OrderSwapped) {
				if got {
					t.Fatalf("feasible(%q, %q, %b): split %d (swapped %v) reported, not a split", c.String(), k.String(), allowed, p, swapped)
				}
				continue
			}
			arr := append(append(append([]rune{}, kr[:p]...), ' '), kr[p:]...)
			if swapped {
				arr = append(append(append([]rune{}, kr[p:]...), ' '), kr[:p]...)
			}
			if _, ok := refArrangement(c, arr, allowed); ok {
				matched++
				if !got {
					t.Fatalf("feasible(%q, %q, %b): split %d (swapped %v) matches in the reference, not reported", c.String(), k.String(), allowed, p, swapped)
				}
			}
		}
	}
	return reported, matched
}

// TestFeasibleSuperset: the automaton run over every card position at
// once (matcher.feasible) reports every split of an unspaced name whose
// arrangement the reference search matches, on the names and cards of
// TestMatchAgreesWithReference, and reports few that do not.
func TestFeasibleSuperset(t *testing.T) {
	reported, matched := 0, 0
	check := func(card, kana string, sets ...Mask) {
		c, cp := NormalizeCard(strings.ReplaceAll(card, "^", "\u0304"))
		k, kp := NormalizeKana(kana)
		if cp.Fault != NoFault || kp.Fault != NoFault {
			return
		}
		for _, allowed := range sets {
			r, m := agreeFeasible(t, &c, &k, allowed)
			reported, matched = reported+r, matched+m
		}
	}
	all := []Mask{^Mask(0), StrictRules, StrictRules &^ bit(OrderSwapped), ^Mask(0) &^ bit(Truncated)}
	for _, tt := range [][2]string{
		{"YAMADA TARO", "ヤマダタロウ"}, {"TARO YAMADA", "ヤマダタロウ"}, {"SATO UTA", "サトウウタ"},
		{"OHNO YUKO", "オオノユウコ"}, {"ONO OSAMU", "オオノオサム"}, {"KYO KO", "キョウコ"},
		{"INOUE TARO", "イノウエタロウ"}, {"TARO INOUE", "イノウエタロウ"}, {"INOE TARO", "イノウエタロウ"},
		{"HOTCHI SHINYA", "ホッチシンヤ"}, {"HOT CHI", "ホッチ"}, {"SENOO MASAO", "セノオマサオ"},
		{"OOOOOOOOOOOOOOOOOOOOO OOOOOOOOOOOOOOOOOOOOO", strings.Repeat("オ", 64)},
		{"OHOHOHOHOH OHOHOHOHOHOH", strings.Repeat("オ", 40)}, {"OUOUOU OUOU", strings.Repeat("オウ", 10)},
		{"AAAAAAAAAAAA AAAAAAAAAAAAA", "ア" + strings.Repeat("ー", 40)},
		// TrackLen-1 characters: a cut on the space, which a split name
		// cannot have.
		{"YAMADAYAMADA TAROTAROTARO", "ヤマダヤマダタロウタロウタロウ"}, {"TAROTAROTARO YAMADAYAMADA", "ヤマダヤマダタロウタロウタロウ"},
		{"YAMADAYAMADA TAROTAROTARO", "ヤマダヤマダタロウタロウタロウハナコ"}, {"OOOOOOOOOOOO OOOOOOOOOOOO", strings.Repeat("オ", 40)},
		// TrackLen characters: the last token may be cut anywhere, the
		// given name (family name first) or the family name (swapped).
		{"YAMADAYAMADA TAROTAROTARH", "ヤマダヤマダタロウタロウタロウハナコ"}, {"TAROTAROTARO YAMADAYAMADA", "ヤマダヤマダヤマダタロウタロウタロウ"},
		{"TAROTAROTAR YAMADAYAMADAY", "ヤマダヤマダヤマダタロウタロウタロウ"}, {"OOOOOOOOOOOO OOOOOOOOOOOOO", strings.Repeat("オ", 40)},
		{"OHOHOHOHOHOH OHOHOHOHOHOHX", strings.Repeat("オ", 64)}, {"SHINCHAN SHIN'YASHIN'YASH", "シンチャンシンヤシンヤシンヤ"},
	} {
		check(tt[0], tt[1], all...)
	}
	for _, s := range append(scalingSeries(), worstInputs()...) {
		check(s.card, s.kana, ^Mask(0), StrictRules)
	}
	rng := rand.New(rand.NewPCG(5, 5))
	for range 1500 {
		var src strings.Builder
		for range 1 + rng.IntN(12) {
			src.WriteString(fuzzKana[rng.IntN(len(fuzzKana)-1)])
		}
		k, p := NormalizeKana(src.String())
		if p.Fault != NoFault {
			continue
		}
		allowed := all[rng.IntN(len(all))]
		sp := randomSpelling(rng, k.r[:k.n], allowed)
		for card := range splitCards(rng, sp, 3) {
			check(card, src.String(), allowed)
		}
	}
	if matched == 0 || reported > 2*matched {
		t.Errorf("feasible reported %d splits, %d of them matching: want some, and few that do not", reported, matched)
	}
	t.Logf("feasible reported %d splits, %d matching", reported, matched)
}

// FuzzFeasibleSuperset: as TestFeasibleSuperset, on any card against a
// name of up to 24 lattice positions.
func FuzzFeasibleSuperset(f *testing.F) {
	// Seed corpus: indexes into fuzzKana (no space: the split case), a
	// card, Strict or Standard.
	f.Add([]byte{2, 13, 3, 3, 15, 14}, "INOUE TARO", false)
	f.Add([]byte{4, 4, 4, 4, 4, 4, 4, 4}, "OO OHO", false)
	f.Add([]byte{15, 22, 7, 6, 21, 20}, "HOTCHI SHINYA", true)
	f.Add([]byte{24, 2, 5, 4}, "KO KYO", false)
	f.Fuzz(func(t *testing.T, idx []byte, card string, strict bool) {
		if len(idx) == 0 || len(idx) > 24 {
			return
		}
		var src strings.Builder
		for _, x := range idx {
			src.WriteString(fuzzKana[int(x)%(len(fuzzKana)-1)])
		}
		c, cp := NormalizeCard(card)
		k, kp := NormalizeKana(src.String())
		if cp.Fault != NoFault || kp.Fault != NoFault {
			return
		}
		allowed := ^Mask(0)
		if strict {
			allowed = StrictRules
		}
		agreeFeasible(t, &c, &k, allowed)
	})
}
