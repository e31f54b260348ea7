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
// walkStates are reached at one kana, or positions chainSpread apart
// (chains of オ, ウ, ー or ン), or its paths take more than walkNodes
// edges, and the search takes over.
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
// uses reaching it and the last node of the path that does; in a split
// walk ([walker.splitWalk]), the split p of a state in the given name (0
// in the family name) and the context of its kana there (ctxStart, or
// whether the kana before it is a lengthened ウ or オ).
type wstate struct {
	j, cost, node int16
	p, ctx        int8
}

// The contexts of a state's kana in a split walk's given name; the
// family name's and a walk's kana take the whole name's ([contexts]).
const (
	ctxStart int8 = -1
	ctxWhole int8 = 2
)

// wring holds the states of the last kana a walk reached: ring[i&3] at
// kana i, as an edge spans three kana at most.
type wring struct {
	s        [4][2 * walkStates]wstate
	count    [4]int
	furthest int
}

// walker holds the paths of one walk.
type walker struct {
	nodes [walkNodes]wnode
	n     int
}

// put records the state st at kana to, reached by edge y (the space, when
// y < 0) with rules from the state from, in r, which holds at most limit
// states a kana: a new position, or one reached at fewer rule uses, or at
// as few at an earlier split, or at as few by a path that comes first. It
// reports false when r or the nodes are full, or when the positions of one
// name at a kana lie chainSpread apart or more, as a chain's do
// ([matcher.lay]'s wide): the walk gives up.
func (w *walker) put(r *wring, limit, to int, st wstate, from *wstate, y int, rules Mask) bool {
	slot := &r.s[to&3]
	x := 0
	for x < r.count[to&3] && (slot[x].j != st.j || slot[x].ctx != st.ctx || (slot[x].p == 0) != (st.p == 0)) {
		x++
	}
	st.node = from.node
	if y >= 0 {
		if w.n == walkNodes {
			return false
		}
		st.node = w.node(from.node, y, rules)
	}
	if x == r.count[to&3] {
		if x == limit {
			return false
		}
		for _, o := range slot[:x] {
			if (o.p == 0) == (st.p == 0) && (o.j-st.j >= chainSpread || st.j-o.j >= chainSpread) {
				return false // a chain: the positions a kana is reached at spread as in lay's wide
			}
		}
		slot[x] = st
		r.count[to&3]++
	} else if old := &slot[x]; st.cost < old.cost || st.cost == old.cost && (st.p < old.p || st.p == old.p && w.before(st.node, old.node)) {
		*old = st
	} else if y >= 0 {
		w.n-- // the node is no path's: reuse it
	}
	r.furthest = max(r.furthest, to)
	return true
}

