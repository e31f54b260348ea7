package romaji

// spell is one spelling of a kana and the rule that licenses it; the first
// spelling of an entry is passport Hepburn (rule Canonical).
type spell struct {
	s string
	r Rule
}

// mono spells each katakana on its own, indexed by rune - kataFirst. ン, ッ
// and ー depend on their neighbours and are handled in edges. Sources:
// the passport Hepburn table of Japan's passport offices (C3, SPEC "Public
// facts"), Kunrei-shiki (Cabinet notice 1954), Nihon-shiki, keyboard habits.
var mono = [kataLast - kataFirst + 1][3]spell{
	'ァ' - kataFirst: {{"A", 0}},
	'ア' - kataFirst: {{"A", 0}},
	'ィ' - kataFirst: {{"I", 0}},
	'イ' - kataFirst: {{"I", 0}},
	'ゥ' - kataFirst: {{"U", 0}},
	'ウ' - kataFirst: {{"U", 0}},
	'ェ' - kataFirst: {{"E", 0}},
	'エ' - kataFirst: {{"E", 0}},
	'ォ' - kataFirst: {{"O", 0}},
	'オ' - kataFirst: {{"O", 0}},
	'カ' - kataFirst: {{"KA", 0}},
	'ガ' - kataFirst: {{"GA", 0}},
	'キ' - kataFirst: {{"KI", 0}},
	'ギ' - kataFirst: {{"GI", 0}},
	'ク' - kataFirst: {{"KU", 0}},
	'グ' - kataFirst: {{"GU", 0}},
	'ケ' - kataFirst: {{"KE", 0}},
	'ゲ' - kataFirst: {{"GE", 0}},
	'コ' - kataFirst: {{"KO", 0}},
	'ゴ' - kataFirst: {{"GO", 0}},
	'サ' - kataFirst: {{"SA", 0}},
	'ザ' - kataFirst: {{"ZA", 0}},
	'シ' - kataFirst: {{"SHI", 0}, {"SI", KunreiSI}},
	'ジ' - kataFirst: {{"JI", 0}, {"ZI", KunreiZI}},
	'ス' - kataFirst: {{"SU", 0}},
	'ズ' - kataFirst: {{"ZU", 0}},
	'セ' - kataFirst: {{"SE", 0}},
	'ゼ' - kataFirst: {{"ZE", 0}},
	'ソ' - kataFirst: {{"SO", 0}},
	'ゾ' - kataFirst: {{"ZO", 0}},
	'タ' - kataFirst: {{"TA", 0}},
	'ダ' - kataFirst: {{"DA", 0}},
	'チ' - kataFirst: {{"CHI", 0}, {"TI", KunreiTI}},
	'ヂ' - kataFirst: {{"JI", 0}, {"ZI", KunreiZI}, {"DI", NihonDI}},
	'ツ' - kataFirst: {{"TSU", 0}, {"TU", KunreiTU}},
	'ヅ' - kataFirst: {{"ZU", 0}, {"DU", NihonDU}},
	'テ' - kataFirst: {{"TE", 0}},
	'デ' - kataFirst: {{"DE", 0}},
	'ト' - kataFirst: {{"TO", 0}},
	'ド' - kataFirst: {{"DO", 0}},
	'ナ' - kataFirst: {{"NA", 0}},
	'ニ' - kataFirst: {{"NI", 0}},
	'ヌ' - kataFirst: {{"NU", 0}},
	'ネ' - kataFirst: {{"NE", 0}},
	'ノ' - kataFirst: {{"NO", 0}},
	'ハ' - kataFirst: {{"HA", 0}},
	'バ' - kataFirst: {{"BA", 0}},
	'パ' - kataFirst: {{"PA", 0}},
	'ヒ' - kataFirst: {{"HI", 0}},
	'ビ' - kataFirst: {{"BI", 0}},
	'ピ' - kataFirst: {{"PI", 0}},
	'フ' - kataFirst: {{"FU", 0}, {"HU", KunreiHU}},
	'ブ' - kataFirst: {{"BU", 0}},
	'プ' - kataFirst: {{"PU", 0}},
	'ヘ' - kataFirst: {{"HE", 0}},
	'ベ' - kataFirst: {{"BE", 0}},
	'ペ' - kataFirst: {{"PE", 0}},
	'ホ' - kataFirst: {{"HO", 0}},
	'ボ' - kataFirst: {{"BO", 0}},
	'ポ' - kataFirst: {{"PO", 0}},
	'マ' - kataFirst: {{"MA", 0}},
	'ミ' - kataFirst: {{"MI", 0}},
	'ム' - kataFirst: {{"MU", 0}},
	'メ' - kataFirst: {{"ME", 0}},
	'モ' - kataFirst: {{"MO", 0}},
	'ャ' - kataFirst: {{"YA", 0}},
	'ヤ' - kataFirst: {{"YA", 0}},
	'ュ' - kataFirst: {{"YU", 0}},
	'ユ' - kataFirst: {{"YU", 0}},
	'ョ' - kataFirst: {{"YO", 0}},
	'ヨ' - kataFirst: {{"YO", 0}},
	'ラ' - kataFirst: {{"RA", 0}},
	'リ' - kataFirst: {{"RI", 0}},
	'ル' - kataFirst: {{"RU", 0}},
	'レ' - kataFirst: {{"RE", 0}},
	'ロ' - kataFirst: {{"RO", 0}},
	'ヮ' - kataFirst: {{"WA", 0}},
	'ワ' - kataFirst: {{"WA", 0}},
	'ヰ' - kataFirst: {{"I", 0}, {"WI", NihonWIWE}},
	'ヱ' - kataFirst: {{"E", 0}, {"WE", NihonWIWE}},
	'ヲ' - kataFirst: {{"O", 0}, {"WO", NihonWO}},
	'ヴ' - kataFirst: {{"BU", 0}, {"VU", VSound}},
	'ヷ' - kataFirst: {{"BA", 0}, {"VA", VSound}},
	'ヸ' - kataFirst: {{"BI", 0}, {"VI", VSound}},
	'ヹ' - kataFirst: {{"BE", 0}, {"VE", VSound}},
	'ヺ' - kataFirst: {{"BO", 0}, {"VO", VSound}},
}

