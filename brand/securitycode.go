package brand

import "unicode/utf8"

// maxCodeInput bounds the input of ValidSecurityCode, in bytes: room for a
// 4-digit code in full-width digits (3 bytes each) and a little more.
const maxCodeInput = 16

// ValidSecurityCode reports, as a nil error, whether code is a well-formed
// security code (CVV2, CVC2, CID …) for brand b: exactly
// [Brand.SecurityCodeLen] digits, 4 for American Express and 3 for the others
// (rule C5). Full-width digits are accepted (folded with
// golang.org/x/text/width); spaces, hyphens and anything else are not, as a
// code is never grouped.
//
// Every error matches [ErrSecurityCode] and is a [*ParseError]; it also
// matches [ErrEmpty] for no input, [ErrInvalidCharacter] (with the position)
// for a character other than a digit, and [ErrLength] for a wrong count of
// digits or an input over 16 bytes. For [Unknown], whose code length is not
// known, every code is an error matching ErrSecurityCode only.
//
// The code is only read: nothing here keeps it, and no error repeats it.
// Whether the code is the card's is for the issuer to say (rule C6 lists a
// wrong code among input errors).
func ValidSecurityCode(b Brand, code string) error {
	if len(code) > maxCodeInput {
		return &ParseError{Field: FieldSecurityCode, Pos: -1, Digits: -1, Brand: b, Err: ErrLength}
	}
	n, pos := 0, 0
	for i := 0; i < len(code); pos++ {
		r, size := rune(code[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(code[i:])
			if r == utf8.RuneError && size == 1 {
				return &ParseError{Field: FieldSecurityCode, Pos: pos, Brand: b, Err: ErrInvalidCharacter}
			}
			r = fold(r)
		}
		i += size
		if r < '0' || r > '9' {
			return &ParseError{Field: FieldSecurityCode, Pos: pos, Brand: b, Err: ErrInvalidCharacter}
		}
		n++
	}
	want := b.SecurityCodeLen()
	switch {
	case n == 0:
		return &ParseError{Field: FieldSecurityCode, Pos: -1, Brand: b, Err: ErrEmpty}
	case want == 0:
		return &ParseError{Field: FieldSecurityCode, Pos: -1, Digits: n, Brand: b, Err: ErrSecurityCode}
	case n != want:
		return &ParseError{Field: FieldSecurityCode, Pos: -1, Digits: n, Brand: b, Err: ErrLength}
	}
	return nil
}
