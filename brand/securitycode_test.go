package brand_test

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/brand"
)

func TestValidSecurityCode(t *testing.T) {
	tests := []struct {
		name    string
		b       brand.Brand
		code    string
		wantErr error // nil for a valid code
		pos     int   // Error.Pos: the 1-based character for ErrSyntax, 0 otherwise
	}{
		{"C5/Visa 3 digits", brand.Visa, "123", nil, 0},
		{"C5/Mastercard 3 digits", brand.Mastercard, "000", nil, 0},
		{"C5/JCB 3 digits", brand.JCB, "999", nil, 0},
		{"C5/Diners Club 3 digits", brand.DinersClub, "123", nil, 0},
		{"C5/Discover 3 digits", brand.Discover, "123", nil, 0},
		{"C5/UnionPay 3 digits", brand.UnionPay, "123", nil, 0},
		{"C5/Maestro 3 digits", brand.Maestro, "123", nil, 0},
		{"C5/Mir 3 digits", brand.Mir, "123", nil, 0},
		{"C5/American Express 4 digits", brand.AmericanExpress, "1234", nil, 0},
		{"C5/full-width digits", brand.Visa, "１２３", nil, 0},
		{"C5/full-width Amex", brand.AmericanExpress, "１２３４", nil, 0},
		{"C5/Visa 4 digits", brand.Visa, "1234", brand.ErrLength, 0},
		{"C5/Visa 2 digits", brand.Visa, "12", brand.ErrLength, 0},
		{"C5/American Express 3 digits", brand.AmericanExpress, "123", brand.ErrLength, 0},
		{"C5/American Express 5 digits", brand.AmericanExpress, "12345", brand.ErrLength, 0},
		{"C5/Unknown brand", brand.Unknown, "123", brand.ErrUnknown, 0},
		{"C5/invalid brand", brand.Brand(50), "123", brand.ErrUnknown, 0},
		{"C6/empty", brand.Visa, "", brand.ErrEmpty, 0},
		{"C6/letter", brand.Visa, "12a", brand.ErrSyntax, 3},
		{"C6/space", brand.Visa, "1 23", brand.ErrSyntax, 2},
		{"C6/full-width letter", brand.Visa, "１ａ３", brand.ErrSyntax, 2},
		{"C6/invalid UTF-8", brand.Visa, "\xff12", brand.ErrSyntax, 1},
		{"C6/over 16 bytes", brand.Visa, strings.Repeat("1", 17), brand.ErrTooLong, 0},
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
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("ValidSecurityCode(%v, %q) = %v, want %v", tc.b, tc.code, err, tc.wantErr)
			}
			// Field tells a security-code error from a number's.
			var e *brand.Error
			if !errors.As(err, &e) || e.Func != "ValidSecurityCode" || e.Field != "securityCode" || e.Pos != tc.pos || e.Brand != tc.b {
				t.Errorf("ValidSecurityCode(%v, %q) = %#v, want an *Error for field securityCode, Pos %d", tc.b, tc.code, err, tc.pos)
			}
			for _, out := range []string{err.Error(), e.Message(language.Japanese), e.Message(language.English)} {
				if len(tc.code) >= 3 && strings.Contains(out, tc.code) {
					t.Errorf("ValidSecurityCode(%v, %q) error %q repeats the code", tc.b, tc.code, out)
				}
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
		{brand.AmericanExpress, "123", "brand: ValidSecurityCode: securityCode: 3 digits; American Express codes have 4"},
		{brand.Visa, "1", "brand: ValidSecurityCode: securityCode: 1 digit; Visa codes have 3"},
		{brand.Unknown, "123", "brand: ValidSecurityCode: securityCode: code length unknown for brand Unknown"},
		{brand.Visa, "", "brand: ValidSecurityCode: securityCode: no digits"},
		{brand.Visa, "1x", "brand: ValidSecurityCode: securityCode: invalid character (character 2; digits only)"},
	}
	for _, tc := range tests {
		err := brand.ValidSecurityCode(tc.b, tc.code)
		if err == nil || err.Error() != tc.want {
			t.Errorf("ValidSecurityCode(%v, %q) = %v, want %q", tc.b, tc.code, err, tc.want)
		}
	}
}
