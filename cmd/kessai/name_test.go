package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func nameRun(args ...string) (stdout, stderr string, code int) {
	code, stdout, stderr = runCmd(append([]string{"name"}, args...), "")
	return stdout, stderr, code
}

func TestNameText(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"C3/exact", []string{"-card", "YAMADA TARO", "-kana", "ヤマダ タロウ"}, exitOK, `match: exact (standard profile, rule C3)
card:     YAMADA TARO
kana:     ヤマダ タロウ
passport: YAMADA TARO
`},
		{"C3/order-swapped", []string{"--card", "TARO YAMADA", "--kana", "ヤマダ タロウ"}, exitOK, `match: reordered (standard profile, rule C3)
card:     TARO YAMADA
kana:     ヤマダ タロウ
passport: YAMADA TARO
  order-swapped
    名・姓の順(名が先)
    given name first
`},
		{"C3/oh-long-vowel+uu-long-vowel", []string{"-card", "OHNO YUUKO", "-kana", "おおの ゆうこ"}, exitOK, `match: variant (standard profile, rule C3)
card:     OHNO YUUKO
kana:     おおの ゆうこ
passport: ONO YUKO
  oh-long-vowel
    オ段の長音をOHと表記(パスポートで申し出により選べる非ヘボン式の長音表記、例: OHNO)
    long O written OH (a non-Hepburn long-vowel spelling passport offices allow on request, e.g. OHNO)
  uu-long-vowel
    長音「うう」をかなのとおりUUと表記(例: YUUKO。2025年内閣告示の母音字を重ねる形)
    long vowel うう written UU as the kana are (e.g. YUUKO; the 2025 cabinet notice's doubled form)
`},
		{"C3/mismatch", []string{"-card", "SATO HANAKO", "-kana", "サイトウ ハナコ"}, exitNegative, `no match: mismatch (standard profile, rule C3)
card:     SATO HANAKO
kana:     サイトウ ハナコ
passport: SAITO HANAKO
  カード名義が契約者の氏名と一致しません(旧姓・家族名義のカードは登録できません)
  the card name is not the contract holder's name (a card in a former name or a family member's name cannot be registered)
`},
		{"C3/strict-uu-long-vowel", []string{"-strict", "-card", "YUUKO", "-kana", "ユウコ"}, exitNegative, `no match: mismatch (strict profile, rule C3)
card:     YUUKO
kana:     ユウコ
passport: YUKO
  カード名義が契約者の氏名と一致しません(旧姓・家族名義のカードは登録できません)
  the card name is not the contract holder's name (a card in a former name or a family member's name cannot be registered)
`},
		{"C3/strict-ou-long-vowel", []string{"-strict", "-card", "SATOU", "-kana", "サトウ"}, exitOK, `match: variant (strict profile, rule C3)
card:     SATOU
kana:     サトウ
passport: SATO
  ou-long-vowel
    長音「おう」をかなのとおりOUと表記(例: SATOU。パスポートで申し出により選べる長音表記、2025年内閣告示の母音字を重ねる形)
    long vowel おう written OU as the kana are (e.g. SATOU; a spelling passport offices allow on request, and the 2025 cabinet notice's doubled form)
`},
		{"C3/strict-oh", []string{"-strict", "-card", "SATOH", "-kana", "サトウ"}, exitOK, `match: variant (strict profile, rule C3)
card:     SATOH
kana:     サトウ
passport: SATO
  oh-long-vowel
    オ段の長音をOHと表記(パスポートで申し出により選べる非ヘボン式の長音表記、例: OHNO)
    long O written OH (a non-Hepburn long-vowel spelling passport offices allow on request, e.g. OHNO)
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := nameRun(tt.args...)
			if code != tt.code || errOut != "" {
				t.Errorf("kessai name %q: exit %d, stderr %q, want exit %d", tt.args, code, errOut, tt.code)
			}
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("kessai name %q (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func TestNameJSON(t *testing.T) {
	out, errOut, code := nameRun("-json", "-card", "Satou Yuuko", "-kana", "サトウ ユウコ")
	if code != exitOK || errOut != "" {
		t.Fatalf("kessai name -json: exit %d, stderr %q", code, errOut)
	}
	var got nameReport
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("kessai name -json: %v\n%s", err, out)
	}
	want := nameReport{
		Card: "Satou Yuuko", Kana: "サトウ ユウコ", Profile: "standard", Kind: "variant", OK: true, Rule: "C3",
		Rules: []nameRuleReport{
			{"ou-long-vowel", "長音「おう」をかなのとおりOUと表記(例: SATOU。パスポートで申し出により選べる長音表記、2025年内閣告示の母音字を重ねる形)", "long vowel おう written OU as the kana are (e.g. SATOU; a spelling passport offices allow on request, and the 2025 cabinet notice's doubled form)"},
			{"uu-long-vowel", "長音「うう」をかなのとおりUUと表記(例: YUUKO。2025年内閣告示の母音字を重ねる形)", "long vowel うう written UU as the kana are (e.g. YUUKO; the 2025 cabinet notice's doubled form)"},
		},
		Passport: "SATO YUKO",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("kessai name -json (-want +got):\n%s", diff)
	}

	// A mismatch still prints its report, with an empty rule list, and
	// exits 1.
	out, _, code = nameRun("-json", "-card", "ONO", "-kana", "オノデラ")
	if code != exitNegative || !strings.Contains(out, `"kind": "mismatch"`) || !strings.Contains(out, `"rules": []`) {
		t.Errorf("kessai name -json mismatch: exit %d\n%s", code, out)
	}
}

func TestNameBadInput(t *testing.T) {
	// C3: bad input is one line on stderr and exit 2; nothing on stdout,
	// and the input is not echoed.
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"C3/kanji-card", []string{"-card", "山田 太郎", "-kana", "ヤマダ タロウ"}, "kessai name: eligibility: card name: card name not in romaji at character 1\n"},
		{"C3/digits-card", []string{"-card", "4111111111111111", "-kana", "ヤマダ"}, "kessai name: eligibility: card name: invalid character in name at character 1\n"},
		{"C3/latin-kana", []string{"-card", "YAMADA", "-kana", "YAMADA"}, "kessai name: eligibility: holder kana: holder name not in kana at character 1\n"},
		{"C3/blank-card", []string{"-card", " ", "-kana", "ヤマダ"}, "kessai name: eligibility: card name: empty name\n"},
		{"missing-card", []string{"-kana", "ヤマダ"}, "kessai name: missing -card; usage: kessai name [-json] [-strict] -card NAME -kana KANA\n"},
		{"missing-kana", []string{"-card", "YAMADA"}, "kessai name: missing -kana; usage: kessai name [-json] [-strict] -card NAME -kana KANA\n"},
		{"extra-argument", []string{"-card", "YAMADA", "-kana", "ヤマダ", "TARO"}, "kessai name: unexpected argument; usage: kessai name [-json] [-strict] -card NAME -kana KANA\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := nameRun(tt.args...)
			if code != exitUsage || out != "" || errOut != tt.want {
				t.Errorf("kessai name %q = exit %d, stdout %q, stderr %q; want exit 2, stderr %q", tt.args, code, out, errOut, tt.want)
			}
			if strings.Contains(errOut, "4111") {
				t.Errorf("kessai name %q echoed the number: %q", tt.args, errOut)
			}
		})
	}
	if _, _, code := nameRun("-bogus"); code != exitUsage {
		t.Errorf("kessai name -bogus: exit %d, want 2", code)
	}
	if _, _, code := nameRun("-h"); code != exitOK {
		t.Errorf("kessai name -h: exit %d, want 0", code)
	}
}
