package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kessai-jp/kessai/billing"
)

// runBillingCmd runs the command line args and returns exit status, stdout, stderr.
func runBillingCmd(args ...string) (int, string, string) {
	return runCmd(args, "")
}

func TestTimelineCommand(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want []string // substrings of stdout (exit 0) or stderr
	}{
		{"D1–D8 seed schedule", []string{"timeline", "--failed", "2026-11-25"}, exitOK, []string{
			"failed charge on 2026-11-25 (水) (policy iijmio)",
			"2026-11-27 (金) – 2026-12-09 (水)  D3  service may be suspended",
			"2027-01-22 (金) – 2027-04-15 (木)  D7  contract may be terminated",
		}},
		{"D4 published slip 6th–10th", []string{"timeline", "-policy", "published", "-failed", "2026-11-25"}, exitOK, []string{
			"2026-12-06 (日) – 2026-12-10 (木)  D4  convenience-store payment slip mailed",
		}},
		{"D6 status after a slip payment", []string{"timeline", "-failed", "2026-11-25", "-today", "2026-12-22", "-paid", "2026-12-10", "-via", "slip"}, exitOK, []string{
			"On 2026-12-22 (火): active (certain, D6)",
			"reflected 2026-12-15 (火) – 2026-12-17 (木)",
		}},
		{"D5 card payment may be reflected", []string{"timeline", "-failed", "2026-11-25", "-today", "2026-11-26", "-paid", "2026-11-26"}, exitOK, []string{
			"On 2026-11-26 (木): possibly past-due, otherwise active (D5)",
		}},
		{"D3 suspension possible", []string{"timeline", "-failed", "2026-11-25", "-today", "2026-12-01"}, exitOK, []string{
			"On 2026-12-01 (火): possibly suspended, otherwise past-due (D3)",
		}},
		{"D7 termination possible", []string{"timeline", "-failed", "2026-11-25", "-today", "2027-02-01"}, exitOK, []string{
			"On 2027-02-01 (月): possibly terminated, otherwise suspended (D7)",
		}},
		{"full-width date", []string{"timeline", "-failed", "２０２６－１１－２５"}, exitOK, []string{"2026-11-25 (水)"}},
		{"missing -failed", []string{"timeline"}, exitUsage, []string{"kessai timeline: -failed DATE is required"}},
		{"invalid date", []string{"timeline", "-failed", "2026-02-30"}, exitUsage, []string{"invalid date"}},
		{"unknown policy", []string{"timeline", "-policy", "docomo", "-failed", "2026-11-25"}, exitUsage, []string{`unknown policy "docomo"`}},
		{"stray argument", []string{"timeline", "-failed", "2026-11-25", "extra"}, exitUsage, []string{`unexpected argument "extra"`}},
		{"out of range", []string{"timeline", "-failed", "2099-12-20"}, exitUsage, []string{"out of range"}},
		{"today before failed", []string{"timeline", "-failed", "2026-11-25", "-today", "2026-11-01"}, exitUsage, []string{"end before start"}},
		{"paid without today", []string{"timeline", "-failed", "2026-11-25", "-paid", "2026-11-26"}, exitUsage, []string{"-paid needs -today"}},
		{"via without paid", []string{"timeline", "-failed", "2026-11-25", "-today", "2026-11-27", "-via", "slip"}, exitUsage, []string{"-via needs -paid"}},
		{"bad channel", []string{"timeline", "-failed", "2026-11-25", "-today", "2026-11-27", "-paid", "2026-11-26", "-via", "cash"}, exitUsage, []string{`unknown -via "cash"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkBillingCmd(t, tt.args, tt.code, tt.want, nil) })
	}
}

// checkBillingCmd runs a command line and checks its exit status, that the
// output (stdout on success, stderr otherwise) has every string of want and
// none of not, and that an error other than a usage message is one line.
func checkBillingCmd(t *testing.T, args []string, code int, want, not []string) {
	t.Helper()
	gotCode, stdout, stderr := runBillingCmd(args...)
	if gotCode != code {
		t.Fatalf("run(%q) = %d, want %d; stderr %q", args, gotCode, code, stderr)
	}
	got := stdout
	if code != exitOK {
		got = stderr
		if !strings.Contains(stderr, "usage:") && strings.Count(stderr, "\n") != 1 {
			t.Errorf("run(%q) stderr %q is not one line", args, stderr)
		}
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("run(%q) output lacks %q:\n%s", args, w, got)
		}
	}
	for _, w := range not {
		if strings.Contains(got, w) {
			t.Errorf("run(%q) output has %q:\n%s", args, w, got)
		}
	}
}

func TestTimelineJSON(t *testing.T) {
	code, stdout, stderr := runBillingCmd("timeline", "-json", "-failed", "2026-11-25")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Policy string
		Failed string
		Events []struct{ Kind, Earliest, Latest, Rule string }
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	events, err := billing.IIJmio().Timeline(billing.MustParseDate("2026-11-25"))
	if err != nil {
		t.Fatal(err)
	}
	if got.Policy != "iijmio" || got.Failed != "2026-11-25" || len(got.Events) != len(events) {
		t.Fatalf("JSON = %+v", got)
	}
	for i, e := range events {
		want := struct{ Kind, Earliest, Latest, Rule string }{e.Kind.String(), e.Earliest.String(), e.Latest.String(), e.Rule}
		if diff := cmp.Diff(want, got.Events[i]); diff != "" {
			t.Errorf("event %d mismatch (-want +got):\n%s", i, diff)
		}
	}
}

func TestTimelineStatusJSON(t *testing.T) {
	code, stdout, stderr := runBillingCmd("timeline", "-json", "-failed", "2026-11-25", "-today", "2026-12-01")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Today  string
		Status map[string]any
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Today != "2026-12-01" || got.Status["state"] != "suspended" || got.Status["certainty"] != "possible" {
		t.Errorf("status JSON = %+v", got)
	}
}
