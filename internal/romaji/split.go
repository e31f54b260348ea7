package romaji

import "math/bits"

// noCost marks a spelling that cannot be had. It is small enough that two
// of them and a few rule uses still fit an int16.
const noCost = 1 << 12

// The cost tables of split keep the rows of the last few kana only: an
// edge spans three kana at most, and a part's end looks two kana back.
// prefixRows rows of the forward table (kana q-2 to q+3) and suffixRows
// of the backward one (kana i to i+3), each row as wide as a token can
// be, so that the tables always fit on the stack.
const (
	prefixRows = 8
	suffixRows = 4
	rowWidth   = 2*MaxCardRunes + 1
	splitStack = 2 * prefixRows * rowWidth
)

// split matches an unspaced kana name against a two-token card (C3): the
// name may be split between any two morae, family name first or, when
// allowed, given name first. match tries the arrangements one by one
// while that stays cheap ([splitSteps], [splitTries]); when many splits
// can spell the card (chains of オ, ウ or ー), trying each costs O(kana)
// or more, so the fewest rule uses of the arrangements at the splits of
// fam (the family name first) and swp (the given name first) are priced
// at once, over the range of splits they span, and the search then runs
// on the first arrangement with the fewest, which gives the same answer
// as trying them all in order. split returns that arrangement: the split
// p, and whether the given name comes first.
//
// Pricing rests on two facts of the lattice. A kana before the last of a
// part spells the same in k[:p] as in k, as a split never falls before a
// small kana or ー, nor after ッ: one forward pass over k prices every
// prefix part ([matcher.prefixCosts]). A kana of the part k[p:] depends on
// what comes before it in the part only through whether it is the part's
// first kana and whether the kana before it is a lengthened ウ or オ: one
// backward pass over (kana, card position, that context) prices every
// suffix part ([matcher.suffixCosts]).
func (t *matcher) split(k []rune, kana *Kana, fam, swp uint64) (p int, swapped, ok bool) {
	n := len(k)
	s := 0
	for t.c[s] != ' ' {
		s++
	}
	t1, t2 := t.c[:s], t.c[s+1:]

	var long [MaxKanaRunes]bool
	var pv [MaxKanaRunes]byte
	contexts(k, long[:n], pv[:n])

	var stack [splitStack]int16
	buf := stack[:]
	var costs [MaxKanaRunes]int16
	p, best := -1, int16(noCost)
	if fam != 0 {
		t.price(k, long[:n], pv[:n], kana, t1, t2, false, splits(fam, n), buf, costs[:n])
		for i, c := range costs[:n] {
			if c < best && fam>>i&1 != 0 {
				p, best = i, c
			}
		}
	}
	// The given name first costs its own rule on top: it only does better
	// than two rule uses or more.
	if t.allowed.Has(OrderSwapped) && best > 1 && swp != 0 {
		t.price(k, long[:n], pv[:n], kana, t1, t2, true, splits(swp, n), buf, costs[:n])
		for i, c := range costs[:n] {
			if c < best && swp>>i&1 != 0 {
				p, best, swapped = i, c, true
			}
		}
	}
	return p, swapped, p >= 0
}

// splits returns the first and last split of set, within 1 to n-1.
func splits(set uint64, n int) [2]int {
	return [2]int{max(1, bits.TrailingZeros64(set)), min(n-1, 63-bits.LeadingZeros64(set))}
}

// price sets out[p], for every split p of the unspaced name k within
// only (the first and last split wanted), to the fewest rule uses of the
// arrangement k[:p] k[p:] (swapped: k[p:] k[:p], with the rule of its
// own) spelt as the tokens first and last, or to noCost; out is noCost
// outside only.
func (t *matcher) price(k []rune, long []bool, pv []byte, kana *Kana, first, last []byte, swapped bool, only [2]int, buf, out []int16) {
	var a, b [MaxKanaRunes]int16
	n := len(k)
	swap := int16(0)
	if swapped {
		swap = 1
		t.suffixCosts(k, pv, kana, first, false, only[0], buf, b[:n])
		t.prefixCosts(k, long, pv, kana, last, t.cut(), only[1], buf, a[:n])
	} else {
		t.prefixCosts(k, long, pv, kana, first, false, only[1], buf, a[:n])
		t.suffixCosts(k, pv, kana, last, t.cut(), only[0], buf, b[:n])
	}
	for p := range out {
		out[p] = min(a[p]+b[p]+swap, noCost)
	}
}

