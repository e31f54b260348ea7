package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func runArgs(args ...string) (stdout, stderr string, code int) {
	code, stdout, stderr = runCmd(args, "")
	return stdout, stderr, code
}

func TestCardText(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"Visa, split over arguments", []string{"card", "4111", "1111", "1111", "1111"}, `brand:          Visa
number:         4111 11** **** 1111
masked:         411111******1111
length:         16 digits
luhn:           valid
security code:  3 digits
candidates:     Visa
`},
		{"C5/American Express 4-digit code", []string{"card", "3782 822463 10005"}, `brand:          American Express
number:         3782 82**** *0005
masked:         378282*****0005
length:         15 digits
luhn:           valid
security code:  4 digits
candidates:     American Express
`},
		{"full width", []string{"card", "３５３０　１１１３　３３３０　００００"}, `brand:          JCB
number:         3530 11** **** 0000
masked:         353011******0000
length:         16 digits
luhn:           valid
security code:  3 digits
candidates:     JCB
`},
		{"Diners Club 14 digits in 36", []string{"card", "3622-720627-1667"}, `brand:          Diners Club
number:         3622 72**** 1667
masked:         362272****1667
length:         14 digits
luhn:           valid
security code:  3 digits
candidates:     Diners Club
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runArgs(tc.args...)
			if code != exitOK || errOut != "" {
				t.Errorf("run(%q) = exit %d, stderr %q; want 0 and no stderr", tc.args, code, errOut)
			}
			if diff := cmp.Diff(tc.want, out); diff != "" {
				t.Errorf("run(%q) stdout (-want +got):\n%s", tc.args, diff)
			}
		})
	}
}

func TestCardJSON(t *testing.T) {
	out, errOut, code := runArgs("card", "-json", "5555 5555 5555 4444")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q; want 0 and no stderr", code, errOut)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	want := map[string]any{
		"brand": "Mastercard", "masked": "555555******4444", "formatted": "5555 55** **** 4444",
		"length": 16.0, "luhn": "valid", "securityCodeLength": 3.0, "candidates": []any{"Mastercard"},
		"complete": true,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("card -json (-want +got):\n%s", diff)
	}
}

func TestCardIncomplete(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantOut    string
		wantErr    string
		wantInJSON map[string]any
	}{
		{"one digit, three brands", []string{"card", "3"}, `brand:          Unknown
length:         1 digit (incomplete)
luhn:           not checked
security code:  unknown (brand not known)
candidates:     American Express, JCB, Diners Club
`, "kessai card: incomplete number: brand: card number: 1 digit; a card number has 12 to 19\n", nil},
		{"JCB so far", []string{"card", "3530 11"}, `brand:          JCB
length:         6 digits (incomplete)
luhn:           not checked
security code:  3 digits
candidates:     JCB
`, "kessai card: incomplete number: brand: card number: 6 digits; JCB numbers have 15 to 19\n", nil},
		{"Visa, 12 digits of 16", []string{"card", "4111 1111 1111"}, `brand:          Visa
length:         12 digits (incomplete)
luhn:           not checked
security code:  3 digits
candidates:     Visa
`, "kessai card: incomplete number: brand: card number: 12 digits; Visa numbers have 13 to 19\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runArgs(tc.args...)
			if code != exitUsage {
				t.Errorf("run(%q) exit %d, want %d", tc.args, code, exitUsage)
			}
			if diff := cmp.Diff(tc.wantOut, out); diff != "" {
				t.Errorf("run(%q) stdout (-want +got):\n%s", tc.args, diff)
			}
			if errOut != tc.wantErr {
				t.Errorf("run(%q) stderr %q, want %q", tc.args, errOut, tc.wantErr)
			}
		})
	}
	out, _, code := runArgs("card", "-json", "622")
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != exitUsage {
		t.Fatalf("card -json 622: exit %d, stdout %q, %v", code, out, err)
	}
	if got["incomplete"] != true || got["complete"] != false || !cmp.Equal(got["candidates"], []any{"UnionPay"}) {
		t.Errorf("card -json 622 = %v, want incomplete, candidates [UnionPay]", got)
	}
}

func TestCardBadInput(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"C6/check digit", []string{"card", "4111111111111112"}, "kessai card: brand: card number: check digit does not match (a digit is mistyped)\n"},
		{"C6/letter", []string{"card", "4111 1111 1111 111l"}, "kessai card: brand: card number: invalid character at position 18 (digits, spaces and hyphens only)\n"},
		{"C6/too many digits", []string{"card", "4111 1111 1111 1111 1111"}, "kessai card: brand: card number: 20 digits; Visa numbers have 13 to 19\n"},
		{"C6/Amex length", []string{"card", "3782 8224 6310 0055"}, "kessai card: brand: card number: 16 digits; American Express numbers have 15\n"},
		{"no number", []string{"card"}, "kessai card: missing NUMBER; usage: kessai card [-json] NUMBER\n"},
		{"only separators", []string{"card", "　ー　"}, "kessai card: brand: card number: no digits\n"},
		{"very long input", []string{"card", strings.Repeat("4111 ", 40)}, "kessai card: brand: card number: input longer than 96 bytes\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errOut, code := runArgs(tc.args...)
			if code != exitUsage {
				t.Errorf("run(%q) exit %d, want %d", tc.args, code, exitUsage)
			}
			if errOut != tc.wantErr {
				t.Errorf("run(%q) stderr %q, want %q", tc.args, errOut, tc.wantErr)
			}
			if strings.Count(errOut, "\n") != 1 {
				t.Errorf("run(%q) stderr %q, want one line", tc.args, errOut)
			}
		})
	}
}

// TestCardNeverEchoes runs the command on numbers whose hidden digits do not
// repeat elsewhere, in every form and mode, and checks that no output, on
// either stream, shows a run of digits beyond the first 6 and the last 4.
func TestCardNeverEchoes(t *testing.T) {
	pans := []string{
		"4929381756204917",     // Visa, valid
		"4929381756204914",     // Visa, check digit wrong
		"378692153047814",      // American Express, valid
		"3569872140536607",     // JCB, valid
		"30192837465524",       // Diners Club, 14 digits, valid
		"6213579246801354",     // UnionPay, valid
		"49293817562049170000", // 20 digits
	}
	for _, pan := range pans {
		if !leaked(pan, pan) || !leaked("492938"+pan[6:], pan) {
			t.Fatalf("leaked does not see the number %s… in itself", pan[:6])
		}
	}
	var forms []func(string) []string
	forms = append(forms,
		func(p string) []string { return []string{p} },
		func(p string) []string { return []string{p[:4], p[4:8], p[8:12], p[12:]} },
		func(p string) []string { return []string{"-" + p} },
		func(p string) []string { return []string{"--" + p} },
		func(p string) []string { return []string{"-json", p} },
		func(p string) []string { return []string{p, "-json"} },
		func(p string) []string { return []string{"-json=" + p} },
		func(p string) []string { return []string{"-x", p} },
		func(p string) []string { return []string{p + "x"} },
		func(p string) []string { return []string{"x" + p} },
		func(p string) []string { return []string{p[:10]} },
		func(p string) []string { return []string{toFullWidth(p)} },
	)
	for _, pan := range pans {
		for i, form := range forms {
			args := append([]string{"card"}, form(pan)...)
			out, errOut, _ := runArgs(args...)
			for name, s := range map[string]string{"stdout": out, "stderr": errOut} {
				if leaked(s, pan) {
					t.Errorf("form %d of %s…: %s shows hidden digits:\n%s", i, pan[:6], name, s)
				}
			}
		}
	}
}

// leaked reports whether s holds 4 consecutive digits of pan that include
// a digit masking hides (after the first 6, before the last 4), with spaces
// and hyphens in s ignored.
func leaked(s, pan string) bool {
	flat := strings.NewReplacer(" ", "", "-", "", "\n", "").Replace(s)
	n := len(pan)
	for i := 0; i+4 <= n; i++ {
		if i+4 <= 6 || i >= n-4 && i+4 <= n {
			continue
		}
		if strings.Contains(flat, pan[i:i+4]) {
			return true
		}
	}
	return false
}

func toFullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '０'
		}
		return r
	}, s)
}
