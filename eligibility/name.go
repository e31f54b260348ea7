package eligibility

import (
	"strconv"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/msg"
	"github.com/kessai-jp/kessai/internal/pan"
	"github.com/kessai-jp/kessai/internal/romaji"
)

// Bounds on the names handed to [MatchName] and [CardName] (C3). They are
// checked in constant time on the byte length (four bytes a rune) before
// any work, then exactly on the rune count.
const (
	// nameMaxCardRunes bounds a card name, in characters as typed.
	nameMaxCardRunes = romaji.MaxCardRunes
	// nameMaxKanaRunes bounds a holder's kana name, in characters as typed.
	nameMaxKanaRunes = romaji.MaxKanaRunes
	// nameTrackLen is the longest name a card's magnetic track 1 holds
	// (docs/RULES.md, C3); issuers cut longer names there, so a card name of this
	// length may be the start of the holder's full name ([Truncated]).
	nameTrackLen = romaji.TrackLen
)

// nameProblem returns the error for a name s the matcher cannot read: the
// field (the card's name or the holder's kana) and the category of the
// fault, with its position; a card number in it is [ErrCardNumber], as
// [Policy.Check] says, with no position.
func nameProblem(fn, field, s string, p romaji.Problem) *Error {
	e := &Error{Func: fn, Field: field}
	switch p.Fault {
	case romaji.Empty:
		e.Err = ErrEmpty
	case romaji.TooLong:
		e.Err = ErrTooLong
	default:
		e.Err, e.Pos = ErrText, p.Pos+1
		if p.Fault == romaji.NotRomaji || p.Fault == romaji.NotKana {
			e.Err = ErrSyntax
		}
		// A card number where a name belongs, in the order Check judges a
		// name: an invisible character first, then a card number.
		if !bound.HasInvisible(s) && bound.HasDigit(s) && pan.Contains(s) {
			e.Err, e.Pos = ErrCardNumber, 0
		}
	}
	return e
}

// MatchKind is the outcome of comparing a card name with the holder's kana
// (C3).
type MatchKind uint8

const (
	// Mismatch: the card does not name the holder (the zero value).
	Mismatch MatchKind = iota
	// Exact: the card is the holder's passport-Hepburn name, family name
	// first, as [CardName] writes it (with M before B/M/P, TCH, long O and U
	// not written, a name-final オ kept, an ウ that kana cannot place as
	// most names have it: KOTA, MATSUURA, INOUE, SHOEI).
	Exact
	// Variant: the card spells the name, family name first, through one or
	// more variant rules listed in [NameMatch.Rules].
	Variant
	// Reordered: the card puts the given name first (TARO YAMADA); Rules
	// holds the rule "order-swapped" and any spelling rules.
	Reordered
	// Truncated: the card name is the start of the holder's name cut by the
	// card track: 26 characters cut anywhere, or one less when the
	// cut fell on the space between the names. Rules holds the rule "truncated"
	// and any other rules.
	Truncated

	numMatchKinds
)

var matchKindInfo = [numMatchKinds]struct{ token, ja, en string }{
	Mismatch:  {"mismatch", "不一致", "mismatch"},
	Exact:     {"exact", "完全一致", "exact"},
	Variant:   {"variant", "表記ゆれ", "spelling variant"},
	Reordered: {"reordered", "名が先", "given name first"},
	Truncated: {"truncated", "途中で切れた名義", "cut short by the card"},
}

// IsValid reports whether k is one of the declared kinds.
func (k MatchKind) IsValid() bool { return k < numMatchKinds }

// String returns the kind's stable token, e.g. "exact", "reordered", or
// "MatchKind(N)" for an invalid value.
func (k MatchKind) String() string {
	if !k.IsValid() {
		return "MatchKind(" + strconv.Itoa(int(k)) + ")"
	}
	return matchKindInfo[k].token
}

// Label returns the kind in Japanese for a Japanese tag and in English
// otherwise ("表記ゆれ", "spelling variant"); "" for an invalid value.
func (k MatchKind) Label(t language.Tag) string {
	if !k.IsValid() {
		return ""
	}
	return msg.Text{JA: matchKindInfo[k].ja, EN: matchKindInfo[k].en}.In(t)
}

