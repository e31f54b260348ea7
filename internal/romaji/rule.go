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
	// allow on request.
	OHLongVowel
	// WordBoundary: an ウ written out after a plain consonant-vowel kana,
	// inside a part (MATSUURA 松浦, KOUCHIWA, KOUTA). Passport offices write
	// it where the kanji put a word boundary there and leave it out for a
	// long vowel (幸太 KOTA); kana alone cannot tell which, so this one rule
	// covers both readings. StrictRules holds it (eligibility.Strict says
	// why).
	WordBoundary
	// OULongVowel: a long O written OU (SATOU, KOUTA), modified Hepburn and
	// keyboard habit.
	OULongVowel
	// OOLongVowel: おお written OO (OONO).
	OOLongVowel
	// UULongVowel: うう written UU (YUUKO).
	UULongVowel
	// DoubledVowel: a long vowel written as a doubled letter (SATOO, and ー
	// as the vowel again), one of the 2025 cabinet notice's forms.
	DoubledVowel
	// Macron: a long vowel written with a macron or circumflex (SATŌ, YÛKO).
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

// StrictRules are the rules the Strict profile accepts: the passport's own
// options (OH, a vowel at a word boundary) and the layout rules (order,
// track cut) that do not change the spelling.
const StrictRules = Mask(1<<OHLongVowel | 1<<WordBoundary | 1<<OrderSwapped | 1<<Truncated)

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
