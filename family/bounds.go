package family

import (
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/pan"
)

// MaxChargeAmount bounds every amount the package takes: a charge's Amount
// and a discount's PerLine, ¥10,000,000 (tax-exclusive). No charge on one
// mobile line for one month comes near it (a device bought outright is a
// few hundred thousand yen), and at eight digits it is far from the 12 to
// 19 of a card number: a card number typed into an amount field is refused
// with [ErrRange], never billed or printed. With [MaxChargesPerLine] and
// [MaxLinesLimit], no sum of an invoice can overflow.
const MaxChargeAmount billing.Yen = 10_000_000

// checkName is checkText for a person's name (the owner, a line's holder
// and user, the name on a card): a name has no digits, so a digit of any
// script (or a backslash, which may begin an escaped one) is refused, with [ErrCardNumber] when the name holds a run that
// may be a card number and [ErrText] otherwise. This holds in every mode,
// whether or not the name is matched against a card.
func checkName(s string, max int) (string, error) {
	f, err := checkText(s, max)
	if err != nil {
		return "", err
	}
	if bound.HasDigit(f) {
		if pan.Contains(f) {
			return "", ErrCardNumber
		}
		return "", ErrText
	}
	return f, nil
}

// requiredName is checkName for a name that must be given.
func requiredName(s string, max int) (string, error) {
	f, err := checkName(s, max)
	if err != nil {
		return "", err
	}
	if f == "" {
		return "", ErrEmpty
	}
	return f, nil
}
