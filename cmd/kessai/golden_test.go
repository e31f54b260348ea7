package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kessai-jp/kessai/internal/pan"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenCase is one input of one subcommand. The golden test runs it in
// both languages, as text and as JSON.
type goldenCase struct {
	name  string
	args  []string // after the subcommand's name
	stdin string
}

// sub returns the demo account with the first old replaced by new.
func sub(old, new string) string {
	if !strings.Contains(demoAccount, old) {
		panic("account.json has no " + old)
	}
	return strings.Replace(demoAccount, old, new, 1)
}

// perLineOnly is the demo account with line-3 under another mioID: F2 bills
// it, F1 does not.
var perLineOnly = sub(`"mioID": "mio-0001", "holder": {"kana": "ヤマダ ユキ"}`, `"mioID": "mio-0002", "holder": {"kana": "ヤマダ ユキ"}`)

const goodApplication = `{"method": "credit", "purpose": "monthly", "holder": {"kana": "ヤマダ タロウ"},
 "card": {"number": "4111 1111 1111 1111", "name": "YAMADA TARO", "expiry": "12/28", "funding": "credit",
 "issuer": "楽天カード", "country": "JP"}, "at": "2026-11-24T10:00:00+09:00"}`

// goldenCases are, per subcommand, its help, good inputs and bad ones.
var goldenCases = map[string][]goldenCase{
	"card": {
		{"help", []string{"-h"}, ""},
		{"visa", []string{"4111", "1111", "1111", "1111"}, ""},
		{"amex", []string{"3782 822463 10005"}, ""},
		{"full width", []string{"３５３０　１１１３　３３３０　００００"}, ""},
		{"diners 14", []string{"3622-720627-1667"}, ""},
		{"incomplete one digit", []string{"3"}, ""},
		{"incomplete jcb", []string{"3530 11"}, ""},
		{"incomplete visa 15", []string{"4111 1111 1111 111"}, ""},
		{"checksum", []string{"4111111111111112"}, ""},
		{"letter", []string{"4111 1111 1111 111l"}, ""},
		{"too many digits", []string{"4111 1111 1111 1111 1111"}, ""},
		{"amex length", []string{"3782 8224 6310 0055"}, ""},
		{"empty", []string{""}, ""},
		{"missing", nil, ""},
		{"only separators", []string{"　ー　"}, ""},
		{"not a number", []string{"abc"}, ""},
		{"very long", []string{strings.Repeat("4111 ", 40)}, ""},
	},
	"name": {
		{"help", []string{"-h"}, ""},
		{"variant", []string{"-card", "Satou Yuuko", "-kana", "さとう ゆうこ"}, ""},
		{"oh", []string{"-card", "OHNO YUKO", "-kana", "オオノ ユウコ"}, ""},
		{"reordered", []string{"-card", "TARO YAMADA", "-kana", "ヤマダ タロウ"}, ""},
		{"strict", []string{"-strict", "-card", "MATSUURA AYA", "-kana", "マツウラ アヤ"}, ""},
		{"mismatch", []string{"-card", "SATO HANAKO", "-kana", "ヤマダ ハナコ"}, ""},
		{"kana as card", []string{"-card", "ヤマダ", "-kana", "ヤマダ"}, ""},
		{"romaji as kana", []string{"-card", "YAMADA", "-kana", "YAMADA"}, ""},
		{"missing kana", []string{"-card", "YAMADA TARO"}, ""},
		{"stray argument", []string{"-card", "A", "-kana", "ア", "x"}, ""},
		{"unknown flag", []string{"-nmae", "x"}, ""},
	},
	"check": {
		{"help", []string{"-h"}, ""},
		{"accepted", []string{"-kana", "ヤマダ タロウ", "-card", "4111 1111 1111 1111", "-card-name", "YAMADA TARO",
			"-expiry", "12/2028", "-funding", "credit", "-issuer", "三井住友カード", "-country", "JP", "-at", "2026-11-24"}, ""},
		{"debit uncertain", []string{"-method", "debit", "-funding", "debit", "-issuer", "スルガ銀行", "-card", "4111 1111 1111 1111",
			"-card-name", "YAMADA TARO", "-kana", "ヤマダ タロウ", "-expiry", "12/2028", "-country", "JP", "-at", "2026-11-24"}, ""},
		{"device instalments", []string{"-purpose", "device", "-kana", "ヤマダ タロウ", "-card", "4111 1111 1111 1111",
			"-card-name", "YAMADA TARO", "-expiry", "12/2028", "-country", "JP", "-instalments", "24", "-at", "2026-11-24T10:00:00Z"}, ""},
		{"invalid input", []string{"-kana", "ヤマダ タロウ", "-card", "4111 1111 1111 1111", "-card-name", "YAMADA TARO",
			"-expiry", "13/2028", "-at", "2026-11-24"}, ""},
		{"mistyped card", []string{"-kana", "ヤマダ タロウ", "-card", "4111 1111 1111 1112", "-at", "2026-11-24"}, ""},
		{"stdin", []string{"-stdin"}, goodApplication},
		{"stdin with flags", []string{"-stdin", "-kana", "ヤマダ"}, goodApplication},
		{"stdin empty", []string{"-stdin"}, ""},
		{"stdin broken", []string{"-stdin"}, `{"method": "credit",`},
		{"stdin two values", []string{"-stdin"}, goodApplication + goodApplication},
		{"stdin unknown field", []string{"-stdin"}, `{"methd": "credit"}`},
		{"stdin empty object", []string{"-stdin", "-at", "2026-11-24"}, `{}`},
		{"preset both", []string{"-preset", "both", "-purpose", "device", "-kana", "ヤマダ タロウ", "-card", "4111 1111 1111 1111",
			"-card-name", "YAMADA TARO", "-expiry", "12/2028", "-country", "JP", "-instalments", "24", "-at", "2026-11-01"}, ""},
		{"ocn published", []string{"-policy", "ocn", "-preset", "published", "-kana", "ヤマダ タロウ", "-card", "4111 1111 1111 1111",
			"-card-name", "YAMADA TARO", "-expiry", "12/2028", "-country", "JP", "-at", "2026-11-01"}, ""},
		{"bad preset", []string{"-preset", "newest"}, ""},
		{"unknown policy", []string{"-policy", "docomo"}, ""},
		{"bad instalments", []string{"-instalments", "x"}, ""},
		{"bad at", []string{"-at", "yesterday"}, ""},
		{"bad method", []string{"-method", "cash"}, ""},
	},
	"compare": {
		{"help", []string{"-h"}, ""},
		{"debit", []string{"-method", "debit"}, ""},
		{"credit device", []string{"-method", "クレジットカード", "-purpose", "device", "-policy", "iijmio,mineo"}, ""},
		{"preset both", []string{"-method", "bank", "-preset", "both", "-policy", "mineo,ocn"}, ""},
		{"missing method", nil, ""},
		{"bad method", []string{"-method", "cash"}, ""},
		{"bad policy", []string{"-method", "debit", "-policy", "iijmio,docomo"}, ""},
	},
	"timeline": {
		{"help", []string{"-h"}, ""},
		{"failed", []string{"-failed", "2026-11-25"}, ""},
		{"published", []string{"-policy", "published", "-failed", "2026-11-25", "-today", "2026-12-22"}, ""},
		{"paid by card", []string{"-failed", "2026-11-25", "-today", "2026-12-01", "-paid", "2026-11-30", "-via", "card"}, ""},
		{"paid by slip", []string{"-failed", "2026-11-25", "-today", "2026-12-16", "-paid", "2026-12-10", "-via", "slip"}, ""},
		{"slip before it exists", []string{"-failed", "2026-11-25", "-today", "2026-12-01", "-paid", "2026-11-30", "-via", "slip"}, ""},
		{"both policies", []string{"-policy", "both", "-failed", "2026-11-09", "-today", "2026-12-01"}, ""},
		{"today before failed", []string{"-failed", "2026-11-25", "-today", "2026-11-20"}, ""},
		{"bad date", []string{"-failed", "2026-02-30"}, ""},
		{"missing failed", nil, ""},
		{"via without paid", []string{"-failed", "2026-11-25", "-via", "slip"}, ""},
		{"bad via", []string{"-failed", "2026-11-25", "-today", "2026-12-01", "-paid", "2026-11-30", "-via", "cash"}, ""},
	},
	"holidays": {
		{"help", []string{"-h"}, ""},
		{"2027", []string{"2027"}, ""},
		{"full width", []string{"２０２６"}, ""},
		{"2030 predicted", []string{"2030"}, ""},
		{"out of range", []string{"2100"}, ""},
		{"not a year", []string{"20x7"}, ""},
		{"missing", nil, ""},
		{"extra", []string{"2026", "extra"}, ""},
	},
	"deadline": {
		{"help", []string{"-h"}, ""},
		{"moved", []string{"-charge", "2026-12-25"}, ""},
		{"lead full width", []string{"-lead", "１０", "-charge", "2026-11-25"}, ""},
		{"negative lead", []string{"-lead", "-1", "-charge", "2026-12-25"}, ""},
		{"lead not a number", []string{"-lead", "x", "-charge", "2026-12-25"}, ""},
		{"before the tables", []string{"-charge", "1954-12-29"}, ""},
		{"missing charge", nil, ""},
	},
	"family": {
		{"help", []string{"-h"}, ""},
		{"both", nil, demoAccount},
		{"aggregate", []string{"-mode", "aggregate"}, demoAccount},
		{"per-line", []string{"-mode", "per-line"}, demoAccount},
		{"per-line only", nil, perLineOnly},
		{"per-line only, aggregate asked", []string{"-mode", "aggregate"}, perLineOnly},
		{"user", []string{"-mode", "per-line"}, sub(`"holder": {"kana": "ヤマダ ユキ"},`, `"holder": {"kana": "ヤマダ ユキ"}, "user": "ﾔﾏﾀﾞ ｻｸﾗ",`)},
		{"no input", nil, ""},
		{"not JSON", nil, "{"},
		{"array", nil, "[]"},
		{"wrong type", nil, sub(`"amount": 1009`, `"amount": "1009"`)},
		{"unknown field", nil, sub(`"owner"`, `"ownr"`)},
		{"two values", nil, demoAccount + demoAccount},
		{"unknown tax category", nil, sub(`"tax": "standard"`, `"tax": "reduced"`)},
		{"card not as printed", nil, sub(`"YAMADA YUKI ****3333"`, `"YAMADA YUKI 3333"`)},
		{"bad date", nil, sub(`"2026-11-25"`, `"2026-02-30"`)},
		{"duplicate line", nil, sub(`"id": "line-2"`, `"id": "line-1"`)},
		{"someone else's card", nil, sub(`"YAMADA YUKI ****3333"`, `"SUZUKI ICHIRO ****3333"`)},
		{"negative amount", nil, sub(`"amount": 1009`, `"amount": -1`)},
		{"amount too large", nil, sub(`"amount": 1009`, `"amount": 10000001`)},
		{"bad family discount", nil, sub(`"lines"`, `"plan": {"familyDiscount": "cap7"}, "lines"`)},
		{"bad mode", []string{"-mode", "split"}, demoAccount},
		{"stray argument", []string{"account.json"}, demoAccount},
	},
	"demo": {
		{"help", []string{"-h"}, ""},
		{"tour", nil, ""},
		{"stray argument", []string{"x"}, ""},
	},
}

