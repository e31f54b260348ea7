package family

import (
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/pan"
)

// Bounds on input, checked before any other work so that an over-long
// input costs constant time. The table of bounds in package kessai's doc
// gives them (TestBoundsTable checks it against these).
const (
	// maxLines is the most lines an account may have, whatever the plan
	// says.
	maxLines = 100
	// maxChargesPerLine is the most charges one line may have.
	maxChargesPerLine = 100
	// maxDescriptionBytes is the longest charge description, in bytes of
	// UTF-8 (80 kanji or 240 ASCII letters).
	maxDescriptionBytes = 240
	// maxIDBytes is the longest line ID or mioID, in bytes.
	maxIDBytes = 64
	// maxNameBytes is the longest kana or romaji name, in bytes.
	maxNameBytes = 128
	// maxDiscounts is the most discounts a plan may have.
	maxDiscounts = 8
	// maxConditions bounds Account.Conditions.
	maxConditions = 8
	// maxConditionBytes is the longest condition's name, in bytes: each of
	// Account.Conditions and a discount's Requires, a token such as
	// "notice-email-consent".
	maxConditionBytes = 64
	// maxEnumInput bounds the text given to the Parse functions of the
	// enums.
	maxEnumInput = 64
)

// maxChargeAmount bounds every amount the package takes: a charge's Amount
// and a discount's PerLine, ¥10,000,000 (tax-exclusive). No charge on one
// mobile line for one month comes near it (a device bought outright is a
// few hundred thousand yen), and at eight digits it is far from the 12 to
// 19 of a card number: a card number typed into an amount field is refused
// with ErrRange, never billed or printed. With maxChargesPerLine and
// maxLines, no sum of an invoice can overflow.
const maxChargeAmount billing.Yen = 10_000_000

// checkName is checkText for a person's name (the owner, a line's holder
// and user, the name on a card): a name has no digits, so a digit of any
// script (or a backslash, which may begin an escaped one) is refused, with
// ErrCardNumber when the name holds a run that may be a card number and
// ErrText otherwise. This holds in every mode, whether or not the name is
// matched against a card.
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
