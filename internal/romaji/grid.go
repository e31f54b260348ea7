package romaji

import "math/bits"

// entry is the best completion from one (kana, card) position: the rules
// of the path using the fewest, and how many uses that is.
type entry struct {
	mask Mask
	cost uint8
	ok   bool
}

// cedge is an edge laid out for the dynamic programme: its spelling with
// the doubled consonant of っ, the kana it spans, its rule uses.
type cedge struct {
	b    [maxSpelling]byte
	l    uint8
	n    uint8
	own  uint8
	mask Mask
}

// whole reports whether c starts with e's spelling; c holds at least e.l
// bytes.
func (e *cedge) whole(c []byte) bool {
	for x := range int(e.l) {
		if c[x] != e.b[x] {
			return false
		}
	}
	return true
}

// inside reports whether c, shorter than e's spelling, is a prefix of it:
// the card ends inside the spelling.
func (e *cedge) inside(c []byte) bool {
	for x, b := range c {
		if b != e.b[x] {
			return false
		}
	}
	return true
}

// maxSpellings bounds the spellings at one position that the lattice of
// an arrangement lays out (TestLatticeFits).
const maxSpellings = 5

// reach is a set of card positions, 0 to 2×MaxCardRunes (a macron takes
// a byte of its own).
type reach [(2*MaxCardRunes)/64 + 1]uint64

func (r *reach) add(j int) { r[j>>6] |= 1 << (j & 63) }

// The word operations below are written out for the three words of a
// reach; this fails to compile if the bounds change the number.
var _ = [1]struct{}{}[len(reach{})-3]

// andShr removes from r every position j where o does not hold j+s
// (0 <= s < 64; a shift by 64 in Go gives 0).
func (r *reach) andShr(o *reach, s uint) {
	r[0] &= o[0]>>s | o[1]<<(64-s)
	r[1] &= o[1]>>s | o[2]<<(64-s)
	r[2] &= o[2] >> s
}

// orShl adds to r every position of q moved up by s (0 <= s < 64).
func (r *reach) orShl(q *reach, s uint) {
	r[0] |= q[0] << s
	r[1] |= q[1]<<s | q[0]>>(64-s)
	r[2] |= q[2]<<s | q[1]>>(64-s)
}

// letterSlot numbers the bytes of a normalised card name (letters,
// apostrophe, long-vowel mark, space) for matcher.eq.
func letterSlot(b byte) int {
	switch {
	case b >= 'A' && b <= 'Z':
		return int(b - 'A')
	case b == '\'':
		return 26
	case b == longMarker:
		return 27
	}
	return 28
}

// bounds returns the first and last position in r, or 1, 0 when r is
// empty.
func (r *reach) bounds() (lo, hi int) {
	lo, hi = 1, 0
	for w := range r {
		if r[w] != 0 {
			lo = w*64 + bits.TrailingZeros64(r[w])
			break
		}
	}
	for w := len(r) - 1; w >= 0; w-- {
		if r[w] != 0 {
			hi = w*64 + 63 - bits.LeadingZeros64(r[w])
			break
		}
	}
	return lo, hi
}

