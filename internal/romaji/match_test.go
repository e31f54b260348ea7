package romaji

import (
	"math/bits"
	"slices"
	"strings"
	"testing"
)

func TestTablesSorted(t *testing.T) {
	// Data tables are searched by binary search: they must be sorted and
	// unique, and every spelling upper-case ASCII.
	for i := 1; i < len(pairs); i++ {
		if comparePair(pairs[i-1].k, pairs[i].k) >= 0 {
			t.Errorf("pairs[%d] %q not after pairs[%d] %q", i, string(pairs[i].k[:]), i-1, string(pairs[i-1].k[:]))
		}
	}
	check := func(where string, sp []spell) {
		if sp[0].s != "" && sp[0].r != Canonical && !strings.HasPrefix(where, "pair") {
			t.Errorf("%s: first spelling %q has rule %v, want passport Hepburn", where, sp[0].s, sp[0].r)
		}
		for _, s := range sp {
			for _, c := range []byte(s.s) {
				if c < 'A' || c > 'Z' {
					t.Errorf("%s: spelling %q not upper-case ASCII", where, s.s)
				}
			}
		}
	}
	for i, m := range mono {
		check(string(rune(kataFirst+i)), m[:])
	}
	for _, p := range pairs {
		check("pair "+string(p.k[:]), p.sp[:])
	}
	if NumRules > 32 {
		t.Errorf("NumRules = %d does not fit a Mask", NumRules)
	}
}

func TestRuleCodes(t *testing.T) {
	seen := map[string]bool{}
	for r := Rule(0); r < numRules; r++ {
		if c := r.Code(); c == "" || seen[c] || r.String() != c {
			t.Errorf("Rule(%d).Code() = %q: empty or duplicate", r, c)
		}
		seen[r.Code()] = true
	}
	if Rule(200).Code() != "unknown" {
		t.Errorf("Rule(200).Code() = %q", Rule(200).Code())
	}
}

func mustKana(t testing.TB, s string) Kana {
	t.Helper()
	k, p := NormalizeKana(s)
	if p.Fault != NoFault {
		t.Fatalf("NormalizeKana(%q): %+v", s, p)
	}
	return k
}

func mustCard(t testing.TB, s string) Card {
	t.Helper()
	c, p := NormalizeCard(s)
	if p.Fault != NoFault {
		t.Fatalf("NormalizeCard(%q): %+v", s, p)
	}
	return c
}

func TestAppendHepburn(t *testing.T) {
	// C3, SPEC "Public facts": passport Hepburn.
	tests := []struct {
		name, kana     string
		oh, givenFirst bool
		want           string
	}{
		{"C3/basic", "ヤマダ タロウ", false, false, "YAMADA TARO"},
		{"C3/oh", "オオノ ユウコ", true, false, "OHNO YUKO"},
		{"C3/given-first", "ヤマダ タロウ", false, true, "TARO YAMADA"},
		{"C3/three-parts-given-first", "スミス ジョン ロナルド", false, true, "JON RONARUDO SUMISU"},
		{"C3/yoon", "キョウコ シュウヘイ ジュンコ チャコ", false, false, "KYOKO SHUHEI JUNKO CHAKO"},
		{"C3/sokuon", "ハットリ ホッチ キッカワ ハッチョウ", false, false, "HATTORI HOTCHI KIKKAWA HATCHO"},
		{"C3/n", "ナンバ ホンマ サンペイ カンノ シンヤ ゲンイチ", false, false, "NAMBA HOMMA SAMPEI KANNO SHINYA GENICHI"},
		{"C3/long", "オオウチ イノウエ コウイチ ユウイチロウ", false, false, "OUCHI INOUE KOICHI YUICHIRO"},
		{"C3/final-o", "セノオ タカトオ ミソノウ", false, false, "SENOO TAKATOO MISONO"},
		{"C3/final-o-oh", "セノオ ミソノウ", true, false, "SENOH MISONOH"},
		{"C3/long-mark", "ジョージ マリー", false, false, "JOJI MARI"},
		{"C3/foreign", "ティナ ファミ ジェニ チェル デュク", false, false, "TEINA FUAMI JIENI CHIERU DEYUKU"},
		{"C3/vu", "ヴィクトル", false, false, "BUIKUTORU"},
		{"C3/wo-wi-we", "ヲヰヱ", false, false, "OIE"},
		{"C3/ji-zu", "チヂワ ツヅキ", false, false, "CHIJIWA TSUZUKI"},
		{"C3/glottal-before-vowel", "アッア", false, false, "AA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := mustKana(t, tt.kana)
			if got := string(AppendHepburn(nil, &k, tt.oh, tt.givenFirst)); got != tt.want {
				t.Errorf("AppendHepburn(%q, oh=%v, givenFirst=%v) = %q, want %q", tt.kana, tt.oh, tt.givenFirst, got, tt.want)
			}
		})
	}
}