// cut reports whether the card's last token may be cut by the track inside
// a spelling. A cut on the space (trunc 1) needs a kana space the card has
// not met, and a split name has one space only.
func (t *matcher) cut() bool { return t.trunc == 2 && t.allowed.Has(Truncated) }

// prefixCosts sets out[p], for every split p of the unspaced name k, to the
// fewest rule uses spelling k[:p], a part on its own, as tok, or to noCost;
// out is noCost elsewhere. With cut, tok ends the card and may be cut by
// the track inside the part (Truncated), as [matcher.best] allows.
//
// f[q][j] is the fewest uses spelling k[:q] as tok[:j] with the edges of k;
// fx the same through an edge of two kana or more, which never starts at
// the part's last kana. Both hold for k[:p] while q < p, and fx for q = p;
// the last kana k[p-1] is spelt again as the end of a part.
func (t *matcher) prefixCosts(k []rune, long []bool, pv []byte, kana *Kana, tok []byte, cut bool, last int, buf, out []int16) {
	n, w := len(k), len(tok)+1
	f, fx := buf[:prefixRows*w], buf[prefixRows*w:2*prefixRows*w]
	for i := range f {
		f[i], fx[i] = noCost, noCost
	}
	// row returns where the row of kana q starts in f and fx.
	row := func(q int) int { return q % prefixRows * w }
	for i := range out {
		out[i] = noCost
	}
	f[0] = 0
	// pm2, pm1: fewest uses of a spelling the card ends inside, from an
	// edge at a kana before q-1, and at q-1. The search's other way to cut
	// (the card's end met before a kana, Truncated alone) needs no term of
	// its own: every kana has a passport spelling, which rule-free edges
	// spelt empty lead to, and the card ending inside it costs the same 1.
	pm2, pm1 := int16(noCost), int16(noCost)
	var pmAt [MaxKanaRunes]int16 // pm2 as it was at each q
	var es edges
	var flats [maxEdges]flat
	var ue [rowWidth]int16
	reached := 0 // the furthest kana a spelling of a start of tok reaches
	for q := 0; q < n; q++ {
		// The row of kana q+3, which edges from q on reach, last held
		// kana q+3-prefixRows, which nothing reads any more.
		clear3 := f[row(q+3) : row(q+3)+w]
		for j := range clear3 {
			clear3[j] = noCost
		}
		clear3 = fx[row(q+3) : row(q+3)+w]
		for j := range clear3 {
			clear3[j] = noCost
		}
		pmAt[q] = pm2
		switch {
		case q == 0 || !kana.splitOK(q):
		case q >= 2 && ueEnd(k[:q], long):
			// An ウ before a part-final エ spells otherwise than in k
			// ([latticeAt]): k[q-2] is priced again, as in the part.
			pq := t.ueRow(k[:q], long, pv, f[row(q-2):row(q-2)+w], tok, cut, ue[:w])
			out[q] = t.partEnd(k[:q], long, pv, ue[:w], fx[row(q)+len(tok)], tok, cut, min(pmAt[q-1], pq))
		case q-1 > reached:
			out[q] = pm2 // only a cut inside an earlier edge
		default:
			out[q] = t.partEnd(k[:q], long, pv, f[row(q-1):row(q-1)+w], fx[row(q)+len(tok)], tok, cut, pm2)
		}
		if q == n-1 || q >= last {
			break // an edge from the last kana ends no prefix part, nor one wanted
		}
		if q > reached {
			pm2, pm1 = min(pm2, pm1), noCost
			continue
		}
		latticeAt(k, q, long[q], pv[q], &es)
		fl := t.flatten(&es, &flats)
		pq := int16(noCost)
		// The row's reached cells, [lo, hi]; edge by edge over them, a
		// spelling of one letter or none compared in place.
		src := f[row(q) : row(q)+w]
		lo, hi := w, -1
		for j, c := range src {
			if c < noCost {
				t.steps++
				lo, hi = min(lo, j), j
			}
		}
		for x := range fl {
			e := &fl[x]
			if cut {
				// The card ends inside the spelling (C3).
				for j := max(lo, len(tok)-e.l+1); j <= hi; j++ {
					if _, inside := e.spells(tok, j); inside && src[j] < noCost {
						pq = min(pq, src[j]+e.own+1)
					}
				}
			}
			top := min(hi, len(tok)-e.l)
			if q+e.n >= n || top < lo {
				continue
			}
			dst := f[row(q+e.n)+e.l : row(q+e.n)+w]
			var dx []int16
			if e.n >= 2 {
				dx = fx[row(q+e.n)+e.l : row(q+e.n)+w]
			}
			moved := false
			for j := lo; j <= top; j++ {
				c := src[j]
				if c >= noCost {
					continue
				}
				switch e.l {
				case 0:
				case 1:
					if tok[j] != e.b[0] {
						continue
					}
				default:
					if whole, _ := e.spells(tok, j); !whole {
						continue
					}
				}
				moved = true
				dst[j] = min(dst[j], c+e.own)
				if dx != nil {
					dx[j] = min(dx[j], c+e.own)
				}
			}
			if moved {
				reached = max(reached, q+e.n)
			}
		}
		pm2, pm1 = min(pm2, pm1), pq
	}
}

