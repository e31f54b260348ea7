package brand

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/msg"
	"github.com/kessai-jp/kessai/internal/pan"
)

// Brand is a card brand (card scheme). The zero value is [Unknown].
type Brand uint8

// The brands, in the stable order that [Candidates] reports them.
const (
	// Unknown is a number whose leading digits belong to none of the brands
	// below, or a partial number that still fits several of them.
	Unknown Brand = iota
	// Visa: prefix 4; 13 to 19 digits (issued as 13, 16 or 19; decision 6
	// in table.go).
	Visa
	// Mastercard: prefixes 51–55 and 2221–2720; 16 digits.
	Mastercard
	// AmericanExpress: prefixes 34 and 37; 15 digits; 4-digit code (C5).
	AmericanExpress
	// JCB: prefixes 3528–3589 and the 2022 ranges 3088–3094, 3096–3102,
	// 3112–3120, 3158–3159, 3337–3349; 16 to 19 digits.
	JCB
	// DinersClub: prefixes 300–305, 3095, 36, 38 and 39; 14 to 19 digits
	// (decision 8 in table.go).
	DinersClub
	// Discover: prefixes 6011, 644–649 and 65; 16 to 19 digits.
	Discover
	// UnionPay: prefixes 62 (including 622126–622925) and 81; 14 to 19 digits
	// (decision 9 in table.go).
	UnionPay
	// Maestro: the broad ranges of decision 3 in table.go (500000–508999
	// but for 504175 and 506699–506778, 56–59, 600000–601099, 6012–6199, 63,
	// 640–643, 66–69), which hold the narrow lists' 5018, 5020, 5038, 5893,
	// 6304, 6759 and 6761–6763; 12 to 19 digits.
	Maestro
	// Mir: prefixes 2200–2204; 16 to 19 digits.
	Mir

	numBrands = iota
)

// Length bounds of a card number (ISO/IEC 7812 allows 8 to 19 digits; kessai
// accepts 12 to 19, the lengths payment cards are issued with today).
const (
	minDigits = 12 // fewest digits Parse accepts, for any brand
	maxDigits = 19 // most digits Parse accepts, for any brand
)

// lengths is a bit set of card-number lengths: bit n set means n digits.
type lengths uint32

// Length sets used by brandInfos.
const (
	len15     lengths = 1 << 15
	len16     lengths = 1 << 16
	len12to19 lengths = 0xff << 12
	len13to19 lengths = 0x7f << 13
	len14to19 lengths = 0x3f << 14
	len15to19 lengths = 0x1f << 15
	len16to19 lengths = 0x0f << 16
)

func (l lengths) has(n int) bool { return n >= 0 && n < 32 && l&(1<<n) != 0 }

// min returns the fewest digits in l, 32 for the empty set.
func (l lengths) min() int { return bits.TrailingZeros32(uint32(l)) }

// max returns the most digits in l, -1 for the empty set.
func (l lengths) max() int { return bits.Len32(uint32(l)) - 1 }

