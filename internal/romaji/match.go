package romaji

import "math/bits"

// edge is one step of the lattice: kana k[i:i+n] spelt pre+s, licensed by
// the rules in mask.
type edge struct {
	s    string
	mask Mask
	pre  byte // the doubled consonant of っ (T before CH), or 0
	n    uint8
}

func (e *edge) len() int {
	if e.pre != 0 {
		return 1 + len(e.s)
	}
	return len(e.s)
}

// maxEdges bounds the edges at one position. The most are five (a long
// ウ after O: not written, OH, macron, OU, OO); TestLatticeFits checks
// every position against the bound, as add drops what does not fit. It is
// kept small: every step of the search holds one edges value.
const maxEdges = 8

type edges struct {
	e [maxEdges]edge
	n int
}

func (es *edges) add(pre byte, s string, n int, m Mask) {
	if es.n < maxEdges {
		es.e[es.n] = edge{s: s, mask: m, pre: pre, n: uint8(n)}
		es.n++
	}
}

// partEnd reports whether k[i] is the last kana of its part.
func partEnd(k []rune, i int) bool { return i+1 == len(k) || k[i+1] == ' ' }

// bmp reports whether passport Hepburn writes ん as M before r (C3, SPEC
// "Public facts": M before B, M and P).
func bmp(r rune) bool {
	switch r {
	case 'バ', 'ビ', 'ブ', 'ベ', 'ボ', 'パ', 'ピ', 'プ', 'ペ', 'ポ', 'マ', 'ミ', 'ム', 'メ', 'モ',
		'ヴ', 'ヷ', 'ヸ', 'ヹ', 'ヺ':
		return true
	}
	return false
}

// boundaryOK reports whether the vowel kana k[i] may start a new word in the
// name (マツ|ウラ, コウ|チワ): it is not the last kana of its part and follows a
// plain consonant-vowel kana. After ユ, ヨ or a yōon (ユウ, ショウ) it is taken
// as a long vowel, and a name-final vowel always is (SATO, not SATOU).
func boundaryOK(k []rune, i int) bool {
	if partEnd(k, i) || i == 0 {
		return false
	}
	switch p := k[i-1]; p {
	case 'ヤ', 'ユ', 'ヨ', 'ャ', 'ュ', 'ョ':
		return false
	default:
		m := monoOf(p)
		return m != nil && len(m[0].s) >= 2 && !isSmall(p)
	}
}

// longStep reports whether the vowel kana k[i] lengthens the kana before it
// (C3, SPEC "Public facts": おう, おお, うう): an オ or ウ after an O, an ウ
// after a U, in the same part. It does not at the start of a part (start),
// when the kana before it is itself lengthened (prevLong: オオウチ is OUCHI,
// 大+内) or is ー, or when a small kana joins it (ウィ). An ウ before エ is
// long here; [latticeAt] offers both readings ([UBeforeE]). The part ends at end (exclusive); pv is
// the vowel the part's spelling ends in before k[i] (see [contexts]).
func longStep(k []rune, i, end int, start, prevLong bool, pv byte) bool {
	r := k[i]
	if r != 'ウ' && r != 'オ' || start {
		return false
	}
	if i+1 < end && isSmall(k[i+1]) {
		return false
	}
	if pv != 'O' && (pv != 'U' || r != 'ウ') {
		return false
	}
	return k[i-1] != longMark && !prevLong
}

// contexts fills long[i] and pv[i] for every kana of k (parts separated by
// spaces): whether k[i] lengthens the kana before it ([longStep]) and the
// vowel the spelling ends in before k[i]. One pass, so that the lattice
// costs the same at every position: a chain of オ or ー is not walked back
// at each step of the search.
func contexts(k []rune, long []bool, pv []byte) {
	for i := range k {
		start := i == 0 || k[i-1] == ' '
		v := byte(0)
		if !start {
			v = vowelAfter(k[i-1], pv[i-1])
		}
		pv[i] = v
		long[i] = longStep(k, i, len(k), start, !start && long[i-1], v)
	}
}

