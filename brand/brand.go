package brand

import (
	"math/bits"
	"strconv"
	"strings"

	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/pan"
)

// Brand is a card brand (card scheme). The zero value is [Unknown].
type Brand uint8

// The brands, in the stable order that [Candidates] reports them.
const (
	// Unknown is a number whose leading digits belong to none of the brands
	// below, or a partial number that still fits several of them.
	Unknown Brand = iota
	// Visa: prefix 4; 13, 16 or 19 digits.
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
	// UnionPay: prefixes 62 (including 622126–622925) and 81; 16 to 19 digits.
	UnionPay
	// Maestro: prefixes 5018, 5020, 5038, 5893, 6304, 6759, 6761–6763,
	// 676770 and 676774; 12 to 19 digits.
	Maestro
	// Mir: prefixes 2200–2204; 16 to 19 digits.
	Mir

	numBrands = iota
)

// Length bounds of a card number (ISO/IEC 7812 allows 8 to 19 digits; kessai
// accepts 12 to 19, the lengths payment cards are issued with today).
const (
	MinDigits = 12 // fewest digits Parse accepts, for any brand
	MaxDigits = 19 // most digits Parse accepts, for any brand
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

// brandInfo is what kessai knows about a brand, independent of its ranges.
type brandInfo struct {
	name    string
	key     string  // name folded for ParseBrand: lower case, no spaces
	lengths lengths // PAN lengths, of all the brand's ranges (see ranges)
	wide    lengths // lengths printed 4-6-rest rather than in fours
	code    int     // security-code digits (C5)
}

// brandInfos is indexed by Brand. Lengths follow the brands' published
// numbering (see table.go for the sources and decision 8); Unknown accepts the lengths issued by any brand, 12 to 19.
// Grouping for display: 4-6-5 for 15-digit American Express, 4-6-4 for
// 14-digit Diners Club (their wide lengths), fours otherwise (groupings in
// number.go).
var brandInfos = [numBrands]brandInfo{
	Unknown:         {"Unknown", "unknown", len12to19, 0, 0},
	Visa:            {"Visa", "visa", len13to19, 0, 3}, // decision 6
	Mastercard:      {"Mastercard", "mastercard", 1 << 16, 0, 3},
	AmericanExpress: {"American Express", "americanexpress", 1 << 15, 1 << 15, 4}, // 4-6-5
	JCB:             {"JCB", "jcb", len15to19, 0, 3},                              // 15: legacy 1800, 2131; decision 11
	DinersClub:      {"Diners Club", "dinersclub", len14to19, 1 << 14, 3},         // 4-6-4 for 14 digits; decision 8
	Discover:        {"Discover", "discover", len16to19, 0, 3},
	UnionPay:        {"UnionPay", "unionpay", len14to19, 0, 3}, // decision 9
	Maestro:         {"Maestro", "maestro", len12to19, 0, 3},
	Mir:             {"Mir", "mir", len16to19, 0, 3},
}

// IsValid reports whether b is one of the declared constants, Unknown included.
func (b Brand) IsValid() bool { return b < numBrands }

// String returns the brand's name as the brand writes it, such as "Visa",
// "American Express" or "Diners Club"; "Unknown" for [Unknown] and
// "Brand(N)" for a value that is not a declared constant.
func (b Brand) String() string {
	if b >= numBrands {
		return "Brand(" + strconv.Itoa(int(b)) + ")"
	}
	return brandInfos[b].name
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

// ValidLen reports whether a number of the brand may have n digits. For
// [Unknown] that is any length from [MinDigits] to [MaxDigits].
func (b Brand) ValidLen(n int) bool {
	if b >= numBrands {
		return false
	}
	return brandInfos[b].lengths.has(n)
}

// lengthText describes the brand's lengths for error messages, such as
// "13, 16 or 19", "15" or "16 to 19".
func (b Brand) lengthText() string {
	if b >= numBrands {
		return brandInfos[Unknown].lengths.text()
	}
	return brandInfos[b].lengths.text()
}

// MarshalText implements [encoding.TextMarshaler] with the [Brand.String]
// form. A value that is not a declared constant is an error.
func (b Brand) MarshalText() ([]byte, error) {
	if b >= numBrands {
		return nil, &ParseError{Field: FieldBrandName, Pos: -1, Err: ErrBrandName}
	}
	return []byte(brandInfos[b].name), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts what
// [ParseBrand] accepts.
func (b *Brand) UnmarshalText(text []byte) error {
	v, err := ParseBrand(bound.Prefix(text, maxBrandName+1)) // bounded before it is copied
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// maxBrandName bounds the input of ParseBrand.
const maxBrandName = 64

// ParseBrand returns the brand named name. It accepts the [Brand.String]
// form and the constant names ignoring case, spaces, hyphens and full width
// ("American Express", "americanexpress", "ＪＣＢ", "diners-club"), and the
// common short forms "Amex", "Diners" and "MC". "Unknown" gives [Unknown], so
// that MarshalText and UnmarshalText round-trip. Any other name is an error
// matching [ErrBrandName]; its text does not repeat the input, which might
// be a card number passed by mistake.
func ParseBrand(name string) (Brand, error) {
	if len(name) > maxBrandName {
		return Unknown, &ParseError{Field: FieldBrandName, Pos: -1, Digits: -1, Err: ErrLength}
	}
	var buf [maxBrandName]byte
	key := buf[:0]
	pos := 0
	for _, r := range name {
		r = fold(r)
		switch {
		case r >= 'A' && r <= 'Z':
			key = append(key, byte(r-'A'+'a'))
		case r >= 'a' && r <= 'z':
			key = append(key, byte(r))
		case pan.IsSeparator(r):
		default:
			return Unknown, &ParseError{Field: FieldBrandName, Pos: pos, Err: ErrInvalidCharacter}
		}
		pos++
	}
	if len(key) == 0 {
		return Unknown, &ParseError{Field: FieldBrandName, Pos: -1, Err: ErrEmpty}
	}
	switch string(key) {
	case "amex":
		return AmericanExpress, nil
	case "diners":
		return DinersClub, nil
	case "mc":
		return Mastercard, nil
	}
	for b := range Brand(numBrands) {
		if brandInfos[b].key == string(key) {
			return b, nil
		}
	}
	return Unknown, &ParseError{Field: FieldBrandName, Pos: -1, Err: ErrBrandName}
}