// ueEnd reports whether the part k ends in an ウ before エ that lengthens
// the kana before it, whose spellings depend on the エ ending the part
// ([latticeAt], [UBeforeE]): the one place where a kana before a part's
// last spells otherwise in the part than in the whole name.
func ueEnd(k []rune, long []bool) bool {
	i := len(k) - 2
	return k[i] == 'ウ' && k[i+1] == 'エ' && long[i]
}

// ueRow sets row[j] to the fewest uses spelling k[:len(k)-1] as tok[:j],
// the ウ k[len(k)-2] spelt as in the part k, from prev, the same for
// k[:len(k)-2]; it returns the fewest uses of a spelling of that ウ the
// card ends inside, with cut.
func (t *matcher) ueRow(k []rune, long []bool, pv []byte, prev []int16, tok []byte, cut bool, row []int16) int16 {
	for j := range row {
		row[j] = noCost
	}
	i := len(k) - 2
	var es edges
	latticeAt(k, i, long[i], pv[i], &es)
	var flats [maxEdges]flat
	fl := t.flatten(&es, &flats)
	pq := int16(noCost)
	for j, c := range prev {
		if c >= noCost {
			continue
		}
		t.steps++
		for x := range fl {
			e := &fl[x]
			switch whole, inside := e.spells(tok, j); {
			case inside && cut:
				pq = min(pq, c+e.own+1)
			case whole:
				row[j+e.l] = min(row[j+e.l], c+e.own)
			}
		}
	}
	return pq
}

// partEnd prices the part k (a prefix of the name) from prev = f[len(k)-1]
// and exact = fx[len(k)][len(tok)]: its last kana spelt as the end of a
// part, or, with cut, the card's end inside an earlier edge (pm2).
func (t *matcher) partEnd(k []rune, long []bool, pv []byte, prev []int16, exact int16, tok []byte, cut bool, pm2 int16) int16 {
	i := len(k) - 1
	start := i == 0
	lg := longStep(k, i, len(k), start, !start && long[i-1], pv[i])
	var es edges
	latticeAt(k, i, lg, pv[i], &es)
	var flats [maxEdges]flat
	fl := t.flatten(&es, &flats)
	best := exact
	// An edge ends the token (whole) or the card inside it (cut) only
	// from the last maxSpelling positions of the token.
	for j := max(0, len(tok)-maxSpelling); j < len(prev); j++ {
		c := prev[j]
		if c >= noCost {
			continue
		}
		for x := range fl {
			e := &fl[x]
			switch whole, inside := e.spells(tok, j); {
			case inside && cut:
				best = min(best, c+e.own+1)
			case whole && j+e.l == len(tok):
				best = min(best, c+e.own)
			}
		}
	}
	return min(best, pm2)
}