// base adds the spellings of k[i] on its own or fused with a following
// small kana.
func base(k []rune, i int, es *edges) {
	r := k[i]
	var p *pair
	if i+1 < len(k) && isSmall(k[i+1]) {
		p, _ = lookupPair(r, k[i+1])
	}
	// Passport Hepburn spells a foreign-sound pair kana by kana (TEI, FUA,
	// BUA): that path comes first; a yōon is never split.
	if p == nil || !p.only {
		if m := monoOf(r); m != nil {
			for _, sp := range m {
				if sp.s != "" {
					es.add(0, sp.s, 1, bit(sp.r))
				}
			}
		}
	}
	if p != nil {
		for _, sp := range p.sp {
			if sp.s != "" {
				es.add(0, sp.s, 2, bit(sp.r))
			}
		}
	}
}

// latticeAt fills es with every spelling of the kana starting at k[i] (C3),
// k[i] being long or not ([longStep]) after a spelling that ends in the
// vowel pv. The first edge is passport Hepburn.
func latticeAt(k []rune, i int, long bool, pv byte, es *edges) {
	es.n = 0
	r := k[i]
	switch {
	case r == 'ッ':
		// っ doubles the next consonant; passport Hepburn writes T before CH
		// (HOTCHI), the 2025 cabinet notice CCH.
		if partEnd(k, i) {
			es.add(0, "", 1, 0)
			return
		}
		var next edges
		if n := k[i+1]; n == 'ッ' || n == 'ン' || n == longMark {
			es.add(0, "", 1, 0)
			return
		}
		base(k, i+1, &next)
		if next.n == 0 || isVowel(next.e[0].s[0]) {
			// Before a vowel (ッヰ, ッア) a glottal stop is not written.
			es.add(0, "", 1, 0)
		}
		for _, e := range next.e[:next.n] {
			switch c := e.s[0]; {
			case isVowel(c):
			case len(e.s) >= 2 && e.s[:2] == "CH":
				es.add('T', e.s, int(e.n)+1, e.mask)
				es.add('C', e.s, int(e.n)+1, e.mask|bit(CCH))
			default:
				es.add(c, e.s, int(e.n)+1, e.mask)
			}
		}
	case r == 'ン':
		// ん is N, M before B, M, P (passport); N always (2025 cabinet notice,
		// Kunrei); NN and N' are keyboard and modified-Hepburn habits.
		if !partEnd(k, i) && bmp(k[i+1]) {
			es.add(0, "M", 1, 0)
			es.add(0, "N", 1, bit(NBeforeBMP))
		} else {
			es.add(0, "N", 1, 0)
		}
		es.add(0, "NN", 1, bit(WapuroNN))
		es.add(0, "N'", 1, bit(NApostrophe))
	case r == longMark:
		// ー: passport Hepburn does not write a long vowel; the cabinet notice
		// doubles the vowel or puts a macron on it.
		if pv == 0 {
			return
		}
		es.add(0, "", 1, 0)
		es.add(0, vowelString(pv), 1, bit(DoubledVowel))
		es.add(0, "^", 1, bit(Macron))
		if pv == 'O' {
			es.add(0, "H", 1, bit(OHLongVowel))
			es.add(0, "U", 1, bit(OULongVowel))
		}
	case long && r == 'ウ' && i+1 < len(k) && k[i+1] == 'エ':
		// C3, SPEC "Public facts": one reading (SHOEI, KOE, YUEI) or across
		// kanji (INOUE); the more common reading, measured on JMnedict,
		// comes first: across kanji before a part-final エ, one reading
		// before more kana (UBeforeE).
		if partEnd(k, i+1) {
			es.add(0, "U", 1, 0)
			es.add(0, "", 1, bit(UBeforeE))
			es.add(0, "^", 1, bit(UBeforeE)|bit(Macron))
			return
		}
		es.add(0, "", 1, 0)
		if pv == 'O' {
			es.add(0, "H", 1, bit(OHLongVowel))
		}
		es.add(0, "^", 1, bit(Macron))
		es.add(0, "U", 1, bit(UBeforeE))
	case long && r == 'ウ' && pv == 'U' && boundaryOK(k, i):
		// An ウ after a plain syllable in U (マツウラ, フウカ): it starts
		// the next kanji's reading (松浦 MATSUURA) or lengthens the vowel
		// (風花 FUKA), which kana cannot tell; measured on JMnedict, it
		// starts the next reading 151 times in 268, so it is written and
		// the long vowel is the variant (WordBoundary).
		es.add(0, "U", 1, 0)
		es.add(0, "", 1, bit(WordBoundary))
		es.add(0, "^", 1, bit(Macron))
	case long:
		// A long O or U (C3, SPEC "Public facts"): not written in passport
		// Hepburn (ONO, SATO, YUKO) or written OH; a name-final オ stays
		// (SENOO, TAKATOO); never collapsed across a part, as k[i-1] is in
		// the same part.
		if r == 'オ' && partEnd(k, i) {
			es.add(0, "O", 1, 0)
			es.add(0, "H", 1, bit(OHLongVowel))
			es.add(0, "^", 1, bit(Macron))
			return
		}
		es.add(0, "", 1, 0)
		if pv == 'O' {
			es.add(0, "H", 1, bit(OHLongVowel))
		}
		es.add(0, "^", 1, bit(Macron))
		switch {
		case r == 'オ':
			es.add(0, "O", 1, bit(OOLongVowel))
		case boundaryOK(k, i):
			es.add(0, "U", 1, bit(WordBoundary))
		case pv == 'O':
			es.add(0, "U", 1, bit(OULongVowel))
		default:
			es.add(0, "U", 1, bit(UULongVowel))
		}
		if r == 'ウ' && pv == 'O' {
			es.add(0, "O", 1, bit(DoubledVowel))
		}
	default:
		base(k, i, es)
	}
}

