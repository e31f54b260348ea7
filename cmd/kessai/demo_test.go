package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestDemo(t *testing.T) {
	code, out, errOut := runCmd([]string{"demo"}, "")
	if code != exitOK || errOut != "" {
		t.Fatalf("kessai demo: exit %d, stderr %q; want exit 0 and no stderr", code, errOut)
	}
	// Every step prints its title and command line, then its own output.
	for _, s := range demoSteps {
		if !strings.Contains(out, "# "+s.title+"\n$ kessai "+s.args[0]) {
			t.Errorf("demo output lacks the step %q", s.title)
		}
	}
	for _, want := range []string{
		"brand:          Visa",
		"brand:          American Express",
		"match: variant",
		"match: reordered",
		"no match: mismatch",
		"instalments-not-offered",
		"D3  service may be suspended",
		"2027-03-22 (月)  休日",
		"difference (per-line − aggregate)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
}

// TestDemoNeverPrintsCardNumber checks the demo's output, command lines
// included, for a run of digits longer than the 6 + 4 a masked number shows.
func TestDemoNeverPrintsCardNumber(t *testing.T) {
	_, out, _ := runCmd([]string{"demo"}, "")
	// Digits possibly separated by spaces or hyphens, full width folded.
	folded := strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		if r == '　' {
			return ' '
		}
		return r
	}, out)
	for _, m := range regexp.MustCompile(`\d[\d \-]{10,}\d`).FindAllString(folded, -1) {
		digits := strings.NewReplacer(" ", "", "-", "").Replace(m)
		if len(digits) > 10 {
			t.Errorf("demo output shows %d digits in a row: %q", len(digits), m)
		}
	}
	if strings.Contains(out, "4111 1111 1111 1111") || strings.Contains(out, "4111111111111111") {
		t.Error("demo output shows a full card number")
	}
}

func TestShellQuote(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"timeline", "-failed", "2026-11-25"}, "timeline -failed 2026-11-25"},
		{[]string{"name", "-card", "OHNO YUKO"}, "name -card 'OHNO YUKO'"},
		{[]string{"x", "it's"}, `x 'it'\''s'`},
		{[]string{"x", ""}, "x ''"},
		{[]string{"card", "4111 1111 1111 1111"}, "card '4111 11** **** 1111'"},
	}
	for _, tt := range tests {
		if got := shellQuote(tt.args); got != tt.want {
			t.Errorf("shellQuote(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
}
