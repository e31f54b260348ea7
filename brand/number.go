package brand

import "time"

// Number is a card number (primary account number, PAN) that has passed
// [Parse]: 12 to 19 digits, a length its brand issues, and a valid Luhn check
// digit. It keeps only what masking and the rules need: the first 6 digits,
// the last 4, the count of digits and the brand. The other digits are not in
// it in any form (see the package doc, "Masking guarantee", for why), so
// two Numbers are == when their first 6 and last 4 digits, length and brand
// are: numbers that differ only in their hidden digits are equal. The zero
// value is not a number; [Number.IsValid] reports false for it.
//
// The caller keeps the digits it was given; [Digits] hands a payment gateway
// the normalised digits.
type Number struct {
	// The fields are ordered so that fmt printing them one by one, as it
	// does for a Number in a caller's unexported struct field, never puts
	// more than the 6 or the 4 kept digits side by side: valid (printed
	// true or false) stands between head and tail.
	head  uint32 // the first 6 digits, 0–999999
	valid bool   // false for the zero value
	tail  uint16 // the last 4 digits, 0–9999
	n     uint8  // number of digits
	brand Brand
}

// Parse reads a card number as people type it: digits, ASCII or full width,
// with separators anywhere between them. A separator is any character
// people type or paste between digit groups, the same set kessai's masking
// of card numbers in text reads through: every kind of space (ideographic,
// non-breaking and thin spaces included), dashes (hyphens, the full-width
// hyphen-minus, en and em dashes), minus signs, the prolonged sound mark
// "ー" (typed in kana mode for a hyphen), dots, slashes, and invisible
// format characters. Other compatibility forms of digits (circled ①,
// superscript ², other scripts' digits) are not typed by any input method
// for a card number and are rejected, not folded. It checks, in this order:
//
//   - the input is at most [MaxInputLen] bytes (checked before reading it),
//     else [ErrLength];
//   - every character is a digit or a separator, else [ErrInvalidCharacter]
//     with the character's position;
//   - there is a digit, else [ErrEmpty];
//   - the count of digits is one the brand issues in the range the number
//     falls in (12 to 19 for a number of no known brand), else [ErrLength];
//   - the Luhn check digit matches, else [ErrChecksum].
//
// Errors are [*ParseError] values; they say where and what, never which
// digits. A number of no known brand, with a valid length and check digit,
// parses with Brand() == Unknown. A valid number, ASCII or full width, does
// not allocate.
//
// Parse checks the form of a number only: whether the card exists, is
// credit or debit (see [BINTable]) or is accepted by a carrier (rules M1, M2,
// C2) is not its business.
func Parse(s string) (Number, error) {
	var sc scanned
	b, err := parse(s, &sc)
	if err != nil {
		return Number{}, err
	}
	l := sc.n
	d := &sc.d
	head := uint32(d[0]-'0')*100000 + uint32(d[1]-'0')*10000 + uint32(d[2]-'0')*1000 +
		uint32(d[3]-'0')*100 + uint32(d[4]-'0')*10 + uint32(d[5]-'0')
	tail := uint16(d[l-4]-'0')*1000 + uint16(d[l-3]-'0')*100 + uint16(d[l-2]-'0')*10 + uint16(d[l-1]-'0')
	return Number{head: head, valid: true, tail: tail, n: uint8(l), brand: b}, nil
}

// Digits returns the digits of a card number typed as [Parse] reads it,
// ASCII, without separators, after the same checks and with the same
// errors as Parse. It is for handing the number to the payment gateway
// (card processor) only: never display, log, store or serialise what it
// returns. A [Number] cannot give them back: it does not hold them.
func Digits(s string) (string, error) {
	var sc scanned
	if _, err := parse(s, &sc); err != nil {
		return "", err
	}
	return string(sc.d[:sc.n]), nil
}

