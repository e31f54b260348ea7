package romaji

import "math/bits"

// The walk is the search of one arrangement of an ordinary name (C3): a
// forward pass over the kana that keeps, at each kana, the few card
// positions the start reaches there, each with the fewest rule uses
// reaching it and the path that does. Of two paths reaching one
// position with as few uses, it keeps the one whose edges come first in
// lattice order where they part: the prefix, to that position, of the
// first path with the fewest uses to the end, which [matcher.try] finds
// backwards from every cell. A card position of an ordinary name is
// pinned by its letters, so the walk holds one position a kana, two
// where spellings of different lengths fit, and needs neither the
// windows nor the cells of the dynamic programme, nor the memory they
// take. It gives up (handled false) where more positions than
// walkStates are reached at one kana (chains of オ, ウ, ー or ン) or its
// paths take more than walkNodes edges, and the search takes over.
const (
	walkStates = 4
	walkNodes  = 96
)

// wnode is one edge of a path the walk keeps: the node it follows (-1:
// the start), how many edges lead to it, the edge's index in its
// position's lattice, and the rules of the path up to it.
type wnode struct {
	parent int16
	depth  uint8
	edge   uint8
	mask   Mask
}

// wstate is a card position the walk reaches at a kana, the fewest rule
// uses reaching it and the last node of the path that does.
type wstate struct {
	j, cost, node int16
}

// walker holds the paths of one walk.
type walker struct {
	nodes [walkNodes]wnode
	n     int
}

// before reports whether the path ending in node u comes before the path
// ending in node v, two paths to one card position at one kana: whether,
// where they part, u's edge comes first in its lattice.
func (w *walker) before(u, v int16) bool {
	var bu, bv int16 // the nodes below where the paths meet
	for u != v {
		du, dv := w.depth(u), w.depth(v)
		if du >= dv {
			bu, u = u, w.nodes[u].parent
		}
		if dv >= du {
			bv, v = v, w.nodes[v].parent
		}
	}
	return w.nodes[bu].edge < w.nodes[bv].edge
}

func (w *walker) depth(u int16) int {
	if u < 0 {
		return 0
	}
	return int(w.nodes[u].depth)
}

// walk searches the arrangement a (parts separated by spaces) against the
// whole card c, allowing the rules in allowed, a card the track may have
// cut excepted ([matcher.cut]: the walk does not end inside a spelling).
// It returns the rules and rule uses of the first path with the fewest,
// as [matcher.try] does, whether one spells the card, and, when none
// does, the first kana it found nothing reached at or after (stop, as
// [matcher.lay] sets it). steps counts the states it went through, a
// kana and a card position each.
func (w *walker) walk(c []byte, a []rune, allowed Mask) (mask Mask, cost int, ok, handled bool, stop, steps int) {
	n, m := len(a), len(c)
	w.n = 0 // nodes are written before they are read: no need to clear them
	// ring[i&3]: the states at kana i; an edge spans three kana at most.
	var ring [4][walkStates]wstate
	var count [4]int
	ring[0][0] = wstate{j: 0, cost: 0, node: -1}
	count[0] = 1
	var es edges
	var long bool // a[i] lengthens the kana before it ([contexts])
	var pv byte   // the vowel before a[i]
	furthest := 0
	// add puts the state reached by edge y of es (the space, when y < 0)
	// from s at kana to, card position j: a new position, or one reached
	// at fewer rule uses, or at as few by a path that comes first.
	add := func(to int, j, cost int16, s *wstate, y int, rules Mask) bool {
		slot := &ring[to&3]
		x := 0
		for x < count[to&3] && slot[x].j != j {
			x++
		}
		node := s.node
		if y >= 0 {
			if w.n == walkNodes {
				return false
			}
			node = int16(w.n)
			pm := Mask(0)
			if s.node >= 0 {
				pm = w.nodes[s.node].mask
			}
			w.nodes[w.n] = wnode{parent: s.node, depth: uint8(w.depth(s.node) + 1), edge: uint8(y), mask: pm | rules}
			w.n++
		}
		switch {
		case x == count[to&3]:
			if x == walkStates {
				return false
			}
			slot[x] = wstate{j: j, cost: cost, node: node}
			count[to&3]++
		case cost < slot[x].cost || cost == slot[x].cost && w.before(node, slot[x].node):
			slot[x].cost, slot[x].node = cost, node
		case y >= 0:
			w.n-- // the node is no path's: reuse it
		}
		furthest = max(furthest, to)
		return true
	}
	for i := 0; i < n; i++ {
		start := i == 0 || a[i-1] == ' '
		if start {
			pv = 0
		} else {
			pv = vowelAfter(a[i-1], pv)
		}
		long = longStep(a, i, n, start, !start && long, pv)
		r := &ring[i&3]
		k := count[i&3]
		count[i&3] = 0
		if k == 0 {
			if furthest <= i {
				return 0, 0, false, true, i, steps
			}
			continue // inside a yōon or after っ: no spelling starts here
		}
		if a[i] == ' ' {
			steps += k
			for x := range k {
				s := r[x]
				if int(s.j) < m && c[s.j] == ' ' && !add(i+1, s.j+1, s.cost, &s, -1, 0) {
					return 0, 0, false, false, 0, steps
				}
			}
			continue
		}
		latticeAt(a, i, long, pv, &es)
		for x := range k {
			s := r[x]
			steps++
			rest := c[s.j:]
			for y := range es.e[:es.n] {
				e := &es.e[y]
				l := e.len()
				if e.mask&^allowed != 0 || l > maxSpelling || i+int(e.n) > n || l > len(rest) || !hasPrefix(e, rest[:l]) {
					continue
				}
				own := int16(bits.OnesCount32(uint32(e.mask)))
				if !add(i+int(e.n), s.j+int16(l), s.cost+own, &s, y, e.mask) {
					return 0, 0, false, false, 0, steps
				}
			}
		}
	}
	r := &ring[n&3]
	for x := range count[n&3] {
		if s := r[x]; int(s.j) == m {
			if s.node >= 0 {
				mask = w.nodes[s.node].mask
			}
			return mask, int(s.cost), true, true, n + 1, steps
		}
	}
	return 0, 0, false, true, n + 1, steps
}