// MarshalText returns the token of String; it fails for an invalid value.
func (k MatchKind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, &Error{Func: "MatchKind.MarshalText", Field: "matchKind", Err: ErrUnknown}
	}
	return []byte(matchKindInfo[k].token), nil
}

// UnmarshalText reads a kind's token ("exact", "variant", …, any case) or its
// Japanese label ("完全一致"). The error wraps [ErrUnknown], or [ErrTooLong]
// beyond 64 bytes.
func (k *MatchKind) UnmarshalText(b []byte) error {
	v, err := parseMatchKind(bound.Prefix(b, maxNameLen+1))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// parseMatchKind is the reading [MatchKind.UnmarshalText] documents.
func parseMatchKind(s string) (MatchKind, error) {
	i, err := parseName("MatchKind.UnmarshalText", "matchKind", s, int(numMatchKinds), func(i int) (string, string) {
		return matchKindInfo[i].token, matchKindInfo[i].ja
	})
	return MatchKind(i), err
}

// parseName finds the value of an enumeration of n values whose token or
// Japanese label s names, folded (case, width, separators: see fold); fn
// and field name the caller for the error.
func parseName(fn, field, s string, n int, names func(int) (token, ja string)) (int, error) {
	if len(s) > maxNameLen {
		return 0, &Error{Func: fn, Field: field, Err: ErrTooLong}
	}
	if k := fold(s); k != "" {
		for i := range n {
			if token, ja := names(i); k == fold(token) || k == fold(ja) {
				return i, nil
			}
		}
	}
	return 0, &Error{Func: fn, Field: field, Err: ErrUnknown}
}

// NameRule is one variant rule a match used (C3), so that a support tool can
// explain the decision. Passport Hepburn itself needs no rule.
type NameRule uint8

// The rules, in the order [NameMatch.Rules] lists them. Their values are
// stable.
const (
	_ NameRule = NameRule(romaji.Canonical)
	// nameOHLongVowel: a long O written OH (OHNO, KATOH), a long-vowel
	// spelling passport offices allow on request.
	nameOHLongVowel = NameRule(romaji.OHLongVowel)
	// nameWordBoundary: an ウ after a plain syllable, inside a part, spelt
	// the less common way. Passport Hepburn writes it where it starts the
	// next kanji's reading (松浦 MATSUURA, 小団輪 KOUCHIWA) and leaves it out
	// where it lengthens the vowel (幸太 KOTA, 風花 FUKA); kana alone cannot
	// tell. Measured on JMnedict's person names, after a syllable in O it
	// lengthens the vowel 3888 times in 4096, after one in U it starts the
	// next reading 151 times in 268: [CardName] writes KOTA and MATSUURA,
	// and KOUTA, KOUCHIWA, MATSURA or FUKA use this rule, never [Exact].
	// [Strict] accepts it; see there.
	nameWordBoundary = NameRule(romaji.WordBoundary)
	// nameOULongVowel: おう written OU as the kana are (SATOU): a long-vowel
	// spelling passport offices allow on request, and the December 2025
	// cabinet notice's form (long vowels doubled as the kana are written).
	nameOULongVowel = NameRule(romaji.OULongVowel)
	// nameOOLongVowel: おお written OO as the kana are (OONO): a long-vowel
	// spelling passport offices allow on request, and the December 2025
	// cabinet notice's doubled form.
	nameOOLongVowel = NameRule(romaji.OOLongVowel)
	// nameUULongVowel: うう written UU as the kana are (YUUKO), the December
	// 2025 cabinet notice's doubled form.
	nameUULongVowel = NameRule(romaji.UULongVowel)
	// nameDoubledVowel: a long vowel as its vowel twice where the kana do
	// not write it so: ー as the vowel again (NOOTO), or おう as OO (SATOO),
	// a habit the cabinet notice does not share (it writes SATOU).
	nameDoubledVowel = NameRule(romaji.DoubledVowel)
	// nameMacron: a long vowel with a macron (SATŌ: the December 2025
	// cabinet notice's other form, and modified Hepburn's) or a
	// circumflex (YÛKO).
	nameMacron = NameRule(romaji.Macron)
	// nameNBeforeBMP: ん written N before B, M, P (NANBA, HONMA).
	nameNBeforeBMP = NameRule(romaji.NBeforeBMP)
	// nameCCH: っち written CCH (HOCCHI).
	nameCCH = NameRule(romaji.CCH)
	// nameKunreiSI: し written SI (Kunrei-shiki).
	nameKunreiSI = NameRule(romaji.KunreiSI)
	// nameKunreiTI: ち written TI.
	nameKunreiTI = NameRule(romaji.KunreiTI)
	// nameKunreiTU: つ written TU.
	nameKunreiTU = NameRule(romaji.KunreiTU)
	// nameKunreiHU: ふ written HU.
	nameKunreiHU = NameRule(romaji.KunreiHU)
	// nameKunreiZI: じ or ぢ written ZI.
	nameKunreiZI = NameRule(romaji.KunreiZI)
	// nameKunreiSY: しゃ しゅ しょ written SYA SYU SYO.
	nameKunreiSY = NameRule(romaji.KunreiSY)
	// nameKunreiTY: ちゃ ちゅ ちょ written TYA TYU TYO.
	nameKunreiTY = NameRule(romaji.KunreiTY)
	// nameKunreiZY: じゃ じゅ じょ written ZYA ZYU ZYO.
	nameKunreiZY = NameRule(romaji.KunreiZY)
	// nameNihonDI: ぢ written DI (Nihon-shiki).
	nameNihonDI = NameRule(romaji.NihonDI)
	// nameNihonDU: づ written DU.
	nameNihonDU = NameRule(romaji.NihonDU)
	// nameNihonDY: ぢゃ ぢゅ ぢょ written DYA DYU DYO.
	nameNihonDY = NameRule(romaji.NihonDY)
	// nameNihonWO: を written WO.
	nameNihonWO = NameRule(romaji.NihonWO)
	// nameNihonWIWE: ゐ ゑ written WI WE.
	nameNihonWIWE = NameRule(romaji.NihonWIWE)
	// nameWapuroNN: ん typed NN (SHINNYA).
	nameWapuroNN = NameRule(romaji.WapuroNN)
	// nameNApostrophe: ん written N' (SHIN'YA).
	nameNApostrophe = NameRule(romaji.NApostrophe)
	// nameWapuroJY: じゃ じゅ じょ typed JYA JYU JYO (JYUNKO).
	nameWapuroJY = NameRule(romaji.WapuroJY)
	// nameWapuroCY: ちゃ ちゅ ちょ typed CYA CYU CYO.
	nameWapuroCY = NameRule(romaji.WapuroCY)
	// nameVSound: ヴ written with V; passport Hepburn writes B.
	nameVSound = NameRule(romaji.VSound)
	// nameForeignSound: a foreign-sound kana pair as one syllable (ティ TI,
	// ファ FA); passport Hepburn spells it kana by kana (TEI, FUA).
	nameForeignSound = NameRule(romaji.ForeignSound)
	// nameOrderSwapped: the given name first.
	nameOrderSwapped = NameRule(romaji.OrderSwapped)
	// nameTruncated: the card name is cut at the card track's length.
	nameTruncated = NameRule(romaji.Truncated)
	// nameUBeforeE: an ウ before エ, after an O or U, spelt the less common
	// way. The two are a long vowel when they are one reading (唱栄
	// ショウエイ SHOEI, 香江 コウエ KOE, 優栄 ユウエイ YUEI) and not when the
	// ウ starts the next kanji (井上 イノウエ INOUE); kana alone cannot tell.
	// Measured on JMnedict's person names, a name-final ウエ is across
	// kanji 85 times in 115, and ウエ before more kana is one reading 250
	// times in 251: [CardName] writes INOUE and SHOEI, and KOE for コウエ
	// or SHOUEI for ショウエイ use this rule. [Strict] accepts it.
	nameUBeforeE = NameRule(romaji.UBeforeE)

	numNameRules = NameRule(romaji.NumRules)
)

// nameRuleLabels holds each rule's short name, Japanese then English.
var nameRuleLabels = [numNameRules][2]string{
	nameOHLongVowel:  {"OH の長音", "OH for a long O"},
	nameWordBoundary: {"語の境目のウ", "ウ at a word boundary"},
	nameOULongVowel:  {"OU の長音", "OU for おう"},
	nameOOLongVowel:  {"OO の長音", "OO for おお"},
	nameUULongVowel:  {"UU の長音", "UU for うう"},
	nameDoubledVowel: {"母音の重ね書き", "doubled vowel"},
	nameMacron:       {"マクロン", "macron"},
	nameNBeforeBMP:   {"B・M・P の前の N", "N before B, M, P"},
	nameCCH:          {"っち の CCH", "CCH for っち"},
	nameKunreiSI:     {"訓令式 SI", "Kunrei-shiki SI"},
	nameKunreiTI:     {"訓令式 TI", "Kunrei-shiki TI"},
	nameKunreiTU:     {"訓令式 TU", "Kunrei-shiki TU"},
	nameKunreiHU:     {"訓令式 HU", "Kunrei-shiki HU"},
	nameKunreiZI:     {"訓令式 ZI", "Kunrei-shiki ZI"},
	nameKunreiSY:     {"訓令式 SY", "Kunrei-shiki SY"},
	nameKunreiTY:     {"訓令式 TY", "Kunrei-shiki TY"},
	nameKunreiZY:     {"訓令式 ZY", "Kunrei-shiki ZY"},
	nameNihonDI:      {"日本式 DI", "Nihon-shiki DI"},
	nameNihonDU:      {"日本式 DU", "Nihon-shiki DU"},
	nameNihonDY:      {"日本式 DY", "Nihon-shiki DY"},
	nameNihonWO:      {"日本式 WO", "Nihon-shiki WO"},
	nameNihonWIWE:    {"日本式 WI・WE", "Nihon-shiki WI, WE"},
	nameWapuroNN:     {"ん の NN", "NN for ん"},
	nameNApostrophe:  {"ん の N'", "N' for ん"},
	nameWapuroJY:     {"JY の拗音", "JY for じゃ じゅ じょ"},
	nameWapuroCY:     {"CY の拗音", "CY for ちゃ ちゅ ちょ"},
	nameVSound:       {"ヴ の V", "V for ヴ"},
	nameForeignSound: {"外来音の 1 音節表記", "foreign sound as one syllable"},
	nameOrderSwapped: {"名が先", "given name first"},
	nameTruncated:    {"磁気ストライプで切れた名義", "cut at the card track's length"},
	nameUBeforeE:     {"エの前のウ", "ウ before エ"},
}

// nameRuleText holds each rule's explanation, Japanese then English.
var nameRuleText = [numNameRules][2]string{
	nameOHLongVowel:  {"オ段の長音をOHと表記(パスポートで申し出により選べる非ヘボン式の長音表記、例: OHNO)", "long O written OH (a non-Hepburn long-vowel spelling passport offices allow on request, e.g. OHNO)"},
	nameWordBoundary: {"音節の後の「ウ」を少ない方の読みで表記(例: KOUTA、KOUCHIWA、MATSURA。次の漢字の読みの始まりならパスポートも表記するが、長音なら表記しない。カナだけでは区別できない)", "ウ after a syllable spelt the less common way (e.g. KOUTA, KOUCHIWA, MATSURA; passports write it where it starts the next kanji's reading but not for a long vowel, which kana alone cannot tell apart)"},
	nameOULongVowel:  {"長音「おう」をかなのとおりOUと表記(例: SATOU。パスポートで申し出により選べる長音表記、2025年内閣告示の母音字を重ねる形)", "long vowel おう written OU as the kana are (e.g. SATOU; a spelling passport offices allow on request, and the 2025 cabinet notice's doubled form)"},
	nameOOLongVowel:  {"長音「おお」をかなのとおりOOと表記(例: OONO。パスポートで申し出により選べる長音表記、2025年内閣告示の母音字を重ねる形)", "long vowel おお written OO as the kana are (e.g. OONO; a spelling passport offices allow on request, and the 2025 cabinet notice's doubled form)"},
	nameUULongVowel:  {"長音「うう」をかなのとおりUUと表記(例: YUUKO。2025年内閣告示の母音字を重ねる形)", "long vowel うう written UU as the kana are (e.g. YUUKO; the 2025 cabinet notice's doubled form)"},
	nameDoubledVowel: {"長音を、かなの表記と違う母音字の重ね書きで表記(例: 「ー」を母音字で、SATOO)", "long vowel written as its vowel twice where the kana are not (e.g. ー as the vowel again, SATOO)"},
	nameMacron:       {"長音をマクロン(2025年内閣告示・修正ヘボン式の形)または山形記号で表記(例: SATŌ)", "long vowel written with a macron (the 2025 cabinet notice's and modified Hepburn's form) or a circumflex (e.g. SATŌ)"},
	nameNBeforeBMP:   {"B・M・Pの前の「ん」をNと表記(例: NANBA。パスポートはM)", "ん written N before B, M, P (e.g. NANBA; passports write M)"},
	nameCCH:          {"「っち」をCCHと表記(例: HOCCHI。パスポートはTCH)", "っち written CCH (e.g. HOCCHI; passports write TCH)"},
	nameKunreiSI:     {"訓令式: 「し」をSI", "Kunrei-shiki: し written SI"},
	nameKunreiTI:     {"訓令式: 「ち」をTI", "Kunrei-shiki: ち written TI"},
	nameKunreiTU:     {"訓令式: 「つ」をTU", "Kunrei-shiki: つ written TU"},
	nameKunreiHU:     {"訓令式: 「ふ」をHU", "Kunrei-shiki: ふ written HU"},
	nameKunreiZI:     {"訓令式: 「じ・ぢ」をZI", "Kunrei-shiki: じ or ぢ written ZI"},
	nameKunreiSY:     {"訓令式: 「しゃ・しゅ・しょ」をSYA・SYU・SYO", "Kunrei-shiki: しゃ しゅ しょ written SYA SYU SYO"},
	nameKunreiTY:     {"訓令式: 「ちゃ・ちゅ・ちょ」をTYA・TYU・TYO", "Kunrei-shiki: ちゃ ちゅ ちょ written TYA TYU TYO"},
	nameKunreiZY:     {"訓令式: 「じゃ・じゅ・じょ」をZYA・ZYU・ZYO", "Kunrei-shiki: じゃ じゅ じょ written ZYA ZYU ZYO"},
	nameNihonDI:      {"日本式: 「ぢ」をDI", "Nihon-shiki: ぢ written DI"},
	nameNihonDU:      {"日本式: 「づ」をDU", "Nihon-shiki: づ written DU"},
	nameNihonDY:      {"日本式: 「ぢゃ・ぢゅ・ぢょ」をDYA・DYU・DYO", "Nihon-shiki: ぢゃ ぢゅ ぢょ written DYA DYU DYO"},
	nameNihonWO:      {"日本式: 「を」をWO", "Nihon-shiki: を written WO"},
	nameNihonWIWE:    {"日本式: 「ゐ・ゑ」をWI・WE", "Nihon-shiki: ゐ ゑ written WI WE"},
	nameWapuroNN:     {"キーボード入力の癖: 「ん」をNN(例: SHINNYA)", "keyboard habit: ん typed NN (e.g. SHINNYA)"},
	nameNApostrophe:  {"「ん」をN'と表記(例: SHIN'YA)", "ん written N' (e.g. SHIN'YA)"},
	nameWapuroJY:     {"キーボード入力の癖: 「じゃ・じゅ・じょ」をJYA・JYU・JYO(例: JYUNKO)", "keyboard habit: じゃ じゅ じょ typed JYA JYU JYO (e.g. JYUNKO)"},
	nameWapuroCY:     {"キーボード入力の癖: 「ちゃ・ちゅ・ちょ」をCYA・CYU・CYO", "keyboard habit: ちゃ ちゅ ちょ typed CYA CYU CYO"},
	nameVSound:       {"「ヴ」をVで表記(パスポートはB)", "ヴ written with V (passports write B)"},
	nameForeignSound: {"外来音を1音節で表記(例: ティをTI、ファをFA。パスポートはTEI、FUA)", "foreign-sound kana as one syllable (e.g. ティ TI, ファ FA; passports write TEI, FUA)"},
	nameOrderSwapped: {"名・姓の順(名が先)", "given name first"},
	nameTruncated:    {"カードの磁気ストライプの26文字で切れた氏名", "name cut at the card track's 26 characters"},
	nameUBeforeE:     {"「エ」の前の「ウ」を少ない方の読みで表記(例: コウエをKOE、ショウエイをSHOUEI。同じ漢字の読みなら長音、次の漢字の読みの始まりなら長音でない。カナだけでは区別できない)", "ウ before エ spelt the less common way (e.g. KOE for コウエ, SHOUEI for ショウエイ; a long vowel within one kanji's reading, not where the ウ starts the next, which kana alone cannot tell)"},
}

// IsValid reports whether r is one of the rules (the zero NameRule is
// none).
func (r NameRule) IsValid() bool { return r > 0 && r < numNameRules }

// String returns the rule's stable token, e.g. "oh-long-vowel",
// "kunrei-tu", "order-swapped", or "NameRule(N)" for an invalid value.
func (r NameRule) String() string {
	if !r.IsValid() {
		return "NameRule(" + strconv.Itoa(int(r)) + ")"
	}
	return romaji.Rule(r).Code()
}

// Label returns the rule's short name in Japanese for a Japanese tag and
// in English otherwise ("OH の長音", "OH for a long O"); "" for an invalid
// value.
func (r NameRule) Label(tag language.Tag) string {
	if !r.IsValid() {
		return ""
	}
	return msg.Text{JA: nameRuleLabels[r][0], EN: nameRuleLabels[r][1]}.In(tag)
}

// Message explains the rule to a person, in Japanese for a Japanese tag
// and in English otherwise ("long O written OH (a non-Hepburn long-vowel
// spelling passport offices allow on request, e.g. OHNO)"); "" for an
// invalid value.
func (r NameRule) Message(tag language.Tag) string {
	if !r.IsValid() {
		return ""
	}
	return msg.Text{JA: nameRuleText[r][0], EN: nameRuleText[r][1]}.In(tag)
}

// MarshalText returns the token of String, and "" for the zero NameRule
// (no rule); any other invalid value is an [ErrUnknown] error.
func (r NameRule) MarshalText() ([]byte, error) {
	if r == 0 {
		return []byte{}, nil
	}
	if !r.IsValid() {
		return nil, &Error{Func: "NameRule.MarshalText", Field: "nameRule", Err: ErrUnknown}
	}
	return []byte(r.String()), nil
}

// UnmarshalText reads a rule's token ("oh-long-vowel", any case) or its
// Japanese label; "" gives the zero NameRule, so that what MarshalText
// writes reads back. The error wraps [ErrUnknown], or [ErrTooLong] beyond
// 64 bytes.
func (r *NameRule) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = 0
		return nil
	}
	v, err := parseNameRule(bound.Prefix(b, maxNameLen+1))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// parseNameRule is the reading [NameRule.UnmarshalText] documents.