// parse reads s into sc and checks it as [Parse] documents, returning the
// brand.
func parse(s string, sc *scanned) (Brand, error) {
	if len(s) > MaxInputLen {
		return Unknown, &ParseError{Field: FieldNumber, Pos: -1, Digits: -1, Err: ErrLength}
	}
	scan(s, sc)
	if sc.bad >= 0 {
		return Unknown, &ParseError{Field: FieldNumber, Pos: sc.bad, Err: ErrInvalidCharacter}
	}
	if sc.n == 0 {
		return Unknown, &ParseError{Field: FieldNumber, Pos: -1, Err: ErrEmpty}
	}
	b, lens := Unknown, brandInfos[Unknown].lengths
	if sc.n >= keyDigits {
		lo, _ := keyRange(sc.d[:min(sc.n, MaxDigits)])
		if r := rowOf(lo); r != nil {
			b, lens = r.brand, r.lengths()
		}
	} else {
		// Too short in any case (MinDigits > keyDigits); name the brand the
		// prefix implies, if only one, so the error can give its lengths.
		lo, hi := keyRange(sc.d[:sc.n])
		set, l := possible(lo, hi, sc.n)
		if b = set.only(); b != Unknown {
			lens = l
		}
	}
	if !lens.has(sc.n) {
		return Unknown, &ParseError{Field: FieldNumber, Pos: -1, Digits: sc.n, Brand: b, Err: ErrLength}
	}
	if !luhn(sc.d[:sc.n]) {
		return Unknown, &ParseError{Field: FieldNumber, Pos: -1, Digits: sc.n, Brand: b, Err: ErrChecksum}
	}
	return b, nil
}

// MustParse is like [Parse] but panics on an error. It is for tests and
// examples with literal, known-good input only, never for user input.
func MustParse(s string) Number {
	n, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return n
}

// IsValid reports whether n came from a successful [Parse]; it is false for
// the zero Number.
func (n Number) IsValid() bool { return n.valid }

// Brand returns the number's brand, Unknown for a number of no known brand
// and for the zero Number.
func (n Number) Brand() Brand { return n.brand }

// IssuedSince returns the month from which the card scheme issues numbers in
// n's range, where the sources of the range table (see [RangeSources]) date
// it: October 2016 for Mastercard's 2-series (222100–272099, in use from
// 2016-10-14), 2022 for JCB's range extension (3088–3094, 3096–3102,
// 3112–3120, 3158–3159, 3337–3349), with month 0 as that source names no
// month. It returns 0, 0 for every other range, which the sources do not
// date, and for the zero Number. A number dated after a transaction could
// not have paid for it.
func (n Number) IssuedSince() (year int, month time.Month) {
	if !n.valid {
		return 0, 0
	}
	r := rowOf(n.head * 100)
	if r == nil || r.since == 0 {
		return 0, 0
	}
	return int(r.since / 100), time.Month(r.since % 100)
}

// Len returns the number of digits, 0 for the zero Number.
func (n Number) Len() int { return int(n.n) }

// Last4 returns the last four digits, "" for the zero Number.
func (n Number) Last4() string {
	if !n.valid {
		return ""
	}
	var buf [4]byte
	return string(appendPadded(buf[:0], uint32(n.tail), 4))
}

// BIN returns the first 6 digits, the bank identification number
// (issuer identification number, ISO/IEC 7812-1) as most BIN lists give it;
// "" for the zero Number. ISO/IEC 7812-1 has had 8-digit BINs since 2017,
// but a Number keeps only the 6 digits that may be shown: look 8-digit
// ranges up with [BINTable.LookupDigits].
func (n Number) BIN() string {
	if !n.valid {
		return ""
	}
	var buf [6]byte
	return string(appendPadded(buf[:0], n.head, 6))
}

