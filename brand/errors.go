package brand

import (
	"errors"
	"strconv"
)

// Sentinel errors: the categories of bad input (rule C6 lists "input error
// (number, code, expiry)" among the reasons a card registration fails). The
// errors returned are [*ParseError] values wrapping one of these; test for them with [errors.Is].
var (
	// ErrEmpty: the input holds no digits (or no letters, for a brand name).
	ErrEmpty = errors.New("brand: empty input")
	// ErrInvalidCharacter: the input holds something other than digits,
	// spaces and hyphens (full-width forms included).
	ErrInvalidCharacter = errors.New("brand: invalid character")
	// ErrLength: too few or too many digits for the brand, or an input longer
	// than the bound checked before any work ([MaxInputLen] for a number).
	ErrLength = errors.New("brand: wrong length")
	// ErrChecksum: the number's check digit does not match (Luhn, ISO/IEC
	// 7812-1 annex B), which is what most typing mistakes produce.
	ErrChecksum = errors.New("brand: check digit mismatch")
	// ErrSecurityCode: a security code that does not fit its brand (C5).
	// Every error [ValidSecurityCode] returns matches it, together with
	// ErrEmpty, ErrInvalidCharacter or ErrLength where one of those applies.
	ErrSecurityCode = errors.New("brand: invalid security code")
	// ErrBrandName: a brand name that [ParseBrand] does not know.
	ErrBrandName = errors.New("brand: unknown brand name")
	// ErrFunding: a funding name that Funding.UnmarshalText does not know,
	// or a Funding value that is not a declared constant.
	ErrFunding = errors.New("brand: unknown funding")
)

// Field names the input a [ParseError] is about.
type Field uint8

const (
	// FieldNumber is a card number given to [Parse].
	FieldNumber Field = iota
	// FieldSecurityCode is a code given to [ValidSecurityCode].
	FieldSecurityCode
	// FieldBrandName is a name given to [ParseBrand].
	FieldBrandName
)

// String returns "card number", "security code" or "brand name".
func (f Field) String() string {
	switch f {
	case FieldNumber:
		return "card number"
	case FieldSecurityCode:
		return "security code"
	case FieldBrandName:
		return "brand name"
	default:
		return "Field(" + strconv.Itoa(int(f)) + ")"
	}
}

// ParseError describes bad input: which input, where, and the category. It
// never holds the input itself, so neither it nor its text can leak a card
// number or a security code.
type ParseError struct {
	// Field is the kind of input.
	Field Field
	// Pos is the index, counted in runes (characters) from 0, of the first
	// character that is not allowed (Err == ErrInvalidCharacter); -1 when
	// the error is not about one character.
	Pos int
	// Digits is the number of digits found, for ErrLength and ErrChecksum;
	// -1 when the input was longer than its byte bound and was not read.
	Digits int
	// Brand is the brand implied by the leading digits of a number (Unknown
	// when none), or the brand a security code was checked for.
	Brand Brand
	// Err is the category: one of the package's sentinel errors.
	Err error
}

// Error returns a one-line, lower-case description, prefixed "brand: ".
func (e *ParseError) Error() string {
	s := "brand: " + e.Field.String() + ": "
	switch e.Err {
	case ErrEmpty:
		if e.Field == FieldBrandName {
			return s + "no letters"
		}
		return s + "no digits"
	case ErrInvalidCharacter:
		s += "invalid character at position " + strconv.Itoa(e.Pos)
		switch e.Field {
		case FieldBrandName:
			return s + " (letters, spaces and hyphens only)"
		case FieldSecurityCode:
			return s + " (digits only)"
		default:
			return s + " (digits, spaces and hyphens only)"
		}
	case ErrLength:
		switch {
		case e.Digits < 0:
			return s + "input longer than " + strconv.Itoa(e.Field.maxInput()) + " bytes"
		case e.Field == FieldSecurityCode:
			return s + plural(e.Digits, "digit") + "; " + e.Brand.String() + " codes have " + strconv.Itoa(e.Brand.SecurityCodeLen())
		case e.Brand == Unknown || !e.Brand.IsValid():
			return s + plural(e.Digits, "digit") + "; a card number has " + brandInfos[Unknown].lengths.text()
		default:
			return s + plural(e.Digits, "digit") + "; " + e.Brand.String() + " numbers have " + e.Brand.lengthText()
		}
	case ErrChecksum:
		return s + "check digit does not match (a digit is mistyped)"
	case ErrSecurityCode:
		if e.Brand.SecurityCodeLen() == 0 {
			return s + "code length unknown for brand " + e.Brand.String()
		}
		return s + "does not fit brand " + e.Brand.String()
	case ErrBrandName:
		return s + "not a known brand"
	case nil:
		return s + "invalid"
	default:
		return s + e.Err.Error()
	}
}

// Unwrap returns the sentinel error, e.Err.
func (e *ParseError) Unwrap() error { return e.Err }

// Is reports whether every security-code error matches [ErrSecurityCode]
// besides its own category.
func (e *ParseError) Is(target error) bool {
	return target == ErrSecurityCode && e.Field == FieldSecurityCode
}

func (f Field) maxInput() int {
	switch f {
	case FieldNumber:
		return MaxInputLen
	case FieldSecurityCode:
		return maxCodeInput
	case FieldBrandName:
		return maxBrandName
	default:
		return 0
	}
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}
