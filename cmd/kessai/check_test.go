package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/eligibility"
)

// TestCheckStdinBounds tests what check's help says of -stdin: the
// application at most eligibility.MaxApplicationJSON bytes, standard input
// read up to maxStdin, white space around the application included.
func TestCheckStdinBounds(t *testing.T) {
	// object returns an application of exactly n bytes.
	object := func(n int) string {
		const head, tail = `{"method": "credit", "purpose": "monthly"`, "}"
		return head + strings.Repeat(" ", n-len(head)-len(tail)) + tail
	}
	tests := []struct {
		name  string
		in    string
		code  string // the error's code, "" for a decision
		field string
	}{
		{"application at its bound", object(eligibility.MaxApplicationJSON), "", ""},
		{"application at its bound, input at the read cap", object(eligibility.MaxApplicationJSON) + strings.Repeat("\n", maxStdin-eligibility.MaxApplicationJSON), "", ""},
		{"application over its bound", object(eligibility.MaxApplicationJSON + 1), "too-long", "application"},
		{"input over the read cap", object(eligibility.MaxApplicationJSON) + strings.Repeat("\n", maxStdin-eligibility.MaxApplicationJSON+1), "too-long", "stdin"},
	}
	for _, tt := range tests {
		_, out, errOut := runCmd([]string{"check", "-json", "-stdin", "-at", "2026-11-24T10:00:00+09:00"}, tt.in)
		var r struct {
			Verdict string    `json:"verdict"`
			Error   *cliError `json:"error"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil || errOut != "" {
			t.Errorf("%s: stdout %.300q, stderr %q; want one object", tt.name, out, errOut)
			continue
		}
		switch {
		case tt.code == "" && (r.Error != nil || r.Verdict == ""):
			t.Errorf("%s: %.300s; want a decision", tt.name, out)
		case tt.code != "" && (r.Error == nil || r.Error.Code != tt.code || r.Error.Field != tt.field):
			t.Errorf("%s: %.300s; want code %q on %q", tt.name, out, tt.code, tt.field)
		}
	}
	// The help and the README state the bounds tested.
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"help", "check", "-lang", "en"}, []string{"at most 16 KiB per application; input read up to 64 KiB", "one object of at most 16 KiB"}},
		{[]string{"help", "check"}, []string{"申込みは最大 16 KiB、標準入力は 64 KiB まで読む", "オブジェクト 1 個で最大 16 KiB"}},
	} {
		_, out, _ := runCmd(tt.args, "")
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("kessai %q does not say %q", tt.args, w)
			}
		}
	}
	if w := "for `check -stdin` at most 16 KiB per application (`eligibility.MaxApplicationJSON`), input read up to 64 KiB"; !strings.Contains(strings.Join(strings.Fields(string(readme)), " "), w) {
		t.Errorf("README does not say %q", w)
	}
	if eligibility.MaxApplicationJSON != 16<<10 || maxStdin != 64<<10 {
		t.Errorf("the bounds are %d and %d bytes; the help and the README say 16 KiB and 64 KiB", eligibility.MaxApplicationJSON, maxStdin)
	}
}
