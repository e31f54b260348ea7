package main

import (
	"encoding/json"
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

// TestCardErrorShape: with -json every error of card is one object with
// "command": "card" and the error, whether or not the number's digits
// could be read (a wrong length or check digit adds what is known).
func TestCardErrorShape(t *testing.T) {
	tests := []struct {
		input string
		code  string
		brand bool // the report of what could be read comes with it
	}{
		{"", "missing-argument", false},
		{"4111-abcd", "syntax", false},
		{strings.Repeat("4", 200), "too-long", false},
		{"4111111111111112", "checksum", true},
		{"3782822463100053", "length", true}, // American Express has 15 digits
		{"4111", "length", true},
	}
	for _, tt := range tests {
		args := []string{"card", "-json"}
		if tt.input != "" {
			args = append(args, tt.input)
		}
		code, out, errOut := runCmd(args, "")
		var r struct {
			Command string    `json:"command"`
			Brand   *string   `json:"brand"`
			Error   *cliError `json:"error"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil || code != exitUsage || errOut != "" {
			t.Errorf("card -json %q: exit %d, stdout %q, stderr %q; want exit 2 and one object", tt.input, code, out, errOut)
			continue
		}
		if r.Command != "card" || r.Error == nil || r.Error.Code != tt.code || (r.Brand != nil) != tt.brand {
			t.Errorf("card -json %q: %s; want command \"card\", error code %q, brand given %v", tt.input, out, tt.code, tt.brand)
		}
	}
	// A valid number is no error: no command key, as in every other command's answer.
	if _, out, _ := runCmd([]string{"card", "-json", "4111111111111111"}, ""); strings.Contains(out, `"command"`) || strings.Contains(out, `"error"`) {
		t.Errorf("card -json of a valid number: %s; want neither command nor error", out)
	}
}