func vowelString(v byte) string {
	switch v {
	case 'A':
		return "A"
	case 'I':
		return "I"
	case 'U':
		return "U"
	case 'E':
		return "E"
	}
	return "O"
}

// Match reports whether card spells kana, allowing the rules in allowed
// (C1, C3). Parts are compared as fields: the card's tokens must line up
// with the kana's parts, in the order given or, when allowed holds
// [OrderSwapped], with the family name last; a kana name without a space
// is tried at every split between morae. A card name of [TrackLen]
// characters (or one less, when the cut fell on the space) may be the
// track's cut of a longer name ([Truncated]). Of all matching paths the one
// with the fewest rule uses wins (each use counts: a name spelt with two
// Kunrei syllables costs two), the order as given on a tie, then the
// earlier split. The returned mask holds the rules of that path; it is
// empty for passport Hepburn in the order given.
//
// The work is proportional to the name: each arrangement is priced by a
// dynamic programme over the card positions each kana can be at
// ([matcher.try]), and an unspaced name against a two-token card tries
// only the splits at which an arrangement can spell the card at all,
// found for every split at once by an automaton over every card position
// ([matcher.feasible]), or, when more than a few can (long chains of オ,
// ウ or ー), prices those splits at once ([matcher.split]).
func Match(card *Card, kana *Kana, allowed Mask) (Mask, bool) {
	mask, _, ok := match(card, kana, allowed)
	return mask, ok
}

