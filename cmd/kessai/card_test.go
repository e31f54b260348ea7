package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/brand"
)

// TestMinDigits: minDigits is the fewest digits brand.Parse accepts (of a
// number of no known brand, C6), so that "kessai card" calls a shorter
// number incomplete rather than wrong.
func TestMinDigits(t *testing.T) {
	for _, tc := range []struct {
		n  int
		ok bool
	}{{minDigits - 1, false}, {minDigits, true}} {
		s := luhnComplete(strings.Repeat("9", tc.n-1))
		_, err := brand.Parse(s)
		if (err == nil) != tc.ok || !tc.ok && !errors.Is(err, brand.ErrLength) {
			t.Errorf("brand.Parse of %d digits: %v, want ok %v (minDigits = %d)", tc.n, err, tc.ok, minDigits)
		}
	}
}

// luhnComplete appends the Luhn check digit to the ASCII digits d.
func luhnComplete(d string) string {
	for c := byte('0'); c <= '9'; c++ {
		if s := d + string(c); brand.Luhn(s) {
			return s
		}
	}
	panic("unreachable: one check digit always fits")
}
