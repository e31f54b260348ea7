package brand

// Number is a card number (primary account number, PAN) that has passed
// [Parse]: 12 to 19 digits, a length its brand issues, and a valid Luhn check
// digit. It keeps only what masking and the rules need: the first 6 digits,
// the last 4, the count of digits and the brand. The other digits are not in
// it in any form (see the package doc, "Masking guarantee", for why), so
// two Numbers are == when their first 6 and last 4 digits, length and brand
// are: numbers that differ only in their hidden digits are equal. The zero
// value is not a number: its methods return "" and Unknown, and a caller
// tells it apart by comparing with Number{}.
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
//   - the input is at most 96 bytes (checked before reading it), else
//     [ErrTooLong]; that leaves room for 19 full-width digits (3 bytes each)
//     with a full-width separator between every group;
//   - every character is a digit or a separator, else [ErrSyntax] with the
//     character's position;
//   - there is a digit, else [ErrEmpty];
//   - the count of digits is one the brand issues in the range the number
//     falls in (12 to 19 for a number of no known brand), else [ErrLength];
//   - the Luhn check digit matches, else [ErrChecksum].
//
// Errors are [*Error] values with Field "number"; they say where and what
// (the position, the count of digits and the brand the leading digits
// imply), never which digits. A number of no known brand, with a valid
// length and check digit, parses with Brand() == Unknown. A valid number,
// ASCII or full width, does not allocate.
//
// Parse checks the form of a number only: whether the card exists, is
// credit or debit (see [Funding]) or is accepted by a carrier (rules M1, M2,
// C2) is not its business.
func Parse(s string) (Number, error) {
	var sc scanned
	b, e := parse(s, &sc)
	if e != nil {
		e.Func = "Parse"
		return Number{}, e
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
	if _, e := parse(s, &sc); e != nil {
		e.Func = "Digits"
		return "", e
	}
	return string(sc.d[:sc.n]), nil
}

// parse reads s into sc and checks it as [Parse] documents, returning the
// brand, or an error whose Func the caller fills in (which keeps the hot
// path as short as it was before Error had a Func).
func parse(s string, sc *scanned) (Brand, *Error) {
	if len(s) > maxInputLen {
		return Unknown, &Error{Field: "number", Err: ErrTooLong}
	}
	scan(s, sc)
	if sc.bad >= 0 {
		return Unknown, &Error{Field: "number", Err: ErrSyntax, Pos: sc.bad + 1}
	}
	if sc.n == 0 {
		return Unknown, &Error{Field: "number", Err: ErrEmpty}
	}
	b, lens := Unknown, brandInfos[Unknown].lengths
	if sc.n >= keyDigits {
		lo, _ := keyRange(sc.d[:min(sc.n, maxDigits)])
		if r := rowOf(lo); r != nil {
			b, lens = r.brand, r.lengths()
		}
	} else {
		// Too short in any case (minDigits > keyDigits); name the brand the
		// prefix implies, if only one, so the error can give its lengths.
		lo, hi := keyRange(sc.d[:sc.n])
		set, l := possible(lo, hi, sc.n)
		if b = set.only(); b != Unknown {
			lens = l
		}
	}
	if !lens.has(sc.n) {
		return Unknown, &Error{Field: "number", Err: ErrLength, Digits: sc.n, Brand: b}
	}
	if !luhn(sc.d[:sc.n]) {
		return Unknown, &Error{Field: "number", Err: ErrChecksum, Digits: sc.n, Brand: b}
	}
	return b, nil
}

// Brand returns the number's brand, Unknown for a number of no known brand
// and for the zero Number.
func (n Number) Brand() Brand { return n.brand }

// Last4 returns the last four digits, "" for the zero Number.
func (n Number) Last4() string {
	if !n.valid {
		return ""
	}
	var buf [4]byte
	return string(appendPadded(buf[:0], uint32(n.tail), 4))
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
// Number has at least minDigits (12) digits, so at least 2 are always hidden.
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
	var buf [maxDigits]byte
	return string(n.appendMasked(buf[:0]))
}

// appendMasked appends [Number.Masked] to dst and returns the extended
// slice; it does not allocate when dst has room.
func (n Number) appendMasked(dst []byte) []byte {
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
	groupings = [maxDigits + 1][5]uint8{
		12: {4, 4, 4},
		13: {4, 4, 5},
		14: {4, 4, 6},
		15: {4, 4, 4, 3},
		16: {4, 4, 4, 4},
		17: {4, 4, 4, 5},
		18: {4, 4, 4, 6},
		19: {4, 4, 4, 4, 3},
	}
	wideGroupings = [maxDigits + 1][5]uint8{
		14: {4, 6, 4},
		15: {4, 6, 5},
	}
)

// Format returns the masked number grouped the way the brand prints it on
// the card, such as "4111 11** **** 1111", "3782 82**** *0005" (American
// Express, 4-6-5) or "3622 72**** 1667" (Diners Club, 4-6-4); "" for the
// zero Number.
func (n Number) Format() string {
	var buf [maxDigits + 4]byte
	return string(n.appendFormat(buf[:0]))
}

// appendFormat appends [Number.Format] to dst and returns the extended
// slice; it does not allocate when dst has room.
func (n Number) appendFormat(dst []byte) []byte {
	var buf [maxDigits]byte
	m := n.appendMasked(buf[:0])
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

// MarshalText implements [encoding.TextMarshaler] with the masked form
// ([Number.Masked]), so JSON, XML and other text encodings never hold the
// full number; the zero Number marshals as "". This is the one value of the
// module whose JSON does not round-trip (docs/CONVENTIONS.md, "JSON"): a
// masked number cannot be read back, and there is deliberately no
// UnmarshalText, so decoding into a Number fails rather than produce a
// Number that was never parsed. A form sends the number as typed, which the
// caller reads with [Parse]; keep the digits a gateway needs ([Digits]) out
// of serialised values. encoding/gob refuses a Number (it has no exported
// fields), which is safe.
func (n Number) MarshalText() ([]byte, error) {
	return n.appendMasked(make([]byte, 0, n.n)), nil
}
