package eligibility_test

import (
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/textparse"
	"golang.org/x/text/language"
)

// The seed's tables, copied row by row as the article prints them (method
// names in Japanese, verdicts as its words or symbols), and what the
// library answers for each.

// verdictOf reads the seed's words and symbols: 利用可能/○ accepted,
// 利用不可/登録不可/ほぼ不可/× rejected. The article's △ stands for two
// things, and its annotation says which: "キャンペーン時のみ" (M8) is a
// condition the caller can meet, so Conditional; "一部利用可" (M10) and
// the debit reports of M2 ("登録できた報告あり", "条件付きで成功例") name
// no reliable condition, so Uncertain. A bare △ is read by the caller
// from the prose around the table (see TestSeedComparisonTable).
func verdictOf(t *testing.T, s string) eligibility.Verdict {
	t.Helper()
	switch {
	case s == "○" || s == "利用可能":
		return eligibility.Accepted
	case s == "×" || s == "利用不可" || s == "登録不可" || s == "ほぼ不可":
		return eligibility.Rejected
	case strings.HasPrefix(s, "△") && strings.Contains(s, "キャンペーン"):
		return eligibility.Conditional
	case strings.HasPrefix(s, "△") && strings.Contains(s, "一部"),
		s == "登録できた報告あり", s == "条件付きで成功例":
		return eligibility.Uncertain
	}
	t.Fatalf("seed symbol %q not understood", s)
	return 0
}

func parseMethod(t *testing.T, s string) eligibility.Method {
	t.Helper()
	m, err := textparse.Parse[eligibility.Method](s)
	if err != nil {
		t.Fatalf("ParseMethod(%q) from the seed: %v", s, err)
	}
	return m
}

// TestSeedPaymentMethodsTable: "IIJmioで利用できる主要な支払い手段の一覧"
// (M1–M6). コンビニ払い is refused "通常時" and accepted for the slip in
// arrears (M4).
func TestSeedPaymentMethodsTable(t *testing.T) {
	rows := []struct{ method, verdict, note string }{
		{"クレジットカード", "利用可能", "契約者本人名義が必須"},
		{"デビットカード", "利用不可", "一部例外(スルガ銀行など)を除き不可"},
		{"口座振替", "利用不可", "対応していない"},
		{"コンビニ払い", "利用不可", "通常時は不可。支払い遅れ時の督促時以外不可"},
		{"請求書払", "利用不可", "一般個人向けは非対応"},
		{"ビックポイント払い", "利用不可", "非対応"},
	}
	p := eligibility.IIJmio()
	for _, r := range rows {
		t.Run("M1-M6/"+r.method, func(t *testing.T) {
			m := parseMethod(t, r.method)
			want := verdictOf(t, r.verdict)
			for _, pu := range []eligibility.Purpose{eligibility.MonthlyCharges, eligibility.DevicePurchase} {
				if d := p.Accepts(m, pu); d.Verdict != want {
					t.Errorf("IIJmio().Accepts(%v, %v) = %v, seed says %s", m, pu, d, r.verdict)
				}
			}
		})
	}
	if d := p.Accepts(eligibility.ConvenienceStore, eligibility.ArrearsSettlement); d.Verdict != eligibility.Accepted {
		t.Errorf("M4: konbini for arrears = %v, seed: 支払い遅れ時の督促時 the slip is paid", d)
	}
}

// TestSeedSummaryTable: the closing table, with ギフト券 △(キャンペーン時限定).
func TestSeedSummaryTable(t *testing.T) {
	rows := []struct{ rule, method, verdict, note string }{
		{"M1", "クレジットカード", "○", "Visa、MasterCard、JCB、Amex、楽天など"},
		{"M2", "デビットカード", "×", "原則不可。ごく一部カードで過去の利用例あり"},
		{"M3", "口座振替", "×", "非対応"},
		{"M4", "コンビニ払い", "×", "非対応"},
		{"M8", "ギフト券", "△(キャンペーン時限定利用可)", "キャンペーン時限定利用可"},
	}
	for _, r := range rows {
		t.Run(r.rule+"/"+r.method, func(t *testing.T) {
			m := parseMethod(t, r.method)
			d := eligibility.IIJmio().Accepts(m, eligibility.MonthlyCharges)
			if d.Verdict != verdictOf(t, r.verdict) {
				t.Errorf("IIJmio().Accepts(%v, monthly) = %v, seed says %s", m, d, r.verdict)
			}
		})
	}
}