// An unspaced name against a two-token card is first tried split by
// split, every split in turn, as long as that takes fewer than splitSteps
// steps a kana and splitCap in all ([splitBudget]): a wrong split of a
// short name fails at the space, a few kana in, so this is the cheapest
// way for it; a wrong split of a long name may run as far as the space,
// and every split in turn would cost the square of the name. Past that
// budget, the splits at which an arrangement can spell the card at all
// are found at once ([matcher.feasible]) and tried in turn when there are
// at most splitTries of them; beyond that (chains of オ, ウ or ー) they
// are priced all at once ([matcher.split]). The strategies matchTries
// also offers the tests (no budget, or no splits tried in turn) take the
// splits whose parts can spell the tokens by length ([matcher.partSpans])
// in place of the automaton, or price every split.
//
// A split whose search met a kana reached at more than chainSpread card
// positions (a chain of オ, ウ, ー or ン, where every split of the chain
// is searched as far) also ends the split-by-split search.
const (
	splitSteps  = 4
	splitCap    = 32
	splitTries  = 4
	chainSpread = 4
)

// passportReads is how many kana [passport] reads for one step of the
// search: it reads a plain kana straight from its first spelling, several
// times faster than the search lays out and prices one.
const passportReads = 4

// splitBudget is the step budget of the split-by-split search of an
// unspaced name of n kana.
func splitBudget(n int) int { return min(splitSteps*(n+1), splitCap) }

// match is Match that also returns the number of rule uses.
func match(card *Card, kana *Kana, allowed Mask) (Mask, int, bool) {
	mask, cost, ok, _ := matchTries(card, kana, allowed, splitBudget(kana.n), splitTries, true)
	return mask, cost, ok
}

// matchTries is match with the step budget of the first, split-by-split
// search of an unspaced name (0: none; negative: every split, with no
// limit) and the number of splits that fit by length tried one by one
// after it (0: the splits are priced at once), and with walks first
// ([walkSearch]) when walks is set, for a card the track has not cut. All
// give the same answer (TestMatchAgreesWithReference). It also returns
// the work done, in steps (TestMatchSteps).
func matchTries(card *Card, kana *Kana, allowed Mask, budget, tries int, walks bool) (Mask, int, bool, int) {
	steps := 0
	if kana.Parts() >= 2 || card.Tokens() == 1 {
		// The common answer, found without the search: a path using no
		// rule is the cheapest there is, in the order given, which wins
		// ties. It reads each kana at most once: its steps are counted as
		// the name's length.
		steps = kana.n
		if ok, _ := passport(card.b[:card.n], kana.r[:kana.n]); ok {
			return 0, 0, true, steps
		}
	}
	if walks && !(kana.Parts() == 1 && card.Tokens() == 2 && card.cut(allowed) != 0) {
		// A split walk ends no path by the track's cut: the search's
		// splits take walks that do ([matcher.arrangement]).
		mask, cost, ok, handled, more := walkSearch(card, kana, allowed)
		steps += more
		if handled {
			return mask, cost, ok, steps
		}
		// A walk gave up (a chain of オ, ウ, ー or ン): so would the
		// search's, and its split-by-split search would go wide; the
		// automaton finds the splits at once.
		walks, budget = false, 0
	}
	mask, cost, ok, more := search(card, kana, allowed, budget, tries, walks)
	return mask, cost, ok, steps + more
}

