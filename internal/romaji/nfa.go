package romaji

import "math/bits"

// has reports whether r holds position j.
func (r *reach) has(j int) bool { return r[j>>6]>>(j&63)&1 != 0 }

// shr sets r to o moved down by s (0 <= s < 64): r holds j where o holds
// j+s.
func (r *reach) shr(o *reach, s uint) {
	r[0] = o[0]>>s | o[1]<<(64-s)
	r[1] = o[1]>>s | o[2]<<(64-s)
	r[2] = o[2] >> s
}

func (r *reach) or(o *reach) {
	r[0] |= o[0]
	r[1] |= o[1]
	r[2] |= o[2]
}

func (r *reach) empty() bool { return r[0]|r[1]|r[2] == 0 }

// usable reports whether the search lays out e: the allowed rules permit
// it and its spelling is at most maxSpelling bytes.
func (t *matcher) usable(e *edge) bool {
	return e.mask&^t.allowed == 0 && e.len() <= maxSpelling
}

// letter returns byte z of e's spelling, the doubled consonant of っ
// first.
func (e *edge) letter(z int) byte {
	if e.pre != 0 {
		if z == 0 {
			return e.pre
		}
		z--
	}
	return e.s[z]
}

// forward adds to to every position of from moved past e's spelling where
// the card holds it: the states of the name's automaton after one edge,
// every card position at once.
func (t *matcher) forward(to, from *reach, e *edge) {
	l := e.len()
	if from[1]|from[2] == 0 && from[0]>>(64-maxSpelling) == 0 {
		// All in the first word with the spelling from them.
		q := from[0]
		for z := range l {
			q &= t.eq[letterSlot(e.letter(z))][0] >> z
		}
		to[0] |= q << l
		return
	}
	q := *from
	for z := range l {
		q.andShr(&t.eq[letterSlot(e.letter(z))], uint(z))
	}
	to.orShl(&q, uint(l))
}

// backward adds to to every position j where the card holds e's spelling
// and from holds j+len: the states before one edge from which the rest
// can be spelt.
func (t *matcher) backward(to, from *reach, e *edge) {
	var q reach
	l := e.len()
	q.shr(from, uint(l))
	for z := range l {
		q.andShr(&t.eq[letterSlot(e.letter(z))], uint(z))
	}
	to.or(&q)
}

// endsAt reports whether from holds j-len and the card holds e's
// spelling there, up to j.
func (t *matcher) endsAt(from *reach, e *edge, j int) bool {
	l := e.len()
	if j-l < 0 || j > len(t.c) || !from.has(j-l) {
		return false
	}
	for z := range l {
		if t.c[j-l+z] != e.letter(z) {
			return false
		}
	}
	return true
}

