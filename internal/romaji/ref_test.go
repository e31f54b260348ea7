package romaji

import (
	"iter"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
)

// The original, unoptimised search, kept as the reference the optimised
// one is checked against (TestMatchAgreesWithReference,
// FuzzMatchAgreesWithReference).

// latticeRef is the lattice with its context found by walking back along
// the name, as it was first written.
func latticeRef(k []rune, i int, es *edges) {
	latticeAt(k, i, longAtRef(k, i), vowelOfRef(k, i-1), es)
}

// longAtRef is the original longAt: it reports whether the vowel kana k[i] lengthens the kana before it
// (C3, SPEC "Public facts": おう, おお, うう): an オ or ウ after an O, an ウ
// after a U, in the same part. It does not when it is itself lengthened
// (オオウチ is OUCHI: 大+内) or when a small kana joins it (ウィ).
func longAtRef(k []rune, i int) bool {
	r := k[i]
	if r != 'ウ' && r != 'オ' || i == 0 || k[i-1] == ' ' {
		return false
	}
	if i+1 < len(k) && isSmall(k[i+1]) {
		return false
	}
	pv := vowelOfRef(k, i-1)
	if pv != 'O' && (pv != 'U' || r != 'ウ') {
		return false
	}
	if p := k[i-1]; p == longMark || (p == 'ウ' || p == 'オ') && longAtRef(k, i-1) {
		return false
	}
	return true
}

// vowelOfRef is the original vowelOf: it returns the vowel letter a kana ends in ('A' … 'O'), or 0 for ン
// and ッ; ー takes the vowel before it.
func vowelOfRef(k []rune, i int) byte {
	for ; i >= 0; i-- {
		switch r := k[i]; r {
		case longMark:
			continue
		case 'ン', 'ッ', ' ':
			return 0
		default:
			m := monoOf(r)
			if m == nil {
				return 0
			}
			s := m[0].s
			return s[len(s)-1]
		}
	}
	return 0
}

// refEntry memoises the best completion from one (kana, card) position.
type refEntry struct {
	mask  Mask
	cost  uint8
	state uint8 // 0 unknown, 1 no match, 2 match
}

type refMatcher struct {
	k       []rune
	c       []byte
	allowed Mask
	trunc   uint8
	memo    []refEntry
}

func (t *refMatcher) best(i, j int) (Mask, int, bool) {
	n, m := len(t.k), len(t.c)
	if i == n {
		return 0, 0, j == m
	}
	me := &t.memo[i*(m+1)+j]
	switch me.state {
	case 1:
		return 0, 0, false
	case 2:
		return me.mask, int(me.cost), true
	}
	bestMask, bestCost, found := Mask(0), 0, false
	if t.k[i] == ' ' {
		if j < m && t.c[j] == ' ' {
			bestMask, bestCost, found = t.best(i+1, j+1)
		}
	} else {
		var es edges
		latticeRef(t.k, i, &es)
		for x := range es.e[:es.n] {
			e := &es.e[x]
			if e.mask&^t.allowed != 0 {
				continue
			}
			mask, cost, ok := t.step(e, i, j)
			if ok && (!found || cost < bestCost) {
				bestMask, bestCost, found = mask, cost, true
			}
		}
	}
	if !found && j == m && t.allowed.Has(Truncated) && (t.trunc == 2 || t.trunc == 1 && t.k[i] == ' ') {
		// C3, SPEC "Public facts": the track holds 26 characters; a longer
		// name is cut there, at a part boundary if the cut fell on the space.
		bestMask, bestCost, found = bit(Truncated), 1, true
	}
	if !found {
		me.state = 1
		return 0, 0, false
	}
	if bestCost > 255 {
		bestCost = 255
	}
	*me = refEntry{bestMask, uint8(bestCost), 2}
	return bestMask, bestCost, true
}

// step follows edge e from (i, j).
func (t *refMatcher) step(e *edge, i, j int) (Mask, int, bool) {
	c := t.c[j:]
	l := e.len()
	own := bits.OnesCount32(uint32(e.mask))
	if len(c) < l {
		// The card ends inside this spelling: a cut name (C3).
		if t.trunc != 2 || !t.allowed.Has(Truncated) || !hasPrefix(e, c) {
			return 0, 0, false
		}
		return e.mask | bit(Truncated), own + 1, true
	}
	if !hasPrefix(e, c[:l]) {
		return 0, 0, false
	}
	mask, cost, ok := t.best(i+int(e.n), j+l)
	return mask | e.mask, cost + own, ok
}

