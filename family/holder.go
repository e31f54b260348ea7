package family

import (
	"errors"

	"github.com/kessai-jp/kessai/eligibility"
)

// matchHolder reports whether the romaji name printed on a card matches a
// kana holder name (C1, C3). The matching itself, with its romanisation
// variants, is package eligibility's. A name the matcher cannot read is
// no verdict but bad input: err is then the package's sentinel of its
// category (kana on the card or Latin letters in the kana: ErrSyntax;
// a symbol: ErrText; beyond the matcher's 64 characters: ErrTooLong), and
// onCard says whether the card's name is the one at fault.
func matchHolder(cardName, holderKana string) (ok, onCard bool, err error) {
	m, merr := eligibility.MatchName(cardName, holderKana)
	if merr == nil {
		return m.OK(), false, nil
	}
	var e *eligibility.Error
	onCard = errors.As(merr, &e) && e.Field == "card.name"
	switch {
	case errors.Is(merr, eligibility.ErrEmpty):
		err = ErrEmpty
	case errors.Is(merr, eligibility.ErrTooLong):
		err = ErrTooLong
	case errors.Is(merr, eligibility.ErrSyntax):
		err = ErrSyntax
	case errors.Is(merr, eligibility.ErrCardNumber):
		err = ErrCardNumber
	default:
		err = ErrText
	}
	return false, onCard, err
}
