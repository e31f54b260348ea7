package eligibility_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
)

// The sources the presets name (docs/RULES.md, "Facts checked against the
// carriers' and schemes' own sources"), as srcText writes them.
const (
	seedSrc   = "「iijmioの支払い方法を徹底比較!クレジットカードやデビット対応と最新注意点」 (2025)"
	iijmioSrc = "https://www.iijmio.jp/mts/ (2026-11)"
	mineoSrc  = "https://sumaho-hiroba.com/mineo-payment-method/ (2026-11)"
	uqSrc     = "https://www.uqwimax.jp/signup/mobile/support/bill (2026-11)"
	ocnSrc    = "https://lifestyle.assist-all.co.jp/?p=49582 (2026-11)"
	unpaidSrc = "https://www.iijmio.jp/invoice/letter_en.html (2026-11)"
)

// srcText writes a source on one line as the command-line tool does: a
// page's address or the article's title in 「」, then the date in
// parentheses.
func srcText(s billing.Source) string {
	if s.URL != "" {
		return s.URL + " (" + s.AsOf + ")"
	}
	return "「" + s.Title + "」 (" + s.AsOf + ")"
}

// seedSource returns the seed's Source as a preset gives it.
func seedSource(t *testing.T) billing.Source {
	t.Helper()
	s := eligibility.IIJmio().Accepts(eligibility.CreditCard, eligibility.MonthlyCharges).Notes[0].Source
	if srcText(s) != seedSrc || s.Title != "iijmioの支払い方法を徹底比較!クレジットカードやデビット対応と最新注意点" || s.URL != "" || s.AsOf != "2025" {
		t.Fatalf("IIJmio's credit cell: source %q", s)
	}
	return s
}