// matchRef is the original search: every arrangement searched in turn, the
// lattice walking back along the name at each step. It is the slow
// reference match must agree with, result for result (the given-name-first
// order only when allowed holds OrderSwapped).
func matchRef(card *Card, kana *Kana, allowed Mask) (Mask, int, bool) {
	var stack [512]refEntry
	t := refMatcher{c: card.b[:card.n], allowed: allowed}
	switch card.len {
	case TrackLen:
		t.trunc = 2
	case TrackLen - 1:
		t.trunc = 1
	}
	k := kana.r[:kana.n]
	// One memo for every arrangement: a split adds at most one space.
	memo := stack[:]
	if need := (len(k) + 2) * (len(t.c) + 1); need > len(stack) {
		memo = make([]refEntry, need)
	}
	var arr [MaxKanaRunes + 1]rune
	bestMask, bestCost, found := Mask(0), 0, false
	try := func(kk []rune, swapped bool) {
		t.k = kk
		t.memo = memo[:(len(kk)+1)*(len(t.c)+1)]
		clear(t.memo)
		mask, cost, ok := t.best(0, 0)
		if !ok {
			return
		}
		if swapped {
			mask |= bit(OrderSwapped)
			cost++
		}
		if !found || cost < bestCost {
			bestMask, bestCost, found = mask, cost, true
		}
	}
	// done reports whether no other arrangement can do better: the other
	// order costs at least its own rule, and the order given wins ties.
	done := func() bool { return found && bestCost <= 1 }
	tokens, parts := card.Tokens(), kana.Parts()
	switch {
	case parts == 1 && tokens >= 2:
		for p := 1; p < len(k) && !(found && bestCost == 0); p++ {
			if kana.splitOK(p) {
				try(join(arr[:0], k[:p], k[p:]), false)
			}
		}
		for p := 1; p < len(k) && !done() && allowed.Has(OrderSwapped); p++ {
			if kana.splitOK(p) {
				try(join(arr[:0], k[p:], k[:p]), true)
			}
		}
	case parts >= 2:
		try(k, false)
		if done() || !allowed.Has(OrderSwapped) {
			break
		}
		sp := 0
		for k[sp] != ' ' {
			sp++
		}
		try(join(arr[:0], k[sp+1:], k[:sp]), true)
	default:
		try(k, false)
	}
	return bestMask, bestCost, found
}

// randomSpelling walks the lattice of k (with the reference context),
// taking a random allowed edge at each kana: one spelling of the name as a
// card could carry it ('^' for a macron).
func randomSpelling(rng *rand.Rand, k []rune, allowed Mask) string {
	var b strings.Builder
	var es edges
	for i := 0; i < len(k); {
		if k[i] == ' ' {
			b.WriteByte(' ')
			i++
			continue
		}
		latticeRef(k, i, &es)
		var ok []int
		for x := range es.e[:es.n] {
			if es.e[x].mask&^allowed == 0 {
				ok = append(ok, x)
			}
		}
		if len(ok) == 0 {
			return ""
		}
		e := es.e[ok[rng.IntN(len(ok))]]
		if e.pre != 0 {
			b.WriteByte(e.pre)
		}
		b.WriteString(e.s)
		i += int(e.n)
	}
	return b.String()
}

// refArrangement is the reference search of one arrangement of a name.
func refArrangement(card *Card, kk []rune, allowed Mask) (int, bool) {
	t := refMatcher{k: kk, c: card.b[:card.n], allowed: allowed}
	switch card.len {
	case TrackLen:
		t.trunc = 2
	case TrackLen - 1:
		t.trunc = 1
	}
	t.memo = make([]refEntry, (len(kk)+1)*(len(t.c)+1))
	_, cost, ok := t.best(0, 0)
	return cost, ok
}

// agreePrices checks, for an unspaced name and a two-token card, the price
// of every arrangement against the reference search of that arrangement.
func agreePrices(t *testing.T, c *Card, k *Kana, allowed Mask) {
	t.Helper()
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
	var long [MaxKanaRunes]bool
	var pv [MaxKanaRunes]byte
	contexts(kr, long[:n], pv[:n])
	buf := make([]int16, splitStack)
	for _, swapped := range []bool{false, true} {
		prices := make([]int16, n)
		m.price(kr, long[:n], pv[:n], k, m.c[:s], m.c[s+1:], swapped, [2]int{1, n - 1}, buf, prices)
		// Priced within a range of splits, as the splits an automaton
		// found (matcher.feasible) ask: the same prices there, noCost
		// elsewhere.
		only := [2]int{1 + n/4, n - 1 - n/4}
		part := make([]int16, n)
		m.price(kr, long[:n], pv[:n], k, m.c[:s], m.c[s+1:], swapped, only, buf, part)
		for p := range n {
			want := prices[p]
			if p < only[0] || p > only[1] {
				want = noCost
			}
			if part[p] != want {
				t.Fatalf("price(%q, %q, %b, swapped=%v, only %v)[%d] = %d, want %d", c.String(), k.String(), allowed, swapped, only, p, part[p], want)
			}
		}
		for p := range n {
			cost, ok := noCost, false
			if p > 0 && k.splitOK(p) {
				arr := append(append(append([]rune{}, kr[:p]...), ' '), kr[p:]...)
				extra := 0
				if swapped {
					arr = append(append(append([]rune{}, kr[p:]...), ' '), kr[:p]...)
					extra = 1
				}
				cost, ok = refArrangement(c, arr, allowed)
				cost += extra
			}
			if got := prices[p]; ok != (got < noCost) || ok && int(got) != cost {
				t.Fatalf("price(%q, %q, %b, swapped=%v)[%d] = %d; reference %d, %v", c.String(), k.String(), allowed, swapped, p, got, cost, ok)
			}
		}
	}
}