// suffixCosts sets out[p], for every split p of the unspaced name k, to the
// fewest rule uses spelling k[p:], a part on its own, as tok, or to
// noCost; out is noCost elsewhere. With cut, tok ends the card and may be
// cut by the track (Truncated).
//
// g[i][ctx][j] is the fewest uses spelling k[i:] as tok[j:] when k[i] is
// not the first kana of its part, after a kana that is not (ctx 0) or is
// (ctx 1) a lengthened ウ or オ: all that a kana's spelling takes from the
// part before it ([longStep]). The first kana of a part needs j = 0 only.
func (t *matcher) suffixCosts(k []rune, pv []byte, kana *Kana, tok []byte, cut bool, first int, buf, out []int16) {
	n, w := len(k), len(tok)+1
	g := buf[:2*suffixRows*w]
	for i := range g {
		g[i] = noCost
	}
	for i := range out {
		out[i] = noCost
	}
	// row returns where the row of kana i in context ctx starts in g.
	row := func(i, ctx int) int { return (2*(i%suffixRows) + ctx) * w }
	g[row(n, 0)+len(tok)], g[row(n, 1)+len(tok)] = 0, 0
	var es edges
	var flats [maxEdges]flat
	// span[2*i+ctx]: the fewest and most card bytes k[i:] spells in that
	// context; noCost and -1 where it cannot be reached.
	var span [2 * (MaxKanaRunes + 1)][2]int16
	for i := range span {
		span[i] = [2]int16{noCost, -1}
	}
	span[2*n], span[2*n+1] = [2]int16{}, [2]int16{}
	for i := n - 1; i >= max(1, first); i-- {
		// The rows of kana i last held kana i+suffixRows, which nothing
		// reads any more: an edge spans three kana at most.
		rows := g[row(i, 0) : row(i, 0)+2*w]
		for x := range rows {
			rows[x] = noCost
		}
		for ctx := -1; ctx <= 1; ctx++ { // -1: the first kana of a part
			start := ctx < 0
			if start && !kana.splitOK(i) || ctx == 1 && k[i-1] != 'ウ' && k[i-1] != 'オ' {
				continue
			}
			v := pv[i]
			if start {
				v = 0
			}
			lg := longStep(k, i, n, start, ctx == 1, v)
			latticeAt(k, i, lg, v, &es)
			fl := t.flatten(&es, &flats)
			// Where each edge leads (the row of the kana after it, in the
			// context it leaves), and how long the rest of the part can be
			// spelt: card positions outside that window cannot complete.
			short, long := int16(noCost), int16(-1)
			for x := range fl {
				e := &fl[x]
				next := 0
				if e.n == 1 && lg {
					next = 1
				}
				e.to = row(i+e.n, next)
				at := 2*(i+e.n) + next
				short = min(short, int16(e.l)+span[at][0])
				long = max(long, int16(e.l)+span[at][1])
			}
			lo, hi := 0, len(tok)
			if !start {
				span[2*i+ctx] = [2]int16{short, long}
			} else {
				hi = 0
			}
			lo = max(lo, len(tok)-int(long))
			if !cut {
				hi = min(hi, len(tok)-int(short))
			}
			if start {
				for j := lo; j <= hi; j++ {
					t.steps++
					best := int16(noCost)
					for x := range fl {
						e := &fl[x]
						switch whole, inside := e.spells(tok, j); {
						case inside && cut:
							best = min(best, e.own+1)
						case whole:
							best = min(best, g[e.to+j+e.l]+e.own)
						}
					}
					if best >= noCost && j == len(tok) && cut {
						best = 1 // the card ends here: cut by the track (C3)
					}
					out[i] = min(best, noCost)
				}
				continue
			}
			// Edge by edge over the row, which holds noCost: the same
			// minimum as cell by cell, in a loop without a branch on the
			// edge's kind.
			if lo > hi {
				continue
			}
			t.steps += hi - lo + 1
			dst := g[row(i, ctx) : row(i, ctx)+w]
			for x := range fl {
				e := &fl[x]
				// The whole spelling from j: j+l within the token.
				top := min(hi, len(tok)-e.l)
				if top < lo {
					top = -1 // and no slice of g past the row
				}
				src := g[e.to+min(e.l, w) : e.to+w]
				switch e.l {
				case 0:
					for j := lo; j <= top; j++ {
						dst[j] = min(dst[j], src[j]+e.own)
					}
				case 1:
					b := e.b[0]
					for j := lo; j <= top; j++ {
						if tok[j] == b {
							dst[j] = min(dst[j], src[j]+e.own)
						}
					}
				default:
					for j := lo; j <= top; j++ {
						if whole, _ := e.spells(tok, j); whole {
							dst[j] = min(dst[j], src[j]+e.own)
						}
					}
				}
				if cut {
					// The card ends inside the spelling (C3).
					for j := max(lo, len(tok)-e.l+1); j <= hi; j++ {
						if _, inside := e.spells(tok, j); inside {
							dst[j] = min(dst[j], e.own+1)
						}
					}
				}
			}
			if cut && hi == len(tok) && dst[hi] >= noCost {
				dst[hi] = 1 // the card ends here: cut by the track (C3)
			}
			for j := lo; j <= hi; j++ {
				dst[j] = min(dst[j], noCost)
			}
		}
	}
}