func TestMatchTruncation(t *testing.T) {
	// C3, SPEC "Public facts": track 1 holds 26 characters.
	k := mustKana(t, "ヤマノカミ ジュゲムジュゲム") // YAMANOKAMI JUGEMUJUGEMU: 10+1+14 = 25
	tests := []struct {
		name, card string
		kana       Kana
		ok         bool
		mask       Mask
	}{
		{"C3/complete-25", "YAMANOKAMI JUGEMUJUGEMU", k, true, 0},
		{"C3/cut-at-26", "YAMANOKAMI JUGEMUJUGEMUGO", mustKana(t, "ヤマノカミ ジュゲムジュゲムゴコウ"), false, 0},
		{"C3/cut-26-inside-syllable", "YAMANOKAMI JUGEMUJUGEMUGOK", mustKana(t, "ヤマノカミ ジュゲムジュゲムゴコウ"), true, bit(Truncated)},
		{"C3/cut-inside-family", "MUSHANOKOJIMUSHANOKOJIMUSH", mustKana(t, "ムシャノコウジムシャノコウジムシャ サネアツ"), true, bit(Truncated)},
		{"C3/cut-before-space-26", "MUSHANOKOJIMUSHANOKOJIMUSU", mustKana(t, "ムシャノコウジムシャノコウジムス サネアツ"), true, bit(Truncated)},
		{"C3/cut-on-space-25", "MUSHANOKOJIMUSHANOKOJIKAN", mustKana(t, "ムシャノコウジムシャノコウジカン サネアツ"), true, bit(Truncated)},
		{"C3/short-of-space-25", "MUSHANOKOJIMUSHANOKOJIKA", mustKana(t, "ムシャノコウジムシャノコウジカン サネアツ"), false, 0},
		{"C3/25-inside-syllable", "MUSHANOKOJIMUSHANOKOJIKAM", mustKana(t, "ムシャノコウジムシャノコウジカマタ サネアツ"), false, 0},
		{"C3/not-a-prefix", "YAMANOKAMI JUGEMUJUGEMUGAK", mustKana(t, "ヤマノカミ ジュゲムジュゲムゴコウ"), false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustCard(t, tt.card)
			mask, ok := Match(&c, &tt.kana, ^Mask(0))
			if ok != tt.ok || mask != tt.mask {
				t.Errorf("Match(%q, %q) = %b, %v, want %b, %v (card length %d)", tt.card, tt.kana.String(), mask, ok, tt.mask, tt.ok, c.Len())
			}
		})
	}
}

// spelt is a spelling found by enumeration: the rules it used and how
// many times.
type spelt struct {
	mask Mask
	uses int
}

// spellings enumerates every spelling of k[i:] the lattice allows with the
// rules in allowed, keeping for each the fewest rule uses: the slow,
// exponential reference the memoised search must agree with.
func spellings(k []rune, i int, allowed Mask, prefix string, sp spelt, out map[string]spelt) {
	if i == len(k) {
		if old, ok := out[prefix]; !ok || sp.uses < old.uses {
			out[prefix] = sp
		}
		return
	}
	if k[i] == ' ' {
		spellings(k, i+1, allowed, prefix+" ", sp, out)
		return
	}
	var es edges
	latticeRef(k, i, &es)
	for _, e := range es.e[:es.n] {
		if e.mask&^allowed != 0 {
			continue
		}
		s := e.s
		if e.pre != 0 {
			s = string(e.pre) + s
		}
		spellings(k, i+int(e.n), allowed, prefix+s, spelt{sp.mask | e.mask, sp.uses + bits.OnesCount32(uint32(e.mask))}, out)
	}
}

