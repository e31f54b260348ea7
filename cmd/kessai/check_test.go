package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func checkRun(stdin string, args ...string) (stdout, stderr string, code int) {
	code, stdout, stderr = runCmd(append([]string{"check"}, args...), stdin)
	return stdout, stderr, code
}

// goodCheck are the flags of a credit-card application IIJmio accepts.
var goodCheck = []string{
	"-card", "4111 1111 1111 1111", "-card-name", "YAMADA TARO", "-kana", "ヤマダ タロウ",
	"-expiry", "12/27", "-funding", "credit", "-issuer", "三井住友カード", "-country", "JP",
	"-code", "123", "-at", "2025-06-15T10:00:00+09:00",
}

func with(base []string, extra ...string) []string {
	return append(append([]string{}, base...), extra...)
}

func TestCheckText(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"M1/accepted-en", with(goodCheck, "-lang", "en"), exitOK, `verdict: accepted
policy: IIJmio (data as of 2025)
method: credit card / monthly charges
card: {number:411111******1111 name:"YAMADA TARO" expiry:"12/27" funding:credit issuer:"三井住友カード" country:"JP" corporate:false}
checked at: 2025-06-15T10:00:00+09:00
notes:
  [M1] credit-accepted: Credit cards are accepted.
source: 「iijmioの支払い方法を徹底比較!クレジットカードやデビット対応と最新注意点」 (2025)
`},
		{"C4+M9/rejected-ja", with(goodCheck, "-expiry", "05/25", "-purpose", "device", "-instalments", "12"), exitNegative, `判定: 不可 (rejected)
事業者: IIJmio (データ時点 2025)
支払い方法: クレジットカード / 端末購入
カード: {number:411111******1111 name:"YAMADA TARO" expiry:"05/25" funding:credit issuer:"三井住友カード" country:"JP" corporate:false}
確認時刻: 2025-06-15T10:00:00+09:00
理由:
  [C4] card-expired: カードの有効期限が切れています。
      対処: カード表面の有効期限を確認し、更新後のカード情報を登録してください。
  [M9] instalments-not-offered: 分割払いには対応していません。クレジットカードの一括払いのみです。
      対処: 一括払いで購入し、後からカード会社のWebサイトやアプリで分割払いやリボ払いに変更してください（手数料や回数はカード会社によります）。
補足:
  [M9] lump-sum-only: 端末代金はクレジットカードの一括払いのみです。
      対処: 分割払いやリボ払いにしたい場合は、購入後にカード会社で変更してください。
出典: 「iijmioの支払い方法を徹底比較!クレジットカードやデビット対応と最新注意点」 (2025)
`},
		{"M2/uncertain-en", with(goodCheck, "-lang", "en", "-method", "debit", "-funding", "debit", "-issuer", "PayPay銀行"), exitNegative, `verdict: uncertain
policy: IIJmio (data as of 2025)
method: debit card / monthly charges
card: {number:411111******1111 name:"YAMADA TARO" expiry:"12/27" funding:debit issuer:"PayPay銀行" country:"JP" corporate:false}
checked at: 2025-06-15T10:00:00+09:00
reasons:
  [M2] debit-uncertain: Some people report registering this debit card, but it is not guaranteed and not officially recommended.
      remedy: Immediate debiting may cause errors or double charges; if an error appears, switch to a credit card.
`},
		{"M4/konbini-arrears", []string{"-lang", "en", "-method", "konbini", "-purpose", "arrears", "-at", "2025-06-15"}, exitOK, `verdict: accepted
policy: IIJmio (data as of 2025)
method: convenience-store payment / arrears settlement
checked at: 2025-06-15T00:00:00+09:00
notes:
  [M4] konbini-arrears-slip: The convenience-store slip mailed after a failed payment can be paid.
      remedy: It takes 3–5 business days to be reflected; keep the receipt.
source: 「iijmioの支払い方法を徹底比較!クレジットカードやデビット対応と最新注意点」 (2025)
`},
		{"M8/gift-campaign", []string{"-lang", "en", "-method", "gift", "-purpose", "device", "-campaign", "SPRING", "-at", "2025-06-15"}, exitNegative, `verdict: conditional
policy: IIJmio (data as of 2025)
method: gift certificate / device purchase
checked at: 2025-06-15T00:00:00+09:00
reasons:
  [M8] gift-campaign-conditions: Gift certificates are accepted only during the campaign: an entry or a code may be needed, quantities are limited, and only some devices and ways of buying qualify.
      remedy: Check the campaign's conditions on the official site.
source: 「iijmioの支払い方法を徹底比較!クレジットカードやデビット対応と最新注意点」 (2025)
`},
		{"C6/invalid-input-exit-2", with(goodCheck, "-lang", "en", "-expiry", "13/27"), exitUsage, `verdict: rejected
policy: IIJmio (data as of 2025)
method: credit card / monthly charges
card: {number:411111******1111 name:"YAMADA TARO" expiry:"13/27" funding:credit issuer:"三井住友カード" country:"JP" corporate:false}
checked at: 2025-06-15T10:00:00+09:00
reasons:
  [C6] invalid-input: The input is not valid. [card.expiry: range]
      remedy: Check what was entered (number, expiry, security code, …).
notes:
  [M1] credit-accepted: Credit cards are accepted.
source: 「iijmioの支払い方法を徹底比較!クレジットカードやデビット対応と最新注意点」 (2025)
`},
		{"P2/uq-bank", []string{"-lang", "en", "-policy", "uq", "-method", "bank", "-at", "2025-06-15"}, exitNegative, `verdict: conditional
policy: UQ mobile (data as of 2025)
method: bank account transfer / monthly charges
checked at: 2025-06-15T00:00:00+09:00
reasons:
  [P2] bank-transfer-conditional: Bank account transfer is accepted under conditions.
      remedy: Ask the carrier which conditions apply.
source: 「iijmioの支払い方法を徹底比較!クレジットカードやデビット対応と最新注意点」 (2025)
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := checkRun("", tc.args...)
			if code != tc.code {
				t.Errorf("kessai check %q: exit %d, want %d (stderr %q)", tc.args, code, tc.code, errOut)
			}
			if diff := cmp.Diff(tc.want, out); diff != "" {
				t.Errorf("kessai check %q output (-want +got):\n%s", tc.args, diff)
			}
			if strings.Contains(out+errOut, "4111111111111111") || strings.Contains(out+errOut, "4111 1111 1111 1111") || strings.Contains(out, "123}") {
				t.Errorf("kessai check %q shows the number or code:\n%s%s", tc.args, out, errOut)
			}
		})
	}
}

func TestCheckJSON(t *testing.T) {
	out, errOut, code := checkRun("", with(goodCheck, "-json", "-lang", "en", "-country", "US")...)
	if code != exitNegative {
		t.Fatalf("exit %d, want %d (stderr %q)", code, exitNegative, errOut)
	}
	var r struct {
		Policy      string `json:"policy"`
		Verdict     string `json:"verdict"`
		Application struct {
			Card map[string]any `json:"card"`
		} `json:"application"`
		Reasons []reasonReport `json:"reasons"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	want := []reasonReport{{Code: "card-issued-abroad", Rule: "C2", Verdict: "rejected", Field: "card.country",
		Message: "Cards issued outside Japan are not accepted.", Remedy: "Register a credit card issued in Japan in the contract holder's name."}}
	if diff := cmp.Diff(want, r.Reasons); diff != "" {
		t.Errorf("reasons (-want +got):\n%s", diff)
	}
	if r.Policy != "iijmio" || r.Verdict != "rejected" || r.Application.Card["number"] != "411111******1111" || r.Application.Card["securityCode"] != nil {
		t.Errorf("report %+v", r)
	}
	if strings.Contains(out, "4111 1111 1111 1111") || strings.Contains(out, `"123"`) {
		t.Errorf("JSON shows the number or the code:\n%s", out)
	}
}