func parseNameRule(s string) (NameRule, error) {
	i, err := parseName("NameRule.UnmarshalText", "nameRule", s, int(numNameRules)-1, func(i int) (string, string) {
		return NameRule(i + 1).String(), nameRuleLabels[i+1][0]
	})
	if err != nil {
		return 0, err
	}
	return NameRule(i + 1), nil
}

// NameMatch is the answer of [MatchName]: what kind of match, and through
// which variant rules.
//
// In JSON it is {"kind": "variant", "rules": ["oh-long-vowel"]}, the rules
// left out when there are none.
type NameMatch struct {
	Kind  MatchKind  `json:"kind"`
	Rules []NameRule `json:"rules,omitempty"` // variant rules used, in NameRule order; nil for Exact and Mismatch
}

// OK reports whether the card names the holder: Exact, Variant, Reordered
// or Truncated.
func (m NameMatch) OK() bool {
	switch m.Kind {
	case Exact, Variant, Reordered, Truncated:
		return true
	case Mismatch:
		return false
	}
	return false
}

// NameProfile chooses which spellings a match accepts (C3).
type NameProfile uint8

const (
	// Standard accepts every rule of [NameRule]: passport Hepburn and its OH
	// option, modified Hepburn, the 2025 cabinet notice, Kunrei and
	// Nihon-shiki, keyboard habits, ヴ as V and fused foreign sounds. It is
	// the zero value and the profile of [MatchName].
	Standard NameProfile = iota
	// Strict accepts passport Hepburn only: with the long-vowel spellings
	// passport offices allow on request (OH for おお and おう, OO for おお,
	// OU for おう: OHNO, OONO, SATOU; the rules "oh-long-vowel",
	// "oo-long-vowel" and "ou-long-vowel"), either name order, the track cut, and the readings of
	// an ウ that kana alone cannot place ("word-boundary",
	// "u-before-e"), each reported as a [Variant] naming its rule.
	// Other doubled vowels (YUUKO), macrons, Kunrei and keyboard spellings
	// are not passport spellings and are rejected.
	//
	// The readings of an ウ are a decision, not a certainty (C3): the
	// passport writes MATSUURA for 松浦 and KOUCHIWA where the kanji show a
	// word boundary, but KOTA for 幸太, and INOUE for 井上 but KOE for 香江,
	// and kana cannot tell them apart. Rejecting the other reading would
	// turn away holders whose passport spelling it is; accepting it also
	// lets KOUTA or KOUSUKE through for コウタ, コウスケ. Strict accepts it,
	// as the lesser harm (the kana are the holder's either way), and
	// always reports it as a Variant, so that a caller wanting the more
	// common reading can send such a match to review. An ウ written out at
	// a part's end or after ユ, ヨ or a yōon (YUUKI) is not a word boundary:
	// OU there is the passport's on-request spelling, UU is rejected.
	Strict

	numNameProfiles
)

