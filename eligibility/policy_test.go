package eligibility_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"golang.org/x/text/language"
)

func TestPresets(t *testing.T) {
	tests := []struct {
		p               eligibility.Policy
		id, ja, en      string
		rules           []string
		holderRules     bool
		acceptsDiscover bool
	}{
		{eligibility.IIJmio(), "iijmio", "IIJmio", "IIJmio",
			[]string{"M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "C1", "C2", "C3", "C4", "C5", "C6", "CH3"}, true, false},
		{eligibility.IIJmioBiz(), "iijmio-biz", "IIJmio biz", "IIJmio biz",
			[]string{"M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "C1", "C2", "C3", "C4", "C5", "C6", "CH3", "P4"}, true, false},
		{eligibility.BicCamera(), "bic", "ビックカメラ（IIJmio）", "Bic Camera (IIJmio)",
			[]string{"M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10", "C1", "C2", "C3", "C4", "C5", "C6", "CH3"}, true, false},
		{eligibility.Mineo(), "mineo", "mineo", "mineo", []string{"P1", "C4", "C5", "C6", "CH3"}, false, true},
		{eligibility.UQMobile(), "uq", "UQモバイル", "UQ mobile", []string{"P2", "C4", "C5", "C6", "CH3"}, false, true},
		{eligibility.OCNMobileONE(), "ocn", "OCNモバイルONE", "OCN mobile ONE", []string{"P3", "C4", "C5", "C6", "CH3"}, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			p := tc.p
			if p.ID() != tc.id || p.Name(language.Japanese) != tc.ja || p.Name(language.English) != tc.en {
				t.Errorf("preset %q: ID %q, names %q / %q", tc.id, p.ID(), p.Name(language.Japanese), p.Name(language.English))
			}
			if diff := cmp.Diff(tc.rules, p.Rules()); diff != "" {
				t.Errorf("%s.Rules() (-want +got):\n%s", tc.id, diff)
			}
			if got := p.Source(); got.AsOf != "2025" || got != eligibility.IIJmio().Source() || got.Title == "" {
				t.Errorf("%s.Source() = %v, want the seed, as of 2025", tc.id, got)
			}
			if got := slices.Contains(p.Rules(), "C3"); got != tc.holderRules {
				t.Errorf("%s.Rules() holds C1–C3: %t, want %t", tc.id, got, tc.holderRules)
			}
			for _, b := range []brand.Brand{brand.Visa, brand.Mastercard, brand.JCB, brand.AmericanExpress, brand.DinersClub} {
				if !p.AcceptsBrand(b) {
					t.Errorf("M1: %s.AcceptsBrand(%v) = false", tc.id, b)
				}
			}
			if got := p.AcceptsBrand(brand.Discover); got != tc.acceptsDiscover {
				t.Errorf("%s.AcceptsBrand(Discover) = %t, want %t", tc.id, got, tc.acceptsDiscover)
			}
			if p.AcceptsBrand(brand.Unknown) {
				t.Errorf("%s accepts Unknown brand", tc.id)
			}
			got, ok := eligibility.PolicyByID(tc.id)
			if !ok || got != p {
				t.Errorf("PolicyByID(%q) = %v, %t", tc.id, got, ok)
			}
			// Every cell of every preset explains itself: a Decision that
			// is not Accepted has a reason, an Accepted one a note.
			for _, m := range allMethods() {
				for _, pu := range allPurposes() {
					d := p.Accepts(m, pu)
					switch {
					case d.Verdict == eligibility.Accepted && (len(d.Notes) != 1 || len(d.Reasons) != 0):
						t.Errorf("%s.Accepts(%v, %v) = %v notes %v, want one note", tc.id, m, pu, d, d.Notes)
					case d.Verdict != eligibility.Accepted && len(d.Reasons) != 1:
						t.Errorf("%s.Accepts(%v, %v) = %v, want one reason", tc.id, m, pu, d)
					}
				}
			}
		})
	}
	if _, ok := eligibility.PolicyByID("docomo"); ok {
		t.Errorf("PolicyByID(docomo) ok, want false")
	}
}

func TestPolicyWithLeavesPresetAlone(t *testing.T) {
	base := eligibility.IIJmio()
	custom, err := base.With(eligibility.DebitCard, eligibility.MonthlyCharges, eligibility.Accepted)
	if err != nil {
		t.Fatalf("With: %v", err)
	}
	if got := custom.Accepts(eligibility.DebitCard, eligibility.MonthlyCharges); got.Verdict != eligibility.Accepted || !got.Has(eligibility.CodePolicyOverride) {
		t.Errorf("custom.Accepts(debit, monthly) = %v, want accepted by policy-override", got)
	}
	if got := base.Accepts(eligibility.DebitCard, eligibility.MonthlyCharges); got.Verdict != eligibility.Rejected {
		t.Errorf("base.Accepts(debit, monthly) = %v after With, want rejected", got)
	}
	if got := eligibility.IIJmio().Accepts(eligibility.DebitCard, eligibility.MonthlyCharges); got.Verdict != eligibility.Rejected {
		t.Errorf("IIJmio().Accepts(debit, monthly) = %v after With, want rejected", got)
	}
	if custom == base || base != eligibility.IIJmio() {
		t.Errorf("With: the derived policy equals its preset, or the preset changed")
	}
	// The derived debit cell is no longer M2's, so the issuer exceptions do
	// not turn it back.
	a := goodApp()
	a.Method, a.Card.Funding, a.Card.Issuer = eligibility.DebitCard, brand.Debit, "楽天銀行"
	if d := custom.Check(a); d.Verdict != eligibility.Accepted {
		t.Errorf("custom.Check(Rakuten debit) = %v, want accepted", d)
	}

	onlyVisa, err := base.WithBrands(brand.Visa)
	if err != nil || onlyVisa.AcceptsBrand(brand.JCB) || !base.AcceptsBrand(brand.JCB) || !onlyVisa.AcceptsBrand(brand.Visa) {
		t.Errorf("WithBrands(Visa): JCB %t, base JCB %t, %v", onlyVisa.AcceptsBrand(brand.JCB), base.AcceptsBrand(brand.JCB), err)
	}
	named, err := base.WithName("shop", "ショップ", "Shop")
	if err != nil || named.ID() != "shop" || base.ID() != "iijmio" || named.Name(language.Japanese) != "ショップ" {
		t.Errorf("WithName: %q, base %q, %v", named.ID(), base.ID(), err)
	}

	for _, tc := range []struct {
		m  eligibility.Method
		pu eligibility.Purpose
		v  eligibility.Verdict
	}{{0, eligibility.MonthlyCharges, eligibility.Accepted}, {eligibility.CreditCard, 0, eligibility.Accepted}, {eligibility.CreditCard, eligibility.MonthlyCharges, 9}} {
		if _, err := base.With(tc.m, tc.pu, tc.v); err == nil {
			t.Errorf("With(%v, %v, %v) error nil, want one", tc.m, tc.pu, tc.v)
		}
	}
}

func TestZeroPolicy(t *testing.T) {
	var p eligibility.Policy
	d := p.Accepts(eligibility.CreditCard, eligibility.MonthlyCharges)
	if d.Verdict == eligibility.Accepted || !d.Has(eligibility.CodeNotStated) {
		t.Errorf("zero Policy Accepts = %v, want not-stated", d)
	}
	if d := p.Check(goodApp()); d.Verdict == eligibility.Accepted || len(d.Reasons) == 0 {
		t.Errorf("zero Policy Check = %v, want a refusal with reasons", d)
	}
}

// TestAccepts is the method table, one row per rule.
func TestAccepts(t *testing.T) {
	var (
		A = eligibility.Accepted
		R = eligibility.Rejected
		C = eligibility.Conditional
		U = eligibility.Uncertain
	)
	iij, biz, bic := eligibility.IIJmio(), eligibility.IIJmioBiz(), eligibility.BicCamera()
	mineo, uq, ocn := eligibility.Mineo(), eligibility.UQMobile(), eligibility.OCNMobileONE()
	tests := []struct {
		rule string
		p    eligibility.Policy
		m    eligibility.Method
		pu   eligibility.Purpose
		v    eligibility.Verdict
		code eligibility.Code
		cite string // the rule the reason cites, when not the row's rule
	}{
		{"M1", iij, eligibility.CreditCard, eligibility.MonthlyCharges, A, eligibility.CodeCreditAccepted, ""},
		{"M1", iij, eligibility.CreditCard, eligibility.ArrearsSettlement, A, eligibility.CodeCreditAccepted, ""},
		{"M2", iij, eligibility.DebitCard, eligibility.MonthlyCharges, R, eligibility.CodeDebitNotAccepted, ""},
		{"M2", iij, eligibility.DebitCard, eligibility.DevicePurchase, R, eligibility.CodeDebitNotAccepted, ""},
		{"M3", iij, eligibility.BankTransfer, eligibility.MonthlyCharges, R, eligibility.CodeBankTransferRejected, ""},
		{"M4", iij, eligibility.ConvenienceStore, eligibility.MonthlyCharges, R, eligibility.CodeKonbiniNotAccepted, ""},
		{"M4", iij, eligibility.ConvenienceStore, eligibility.ArrearsSettlement, A, eligibility.CodeKonbiniArrearsSlip, ""},
		{"M5", iij, eligibility.Invoice, eligibility.MonthlyCharges, R, eligibility.CodeInvoiceCorporateOnly, ""},
		{"M6", iij, eligibility.Points, eligibility.DevicePurchase, R, eligibility.CodePointsBicOnly, ""},
		{"M7", iij, eligibility.PrepaidCard, eligibility.MonthlyCharges, R, eligibility.CodePrepaidNotAccepted, ""},
		{"M7", iij, eligibility.EMoney, eligibility.DevicePurchase, R, eligibility.CodeEMoneyNotAccepted, ""},
		{"M8", iij, eligibility.GiftCertificate, eligibility.DevicePurchase, C, eligibility.CodeGiftCampaignConditions, ""},
		{"M8", iij, eligibility.GiftCertificate, eligibility.ArrearsSettlement, R, eligibility.CodeGiftCampaignOnly, ""},
		{"M9", iij, eligibility.CreditCard, eligibility.DevicePurchase, A, eligibility.CodeLumpSumOnly, ""},
		{"M9", iij, eligibility.BankTransfer, eligibility.DevicePurchase, R, eligibility.CodeBankTransferRejected, "M3"},
		{"M10", bic, eligibility.CreditCard, eligibility.DevicePurchase, A, eligibility.CodeCreditAccepted, ""},
		{"M10", bic, eligibility.Points, eligibility.DevicePurchase, A, eligibility.CodePointsAccepted, ""},
		{"M10", bic, eligibility.GiftCertificate, eligibility.DevicePurchase, A, eligibility.CodeGiftAccepted, ""},
		{"M10", bic, eligibility.DebitCard, eligibility.DevicePurchase, U, eligibility.CodeDebitPartly, ""},
		{"M10", bic, eligibility.Points, eligibility.MonthlyCharges, R, eligibility.CodePointsBicOnly, "M6"},
		{"P1", mineo, eligibility.CreditCard, eligibility.MonthlyCharges, A, eligibility.CodeCreditAccepted, ""},
		{"P1", mineo, eligibility.BankTransfer, eligibility.MonthlyCharges, A, eligibility.CodeBankTransferAccepted, ""},
		{"P1", mineo, eligibility.ConvenienceStore, eligibility.MonthlyCharges, R, eligibility.CodeKonbiniNotAccepted, ""},
		{"P1", mineo, eligibility.DebitCard, eligibility.MonthlyCharges, U, eligibility.CodeDebitPartly, ""},
		{"P1", mineo, eligibility.Invoice, eligibility.MonthlyCharges, U, eligibility.CodeNotStated, ""},
		{"P2", uq, eligibility.CreditCard, eligibility.MonthlyCharges, A, eligibility.CodeCreditAccepted, ""},
		{"P2", uq, eligibility.BankTransfer, eligibility.MonthlyCharges, C, eligibility.CodeBankTransferConditional, ""},
		{"P2", uq, eligibility.ConvenienceStore, eligibility.MonthlyCharges, R, eligibility.CodeKonbiniNotAccepted, ""},
		{"P2", uq, eligibility.DebitCard, eligibility.MonthlyCharges, U, eligibility.CodeDebitPartly, ""},
		{"P3", ocn, eligibility.CreditCard, eligibility.MonthlyCharges, A, eligibility.CodeCreditAccepted, ""},
		{"P3", ocn, eligibility.BankTransfer, eligibility.MonthlyCharges, A, eligibility.CodeBankTransferAccepted, ""},
		{"P3", ocn, eligibility.ConvenienceStore, eligibility.MonthlyCharges, R, eligibility.CodeKonbiniNotAccepted, ""},
		{"P3", ocn, eligibility.DebitCard, eligibility.MonthlyCharges, U, eligibility.CodeDebitPartly, ""},
		{"P3", ocn, eligibility.CreditCard, eligibility.DevicePurchase, U, eligibility.CodeNotStated, ""},
		{"P4", biz, eligibility.Invoice, eligibility.MonthlyCharges, A, eligibility.CodeInvoiceAccepted, ""},
		{"P4", biz, eligibility.CreditCard, eligibility.MonthlyCharges, A, eligibility.CodeCreditAccepted, "M1"},
	}
	for _, tc := range tests {
		t.Run(tc.rule+"/"+tc.p.ID()+"/"+tc.m.String()+"/"+tc.pu.String(), func(t *testing.T) {
			d := tc.p.Accepts(tc.m, tc.pu)
			if d.Verdict != tc.v || !d.Has(tc.code) {
				t.Errorf("%s.Accepts(%v, %v) = %v notes %v, want %v with %q", tc.p.ID(), tc.m, tc.pu, d, d.Notes, tc.v, tc.code)
			}
			var r eligibility.Reason
			if len(d.Reasons) > 0 {
				r = d.Reasons[0]
			} else {
				r = d.Notes[0]
			}
			cite := tc.cite
			if cite == "" {
				cite = tc.rule
			}
			if r.Rule != cite {
				t.Errorf("%s.Accepts(%v, %v) rule %q, want %q", tc.p.ID(), tc.m, tc.pu, r.Rule, cite)
			}
		})
	}
}

// allMethods lists the payment methods in declaration order: the
// constants from CreditCard while IsValid holds.
func allMethods() []eligibility.Method {
	var ms []eligibility.Method
	for m := eligibility.CreditCard; m.IsValid(); m++ {
		ms = append(ms, m)
	}
	return ms
}

// allPurposes lists the purposes in declaration order.
func allPurposes() []eligibility.Purpose {
	var ps []eligibility.Purpose
	for p := eligibility.MonthlyCharges; p.IsValid(); p++ {
		ps = append(ps, p)
	}
	return ps
}

// TestPolicyWithErrors: WithName and WithBrands refuse what they cannot
// keep (M1 for the brands) with the package's *Error, the field named, a
// sentence in both languages, and leave the policy as it was.
func TestPolicyWithErrors(t *testing.T) {
	base := eligibility.IIJmio()
	long := strings.Repeat("a", 65)
	for _, tt := range []struct {
		name       string
		id, ja, en string
		field      string
		want       error
	}{
		{"empty id", "", "店", "Shop", "id", eligibility.ErrEmpty},
		{"blank ja", "shop", "　", "Shop", "ja", eligibility.ErrEmpty},
		{"long en", "shop", "店", long, "en", eligibility.ErrTooLong},
		{"65-byte id", long, "店", "Shop", "id", eligibility.ErrTooLong},
		{"right-to-left override", "shop\u202e", "店", "Shop", "id", eligibility.ErrText},
		{"control character", "shop", "店\x07", "Shop", "ja", eligibility.ErrText},
		{"invalid UTF-8", "shop", "店", "Sh\xffop", "en", eligibility.ErrText},
		{"card number", "shop", "店", "Shop 4539 1488 0343 6467", "en", eligibility.ErrCardNumber},
		{"card number in full-width digits", "４５３９１４８８０３４３６４６７", "店", "Shop", "id", eligibility.ErrCardNumber},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := base.WithName(tt.id, tt.ja, tt.en)
			checkPolicyError(t, err, tt.field, tt.want)
			if p != base {
				t.Errorf("WithName changed the policy it failed on")
			}
		})
	}
	if p, err := base.WithName(strings.Repeat("a", 64), "店", "Shop"); err != nil || len(p.ID()) != 64 {
		t.Errorf("WithName(64 bytes) = %q, %v; want it kept", p.ID(), err)
	}
	for _, bs := range [][]brand.Brand{{brand.Unknown}, {brand.Visa, brand.Brand(20)}, {brand.Brand(200)}} {
		p, err := base.WithBrands(bs...)
		checkPolicyError(t, err, "brands", eligibility.ErrUnknown)
		if p != base {
			t.Errorf("WithBrands(%v) changed the policy it failed on", bs)
		}
	}
	if p, err := base.WithBrands(); err != nil || p.AcceptsBrand(brand.Visa) {
		t.Errorf("WithBrands() = %v, accepts Visa %t; want no brand accepted", err, p.AcceptsBrand(brand.Visa))
	}
}

func checkPolicyError(t *testing.T, err error, field string, want error) {
	t.Helper()
	var e *eligibility.Error
	if !errors.Is(err, want) || !errors.As(err, &e) || e.Field != field {
		t.Fatalf("err = %v, want %v on %q", err, want, field)
	}
	ja, en := e.Message(language.Japanese), e.Message(language.English)
	if ja == "" || en == "" || ja == en || strings.Contains(ja+en, "4539") || strings.Contains(ja+en, "４５３９") {
		t.Errorf("Message: %q / %q, want a sentence in each language and none of the input", ja, en)
	}
}