func TestCheckStdin(t *testing.T) {
	in := `{"method":"デビットカード","purpose":"monthly","holder":{"kana":"ヤマダ タロウ"},
		"card":{"number":"4111111111111111","name":"YAMADA TARO","expiry":"12/27","funding":"debit",
		"issuer":"スルガ銀行","country":"JP"},"at":"2025-06-15T10:00:00+09:00"}`
	out, errOut, code := checkRun(in, "-stdin", "-json")
	if code != exitNegative {
		t.Fatalf("exit %d, want %d (stderr %q)", code, exitNegative, errOut)
	}
	// Not a checkReport: its application's number is written masked, which
	// does not decode back into a brand.Number.
	var r struct {
		Verdict string `json:"verdict"`
		Lang    string `json:"lang"`
		Reasons []struct {
			Code string `json:"code"`
		} `json:"reasons"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if r.Verdict != "uncertain" || len(r.Reasons) != 1 || r.Reasons[0].Code != "debit-uncertain" || r.Lang != "ja" {
		t.Errorf("kessai check -stdin = %+v, want uncertain by debit-uncertain", r)
	}
	if strings.Contains(out, "4111111111111111") {
		t.Errorf("output shows the number:\n%s", out)
	}
}

func TestCheckUsage(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"unknown policy", "", with(goodCheck, "-policy", "docomo")},
		{"unknown lang", "", with(goodCheck, "-lang", "fr")},
		{"unknown method", "", with(goodCheck, "-method", "cash")},
		{"unknown purpose", "", with(goodCheck, "-purpose", "later")},
		{"unknown funding", "", with(goodCheck, "-funding", "gold")},
		{"bad at", "", with(goodCheck, "-at", "yesterday")},
		{"bad combined", "", with(goodCheck, "-combined", "points,cheque")},
		{"too many combined", "", with(goodCheck, "-combined", strings.Repeat("points,", 9)+"points")},
		{"over-long combined", "", with(goodCheck, "-combined", strings.Repeat("p", 10000))},
		{"extra argument", "", with(goodCheck, "now")},
		{"bad flag", "", with(goodCheck, "-frobnicate")},
		{"stdin with flags", `{}`, []string{"-stdin", "-card", "4111111111111111"}},
		{"stdin not JSON", `4111111111111111`, []string{"-stdin"}},
		{"stdin unknown field", `{"pan":"4111111111111111"}`, []string{"-stdin"}},
		{"stdin unknown method", `{"method":"cash"}`, []string{"-stdin"}},
		{"stdin too long", strings.Repeat(" ", maxStdin+1), []string{"-stdin"}},
		// A card number typed in the wrong place is never echoed.
		{"number as -at", "", with(goodCheck, "-at", "4111111111111111")},
		{"number as -policy", "", with(goodCheck, "-policy", "4111111111111111")},
		{"number as -lang", "", with(goodCheck, "-lang", "4111111111111111")},
		{"number as -instalments", "", with(goodCheck, "-instalments", "4111111111111111111111")},
		{"number as -method", "", with(goodCheck, "-method", "4111111111111111")},
		{"number as -funding", "", with(goodCheck, "-funding", "4111111111111111")},
		{"number as -combined", "", with(goodCheck, "-combined", "points,4111111111111111")},
		{"stdin number as at", `{"at":"4111111111111111"}`, []string{"-stdin"}},
		{"stdin number as instalments", `{"instalments":4111111111111111111111}`, []string{"-stdin"}},
		{"stdin number as a field name", `{"4111111111111111":"x"}`, []string{"-stdin"}},
		{"stdin number in a card field name", `{"card":{"4111111111111111":"x"}}`, []string{"-stdin"}},
		{"stdin combined as base64", `{"method":"gift","combined":"AQI="}`, []string{"-stdin"}},
		{"stdin two values", `{"method":"credit"} {"method":"4111111111111111"}`, []string{"-stdin"}},
		{"stdin trailing garbage", `{"method":"credit"} 4111111111111111`, []string{"-stdin"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := checkRun(tc.stdin, tc.args...)
			if code != exitUsage || out != "" || !strings.Contains(errOut, "kessai check") {
				t.Errorf("kessai check %q: exit %d, stdout %q, stderr %q; want exit 2 with a message", tc.args, code, out, errOut)
			}
			if strings.Contains(errOut, "41111111") {
				t.Errorf("stderr shows the number: %q", errOut)
			}
		})
	}
	if _, _, code := checkRun("", "-h"); code != exitOK {
		t.Errorf("kessai check -h: exit %d, want 0", code)
	}
}