var nameProfileInfo = [numNameProfiles]struct{ token, ja, en string }{
	Standard: {"standard", "標準", "standard"},
	Strict:   {"strict", "厳格", "strict"},
}

// IsValid reports whether p is one of the declared profiles.
func (p NameProfile) IsValid() bool { return p < numNameProfiles }

// String returns "standard" or "strict", or "NameProfile(N)" for an
// invalid value.
func (p NameProfile) String() string {
	if !p.IsValid() {
		return "NameProfile(" + strconv.Itoa(int(p)) + ")"
	}
	return nameProfileInfo[p].token
}

// Label returns the profile in Japanese for a Japanese tag and in English
// otherwise ("厳格", "strict"); "" for an invalid value.
func (p NameProfile) Label(t language.Tag) string {
	if !p.IsValid() {
		return ""
	}
	return msg.Text{JA: nameProfileInfo[p].ja, EN: nameProfileInfo[p].en}.In(t)
}

// MarshalText returns the token of String; it fails for an invalid value.
func (p NameProfile) MarshalText() ([]byte, error) {
	if !p.IsValid() {
		return nil, &Error{Func: "NameProfile.MarshalText", Field: "nameProfile", Err: ErrUnknown}
	}
	return []byte(nameProfileInfo[p].token), nil
}

