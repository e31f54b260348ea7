package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// runCmd runs kessai with args and stdin and returns its exit status and
// both streams.
func runCmd(args []string, stdin string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb})
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"help"}, {"-h"}} {
		code, out, _ := runCmd(args, "")
		if code != exitOK {
			t.Errorf("kessai %q: exit %d, want %d", args, code, exitOK)
		}
		for _, c := range commands() {
			if !strings.Contains(out, "kessai "+c.name) {
				t.Errorf("kessai %q: usage does not list %q:\n%s", args, c.name, out)
			}
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	code, out, errOut := runCmd([]string{"pay"}, "")
	if code != exitUsage || out != "" || !strings.Contains(errOut, `unknown command "pay"`) {
		t.Errorf("kessai pay = %d, stdout %q, stderr %q; want exit %d and an unknown-command error", code, out, errOut, exitUsage)
	}
}

func TestColumns(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"IIJmio", 6},
		{"ヤマダ タカシ", 13}, // six wide katakana and a space
		{"ﾔﾏﾀﾞ", 4},     // half-width katakana take one column each
		{"2026-11-25 (水)", 15},
		{"¥1,009", 6},
	}
	for _, tt := range tests {
		if got := columns(tt.s); got != tt.want {
			t.Errorf("columns(%q) = %d, want %d", tt.s, got, tt.want)
		}
		if got := columns(padColumns(tt.s, 16)); got != max(16, tt.want) {
			t.Errorf("columns(padColumns(%q, 16)) = %d, want %d", tt.s, got, max(16, tt.want))
		}
	}
}

func TestMaskPANs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"4111111111111111", "411111******1111"},
		{`"4111 1111 1111 1111"`, `"4111 11** **** 1111"`},
		{"x 4111-1111-1111-1111 y", "x 4111-11**-****-1111 y"},
		{"４１１１　１１１１　１１１１　１１１１", "４１１１　１１＊＊　＊＊＊＊　１１１１"},
		{"12345678901", "12345678901"},                                 // 11 digits: shorter than any card number
		{"123456789012", "123456**9012"},                               // 12: the shortest
		{"2026-11-25 (水) – 2026-12-09", "2026-11-25 (水) – 2026-12-09"}, // dates stay
		{"2026-11-25, 2026-12-09", "2026-11-25, 2026-12-09"},
		{"123456  789012", "123456  789012"}, // two separators end a run
		{"¥1,009 ¥3,109", "¥1,009 ¥3,109"},
	}
	for _, tt := range tests {
		if got := string(maskPANs([]byte(tt.in))); got != tt.want {
			t.Errorf("maskPANs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNoCommandEchoesCardNumber types a card number into every place of
// every command: as a stray argument, as the value of each flag its synopsis
// names, and as a flag of its own. No output may show more than the first 6
// and last 4 digits.
func TestNoCommandEchoesCardNumber(t *testing.T) {
	pans := []string{"4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "４１１１１１１１１１１１１１１１"}
	flagRE := regexp.MustCompile(`-[a-z][a-z-]*`)
	for _, c := range commands() {
		if c.name == "demo" {
			continue
		}
		var cases [][]string
		for _, pan := range pans {
			cases = append(cases, []string{c.name, pan}, []string{c.name, "-" + pan}, []string{c.name, "-json", pan})
			for _, f := range flagRE.FindAllString(c.args, -1) {
				cases = append(cases, []string{c.name, f, pan}, []string{c.name, f + "=" + pan})
			}
		}
		for _, args := range cases {
			_, out, errOut := runCmd(args, `{"mioID": "4111111111111111"}`)
			for _, s := range []string{out, errOut} {
				if runs := panRuns(s); len(runs) > 0 {
					t.Errorf("kessai %q printed %q", args, runs)
				}
			}
		}
	}
}

// panRuns returns the runs of 12 or more digits in s that show more than the
// masked form's first 6 and last 4, separators and full width folded.
func panRuns(s string) []string {
	folded := strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '　' || r == ' ' || r == '-' || r == '－':
			return -1
		}
		return r
	}, s)
	return regexp.MustCompile(`\d{11,}`).FindAllString(folded, -1)
}
