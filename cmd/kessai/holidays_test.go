package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/billing"
)

func TestHolidaysCommand(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want []string
		not  []string
	}{
		{"2027 official", []string{"holidays", "2027"}, exitOK,
			[]string{"2027-01-01 (金)  元日", "2027-03-22 (月)  休日", "2027-11-23 (火)  勤労感謝の日"},
			[]string{"predictions"}},
		{"2028 predicted equinox", []string{"holidays", "2028"}, exitOK,
			[]string{"2028-03-20 (月)  春分の日", "equinox days after 2027 are predictions"}, nil},
		{"1989 Shōwa funeral", []string{"holidays", "1989"}, exitOK, []string{"1989-02-24 (金)  大喪の礼"}, nil},
		{"out of range", []string{"holidays", "2100"}, exitUsage, []string{"out of range"}, nil},
		{"not a number", []string{"holidays", "twenty"}, exitUsage, []string{`year "twenty"`}, nil},
		{"absurd length", []string{"holidays", "999999999999"}, exitUsage, []string{"four-digit"}, nil},
		{"full-width digits", []string{"holidays", "２０２７"}, exitOK, []string{"2027-03-22 (月)  休日"}, nil},
		{"sign", []string{"holidays", "+202"}, exitUsage, []string{"four-digit"}, nil},
		{"card number as year, not echoed", []string{"holidays", "411111111111"}, exitUsage, []string{"year argument of 12 characters"}, []string{"4111"}},
		{"short year", []string{"holidays", "999"}, exitUsage, []string{"four-digit"}, nil},
		{"no year", []string{"holidays"}, exitUsage, []string{"want one YEAR"}, nil},
		{"two years", []string{"holidays", "2026", "2027"}, exitUsage, []string{"got 2 arguments"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkBillingCmd(t, tt.args, tt.code, tt.want, tt.not) })
	}
}

func TestHolidaysJSON(t *testing.T) {
	code, stdout, stderr := runBillingCmd("holidays", "-json", "2026")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, `"equinoxOfficial": true`) {
		t.Errorf("holidays JSON lacks the camelCase key equinoxOfficial:\n%s", stdout)
	}
	var got billingHolidaysJSON
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	want, _ := billing.HolidaysIn(2026)
	if got.Year != 2026 || !got.EquinoxOfficial || len(got.Holidays) != len(want) {
		t.Fatalf("JSON = %+v", got)
	}
	for i := range want {
		if got.Holidays[i] != want[i] {
			t.Errorf("holiday %d = %v, want %v", i, got.Holidays[i], want[i])
		}
	}
}