type matcher struct {
	k       []rune
	c       []byte
	allowed Mask
	trunc   uint8 // Card.cut: 0 complete names only; 1 cut at a part boundary; 2 cut anywhere
	// rows holds the priced cells of the last four kana positions, those
	// of kana i at rows[i&3] from card position lo[i]: an edge spans three
	// kana at most (っ and a yōon), so the backward pass of try needs no
	// more, and a window of any width stays on the stack.
	rows [4][2*MaxCardRunes + 1]entry
	long [MaxKanaRunes + 1]bool // contexts of k
	pv   [MaxKanaRunes + 1]byte
	// The lattice of k, position by position (es[at[i]:at[i+1]]), and
	// the window [lo[i], hi[i]] of card positions each kana can be
	// reached at and complete from.
	es     [(MaxKanaRunes + 1) * maxSpellings]cedge
	at     [MaxKanaRunes + 2]uint16
	lo, hi [MaxKanaRunes + 2]int16
	// eq[letterSlot(b)] holds the card positions of byte b, once eqDone.
	eq     [29]reach
	eqDone bool
	// width is the number of card positions lay went through, the
	// first to the last reached, summed over the kana.
	width int
	// wide: lay met a kana reached at more than chainSpread card
	// positions, as in chains of オ, ウ, ー or ン.
	wide bool
	// stop is the first kana lay found nothing reached at or after, or
	// len(k)+1 when the start reaches the name's end.
	stop int
	// walks: arrangements are searched by walks where they answer
	// ([matcher.arrangement]), with walker's paths.
	walks  bool
	walker walker
	// matched counts the steps of the walks that matched, which the
	// split-by-split budget leaves out.
	matched int
	// steps counts the work done: lattice positions laid out, cells of
	// the windows priced, cells of the split pricing. It depends on the
	// input only, not on the machine (TestMatchSteps).
	steps int
}

// lay lays out the lattice of t.k (contexts, and the edges the allowed
// rules permit) position by position, and the first and last card
// positions (lo, hi) each position is reached at from the start, spelling
// the card as it goes. It stops where no position after it is reached: a
// card that differs early costs little.
func (t *matcher) lay() {
	k, c := t.k, t.c
	n, m := len(k), len(c)
	// The positions reached at kana i to i+3 (an edge spans three kana
	// at most: っ and a yōon).
	var ring [4]reach
	ring[0].add(0)
	var es edges
	x, furthest := 0, 0
	done := 0 // the contexts ([contexts]) of k[:done] are known
	t.width, t.wide, t.stop = 0, false, n+1
	for i := 0; i <= n; i++ {
		t.at[i] = uint16(x)
		r := &ring[i&3]
		if *r == (reach{}) {
			t.lo[i], t.hi[i] = 1, 0
			if furthest <= i {
				// Nothing after i is reached. A card that may be cut
				// still prices its cells; no other can match.
				t.lo[n], t.hi[n] = 1, 0
				t.stop = i
				if t.trunc != 0 && t.allowed.Has(Truncated) {
					for i++; i <= n; i++ {
						t.at[i] = uint16(x)
						t.lo[i], t.hi[i] = 1, 0
					}
				}
				return
			}
			continue // inside a yōon or after っ: no spelling starts here
		}
		for ; done <= i && done < n; done++ {
			// The contexts as contexts takes them, as far as the search
			// goes: a card that differs early costs little.
			start := done == 0 || k[done-1] == ' '
			v := byte(0)
			if !start {
				v = vowelAfter(k[done-1], t.pv[done-1])
			}
			t.pv[done] = v
			t.long[done] = longStep(k, done, n, start, !start && t.long[done-1], v)
		}
		lo, hi := r.bounds()
		t.lo[i], t.hi[i] = int16(lo), int16(hi)
		if i == n {
			return
		}
		t.steps++
		t.width += hi - lo + 1
		t.wide = t.wide || hi-lo >= chainSpread
		if k[i] == ' ' {
			t.es[x] = cedge{b: [maxSpelling]byte{' '}, l: 1, n: 1}
			x++
		} else {
			latticeAt(k, i, t.long[i], t.pv[i], &es)
			for y := range es.e[:es.n] {
				e := &es.e[y]
				if e.mask&^t.allowed != 0 || e.len() > maxSpelling || i+int(e.n) > n || x == len(t.es) {
					continue
				}
				f := &t.es[x]
				x++
				l := 0
				if e.pre != 0 {
					f.b[0], l = e.pre, 1
				}
				for z := 0; z < len(e.s); z++ {
					f.b[l] = e.s[z]
					l++
				}
				f.l, f.n = uint8(l), e.n
				f.own = uint8(bits.OnesCount32(uint32(e.mask)))
				f.mask = e.mask
			}
		}
		if lo == hi {
			// One card position, as for most kana of most names.
			for y := int(t.at[i]); y < x; y++ {
				e := &t.es[y]
				if int(e.l) <= m-lo && e.whole(c[lo:]) {
					ring[(i+int(e.n))&3].add(lo + int(e.l))
					furthest = max(furthest, i+int(e.n))
				}
			}
		} else if hi+maxSpelling < 64 {
			// Many (chains of オ, ウ, ー, ン), all in the first word with
			// the spellings from them: every position at once, in one
			// word.
			if !t.eqDone {
				t.equal()
			}
			for y := int(t.at[i]); y < x; y++ {
				e := &t.es[y]
				q := r[0]
				for z := range uint(e.l) {
					q &= t.eq[letterSlot(e.b[z])][0] >> z
				}
				if q != 0 {
					ring[(i+int(e.n))&3][0] |= q << e.l
					furthest = max(furthest, i+int(e.n))
				}
			}
		} else {
			// Many, further on: every position at once, a word of
			// positions at a time.
			if !t.eqDone {
				t.equal()
			}
			for y := int(t.at[i]); y < x; y++ {
				e := &t.es[y]
				// The positions of r where the card holds e's spelling.
				q := *r
				for z := range uint(e.l) {
					q.andShr(&t.eq[letterSlot(e.b[z])], z)
				}
				if q[0]|q[1]|q[2] != 0 {
					to := &ring[(i+int(e.n))&3]
					to.orShl(&q, uint(e.l))
					furthest = max(furthest, i+int(e.n))
				}
			}
		}
		*r = reach{}
	}
}