// TestSeedDebitTable: "主要デビットカードの対応傾向" (M2).
func TestSeedDebitTable(t *testing.T) {
	rows := []struct{ issuer, verdict, note string }{
		{"PayPay銀行", "登録できた報告あり", "利用は保証されず、エラー表示時は他の手段が必要"},
		{"スルガ銀行", "条件付きで成功例", "年月によって成功率が変化する場合あり"},
		{"楽天銀行デビット", "登録不可", "カード側で弾かれるケースが多い"},
		{"JCB・VISAデビット", "ほぼ不可", "システムの仕様で受け付けられないことが大半"},
	}
	for _, r := range rows {
		t.Run("M2/"+r.issuer, func(t *testing.T) {
			a := goodApp()
			a.Method, a.Card.Funding, a.Card.Issuer = eligibility.DebitCard, brand.Debit, r.issuer
			d := eligibility.IIJmio().Check(a)
			want := verdictOf(t, r.verdict)
			if d.Verdict != want {
				t.Errorf("IIJmio().Check(debit from %q) = %v, seed says %s", r.issuer, d, r.verdict)
			}
			if d.Verdict == eligibility.Uncertain {
				// the seed's warning: not guaranteed, not recommended
				msg := d.Reasons[0].Message(language.Japanese)
				if !strings.Contains(msg, "保証されず") || !strings.Contains(msg, "推奨されていません") {
					t.Errorf("M2 warning = %q, want 保証されず and 推奨されていません", msg)
				}
			}
		})
	}
}

// TestSeedBicTable: "支払い方法 iijmio公式端末購入 ビックカメラ実店舗/オンライン"
// (M6, M8, M10). The article lost the ○ symbols; M10 restores them.
func TestSeedBicTable(t *testing.T) {
	rows := []struct{ method, official, bic string }{
		{"クレジットカード", "○", "○"},
		{"ビックポイント", "×", "○"},
		{"ギフト券", "△(キャンペーン時のみ)", "○"},
		{"デビットカード", "×", "△(一部利用可)"},
	}
	for _, r := range rows {
		t.Run("M10/"+r.method, func(t *testing.T) {
			m := parseMethod(t, r.method)
			if d := eligibility.IIJmio().Accepts(m, eligibility.DevicePurchase); d.Verdict != verdictOf(t, r.official) {
				t.Errorf("IIJmio().Accepts(%v, device) = %v, seed says %s", m, d, r.official)
			}
			if d := eligibility.BicCamera().Accepts(m, eligibility.DevicePurchase); d.Verdict != verdictOf(t, r.bic) {
				t.Errorf("BicCamera().Accepts(%v, device) = %v, seed says %s", m, d, r.bic)
			}
		})
	}
}

// TestSeedComparisonTable: "他社SIM…との支払い手段比較表" (P1–P3), IIJmio's
// credit ○ restored from the prose. Compare renders it. The table's △ is
// "一部条件下で利用可能"; the prose says which kind each one is: UQ mobile's
// bank transfer is "条件付きで口座振替可" (Conditional), and the debit column
// is headed "デビットカード(一部)" with no card named (Uncertain).
func TestSeedComparisonTable(t *testing.T) {
	type cell struct {
		symbol string
		want   eligibility.Verdict
		code   eligibility.Code
	}
	var (
		credit   = cell{"○", eligibility.Accepted, eligibility.CodeCreditAccepted}
		bankYes  = cell{"○", eligibility.Accepted, eligibility.CodeBankTransferAccepted}
		bankCond = cell{"△", eligibility.Conditional, eligibility.CodeBankTransferConditional}
		konbini  = cell{"×", eligibility.Rejected, eligibility.CodeKonbiniNotAccepted}
		debitSom = cell{"△", eligibility.Uncertain, eligibility.CodeDebitPartly}
	)
	columns := []string{"クレジットカード", "口座振替", "コンビニ払い", "デビットカード"}
	rows := []struct {
		rule, service string
		cells         [4]cell
	}{
		{"M1-M4", "IIJmio", [4]cell{credit, {"×", eligibility.Rejected, eligibility.CodeBankTransferRejected}, konbini, {"×", eligibility.Rejected, eligibility.CodeDebitNotAccepted}}},
		{"P1", "mineo", [4]cell{credit, bankYes, konbini, debitSom}},
		{"P2", "UQモバイル", [4]cell{credit, bankCond, konbini, debitSom}},
		{"P3", "OCNモバイルONE", [4]cell{credit, bankYes, konbini, debitSom}},
	}
	policies := []eligibility.Policy{eligibility.IIJmio(), eligibility.Mineo(), eligibility.UQMobile(), eligibility.OCNMobileONE()}
	for ci, col := range columns {
		m := parseMethod(t, col)
		got := eligibility.CompareCarriers(m, eligibility.MonthlyCharges, policies...)
		if len(got) != len(rows) {
			t.Fatalf("Compare(%v) = %d rows, want %d", m, len(got), len(rows))
		}
		for ri, r := range rows {
			t.Run(r.rule+"/"+r.service+"/"+col, func(t *testing.T) {
				row, want := got[ri], r.cells[ci]
				if row.Name(language.Japanese) != r.service {
					t.Errorf("row %d name %q, want %q", ri, row.Name(language.Japanese), r.service)
				}
				if row.Verdict != want.want || row.Reason.Code != want.code {
					t.Errorf("Compare(%v)[%s] = %v %s, seed says %s (%v, %s)", m, r.service,
						row.Verdict, row.Reason.Code, want.symbol, want.want, want.code)
				}
				if row.Reason.Rule == "" || row.Reason.Message(language.Japanese) == "" || row.Reason.Source.AsOf != "2025" || row.Method != m || row.Purpose != eligibility.MonthlyCharges {
					t.Errorf("Compare(%v)[%s] = %+v: want a rule, a note, as-of 2025, the method and purpose", m, r.service, row)
				}
			})
		}
	}
}