// passport reports whether c is the passport-Hepburn spelling of k, the
// first edge at every position, the parts in the order given, and how many
// kana it read. It takes the contexts ([contexts]) as it goes, and stops at
// the first letter that differs, so that a card that is not passport
// spelling costs little.
func passport(c []byte, k []rune) (ok bool, read int) {
	var es edges
	var long bool // k[at] lengthens the kana before it
	var pv byte   // the vowel before k[at]
	at := -1
	i, j := 0, 0
	for i < len(k) {
		if k[i] == ' ' {
			if j == len(c) || c[j] != ' ' {
				return false, i
			}
			i, j = i+1, j+1
			continue
		}
		for at < i {
			at++
			start := at == 0 || k[at-1] == ' '
			if start {
				pv = 0
			} else {
				pv = vowelAfter(k[at-1], pv)
			}
			long = longStep(k, at, len(k), start, !start && long, pv)
		}
		if r := k[i]; !long && r != 'ッ' && r != 'ン' && r != longMark && (i+1 == len(k) || !isSmall(k[i+1])) {
			// A kana on its own, the usual case: latticeAt would give
			// base's edges, the first of them its first spelling
			// (TestPassportAgreesWithLattice).
			m := monoOf(r)
			if m == nil {
				return false, i
			}
			s := m[0].s
			if j+len(s) > len(c) {
				return false, i
			}
			for z := 0; z < len(s); z++ { // one to three letters: no call to memequal
				if c[j+z] != s[z] {
					return false, i
				}
			}
			i, j = i+1, j+len(s)
			if i < len(k) {
				// The context of the next kana, as the loop above would
				// take it: in the same part, after the vowel of s.
				at, pv = i, s[len(s)-1]
				long = longStep(k, at, len(k), false, false, pv)
			}
			continue
		}
		latticeAt(k, i, long, pv, &es)
		if es.n == 0 {
			return false, i
		}
		e := &es.e[0]
		l := e.len()
		if j+l > len(c) || !hasPrefix(e, c[j:j+l]) {
			return false, i
		}
		i, j = i+int(e.n), j+l
	}
	return j == len(c), i
}

