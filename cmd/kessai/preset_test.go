package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const seedLine = "「iijmioの支払い方法を徹底比較!クレジットカードやデビット対応と最新注意点」 (2025)"

// TestPresetFlags: -preset seed|published|both on check and compare, and
// -policy both on timeline, each with its source line.
func TestPresetFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		has  []string // lines the output holds
		not  []string // lines it does not
	}{
		{"check seed (default): M9 lump sum only",
			with(append([]string{"check"}, goodCheck...), "-lang", "en", "-purpose", "device", "-instalments", "24", "-at", "2026-11-01"), exitNegative,
			[]string{"[M9] instalments-not-offered", "source: " + seedLine}, []string{"device-instalments"}},
		{"check published: M9 instalments (iijmio.jp/mts)",
			with(append([]string{"check"}, goodCheck...), "-lang", "en", "-preset", "published", "-purpose", "device", "-instalments", "24", "-at", "2026-11-01"), exitOK,
			[]string{"policy: IIJmio (published) (data as of 2026-11)", "[M9] device-instalments", "source: https://www.iijmio.jp/mts/ (2026-11)"}, []string{"instalments-not-offered"}},
		{"check both: the seed's answer, then the published one; the worse exit",
			with(append([]string{"check"}, goodCheck...), "-lang", "en", "-preset", "both", "-purpose", "device", "-instalments", "24", "-at", "2026-11-01"), exitNegative,
			[]string{"policy: IIJmio (data as of 2025)", "policy: IIJmio (published) (data as of 2026-11)", "[M9] device-instalments", "[M9] instalments-not-offered"}, nil},
		{"check ocn published: closed to new contracts (P3)",
			with(append([]string{"check"}, goodCheck...), "-lang", "en", "-policy", "ocn", "-preset", "published", "-at", "2026-11-01"), exitNegative,
			[]string{"[P3] new-contracts-closed: Not accepting new contracts. [since 2023-06-26]"}, nil},
		{"check ocn published, existing customer",
			with(append([]string{"check"}, goodCheck...), "-lang", "en", "-policy", "ocn", "-preset", "published", "-existing", "-method", "bank", "-at", "2026-11-01"), exitNegative,
			[]string{"[P3] bank-transfer-by-phone", "source: https://lifestyle.assist-all.co.jp/?p=49582 (2026-11)"}, []string{"new-contracts-closed"}},
		{"check ocn published before the closure",
			with(append([]string{"check"}, goodCheck...), "-lang", "en", "-policy", "ocn", "-preset", "published", "-at", "2023-06-25"), exitOK,
			nil, []string{"new-contracts-closed"}},
		{"check bic published: no published preset, the seed's stands",
			with(append([]string{"check"}, goodCheck...), "-lang", "en", "-policy", "bic", "-preset", "published", "-method", "points", "-purpose", "device", "-at", "2026-11-01"), exitOK,
			[]string{"policy: Bic Camera (IIJmio) (data as of 2025)", "source: " + seedLine}, nil},
		{"compare both: seed and published rows with their sources",
			[]string{"compare", "-lang", "en", "-method", "bank", "-preset", "both", "-policy", "mineo"}, exitOK,
			[]string{"  mineo              ○ accepted    P1", "  mineo (published)  △ conditional P1", "source: https://sumaho-hiroba.com/mineo-payment-method/ (2026-11) (mineo-published)"}, nil},
		{"timeline both: the seed's order, then the page's",
			[]string{"timeline", "-policy", "both", "-failed", "2026-11-09"}, exitOK,
			[]string{"(policy iijmio)", "(policy iijmio-published)", "Sources: " + seedLine + "; https://www.iijmio.jp/invoice/letter_en.html (2026-11)"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runArgs(tc.args...)
			if code != tc.code {
				t.Errorf("kessai %q: exit %d, want %d (stderr %q)\n%s", tc.args, code, tc.code, errOut, out)
			}
			for _, h := range tc.has {
				if !strings.Contains(out, h) {
					t.Errorf("kessai %q: output lacks %q:\n%s", tc.args, h, out)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(out, n) {
					t.Errorf("kessai %q: output holds %q:\n%s", tc.args, n, out)
				}
			}
		})
	}
	for _, args := range [][]string{
		{"check", "-preset", "newest"},
		{"compare", "-method", "credit", "-preset", "newest"},
		{"timeline", "-policy", "newest", "-failed", "2026-11-09"},
		{"check", "-policy", "iijmio-published"}, // -preset says which
	} {
		if _, _, code := runArgs(args...); code != exitUsage {
			t.Errorf("kessai %q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// TestPresetJSON: -json with both presets gives one report per preset, each
// reason and row with its source.
func TestPresetJSON(t *testing.T) {
	out, _, _ := runArgs(with(append([]string{"check"}, goodCheck...), "-json", "-lang", "en", "-policy", "ocn", "-preset", "both", "-at", "2026-11-01")...)
	var rs []struct { // the application's number is masked: not decoded back
		Policy  string
		Reasons []struct{ Source string }
	}
	if err := json.Unmarshal([]byte(out), &rs); err != nil || len(rs) != 2 {
		t.Fatalf("check -preset both -json: %v, %d reports\n%s", err, len(rs), out)
	}
	if rs[0].Policy != "ocn" || rs[1].Policy != "ocn-published" || rs[1].Reasons[0].Source != "https://lifestyle.assist-all.co.jp/?p=49582 (2026-11)" {
		t.Errorf("reports %+v", rs)
	}
	out, _, _ = runArgs("compare", "-json", "-lang", "en", "-method", "credit", "-preset", "published", "-policy", "ocn")
	var cr compareReport
	if err := json.Unmarshal([]byte(out), &cr); err != nil || len(cr.Rows) != 1 {
		t.Fatalf("compare -json: %v\n%s", err, out)
	}
	if r := cr.Rows[0]; r.Policy != "ocn-published" || r.ClosedSince != "2023-06-26" || r.Source != seedLine {
		t.Errorf("compare row %+v", r)
	}
	out, _, _ = runArgs("timeline", "-json", "-policy", "both", "-failed", "2026-11-09")
	var tl []struct {
		Policy string
		Events []struct {
			Kind   string
			Source struct{ Title, URL, AsOf string }
		}
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil || len(tl) != 2 {
		t.Fatalf("timeline -json: %v\n%s", err, out)
	}
	for _, e := range tl[1].Events {
		if e.Kind == "slip-posted" && e.Source.URL != "https://www.iijmio.jp/invoice/letter_en.html" {
			t.Errorf("published slip-posted source %+v", e.Source)
		}
	}
}

// TestPresetStdinExisting: the holder's "existing" comes with the JSON on
// standard input, and -preset may be given with -stdin.
func TestPresetStdinExisting(t *testing.T) {
	for _, tc := range []struct {
		existing string
		closed   bool
	}{{"true", false}, {"false", true}} {
		in := `{"method":"credit","purpose":"monthly","holder":{"kana":"ヤマダ タロウ","existing":` + tc.existing + `},` +
			`"card":{"number":"4111 1111 1111 1111","name":"YAMADA TARO","expiry":"12/29"},"at":"2026-11-01T00:00:00+09:00"}`
		out, errOut, _ := checkRun(in, "-stdin", "-lang", "en", "-policy", "ocn", "-preset", "published")
		if got := strings.Contains(out, "new-contracts-closed"); got != tc.closed || errOut != "" {
			t.Errorf("existing %s: closure %t, want %t (stderr %q)\n%s", tc.existing, got, tc.closed, errOut, out)
		}
	}
	if _, _, code := checkRun("{}", "-stdin", "-existing"); code != exitUsage {
		t.Errorf("-stdin with -existing: exit %d, want %d", code, exitUsage)
	}
}