// cutInside reports whether from holds a position j from which the card's
// rest, c[j:], is a proper prefix of e's spelling, not empty: the track
// cut the card inside it (C3, Truncated).
func (t *matcher) cutInside(from *reach, e *edge) bool {
	m, l := len(t.c), e.len()
	for d := 1; d < l && d <= m; d++ {
		if j := m - d; from.has(j) {
			ok := true
			for z := range d {
				if t.c[j+z] != e.letter(z) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// addCut adds to r the positions j from which the card's rest, c[j:], is a
// proper prefix of e's spelling, not empty.
func (t *matcher) addCut(r *reach, e *edge) {
	m, l := len(t.c), e.len()
	for d := 1; d < l && d <= m; d++ {
		j := m - d
		ok := true
		for z := range d {
			if t.c[j+z] != e.letter(z) {
				ok = false
				break
			}
		}
		if ok {
			r.add(j)
		}
	}
}

// feasible tells, for an unspaced name k against a two-token card whose
// space is at s, its last token possibly cut by the track anywhere
// ([matcher.cut]: at a kana or inside its spelling; a cut on the space
// needs a kana space the card has not met, and a split name has only its
// own), the splits p at which an
// arrangement can spell the card at all (C3): bit p of fam when k[:p]
// k[p:] can, bit p of swp when k[p:] k[:p] can (only when the allowed
// rules hold OrderSwapped). It may report a split that cannot (the
// part's last kana but one, an ウ before a part-final エ, is given the
// spellings of both), never misses one that can: the splits it leaves
// out need not be searched (TestFeasibleSuperset).
//
// It runs the name's automaton over every card position at once, a word
// of positions at a time, without rule counts: forward over the family
// name k[:p], whose kana spell as they do in k but for the part's last
// (and an ウ before a part-final エ), from card position 0 (the family
// name first) and s+1 (the given name first) in the same words, as no
// spelling holds a space and the two never meet; then backward over the
// given name k[p:], whose kana depend on what comes before them in the
// part only through whether they start it and whether the kana before
// them is a lengthened ウ or オ ([matcher.suffixCosts]), towards card
// position len(card) and s, in the same words again; a card the track
// may have cut ends the name last wherever it meets the card's end. The
// work is a few
// word operations an edge: proportional to the name, however many card
// positions each kana may be at.
func (t *matcher) feasible(k []rune, kana *Kana, s int) (fam, swp uint64) {
	n, m := len(k), len(t.c)
	ok := kana.splits()
	if ok == 0 {
		return 0, 0
	}
	last := 63 - bits.LeadingZeros64(ok) // no family name ends after it
	var long [MaxKanaRunes]bool
	var pv [MaxKanaRunes]byte
	contexts(k, long[:n], pv[:n])
	if !t.eqDone {
		t.equal()
	}
	swapOK := t.allowed.Has(OrderSwapped)
	cut := t.cut()            // the card's last token may be cut by the track (C3)
	cutBy := MaxKanaRunes + 1 // with cut: the given name first, the family name k[:p] is cut for p >= cutBy
	var es edges
	esAt := -1 // the kana es holds the lattice of, as in k

	// a[i&7]: the card positions the family name reaches at kana i; an
	// edge spans three kana at most and a part's end looks two kana back.
	var a [8]reach
	a[0].add(0)
	if swapOK {
		a[0].add(s + 1)
	}
	var endF, endS uint64 // bit p: k[:p] can end at s (family first), at m (given first)
	end := func(p, j int) {
		switch {
		case j == s:
			endF |= 1 << p
		case j == m && swapOK:
			endS |= 1 << p
		}
	}
	furthest := 0
	for i := 0; i <= last && i-2 <= furthest; i++ {
		// Edges from i reach i+1 to i+3: the slot of i+3 last held i-5.
		a[(i+3)&7] = reach{}
		if ok>>i&1 != 0 {
			// k[i-1] spelt as the end of the part k[:i].
			from := a[(i-1)&7]
			if i >= 2 && ueEnd(k[:i], long[:n]) && !a[(i-2)&7].empty() {
				// An ウ before a part-final エ spells otherwise than in k
				// ([latticeAt]): both its spellings are let through.
				t.steps++
				latticeAt(k[:i], i-2, long[i-2], pv[i-2], &es)
				esAt = -1
				for y := range es.e[:es.n] {
					if e := &es.e[y]; t.usable(e) && e.n == 1 {
						t.forward(&from, &a[(i-2)&7], e)
						if cut && swapOK && t.cutInside(&a[(i-2)&7], e) {
							end(i, m)
						}
					}
				}
			}
			if cut && swapOK && from.has(m) {
				end(i, m) // the card ended before the part's last kana
			}
			if !from.empty() {
				p := i - 1
				// The part's last kana spells as in k unless it is ン
				// (M before B, M, P) or lengthens the kana before it
				// ([latticeAt]); ッ ends no part.
				if esAt != p || k[p] == 'ン' || long[p] {
					t.steps++
					start := p == 0
					lg := longStep(k[:i], p, i, start, !start && long[p-1], pv[p])
					latticeAt(k[:i], p, lg, pv[p], &es)
					esAt = -1
				}
				for y := range es.e[:es.n] {
					if e := &es.e[y]; t.usable(e) && e.n == 1 {
						if t.endsAt(&from, e, s) {
							end(i, s)
						}
						if swapOK && (t.endsAt(&from, e, m) || cut && t.cutInside(&from, e)) {
							end(i, m)
						}
					}
				}
			}
		}
		if i == last || i > furthest {
			continue // an edge from here ends no family name
		}
		from := &a[i&7]
		if from.empty() {
			continue
		}
		t.steps++
		latticeAt(k, i, long[i], pv[i], &es)
		esAt = i
		for y := range es.e[:es.n] {
			e := &es.e[y]
			to := i + int(e.n)
			if !t.usable(e) || to >= n {
				continue
			}
			if cut && swapOK && t.cutInside(from, e) {
				cutBy = min(cutBy, i+1) // the card ends inside e, from i on
			}
			var q reach
			t.forward(&q, from, e)
			if q.empty() {
				continue
			}
			if cut && swapOK && q.has(m) {
				cutBy = min(cutBy, to) // the card ended at kana to
			}
			furthest = max(furthest, to)
			a[to&7].or(&q)
			if e.n >= 2 && ok>>to&1 != 0 {
				// An edge of two kana or more ends the part as it does
				// in k.
				if q.has(s) {
					end(to, s)
				}
				if q.has(m) {
					end(to, m)
				}
			}
		}
	}
	if cut && swapOK && cutBy <= last {
		// Every family name from cutBy on holds the cut (C3).
		endS |= ok &^ (1<<cutBy - 1)
	}
	if endF|endS == 0 {
		return 0, 0
	}

	// g[i&3][ctx]: the card positions from which k[i:], k[i] not the
	// first of its part, after a kana that is not (ctx 0) or is (ctx 1) a
	// lengthened ウ or オ, spells the rest of the card: to m (the given
	// name last) or to s (the given name first).
	var g [4][2]reach
	g[n&3][0].add(m)
	if endS != 0 {
		g[n&3][0].add(s)
	}
	g[n&3][1] = g[n&3][0]
	lowest := bits.TrailingZeros64(endF | endS)
	for i := n - 1; i >= lowest && i >= 1; i-- {
		vowel := k[i] == 'ウ' || k[i] == 'オ'
		for ctx := 0; ctx >= -1; ctx = next(ctx) { // -1: the first kana of the part
			start := ctx < 0
			if start && (endF|endS)>>i&1 == 0 || ctx == 1 && k[i-1] != 'ウ' && k[i-1] != 'オ' {
				continue
			}
			var r reach
			if cut {
				r.add(m) // the card ended here: cut by the track (C3)
			}
			if start && !vowel && !cut {
				// Not lengthened in context 0 either: the same lattice,
				// after the same vowel where it matters (a part starts
				// with no ー).
				r = g[i&3][0]
			} else {
				t.steps++
				v := pv[i]
				if start {
					v = 0
				}
				lg := longStep(k, i, n, start, ctx == 1, v)
				latticeAt(k, i, lg, v, &es)
				for y := range es.e[:es.n] {
					e := &es.e[y]
					if !t.usable(e) || i+int(e.n) > n {
						continue
					}
					next := 0
					if e.n == 1 && lg {
						next = 1
					}
					if from := &g[(i+int(e.n))&3][next]; !from.empty() {
						t.backward(&r, from, e)
					}
					if cut {
						t.addCut(&r, e)
					}
				}
			}
			if start {
				if endF>>i&1 != 0 && r.has(s+1) {
					fam |= 1 << i
				}
				if endS>>i&1 != 0 && r.has(0) {
					swp |= 1 << i
				}
			} else {
				g[i&3][ctx] = r
			}
		}
		if k[i-1] != 'ウ' && k[i-1] != 'オ' {
			g[i&3][1] = reach{}
		}
	}
	return fam, swp
}

// next steps feasible's contexts in the order 0, 1, -1 (the first kana of
// a part last, as it may take context 0's answer), then -2 to stop.
func next(ctx int) int {
	switch ctx {
	case 0:
		return 1
	case 1:
		return -1
	}
	return -2
}
