package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestPresetJSON: with both presets, check and timeline print one JSON
// object holding one report per preset (the seed's, then the published
// one), each reason, row and event with its source; the exit status is
// the worse of the two.
func TestPresetJSON(t *testing.T) {
	args := []string{"check", "-json", "-lang", "en", "-preset", "both", "-purpose", "device", "-kana", "ヤマダ タロウ",
		"-card", "4111 1111 1111 1111", "-card-name", "YAMADA TARO", "-expiry", "12/2028", "-country", "JP", "-instalments", "24", "-at", "2026-11-01"}
	code, out, _ := runCmd(args, "")
	var cr struct {
		Reports []struct {
			Policy  string
			Verdict string
			Reasons []struct{ Code, Source string }
		}
	}
	if err := json.Unmarshal([]byte(out), &cr); err != nil || code != exitNegative || len(cr.Reports) != 2 {
		t.Fatalf("check -preset both: exit %d, %v\n%s", code, err, out)
	}
	if r := cr.Reports; r[0].Policy != "iijmio" || r[0].Verdict != "rejected" || r[1].Policy != "iijmio-published" || r[1].Verdict != "accepted" {
		t.Errorf("check -preset both: %+v", r)
	}
	if r := cr.Reports[0].Reasons; len(r) == 0 || r[0].Code != "instalments-not-offered" || r[0].Source == "" {
		t.Errorf("seed reasons %+v: want M9 instalments-not-offered with its source", r)
	}
	code, out, _ = runCmd([]string{"compare", "-json", "-method", "credit", "-preset", "published", "-policy", "ocn", "-lang", "en"}, "")
	var cmp compareReport
	if err := json.Unmarshal([]byte(out), &cmp); err != nil || code != exitOK || len(cmp.Rows) != 1 {
		t.Fatalf("compare -json: %v\n%s", err, out)
	}
	if r := cmp.Rows[0]; r.Policy != "ocn-published" || r.ClosedSince != "2023-06-26" || r.Source == "" {
		t.Errorf("compare row %+v", r)
	}
	code, out, _ = runCmd([]string{"timeline", "-json", "-policy", "both", "-failed", "2026-11-09"}, "")
	var tl struct {
		Timelines []struct {
			Policy string
			Events []struct {
				Kind   string
				Source struct{ URL string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil || code != exitOK || len(tl.Timelines) != 2 {
		t.Fatalf("timeline -json: %v\n%s", err, out)
	}
	for _, e := range tl.Timelines[1].Events {
		if e.Kind == "slip-posted" && e.Source.URL != "https://www.iijmio.jp/invoice/letter_en.html" {
			t.Errorf("published slip-posted source %+v", e.Source)
		}
	}
}

// TestPresetStdinExisting: the holder's "existing" comes with the JSON on
// standard input, and -preset may be given with -stdin; -existing may not.
func TestPresetStdinExisting(t *testing.T) {
	for _, tc := range []struct {
		existing string
		closed   bool
	}{{"true", false}, {"false", true}} {
		in := `{"method":"credit","purpose":"monthly","holder":{"kana":"ヤマダ タロウ","existing":` + tc.existing + `},` +
			`"card":{"number":"4111 1111 1111 1111","name":"YAMADA TARO","expiry":"12/29"},"at":"2026-11-01T00:00:00+09:00"}`
		_, out, errOut := runCmd([]string{"check", "-json", "-stdin", "-policy", "ocn", "-preset", "published"}, in)
		if got := strings.Contains(out, `"new-contracts-closed"`); got != tc.closed || errOut != "" {
			t.Errorf("existing %s: closure %t, want %t (stderr %q)\n%s", tc.existing, got, tc.closed, errOut, out)
		}
	}
	if code, _, _ := runCmd([]string{"check", "-stdin", "-existing"}, "{}"); code != exitUsage {
		t.Errorf("-stdin with -existing: exit %d, want %d", code, exitUsage)
	}
}

// TestPresetWithoutPublished: for a carrier with no published preset,
// -preset published and both use the article's data, and the help of
// check and compare says so by name.
func TestPresetWithoutPublished(t *testing.T) {
	for _, policy := range []string{"bic", "iijmio-biz"} {
		base := []string{"check", "-json", "-policy", policy, "-method", "credit", "-at", "2026-11-24"}
		_, seed, _ := runCmd(append(base, "-preset", "seed"), "")
		if _, out, _ := runCmd(append(base, "-preset", "published"), ""); out != seed || !strings.Contains(out, `"policy": "`+policy+`"`) {
			t.Errorf("check -policy %s -preset published: %.300s; want the seed's report", policy, out)
		}
		// both: one shape for every carrier, {"reports": […]}, here the
		// seed's report alone.
		_, out, _ := runCmd(append(base, "-preset", "both"), "")
		var r struct{ Reports []json.RawMessage }
		if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Reports) != 1 || !jsonEqual(r.Reports[0], []byte(seed)) {
			t.Errorf("check -policy %s -preset both: %.300s (%v); want {\"reports\": [the seed's report]}", policy, out, err)
		}
		for _, args := range [][]string{{"help", "check"}, {"help", "check", "-lang", "en"}, {"help", "compare", "-lang", "en"}} {
			_, out, _ := runCmd(args, "")
			_, help, _ := strings.Cut(out, "-preset seed|published|both\n")
			help, _, _ = strings.Cut(help, "\n")
			if !strings.Contains(help, policy) || !strings.Contains(help, "published") || !strings.Contains(help, map[bool]string{true: "article's data", false: "記事のデータ"}[args[len(args)-1] == "en"]) {
				t.Errorf("kessai %q: -preset help %q does not say %s uses the article's data", args, help, policy)
			}
		}
	}
}

// jsonEqual reports whether a and b are the same JSON value.
func jsonEqual(a, b []byte) bool {
	var x, y any
	return json.Unmarshal(a, &x) == nil && json.Unmarshal(b, &y) == nil && reflect.DeepEqual(x, y)
}
