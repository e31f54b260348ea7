package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// familySample is the account of the command's documentation: two voice
// lines and a data line under one mioID, each holder with their own card.
// The ¥1,009 fees are illustrative, not IIJmio's prices.
const familySample = `{
  "mioID": "mio-0001",
  "owner": "ヤマダ タカシ",
  "card": {"name": "YAMADA TAKASHI", "last4": "1111"},
  "date": "2026-11-25",
  "conditions": ["notice-email-consent"],
  "lines": [
    {"id": "line-1", "kind": "voice", "mioID": "mio-0001", "holder": "ヤマダ タカシ",
     "card": {"name": "YAMADA TAKASHI", "last4": "1111"},
     "charges": [{"description": "monthly fee (illustrative)", "amount": 1009, "tax": "standard"}]},
    {"id": "line-2", "kind": "voice", "mioID": "mio-0001", "holder": "ﾔﾏﾀﾞ ﾊﾅｺ",
     "card": {"name": "ＹＡＭＡＤＡ　ＨＡＮＡＫＯ", "last4": "２２２２"},
     "charges": [{"description": "monthly fee (illustrative)", "amount": 1009, "tax": "standard"}]},
    {"id": "line-3", "kind": "data", "mioID": "mio-0001", "holder": "ヤマダ ユキ",
     "card": {"name": "YAMADA YUKI", "last4": "3333"},
     "charges": [{"description": "monthly fee (illustrative)", "amount": 1009, "tax": "standard"}]}
  ]
}`

func runFamilyCmd(stdin string, args ...string) (stdout, stderr string, code int) {
	code, stdout, stderr = runCmd(append([]string{"family"}, args...), stdin)
	return stdout, stderr, code
}

