package brand

import (
	"fmt"
	"strconv"
	"strings"
)

// Funding is how a card is funded: the distinction rules M1, M2 and M7 turn
// on (credit accepted, debit not, prepaid not). The card number does not say
// it; a [BINTable] built from an issuer or processor BIN list does.
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

// String returns "unknown", "credit", "debit" or "prepaid", or
// "Funding(N)" for a value that is not a declared constant.
func (f Funding) String() string {
	switch f {
	case FundingUnknown:
		return "unknown"
	case Credit:
		return "credit"
	case Debit:
		return "debit"
	case Prepaid:
		return "prepaid"
	default:
		return "Funding(" + strconv.Itoa(int(f)) + ")"
	}
}

// IsValid reports whether f is one of the declared constants.
func (f Funding) IsValid() bool { return f < numFundings }

// MarshalText implements [encoding.TextMarshaler] with the [Funding.String]
// form; a value that is not a declared constant is an error matching
// [ErrFunding].
func (f Funding) MarshalText() ([]byte, error) {
	if !f.IsValid() {
		return nil, fmt.Errorf("%w: %v", ErrFunding, f)
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts the
// [Funding.String] forms, in any case; anything else is an error matching
// [ErrFunding], and f is left unchanged.
func (f *Funding) UnmarshalText(text []byte) error {
	if len(text) > len("prepaid") {
		return ErrFunding // longer than every name: not read
	}
	for v := range Funding(numFundings) {
		if strings.EqualFold(string(text), v.String()) {
			*f = v
			return nil
		}
	}
	return ErrFunding
}
