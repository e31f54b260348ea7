package eligibility_test

import (
	"sort"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/pan"
	"golang.org/x/text/language"
)

func hasJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	return false
}

// digitRun finds 6 or more digits in a run as internal/pan, the one
// detector, reads runs (digits of every script with any separators between
// them, escaped forms included): no message or error may hold anything like
// a card number.
var digitRun = panRun{min: 6}

// panRun matches text with a run of at least min digits.
type panRun struct{ min int }

// MatchString reports whether s holds a run of at least min digits.
func (p panRun) MatchString(s string) bool { return pan.LongestRun(s) >= p.min }

func TestCatalogue(t *testing.T) {
	all := eligibility.Codes()
	if !sort.SliceIsSorted(all, func(i, j int) bool { return all[i] < all[j] }) {
		t.Errorf("Codes() not sorted: %v", all)
	}
	// Codes whose seed passage gives advice (the C6 checklist, CH3, D5, D8,
	// M9, and a way out for every refusal of a method).
	wantRemedy := map[eligibility.Code]bool{
		eligibility.CodeBankTransferConditional: true, eligibility.CodeBankTransferRejected: true,
		eligibility.CodeBrandNotAccepted: true, eligibility.CodeCardExpired: true, eligibility.CodeCardExpiresSoon: true,
		eligibility.CodeCardIssuedAbroad: true, eligibility.CodeCardNumberInvalid: true, eligibility.CodeCorporateCard: true,
		eligibility.CodeCreditLimitExceeded: true, eligibility.CodeDebitNotAccepted: true, eligibility.CodeDebitPartly: true,
		eligibility.CodeDebitUncertain: true, eligibility.CodeEMoneyNotAccepted: true, eligibility.CodeGiftCampaignConditions: true,
		eligibility.CodeGiftCampaignOnly: true, eligibility.CodeGiftNotCombinable: true, eligibility.CodeInstalmentsNotOffered: true,
		eligibility.CodeInvalidInput: true, eligibility.CodeInvoiceCorporateOnly: true, eligibility.CodeKonbiniArrearsSlip: true,
		eligibility.CodeKonbiniNotAccepted: true, eligibility.CodeLumpSumOnly: true, eligibility.CodeMaintenance: true,
		eligibility.CodeHolderNameMismatch: true, eligibility.CodeNotStated: true, eligibility.CodePointsBicOnly: true,
		eligibility.CodePrepaidNotAccepted: true, eligibility.CodeRepeatedErrors: true, eligibility.CodeSecurityCodeInvalid: true,
		eligibility.CodeSecurityLock: true,
		// The published presets' refusals and conditions, each with a way out.
		eligibility.CodeBankTransferByPhone: true, eligibility.CodeBankTransferEoHikari: true,
		eligibility.CodeInvoiceNotAccepted: true, eligibility.CodeNewContractsClosed: true,
		eligibility.CodeBankTransferNoDevice: true, eligibility.CodeKonbiniSlipByDeadline: true,
	}
	for _, c := range all {
		t.Run(string(c), func(t *testing.T) {
			r, ok := eligibility.ReasonFor(c)
			if !ok || r.Code != c {
				t.Fatalf("ReasonFor(%q) = %v, %t", c, r, ok)
			}
			ja, en := r.Message(language.Japanese), r.Message(language.English)
			if !hasJapanese(ja) {
				t.Errorf("Message(ja) of %q = %q, want Japanese", c, ja)
			}
			if en == "" || hasJapanese(en) || en == string(c) {
				t.Errorf("Message(en) of %q = %q, want English", c, en)
			}
			if got := r.Message(language.MustParse("ja-JP")); got != ja {
				t.Errorf("Message(ja-JP) of %q = %q, want %q", c, got, ja)
			}
			if got := r.Message(language.French); got != en {
				t.Errorf("Message(fr) of %q = %q, want the English %q", c, got, en)
			}
			rja, ren := r.Remedy(language.Japanese), r.Remedy(language.English)
			if (rja == "") != (ren == "") {
				t.Errorf("Remedy of %q: ja %q, en %q: want both or neither", c, rja, ren)
			}
			if wantRemedy[c] && (!hasJapanese(rja) || ren == "" || hasJapanese(ren)) {
				t.Errorf("Remedy of %q: ja %q, en %q, want one in each language", c, rja, ren)
			}
			if !wantRemedy[c] && rja != "" {
				t.Errorf("Remedy of %q = %q; add it to wantRemedy if the seed gives it", c, rja)
			}
			for _, s := range []string{ja, en, rja, ren} {
				if digitRun.MatchString(s) {
					t.Errorf("text of %q holds a digit run: %q", c, s)
				}
			}
		})
	}
	if _, ok := eligibility.ReasonFor("no-such-code"); ok {
		t.Errorf("ReasonFor(no-such-code) ok, want false")
	}
}

