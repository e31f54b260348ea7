package romaji

// Rule names one variant spelling rule a match used (C3). The zero value
// [Canonical] means passport Hepburn, which needs no rule. The numbering is
// shared with eligibility.NameRule, which converts by value, so new rules are
// appended before numRules and never reordered.
type Rule uint8

// The rules, in the stable order in which a match reports them.
const (
	// Canonical is passport Hepburn: no variant rule.
	Canonical Rule = iota
	// OHLongVowel: a long O written OH (OHNO, KATOH), which passport offices
	// allow on request (a non-Hepburn long-vowel spelling).
	OHLongVowel
	// WordBoundary: an ウ after a plain consonant-vowel kana, inside a
	// part, spelt the less common way. Such an ウ starts the next kanji's
	// reading (松浦 MATSUURA, 小団輪 KOUCHIWA), which passport offices write,
	// or lengthens the vowel (幸太 KOTA, 風花 FUKA), which they do not; kana
	// alone cannot tell. Measured on JMnedict's person names (eligibility's
	// testdata/jmnedict_sample.txt), after a syllable in O it lengthens the
	// vowel 3888 times in 4096, after one in U it starts the next reading
	// 151 times in 268: AppendHepburn writes KOTA and MATSUURA, and KOUTA
	// or MATSURA use this rule. StrictRules holds it (eligibility.Strict
	// says why).
	WordBoundary
	// OULongVowel: おう written OU as the kana are (SATOU): a long-vowel
	// spelling passport offices allow on request, the December 2025 cabinet
	// notice's doubled form (long vowels doubled as the kana are written),
	// and a keyboard habit.
	OULongVowel
	// OOLongVowel: おお written OO as the kana are (OONO): a long-vowel
	// spelling passport offices allow on request and the December 2025
	// cabinet notice's doubled form.
	OOLongVowel
	// UULongVowel: うう written UU as the kana are (YUUKO): the December
	// 2025 cabinet notice's doubled form and a keyboard habit.
	UULongVowel
	// DoubledVowel: a long vowel written as its vowel twice where the kana
	// do not write it so: ー as the vowel again (NOOTO for ノート, the
	// December 2025 cabinet notice's doubled form for ー), or おう as OO
	// (SATOO for サトウ, a habit, not the notice's: it doubles as the kana
	// are written, SATOU).
	DoubledVowel
	// Macron: a long vowel written with a macron (SATŌ, the December 2025
	// cabinet notice's other form, and modified Hepburn's) or a
	// circumflex (YÛKO, Kunrei's).
	Macron
	// NBeforeBMP: ん written N before B, M or P (NANBA, HONMA), the 2025
	// cabinet notice and Kunrei form; passport Hepburn writes M.
	NBeforeBMP
	// CCH: っち written CCH (HOCCHI), the 2025 cabinet notice form; passport
	// Hepburn writes TCH.
	CCH
	// KunreiSI: し written SI.
	KunreiSI
	// KunreiTI: ち written TI.
	KunreiTI
	// KunreiTU: つ written TU.
	KunreiTU
	// KunreiHU: ふ written HU.
	KunreiHU
	// KunreiZI: じ or ぢ written ZI.
	KunreiZI
	// KunreiSY: しゃ しゅ しょ written SYA SYU SYO.
	KunreiSY
	// KunreiTY: ちゃ ちゅ ちょ written TYA TYU TYO.
	KunreiTY
	// KunreiZY: じゃ じゅ じょ written ZYA ZYU ZYO.
	KunreiZY
	// NihonDI: ぢ written DI.
	NihonDI
	// NihonDU: づ written DU.
	NihonDU
	// NihonDY: ぢゃ ぢゅ ぢょ written DYA DYU DYO.
	NihonDY
	// NihonWO: を written WO.
	NihonWO
	// NihonWIWE: ゐ ゑ written WI WE.
	NihonWIWE
	// WapuroNN: ん typed NN (SHINNYA, NANNBA).
	WapuroNN
	// NApostrophe: ん written N' (SHIN'YA).
	NApostrophe
	// WapuroJY: じゃ じゅ じょ typed JYA JYU JYO.
	WapuroJY
	// WapuroCY: ちゃ ちゅ ちょ typed CYA CYU CYO.
	WapuroCY
	// VSound: ヴ written with V (VA, VI, VU, VE, VO); passport Hepburn
	// writes B (BUA or BA).
	VSound
	// ForeignSound: a foreign-sound kana pair written as one syllable (ティ
	// TI, ファ FA, ジェ JE); passport Hepburn spells it kana by kana (TEI, FUA,
	// JIE).
	ForeignSound
	// OrderSwapped: the given name first (TARO YAMADA).
	OrderSwapped
	// Truncated: the card name is cut at the card track's length.
	Truncated
	// UBeforeE: an ウ before エ after an O or U spelt the way [AppendHepburn]
	// does not write it. The two are a long vowel when they are one
	// reading (唱栄 ショウエイ SHOEI, 香江 コウエ KOE, 優栄 ユウエイ YUEI) and
	// not when the ウ starts the next kanji (井上 イノウエ INOUE); kana
	// alone cannot tell. Measured on JMnedict (eligibility's
	// testdata/jmnedict_sample.txt), a name-final ウエ is across kanji 85
	// times in 115 and ウエ before more kana one reading 250 times in 251,
	// so the ウ is written at the end of a part (INOUE; KOE is this rule)
	// and left out before more (SHOEI; SHOUEI is this rule). StrictRules
	// holds it.
	UBeforeE

	numRules
)

