package brand

import (
	"strconv"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/msg"
)

// Funding is how a card is funded: the distinction rules M1, M2 and M7 turn
// on (credit accepted, debit not, prepaid not). The card number does not say
// it; an issuer's or processor's BIN list does. The zero value is
// [FundingUnknown], a meaningful value: the list does not say, and package
// eligibility then goes by the payment method the person chose.
type Funding uint8

const (
	// FundingUnknown: the BIN list does not say, or the card is not in it.
	FundingUnknown Funding = iota
	// Credit: a credit card (M1).
	Credit
	// Debit: a debit card, charged to a bank account at once (M2).
	Debit
	// Prepaid: a prepaid card such as Vプリカ (M7).
	Prepaid

	numFundings = iota
)

// fundings are the tokens and the labels of the Funding values; the
// Japanese labels are the words Japanese card and carrier pages use.
var fundings = [numFundings]struct {
	token string
	label msg.Text
}{
	FundingUnknown: {"unknown", msg.Text{JA: "不明", EN: "unknown"}},
	Credit:         {"credit", msg.Text{JA: "クレジット", EN: "credit"}},
	Debit:          {"debit", msg.Text{JA: "デビット", EN: "debit"}},
	Prepaid:        {"prepaid", msg.Text{JA: "プリペイド", EN: "prepaid"}},
}

// IsValid reports whether f is one of the declared constants,
// FundingUnknown included.
func (f Funding) IsValid() bool { return f < numFundings }

// String returns the stable token: "unknown", "credit", "debit" or
// "prepaid", or "Funding(N)" for a value that is not a declared constant.
func (f Funding) String() string {
	if f >= numFundings {
		return "Funding(" + strconv.Itoa(int(f)) + ")"
	}
	return fundings[f].token
}

// Label returns the funding's name for a person: "クレジット", "デビット",
// "プリペイド" or "不明" for a tag whose base language is Japanese, the
// token otherwise; "Funding(N)" for a value that is not a declared
// constant.
func (f Funding) Label(tag language.Tag) string {
	if f >= numFundings {
		return f.String()
	}
	return fundings[f].label.In(tag)
}

// MarshalText implements [encoding.TextMarshaler] with the [Funding.String]
// token; a value that is not a declared constant is an [*Error] matching
// [ErrUnknown].
func (f Funding) MarshalText() ([]byte, error) {
	if f >= numFundings {
		return nil, &Error{Func: "Funding.MarshalText", Field: "funding", Err: ErrUnknown}
	}
	return []byte(fundings[f].token), nil
}

// UnmarshalText reads the funding named s: the token ("credit", "debit",
// "prepaid", "unknown") in any case and width, or the Japanese label
// ("クレジット", "デビット", "プリペイド", "不明"), also with "カード" ("クレジットカード"). Errors are
// [*Error] values with Field "funding": [ErrTooLong] over 64 bytes,
// [ErrEmpty] for no letters (an empty string is not read as unknown),
// [ErrSyntax] for a character that is neither a letter nor a separator, and
// [ErrUnknown] for any other name. It leaves the value unchanged on an error.
func (f *Funding) UnmarshalText(text []byte) error {
	v, err := parseFunding(bound.Prefix(text, maxName+1)) // bounded before it is copied
	if err != nil {
		err.(*Error).Func = "Funding.UnmarshalText"
		return err
	}
	*f = v
	return nil
}

// parseFunding is the reading [Funding.UnmarshalText] documents.
func parseFunding(s string) (Funding, error) {
	var buf [maxName]byte
	key, err := nameKey(buf[:0], s, "Funding.UnmarshalText", "funding")
	if err != nil {
		return FundingUnknown, err
	}
	for f := range Funding(numFundings) {
		l := fundings[f].label.JA
		if sameName(key, fundings[f].token) || sameName(key, l) || f != FundingUnknown && sameName(key, l+"カード") {
			return f, nil
		}
	}
	return FundingUnknown, &Error{Func: "Funding.UnmarshalText", Field: "funding", Err: ErrUnknown}
}