// pair spells a kana followed by a small kana as one syllable. When only is
// set (the yōon キャ シュ ジョ …) the two kana are never spelt one by one;
// otherwise (foreign sounds ティ ファ ヴァ) passport Hepburn spells them one
// by one (TEI, FUA, BUA) and the fused forms are variants.
type pair struct {
	k    [2]rune
	only bool
	sp   [3]spell
}

// pairs is sorted by k for binary search (TestTablesSorted).
var pairs = [...]pair{
	{[2]rune{'イ', 'ェ'}, false, [3]spell{{"YE", ForeignSound}}},
	{[2]rune{'ウ', 'ィ'}, false, [3]spell{{"WI", ForeignSound}}},
	{[2]rune{'ウ', 'ェ'}, false, [3]spell{{"WE", ForeignSound}}},
	{[2]rune{'ウ', 'ォ'}, false, [3]spell{{"WO", ForeignSound}}},
	{[2]rune{'キ', 'ャ'}, true, [3]spell{{"KYA", 0}}},
	{[2]rune{'キ', 'ュ'}, true, [3]spell{{"KYU", 0}}},
	{[2]rune{'キ', 'ョ'}, true, [3]spell{{"KYO", 0}}},
	{[2]rune{'ギ', 'ャ'}, true, [3]spell{{"GYA", 0}}},
	{[2]rune{'ギ', 'ュ'}, true, [3]spell{{"GYU", 0}}},
	{[2]rune{'ギ', 'ョ'}, true, [3]spell{{"GYO", 0}}},
	{[2]rune{'ク', 'ァ'}, false, [3]spell{{"KWA", ForeignSound}}},
	{[2]rune{'グ', 'ァ'}, false, [3]spell{{"GWA", ForeignSound}}},
	{[2]rune{'シ', 'ェ'}, false, [3]spell{{"SHE", ForeignSound}}},
	{[2]rune{'シ', 'ャ'}, true, [3]spell{{"SHA", 0}, {"SYA", KunreiSY}}},
	{[2]rune{'シ', 'ュ'}, true, [3]spell{{"SHU", 0}, {"SYU", KunreiSY}}},
	{[2]rune{'シ', 'ョ'}, true, [3]spell{{"SHO", 0}, {"SYO", KunreiSY}}},
	{[2]rune{'ジ', 'ェ'}, false, [3]spell{{"JE", ForeignSound}}},
	{[2]rune{'ジ', 'ャ'}, true, [3]spell{{"JA", 0}, {"ZYA", KunreiZY}, {"JYA", WapuroJY}}},
	{[2]rune{'ジ', 'ュ'}, true, [3]spell{{"JU", 0}, {"ZYU", KunreiZY}, {"JYU", WapuroJY}}},
	{[2]rune{'ジ', 'ョ'}, true, [3]spell{{"JO", 0}, {"ZYO", KunreiZY}, {"JYO", WapuroJY}}},
	{[2]rune{'チ', 'ェ'}, false, [3]spell{{"CHE", ForeignSound}}},
	{[2]rune{'チ', 'ャ'}, true, [3]spell{{"CHA", 0}, {"TYA", KunreiTY}, {"CYA", WapuroCY}}},
	{[2]rune{'チ', 'ュ'}, true, [3]spell{{"CHU", 0}, {"TYU", KunreiTY}, {"CYU", WapuroCY}}},
	{[2]rune{'チ', 'ョ'}, true, [3]spell{{"CHO", 0}, {"TYO", KunreiTY}, {"CYO", WapuroCY}}},
	{[2]rune{'ヂ', 'ャ'}, true, [3]spell{{"JA", 0}, {"ZYA", KunreiZY}, {"DYA", NihonDY}}},
	{[2]rune{'ヂ', 'ュ'}, true, [3]spell{{"JU", 0}, {"ZYU", KunreiZY}, {"DYU", NihonDY}}},
	{[2]rune{'ヂ', 'ョ'}, true, [3]spell{{"JO", 0}, {"ZYO", KunreiZY}, {"DYO", NihonDY}}},
	{[2]rune{'ツ', 'ァ'}, false, [3]spell{{"TSA", ForeignSound}}},
	{[2]rune{'ツ', 'ィ'}, false, [3]spell{{"TSI", ForeignSound}}},
	{[2]rune{'ツ', 'ェ'}, false, [3]spell{{"TSE", ForeignSound}}},
	{[2]rune{'ツ', 'ォ'}, false, [3]spell{{"TSO", ForeignSound}}},
	{[2]rune{'テ', 'ィ'}, false, [3]spell{{"TI", ForeignSound}}},
	{[2]rune{'テ', 'ュ'}, false, [3]spell{{"TYU", ForeignSound}}},
	{[2]rune{'デ', 'ィ'}, false, [3]spell{{"DI", ForeignSound}}},
	{[2]rune{'デ', 'ュ'}, false, [3]spell{{"DYU", ForeignSound}}},
	{[2]rune{'ト', 'ゥ'}, false, [3]spell{{"TU", ForeignSound}}},
	{[2]rune{'ド', 'ゥ'}, false, [3]spell{{"DU", ForeignSound}}},
	{[2]rune{'ニ', 'ャ'}, true, [3]spell{{"NYA", 0}}},
	{[2]rune{'ニ', 'ュ'}, true, [3]spell{{"NYU", 0}}},
	{[2]rune{'ニ', 'ョ'}, true, [3]spell{{"NYO", 0}}},
	{[2]rune{'ヒ', 'ャ'}, true, [3]spell{{"HYA", 0}}},
	{[2]rune{'ヒ', 'ュ'}, true, [3]spell{{"HYU", 0}}},
	{[2]rune{'ヒ', 'ョ'}, true, [3]spell{{"HYO", 0}}},
	{[2]rune{'ビ', 'ャ'}, true, [3]spell{{"BYA", 0}}},
	{[2]rune{'ビ', 'ュ'}, true, [3]spell{{"BYU", 0}}},
	{[2]rune{'ビ', 'ョ'}, true, [3]spell{{"BYO", 0}}},
	{[2]rune{'ピ', 'ャ'}, true, [3]spell{{"PYA", 0}}},
	{[2]rune{'ピ', 'ュ'}, true, [3]spell{{"PYU", 0}}},
	{[2]rune{'ピ', 'ョ'}, true, [3]spell{{"PYO", 0}}},
	{[2]rune{'フ', 'ァ'}, false, [3]spell{{"FA", ForeignSound}}},
	{[2]rune{'フ', 'ィ'}, false, [3]spell{{"FI", ForeignSound}}},
	{[2]rune{'フ', 'ェ'}, false, [3]spell{{"FE", ForeignSound}}},
	{[2]rune{'フ', 'ォ'}, false, [3]spell{{"FO", ForeignSound}}},
	{[2]rune{'フ', 'ュ'}, false, [3]spell{{"FYU", ForeignSound}}},
	{[2]rune{'ミ', 'ャ'}, true, [3]spell{{"MYA", 0}}},
	{[2]rune{'ミ', 'ュ'}, true, [3]spell{{"MYU", 0}}},
	{[2]rune{'ミ', 'ョ'}, true, [3]spell{{"MYO", 0}}},
	{[2]rune{'リ', 'ャ'}, true, [3]spell{{"RYA", 0}}},
	{[2]rune{'リ', 'ュ'}, true, [3]spell{{"RYU", 0}}},
	{[2]rune{'リ', 'ョ'}, true, [3]spell{{"RYO", 0}}},
	// The passport table gives ヴァ as BUA or BA: both are canonical.
	{[2]rune{'ヴ', 'ァ'}, false, [3]spell{{"BA", 0}, {"VA", VSound}}},
	{[2]rune{'ヴ', 'ィ'}, false, [3]spell{{"BI", 0}, {"VI", VSound}}},
	{[2]rune{'ヴ', 'ェ'}, false, [3]spell{{"BE", 0}, {"VE", VSound}}},
	{[2]rune{'ヴ', 'ォ'}, false, [3]spell{{"BO", 0}, {"VO", VSound}}},
}