// variant is one way a golden case is run: language and format.
type variant struct {
	lang   lang
	asJSON bool
}

var variants = []variant{{ja, false}, {en, false}, {ja, true}, {en, true}}

// variantArgs returns the arguments of case gc of subcommand name in v.
func variantArgs(name string, gc goldenCase, v variant) []string {
	args := []string{name}
	if v.lang == en {
		args = append(args, "-lang", "en")
	}
	if v.asJSON {
		args = append(args, "-json")
	}
	return append(args, gc.args...)
}

// TestGolden runs every golden case in both languages, as text and JSON,
// and compares both streams and the exit status with
// testdata/NAME.golden. go test -run TestGolden -update rewrites them.
func TestGolden(t *testing.T) {
	for name, cases := range goldenCases {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			for _, gc := range cases {
				for _, v := range variants {
					args := variantArgs(name, gc, v)
					code, out, errOut := runCmd(args, gc.stdin)
					// The command line is shown masked, as kessai would.
					fmt.Fprintf(&b, "=== %s: kessai %s\n--- exit %d\n", gc.name, pan.Mask(shellQuote(args)), code)
					if out != "" {
						fmt.Fprintf(&b, "--- stdout\n%s", out)
					}
					if errOut != "" {
						fmt.Fprintf(&b, "--- stderr\n%s", errOut)
					}
				}
			}
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("%s differs (-want +got); if the change is meant, run go test -run TestGolden -update:\n%s", path, diff)
			}
		})
	}
}

