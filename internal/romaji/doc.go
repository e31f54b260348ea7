// Package romaji holds kessai's machinery for comparing the romanised name on
// a payment card with the contract holder's name registered in kana (rule C3
// in SPEC.md). It is internal: the public face is the eligibility package
// (eligibility.MatchName, eligibility.CardName).
//
// # Normalisation
//
// [NormalizeKana] folds the kana side with golang.org/x/text (NFKC for
// half-width and full-width forms) after turning the spacing sound marks
// ゛゜ into their combining forms, maps hiragana to katakana and dash
// look-alikes to ー, and splits the name into parts on any space or middle
// dot. [NormalizeCard] folds the card side (NFKC, upper case, diacritics
// stripped) and remembers a macron or circumflex as a long-vowel mark.
// Names already in plain form, full-width katakana with spaces and ASCII
// letters with spaces, take fast paths that give what the general paths
// give without calling golang.org/x/text (TestKanaFastAgrees,
// TestCardASCIIAgrees and their fuzz targets).
//
// # Lattice
//
// Every kana position offers a small set of spellings (edges), each labelled
// with the [Rule] that licenses it: passport Hepburn (no rule), the OH
// option, modified Hepburn, the December 2025 cabinet notice, Kunrei and
// Nihon-shiki, keyboard (wāpuro) habits, ヴ and foreign-sound kana. [Match]
// walks that lattice against the card letters with a memoised search over
// (kana position, card position), so it never enumerates the exponentially
// many romanisations of a name, and returns the path using the fewest rules.
// Each position's context (whether its kana lengthens the one before, the
// vowel before it) comes from one pass over the name, not from walking
// back at each step.
//
// # Splits
//
// A kana name without a space, against a card with two tokens, may be
// split between any two morae, in either order. Ordinary names are tried
// split by split; a name that takes more than a small budget of search
// steps (long chains of オ, ウ or ー) has every split priced at once, by a
// forward pass for the family-name parts and a backward pass for the
// given-name parts, and is then searched in its first cheapest
// arrangement only: the same answer, in O(kana × card) steps instead of
// O(kana² × card). The original search is kept in the tests as the
// reference it is checked against.
//
// # Budgets
//
// Inputs are bounded ([MaxKanaRunes], [MaxCardRunes]) before any work, the
// normalisers do not allocate for input that is already in normal form, a
// card in passport spelling is recognised without the search (a kana on its
// own straight from its first spelling, without its lattice edges), and the
// search keeps its memo on the stack for names of ordinary length. The
// worst inputs within the bounds take a fraction of a millisecond
// (BenchmarkMatchWorst).
package romaji