// equal fills t.eq.
func (t *matcher) equal() {
	for j, b := range t.c {
		t.eq[letterSlot(b)].add(j)
	}
	t.eqDone = true
}

// try matches the arrangement t.k of the kana name (swapped: the given
// names first) against the whole card (C3). The caller sets t.k, so that
// an arrangement built on its stack stays there.
//
// It is a dynamic programme over (kana position, card position), run
// backwards, each cell taking the first of its edges, in lattice order,
// with the fewest rule uses to the end: the answer of a memoised search
// from (0, 0) (matchRef in the tests), which it must give. Only the cells
// the start reaches ([matcher.lay]) and that can still spell the rest of
// the card (the token of their part, when the card cannot be cut) are
// priced. A card position of an ordinary name is pinned by its letters,
// so that is about one cell a kana and the work is proportional to the
// name.
func (t *matcher) try(swapped bool) (Mask, int, bool) {
	k, c := t.k, t.c
	n, m := len(k), len(c)
	t.lay()
	cut := t.trunc != 0 && t.allowed.Has(Truncated)
	if !cut && t.hi[n] != int16(m) {
		return 0, 0, false
	}
	if !cut && t.width > 2*(n+1) {
		// The fewest and most bytes the kana from each position spell,
		// along the edges laid out, which hold every path from the start
		// that completes: a card that cannot be cut is spelt to its end.
		var smin, smax [MaxKanaRunes + 2]int16
		smin[n], smax[n] = 0, 0
		for i := n - 1; i >= 0; i-- {
			smin[i], smax[i] = noCost, -1
			for y := t.at[i]; y < t.at[i+1]; y++ {
				e := &t.es[y]
				if to := i + int(e.n); smax[to] >= 0 {
					smin[i] = min(smin[i], int16(e.l)+smin[to])
					smax[i] = max(smax[i], int16(e.l)+smax[to])
				}
			}
			t.lo[i], t.hi[i] = max(t.lo[i], int16(m)-smax[i]), min(t.hi[i], int16(m)-smin[i])
		}
		if !t.tokenWindows(&smin, &smax) {
			return 0, 0, false
		}
	}
	for i := n; i >= 0; i-- {
		row, lo := &t.rows[i&3], int(t.lo[i])
		for j := lo; j <= int(t.hi[i]); j++ {
			t.steps++
			row[j-lo] = t.cell(i, j)
		}
	}
	me := t.get(0, 0)
	if me.ok && swapped {
		me.mask |= bit(OrderSwapped)
		me.cost++
	}
	return me.mask, int(me.cost), me.ok
}

