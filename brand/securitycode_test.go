package brand_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/brand"
)

func TestValidSecurityCode(t *testing.T) {
	tests := []struct {
		name    string
		b       brand.Brand
		code    string
		wantErr error // nil for a valid code
		pos     int   // ParseError.Pos for ErrInvalidCharacter
	}{
		{"C5/Visa 3 digits", brand.Visa, "123", nil, -1},
		{"C5/Mastercard 3 digits", brand.Mastercard, "000", nil, -1},
		{"C5/JCB 3 digits", brand.JCB, "999", nil, -1},
		{"C5/Diners Club 3 digits", brand.DinersClub, "123", nil, -1},
		{"C5/Discover 3 digits", brand.Discover, "123", nil, -1},
		{"C5/UnionPay 3 digits", brand.UnionPay, "123", nil, -1},
		{"C5/Maestro 3 digits", brand.Maestro, "123", nil, -1},
		{"C5/Mir 3 digits", brand.Mir, "123", nil, -1},
		{"C5/American Express 4 digits", brand.AmericanExpress, "1234", nil, -1},
		{"C5/full-width digits", brand.Visa, "１２３", nil, -1},
		{"C5/full-width Amex", brand.AmericanExpress, "１２３４", nil, -1},
		{"C5/Visa 4 digits", brand.Visa, "1234", brand.ErrLength, -1},
		{"C5/Visa 2 digits", brand.Visa, "12", brand.ErrLength, -1},
		{"C5/American Express 3 digits", brand.AmericanExpress, "123", brand.ErrLength, -1},
		{"C5/American Express 5 digits", brand.AmericanExpress, "12345", brand.ErrLength, -1},
		{"C5/Unknown brand", brand.Unknown, "123", brand.ErrSecurityCode, -1},
		{"C5/invalid brand", brand.Brand(50), "123", brand.ErrSecurityCode, -1},
		{"C6/empty", brand.Visa, "", brand.ErrEmpty, -1},
		{"C6/letter", brand.Visa, "12a", brand.ErrInvalidCharacter, 2},
		{"C6/space", brand.Visa, "1 23", brand.ErrInvalidCharacter, 1},
		{"C6/full-width letter", brand.Visa, "１ａ３", brand.ErrInvalidCharacter, 1},
		{"C6/invalid UTF-8", brand.Visa, "\xff12", brand.ErrInvalidCharacter, 0},
		{"C6/over 16 bytes", brand.Visa, strings.Repeat("1", 17), brand.ErrLength, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := brand.ValidSecurityCode(tc.b, tc.code)
			if tc.wantErr == nil {
				if err != nil {
					t.Errorf("ValidSecurityCode(%v, %q) = %v, want nil", tc.b, tc.code, err)
				}
				return
			}
			if !errors.Is(err, tc.wantErr) || !errors.Is(err, brand.ErrSecurityCode) {
				t.Fatalf("ValidSecurityCode(%v, %q) = %v, want %v and ErrSecurityCode", tc.b, tc.code, err, tc.wantErr)
			}
			var pe *brand.ParseError
			if !errors.As(err, &pe) || pe.Field != brand.FieldSecurityCode || pe.Pos != tc.pos || pe.Brand != tc.b {
				t.Errorf("ValidSecurityCode(%v, %q) = %#v, want a *ParseError for the security code, Pos %d", tc.b, tc.code, err, tc.pos)
			}
			if len(tc.code) >= 3 && strings.Contains(err.Error(), tc.code) {
				t.Errorf("ValidSecurityCode(%v, %q) error %q repeats the code", tc.b, tc.code, err)
			}
		})
	}
}

func TestSecurityCodeErrorText(t *testing.T) {
	tests := []struct {
		b    brand.Brand
		code string
		want string
	}{
		{brand.AmericanExpress, "123", "brand: security code: 3 digits; American Express codes have 4"},
		{brand.Visa, "1", "brand: security code: 1 digit; Visa codes have 3"},
		{brand.Unknown, "123", "brand: security code: code length unknown for brand Unknown"},
		{brand.Visa, "", "brand: security code: no digits"},
		{brand.Visa, "1x", "brand: security code: invalid character at position 1 (digits only)"},
	}
	for _, tc := range tests {
		err := brand.ValidSecurityCode(tc.b, tc.code)
		if err == nil || err.Error() != tc.want {
			t.Errorf("ValidSecurityCode(%v, %q) = %v, want %q", tc.b, tc.code, err, tc.want)
		}
	}
}
