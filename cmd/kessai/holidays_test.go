package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestHolidaysArguments: missing-argument only with no year, an extra word
// is named as unexpected, and flags after the year are read.
func TestHolidaysArguments(t *testing.T) {
	tests := []struct {
		args    []string
		code    int
		errCode string // the error's code; "" for the list
		names   string // in the error's English message
	}{
		{[]string{"holidays", "-json", "2026"}, exitOK, "", ""},
		{[]string{"holidays", "2026", "-json", "-lang", "en"}, exitOK, "", ""},
		{[]string{"holidays", "-json", "2026", "-lang", "en"}, exitOK, "", ""},
		{[]string{"holidays", "-json", "--", "2026"}, exitOK, "", ""},
		{[]string{"holidays", "-json"}, exitUsage, "missing-argument", ""},
		{[]string{"holidays", "-json", "2026", "extra"}, exitUsage, "unexpected-argument", `"extra"`},
		{[]string{"holidays", "-json", "2026", "-lang", "en", "2027"}, exitUsage, "unexpected-argument", `"2027"`},
		{[]string{"holidays", "-json", "2026", "-nope"}, exitUsage, "unknown-flag", ""},
		{[]string{"holidays", "-json", "2026", "-lang"}, exitUsage, "missing-value", ""},
	}
	for _, tt := range tests {
		code, out, errOut := runCmd(tt.args, "")
		var r struct {
			Year  int       `json:"year"`
			Error *cliError `json:"error"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil || code != tt.code || errOut != "" {
			t.Errorf("kessai %q: exit %d, stdout %q, stderr %q; want exit %d and one object", tt.args, code, out, errOut, tt.code)
			continue
		}
		switch {
		case tt.errCode == "" && (r.Error != nil || r.Year != 2026):
			t.Errorf("kessai %q: %s; want the holidays of 2026", tt.args, out)
		case tt.errCode != "" && (r.Error == nil || r.Error.Code != tt.errCode || !strings.Contains(r.Error.Message.En, tt.names)):
			t.Errorf("kessai %q: %s; want code %q naming %s", tt.args, out, tt.errCode, tt.names)
		}
	}
	// With -lang en after the year the list is in English.
	if _, out, _ := runCmd([]string{"holidays", "2026", "-lang", "en"}, ""); !strings.Contains(out, "New Year's Day") {
		t.Errorf("kessai holidays 2026 -lang en: %q; want the English names", out)
	}
}