// comparePair orders the keys of pairs: by the kana, then the small kana.
func comparePair(a, b [2]rune) int {
	if a[0] != b[0] {
		return int(a[0] - b[0])
	}
	return int(a[1] - b[1])
}

// lookupPair returns the entry for a kana followed by a small kana. It
// runs at every yōon of every match: a binary search on the keys, written
// out, with no copy of an entry.
func lookupPair(a, b rune) (*pair, bool) {
	lo, hi := 0, len(pairs)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if k := &pairs[h].k; k[0] < a || k[0] == a && k[1] < b {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(pairs) && pairs[lo].k == [2]rune{a, b} {
		return &pairs[lo], true
	}
	return nil, false
}

// monoOf returns the spellings of katakana r, or nil.
func monoOf(r rune) *[3]spell {
	if r < kataFirst || r > kataLast {
		return nil
	}
	m := &mono[r-kataFirst]
	if m[0].s == "" {
		return nil
	}
	return m
}

// vowelAfter returns the vowel letter a part's spelling ends in after kana
// r ('A' … 'O'), given before, the vowel it ended in before r: ー keeps
// the vowel before it, ン and ッ end in none (0), and so does a space.
func vowelAfter(r rune, before byte) byte {
	switch r {
	case longMark:
		return before
	case 'ン', 'ッ', ' ':
		return 0
	}
	m := monoOf(r)
	if m == nil {
		return 0
	}
	s := m[0].s
	return s[len(s)-1]
}
