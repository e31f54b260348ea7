package family

import "github.com/kessai-jp/kessai/eligibility"

// matchHolder reports whether the romaji name printed on a card matches a
// kana holder name (C1, C3) as [eligibility.MatchName] judges it, and the
// matcher's verdict for an error message. The matching itself, with its
// romanisation variants, is package eligibility's.
//
// Most cards carry the passport-Hepburn spelling, which the Strict profile
// accepts at about half the cost of the Standard one (its search has fewer
// spellings to try). Strict accepts a subset of what Standard accepts, so a
// Strict match is a Standard match; only a name Strict refuses is matched
// again under Standard, which decides. The answer is MatchName's either way
// (checked by TestMatchHolderAgreesWithMatchName and FuzzMatchHolder).
func matchHolder(cardName, holderKana string) (ok bool, verdict string) {
	if eligibility.Strict.Match(cardName, holderKana).OK() {
		return true, ""
	}
	m := eligibility.MatchName(cardName, holderKana)
	if m.OK() {
		return true, ""
	}
	return false, m.Kind.String()
}