// NumRules is the number of rules including [Canonical].
const NumRules = int(numRules)

// Mask is a set of rules, bit r for [Rule] r.
type Mask uint32

// Has reports whether m holds r.
func (m Mask) Has(r Rule) bool { return m&(1<<r) != 0 }

// bit returns the mask holding only r; Canonical is the empty mask.
func bit(r Rule) Mask {
	if r == Canonical {
		return 0
	}
	return 1 << r
}

// StrictRules are the rules the Strict profile accepts: the long-vowel
// spellings passport offices allow on request (OH, OO for おお, OU for
// おう), the readings of an ウ that kana alone cannot place (a vowel at a
// word boundary, an ウ before エ), and the layout rules (order, track cut)
// that do not change the spelling.
const StrictRules = Mask(1<<OHLongVowel | 1<<OOLongVowel | 1<<OULongVowel | 1<<WordBoundary |
	1<<UBeforeE | 1<<OrderSwapped | 1<<Truncated)

var ruleCodes = [numRules]string{
	Canonical:    "passport-hepburn",
	OHLongVowel:  "oh-long-vowel",
	WordBoundary: "word-boundary",
	OULongVowel:  "ou-long-vowel",
	OOLongVowel:  "oo-long-vowel",
	UULongVowel:  "uu-long-vowel",
	DoubledVowel: "doubled-vowel",
	Macron:       "macron",
	NBeforeBMP:   "n-before-bmp",
	CCH:          "cch",
	KunreiSI:     "kunrei-si",
	KunreiTI:     "kunrei-ti",
	KunreiTU:     "kunrei-tu",
	KunreiHU:     "kunrei-hu",
	KunreiZI:     "kunrei-zi",
	KunreiSY:     "kunrei-sy",
	KunreiTY:     "kunrei-ty",
	KunreiZY:     "kunrei-zy",
	NihonDI:      "nihon-di",
	NihonDU:      "nihon-du",
	NihonDY:      "nihon-dy",
	NihonWO:      "nihon-wo",
	NihonWIWE:    "nihon-wi-we",
	WapuroNN:     "wapuro-nn",
	NApostrophe:  "n-apostrophe",
	WapuroJY:     "wapuro-jy",
	WapuroCY:     "wapuro-cy",
	VSound:       "v-sound",
	ForeignSound: "foreign-sound",
	OrderSwapped: "order-swapped",
	Truncated:    "truncated",
	UBeforeE:     "u-before-e",
}

// Code returns the rule's stable machine code, e.g. "oh-long-vowel".
func (r Rule) Code() string {
	if r >= numRules {
		return "unknown"
	}
	return ruleCodes[r]
}

// String returns [Rule.Code].
func (r Rule) String() string { return r.Code() }