// text describes l for error messages, such as "13, 16 or 19", "15" or
// "16 to 19".
func (l lengths) text() string {
	lo, hi := l.min(), l.max()
	if lo > hi {
		return "none"
	}
	if lo == hi {
		return strconv.Itoa(lo)
	}
	if l == (1<<(hi+1))-(1<<lo) { // contiguous
		return strconv.Itoa(lo) + " to " + strconv.Itoa(hi)
	}
	var ns []string
	for n := lo; n <= hi; n++ {
		if l.has(n) {
			ns = append(ns, strconv.Itoa(n))
		}
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " or " + ns[len(ns)-1]
}

// textJA describes l in Japanese, such as "13、16、19", "15" or "16〜19".
func (l lengths) textJA() string {
	lo, hi := l.min(), l.max()
	switch {
	case lo > hi:
		return "なし"
	case lo == hi:
		return strconv.Itoa(lo)
	case l == (1<<(hi+1))-(1<<lo):
		return strconv.Itoa(lo) + "〜" + strconv.Itoa(hi)
	}
	var ns []string
	for n := lo; n <= hi; n++ {
		if l.has(n) {
			ns = append(ns, strconv.Itoa(n))
		}
	}
	return strings.Join(ns, "、")
}

// brandInfo is what kessai knows about a brand, independent of its ranges.
type brandInfo struct {
	name    string  // the token: String, MarshalText
	ja      string  // the Japanese label
	lengths lengths // PAN lengths, of all the brand's ranges (see ranges)
	wide    lengths // lengths printed 4-6-rest rather than in fours
	code    int     // security-code digits (C5)
}

// brandInfos is indexed by Brand. Lengths follow the brands' published
// numbering (see table.go for the sources and decision 8); Unknown accepts
// the lengths issued by any brand, 12 to 19. Grouping for display: 4-6-5
// for 15-digit American Express, 4-6-4 for 14-digit Diners Club (their wide
// lengths), fours otherwise (groupings in number.go). The Japanese labels
// are the names the brands and Japanese carriers' payment pages use.
var brandInfos = [numBrands]brandInfo{
	Unknown:         {"Unknown", "不明", len12to19, 0, 0},
	Visa:            {"Visa", "Visa", len13to19, 0, 3}, // decision 6
	Mastercard:      {"Mastercard", "Mastercard", 1 << 16, 0, 3},
	AmericanExpress: {"American Express", "アメリカン・エキスプレス", 1 << 15, 1 << 15, 4}, // 4-6-5
	JCB:             {"JCB", "JCB", len15to19, 0, 3},                           // 15: legacy 1800, 2131; decision 11
	DinersClub:      {"Diners Club", "ダイナースクラブ", len14to19, 1 << 14, 3},        // 4-6-4 for 14 digits; decision 8
	Discover:        {"Discover", "ディスカバー", len16to19, 0, 3},
	UnionPay:        {"UnionPay", "銀聯", len14to19, 0, 3}, // decision 9
	Maestro:         {"Maestro", "マエストロ", len12to19, 0, 3},
	Mir:             {"Mir", "ミール", len16to19, 0, 3},
}

// brandAliases are the other names [parseBrand] reads: the common short
// forms and the katakana spellings people type.
var brandAliases = [...]struct {
	name string
	b    Brand
}{
	{"Amex", AmericanExpress}, {"アメックス", AmericanExpress},
	{"Diners", DinersClub}, {"ダイナース", DinersClub},
	{"MC", Mastercard}, {"マスターカード", Mastercard},
	{"ビザ", Visa}, {"ユニオンペイ", UnionPay},
}

// IsValid reports whether b is one of the declared constants, Unknown
// included: Unknown is a meaningful value, the brand of a number outside
// every known brand's ranges.
func (b Brand) IsValid() bool { return b < numBrands }

// String returns the brand's stable token, its name as the brand writes
// it: "Visa", "Mastercard", "American Express", "JCB", "Diners Club",
// "Discover", "UnionPay", "Maestro", "Mir", or "Unknown" for [Unknown];
// "Brand(N)" for a value that is not a declared constant.
func (b Brand) String() string {
	if b >= numBrands {
		return "Brand(" + strconv.Itoa(int(b)) + ")"
	}
	return brandInfos[b].name
}

// Label returns the brand's name for a person: in Japanese (for a tag
// whose base language is Japanese) as Japanese payment pages write it,
// such as "アメリカン・エキスプレス", "ダイナースクラブ", "銀聯", or "Visa" and
// "JCB" as they are; in English the [Brand.String] form. [Unknown] is
// "不明" or "Unknown"; a value that is not a declared constant "Brand(N)".
func (b Brand) Label(tag language.Tag) string {
	if b >= numBrands || !msg.Japanese(tag) {
		return b.String()
	}
	return brandInfos[b].ja
}

// SecurityCodeLen returns the number of digits of the brand's security code
// (CVV2, CVC2, CID …): 4 for [AmericanExpress], 3 for every other brand
// (rule C5). It returns 0 for [Unknown] and for values that are not declared
// constants: the code length of an unknown brand is not known, and
// [ValidSecurityCode] rejects every code for it rather than guess.
func (b Brand) SecurityCodeLen() int {
	if b >= numBrands {
		return 0
	}
	return brandInfos[b].code
}

// validLen reports whether a number of the brand may have n digits; for
// [Unknown] any length from 12 to 19.
func (b Brand) validLen(n int) bool {
	if b >= numBrands {
		return false
	}
	return brandInfos[b].lengths.has(n)
}

// MarshalText implements [encoding.TextMarshaler] with the [Brand.String]
// token. A value that is not a declared constant is an [*Error] matching
// [ErrUnknown].
func (b Brand) MarshalText() ([]byte, error) {
	if b >= numBrands {
		return nil, &Error{Func: "Brand.MarshalText", Field: "brand", Err: ErrUnknown}
	}
	return []byte(brandInfos[b].name), nil
}

// UnmarshalText reads the brand named name. It reads the [Brand.String] token
// and the constant's name, the Japanese [Brand.Label], the short forms
// "Amex", "Diners" and "MC" and the katakana "アメックス", "ダイナース", "マスターカード",
// "ビザ" and "ユニオンペイ", ignoring case, width, spaces, hyphens, the middle dot
// "・" and the other separators of a card number ("American Express",
// "americanexpress", "ＪＣＢ", "diners-club", "アメリカン・エキスプレス"). "Unknown" and
// "不明" give [Unknown], so that MarshalText and UnmarshalText round-trip.
// Errors are [*Error] values with Field "brand": [ErrTooLong] over 64 bytes,
// [ErrEmpty] for no letters, [ErrSyntax] (with the position) for a character
// that is neither a letter nor a separator, and [ErrUnknown] for any other
// name. No error repeats the input, which might be a card number passed by
// mistake. It leaves the value unchanged on an error.
func (b *Brand) UnmarshalText(text []byte) error {
	v, err := parseBrand(bound.Prefix(text, maxName+1)) // bounded before it is copied
	if err != nil {
		err.(*Error).Func = "Brand.UnmarshalText"
		return err
	}
	*b = v
	return nil
}

// maxName bounds the input of parseBrand and parseFunding, in bytes.
const maxName = 64

// parseBrand is the reading [Brand.UnmarshalText] documents.
func parseBrand(name string) (Brand, error) {
	var buf [maxName]byte
	key, err := nameKey(buf[:0], name, "Brand.UnmarshalText", "brand")
	if err != nil {
		return Unknown, err
	}
	for b := range Brand(numBrands) {
		if sameName(key, brandInfos[b].name) || sameName(key, brandInfos[b].ja) {
			return b, nil
		}
	}
	for _, a := range brandAliases {
		if sameName(key, a.name) {
			return a.b, nil
		}
	}
	return Unknown, &Error{Func: "Brand.UnmarshalText", Field: "brand", Err: ErrUnknown}
}

// nameKey appends to dst the key that names are compared by: the letters
// of s, folded to their canonical width, ASCII in lower case, without
// separators (pan.IsSeparator, the card-number separators) and without the
// middle dot. s is refused if longer than maxName bytes, without a letter,
// or with a character that is neither a letter nor a separator.
func nameKey(dst []byte, s, fn, field string) ([]byte, error) {
	if len(s) > maxName {
		return nil, &Error{Func: fn, Field: field, Err: ErrTooLong}
	}
	pos, marks := 0, false
	for _, r := range s {
		r = fold(r)
		switch {
		case 'A' <= r && r <= 'Z':
			dst = append(dst, byte(r-'A'+'a'))
		case 'a' <= r && r <= 'z':
			dst = append(dst, byte(r))
		case r == '・' || pan.IsSeparator(r):
		case r >= utf8.RuneSelf && r != utf8.RuneError && unicode.IsLetter(r):
			dst = utf8.AppendRune(dst, r)
		case r == '\u3099' || r == '\u309a':
			// A half-width voiced or semi-voiced sound mark (ﾞ, ﾟ), which
			// width folding leaves combining: composed below.
			dst, marks = utf8.AppendRune(dst, r), true
		default:
			return nil, &Error{Func: fn, Field: field, Err: ErrSyntax, Pos: pos + 1}
		}
		pos++
	}
	if len(dst) == 0 {
		return nil, &Error{Func: fn, Field: field, Err: ErrEmpty}
	}
	if marks {
		dst = norm.NFC.Bytes(dst) // ﾃﾞ: テ and U+3099 compose to デ
	}
	return dst, nil
}

// sameName reports whether name's key is key. The names compared are the
// package's own, valid and short.
func sameName(key []byte, name string) bool {
	var buf [maxName]byte
	k, _ := nameKey(buf[:0], name, "", "")
	return string(k) == string(key)
}