// tokenWindows narrows the windows of a card that is not cut: the kana of
// each part spell the card's token of that rank, so the kana at a part's
// end (its space, or the name's end) is at the token's end, and each kana
// of the part is within what the rest of the part can spell of it. It
// reports false when the card has not as many tokens as the name has
// parts: no spelling then covers the card.
func (t *matcher) tokenWindows(smin, smax *[MaxKanaRunes + 2]int16) bool {
	k, c := t.k, t.c
	n, m := len(k), len(c)
	ps, ts := 0, 0 // the part's first kana, the token's first byte
	for ps <= n {
		pe, te := ps, ts
		for pe < n && k[pe] != ' ' {
			pe++
		}
		for te < m && c[te] != ' ' {
			te++
		}
		if (pe == n) != (te == m) {
			return false
		}
		for i := ps; i < pe; i++ {
			t.lo[i] = max(t.lo[i], int16(te)-(smax[i]-smax[pe]))
			t.hi[i] = min(t.hi[i], int16(te)-(smin[i]-smin[pe]))
		}
		t.lo[pe], t.hi[pe] = max(t.lo[pe], int16(te)), min(t.hi[pe], int16(te))
		ps, ts = pe+1, te+1
	}
	return true
}

// get returns the cell (i, j), which does not complete outside the
// window; try has priced the row of i, one of the last four.
func (t *matcher) get(i, j int) entry {
	if j < int(t.lo[i]) || j > int(t.hi[i]) {
		return entry{}
	}
	return t.rows[i&3][j-int(t.lo[i])]
}

// cell prices (i, j) from the cells after it: the first edge with the
// fewest rule uses to the end, as the memoised search takes it.
func (t *matcher) cell(i, j int) entry {
	n, m := len(t.k), len(t.c)
	if i == n {
		return entry{ok: j == m}
	}
	c := t.c[j:]
	best := entry{}
	cost := 0
	for y := t.at[i]; y < t.at[i+1]; y++ {
		e := &t.es[y]
		var mask Mask
		var own int
		if len(c) < int(e.l) {
			// The card ends inside this spelling: a cut name (C3).
			if t.trunc != 2 || !t.allowed.Has(Truncated) || !e.inside(c) {
				continue
			}
			mask, own = e.mask|bit(Truncated), int(e.own)+1
		} else {
			if !e.whole(c) {
				continue
			}
			next := t.get(i+int(e.n), j+int(e.l))
			if !next.ok {
				continue
			}
			mask, own = e.mask|next.mask, int(e.own)+int(next.cost)
		}
		if !best.ok || own < cost {
			best, cost = entry{mask: mask, ok: true}, own
		}
	}
	if !best.ok && j == m && t.allowed.Has(Truncated) && (t.trunc == 2 || t.trunc == 1 && t.k[i] == ' ') {
		// C3, SPEC "Public facts": the track holds 26 characters; a longer
		// name is cut there, at a part boundary if the cut fell on the space.
		best, cost = entry{mask: bit(Truncated), ok: true}, 1
	}
	best.cost = uint8(min(cost, 255))
	return best
}

// hasPrefix reports whether c is a prefix of e's spelling.
func hasPrefix(e *edge, c []byte) bool {
	if len(c) == 0 {
		return true
	}
	if e.pre != 0 {
		if c[0] != e.pre {
			return false
		}
		c = c[1:]
	}
	if len(c) > len(e.s) {
		return false
	}
	for z, b := range c { // a few bytes: no call to memequal
		if b != e.s[z] {
			return false
		}
	}
	return true
}