// TestSeedTroubleTable: "主なトラブル要因" (C6): every cause has a code with
// a remedy in both languages.
func TestSeedTroubleTable(t *testing.T) {
	rows := []struct {
		cause string
		codes []eligibility.Code
	}{
		{"有効期限の切れ", []eligibility.Code{eligibility.CodeCardExpired}},
		{"名義不一致", []eligibility.Code{eligibility.CodeHolderNameMismatch}},
		{"入力情報の誤り", []eligibility.Code{eligibility.CodeCardNumberInvalid, eligibility.CodeSecurityCodeInvalid, eligibility.CodeInvalidInput}},
		{"利用限度額超過", []eligibility.Code{eligibility.CodeCreditLimitExceeded}},
		{"取扱ブランド未対応や例外", []eligibility.Code{eligibility.CodeBrandNotAccepted, eligibility.CodeDebitNotAccepted, eligibility.CodePrepaidNotAccepted}},
		{"セキュリティロック", []eligibility.Code{eligibility.CodeSecurityLock}},
		{"システム上の一時的なトラブルやメンテナンス", []eligibility.Code{eligibility.CodeMaintenance}},
	}
	for _, r := range rows {
		for _, c := range r.codes {
			t.Run("C6/"+r.cause+"/"+string(c), func(t *testing.T) {
				reason, ok := eligibility.ReasonFor(c)
				if !ok || reason.Remedy(language.Japanese) == "" || reason.Remedy(language.English) == "" {
					t.Errorf("ReasonFor(%q) = %v, %t: want a remedy in both languages", c, reason, ok)
				}
			})
		}
	}
}

// TestSeedRequirementsTable: "条件 詳細説明" (C1, C2, C3, M2).
func TestSeedRequirementsTable(t *testing.T) {
	rows := []struct {
		rule, condition string
		edit            func(a *eligibility.Application)
		want            eligibility.Verdict
		code            eligibility.Code
	}{
		{"C2", "契約者本人名義の日本国内発行カードのみ登録可能", func(a *eligibility.Application) { a.Card.Country = "GB" }, eligibility.Rejected, eligibility.CodeCardIssuedAbroad},
		{"C1", "家族名義カード 原則不可", func(a *eligibility.Application) { a.Card.Name = "YAMADA HANAKO" }, eligibility.Rejected, eligibility.CodeHolderNameMismatch},
		{"M2", "PayPay銀行やスルガ銀行発行のもので利用できた事例もありますが推奨されません", func(a *eligibility.Application) {
			a.Method, a.Card.Funding, a.Card.Issuer = eligibility.DebitCard, brand.Debit, "スルガ銀行"
		}, eligibility.Uncertain, eligibility.CodeDebitUncertain},
		{"C3", "フルネーム(ローマ字表記含む)が完全一致している必要があります", func(a *eligibility.Application) { a.Card.Name = "YAMADA" }, eligibility.Rejected, eligibility.CodeHolderNameMismatch},
		{"M1", "クレジットカードなし 基本的に契約不可", func(a *eligibility.Application) {
			a.Method, a.Card = eligibility.BankTransfer, eligibility.Card{}
		}, eligibility.Rejected, eligibility.CodeBankTransferRejected},
	}
	for _, r := range rows {
		t.Run(r.rule+"/"+r.condition, func(t *testing.T) {
			a := goodApp()
			r.edit(&a)
			d := eligibility.IIJmio().Check(a)
			if d.Verdict != r.want || !d.Has(r.code) {
				t.Errorf("IIJmio().Check(%v) = %v, want %v with %q", a, d, r.want, r.code)
			}
		})
	}
}
