package family

import "github.com/kessai-jp/kessai/eligibility"

// matchHolder reports whether the romaji name printed on a card matches a
// kana holder name (C1, C3); a name the matcher cannot read matches
// nothing. The matching itself, with its romanisation variants, is package
// eligibility's.
func matchHolder(cardName, holderKana string) bool {
	m, err := eligibility.MatchName(cardName, holderKana)
	return err == nil && m.OK()
}