func TestMatchAgreesWithEnumeration(t *testing.T) {
	for _, name := range []string{
		"サトウ ユウコ", "オオノ ショウヘイ", "マツウラ ジュンイチ", "ホッチ シンヤ", "ナンバ ヴィクトル",
		"セノオ ティナ", "イノウエ コウイチ", "ジョージ チヂワ", "カンノ ヒュウガ",
	} {
		k := mustKana(t, name)
		for _, allowed := range []Mask{^Mask(0), StrictRules} {
			all := map[string]spelt{}
			spellings(k.r[:k.n], 0, allowed, "", spelt{}, all)
			if len(all) < 2 && allowed != StrictRules {
				t.Errorf("%q: only %d spellings", name, len(all))
			}
			for s, want := range all {
				c := mustCard(t, strings.ReplaceAll(s, "^", "\u0304"))
				got, uses, ok := match(&c, &k, allowed)
				if !ok || uses != want.uses || got&^allowed != 0 {
					t.Errorf("match(%q, %q) = %b, %d uses, %v; want %d uses (e.g. %b)", s, name, got, uses, ok, want.uses, want.mask)
				}
			}
			// Dropping or changing a letter of a spelling matches only if
			// the result is itself a spelling.
			for s := range all {
				for _, cut := range []int{1, len(s) / 2} {
					if cut >= len(s) || s[cut] == ' ' || s[cut] == '^' || s[cut-1] == ' ' {
						continue
					}
					mutated := s[:cut] + "X" + s[cut+1:]
					c := mustCard(t, strings.ReplaceAll(mutated, "^", "\u0304"))
					_, ok := Match(&c, &k, allowed)
					_, want := all[mutated]
					if ok != want {
						t.Errorf("Match(%q, %q) = %v, want %v", mutated, name, ok, want)
					}
				}
			}
		}
	}
}

func TestMatchOrderAndSplit(t *testing.T) {
	tests := []struct {
		card, kana string
		ok         bool
		mask       Mask
	}{
		{"YAMADA TARO", "ヤマダ タロウ", true, 0},
		{"TARO YAMADA", "ヤマダ タロウ", true, bit(OrderSwapped)},
		{"YAMADA TARO", "ヤマダタロウ", true, 0},
		{"TARO YAMADA", "ヤマダタロウ", true, bit(OrderSwapped)},
		{"SATO UTA", "サトウウタ", true, 0},
		{"YAMADATARO", "ヤマダタロウ", true, 0},
		{"YAMADATARO", "ヤマダ タロウ", false, 0},
		{"JON RONARUDO SUMISU", "スミス ジョン ロナルド", true, bit(OrderSwapped)},
		{"KYO KO", "キョウコ", true, 0},
		{"KI YOKO", "キョウコ", false, 0},
	}
	for _, tt := range tests {
		c, k := mustCard(t, tt.card), mustKana(t, tt.kana)
		mask, ok := Match(&c, &k, ^Mask(0))
		if ok != tt.ok || mask != tt.mask {
			t.Errorf("Match(%q, %q) = %b, %v, want %b, %v", tt.card, tt.kana, mask, ok, tt.mask, tt.ok)
		}
	}
}

func TestLongNameUsesHeapMemo(t *testing.T) {
	// A long name against a card cut by the track still matches.
	kana := strings.Repeat("カ", 40) + " " + strings.Repeat("キ", 20)
	k := mustKana(t, kana)
	card := strings.Repeat("KA", 13)
	c := mustCard(t, card)
	if _, ok := Match(&c, &k, ^Mask(0)); !ok {
		t.Errorf("Match(%q, %q) = false, want a track cut", card, kana)
	}
	if _, ok := Match(&c, &k, StrictRules&^bit(Truncated)); ok {
		t.Errorf("Match(%q, %q) without Truncated = true", card, kana)
	}
	if got := slices.Index([]int{c.Len()}, TrackLen); got != 0 {
		t.Errorf("card length %d, want %d", c.Len(), TrackLen)
	}
}

// TestLatticeFits: no position of any name has more spellings than an
// edges value holds (maxEdges), nor a spelling longer than the pricing
// loops hold (maxSpelling); either would drop some silently. A
// position's spellings depend on its kana, the two after it (ッ before a
// yōon), whether it is lengthened and the vowel before it.
func TestLatticeFits(t *testing.T) {
	var kana, third []rune
	for r := rune(0x30A1); r <= 0x30FC; r++ {
		if monoOf(r) != nil || r == 'ッ' || r == 'ン' || r == longMark {
			kana = append(kana, r)
			if isSmall(r) {
				third = append(third, r)
			}
		}
	}
	third = append(third, 'カ')
	most := 0
	var es edges
	for _, a := range kana {
		for _, b := range kana {
			for _, c := range third {
				k := []rune{'カ', a, b, c}
				for _, long := range []bool{false, true} {
					for _, pv := range []byte{0, 'A', 'I', 'U', 'E', 'O'} {
						latticeAt(k, 1, long, pv, &es)
						most = max(most, es.n)
						for _, e := range es.e[:es.n] {
							if e.len() > maxSpelling {
								t.Fatalf("%q: spelling %c%s longer than maxSpelling", string(k), e.pre, e.s)
							}
						}
					}
				}
			}
		}
	}
	if most >= maxEdges || most > maxSpellings {
		t.Errorf("a position has %d spellings; maxEdges = %d leaves no room, maxSpellings = %d", most, maxEdges, maxSpellings)
	}
	t.Logf("at most %d spellings at a position", most)
}
