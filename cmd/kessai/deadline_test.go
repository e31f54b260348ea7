package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kessai-jp/kessai/billing"
)

func TestDeadlineCommand(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"CH2 25th → 20th", []string{"deadline", "--charge", "2026-11-25"}, exitOK,
			[]string{"Charge on 2026-11-25 (水): finish the card change by 2026-11-20 (金) [CH2]"}},
		{"CH2 moved earlier from a Sunday", []string{"deadline", "--charge", "2026-12-25"}, exitOK,
			[]string{"by 2026-12-18 (金) [CH2]", "2026-12-20 (日), not a business day: moved earlier", "(CH1)"}},
		{"CH2 custom lead", []string{"deadline", "-lead", "10", "-charge", "2026-11-27"}, exitOK,
			[]string{"by 2026-11-17 (火)"}},
		{"missing charge", []string{"deadline"}, exitUsage, []string{"-charge DATE is required"}},
		{"bad date", []string{"deadline", "-charge", "2026-13-01"}, exitUsage, []string{"invalid date"}},
		{"negative lead", []string{"deadline", "-lead", "-3", "-charge", "2026-11-25"}, exitUsage, []string{"out of range"}},
		{"bad flag", []string{"deadline", "-nope"}, exitUsage, []string{"flag provided but not defined"}},
		{"full-width lead", []string{"deadline", "-lead", "１０", "-charge", "2026-11-27"}, exitOK, []string{"by 2026-11-17 (火)"}},
		{"lead not a number", []string{"deadline", "-lead", "ten", "-charge", "2026-11-25"}, exitUsage, []string{`-lead "ten" is not a number`}},
		{"card number as lead, not echoed", []string{"deadline", "-lead", "4111111111111111", "-charge", "2026-11-25"}, exitUsage, []string{"-lead of 16 bytes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkBillingCmd(t, tt.args, tt.code, tt.want, []string{"4111"}) })
	}
}

func TestDeadlineJSON(t *testing.T) {
	code, stdout, stderr := runBillingCmd("deadline", "-json", "-charge", "2026-12-25")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// Keys are camelCase, like every kessai command's.
	for _, key := range []string{`"charge"`, `"leadDays"`, `"nominal"`, `"date"`, `"moved"`, `"rule"`} {
		if !strings.Contains(stdout, key) {
			t.Errorf("deadline JSON lacks key %s:\n%s", key, stdout)
		}
	}
	var got billingDeadlineJSON
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	dl, err := billing.Calendar{}.ChangeDeadline(billing.MustParseDate("2026-12-25"), billing.ChangeLeadDays)
	if err != nil {
		t.Fatal(err)
	}
	want := billingDeadlineJSON{billing.MustParseDate("2026-12-25"), billing.ChangeLeadDays, dl}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("deadline JSON mismatch (-want +got):\n%s", diff)
	}
}