// UnmarshalText reads "standard" or "strict" (any case) or the Japanese label
// ("標準", "厳格"). The error wraps [ErrUnknown], or [ErrTooLong] beyond 64
// bytes.
func (p *NameProfile) UnmarshalText(b []byte) error {
	v, err := parseNameProfile(bound.Prefix(b, maxNameLen+1))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// parseNameProfile is the reading [NameProfile.UnmarshalText] documents.
func parseNameProfile(s string) (NameProfile, error) {
	i, err := parseName("NameProfile.UnmarshalText", "nameProfile", s, int(numNameProfiles), func(i int) (string, string) {
		return nameProfileInfo[i].token, nameProfileInfo[i].ja
	})
	return NameProfile(i), err
}

// Match compares cardName, the romaji name on the card, with holderKana, the
// contract holder's name in kana, family name first (C1, C3). Both are
// normalised first (width, case, hiragana, sound marks, diacritics). The
// card's tokens are compared with the kana's parts as fields, in either
// order; a kana name without a space is tried at every split. Different
// names never match: a long vowel only collapses inside a part, and a card
// in a former family name names someone else as far as C3 is concerned.
//
// A name that cannot be judged is an error, not a mismatch: an [*Error]
// whose Field is "card.name" or "holder.kana", wrapping [ErrEmpty],
// [ErrTooLong], [ErrSyntax] (kana in the card name, Latin letters or kanji
// in the kana) or [ErrText] (a digit, symbol or invalid character), with
// the position of the fault, or [ErrCardNumber] (a run of digits that may
// be a card number, as [Policy.Check] reports it). So is an unknown
// profile ([ErrUnknown]).
func (p NameProfile) Match(cardName, holderKana string) (NameMatch, error) {
	return p.match("NameProfile.Match", cardName, holderKana)
}

func (p NameProfile) match(fn, cardName, holderKana string) (NameMatch, error) {
	var allowed romaji.Mask
	switch p {
	case Standard:
		allowed = ^romaji.Mask(0)
	case Strict:
		allowed = romaji.StrictRules
	default:
		return NameMatch{}, &Error{Func: fn, Field: "nameProfile", Err: ErrUnknown}
	}
	card, prob := romaji.NormalizeCard(cardName)
	if prob.Fault != romaji.NoFault {
		return NameMatch{}, nameProblem(fn, "card.name", cardName, prob)
	}
	kana, prob := romaji.NormalizeKana(holderKana)
	if prob.Fault != romaji.NoFault {
		return NameMatch{}, nameProblem(fn, "holder.kana", holderKana, prob)
	}
	mask, ok := romaji.Match(&card, &kana, allowed)
	if !ok {
		return NameMatch{}, nil
	}
	if mask == 0 {
		return NameMatch{Kind: Exact}, nil
	}
	m := NameMatch{Kind: Variant, Rules: make([]NameRule, 0, 4)}
	for r := NameRule(1); r < numNameRules; r++ {
		if mask.Has(romaji.Rule(r)) {
			m.Rules = append(m.Rules, r)
		}
	}
	switch {
	case mask.Has(romaji.Truncated):
		m.Kind = Truncated
	case mask.Has(romaji.OrderSwapped):
		m.Kind = Reordered
	}
	return m, nil
}

// MatchName compares the card name with the holder's kana under the
// [Standard] profile; see [NameProfile.Match]. A name that cannot be
// judged is an [*Error], never a mismatch.
func MatchName(cardName, holderKana string) (NameMatch, error) {
	return Standard.match("MatchName", cardName, holderKana)
}

// CardNameOptions choose how [CardNameOptions.CardName] writes a name.
type CardNameOptions struct {
	OH         bool `json:"oh,omitempty"`         // write a long O as OH (OHNO, SATOH), the passport option
	GivenFirst bool `json:"givenFirst,omitempty"` // put the given name first (TARO YAMADA)
}

// CardName returns the passport-Hepburn card name for holderKana: upper
// case, family name first, one space ("YAMADA TARO"), to pre-fill a form
// (C3). Where passport Hepburn depends on the kanji (an ウ that may start
// the next kanji's reading or lengthen a vowel), kana cannot tell, and the
// spelling most person names in JMnedict have is written: KOTA, MATSUURA,
// INOUE, SHOEI (the labels of the rules "word-boundary" and
// "u-before-e" give the figures). Kana without a space give one token ("YAMADATARO"): where the
// family name ends is not known, and GivenFirst cannot apply.
func CardName(holderKana string) (string, error) {
	return CardNameOptions{}.CardName(holderKana)
}

// CardName returns the passport-Hepburn card name for holderKana, written as
// o asks; see [CardName].
func (o CardNameOptions) CardName(holderKana string) (string, error) {
	kana, prob := romaji.NormalizeKana(holderKana)
	if prob.Fault != romaji.NoFault {
		return "", nameProblem("CardName", "holder.kana", holderKana, prob)
	}
	var buf [4 * romaji.MaxKanaRunes]byte
	return string(romaji.AppendHepburn(buf[:0], &kana, o.OH, o.GivenFirst)), nil
}