// search is matchTries without the shortcut for a passport spelling.
func search(card *Card, kana *Kana, allowed Mask, budget, tries int, walks bool) (Mask, int, bool, int) {
	t := matcher{c: card.b[:card.n], allowed: allowed, walks: walks}
	t.trunc = card.cut(allowed)
	k := kana.r[:kana.n]
	tokens, parts := card.Tokens(), kana.Parts()
	var arr [MaxKanaRunes + 1]rune
	// b is the first arrangement of an unspaced name with the fewest rule
	// uses searched so far, in the order bySplit searches them.
	var b struct {
		mask  Mask
		cost  int
		found bool
	}
	// bySplit searches the arrangements of the unspaced name k in turn,
	// after those b holds: the splits of fam with the family name first,
	// in order, then those of swp with the given name first (when
	// allowed), and keeps in b the first with the fewest rule uses (C3).
	// A cost of 0 cannot be beaten, nor, by the other order, a cost of 1.
	// With lim > 0 it gives up (done false) once the search has taken more
	// than lim steps or gone wide (chainSpread), and returns the splits it
	// has not searched; lim 0 searches nothing and gives up; lim < 0
	// searches every split given. A closure, not a method, so that the
	// arrangement built in arr stays on this stack.
	//
	// Each order starts with the splits whose arrangement is spelt in
	// passport Hepburn, read without the search ([passport]) as long as
	// that stays within the kana the budget allows: such a split costs no
	// rule in the order given, and only OrderSwapped in the other, which
	// nothing in that order beats. A wrong split fails at the space.
	bySplit := func(lim int, fam, swp uint64) (done bool, restFam, restSwp uint64) {
		if lim == 0 {
			return false, fam, swp
		}
		scan := lim * passportReads // kana passport may read; < 0: no limit
		for _, swapped := range [2]bool{false, true} {
			set := fam
			if swapped {
				if b.found && b.cost <= 1 || !allowed.Has(OrderSwapped) {
					break
				}
				set = swp
			}
			for s := set; s != 0 && scan != 0; s &= s - 1 {
				p := bits.TrailingZeros64(s)
				t.k = arrange(arr[:0], k, p, swapped)
				ok, read := passport(t.c, t.k)
				t.steps += (read + passportReads - 1) / passportReads
				if ok {
					b.mask, b.cost, b.found = 0, 0, true
					if swapped {
						b.mask, b.cost = bit(OrderSwapped), 1
					}
					return true, 0, 0
				}
				if scan > 0 {
					scan = max(scan-read-1, 0)
				}
			}
			for ; set != 0 && !(b.found && b.cost == 0); set &= set - 1 {
				if lim > 0 && (t.steps-t.matched > lim || t.wide) {
					if swapped {
						return false, 0, set
					}
					return false, set, swp
				}
				p := bits.TrailingZeros64(set)
				t.k = arrange(arr[:0], k, p, swapped)
				if m, c, ok := t.arrangement(swapped); ok && (!b.found || c < b.cost) {
					b.mask, b.cost, b.found = m, c, true
				}
				if !swapped && t.stop+3 <= p {
					// The family name's kana before its last two spell
					// as in the whole name ([matcher.split]): a search
					// that ended there ends there for every later split.
					break
				}
			}
		}
		return true, 0, 0
	}
	// priced searches the first arrangement with the fewest rule uses of
	// those at the splits of fam and swp, all priced at once
	// ([matcher.split]), and keeps it in b if it does better.
	priced := func(fam, swp uint64) {
		p, swapped, ok := t.split(k, kana, fam, swp)
		if !ok {
			return
		}
		t.k = arrange(arr[:0], k, p, swapped)
		// Splits are priced at once for chains, which a walk gives up on.
		if m, c, ok := t.try(swapped); ok && (!b.found || c < b.cost) {
			b.mask, b.cost, b.found = m, c, true
		}
	}
	switch {
	case parts == 1 && tokens > 2:
		// A split adds one space; the card's other spaces meet none (C3:
		// tokens and parts line up as fields).
		return 0, 0, false, 0
	case parts == 1 && tokens == 2 && budget >= 0 && tries > 0:
		// Split by split within the budget, the family name first, then
		// the given name first: a wrong split of a short name fails at the
		// space, a few kana in. Past it, the splits not yet searched at
		// which an arrangement can spell the card at all, found for every
		// split at once ([matcher.feasible]): a card no arrangement spells
		// costs that pass only. A few are searched in turn; more (long
		// chains of オ, ウ or ー) are priced at once.
		all := kana.splits()
		done, restFam, restSwp := bySplit(budget, all, all)
		if done {
			return b.mask, b.cost, b.found, t.steps
		}
		s := 0
		for t.c[s] != ' ' {
			s++
		}
		fam, swp := t.feasible(k, kana, s)
		fam, swp = fam&restFam, swp&restSwp
		switch {
		case fam|swp == 0:
		case bits.OnesCount64(fam)+bits.OnesCount64(swp) <= tries:
			bySplit(-1, fam, swp)
		default:
			priced(fam, swp)
		}
		return b.mask, b.cost, b.found, t.steps
	case parts == 1 && tokens == 2:
		// The tests' other strategies (budget < 0: every split in turn;
		// tries 0: every split priced at once).
		//
		// Split by split, the family name first, then the given name: the
		// first arrangement with the fewest rule uses wins. A cost of 0
		// cannot be beaten, nor, by the other order, a cost of 1. First
		// every split within the budget, then, if it ran out, only the
		// splits not yet searched that fit by length, when they are few.
		var f fit
		fam, swp := kana.splits(), kana.splits() // every split
		for lim := budget; ; lim = -1 {
			done, restFam, restSwp := bySplit(lim, fam, swp)
			if done {
				return b.mask, b.cost, b.found, t.steps
			}
			t.partSpans(k, kana, &f.pre, &f.suf)
			s := 0
			for t.c[s] != ' ' {
				s++
			}
			f.l1, f.l2 = int16(s), int16(len(t.c)-s-1)
			f.cut = t.trunc == 2 && allowed.Has(Truncated)
			fam, swp = 0, 0
			for p := 1; p < len(k); p++ {
				if kana.splitOK(p) && f.ok(p, false) {
					fam |= 1 << p
				}
				if kana.splitOK(p) && f.ok(p, true) {
					swp |= 1 << p
				}
			}
			fam, swp = fam&restFam, swp&restSwp
			n := bits.OnesCount64(fam)
			if allowed.Has(OrderSwapped) {
				n += bits.OnesCount64(swp)
			}
			if n > tries {
				// Every split not yet searched, priced at once.
				priced(restFam, restSwp)
				return b.mask, b.cost, b.found, t.steps
			}
		}
	case parts >= 2:
		t.k = k
		mask, cost, ok := t.try(false)
		// The other order costs at least its own rule: it can only do
		// better than a path with two rule uses or more.
		if ok && cost <= 1 || !allowed.Has(OrderSwapped) {
			return mask, cost, ok, t.steps
		}
		sp := 0
		for k[sp] != ' ' {
			sp++
		}
		t.k = join(arr[:0], k[sp+1:], k[:sp])
		if ok, read := passport(t.c, t.k); ok {
			// Passport Hepburn, the given name first: OrderSwapped only,
			// which beats the two rule uses or more of the order given.
			return bit(OrderSwapped), 1, true, t.steps + read
		}
		mask2, cost2, ok2 := t.try(true)
		if ok2 && (!ok || cost2 < cost) {
			return mask2, cost2, true, t.steps
		}
		return mask, cost, ok, t.steps
	default:
		t.k = k
		mask, cost, ok := t.try(false)
		return mask, cost, ok, t.steps
	}
}

