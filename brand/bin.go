package brand

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"unicode"
	"unicode/utf8"

	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/pan"
)

// Funding is how a card is funded: the distinction rules M1, M2 and M7 turn
// on (credit accepted, debit not, prepaid not). The card number does not say
// it; a [BINTable] built from an issuer or processor BIN list does.
type Funding uint8

const (
	// FundingUnknown: the BIN list does not say, or the card is not in it.
	FundingUnknown Funding = iota
	// Credit: a credit card (M1).
	Credit
	// Debit: a debit card, charged to a bank account at once (M2).
	Debit
	// Prepaid: a prepaid card such as Vプリカ (M7).
	Prepaid

	numFundings = iota
)

// String returns "unknown", "credit", "debit" or "prepaid", or
// "Funding(N)" for a value that is not a declared constant.
func (f Funding) String() string {
	switch f {
	case FundingUnknown:
		return "unknown"
	case Credit:
		return "credit"
	case Debit:
		return "debit"
	case Prepaid:
		return "prepaid"
	default:
		return "Funding(" + strconv.Itoa(int(f)) + ")"
	}
}

// IsValid reports whether f is one of the declared constants.
func (f Funding) IsValid() bool { return f < numFundings }

// MarshalText implements [encoding.TextMarshaler] with the [Funding.String]
// form; a value that is not a declared constant is an error matching
// [ErrFunding].
func (f Funding) MarshalText() ([]byte, error) {
	if !f.IsValid() {
		return nil, fmt.Errorf("%w: %v", ErrFunding, f)
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts the
// [Funding.String] forms, in any case; anything else is an error matching
// [ErrFunding], and f is left unchanged.
func (f *Funding) UnmarshalText(text []byte) error {
	if len(text) > len("prepaid") {
		return ErrFunding // longer than every name: not read
	}
	for v := range Funding(numFundings) {
		if strings.EqualFold(string(text), v.String()) {
			*f = v
			return nil
		}
	}
	return ErrFunding
}

// BINInfo is what a BIN list says about the cards of one range.
type BINInfo struct {
	Funding Funding
	// Issuer is the issuer's name as the list gives it, at most
	// [MaxIssuerLen] bytes; may be empty.
	Issuer string
	// Country is the issuing country, an ISO 3166-1 alpha-2 code in upper
	// case such as "JP" (rule C2: issued in Japan); empty when not known.
	Country string
}

// BINRange is an inclusive range of card-number prefixes and what a BIN list
// says about it. Low and High are digit strings of the same length, 6 or 8
// digits, Low <= High: {Low: "411111", High: "411111"} is every number that
// starts 411111; {Low: "35600000", High: "35609999"} every number from
// 35600000… to 35609999….
type BINRange struct {
	Low, High string
	Info      BINInfo
}

// Bounds of the input to NewBINTable.
const (
	MaxBINRanges = 1 << 20 // most ranges one table holds
	MaxIssuerLen = 128     // most bytes of BINInfo.Issuer
)

// BINTable finds what a caller's BIN list says about a card number. Build it
// with [NewBINTable]; it is immutable afterwards and safe for concurrent use.
// kessai ships no BIN data: lists of issuers' ranges are licensed by the
// brands and processors, and change every month. The zero BINTable is empty:
// Lookup always misses.
type BINTable struct {
	rows []binRow // sorted by lo, disjoint
}

type binRow struct {
	lo, hi uint32 // 8-digit keys, inclusive
	info   BINInfo
}

// BINRangeError reports a malformed range given to [NewBINTable]. It matches
// [ErrBINRange]. Its text names the range's index and the problem; range
// bounds are BIN prefixes (at most 8 digits), never card numbers.
type BINRangeError struct {
	Index  int    // index in the slice given to NewBINTable; -1 for the slice itself
	Reason string // what is wrong, such as "low and high differ in length"
}

// Error returns "brand: BIN range N: " and the reason, lower case.
func (e *BINRangeError) Error() string {
	if e.Index < 0 {
		return "brand: BIN table: " + e.Reason
	}
	return "brand: BIN range " + strconv.Itoa(e.Index) + ": " + e.Reason
}

// Unwrap returns [ErrBINRange].
func (e *BINRangeError) Unwrap() error { return ErrBINRange }

// OverlapError reports two ranges given to [NewBINTable] that share a
// prefix. It matches [ErrOverlap].
type OverlapError struct {
	A, B           BINRange // the two ranges: A starts first, or contains B
	IndexA, IndexB int      // their indexes in the slice given to NewBINTable
}

// Error names the two ranges by index and bounds (BIN prefixes, at most 8
// digits, never card numbers).
func (e *OverlapError) Error() string {
	return "brand: BIN ranges " + strconv.Itoa(e.IndexA) + " (" + e.A.Low + "–" + e.A.High +
		") and " + strconv.Itoa(e.IndexB) + " (" + e.B.Low + "–" + e.B.High + ") overlap"
}

// Unwrap returns [ErrOverlap].
func (e *OverlapError) Unwrap() error { return ErrOverlap }

// NewBINTable builds a table from ranges, which it copies and sorts; the
// caller's slice is neither kept nor changed. It returns a [*BINRangeError]
// for a malformed range (bounds that are not 6 or 8 digits of equal length,
// Low > High, an invalid Funding, a Country that is not two upper-case
// letters, an Issuer over [MaxIssuerLen] bytes, not valid UTF-8, holding a
// control or invisible character such as a bidirectional override, or with a
// run of digits that may be a card number) or more than
// [MaxBINRanges] ranges, and an [*OverlapError] for the first two ranges,
// in prefix order, that overlap: a 6-digit range and an 8-digit range within
// it overlap too, so split the 6-digit one around the 8-digit one.
func NewBINTable(ranges []BINRange) (BINTable, error) {
	if len(ranges) > MaxBINRanges {
		return BINTable{}, &BINRangeError{Index: -1, Reason: "more than " + strconv.Itoa(MaxBINRanges) + " ranges"}
	}
	type indexed struct {
		binRow
		i int
	}
	rows := make([]indexed, len(ranges))
	for i, r := range ranges {
		lo, hi, reason := binKeys(r)
		if reason != "" {
			return BINTable{}, &BINRangeError{Index: i, Reason: reason}
		}
		rows[i] = indexed{binRow{lo, hi, r.Info}, i}
	}
	slices.SortFunc(rows, func(a, b indexed) int {
		// A range before the ranges it contains, so that an OverlapError
		// names the wider one first.
		return cmp.Or(cmp.Compare(a.lo, b.lo), cmp.Compare(b.hi, a.hi), cmp.Compare(a.i, b.i))
	})
	t := BINTable{rows: make([]binRow, len(rows))}
	for k, r := range rows {
		if k > 0 && rows[k-1].hi >= r.lo {
			p := rows[k-1]
			return BINTable{}, &OverlapError{A: ranges[p.i], B: ranges[r.i], IndexA: p.i, IndexB: r.i}
		}
		t.rows[k] = r.binRow
	}
	return t, nil
}

// binKeys validates r and returns its 8-digit keys, or the reason it is
// malformed.
func binKeys(r BINRange) (lo, hi uint32, reason string) {
	if len(r.Low) != len(r.High) {
		return 0, 0, "low and high differ in length"
	}
	if len(r.Low) != 6 && len(r.Low) != 8 {
		return 0, 0, "bounds must have 6 or 8 digits"
	}
	for _, s := range [2]string{r.Low, r.High} {
		for i := range len(s) {
			if s[i] < '0' || s[i] > '9' {
				return 0, 0, "bounds must be ASCII digits"
			}
		}
	}
	if r.Low > r.High {
		return 0, 0, "low is above high"
	}
	if !r.Info.Funding.IsValid() {
		return 0, 0, "invalid funding " + r.Info.Funding.String()
	}
	if c := r.Info.Country; c != "" && (len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z') {
		return 0, 0, "country must be an ISO 3166-1 alpha-2 code such as \"JP\""
	}
	if len(r.Info.Issuer) > MaxIssuerLen {
		return 0, 0, "issuer longer than " + strconv.Itoa(MaxIssuerLen) + " bytes"
	}
	if pan.Contains(r.Info.Issuer) {
		// A table's issuers are printed with what Lookup returns.
		return 0, 0, "issuer holds a run of digits that may be a card number"
	}
	if !printable(r.Info.Issuer) {
		return 0, 0, "issuer not valid UTF-8, or holding a control or invisible character"
	}
	lo, _ = keyRange([]byte(r.Low))
	_, hi = keyRange([]byte(r.High))
	return lo, hi, ""
}

// printable reports whether an issuer's name may be shown as it is: valid
// UTF-8 without control characters or invisible ones (bidirectional
// controls, zero-width characters …, which could make a screen show the
// text around them reordered).
func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) || bound.Invisible(r) {
			return false
		}
	}
	return true
}