// agree checks match against matchRef for one card and kana under each of
// the rule sets a caller may pass, and for an unspaced name against a
// two-token card the price of every arrangement.
func agree(t *testing.T, card, kana string) {
	t.Helper()
	agreeUnder(t, card, kana, []Mask{^Mask(0), StrictRules, StrictRules &^ bit(OrderSwapped), ^Mask(0) &^ bit(Truncated)}, true)
}

// agreeUnder is agree under the rule sets given, with or without the
// prices of every arrangement.
func agreeUnder(t *testing.T, card, kana string, sets []Mask, prices bool) {
	t.Helper()
	c, cp := NormalizeCard(strings.ReplaceAll(card, "^", "\u0304"))
	k, kp := NormalizeKana(kana)
	if cp.Fault != NoFault || kp.Fault != NoFault {
		return
	}
	for _, allowed := range sets {
		wm, wc, wok := matchRef(&c, &k, allowed)
		// The default strategy, with walks first and without; the splits
		// that fit by length tried one by one; priced at once; one step
		// split by split, then at most one split that fits; every split
		// tried, in turn.
		for _, bt := range [][3]int{{splitBudget(k.n), splitTries, 1}, {splitBudget(k.n), splitTries, 0}, {0, MaxKanaRunes * 2, 0}, {0, 0, 0}, {1, 1, 0}, {-1, 0, 0}} {
			gm, gc, gok, _ := matchTries(&c, &k, allowed, bt[0], bt[1], bt[2] == 1)
			if gm != wm || gc != wc || gok != wok {
				t.Fatalf("matchTries(%q, %q, %b, %v) = %b, %d, %v; reference %b, %d, %v", c.String(), k.String(), allowed, bt, gm, gc, gok, wm, wc, wok)
			}
		}
		if k.Parts() >= 2 || c.Tokens() != 2 || c.cut(allowed) == 0 {
			// The walks on their own, where they answer.
			gm, gc, gok, handled, _ := walkSearch(&c, &k, allowed)
			if handled && (gm != wm || gc != wc || gok != wok) {
				t.Fatalf("walkSearch(%q, %q, %b) = %b, %d, %v; reference %b, %d, %v", c.String(), k.String(), allowed, gm, gc, gok, wm, wc, wok)
			}
		}
		if prices && k.Parts() == 1 && c.Tokens() == 2 {
			agreePrices(t, &c, &k, allowed)
		}
	}
}