// before reports whether the path ending in node u comes before the path
// ending in node v, two paths to one card position at one kana or two
// complete paths, neither of which goes on through the other's end:
// whether, where they part, u's edge comes first in its lattice.
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
// whole card c, allowing the rules in allowed; with cut 2 the card may be
// the track's cut of a longer name anywhere, with cut 1 at a part boundary
// ([matcher.cell]: Truncated, one rule use, and the edge the card ends
// inside). It returns the rules and rule uses of the first path with the
// fewest, as [matcher.try] does, whether one spells the card, and, when
// none does, the first kana it found nothing reached at or after (stop, as
// [matcher.lay] sets it). steps counts the states it went through, a kana
// and a card position each.
func (w *walker) walk(c []byte, a []rune, allowed Mask, cut uint8) (mask Mask, cost int, ok, handled bool, stop, steps int) {
	n, m := len(a), len(c)
	w.n = 0 // nodes are written before they are read: no need to clear them
	var r wring
	r.s[0][0] = wstate{node: -1, ctx: ctxWhole}
	r.count[0] = 1
	var es edges
	var long bool // a[i] lengthens the kana before it ([contexts])
	var pv byte   // the vowel before a[i]
	// best is the first complete path with the fewest rule uses so far.
	var best wstate
	found := false
	finish := func(cost, node int16) {
		if !found || cost < best.cost || cost == best.cost && w.before(node, best.node) {
			best, found = wstate{cost: cost, node: node}, true
		}
	}
	// cutHere ends a path at s, where the card ends, by the track's cut:
	// the one way on, with the rules of edge y (the space: 0).
	cutHere := func(s *wstate, y int, rules Mask, own int16) bool {
		if w.n == walkNodes {
			return false
		}
		finish(s.cost+own+1, w.node(s.node, y, rules|bit(Truncated)))
		return true
	}
	stop = n + 1
walk:
	for i := 0; i < n; i++ {
		start := i == 0 || a[i-1] == ' '
		if start {
			pv = 0
		} else {
			pv = vowelAfter(a[i-1], pv)
		}
		long = longStep(a, i, n, start, !start && long, pv)
		here := &r.s[i&3]
		k := r.count[i&3]
		r.count[i&3] = 0
		if k == 0 {
			if r.furthest <= i {
				stop = i
				break walk
			}
			continue // inside a yōon or after っ: no spelling starts here
		}
		steps += k
		if a[i] == ' ' {
			for x := range k {
				s := here[x]
				switch {
				case int(s.j) < m && c[s.j] == ' ':
					next := s
					next.j++
					if !w.put(&r, walkStates, i+1, next, &s, -1, 0) {
						return 0, 0, false, false, 0, steps
					}
				case int(s.j) == m && cut != 0 && !cutHere(&s, 0, 0, 0):
					return 0, 0, false, false, 0, steps
				}
			}
			continue
		}
		latticeAt(a, i, long, pv, &es)
		for x := range k {
			s := here[x]
			if !w.spell(&r, walkStates, c, &es, i, n, &s, s, false, allowed) {
				return 0, 0, false, false, 0, steps
			}
			if cut != 2 {
				continue
			}
			// The card ends inside a spelling (C3).
			rest, usable := c[s.j:], false
			for y := range es.e[:es.n] {
				e := &es.e[y]
				l := e.len()
				if e.mask&^allowed != 0 || l > maxSpelling || i+int(e.n) > n {
					continue
				}
				usable = true
				if l > len(rest) && hasPrefix(e, rest) && !cutHere(&s, y, e.mask, int16(bits.OnesCount32(uint32(e.mask)))) {
					return 0, 0, false, false, 0, steps
				}
			}
			if !usable {
				// A kana with no spelling, which a normalised name does
				// not have (ー after ン or ッ is a fault): the search
				// answers, ending the name there when the card ends.
				return 0, 0, false, false, 0, steps
			}
		}
	}
	if stop > n {
		here := &r.s[n&3]
		for x := range r.count[n&3] {
			if s := here[x]; int(s.j) == m {
				finish(s.cost, s.node)
			}
		}
	}
	if !found {
		return 0, 0, false, true, stop, steps
	}
	if best.node >= 0 {
		mask = w.nodes[best.node].mask
	}
	return mask, int(best.cost), true, true, n + 1, steps
}

// spell puts in r the states each edge of es (the lattice of kana i of a
// name of n kana, long when it lengthens the kana before it) reaches from
// s, where the allowed rules permit the edge and the card c holds its
// spelling; to is the state s leads to, its card position, rule uses and
// context changed by each edge. It reports false when r or the nodes are
// full.
func (w *walker) spell(r *wring, limit int, c []byte, es *edges, i, n int, s *wstate, to wstate, long bool, allowed Mask) bool {
	rest := c[s.j:]
	for y := range es.e[:es.n] {
		e := &es.e[y]
		l := e.len()
		if e.mask&^allowed != 0 || l > maxSpelling || i+int(e.n) > n || l > len(rest) || !hasPrefix(e, rest[:l]) {
			continue
		}
		next := to
		next.j = s.j + int16(l)
		next.cost = s.cost + int16(bits.OnesCount32(uint32(e.mask)))
		if next.ctx != ctxWhole {
			// In a given name, the next kana's context: whether this
			// one, on its own, is a lengthened ウ or オ ([longStep]).
			next.ctx = 0
			if e.n == 1 && long {
				next.ctx = 1
			}
		}
		if !w.put(r, limit, i+int(e.n), next, s, y, e.mask) {
			return false
		}
	}
	return true
}

// walkSearch is [search] by walks ([walk]): the arrangement as given,
// then, when allowed and cheaper, the given name first; an unspaced name
// against two tokens by split walks ([walker.splitWalk]), which the
// caller leaves to the search where the track may have cut the card. It
// reports handled false, with the steps it took, when a walk gives up: the
// search then starts over.
func walkSearch(card *Card, kana *Kana, allowed Mask) (mask Mask, cost int, ok, handled bool, steps int) {
	c, k := card.b[:card.n], kana.r[:kana.n]
	tokens, parts := card.Tokens(), kana.Parts()
	cut := card.cut(allowed)
	var w walker
	switch {
	case parts == 1 && tokens > 2:
		return 0, 0, false, true, 0
	case parts == 1 && tokens == 2 && cut != 0:
		return 0, 0, false, false, 0
	case parts == 1 && tokens == 2:
		return w.splitWalks(c, k, kana, allowed)
	case parts == 1:
		mask, cost, ok, handled, _, steps = w.walk(c, k, allowed, cut)
		return mask, cost, ok, handled, steps
	}
	mask, cost, ok, handled, _, steps = w.walk(c, k, allowed, cut)
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
	m2, c2, ok2, h2, _, s2 := w.walk(c, a, allowed, cut)
	mask, cost, ok = swappedIfCheaper(mask, cost, ok, m2, c2, ok2)
	return mask, cost, ok, h2, steps + s2
}