// TestPublishedFacts: one row per fact a published preset states, beside
// the seed preset's answer for the same cell, each naming its source. Where
// the two disagree the row says so.
func TestPublishedFacts(t *testing.T) {
	tests := []struct {
		fact    string
		policy  eligibility.Policy
		m       eligibility.Method
		pu      eligibility.Purpose
		verdict eligibility.Verdict
		code    eligibility.Code
		src     string
	}{
		// IIJmio: debit refused without exceptions (M2), devices in instalments (M9).
		{"M1 seed: credit", eligibility.IIJmio(), eligibility.CreditCard, eligibility.MonthlyCharges, eligibility.Accepted, eligibility.CodeCreditAccepted, seedSrc},
		{"M1 published: credit", eligibility.IIJmioPublished(), eligibility.CreditCard, eligibility.MonthlyCharges, eligibility.Accepted, eligibility.CodeCreditAccepted, iijmioSrc},
		{"M2 seed: debit refused (issuer exceptions in Check)", eligibility.IIJmio(), eligibility.DebitCard, eligibility.MonthlyCharges, eligibility.Rejected, eligibility.CodeDebitNotAccepted, seedSrc},
		{"M2 published: debit refused", eligibility.IIJmioPublished(), eligibility.DebitCard, eligibility.MonthlyCharges, eligibility.Rejected, eligibility.CodeDebitNotAccepted, iijmioSrc},
		{"M7 published: prepaid refused", eligibility.IIJmioPublished(), eligibility.PrepaidCard, eligibility.DevicePurchase, eligibility.Rejected, eligibility.CodePrepaidNotAccepted, iijmioSrc},
		{"M9 seed: lump sum only (differs)", eligibility.IIJmio(), eligibility.CreditCard, eligibility.DevicePurchase, eligibility.Accepted, eligibility.CodeLumpSumOnly, seedSrc},
		{"M9 published: lump sum or instalments (differs)", eligibility.IIJmioPublished(), eligibility.CreditCard, eligibility.DevicePurchase, eligibility.Accepted, eligibility.CodeDeviceInstalments, iijmioSrc},
		{"M3 published keeps the seed's cell", eligibility.IIJmioPublished(), eligibility.BankTransfer, eligibility.MonthlyCharges, eligibility.Rejected, eligibility.CodeBankTransferRejected, seedSrc},
		{"M4 D5 seed: arrears slip, 3-5 business days", eligibility.IIJmio(), eligibility.ConvenienceStore, eligibility.ArrearsSettlement, eligibility.Accepted, eligibility.CodeKonbiniArrearsSlip, seedSrc},
		{"M4 D5 published: arrears slip by its deadline, 7-10 days (differs)", eligibility.IIJmioPublished(), eligibility.ConvenienceStore, eligibility.ArrearsSettlement, eligibility.Accepted, eligibility.CodeKonbiniSlipByDeadline, unpaidSrc},
		{"M4 published keeps the seed's refusal for monthly charges", eligibility.IIJmioPublished(), eligibility.ConvenienceStore, eligibility.MonthlyCharges, eligibility.Rejected, eligibility.CodeKonbiniNotAccepted, seedSrc},
		// mineo (P1): bank transfer only with eo光.
		{"P1 seed: bank transfer yes (differs)", eligibility.Mineo(), eligibility.BankTransfer, eligibility.MonthlyCharges, eligibility.Accepted, eligibility.CodeBankTransferAccepted, seedSrc},
		{"P1 published: bank transfer with eo光 only (differs)", eligibility.MineoPublished(), eligibility.BankTransfer, eligibility.MonthlyCharges, eligibility.Conditional, eligibility.CodeBankTransferEoHikari, mineoSrc},
		{"P1 published: credit", eligibility.MineoPublished(), eligibility.CreditCard, eligibility.MonthlyCharges, eligibility.Accepted, eligibility.CodeCreditAccepted, mineoSrc},
		{"P1 published: no convenience store", eligibility.MineoPublished(), eligibility.ConvenienceStore, eligibility.MonthlyCharges, eligibility.Rejected, eligibility.CodeKonbiniNotAccepted, mineoSrc},
		{"P1 seed: invoice not stated", eligibility.Mineo(), eligibility.Invoice, eligibility.MonthlyCharges, eligibility.Uncertain, eligibility.CodeNotStated, seedSrc},
		{"P1 published: no invoice", eligibility.MineoPublished(), eligibility.Invoice, eligibility.MonthlyCharges, eligibility.Rejected, eligibility.CodeInvoiceNotAccepted, mineoSrc},
		{"P1 published: e-money not stated (the page says nothing)", eligibility.MineoPublished(), eligibility.EMoney, eligibility.MonthlyCharges, eligibility.Uncertain, eligibility.CodeNotStated, seedSrc},
		{"P1 published: debit disputed", eligibility.MineoPublished(), eligibility.DebitCard, eligibility.MonthlyCharges, eligibility.Uncertain, eligibility.CodeDebitPartly, mineoSrc},
		// UQ mobile (P2): bank transfer accepted; a slip with a fee when it fails.
		{"P2 seed: bank transfer conditionally (differs)", eligibility.UQMobile(), eligibility.BankTransfer, eligibility.MonthlyCharges, eligibility.Conditional, eligibility.CodeBankTransferConditional, seedSrc},
		{"P2 published: bank transfer, slip with a fee on failure (differs)", eligibility.UQMobilePublished(), eligibility.BankTransfer, eligibility.MonthlyCharges, eligibility.Accepted, eligibility.CodeBankTransferSlipFee, uqSrc},
		// OCN mobile ONE (P3): bank transfer by phone for existing customers.
		{"P3 seed: bank transfer yes (differs)", eligibility.OCNMobileONE(), eligibility.BankTransfer, eligibility.MonthlyCharges, eligibility.Accepted, eligibility.CodeBankTransferAccepted, seedSrc},
		{"P3 published: bank transfer by phone (differs)", eligibility.OCNMobileONEPublished(), eligibility.BankTransfer, eligibility.MonthlyCharges, eligibility.Conditional, eligibility.CodeBankTransferByPhone, ocnSrc},
		{"P3 seed: bank transfer for devices not stated", eligibility.OCNMobileONE(), eligibility.BankTransfer, eligibility.DevicePurchase, eligibility.Uncertain, eligibility.CodeNotStated, seedSrc},
		{"P3 published: no bank transfer with a device set (differs)", eligibility.OCNMobileONEPublished(), eligibility.BankTransfer, eligibility.DevicePurchase, eligibility.Rejected, eligibility.CodeBankTransferNoDevice, ocnSrc},
		{"P3 published: some debit cards", eligibility.OCNMobileONEPublished(), eligibility.DebitCard, eligibility.MonthlyCharges, eligibility.Uncertain, eligibility.CodeDebitPartly, ocnSrc},
	}
	for _, tc := range tests {
		t.Run(tc.fact, func(t *testing.T) {
			d := tc.policy.Accepts(tc.m, tc.pu)
			if d.Verdict != tc.verdict {
				t.Errorf("%s.Accepts(%v, %v).Verdict = %v, want %v", tc.policy.ID(), tc.m, tc.pu, d.Verdict, tc.verdict)
			}
			r := append(d.Reasons, d.Notes...)[0]
			if r.Code != tc.code || srcText(r.Source) != tc.src {
				t.Errorf("%s.Accepts(%v, %v) = %s from %v, want %s from %v", tc.policy.ID(), tc.m, tc.pu, r.Code, r.Source, tc.code, tc.src)
			}
		})
	}
}

