package family

import "github.com/kessai-jp/kessai/eligibility"

// matchHolder reports whether the romaji name printed on a card matches a
// kana holder name (C1, C3). The matching itself, with its romanisation
// variants, is package eligibility's.
func matchHolder(cardName, holderKana string) bool {
	return eligibility.MatchName(cardName, holderKana).OK()
}