// TestGoldenCoversEveryCommand: each subcommand has golden cases, help
// among them.
func TestGoldenCoversEveryCommand(t *testing.T) {
	for _, c := range commands() {
		cases, ok := goldenCases[c.name]
		if !ok || len(cases) < 3 || cases[0].name != "help" {
			t.Errorf("subcommand %s: want golden cases starting with help, then a good and a bad input", c.name)
		}
	}
}

// TestJSONOneObject runs every subcommand with -json on every golden case
// and on empty input, in both languages: standard output must hold exactly
// one JSON object and standard error nothing.
func TestJSONOneObject(t *testing.T) {
	for _, c := range commands() {
		cases := append([]goldenCase{{"empty input", nil, ""}, {"empty argument", []string{""}, ""}}, goldenCases[c.name]...)
		for _, gc := range cases {
			for _, l := range []lang{ja, en} {
				args := variantArgs(c.name, gc, variant{l, true})
				code, out, errOut := runCmd(args, gc.stdin)
				if err := oneObject(out); err != nil {
					t.Errorf("kessai %q (exit %d): stdout is not one JSON object: %v\n%s", args, code, err, out)
				}
				if errOut != "" {
					t.Errorf("kessai %q: stderr %q, want nothing with -json", args, errOut)
				}
			}
		}
	}
}

// oneObject reports whether s is exactly one JSON object.
func oneObject(s string) error {
	dec := json.NewDecoder(strings.NewReader(s))
	var v any
	if err := dec.Decode(&v); err != nil {
		return err
	}
	if _, ok := v.(map[string]any); !ok {
		return fmt.Errorf("a %T, not an object", v)
	}
	if dec.More() {
		return fmt.Errorf("more than one value")
	}
	if _, err := dec.Token(); err == nil {
		return fmt.Errorf("trailing data")
	}
	return nil
}

// TestPerLineSample: the README's per-line sample is the demo account with
// line-3 under another mioID (perLineOnly).
func TestPerLineSample(t *testing.T) {
	b, err := os.ReadFile("testdata/account-per-line.json")
	if err != nil || string(b) != perLineOnly {
		t.Errorf("testdata/account-per-line.json is not the demo account with line-3 under mio-0002 (%v)", err)
	}
}