func TestReasonMessageField(t *testing.T) {
	d := eligibility.IIJmio().Check(func() eligibility.Application {
		a := goodApp()
		a.Card.Expiry = billing.YearMonth{Year: 2027, Month: 13}
		return a
	}())
	if len(d.Reasons) != 1 {
		t.Fatalf("Check with expiry 13/27 = %v, want one reason", d)
	}
	r := d.Reasons[0]
	if r.Field != "card.expiry" || r.Detail != "range" {
		t.Errorf("reason %+v, want field card.expiry, detail range", r)
	}
	// The customer sentence names the field and the problem in words,
	// never the field's key or the detail's token.
	for tag, want := range map[language.Tag]string{
		language.Japanese: "有効期限：範囲の外です",
		language.English:  "expiry: out of range",
	} {
		if got := r.Message(tag); got != want {
			t.Errorf("Message(%v) = %q, want %q", tag, got, want)
		}
	}
	if r.Code != eligibility.CodeInvalidInput || r.Rule != "C6" || r.Field != "card.expiry" {
		t.Errorf("reason = %s (%s; %s), want the machine detail invalid-input (C6; card.expiry) in its fields", r.Code, r.Rule, r.Field)
	}
}

// TestCodesStable lists every reason code as callers store them: a code
// may be added (add it here), never renamed or removed.
func TestCodesStable(t *testing.T) {
	want := []eligibility.Code{
		"bank-transfer-accepted", "bank-transfer-by-phone", "bank-transfer-conditional", "bank-transfer-eo-hikari",
		"bank-transfer-no-device-set", "bank-transfer-not-accepted", "bank-transfer-slip-fee", "brand-not-accepted",
		"card-expired", "card-expires-soon", "card-issued-abroad", "card-number-invalid", "corporate-card",
		"country-not-checked", "credit-accepted", "credit-limit-exceeded", "debit-not-accepted", "debit-partly",
		"debit-uncertain", "device-instalments", "emoney-not-accepted", "gift-accepted", "gift-campaign-conditions", "gift-campaign-only",
		"gift-not-combinable", "instalments-not-offered", "invalid-input", "invoice-accepted", "invoice-corporate-only",
		"invoice-not-accepted",
		"konbini-arrears-slip", "konbini-not-accepted", "konbini-slip-by-deadline", "lump-sum-only", "maintenance", "name-mismatch",
		"name-not-checked", "name-variant", "new-contracts-closed", "not-stated", "points-accepted", "points-bic-only", "policy-override",
		"prepaid-not-accepted", "repeated-errors", "security-code-invalid", "security-lock",
	}
	if diff := cmp.Diff(want, eligibility.Codes()); diff != "" {
		t.Errorf("Codes() (-want +got):\n%s", diff)
	}
	// The rule ReasonFor gives each code the seed ties a remedy to.
	for code, rule := range map[eligibility.Code]string{
		eligibility.CodeCardExpired: "C4", eligibility.CodeHolderNameMismatch: "C3", eligibility.CodeCardNumberInvalid: "C6",
		eligibility.CodeCreditLimitExceeded: "C6", eligibility.CodeSecurityLock: "C6", eligibility.CodeMaintenance: "C6",
		eligibility.CodeCardExpiresSoon: "CH3", eligibility.CodeRepeatedErrors: "D8", eligibility.CodeInstalmentsNotOffered: "M9",
		eligibility.CodeDebitUncertain: "M2", eligibility.CodeGiftCampaignOnly: "M8",
	} {
		if r, ok := eligibility.ReasonFor(code); !ok || r.Rule != rule {
			t.Errorf("ReasonFor(%q) = %v, %t; want rule %s", code, r, ok, rule)
		}
	}
}