// TestMatchAgreesWithReference: the optimised search (contexts computed
// once, unspaced names priced at every split at once) gives the reference
// search's answer, mask and rule count included, on names built from every
// kind of lattice position and on cards spelt from them: whole, split at
// every point, in both orders, mutated, and cut at the track's length.
func TestMatchAgreesWithReference(t *testing.T) {
	for _, tt := range [][2]string{
		{"YAMADA TARO", "ヤマダタロウ"}, {"TARO YAMADA", "ヤマダタロウ"}, {"SATO UTA", "サトウウタ"},
		{"OHNO YUKO", "オオノユウコ"}, {"ONO OSAMU", "オオノオサム"}, {"KYO KO", "キョウコ"},
		{"MUSHANOKOJI SANEATSUSANEA", "ムシャノコウジサネアツサネアツ"},
		{"SANEATSU MUSHANOKOJIMUSHA", "ムシャノコウジムシャノコウジサネアツ"},
		{"HOTCHI SHINYA", "ホッチシンヤ"}, {"HOT CHI", "ホッチ"}, {"SENOO MASAO", "セノオマサオ"},
		{"O O", strings.Repeat("オ", 64)}, {"OOOOOOOOOOOOOOOOOOOOO OOOOOOOOOOOOOOOOOOOOO", strings.Repeat("オ", 64)},
		{"OHOHOHOHOH OHOHOHOHOHOH", strings.Repeat("オ", 40)}, {"OUOUOU OUOU", strings.Repeat("オウ", 10)},
		{"AAAAAAAAAAAA AAAAAAAAAAAAA", "ア" + strings.Repeat("ー", 40)},
		{"YAMADAYAMADA TAROTAROTARO", "ヤマダヤマダタロウタロウタロウ"}, {"TAROTAROTARO YAMADAYAMADA", "ヤマダヤマダタロウタロウタロウ"},
		{"YAMADAYAMADA TAROTAROTARO", "ヤマダヤマダタロウタロウタロウハナコ"}, {"OOOOOOOOOOOO OOOOOOOOOOOO", strings.Repeat("オ", 40)},
	} {
		agree(t, tt[0], tt[1])
	}
	// The benchmarks' inputs: names of one shape from 4 to 63 kana, and
	// the worst inputs within the bounds, whose windows are wide (the
	// reference prices of their splits are left to the chains above: they
	// take seconds under the race detector).
	for _, s := range append(scalingSeries(), worstInputs()...) {
		agreeUnder(t, s.card, s.kana, []Mask{^Mask(0), StrictRules}, false)
	}
	rng := rand.New(rand.NewPCG(3, 3))
	for range 1000 {
		var src strings.Builder
		for range 1 + rng.IntN(12) {
			src.WriteString(fuzzKana[rng.IntN(len(fuzzKana)-1)]) // no space: the split case
		}
		k, p := NormalizeKana(src.String())
		if p.Fault != NoFault {
			continue
		}
		kr := k.r[:k.n]
		allowed := ^Mask(0)
		if rng.IntN(3) == 0 {
			allowed = StrictRules
		}
		s := randomSpelling(rng, kr, allowed)
		if s == "" {
			continue
		}
		for card := range splitCards(rng, s, 4) {
			agree(t, card, src.String())
		}
		// The name with a space, in both orders.
		if sp := 1 + rng.IntN(len(kr)); sp < len(kr) && k.splitOK(sp) {
			spaced := string(kr[:sp]) + " " + string(kr[sp:])
			ks, _ := NormalizeKana(spaced)
			if s2 := randomSpelling(rng, ks.r[:ks.n], allowed); s2 != "" {
				agree(t, s2, spaced)
				if i := strings.IndexByte(s2, ' '); i > 0 {
					agree(t, s2[i+1:]+" "+s2[:i], spaced)
				}
			}
		}
	}
}

// FuzzMatchAgreesWithReference: as TestMatchAgreesWithReference, on any
// card against a name of up to 32 lattice positions.
func FuzzMatchAgreesWithReference(f *testing.F) {
	// Seed corpus: indexes into fuzzKana (35 is a space), a card, and
	// where to split the name's own spelling.
	f.Add([]byte{13, 4, 14, 24, 2}, "HOT CHI", uint8(3))
	f.Add([]byte{4, 4, 4, 4, 4, 4, 4, 4}, "OO OHO", uint8(2))
	f.Add([]byte{7, 22, 7, 29, 30, 31, 20, 21}, "CHITTEI FUABA", uint8(5))
	f.Add([]byte{15, 23, 24, 35, 26, 11}, "SHUUN HOTCHA", uint8(0))
	f.Fuzz(func(t *testing.T, idx []byte, card string, at uint8) {
		if len(idx) == 0 || len(idx) > 32 {
			return
		}
		var src strings.Builder
		for _, x := range idx {
			src.WriteString(fuzzKana[int(x)%len(fuzzKana)])
		}
		agree(t, card, src.String())
		k, p := NormalizeKana(src.String())
		if p.Fault != NoFault {
			return
		}
		s := string(AppendHepburn(nil, &k, false, false))
		if i := int(at) % (len(s) + 1); i > 0 && i < len(s) {
			agree(t, s[:i]+" "+s[i:], src.String())
			agree(t, s[i:]+" "+s[:i], src.String())
		}
	})
}

// splitCards yields the two-token cards a random test makes of one spelling:
// s split after each of its letters, the tokens swapped once in swapOdds,
// a letter mistyped once in eight, and a card over TrackLen cut there
// (as the track cuts it) once in two.
func splitCards(rng *rand.Rand, s string, swapOdds int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for at := 1; at < len(s); at++ {
			card := s[:at] + " " + s[at:]
			if rng.IntN(swapOdds) == 0 {
				card = s[at:] + " " + s[:at]
			}
			if rng.IntN(8) == 0 {
				i := rng.IntN(len(card))
				card = card[:i] + string("AHNOUX"[rng.IntN(6)]) + card[i+1:]
			}
			if len(card) > TrackLen && rng.IntN(2) == 0 {
				card = card[:TrackLen]
			}
			if !yield(card) {
				return
			}
		}
	}
}