func TestFamilyText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		args []string
		want string
	}{
		{"F1 F2 both modes side by side", familySample, nil, `mioID mio-0001, billing date 2026-11-25, tax rates in force since 2019-10-01, tax rounded down once per invoice per rate
family discount: 家族割, ¥100 tax included off per voice line with 2 or more under the mioID, given notice-email-consent, at most 5 lines (sources say 5 or 10), in both modes
source: https://gapsis.jp/2024/09/iijmio-kazokuwaribiki.html (2024-09)

                                        aggregate (まとめ払い)  per-line (個別払い)
LINE    KIND   HOLDER         SUBTOTAL  DISCOUNT   TAX   TOTAL  DISCOUNT   TAX   TOTAL  CARD
line-1  voice  ヤマダ タカシ    ¥1,009       ¥91   ¥92  ¥1,010       ¥91   ¥91  ¥1,009  YAMADA TAKASHI ****1111
line-2  voice  ヤマダ ハナコ    ¥1,009       ¥91   ¥91  ¥1,009       ¥91   ¥91  ¥1,009  YAMADA HANAKO ****2222
line-3  data   ヤマダ ユキ      ¥1,009        ¥0  ¥101  ¥1,110        ¥0  ¥100  ¥1,109  YAMADA YUKI ****3333
total                           ¥3,027      ¥182  ¥284  ¥3,129      ¥182  ¥282  ¥3,127

aggregate: 1 invoice to ヤマダ タカシ, card YAMADA TAKASHI ****1111; standard 10% on ¥2,845: tax ¥284;
per-line: 3 invoices, each line's tax rounded on its own invoice
difference (per-line − aggregate): -¥2
`},
		{"F1 aggregate only", familySample, []string{"-mode", "aggregate"}, `mioID mio-0001, billing date 2026-11-25, tax rates in force since 2019-10-01, tax rounded down once per invoice per rate
family discount: 家族割, ¥100 tax included off per voice line with 2 or more under the mioID, given notice-email-consent, at most 5 lines (sources say 5 or 10), in both modes
source: https://gapsis.jp/2024/09/iijmio-kazokuwaribiki.html (2024-09)

invoice 1 of 1, aggregate (まとめ払い), to ヤマダ タカシ, card YAMADA TAKASHI ****1111
LINE    KIND   HOLDER         SUBTOTAL  DISCOUNT   TAX   TOTAL
line-1  voice  ヤマダ タカシ    ¥1,009       ¥91   ¥92  ¥1,010
line-2  voice  ヤマダ ハナコ    ¥1,009       ¥91   ¥91  ¥1,009
line-3  data   ヤマダ ユキ      ¥1,009        ¥0  ¥101  ¥1,110
total                           ¥3,027      ¥182  ¥284  ¥3,129
  standard 10%: on ¥2,845, tax ¥284

1 invoice(s), total ¥3,129
`},
		{"F4 without the family discount, rounded up",
			strings.Replace(familySample, `"lines"`, `"plan": {"familyDiscount": "none", "rounding": "up"}, "lines"`, 1),
			[]string{"-mode", "per-line"}, `mioID mio-0001, billing date 2026-11-25, tax rates in force since 2019-10-01, tax rounded up once per invoice per rate
family discount: none

invoice 1 of 3, per-line (個別払い), to ヤマダ タカシ, card YAMADA TAKASHI ****1111
LINE    KIND   HOLDER         SUBTOTAL  DISCOUNT   TAX   TOTAL
line-1  voice  ヤマダ タカシ    ¥1,009        ¥0  ¥101  ¥1,110
total                           ¥1,009        ¥0  ¥101  ¥1,110
  standard 10%: on ¥1,009, tax ¥101

invoice 2 of 3, per-line (個別払い), to ヤマダ ハナコ, card YAMADA HANAKO ****2222
LINE    KIND   HOLDER         SUBTOTAL  DISCOUNT   TAX   TOTAL
line-2  voice  ヤマダ ハナコ    ¥1,009        ¥0  ¥101  ¥1,110
total                           ¥1,009        ¥0  ¥101  ¥1,110
  standard 10%: on ¥1,009, tax ¥101

invoice 3 of 3, per-line (個別払い), to ヤマダ ユキ, card YAMADA YUKI ****3333
LINE    KIND  HOLDER       SUBTOTAL  DISCOUNT   TAX   TOTAL
line-3  data  ヤマダ ユキ    ¥1,009        ¥0  ¥101  ¥1,110
total                        ¥1,009        ¥0  ¥101  ¥1,110
  standard 10%: on ¥1,009, tax ¥101

3 invoice(s), total ¥3,330
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runFamilyCmd(tt.in, tt.args...)
			if code != exitOK || errOut != "" {
				t.Fatalf("kessai family %v: exit %d, stderr %q", tt.args, code, errOut)
			}
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("kessai family %v (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func TestFamilyJSON(t *testing.T) {
	out, errOut, code := runFamilyCmd(familySample, "-json")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var got struct {
		Plan struct {
			FamilyDiscount string
			Rounding       string
			MaxLines       int
		}
		Aggregate, PerLine struct {
			Invoices []struct {
				Mode  string
				Payer struct {
					Name string
					Card struct{ Name, Last4 string }
				}
				Lines []struct {
					ID            string
					Discount, Tax int64
					Total         int64
				}
				Taxes []struct {
					Category  string
					Rate      int
					Base, Tax int64
				}
				Total int64
			}
			Totals struct {
				Invoices                       int
				Subtotal, Discount, Tax, Total int64
			}
		}
		Difference int64
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if got.Plan.FamilyDiscount != "cap5" || got.Plan.Rounding != "down" || got.Plan.MaxLines != 10 {
		t.Errorf("plan = %+v, want the documented defaults", got.Plan)
	}
	if n := len(got.Aggregate.Invoices); n != 1 || got.Aggregate.Invoices[0].Mode != "aggregate" {
		t.Fatalf("aggregate invoices = %+v, want one", got.Aggregate.Invoices)
	}
	agg := got.Aggregate.Invoices[0]
	if agg.Payer.Card.Name != "YAMADA TAKASHI" || agg.Payer.Card.Last4 != "1111" || len(agg.Lines) != 3 || agg.Total != 3129 {
		t.Errorf("aggregate invoice = %+v", agg)
	}
	if len(agg.Taxes) != 1 || agg.Taxes[0].Category != "standard" || agg.Taxes[0].Rate != 10 || agg.Taxes[0].Base != 2845 || agg.Taxes[0].Tax != 284 {
		t.Errorf("aggregate taxes = %+v, want standard 10%% on 2845: 284", agg.Taxes)
	}
	var lastFour []string
	for _, inv := range got.PerLine.Invoices {
		lastFour = append(lastFour, inv.Payer.Card.Last4)
	}
	if diff := cmp.Diff([]string{"1111", "2222", "3333"}, lastFour); diff != "" {
		t.Errorf("F2 per-line cards (-want +got):\n%s", diff)
	}
	if got.Aggregate.Totals.Total != 3129 || got.PerLine.Totals.Total != 3127 || got.Difference != -2 {
		t.Errorf("totals %d and %d, difference %d; want 3129, 3127, -2", got.Aggregate.Totals.Total, got.PerLine.Totals.Total, got.Difference)
	}

	// One mode: no difference and no other mode in the output.
	out, _, code = runFamilyCmd(familySample, "-json", "-mode", "per-line")
	if code != exitOK || strings.Contains(out, `"aggregate"`) || strings.Contains(out, `"difference"`) || !strings.Contains(out, `"perLine"`) {
		t.Errorf("-mode per-line -json: exit %d, output\n%s", code, out)
	}
}

func TestFamilyBadInput(t *testing.T) {
	pan := "4111111111111111"
	sub := func(old, new string) string { return strings.Replace(familySample, old, new, 1) }
	tests := []struct {
		name string
		in   string
		args []string
		want string // in the one-line error
	}{
		{"no input", "", nil, "no input"},
		{"not JSON", "{", nil, "reading the account JSON"},
		{"wrong type", sub(`"amount": 1009`, `"amount": "1009"`), nil, `field "lines.charges.amount"`},
		{"unknown field", sub(`"owner"`, `"ownr"`), nil, `unknown field "ownr"`},
		{"two values", familySample + familySample, nil, "more than one value"},
		{"unknown kind", sub(`"kind": "data"`, `"kind": "tablet"`), nil, "unknown line kind"},
		{"unknown tax category", sub(`"tax": "standard"`, `"tax": "luxury"`), nil, "unknown tax category"},
		{"bad date", sub(`"2026-11-25"`, `"2026-02-30"`), nil, "date"},
		{"no lines", sub(`"lines": [`, `"lines": [], "x": [`), nil, "unknown field"},
		{"empty lines", `{"mioID": "m", "owner": "ヤマダ ユキ", "date": "2026-11-25", "lines": []}`, nil, "no lines"},
		{"F1 line under another mioID", sub(`"mioID": "mio-0001", "holder": "ヤマダ ユキ"`, `"mioID": "mio-0002", "holder": "ヤマダ ユキ"`), nil,
			`line "line-3": mioID: line is not under the account's mioID`},
		{"duplicate line", sub(`"id": "line-2"`, `"id": "line-1"`), nil, "duplicate line ID"},
		{"C1 someone else's card", sub(`"name": "YAMADA YUKI"`, `"name": "SUZUKI ICHIRO"`), nil, `line "line-3": card.name: card holder does not match`},
		{"negative amount", sub(`"amount": 1009`, `"amount": -1`), nil, "negative amount"},
		{"too many lines for the plan", sub(`"lines"`, `"plan": {"maxLines": 2}, "lines"`), nil, "too many lines"},
		{"bad family discount", sub(`"lines"`, `"plan": {"familyDiscount": "cap7"}, "lines"`), nil, `plan.familyDiscount "cap7"`},
		{"max lines 0 is not a default", sub(`"lines"`, `"plan": {"maxLines": 0}, "lines"`), nil, "plan.maxLines"},
		{"empty family discount is not a default", sub(`"lines"`, `"plan": {"familyDiscount": ""}, "lines"`), nil, `plan.familyDiscount ""`},
		{"bad rounding", sub(`"lines"`, `"plan": {"rounding": "nearest"}, "lines"`), nil, "rounding"},
		{"bad mode flag", familySample, []string{"-mode", "split"}, `-mode "split"`},
		{"stray argument", familySample, []string{"account.json"}, "unexpected arguments"},
		{"a card number as last4", sub(`"last4": "3333"`, `"last4": "`+pan+`"`), nil, "want the last 4 digits only"},
		{"a card number as a description", sub(`"monthly fee (illustrative)"`, `"`+pan+`"`), nil, "looks like a card number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runFamilyCmd(tt.in, tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if !strings.HasPrefix(errOut, "kessai family: ") || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("stderr %q: want one line starting %q and holding %q", errOut, "kessai family: ", tt.want)
			}
			if strings.Contains(errOut, pan) {
				t.Errorf("stderr %q echoes the card number", errOut)
			}
		})
	}
}

