// Package romaji holds kessai's machinery for comparing the romanised name on
// a payment card with the contract holder's name registered in kana (rule C3
// in docs/RULES.md). It is internal: the public face is the eligibility package
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
// Names already in plain form, full-width katakana with spaces and card
// names of ASCII letters, apostrophes and separators with vowels that
// carry a macron or circumflex (SATŌ/YŪKO, or O and U+0304 as NFD text
// writes Ō), take fast paths that give what the general paths give
// without calling golang.org/x/text (TestKanaFastAgrees,
// TestCardFastAgrees and their fuzz targets).
//
// # Lattice
//
// Every kana position offers a small set of spellings (edges), each labelled
// with the [Rule] that licenses it: passport Hepburn (no rule), the OH
// option, modified Hepburn, the December 2025 cabinet notice, Kunrei and
// Nihon-shiki, keyboard (wāpuro) habits, ヴ and foreign-sound kana. [Match]
// walks that lattice against the card letters, so it never enumerates the
// exponentially many romanisations of a name, and returns the path using
// the fewest rules. Each position's context (whether its kana lengthens
// the one before, the vowel before it) comes from one pass over the name.
//
// An ordinary name is searched by a walk ([walker.walk]): a forward pass
// over the kana that keeps the few card positions the start reaches at
// each, each with the fewest rule uses reaching it and the path that does;
// of two paths reaching one position with as few, the one whose edges come
// first where they part. A card position of an ordinary name is pinned by
// its letters, so the walk holds one position a kana, two where spellings
// of different lengths fit, and costs a lattice position and a state or
// two a kana, with no table.
//
// Where positions spread (chains of オ, ウ, ー or ン, where a kana is
// reached at many positions) or the card may be the track's cut of a
// longer name, the walk gives up and a dynamic programme over (kana
// position, card position) answers. A forward pass lays out each
// position's edges and the card positions the start reaches there, one at
// a time for an ordinary name, a 64-bit word of positions at a time for
// chains, and stops at the first kana nothing reaches. A backward pass
// then prices only the cells between the first and last position reached
// that can still spell the rest of the card's token, taking at each the
// first edge with the fewest rule uses to the end. Both give the answer of
// the memoised search they replaced, kept in the tests as the reference:
// the first path with the fewest rule uses.
//
// # Splits
//
// A kana name without a space, against a card with two tokens, may be
// split between any two morae, in either order. A split walk
// ([walker.splitWalk]) searches every split at once: its family-name
// states follow the whole name's lattice, which a part's kana share with
// the whole name but for the part's last two, and at each split the
// family name's last kana is spelt as a part's end and the given name
// starts after the card's space, its states carrying their own context.
// Of two paths to one position, the cheaper wins, then the one at the
// earlier split, then the one whose edges come first. The given name
// first is the same walk against the card's tokens swapped: the parts of
// an arrangement are spelt each on its own.
//
// Where the walk gives up, each order first reads its arrangements in
// passport Hepburn, as [Match] reads a spaced name, split by split: a
// card in passport spelling, given name first or not, costs a few reads a
// kana and no search. The splits are then searched one by one while that
// stays within a small budget (a wrong split of a short name fails at the
// space, and a family name that fails before its last two kana fails
// there at every later split) and no split's search goes wide (a chain,
// where every split is searched as far). Past it, the name is run as an
// automaton over every card position at once, a word of positions at a
// time and without rule counts ([matcher.feasible]): forward over the
// family name, whose kana spell as they do in the whole name but for the
// part's last, and backward over the given name, whose kana depend on the
// part before them only through whether they start it and whether a
// lengthened ウ or オ precedes them. It finds every split at which an
// arrangement can spell the card at all, in O(kana) word operations: a
// card no arrangement spells is rejected there, and the splits found are
// searched in turn when they are few; when many are (long chains of オ, ウ
// or ー), they are priced at once, by a forward pass for the family-name
// parts and a backward pass for the given-name parts over the range of
// splits found, and the first cheapest arrangement is searched: the same
// answer, in O(kana × card) steps. A card the track may have cut ends the
// automaton's last part wherever it meets the card's end.
//
// # Budgets
//
// Inputs are bounded ([MaxKanaRunes], [MaxCardRunes]) before any work, the
// normalisers do not allocate for input that is already in normal form, a
// card in passport spelling is recognised without the search (a kana on its
// own straight from its first spelling, without its lattice edges), and the
// search keeps its cells on the stack, the rows of the last few kana only,
// for every name within the bounds (TestWorstNoAllocs). The
// work is counted in steps, which depend on the input only: real names,
// in every spelling and layout, are walked in at most two steps a byte of
// input (TestWalksAnswerRealNames; eligibility's BenchmarkMatchNameCorpus
// times them against an exact match); along names of one shape from 4 to
// 63 kana the steps grow with the name and stay within a few a byte
// (TestMatchSteps, BenchmarkMatchScaling); the worst inputs within the
// bounds, chains, take a few thousand (BenchmarkMatchWorst), and those no
// arrangement spells under two hundred, the automaton's.
package romaji