// fit tells the splits of an unspaced name whose parts can spell the
// card's tokens, of l1 and l2 bytes, by length: pre[p] and suf[p] are what
// k[:p] and k[p:] can spell ([matcher.partSpans]); with cut the last token
// may be cut by the track.
type fit struct {
	pre, suf [MaxKanaRunes]span
	l1, l2   int16
	cut      bool
}

// ok reports whether split p fits, in the order given or swapped; every
// split fits a nil fit.
func (f *fit) ok(p int, swapped bool) bool {
	if f == nil {
		return true
	}
	a, b := f.pre[p], f.suf[p]
	if swapped {
		a, b = b, a
	}
	return a[0] <= f.l1 && f.l1 <= a[1] && f.l2 <= b[1] && (f.cut || b[0] <= f.l2)
}

// arrange writes into dst the unspaced name k split at p, the family name
// first or, swapped, the given name first.
func arrange(dst, k []rune, p int, swapped bool) []rune {
	if swapped {
		return join(dst, k[p:], k[:p])
	}
	return join(dst, k[:p], k[p:])
}

func join(dst, a, b []rune) []rune {
	dst = append(dst, a...)
	dst = append(dst, ' ')
	return append(dst, b...)
}

// AppendHepburn appends the passport-Hepburn spelling of kana to dst: upper
// case, one space between parts, the family name first, or the given names
// first when givenFirst is set; long O written OH when oh is set.
func AppendHepburn(dst []byte, kana *Kana, oh, givenFirst bool) []byte {
	k := kana.r[:kana.n]
	if givenFirst && kana.Parts() >= 2 {
		sp := 0
		for k[sp] != ' ' {
			sp++
		}
		dst = appendHepburn(dst, k[sp+1:], oh)
		dst = append(dst, ' ')
		return appendHepburn(dst, k[:sp], oh)
	}
	return appendHepburn(dst, k, oh)
}

func appendHepburn(dst []byte, k []rune, oh bool) []byte {
	var es edges
	var long [MaxKanaRunes]bool
	var pv [MaxKanaRunes]byte
	contexts(k, long[:len(k)], pv[:len(k)])
	for i := 0; i < len(k); {
		if k[i] == ' ' {
			dst = append(dst, ' ')
			i++
			continue
		}
		latticeAt(k, i, long[i], pv[i], &es)
		if es.n == 0 {
			i++ // unreachable for normalised kana
			continue
		}
		e := &es.e[0]
		if oh {
			for x := range es.e[:es.n] {
				if es.e[x].mask == bit(OHLongVowel) {
					e = &es.e[x]
					break
				}
			}
		}
		if e.pre != 0 {
			dst = append(dst, e.pre)
		}
		dst = append(dst, e.s...)
		i += int(e.n)
	}
	return dst
}