// walkSearch is [search] by walks ([walk]) for a card the track has not
// cut, and a name with a space or a card of one token: the arrangement as
// given, then, when allowed and cheaper, the given name first. It reports
// handled false, with the steps it took, when a walk gives up (the search
// then starts over) or the name has no space and the card two tokens (the
// search's splits then take walks, [matcher.arrangement]).
func walkSearch(card *Card, kana *Kana, allowed Mask) (mask Mask, cost int, ok, handled bool, steps int) {
	c, k := card.b[:card.n], kana.r[:kana.n]
	tokens, parts := card.Tokens(), kana.Parts()
	var w walker
	switch {
	case parts == 1 && tokens > 2:
		return 0, 0, false, true, 0
	case parts == 1 && tokens == 2:
		return 0, 0, false, false, 0
	case parts == 1:
		mask, cost, ok, handled, _, steps = w.walk(c, k, allowed)
		return mask, cost, ok, handled, steps
	}
	mask, cost, ok, handled, _, steps = w.walk(c, k, allowed)
	if !handled || ok && cost <= 1 || !allowed.Has(OrderSwapped) {
		return mask, cost, ok, handled, steps
	}
	sp := 0
	for k[sp] != ' ' {
		sp++
	}
	var arr [MaxKanaRunes + 1]rune
	a := join(arr[:0], k[sp+1:], k[:sp])
	if p, read := passport(c, a); p {
		// Passport Hepburn, the given name first: OrderSwapped only, which
		// beats the two rule uses or more of the order given.
		return bit(OrderSwapped), 1, true, true, steps + read
	}
	m2, c2, ok2, h2, _, s2 := w.walk(c, a, allowed)
	steps += s2
	switch {
	case !h2:
		return 0, 0, false, false, steps
	case ok2 && (!ok || c2+1 < cost):
		return m2 | bit(OrderSwapped), c2 + 1, true, true, steps
	}
	return mask, cost, ok, true, steps
}

// arrangement matches the arrangement t.k (swapped: the given names
// first) as [matcher.try] does, by a walk ([walk]) where walks are on,
// the card is not cut by the track and the walk answers.
func (t *matcher) arrangement(swapped bool) (Mask, int, bool) {
	wide := t.wide
	if t.walks && !t.wide && !(t.trunc != 0 && t.allowed.Has(Truncated)) {
		mask, cost, ok, handled, stop, steps := t.walker.walk(t.c, t.k, t.allowed)
		t.steps += steps
		if handled {
			t.stop = stop
			if ok {
				// A split that matches is searched however the splits
				// are found: the split-by-split budget is for those that
				// do not.
				t.matched += steps
			}
			if ok && swapped {
				mask, cost = mask|bit(OrderSwapped), cost+1
			}
			return mask, cost, ok
		}
		// More than walkStates positions at a kana: a chain, as wide
		// as [matcher.lay] finds it, which ends the split-by-split
		// search, and the walks of this search.
		mask, cost, ok = t.try(swapped)
		t.wide = true
		return mask, cost, ok
	}
	// A wide search stays wide: lay finds it again.
	mask, cost, ok := t.try(swapped)
	t.wide = t.wide || wide
	return mask, cost, ok
}