// TestSlipReflectionRemedy: D5: the remedy of the arrears slip's cell
// says what billing's preset of the same source says: the seed's 3–5
// business days for IIJmio, the page's 7–10 days for IIJmioPublished, in
// Japanese and English.
func TestSlipReflectionRemedy(t *testing.T) {
	tests := []struct {
		name   string
		policy eligibility.Policy
		dun    billing.DunningPolicy
		ja, en string
	}{
		{"D5 seed: 3-5 business days", eligibility.IIJmio(), billing.IIJmio(), "3〜5営業日", "3–5 business days"},
		{"D5 published: 7-10 days", eligibility.IIJmioPublished(), billing.IIJmioPublished(), "7〜10日", "7–10 days"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := tc.policy.Accepts(eligibility.ConvenienceStore, eligibility.ArrearsSettlement)
			r := append(d.Reasons, d.Notes...)[0]
			if ja := r.Remedy(language.Japanese); !strings.Contains(ja, tc.ja) {
				t.Errorf("%s: Remedy(ja) = %q, want it to say %s", tc.policy.ID(), ja, tc.ja)
			}
			if en := r.Remedy(language.English); !strings.Contains(en, tc.en) {
				t.Errorf("%s: Remedy(en) = %q, want it to say %s", tc.policy.ID(), en, tc.en)
			}
			o := tc.dun.SlipReflection
			if want := fmt.Sprintf("%d–%d", o.Min, o.Max); !strings.Contains(tc.en, want) {
				t.Errorf("%s: billing's SlipReflection is %s, the remedy says %s", tc.dun.Name, want, tc.en)
			}
			if r.Source != o.Source {
				t.Errorf("%s: cell source %v, billing's SlipReflection source %v", tc.policy.ID(), r.Source, o.Source)
			}
		})
	}
}

// TestEveryCellSourced: every cell of every preset names a source with a
// date, and the seed's presets name the seed for every cell they state.
func TestEveryCellSourced(t *testing.T) {
	var all []eligibility.Policy
	all = append(all, eligibility.Presets()...)
	all = append(all, eligibility.IIJmioPublished(), eligibility.MineoPublished(), eligibility.UQMobilePublished(), eligibility.OCNMobileONEPublished())
	for _, p := range all {
		for _, m := range allMethods() {
			for _, pu := range allPurposes() {
				d := p.Accepts(m, pu)
				r := append(d.Reasons, d.Notes...)[0]
				switch {
				case r.Source.AsOf == "" || (r.Source.Title == "") == (r.Source.URL == ""):
					t.Errorf("%s.Accepts(%v, %v): source %v, want a title or an address, and a date", p.ID(), m, pu, r.Source)
				case srcText(p.Source()) == seedSrc && srcText(r.Source) != seedSrc:
					t.Errorf("%s.Accepts(%v, %v): source %v, want the seed", p.ID(), m, pu, r.Source)
				}
				// JSON round trip.
				b, err := json.Marshal(r.Source)
				var back billing.Source
				if err != nil || json.Unmarshal(b, &back) != nil || back != r.Source {
					t.Errorf("Source %v: JSON %s, back %v, %v", r.Source, b, back, err)
				}
			}
		}
	}
}

