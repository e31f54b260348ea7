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
//
// # Budgets
//
// Inputs are bounded ([MaxKanaRunes], [MaxCardRunes]) before any work, the
// normalisers do not allocate for input that is already in normal form, and
// the search keeps its memo on the stack for names of ordinary length.
package romaji