// flat is an edge laid out for the pricing loops: its spelling, its rule
// uses and the kana it spans.
type flat struct {
	b   [maxSpelling]byte
	l   int
	n   int
	own int16
	to  int // suffixCosts: the row of g the edge leads to
}

// maxSpelling bounds an edge's spelling: a doubled consonant and three
// letters (TCHA, TTSU); TestTablesSorted keeps the tables within it.
const maxSpelling = 4

// flatten lays out the edges of es the allowed rules permit.
func (t *matcher) flatten(es *edges, fl *[maxEdges]flat) []flat {
	n := 0
	for x := range es.e[:es.n] {
		e := &es.e[x]
		if e.mask&^t.allowed != 0 || e.len() > maxSpelling {
			continue
		}
		f := &fl[n]
		n++
		f.l = 0
		if e.pre != 0 {
			f.b[0], f.l = e.pre, 1
		}
		for z := 0; z < len(e.s); z++ { // a few bytes: no call to memmove
			f.b[f.l] = e.s[z]
			f.l++
		}
		f.n = int(e.n)
		f.own = int16(bits.OnesCount32(uint32(e.mask)))
	}
	return fl[:n]
}

// spells reports whether tok[j:] starts with f's whole spelling, or ends
// inside it (a prefix of it, possibly empty), as [hasPrefix] does for the
// search.
func (f *flat) spells(tok []byte, j int) (whole, inside bool) {
	rest := tok[j:]
	if len(rest) >= f.l {
		for x := range f.l {
			if rest[x] != f.b[x] {
				return false, false
			}
		}
		return true, false
	}
	for x, c := range rest {
		if c != f.b[x] {
			return false, false
		}
	}
	return false, true
}

// span is the fewest and most card bytes a stretch of kana spells;
// {noCost, -1} where it cannot be spelt.
type span = [2]int16

var noSpan = span{noCost, -1}

func widen(s span, l int16, by span) span {
	if by[1] < 0 {
		return s
	}
	return span{min(s[0], l+by[0]), max(s[1], l+by[1])}
}

