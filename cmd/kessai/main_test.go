package main

import (
	"bytes"
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