// swappedIfCheaper returns the answer of the given name first (m2, c2,
// ok2, its own rule not counted) where it uses fewer rules than the order
// given (mask, cost, ok) with its own counted, and the order given
// otherwise: the order given wins a tie (C3).
func swappedIfCheaper(mask Mask, cost int, ok bool, m2 Mask, c2 int, ok2 bool) (Mask, int, bool) {
	if ok2 && (!ok || c2+1 < cost) {
		return m2 | bit(OrderSwapped), c2 + 1, true
	}
	return mask, cost, ok
}

// arrangement matches the arrangement t.k (swapped: the given names
// first) as [matcher.try] does, by a walk ([walk]) where walks are on and
// the walk answers.
func (t *matcher) arrangement(swapped bool) (Mask, int, bool) {
	wide := t.wide
	if t.walks && !t.wide {
		mask, cost, ok, handled, stop, steps := t.walker.walk(t.c, t.k, t.allowed, t.trunc)
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

// splitWalk is walk for an unspaced name k against a two-token card c
// whose space is at sp, the family name first (C3): every split of the
// name at once. A state in the family name follows the whole name's
// lattice, which its kana before the part's last two share with every
// arrangement ([matcher.split]); at each split p the family name's last
// kana (and an ウ before a part-final エ) is spelt as the end of a part,
// or an edge of two kana or more ends there, and the given name starts at
// p after the card's space, its kana taking their context from the states
// that reach them. Of two paths to one card position, the one with fewer
// rule uses wins, then the one at the earlier split, then the one whose
// edges come first: the arrangement search takes, split by split
// (matchRef in the tests). It returns the rules and rule uses of that
// path, and gives up (handled false) as walk does.
func (w *walker) splitWalk(c []byte, sp int, k []rune, kana *Kana, allowed Mask) (mask Mask, cost int, ok, handled bool, steps int) {
	n, m := len(k), len(c)
	const limit = 2 * walkStates // a split walk holds both names' states
	w.n = 0
	var r wring
	r.s[0][0] = wstate{node: -1, ctx: ctxWhole}
	r.count[0] = 1
	var long [MaxKanaRunes]bool
	var pv [MaxKanaRunes]byte
	contexts(k, long[:n], pv[:n])
	splits := kana.splits()
	var whole, end, ue edges
	var given [3]edges // the given name's lattice in each context, ctxStart to 1
	var givenLong [3]bool
	for i := 0; i < n; i++ {
		here := &r.s[i&3]
		count := r.count[i&3]
		r.count[i&3] = 0
		if count == 0 {
			if r.furthest <= i {
				return 0, 0, false, true, steps
			}
			continue
		}
		steps += count
		laid, given3 := false, [3]bool{}
		for x := range count {
			s := here[x]
			if s.p != 0 {
				// The given name, from split s.p.
				g := int(s.ctx) + 1
				if !given3[g] {
					start := s.ctx == ctxStart
					v := pv[i]
					if start {
						v = 0
					}
					givenLong[g] = longStep(k, i, n, start, s.ctx == 1, v)
					latticeAt(k, i, givenLong[g], v, &given[g])
					given3[g] = true
				}
				if !w.spell(&r, limit, c, &given[g], i, n, &s, s, givenLong[g], allowed) {
					return 0, 0, false, false, steps
				}
				continue
			}
			// The family name: the whole name's edges, where they stay
			// in it or end it at a split (an edge of two kana or more).
			if !laid {
				latticeAt(k, i, long[i], pv[i], &whole)
				laid = true
			}
			rest := c[s.j:sp]
			for y := range whole.e[:whole.n] {
				e := &whole.e[y]
				l, to := e.len(), i+int(e.n)
				if e.mask&^allowed != 0 || l > maxSpelling || to >= n || l > len(rest) || !hasPrefix(e, rest[:l]) {
					continue
				}
				next := wstate{j: s.j + int16(l), cost: s.cost + int16(bits.OnesCount32(uint32(e.mask))), ctx: ctxWhole}
				if e.n >= 2 && splits>>to&1 != 0 && int(next.j) == sp {
					g := next
					g.j, g.p, g.ctx = int16(sp+1), int8(to), ctxStart
					if !w.put(&r, limit, to, g, &s, y, e.mask) {
						return 0, 0, false, false, steps
					}
				}
				if !w.put(&r, limit, to, next, &s, y, e.mask) {
					return 0, 0, false, false, steps
				}
			}
			if sp-int(s.j) > 2*maxSpelling {
				continue // too far from the space for a part to end here
			}
			// k[i] as the family name's last kana, at split i+1.
			if p := i + 1; splits>>p&1 != 0 && !(p >= 2 && ueEnd(k[:p], long[:n])) {
				start := i == 0
				lg := longStep(k[:p], i, p, start, !start && long[i-1], pv[i])
				latticeAt(k[:p], i, lg, pv[i], &end)
				if !w.endFamily(&r, limit, c, sp, &end, p, &s, allowed) {
					return 0, 0, false, false, steps
				}
			}
			// An ウ before a part-final エ, at split i+2, spelt as in the
			// part, then the エ as its last kana.
			if p := i + 2; p < n && splits>>p&1 != 0 && ueEnd(k[:p], long[:n]) {
				latticeAt(k[:p], i, long[i], pv[i], &ue)
				lg := longStep(k[:p], p-1, p, false, long[i], pv[p-1])
				latticeAt(k[:p], p-1, lg, pv[p-1], &end)
				for y := range ue.e[:ue.n] {
					e := &ue.e[y]
					l := e.len()
					if e.mask&^allowed != 0 || l > maxSpelling || e.n != 1 || l > len(rest) || !hasPrefix(e, rest[:l]) {
						continue
					}
					if w.n == walkNodes {
						return 0, 0, false, false, steps
					}
					mid := wstate{j: s.j + int16(l), cost: s.cost + int16(bits.OnesCount32(uint32(e.mask))), node: w.node(s.node, y, e.mask)}
					if !w.endFamily(&r, limit, c, sp, &end, p, &mid, allowed) {
						return 0, 0, false, false, steps
					}
				}
			}
		}
	}
	found := false
	var best wstate
	for x := range r.count[n&3] {
		s := r.s[n&3][x]
		if s.p == 0 || int(s.j) != m {
			continue
		}
		if !found || s.cost < best.cost || s.cost == best.cost && (s.p < best.p || s.p == best.p && w.before(s.node, best.node)) {
			best, found = s, true
		}
	}
	if !found {
		return 0, 0, false, true, steps
	}
	if best.node >= 0 {
		mask = w.nodes[best.node].mask
	}
	return mask, int(best.cost), true, true, steps
}

// endFamily puts in r the given name's first state at split p, after each
// edge of es, the family name's last kana, that spells the card from s up
// to its space at sp.
func (w *walker) endFamily(r *wring, limit int, c []byte, sp int, es *edges, p int, s *wstate, allowed Mask) bool {
	rest := c[s.j:sp]
	for y := range es.e[:es.n] {
		e := &es.e[y]
		l := e.len()
		if e.mask&^allowed != 0 || l > maxSpelling || e.n != 1 || l != len(rest) || !hasPrefix(e, rest[:l]) {
			continue
		}
		g := wstate{j: int16(sp + 1), cost: s.cost + int16(bits.OnesCount32(uint32(e.mask))), p: int8(p), ctx: ctxStart}
		if !w.put(r, limit, p, g, s, y, e.mask) {
			return false
		}
	}
	return true
}

// node adds the node of edge y with rules after parent and returns it;
// the caller has checked there is room.
func (w *walker) node(parent int16, y int, rules Mask) int16 {
	pm := Mask(0)
	if parent >= 0 {
		pm = w.nodes[parent].mask
	}
	w.nodes[w.n] = wnode{parent: parent, depth: uint8(w.depth(parent) + 1), edge: uint8(y), mask: pm | rules}
	w.n++
	return int16(w.n - 1)
}

// splitWalks is walkSearch for an unspaced name k against the two-token
// card c: a split walk with the family name first, then, when allowed and
// cheaper, one with the given name first, which spells the card's tokens
// the other way round: the parts of an arrangement are spelt each on its
// own, so the given name spelling the first token and the family name the
// last is the family name first against the tokens swapped, at the same
// rule uses and rules, and the same split wins a tie.
func (w *walker) splitWalks(c []byte, k []rune, kana *Kana, allowed Mask) (mask Mask, cost int, ok, handled bool, steps int) {
	sp := 0
	for c[sp] != ' ' {
		sp++
	}
	mask, cost, ok, handled, steps = w.splitWalk(c, sp, k, kana, allowed)
	if !handled || ok && cost <= 1 || !allowed.Has(OrderSwapped) {
		return mask, cost, ok, handled, steps
	}
	var buf [2 * MaxCardRunes]byte
	swapped := append(append(append(buf[:0], c[sp+1:]...), ' '), c[:sp]...)
	m2, c2, ok2, h2, s2 := w.splitWalk(swapped, len(c)-sp-1, k, kana, allowed)
	mask, cost, ok = swappedIfCheaper(mask, cost, ok, m2, c2, ok2)
	return mask, cost, ok, h2, steps + s2
}
