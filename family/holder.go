package family

import "github.com/kessai-jp/kessai/eligibility"

// matchHolder reports whether the romaji name printed on a card matches a
// kana holder name (C1, C3), and the matcher's verdict for an error message.
// The matching itself, with its romanisation variants, is package
// eligibility's.
func matchHolder(cardName, holderKana string) (ok bool, verdict string) {
	m := eligibility.MatchName(cardName, holderKana)
	if m.OK() {
		return true, ""
	}
	return false, m.Kind.String()
}