// TestFamilyUser: F2 with a line used by one person and paid by another.
func TestFamilyUser(t *testing.T) {
	in := strings.Replace(familySample, `"holder": "ヤマダ ユキ",`, `"holder": "ヤマダ ユキ", "user": "ﾔﾏﾀﾞ ｻｸﾗ",`, 1)
	out, errOut, code := runFamilyCmd(in, "-mode", "per-line")
	if code != exitOK || !strings.Contains(out, "line-3  data  ヤマダ ユキ (user ヤマダ サクラ)") {
		t.Errorf("exit %d, stderr %q, output\n%s", code, errOut, out)
	}
	out, _, _ = runFamilyCmd(in, "-json")
	if !strings.Contains(out, `"user": "ヤマダ サクラ"`) {
		t.Errorf("-json output lacks the user:\n%s", out)
	}
}

func TestFamilyHelp(t *testing.T) {
	out, errOut, code := runFamilyCmd("", "-h")
	if code != exitOK || out != "" || !strings.Contains(errOut, `"familyDiscount": "cap5"`) || !strings.Contains(errOut, "-mode") {
		t.Errorf("kessai family -h: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestFamilyInputBound: standard input over 1 MiB is refused after reading
// at most one byte past the bound.
func TestFamilyInputBound(t *testing.T) {
	big := strings.Repeat(" ", maxFamilyInput) + familySample
	_, errOut, code := runFamilyCmd(big)
	if code != exitUsage || !strings.Contains(errOut, "input longer than") {
		t.Errorf("exit %d, stderr %q; want exit 2 and input longer than", code, errOut)
	}
}