// TestCheckPublished: the published presets' differences as Check sees them.
func TestCheckPublished(t *testing.T) {
	device := func(a *eligibility.Application) { a.Purpose = eligibility.DevicePurchase; a.Instalments = 24 }
	paypayDebit := func(a *eligibility.Application) { a.Card.Funding = brand.Debit; a.Card.Issuer = "PayPay銀行" }
	tests := []checkCase{
		{"M9", "seed: 24 instalments refused", eligibility.IIJmio(), device, "", eligibility.Rejected,
			[]eligibility.Code{eligibility.CodeInstalmentsNotOffered}, []eligibility.Code{eligibility.CodeLumpSumOnly}},
		{"M9", "published (iijmio.jp/mts): 24 instalments accepted", eligibility.IIJmioPublished(), device, "", eligibility.Accepted,
			nil, []eligibility.Code{eligibility.CodeDeviceInstalments}},
		{"M2", "seed: PayPay Bank debit uncertain", eligibility.IIJmio(), paypayDebit, "", eligibility.Uncertain,
			[]eligibility.Code{eligibility.CodeDebitUncertain}, nil},
		{"M2", "published (iijmio.jp/mts): PayPay Bank debit refused", eligibility.IIJmioPublished(), paypayDebit, "", eligibility.Rejected,
			[]eligibility.Code{eligibility.CodeDebitNotAccepted}, nil},
	}
	runCheckCases(t, tests)
}

// TestOCNClosure: OCN mobile ONE took no new contracts from 2023-06-26 (JST);
// the published preset answers for the day of the application.
func TestOCNClosure(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	before := time.Date(2023, 6, 25, 23, 59, 59, 0, jst)
	on := time.Date(2023, 6, 26, 0, 0, 0, 0, jst)
	onUTC := time.Date(2023, 6, 25, 15, 0, 0, 0, time.UTC) // the same instant
	tests := []struct {
		name     string
		policy   eligibility.Policy
		at       time.Time
		existing bool
		closed   bool
	}{
		{"seed: open (the seed's table shows no closure)", eligibility.OCNMobileONE(), on, false, false},
		{"published: open the day before", eligibility.OCNMobileONEPublished(), before, false, false},
		{"published: closed from 2023-06-26 JST", eligibility.OCNMobileONEPublished(), on, false, true},
		{"published: closed from 2023-06-26 JST, given in UTC", eligibility.OCNMobileONEPublished(), onUTC, false, true},
		{"published: existing customers still pay", eligibility.OCNMobileONEPublished(), on, true, false},
		{"published: other carriers stay open", eligibility.MineoPublished(), on, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := goodApp()
			a.Card.Expiry = ym("12/29")
			a.At = tc.at
			a.Holder.Existing = tc.existing
			d := tc.policy.Check(a)
			if got := d.Has(eligibility.CodeNewContractsClosed); got != tc.closed {
				t.Fatalf("%s.Check(at %v, existing %t) = %v, closure %t, want %t", tc.policy.ID(), tc.at, tc.existing, d, got, tc.closed)
			}
			if tc.closed {
				r := d.Reasons[len(d.Reasons)-1]
				want := eligibility.Reason{Code: eligibility.CodeNewContractsClosed, Rule: "P3", Verdict: eligibility.Rejected,
					Field: "holder.existing", Detail: "since 2023-06-26", Source: r.Source}
				if r != want || srcText(r.Source) != ocnSrc || d.Verdict != eligibility.Rejected {
					t.Errorf("closure reason %+v, verdict %v; want %+v, rejected", r, d.Verdict, want)
				}
			}
			since, ok := tc.policy.ClosedSince(tc.at)
			if ok != (tc.closed || tc.existing && tc.policy.ID() == "ocn-published") || ok && since.String() != "2023-06-26" {
				t.Errorf("%s.ClosedSince(%v) = %q, %t", tc.policy.ID(), tc.at, since, ok)
			}
		})
	}
	// Accepts answers for existing customers, with the closure as a note.
	d := eligibility.OCNMobileONEPublished().Accepts(eligibility.CreditCard, eligibility.MonthlyCharges)
	if d.Verdict != eligibility.Accepted || !d.Has(eligibility.CodeNewContractsClosed) {
		t.Errorf("OCNMobileONEPublished().Accepts(credit, monthly) = %v %v, want accepted with the closure noted", d, d.Notes)
	}
}
