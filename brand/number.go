package brand

import "encoding/binary"

// Number is a card number (primary account number, PAN) that has passed
// [Parse]: 12 to 19 digits, a length its brand issues, and a valid Luhn check
// digit. It is a small comparable value: two Numbers are == when their digits
// are. The zero value is not a number; [Number.IsValid] reports false for it.
//
// Every string a Number produces ([Number.String], [Number.GoString],
// [Number.Masked], [Number.Format], [Number.MarshalText], and so %v, %+v,
// %#v, %s and JSON) is masked: at most the first 6 and the last 4 digits are
// visible. Only [Number.PAN] returns the full digits.
//
// The digits are stored scrambled (see scrambleKey), so that fmt printing a
// struct that holds a Number in an unexported field, where it cannot call
// String, shows bytes that are not digits rather than the number.
type Number struct {
	d     [MaxDigits]byte // ASCII digits, zero-padded, XOR scrambleKey
	n     uint8           // number of digits; 0 for the zero value
	brand Brand
}

// scrambleKey is XORed into a Number's digits. fmt cannot call String on a
// Number in an unexported struct field and prints its fields instead: with
// plain digits, %s and %q of such a struct would show the full number. Every
// key byte has its high bit set, so a stored digit is never an ASCII digit
// (nor printable ASCII), and the bytes differ by position, so a repeated
// digit does not repeat. This is not encryption: it keeps the number out of
// accidental logs, nothing more; the key is in this source file.
const scrambleKey = "\xa5\xc3\x96\xe1\xb4\xd2\x87\xf0\xa9\xcb\x9e\xe5\xb8\xd6\x8d\xf4\xa1\xc7\x92"

// scramble XORs scrambleKey into d, all of it: a Number's unused tail holds
// the key's bytes, the same in every Number, so == still compares digits.
// Two 64-bit words and three bytes rather than 19 bytes, as Parse is a hot
// path.
func scramble(d *[MaxDigits]byte) {
	binary.LittleEndian.PutUint64(d[0:8], binary.LittleEndian.Uint64(d[0:8])^binary.LittleEndian.Uint64([]byte(scrambleKey[0:8])))
	binary.LittleEndian.PutUint64(d[8:16], binary.LittleEndian.Uint64(d[8:16])^binary.LittleEndian.Uint64([]byte(scrambleKey[8:16])))
	d[16] ^= scrambleKey[16]
	d[17] ^= scrambleKey[17]
	d[18] ^= scrambleKey[18]
}

// digit returns the i-th digit of n, ASCII.
func (n *Number) digit(i int) byte { return n.d[i] ^ scrambleKey[i] }

// digits returns the digits from i to j as a string.
func (n *Number) digits(i, j int) string {
	var buf [MaxDigits]byte
	for k := i; k < j; k++ {
		buf[k] = n.digit(k)
	}
	return string(buf[i:j])
}

// Parse reads a card number as people type it: digits, with spaces and
// hyphens anywhere between them; full-width digits, ideographic spaces,
// full-width hyphens and the prolonged sound mark "ー" typed in kana mode are
// folded first (golang.org/x/text/width). Other compatibility forms of
// digits (circled ①, superscript ², other scripts' digits) are not typed by
// any input method for a card number and are rejected, not folded. It checks,
// in this order:
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
	if len(s) > MaxInputLen {
		return Number{}, &ParseError{Field: FieldNumber, Pos: -1, Digits: -1, Err: ErrLength}
	}
	var sc scanned
	scan(s, &sc)
	if sc.bad >= 0 {
		return Number{}, &ParseError{Field: FieldNumber, Pos: sc.bad, Err: ErrInvalidCharacter}
	}
	if sc.n == 0 {
		return Number{}, &ParseError{Field: FieldNumber, Pos: -1, Err: ErrEmpty}
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
		return Number{}, &ParseError{Field: FieldNumber, Pos: -1, Digits: sc.n, Brand: b, Err: ErrLength}
	}
	if !luhn(sc.d[:sc.n]) {
		return Number{}, &ParseError{Field: FieldNumber, Pos: -1, Digits: sc.n, Brand: b, Err: ErrChecksum}
	}
	scramble(&sc.d)
	return Number{d: sc.d, n: uint8(sc.n), brand: b}, nil
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
func (n Number) IsValid() bool { return n.n != 0 }

// Brand returns the number's brand, Unknown for a number of no known brand
// and for the zero Number.
func (n Number) Brand() Brand { return n.brand }

// Len returns the number of digits, 0 for the zero Number.
func (n Number) Len() int { return int(n.n) }

// Last4 returns the last four digits, "" for the zero Number.
func (n Number) Last4() string {
	if n.n == 0 {
		return ""
	}
	return n.digits(int(n.n)-4, int(n.n))
}

// BIN returns the bank identification number (issuer identification number,
// ISO/IEC 7812-1): the first 8 digits of a number of 16 digits or more, the
// first 6 of a shorter one; "" for the zero Number.
//
// For a 16-digit number, BIN and [Number.Last4] together show 12 of the 16
// digits: display [Number.Masked] instead, which shows only the first 6.
func (n Number) BIN() string {
	switch {
	case n.n == 0:
		return ""
	case n.n >= 16:
		return n.digits(0, 8)
	default:
		return n.digits(0, 6)
	}
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
	l := int(n.n)
	for i := range l {
		if i < maskHead || i >= l-maskTail {
			dst = append(dst, n.digit(i))
		} else {
			dst = append(dst, maskRune)
		}
	}
	return dst
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
	if n.n == 0 {
		return "brand.Number{}"
	}
	return "brand.Number{" + n.brand.String() + " " + n.Masked() + "}"
}

// MarshalText implements [encoding.TextMarshaler] with the masked form, so
// JSON and other encodings never hold the full number. There is deliberately
// no UnmarshalText: a masked number cannot be read back, and decoding into a
// Number fails rather than produce a Number that is not a card number. Keep
// the digits that must be sent to a gateway out of serialised values.
func (n Number) MarshalText() ([]byte, error) {
	return n.AppendMasked(make([]byte, 0, n.n)), nil
}

// PAN returns the full digits, without separators. It is for handing the
// number to the payment gateway (card processor) only: never display, log,
// store or serialise it. "" for the zero Number.
func (n Number) PAN() string { return n.digits(0, int(n.n)) }
