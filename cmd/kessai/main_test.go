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