// appendPadded appends v as w decimal digits, zero-padded.
func appendPadded(dst []byte, v uint32, w int) []byte {
	var buf [10]byte
	for i := w - 1; i >= 0; i-- {
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return append(dst, buf[:w]...)
}

// Masking: the first maskHead and the last maskTail digits stay visible. A
// Number has at least MinDigits (12) digits, so at least 2 are always hidden.
const (
	maskHead = 6
	maskTail = 4
	maskRune = '*'
)

// Masked returns the digits with all but the first 6 and the last 4 replaced
// by '*', such as "411111******1111": the most PCI DSS allows to be shown. At
// least two digits are always hidden, since a Number has 12 digits or more.
// It returns "" for the zero Number.
func (n Number) Masked() string {
	var buf [MaxDigits]byte
	return string(n.AppendMasked(buf[:0]))
}

// AppendMasked appends [Number.Masked] to dst and returns the extended slice;
// it does not allocate when dst has room.
func (n Number) AppendMasked(dst []byte) []byte {
	if !n.valid {
		return dst
	}
	dst = appendPadded(dst, n.head, maskHead)
	for range int(n.n) - maskHead - maskTail {
		dst = append(dst, maskRune)
	}
	return appendPadded(dst, uint32(n.tail), maskTail)
}

// groupings[l] is how a number of l digits is printed, in groups separated
// by a space: fours, the last group taking a remainder of 1 or 2 digits
// (4-4-5 for 13, 4-4-6 for 14) and a remainder of 3 standing alone (4-4-4-3
// for 15, 4-4-4-4-3 for 19), as cards of those lengths print them.
// wideGroupings[l] is the grouping of a brand that prints l digits 4-6-rest
// (brandInfo.wide): 4-6-5 for 15-digit American Express, 4-6-4 for 14-digit
// Diners Club, as issue 2 gives them.
var (
	groupings = [MaxDigits + 1][5]uint8{
		12: {4, 4, 4},
		13: {4, 4, 5},
		14: {4, 4, 6},
		15: {4, 4, 4, 3},
		16: {4, 4, 4, 4},
		17: {4, 4, 4, 5},
		18: {4, 4, 4, 6},
		19: {4, 4, 4, 4, 3},
	}
	wideGroupings = [MaxDigits + 1][5]uint8{
		14: {4, 6, 4},
		15: {4, 6, 5},
	}
)

// Format returns the masked number grouped the way the brand prints it on
// the card, such as "4111 11** **** 1111", "3782 82**** *0005" (American
// Express, 4-6-5) or "3622 72**** 1667" (Diners Club, 4-6-4); "" for the
// zero Number.
func (n Number) Format() string {
	var buf [MaxDigits + 4]byte
	return string(n.AppendFormat(buf[:0]))
}

// AppendFormat appends [Number.Format] to dst and returns the extended slice;
// it does not allocate when dst has room.
func (n Number) AppendFormat(dst []byte) []byte {
	var buf [MaxDigits]byte
	m := n.AppendMasked(buf[:0])
	gs := &groupings[n.n]
	if brandInfos[n.brand].wide.has(int(n.n)) {
		gs = &wideGroupings[n.n]
	}
	i := 0
	for _, g := range gs {
		if g == 0 {
			break
		}
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, m[i:i+int(g)]...)
		i += int(g)
	}
	return dst
}

// String returns [Number.Masked]; %v and %s print it.
func (n Number) String() string { return n.Masked() }

// GoString returns a Go-syntax-like form for %#v, masked:
// brand.Number{Visa 411111******1111}, or brand.Number{} for the zero value.
func (n Number) GoString() string {
	if !n.valid {
		return "brand.Number{}"
	}
	return "brand.Number{" + n.brand.String() + " " + n.Masked() + "}"
}

// MarshalText implements [encoding.TextMarshaler] with the masked form, so
// JSON and other encodings never hold the full number. There is deliberately
// no UnmarshalText: a masked number cannot be read back, and decoding into a
// Number fails rather than produce a Number that is not a card number. Keep
// the digits that must be sent to a gateway out of serialised values.
// encoding/json and encoding/xml use MarshalText; encoding/gob uses
// [Number.GobEncode].
func (n Number) MarshalText() ([]byte, error) {
	return n.AppendMasked(make([]byte, 0, n.n)), nil
}

// GobEncode implements [encoding/gob.GobEncoder] with the masked form, as
// MarshalText does: there is no GobDecode, for the reason there is no
// UnmarshalText.
func (n Number) GobEncode() ([]byte, error) { return n.MarshalText() }