// partSpans sets pre[p] and suf[p], for every split p of the unspaced
// name k, to the fewest and most card bytes k[:p] and k[p:] spell as
// parts on their own (noSpan at p = 0 and where no split is allowed), on
// the facts of the lattice [matcher.split] rests on: one forward pass for
// the prefix parts, one backward pass over (kana, context) for the
// suffix parts. A split whose parts cannot spell the card's tokens by
// length is not tried.
func (t *matcher) partSpans(k []rune, kana *Kana, pre, suf *[MaxKanaRunes]span) {
	n := len(k)
	var long [MaxKanaRunes]bool
	var pv [MaxKanaRunes]byte
	contexts(k, long[:n], pv[:n])
	var es edges
	allowed := func(e *edge) bool { return e.mask&^t.allowed == 0 && e.len() <= maxSpelling }

	// f[q]: k[:q] with the edges of k; fx[q]: the same, through an edge
	// of two kana or more, which is the same in k[:q].
	var f, fx [MaxKanaRunes + 1]span
	for q := range n + 1 {
		f[q], fx[q] = noSpan, noSpan
	}
	f[0] = span{0, 0}
	for q := range n {
		pre[q] = noSpan
		if q > 0 && kana.splitOK(q) {
			pre[q] = fx[q]
			fi := f[q-1]
			if q >= 2 && ueEnd(k[:q], long[:]) && f[q-2][1] >= 0 {
				// The ウ of a part-final ウエ spelt as in the part.
				fi = noSpan
				latticeAt(k[:q], q-2, long[q-2], pv[q-2], &es)
				for y := range es.e[:es.n] {
					if e := &es.e[y]; allowed(e) {
						fi = widen(fi, int16(e.len()), f[q-2])
					}
				}
			}
			if i := q - 1; fi[1] >= 0 {
				// k[q-1] spelt as the end of its part.
				t.steps++
				start := i == 0
				lg := longStep(k[:q], i, q, start, !start && long[i-1], pv[i])
				latticeAt(k[:q], i, lg, pv[i], &es)
				for y := range es.e[:es.n] {
					if e := &es.e[y]; allowed(e) {
						pre[q] = widen(pre[q], int16(e.len()), fi)
					}
				}
			}
		}
		if f[q][1] < 0 || q == n-1 {
			continue // an edge from the last kana ends no prefix part
		}
		t.steps++
		latticeAt(k, q, long[q], pv[q], &es)
		for y := range es.e[:es.n] {
			e := &es.e[y]
			if to := q + int(e.n); allowed(e) && to < n {
				f[to] = widen(f[to], int16(e.len()), f[q])
				if e.n >= 2 {
					fx[to] = widen(fx[to], int16(e.len()), f[q])
				}
			}
		}
	}

	// g[2*i+ctx]: k[i:], k[i] not the first of its part, after a kana
	// that is not (ctx 0) or is (ctx 1) a lengthened ウ or オ.
	var g [2 * (MaxKanaRunes + 1)]span
	for i := range g[:2*n] {
		g[i] = noSpan
	}
	g[2*n], g[2*n+1] = span{0, 0}, span{0, 0}
	suf[0] = noSpan
	for i := n - 1; i >= 1; i-- {
		suf[i] = noSpan
		for ctx := -1; ctx <= 1; ctx++ { // -1: the first kana of a part
			start := ctx < 0
			if start && !kana.splitOK(i) || ctx == 1 && k[i-1] != 'ウ' && k[i-1] != 'オ' {
				continue
			}
			t.steps++
			v := pv[i]
			if start {
				v = 0
			}
			lg := longStep(k, i, n, start, ctx == 1, v)
			latticeAt(k, i, lg, v, &es)
			s := noSpan
			for y := range es.e[:es.n] {
				e := &es.e[y]
				if !allowed(e) {
					continue
				}
				next := 0
				if e.n == 1 && lg {
					next = 1
				}
				s = widen(s, int16(e.len()), g[2*(i+int(e.n))+next])
			}
			if start {
				suf[i] = s
			} else {
				g[2*i+ctx] = s
			}
		}
	}
}