// Lookup returns what the table says about n's range, and whether n is in
// one. It is false for the zero Number. The ranges of a table are disjoint
// ([NewBINTable] rejects overlaps), so at most one range holds a number and
// there is no "most specific range wins" rule to know: a caller whose list
// gives an 8-digit range inside a 6-digit one splits the 6-digit range
// around it.
//
// A Number keeps only its first 6 digits (see [Number]), so Lookup answers
// for the whole 6-digit prefix: it is true when one range holds every
// number with n's first 6 digits, and false when 8-digit ranges split that
// prefix. [BINTable.LookupDigits] looks up the number as typed, to 8
// digits. Lookup searches by binary search and does not allocate.
func (t BINTable) Lookup(n Number) (BINInfo, bool) {
	if !n.valid {
		return BINInfo{}, false
	}
	const scale = 100 // keyDigits - 6 digits not kept
	return t.lookup(n.head*scale, n.head*scale+scale-1)
}

// LookupDigits is [BINTable.Lookup] for a number as typed, read as [Parse]
// reads it, so that 8-digit ranges are told apart. It is false when s does
// not parse. It does not allocate for a number that parses.
func (t BINTable) LookupDigits(s string) (BINInfo, bool) {
	var sc scanned
	if _, err := parse(s, &sc); err != nil {
		return BINInfo{}, false
	}
	key, _ := keyRange(sc.d[:keyDigits])
	return t.lookup(key, key)
}

// lookup returns the row holding every key from lo to hi.
func (t BINTable) lookup(lo, hi uint32) (BINInfo, bool) {
	i := sort.Search(len(t.rows), func(i int) bool { return t.rows[i].hi >= lo })
	if i < len(t.rows) && t.rows[i].lo <= lo && t.rows[i].hi >= hi {
		return t.rows[i].info, true
	}
	return BINInfo{}, false
}

// Len returns the number of ranges in the table.
func (t BINTable) Len() int { return len(t.rows) }
