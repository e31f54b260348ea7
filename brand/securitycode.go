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
// Every error is an [*Error] with Field "securityCode", which tells it from
// an error about the number: [ErrTooLong] for an input over 16 bytes,
// [ErrEmpty] for no input, [ErrSyntax] (with the position) for a character
// other than a digit, [ErrLength] for a wrong count of digits, and, for
// [Unknown] or a value that is not a declared constant, whose code length
// is not known, [ErrUnknown] for every code.
//
// The code is only read: nothing here keeps it, and no error repeats it.
// Whether the code is the card's is for the issuer to say (rule C6 lists a
// wrong code among input errors).
func ValidSecurityCode(b Brand, code string) error {
	if len(code) > maxCodeInput {
		return codeError(b, ErrTooLong, 0, 0)
	}
	n, pos := 0, 0
	for i := 0; i < len(code); pos++ {
		r, size := rune(code[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(code[i:])
			if r == utf8.RuneError && size == 1 {
				return codeError(b, ErrSyntax, pos+1, 0)
			}
			r = fold(r)
		}
		i += size
		if r < '0' || r > '9' {
			return codeError(b, ErrSyntax, pos+1, 0)
		}
		n++
	}
	want := b.SecurityCodeLen()
	switch {
	case n == 0:
		return codeError(b, ErrEmpty, 0, 0)
	case want == 0:
		return codeError(b, ErrUnknown, 0, 0)
	case n != want:
		return codeError(b, ErrLength, 0, n)
	}
	return nil
}

// codeError is an error of ValidSecurityCode.
func codeError(b Brand, err error, pos, digits int) error {
	return &Error{Func: "ValidSecurityCode", Field: "securityCode", Err: err, Pos: pos, Digits: digits, Brand: b}
}
