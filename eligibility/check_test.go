package eligibility_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"golang.org/x/text/language"
)

var jst = time.FixedZone("JST", 9*3600)

// checkAt is the time of most checks: mid-June 2025, the seed's year.
var checkAt = time.Date(2025, time.June, 15, 12, 0, 0, 0, jst)

// Test card numbers (the brands' public test numbers, Luhn-valid).
const (
	visa       = "4111111111111111"
	mastercard = "5555555555554444"
	amex       = "378282246310005"
	jcb        = "3530111333300000"
	diners     = "36227206271667"
	discover   = "6011111111111117"
	unionPay   = "6200000000000005"
	maestro    = "6759649826438453"
	mir        = "2200000000000004"
)

// goodApp is a credit-card application that IIJmio accepts without a note:
// the holder's own Visa credit card, issued in Japan, valid, named as in
// passport Hepburn.
func goodApp() eligibility.Application {
	return eligibility.Application{
		Method:  eligibility.CreditCard,
		Purpose: eligibility.MonthlyCharges,
		Holder:  eligibility.Holder{Kana: "ヤマダ タロウ"},
		Card: eligibility.Card{
			Number:  mustParse("4111 1111 1111 1111"),
			Name:    "YAMADA TARO",
			Expiry:  ym("12/27"),
			Funding: brand.Credit,
			Issuer:  "三井住友カード",
			Country: "JP",
		},
		At: checkAt,
	}
}

// goodCode is the security code given with goodApp; noCode in a checkCase
// gives none.
const (
	goodCode = "123"
	noCode   = "(none)"
)

type checkCase struct {
	rule    string // the rule ID the row is about
	name    string
	policy  eligibility.Policy
	edit    func(a *eligibility.Application)
	code    string // the security code for CheckTyped; "" is goodCode
	verdict eligibility.Verdict
	reasons []eligibility.Code // codes of Reasons, in order
	notes   []eligibility.Code // codes of Notes, in order
}

func codes(rs []eligibility.Reason) []eligibility.Code {
	var out []eligibility.Code
	for _, r := range rs {
		out = append(out, r.Code)
	}
	return out
}

// withCredit adds the note of an accepted credit card for monthly charges
// (M1) to a list of note codes.
func withCredit(cs ...eligibility.Code) []eligibility.Code {
	return append(cs, eligibility.CodeCreditAccepted)
}

func runCheckCases(t *testing.T, cases []checkCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			p := tc.policy
			if p.ID() == "" {
				p = eligibility.IIJmio()
			}
			a := goodApp()
			if tc.edit != nil {
				tc.edit(&a)
			}
			code := goodCode
			switch tc.code {
			case "":
			case noCode:
				code = ""
			default:
				code = tc.code
			}
			d := p.CheckTyped(a, "", code)
			if d.Verdict != tc.verdict {
				t.Errorf("%s.Check(%v).Verdict = %v, want %v (decision %v)", p.ID(), a, d.Verdict, tc.verdict, d)
			}
			if diff := cmp.Diff(tc.reasons, codes(d.Reasons)); diff != "" {
				t.Errorf("%s.Check(%v) reasons (-want +got):\n%s", p.ID(), a, diff)
			}
			if diff := cmp.Diff(tc.notes, codes(d.Notes), cmpopts.SortSlices(func(a, b eligibility.Code) bool { return a < b })); diff != "" {
				t.Errorf("%s.Check(%v) notes (-want +got):\n%s", p.ID(), a, diff)
			}
			if d.Verdict != eligibility.Accepted && len(d.Reasons) == 0 {
				t.Errorf("%s.Check(%v) = %v with no reason", p.ID(), a, d.Verdict)
			}
		})
	}
}

func TestCheckAcceptsGoodApplication(t *testing.T) {
	d := eligibility.IIJmio().Check(goodApp())
	want := eligibility.Decision{
		Verdict: eligibility.Accepted,
		Notes: []eligibility.Reason{{Code: eligibility.CodeCreditAccepted, Rule: "M1", Verdict: eligibility.Accepted,
			Source: seedSource(t)}},
	}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("IIJmio().Check(goodApp()) (-want +got):\n%s", diff)
	}
}

func TestCheckM1Brands(t *testing.T) {
	setCard := func(number string) func(a *eligibility.Application) {
		return func(a *eligibility.Application) { a.Card.Number = mustParse(number) }
	}
	setIssuer := func(issuer string) func(a *eligibility.Application) {
		return func(a *eligibility.Application) { a.Card.Issuer = issuer }
	}
	var (
		A  = eligibility.Accepted
		R  = eligibility.Rejected
		bn = []eligibility.Code{eligibility.CodeBrandNotAccepted}
	)
	runCheckCases(t, []checkCase{
		{rule: "M1", name: "Visa", edit: setCard(visa), verdict: A, notes: withCredit()},
		{rule: "M1", name: "Mastercard", edit: setCard(mastercard), verdict: A, notes: withCredit()},
		{rule: "M1", name: "JCB", edit: setCard(jcb), verdict: A, notes: withCredit()},
		{rule: "M1", name: "American Express", edit: setCard(amex), code: "1234", verdict: A, notes: withCredit()},
		{rule: "M1", name: "Diners Club", edit: setCard(diners), verdict: A, notes: withCredit()},
		{rule: "M1", name: "Discover refused", edit: setCard(discover), verdict: R, notes: withCredit(), reasons: bn},
		{rule: "M1", name: "UnionPay refused", edit: setCard(unionPay), verdict: R, notes: withCredit(), reasons: bn},
		{rule: "M1", name: "Maestro refused", edit: setCard(maestro), verdict: R, notes: withCredit(), reasons: bn},
		{rule: "M1", name: "Mir refused", edit: setCard(mir), verdict: R, notes: withCredit(), reasons: bn},
		{rule: "M1", name: "楽天カード", edit: setIssuer("楽天カード"), verdict: A, notes: withCredit()},
		{rule: "M1", name: "三井住友カード", edit: setIssuer("三井住友カード"), verdict: A, notes: withCredit()},
		{rule: "M1", name: "イオンカード", edit: setIssuer("イオンカード"), verdict: A, notes: withCredit()},
		{rule: "M1", name: "PayPayカード", edit: setIssuer("PayPayカード"), verdict: A, notes: withCredit()},
		{rule: "M1", name: "full-width number", edit: setCard("４１１１ １１１１ １１１１ １１１１"), verdict: A, notes: withCredit()},
		{rule: "M1", name: "mineo takes any valid brand", policy: eligibility.Mineo(), edit: setCard(discover), verdict: A, notes: withCredit()},
	})
}

func TestCheckM2Debit(t *testing.T) {
	debit := func(issuer string) func(a *eligibility.Application) {
		return func(a *eligibility.Application) {
			a.Method, a.Card.Funding, a.Card.Issuer = eligibility.DebitCard, brand.Debit, issuer
		}
	}
	var (
		U  = eligibility.Uncertain
		R  = eligibility.Rejected
		du = []eligibility.Code{eligibility.CodeDebitUncertain}
		dn = []eligibility.Code{eligibility.CodeDebitNotAccepted}
	)
	runCheckCases(t, []checkCase{
		{rule: "M2", name: "PayPay銀行", edit: debit("PayPay銀行"), verdict: U, reasons: du},
		{rule: "M2", name: "full-width ＰａｙＰａｙ銀行", edit: debit("ＰａｙＰａｙ銀行"), verdict: U, reasons: du},
		{rule: "M2", name: "PayPay Bank", edit: debit("PayPay Bank"), verdict: U, reasons: du},
		{rule: "M2", name: "PayPay銀行 Visaデビット", edit: debit("PayPay銀行 Visaデビット"), verdict: U, reasons: du},
		{rule: "M2", name: "former name ジャパンネット銀行", edit: debit("ジャパンネット銀行"), verdict: U, reasons: du},
		{rule: "M2", name: "in kana ペイペイ銀行", edit: debit("ぺいぺい銀行"), verdict: U, reasons: du},
		{rule: "M2", name: "in hiragana するが銀行", edit: debit("するが銀行"), verdict: U, reasons: du},
		{rule: "M2", name: "楽天銀行デビット (the seed's row)", edit: debit("楽天銀行デビット"), verdict: R, reasons: dn},
		{rule: "M2", name: "スルガ銀行", edit: debit("スルガ銀行"), verdict: U, reasons: du},
		{rule: "M2", name: "half-width ｽﾙｶﾞ銀行", edit: debit("ｽﾙｶﾞ銀行"), verdict: U, reasons: du},
		{rule: "M2", name: "株式会社スルガ銀行", edit: debit("株式会社スルガ銀行"), verdict: U, reasons: du},
		{rule: "M2", name: "Suruga Bank", edit: debit("Suruga Bank"), verdict: U, reasons: du},
		{rule: "M2", name: "楽天銀行 refused", edit: debit("楽天銀行"), verdict: R, reasons: dn},
		{rule: "M2", name: "Rakuten Bank refused", edit: debit("Rakuten Bank"), verdict: R, reasons: dn},
		{rule: "M2", name: "other Visa debit refused", edit: debit("三菱UFJ銀行"), verdict: R, reasons: dn},
		{rule: "M2", name: "no issuer refused", edit: debit(""), verdict: R, reasons: dn},
		{rule: "M2", name: "PayPayカード is credit, not the bank", edit: debit("PayPayカード"), verdict: R, reasons: dn},
		{rule: "M2", name: "credit chosen, debit funding", verdict: R, reasons: dn,
			edit: func(a *eligibility.Application) { a.Card.Funding, a.Card.Issuer = brand.Debit, "三菱UFJ銀行" }},
		{rule: "M2", name: "debit chosen, funding unknown", verdict: U, reasons: du,
			edit: func(a *eligibility.Application) {
				a.Method, a.Card.Funding, a.Card.Issuer = eligibility.DebitCard, brand.FundingUnknown, "PayPay銀行"
			}},
		// M9: a device alone in one lump sum by credit card only; the
		// seed's device table has デビットカード × on IIJmio's channel, and
		// M2's exceptions are cards that registered for monthly charges.
		{rule: "M9", name: "device purchase with a PayPay Bank card refused", edit: func(a *eligibility.Application) {
			debit("PayPay銀行")(a)
			a.Purpose = eligibility.DevicePurchase
		}, verdict: R, reasons: dn},
		{rule: "M9", name: "device purchase with a Suruga Bank card refused", edit: func(a *eligibility.Application) {
			debit("Suruga Bank")(a)
			a.Purpose = eligibility.DevicePurchase
		}, verdict: R, reasons: dn},
	})
}

func nonCard(m eligibility.Method, pu eligibility.Purpose) func(a *eligibility.Application) {
	return func(a *eligibility.Application) {
		a.Method, a.Purpose = m, pu
		a.Card = eligibility.Card{}
	}
}

func TestCheckMethods(t *testing.T) {
	var (
		A = eligibility.Accepted
		R = eligibility.Rejected
		C = eligibility.Conditional
		U = eligibility.Uncertain
	)
	one := func(c eligibility.Code) []eligibility.Code { return []eligibility.Code{c} }
	runCheckCases(t, []checkCase{
		{rule: "M3", name: "bank transfer", edit: nonCard(eligibility.BankTransfer, eligibility.MonthlyCharges), verdict: R, reasons: one(eligibility.CodeBankTransferRejected)},
		{rule: "M4", name: "konbini monthly", edit: nonCard(eligibility.ConvenienceStore, eligibility.MonthlyCharges), verdict: R, reasons: one(eligibility.CodeKonbiniNotAccepted)},
		{rule: "M4", name: "konbini device", edit: nonCard(eligibility.ConvenienceStore, eligibility.DevicePurchase), verdict: R, reasons: one(eligibility.CodeKonbiniNotAccepted)},
		{rule: "M4", name: "konbini slip for arrears", edit: nonCard(eligibility.ConvenienceStore, eligibility.ArrearsSettlement), verdict: A, notes: one(eligibility.CodeKonbiniArrearsSlip)},
		{rule: "M5", name: "invoice individual", edit: nonCard(eligibility.Invoice, eligibility.MonthlyCharges), verdict: R, reasons: one(eligibility.CodeInvoiceCorporateOnly)},
		{rule: "M5", name: "invoice corporate", policy: eligibility.IIJmioBiz(), edit: nonCard(eligibility.Invoice, eligibility.MonthlyCharges), verdict: A, notes: one(eligibility.CodeInvoiceAccepted)},
		{rule: "M6", name: "Bic points on IIJmio", edit: nonCard(eligibility.Points, eligibility.DevicePurchase), verdict: R, reasons: one(eligibility.CodePointsBicOnly)},
		{rule: "M6", name: "Bic points at Bic Camera", policy: eligibility.BicCamera(), edit: nonCard(eligibility.Points, eligibility.DevicePurchase), verdict: A, notes: one(eligibility.CodePointsAccepted)},
		{rule: "M6", name: "Bic points for monthly charges at Bic Camera", policy: eligibility.BicCamera(), edit: nonCard(eligibility.Points, eligibility.MonthlyCharges), verdict: R, reasons: one(eligibility.CodePointsBicOnly)},
		{rule: "M7", name: "prepaid card", verdict: R, reasons: one(eligibility.CodePrepaidNotAccepted),
			edit: func(a *eligibility.Application) {
				a.Method, a.Card.Funding, a.Card.Issuer = eligibility.PrepaidCard, brand.Prepaid, "Vプリカ"
			}},
		{rule: "M7", name: "prepaid funding behind a credit choice", verdict: R, reasons: one(eligibility.CodePrepaidNotAccepted),
			edit: func(a *eligibility.Application) { a.Card.Funding = brand.Prepaid }},
		{rule: "M7", name: "e-money", edit: nonCard(eligibility.EMoney, eligibility.MonthlyCharges), verdict: R, reasons: one(eligibility.CodeEMoneyNotAccepted)},
		{rule: "M10", name: "Bic credit", policy: eligibility.BicCamera(), verdict: A, notes: one(eligibility.CodeCreditAccepted),
			edit: func(a *eligibility.Application) { a.Purpose = eligibility.DevicePurchase }},
		{rule: "M10", name: "Bic gift certificate", policy: eligibility.BicCamera(), edit: nonCard(eligibility.GiftCertificate, eligibility.DevicePurchase), verdict: A, notes: one(eligibility.CodeGiftAccepted)},
		{rule: "M10", name: "Bic debit partly", policy: eligibility.BicCamera(), verdict: U, reasons: one(eligibility.CodeDebitPartly),
			edit: func(a *eligibility.Application) {
				a.Method, a.Purpose, a.Card.Funding, a.Card.Issuer = eligibility.DebitCard, eligibility.DevicePurchase, brand.Debit, "楽天銀行"
			}},
		{rule: "P1", name: "mineo bank transfer", policy: eligibility.Mineo(), edit: nonCard(eligibility.BankTransfer, eligibility.MonthlyCharges), verdict: A, notes: one(eligibility.CodeBankTransferAccepted)},
		{rule: "P1", name: "mineo konbini", policy: eligibility.Mineo(), edit: nonCard(eligibility.ConvenienceStore, eligibility.MonthlyCharges), verdict: R, reasons: one(eligibility.CodeKonbiniNotAccepted)},
		{rule: "P1", name: "mineo device purchase not stated", policy: eligibility.Mineo(), edit: nonCard(eligibility.BankTransfer, eligibility.DevicePurchase), verdict: U, reasons: one(eligibility.CodeNotStated)},
		{rule: "P2", name: "UQ bank transfer conditional", policy: eligibility.UQMobile(), edit: nonCard(eligibility.BankTransfer, eligibility.MonthlyCharges), verdict: C, reasons: one(eligibility.CodeBankTransferConditional)},
		{rule: "P2", name: "UQ debit partly", policy: eligibility.UQMobile(), verdict: U, reasons: one(eligibility.CodeDebitPartly),
			edit: func(a *eligibility.Application) { a.Method, a.Card.Funding = eligibility.DebitCard, brand.Debit }},
		{rule: "P3", name: "OCN bank transfer", policy: eligibility.OCNMobileONE(), edit: nonCard(eligibility.BankTransfer, eligibility.MonthlyCharges), verdict: A, notes: one(eligibility.CodeBankTransferAccepted)},
		{rule: "P3", name: "OCN credit, holder rules not applied", policy: eligibility.OCNMobileONE(), verdict: A, notes: one(eligibility.CodeCreditAccepted),
			edit: func(a *eligibility.Application) { a.Card.Country = "US" }},
		{rule: "P4", name: "IIJmio biz invoice for a device", policy: eligibility.IIJmioBiz(), edit: nonCard(eligibility.Invoice, eligibility.DevicePurchase), verdict: A, notes: one(eligibility.CodeInvoiceAccepted)},
	})
}

func TestCheckM8GiftCertificates(t *testing.T) {
	gift := func(campaign string, combined ...eligibility.Method) func(a *eligibility.Application) {
		return func(a *eligibility.Application) {
			nonCard(eligibility.GiftCertificate, eligibility.DevicePurchase)(a)
			a.Campaign, a.Combined = campaign, combined
		}
	}
	var (
		R = eligibility.Rejected
		C = eligibility.Conditional
	)
	runCheckCases(t, []checkCase{
		{rule: "M8", name: "no campaign", edit: gift(""), verdict: R, reasons: []eligibility.Code{eligibility.CodeGiftCampaignOnly}},
		{rule: "M8", name: "blank campaign", edit: gift("　 "), verdict: R, reasons: []eligibility.Code{eligibility.CodeGiftCampaignOnly}},
		{rule: "M8", name: "during a campaign", edit: gift("SPRING2025"), verdict: C, reasons: []eligibility.Code{eligibility.CodeGiftCampaignConditions}},
		{rule: "M8", name: "combined with points", edit: gift("SPRING2025", eligibility.Points), verdict: R,
			reasons: []eligibility.Code{eligibility.CodeGiftCampaignConditions, eligibility.CodePointsBicOnly, eligibility.CodeGiftNotCombinable}},
		{rule: "M8", name: "combined with a credit card", edit: gift("SPRING2025", eligibility.CreditCard), verdict: R,
			reasons: []eligibility.Code{eligibility.CodeGiftCampaignConditions, eligibility.CodeGiftNotCombinable}},
		{rule: "M8", name: "card payment combined with gift certificates", verdict: R, notes: withCredit(),
			edit: func(a *eligibility.Application) {
				a.Campaign, a.Combined = "SPRING2025", []eligibility.Method{eligibility.GiftCertificate}
			},
			reasons: []eligibility.Code{eligibility.CodeGiftCampaignConditions, eligibility.CodeGiftNotCombinable}},
		{rule: "M8", name: "points with gift certificates, no campaign", verdict: R,
			edit: func(a *eligibility.Application) {
				nonCard(eligibility.Points, eligibility.DevicePurchase)(a)
				a.Combined = []eligibility.Method{eligibility.GiftCertificate}
			},
			reasons: []eligibility.Code{eligibility.CodePointsBicOnly, eligibility.CodeGiftCampaignOnly, eligibility.CodeGiftNotCombinable}},
		{rule: "M8", name: "arrears", edit: func(a *eligibility.Application) {
			gift("SPRING2025")(a)
			a.Purpose = eligibility.ArrearsSettlement
		}, verdict: R, reasons: []eligibility.Code{eligibility.CodeGiftCampaignOnly}},
		{rule: "M8", name: "Bic Camera allows points with gift certificates", policy: eligibility.BicCamera(), edit: gift("", eligibility.Points),
			verdict: eligibility.Accepted, notes: []eligibility.Code{eligibility.CodeGiftAccepted}},
	})
}

func TestCheckM9Instalments(t *testing.T) {
	device := func(n int) func(a *eligibility.Application) {
		return func(a *eligibility.Application) { a.Purpose, a.Instalments = eligibility.DevicePurchase, n }
	}
	runCheckCases(t, []checkCase{
		{rule: "M9", name: "lump sum", edit: device(0), verdict: eligibility.Accepted, notes: []eligibility.Code{eligibility.CodeLumpSumOnly}},
		{rule: "M9", name: "one payment is a lump sum", edit: device(1), verdict: eligibility.Accepted, notes: []eligibility.Code{eligibility.CodeLumpSumOnly}},
		{rule: "M9", name: "12 instalments", edit: device(12), verdict: eligibility.Rejected,
			reasons: []eligibility.Code{eligibility.CodeInstalmentsNotOffered}, notes: []eligibility.Code{eligibility.CodeLumpSumOnly}},
		{rule: "M9", name: "instalments at Bic Camera", policy: eligibility.BicCamera(), edit: device(24), verdict: eligibility.Rejected,
			reasons: []eligibility.Code{eligibility.CodeInstalmentsNotOffered}, notes: []eligibility.Code{eligibility.CodeCreditAccepted}},
		{rule: "M9", name: "instalments at mineo not stated", policy: eligibility.Mineo(), edit: device(24), verdict: eligibility.Uncertain,
			reasons: []eligibility.Code{eligibility.CodeNotStated, eligibility.CodeNotStated}},
	})
	d := eligibility.IIJmio().Check(func() eligibility.Application { a := goodApp(); device(12)(&a); return a }())
	for _, tag := range []language.Tag{language.Japanese, language.English} {
		want := map[language.Tag]string{language.Japanese: "カード会社", language.English: "card company"}[tag]
		if got := d.Reasons[0].Remedy(tag); !strings.Contains(got, want) {
			t.Errorf("M9 remedy(%v) = %q, want it to mention %q", tag, got, want)
		}
	}
}

func TestCheckCardRules(t *testing.T) {
	var (
		A = eligibility.Accepted
		R = eligibility.Rejected
	)
	one := func(c eligibility.Code) []eligibility.Code { return []eligibility.Code{c} }
	runCheckCases(t, []checkCase{
		{rule: "C1", name: "corporate card on an individual contract", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeCorporateCard),
			edit: func(a *eligibility.Application) { a.Card.Corporate = true }},
		{rule: "C1", name: "corporate card on a corporate contract", policy: eligibility.IIJmioBiz(), verdict: A, notes: withCredit(eligibility.CodeHolderNameNotChecked),
			edit: func(a *eligibility.Application) {
				a.Card.Corporate, a.Holder = true, eligibility.Holder{Kana: "カブシキガイシャ ケッサイ", Corporate: true}
			}},
		// Corporate contracts are IIJmio biz's (M5): on the individual
		// preset a corporate holder changes nothing.
		{rule: "C1", name: "corporate holder on an individual contract", verdict: R, notes: withCredit(),
			reasons: []eligibility.Code{eligibility.CodeCorporateCard, eligibility.CodeHolderNameMismatch},
			edit: func(a *eligibility.Application) {
				a.Card.Corporate, a.Holder = true, eligibility.Holder{Kana: "カブシキガイシャ ケッサイ", Corporate: true}
			}},
		{rule: "C1", name: "family member's card", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeHolderNameMismatch),
			edit: func(a *eligibility.Application) { a.Card.Name = "YAMADA HANAKO" }},
		{rule: "C2", name: "issued in the US", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeCardIssuedAbroad),
			edit: func(a *eligibility.Application) { a.Card.Country = "US" }},
		{rule: "C2", name: "issued in Korea (alpha-3)", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeCardIssuedAbroad),
			edit: func(a *eligibility.Application) { a.Card.Country = "kor" }},
		{rule: "C2", name: "full-width ＪＰ", verdict: A, notes: withCredit(), edit: func(a *eligibility.Application) { a.Card.Country = "ＪＰ" }},
		{rule: "C2", name: "日本", verdict: A, notes: withCredit(), edit: func(a *eligibility.Application) { a.Card.Country = "日本" }},
		{rule: "C2", name: "JPN", verdict: A, notes: withCredit(), edit: func(a *eligibility.Application) { a.Card.Country = "JPN" }},
		{rule: "C2", name: "Nippon", verdict: A, notes: withCredit(), edit: func(a *eligibility.Application) { a.Card.Country = "Nippon" }},
		{rule: "C2", name: "NIHON", verdict: A, notes: withCredit(), edit: func(a *eligibility.Application) { a.Card.Country = "NIHON" }},
		{rule: "C2", name: "にっぽん", verdict: A, notes: withCredit(), edit: func(a *eligibility.Application) { a.Card.Country = "にっぽん" }},
		{rule: "C2", name: "full-width ＫＯＲ is a code abroad", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeCardIssuedAbroad),
			edit: func(a *eligibility.Application) { a.Card.Country = "ＫＯＲ" }},
		// A name that is no code and not Japan's cannot be judged: invalid
		// input, not a guess that the card is foreign ("日本国内" is Japan).
		{rule: "C2", name: "a name kessai does not read", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeInvalidInput),
			edit: func(a *eligibility.Application) { a.Card.Country = "日本国内" }},
		{rule: "C2", name: "a country's English name", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeInvalidInput),
			edit: func(a *eligibility.Application) { a.Card.Country = "Korea" }},
		{rule: "C2", name: "unknown country is a note", verdict: A, notes: withCredit(eligibility.CodeCountryNotChecked),
			edit: func(a *eligibility.Application) { a.Card.Country = "" }},
		{rule: "C2", name: "digits are not a country", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeInvalidInput),
			edit: func(a *eligibility.Application) { a.Card.Country = "392" }},
		{rule: "C3", name: "someone else's name", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeHolderNameMismatch),
			edit: func(a *eligibility.Application) { a.Card.Name = "SUZUKI HANAKO" }},
		{rule: "C3", name: "former (maiden) surname", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeHolderNameMismatch),
			edit: func(a *eligibility.Application) { a.Card.Name = "TANAKA TARO" }},
		{rule: "C3", name: "empty card name", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeInvalidInput),
			edit: func(a *eligibility.Application) { a.Card.Name = "" }},
		{rule: "C3", name: "empty holder kana", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeInvalidInput),
			edit: func(a *eligibility.Application) { a.Holder.Kana = "" }},
		{rule: "C4", name: "expired last month", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeCardExpired),
			edit: func(a *eligibility.Application) { a.Card.Expiry = ym("05/25") }},
		{rule: "C4", name: "expires this month (CH3 note)", verdict: A, notes: withCredit(eligibility.CodeCardExpiresSoon),
			edit: func(a *eligibility.Application) { a.Card.Expiry = ym("06/25") }},
		{rule: "C4", name: "valid on the last day of the month in JST", verdict: A, notes: withCredit(eligibility.CodeCardExpiresSoon),
			edit: func(a *eligibility.Application) {
				a.Card.Expiry, a.At = ym("06/2025"), time.Date(2025, time.June, 30, 23, 59, 59, 0, jst)
			}},
		{rule: "C4", name: "expired at JST midnight, still June in UTC", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeCardExpired),
			edit: func(a *eligibility.Application) {
				a.Card.Expiry, a.At = ym("06/25"), time.Date(2025, time.June, 30, 15, 0, 0, 0, time.UTC)
			}},
		{rule: "C4", name: "still valid at 14:59 UTC on the last day", verdict: A, notes: withCredit(eligibility.CodeCardExpiresSoon),
			edit: func(a *eligibility.Application) {
				a.Card.Expiry, a.At = ym("06/25"), time.Date(2025, time.June, 30, 14, 59, 59, 0, time.UTC)
			}},
		{rule: "C4", name: "full-width ０６／２７", verdict: A, notes: withCredit(), edit: func(a *eligibility.Application) { a.Card.Expiry = ym("０６／２７") }},
		{rule: "C4", name: "single-digit month 6/27", verdict: A, notes: withCredit(), edit: func(a *eligibility.Application) { a.Card.Expiry = ym("6/27") }},
		{rule: "C4", name: "spaces around the slash", verdict: A, notes: withCredit(), edit: func(a *eligibility.Application) { a.Card.Expiry = ym(" 06 / 27 ") }},
		{rule: "C5", name: "Visa with 2 digits", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeSecurityCodeInvalid),
			code: "12"},
		{rule: "C5", name: "Visa with 4 digits", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeSecurityCodeInvalid),
			code: "1234"},
		{rule: "C5", name: "American Express with 3 digits", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeSecurityCodeInvalid),
			edit: func(a *eligibility.Application) { a.Card.Number = mustParse(amex) }, code: "123"},
		{rule: "C5", name: "full-width １２３", verdict: A, notes: withCredit(), code: "１２３"},
		{rule: "C5", name: "letters", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeSecurityCodeInvalid),
			code: "12a"},
		{rule: "C5", name: "not given", verdict: A, notes: withCredit(), code: noCode},
		{rule: "C6", name: "no number", verdict: R, notes: withCredit(), reasons: one(eligibility.CodeCardNumberInvalid),
			edit: func(a *eligibility.Application) { a.Card.Number = brand.Number{} }},
		{rule: "C6", name: "every failure at once", verdict: R, notes: withCredit(),
			edit: func(a *eligibility.Application) {
				a.Card.Expiry, a.Card.Name, a.Card.Country, a.Card.Corporate = ym("01/24"), "SUZUKI HANAKO", "US", true
			},
			code: "1",
			reasons: []eligibility.Code{eligibility.CodeSecurityCodeInvalid, eligibility.CodeCardExpired, eligibility.CodeCardIssuedAbroad,
				eligibility.CodeCorporateCard, eligibility.CodeHolderNameMismatch}},
	})
}

func TestCheckC3NameVariantNote(t *testing.T) {
	// C3: when the name matched through a variant, a note says which; the
	// expectation comes from MatchName itself.
	for _, name := range []string{"YAMADA TARO", "YAMADA TAROU", "TARO YAMADA", "ＹＡＭＡＤＡ　ＴＡＲＯ", "yamada taro"} {
		t.Run("C3/"+name, func(t *testing.T) {
			a := goodApp()
			a.Card.Name = name
			m, err := eligibility.MatchName(name, a.Holder.Kana)
			if err != nil {
				t.Fatalf("MatchName(%q, %q) error %v", name, a.Holder.Kana, err)
			}
			d := eligibility.IIJmio().Check(a)
			var note *eligibility.Reason
			for i := range d.Notes {
				if d.Notes[i].Code == eligibility.CodeHolderNameVariant {
					note = &d.Notes[i]
				}
			}
			switch {
			case !m.OK():
				if !d.Has(eligibility.CodeHolderNameMismatch) && !d.Has(eligibility.CodeInvalidInput) {
					t.Errorf("Check with card name %q: %v, want a name reason (MatchName kind %v)", name, d, m.Kind)
				}
			case m.Kind == eligibility.Exact && len(m.Rules) == 0:
				if note != nil || d.Verdict != eligibility.Accepted {
					t.Errorf("Check with card name %q = %v notes %v, want Accepted without a name note", name, d, d.Notes)
				}
			default:
				if note == nil || d.Verdict != eligibility.Accepted {
					t.Fatalf("Check with card name %q = %v notes %v, want Accepted with a name-variant note", name, d, d.Notes)
				}
				for _, r := range m.Rules {
					if !strings.Contains(note.Detail, r.String()) {
						t.Errorf("name-variant detail %q does not name rule %q", note.Detail, r.String())
					}
				}
			}
		})
	}
}

func TestCheckInvalidInput(t *testing.T) {
	type row struct {
		name  string
		edit  func(a *eligibility.Application)
		field string
	}
	long := strings.Repeat("A", 1000)
	rows := []row{
		{"zero method", func(a *eligibility.Application) { a.Method = 0 }, "method"},
		{"method 200", func(a *eligibility.Application) { a.Method = 200 }, "method"},
		{"zero purpose", func(a *eligibility.Application) { a.Purpose = 0 }, "purpose"},
		{"purpose 9", func(a *eligibility.Application) { a.Purpose = 9 }, "purpose"},
		{"zero time", func(a *eligibility.Application) { a.At = time.Time{} }, "at"},
		{"month 13", func(a *eligibility.Application) { a.Card.Expiry = billing.YearMonth{Year: 2027, Month: 13} }, "card.expiry"},
		{"month 0", func(a *eligibility.Application) { a.Card.Expiry = billing.YearMonth{Year: 2027} }, "card.expiry"},
		{"absurd year 1999", func(a *eligibility.Application) { a.Card.Expiry = ym("12/1999") }, "card.expiry"},
		{"absurd year 2150", func(a *eligibility.Application) { a.Card.Expiry = ym("12/2150") }, "card.expiry"},
		{"empty expiry", func(a *eligibility.Application) { a.Card.Expiry = billing.YearMonth{} }, "card.expiry"},
		{"over-long card name", func(a *eligibility.Application) { a.Card.Name = long }, "card.name"},
		{"over-long kana", func(a *eligibility.Application) { a.Holder.Kana = strings.Repeat("ア", 300) }, "holder.kana"},
		{"over-long issuer", func(a *eligibility.Application) { a.Card.Issuer = long }, "card.issuer"},
		{"control character in issuer", func(a *eligibility.Application) { a.Card.Issuer = "bank\x00" }, "card.issuer"},
		{"over-long country", func(a *eligibility.Application) { a.Card.Country = long }, "card.country"},
		{"over-long campaign", func(a *eligibility.Application) { a.Campaign = long }, "campaign"},
		{"negative instalments", func(a *eligibility.Application) { a.Instalments = -1 }, "instalments"},
		{"1000 instalments", func(a *eligibility.Application) { a.Instalments = 1000 }, "instalments"},
		{"bad funding", func(a *eligibility.Application) { a.Card.Funding = 77 }, "card.funding"},
		{"unknown combined method", func(a *eligibility.Application) { a.Combined = []eligibility.Method{eligibility.Points, 0} }, "combined[1]"},
		{"too many combined", func(a *eligibility.Application) { a.Combined = make([]eligibility.Method, 9) }, "combined"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			a := goodApp()
			tc.edit(&a)
			if err := eligibility.IIJmio().Check(a).Err(); err == nil || !strings.Contains(err.Error(), tc.field) {
				t.Errorf("IIJmio().Check(%v).Err() = %v, want an error naming %q", a, err, tc.field)
			}
			for _, p := range eligibility.Presets() {
				d := p.Check(a)
				if d.Verdict != eligibility.Rejected {
					t.Errorf("%s.Check(%v).Verdict = %v, want rejected", p.ID(), a, d.Verdict)
				}
				found := false
				for _, r := range d.Reasons {
					if r.Code == eligibility.CodeInvalidInput && r.Field == tc.field {
						found = true
					}
				}
				if !found {
					t.Errorf("%s.Check(%v) = %v, want invalid-input for field %q", p.ID(), a, d.Reasons, tc.field)
				}
			}
		})
	}
}

func TestDecisionErr(t *testing.T) {
	a := goodApp()
	a.Purpose, a.Card.Expiry, a.Card.Name, a.Instalments = 0, ym("12/2150"), strings.Repeat("A", 500), -1
	err := eligibility.IIJmio().Check(a).Err()
	for _, want := range []error{eligibility.ErrUnknown, eligibility.ErrRange, eligibility.ErrTooLong} {
		if !errors.Is(err, want) {
			t.Errorf("Check(…).Err() = %v, want it to match %v", err, want)
		}
	}
	var ie *eligibility.Error
	if !errors.As(err, &ie) || ie.Field == "" {
		t.Errorf("Check(…).Err() = %v, want an *Error", err)
	}
	if err := eligibility.IIJmio().Check(goodApp()).Err(); err != nil {
		t.Errorf("Check(goodApp()).Err() = %v, want nil", err)
	}
	expired := goodApp()
	expired.Card.Expiry = ym("01/20")
	if err := eligibility.IIJmio().Check(expired).Err(); err != nil {
		t.Errorf("Check(expired).Err() = %v, want nil: a refusal is not an error", err)
	}
}

func TestAcceptsInvalid(t *testing.T) {
	for _, tc := range []struct {
		m     eligibility.Method
		p     eligibility.Purpose
		field []string
	}{
		{0, eligibility.MonthlyCharges, []string{"method"}},
		{eligibility.CreditCard, 0, []string{"purpose"}},
		{255, 255, []string{"method", "purpose"}},
	} {
		d := eligibility.IIJmio().Accepts(tc.m, tc.p)
		var got []string
		for _, r := range d.Reasons {
			if r.Code == eligibility.CodeInvalidInput {
				got = append(got, r.Field)
			}
		}
		if d.Verdict != eligibility.Rejected || !cmp.Equal(tc.field, got) {
			t.Errorf("Accepts(%v, %v) = %v fields %v, want rejected with invalid-input for %v", tc.m, tc.p, d, got, tc.field)
		}
	}
}

// TestCheckC4ExpiryBoundary: a card is valid through the last instant of
// its expiry month in JST and expired from 00:00 JST on the 1st of the next
// month, whatever zone the check time is given in; "YY" is 20YY.
func TestCheckC4ExpiryBoundary(t *testing.T) {
	hawaii := time.FixedZone("HST", -10*3600)
	var (
		A    = eligibility.Accepted
		R    = eligibility.Rejected
		soon = withCredit(eligibility.CodeCardExpiresSoon)
		exp  = []eligibility.Code{eligibility.CodeCardExpired}
		bad  = []eligibility.Code{eligibility.CodeInvalidInput}
	)
	atYM := func(expiry billing.YearMonth, t time.Time) func(a *eligibility.Application) {
		return func(a *eligibility.Application) { a.Card.Expiry, a.At = expiry, t }
	}
	at := func(expiry string, t time.Time) func(a *eligibility.Application) { return atYM(ym(expiry), t) }
	runCheckCases(t, []checkCase{
		{rule: "C4", name: "last nanosecond of June in JST", edit: at("06/25", time.Date(2025, time.June, 30, 23, 59, 59, 999999999, jst)), verdict: A, notes: soon},
		{rule: "C4", name: "23:59:59.999 JST on the last day", edit: at("06/25", time.Date(2025, time.June, 30, 23, 59, 59, 999000000, jst)), verdict: A, notes: soon},
		{rule: "C4", name: "00:00 JST on the 1st of July", edit: at("06/25", time.Date(2025, time.July, 1, 0, 0, 0, 0, jst)), verdict: R, reasons: exp, notes: withCredit()},
		{rule: "C4", name: "same instants in UTC: 14:59:59.999999999", edit: at("06/25", time.Date(2025, time.June, 30, 14, 59, 59, 999999999, time.UTC)), verdict: A, notes: soon},
		{rule: "C4", name: "same instants in UTC: 15:00", edit: at("06/25", time.Date(2025, time.June, 30, 15, 0, 0, 0, time.UTC)), verdict: R, reasons: exp, notes: withCredit()},
		{rule: "C4", name: "still June 30 in Hawaii, July in Japan", edit: at("06/25", time.Date(2025, time.June, 30, 5, 0, 0, 0, hawaii)), verdict: R, reasons: exp, notes: withCredit()},
		{rule: "C4", name: "July 1 in Japan at 08:59 is still June 30 in UTC", edit: at("06/2025", time.Date(2025, time.June, 30, 23, 59, 0, 0, time.UTC)), verdict: R, reasons: exp, notes: withCredit()},
		{rule: "C4", name: "first day of the expiry month", edit: at("06/25", time.Date(2025, time.June, 1, 0, 0, 0, 0, jst)), verdict: A, notes: soon},
		{rule: "C4", name: "last day of the month before", edit: at("06/25", time.Date(2025, time.May, 31, 23, 59, 59, 0, jst)), verdict: A, notes: withCredit()},
		{rule: "C4", name: "year end 12/25 on Dec 31", edit: at("12/25", time.Date(2025, time.December, 31, 23, 59, 59, 999000000, jst)), verdict: A, notes: soon},
		{rule: "C4", name: "year end 12/25 on Jan 1", edit: at("12/25", time.Date(2026, time.January, 1, 0, 0, 0, 0, jst)), verdict: R, reasons: exp, notes: withCredit()},
		{rule: "C4", name: "leap day 02/28 on Feb 29", edit: at("02/28", time.Date(2028, time.February, 29, 23, 59, 59, 0, jst)), verdict: A, notes: soon},
		{rule: "C4", name: "leap year 02/28 on Mar 1", edit: at("02/28", time.Date(2028, time.March, 1, 0, 0, 0, 0, jst)), verdict: R, reasons: exp, notes: withCredit()},
		{rule: "C4", name: "YY 99 is 2099", edit: at("12/99", checkAt), verdict: A, notes: withCredit()},
		{rule: "C4", name: "YY 00 is 2000", edit: at("01/00", checkAt), verdict: R, reasons: exp, notes: withCredit()},
		{rule: "C4", name: "YY 25 is 2025, not 1925", edit: at("06/25", checkAt), verdict: A, notes: soon},
		{rule: "C4", name: "MM/YYYY 12/2099", edit: at("12/2099", checkAt), verdict: A, notes: withCredit()},
		{rule: "C4", name: "MM/YYYY 01/2000", edit: at("01/2000", checkAt), verdict: R, reasons: exp, notes: withCredit()},
		{rule: "C4", name: "absurd year 01/2100", edit: at("01/2100", checkAt), verdict: R, reasons: bad, notes: withCredit()},
		{rule: "C4", name: "absurd year 12/1999", edit: at("12/1999", checkAt), verdict: R, reasons: bad, notes: withCredit()},
		{rule: "C4", name: "absurd year 12/0000", edit: atYM(billing.YearMonth{Year: 0, Month: 12}, checkAt), verdict: R, reasons: bad, notes: withCredit()},
		{rule: "C4", name: "check time in year 9999", edit: at("12/27", time.Date(9999, time.January, 1, 0, 0, 0, 0, jst)), verdict: R, reasons: bad, notes: withCredit()},
		{rule: "C4", name: "check time in 1970", edit: at("12/27", time.Unix(0, 0)), verdict: R, reasons: bad, notes: withCredit()},
		{rule: "C4", name: "check time a nanosecond after the zero time", edit: at("12/27", time.Time{}.Add(1)), verdict: R, reasons: bad, notes: withCredit()},
		{rule: "C4", name: "zero check time", edit: at("12/27", time.Time{}), verdict: R, reasons: bad, notes: withCredit()},
	})
	// The bad-input rows name the field and the kind of problem.
	for _, tc := range []struct {
		name          string
		expiry        string
		at            time.Time
		field, detail string
	}{
		{"absurd expiry year", "01/2100", checkAt, "card.expiry", "range"},
		{"absurd check year", "12/27", time.Date(2100, time.January, 1, 0, 0, 0, 0, jst), "at", "range"},
		{"zero check time", "12/27", time.Time{}, "at", "empty"},
	} {
		a := goodApp()
		a.Card.Expiry, a.At = ym(tc.expiry), tc.at
		d := eligibility.IIJmio().Check(a)
		want := []eligibility.Reason{{Code: eligibility.CodeInvalidInput, Verdict: eligibility.Rejected, Field: tc.field, Detail: tc.detail}}
		if tc.field == "card.expiry" {
			want[0].Rule = "C6"
		}
		if diff := cmp.Diff(want, d.Reasons); diff != "" {
			t.Errorf("C4/%s: IIJmio().Check reasons (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestCheckVerdictCombination: the verdict is the most severe reason's,
// Rejected over Uncertain over Conditional over Accepted, and every reason
// is kept whatever the verdict.
func TestCheckVerdictCombination(t *testing.T) {
	var (
		A = eligibility.Accepted
		R = eligibility.Rejected
		C = eligibility.Conditional
		U = eligibility.Uncertain
	)
	uqBank := func(combined ...eligibility.Method) func(a *eligibility.Application) {
		return func(a *eligibility.Application) {
			nonCard(eligibility.BankTransfer, eligibility.MonthlyCharges)(a)
			a.Combined = combined
		}
	}
	runCheckCases(t, []checkCase{
		{rule: "P2", name: "conditional alone", policy: eligibility.UQMobile(), edit: uqBank(), verdict: C,
			reasons: []eligibility.Code{eligibility.CodeBankTransferConditional}},
		{rule: "P2", name: "uncertain beats conditional", policy: eligibility.UQMobile(), edit: uqBank(eligibility.DebitCard), verdict: U,
			reasons: []eligibility.Code{eligibility.CodeBankTransferConditional, eligibility.CodeDebitPartly}},
		{rule: "P2", name: "conditional beats accepted", policy: eligibility.UQMobile(), edit: uqBank(eligibility.CreditCard), verdict: C,
			reasons: []eligibility.Code{eligibility.CodeBankTransferConditional}},
		{rule: "P2", name: "rejected beats uncertain and conditional", policy: eligibility.UQMobile(), edit: uqBank(eligibility.DebitCard, eligibility.ConvenienceStore), verdict: R,
			reasons: []eligibility.Code{eligibility.CodeBankTransferConditional, eligibility.CodeDebitPartly, eligibility.CodeKonbiniNotAccepted}},
		{rule: "M2", name: "rejected beats uncertain (expired PayPay Bank debit)", verdict: R,
			edit: func(a *eligibility.Application) {
				a.Method, a.Card.Funding, a.Card.Issuer, a.Card.Expiry = eligibility.DebitCard, brand.Debit, "PayPay銀行", ym("05/25")
			},
			reasons: []eligibility.Code{eligibility.CodeCardExpired, eligibility.CodeDebitUncertain}},
		{rule: "M8", name: "rejected beats conditional (gift and konbini)", edit: func(a *eligibility.Application) {
			nonCard(eligibility.GiftCertificate, eligibility.DevicePurchase)(a)
			a.Campaign, a.Combined = "SPRING2025", []eligibility.Method{eligibility.ConvenienceStore}
		}, verdict: R, reasons: []eligibility.Code{eligibility.CodeGiftCampaignConditions, eligibility.CodeKonbiniNotAccepted}},
		{rule: "M1", name: "notes do not lower the verdict", verdict: A, notes: withCredit(eligibility.CodeCardExpiresSoon, eligibility.CodeCountryNotChecked),
			edit: func(a *eligibility.Application) { a.Card.Expiry, a.Card.Country = ym("06/25"), "" }},
		{rule: "M6", name: "a method listed twice is judged once", edit: func(a *eligibility.Application) {
			nonCard(eligibility.ConvenienceStore, eligibility.ArrearsSettlement)(a)
			a.Combined = []eligibility.Method{eligibility.Points, eligibility.Points, eligibility.ConvenienceStore}
		}, verdict: R, reasons: []eligibility.Code{eligibility.CodePointsBicOnly}, notes: []eligibility.Code{eligibility.CodeKonbiniArrearsSlip}},
	})
}

// TestCheckBoundsWhateverTheMethod: a field beyond its bound is bad input
// even when the method does not judge it (a bank transfer with a card
// number pasted in a thousand times).
func TestCheckBoundsWhateverTheMethod(t *testing.T) {
	long := strings.Repeat("4", 1000)
	for _, tc := range []struct {
		field string
		edit  func(a *eligibility.Application)
	}{
		{"card.name", func(a *eligibility.Application) { a.Card.Name = long }},
		{"card.issuer", func(a *eligibility.Application) { a.Card.Issuer = long }},
		{"card.country", func(a *eligibility.Application) { a.Card.Country = long }},
		{"holder.kana", func(a *eligibility.Application) { a.Holder.Kana = long }},
	} {
		for _, p := range eligibility.Presets() {
			t.Run(p.ID()+"/"+tc.field, func(t *testing.T) {
				a := goodApp()
				nonCard(eligibility.ConvenienceStore, eligibility.ArrearsSettlement)(&a)
				tc.edit(&a)
				d := p.Check(a)
				want := eligibility.Reason{Code: eligibility.CodeInvalidInput, Verdict: eligibility.Rejected, Field: tc.field, Detail: "too-long"}
				if strings.HasPrefix(tc.field, "card.") {
					want.Rule = "C6"
				}
				found := false
				for _, r := range d.Reasons {
					found = found || r == want
				}
				if d.Verdict != eligibility.Rejected || !found {
					t.Errorf("%s.Check(konbini with over-long %s) = %v %v, want rejected by %v", p.ID(), tc.field, d, d.Reasons, want)
				}
			})
		}
	}
}

// TestCheckC3NameDetail: what Check says about the card name, with the
// matcher's codes spelled out (not computed by the matcher here).
func TestCheckC3NameDetail(t *testing.T) {
	tests := []struct {
		card, kana string
		want       eligibility.Reason // the C3 reason or note; zero for none
	}{
		{"YAMADA TARO", "ヤマダ タロウ", eligibility.Reason{}},
		{"ＹＡＭＡＤＡ　ＴＡＲＯ", "ヤマダ タロウ", eligibility.Reason{}},
		{"yamada taro", "ﾔﾏﾀﾞ ﾀﾛｳ", eligibility.Reason{}},
		{"YAMADA TAROU", "ヤマダ タロウ", eligibility.Reason{Code: eligibility.CodeHolderNameVariant, Rule: "C3", Verdict: eligibility.Accepted, Field: "card.name", Detail: "variant: ou-long-vowel"}},
		{"YAMADA TAROH", "ヤマダ タロウ", eligibility.Reason{Code: eligibility.CodeHolderNameVariant, Rule: "C3", Verdict: eligibility.Accepted, Field: "card.name", Detail: "variant: oh-long-vowel"}},
		{"TARO YAMADA", "ヤマダ タロウ", eligibility.Reason{Code: eligibility.CodeHolderNameVariant, Rule: "C3", Verdict: eligibility.Accepted, Field: "card.name", Detail: "reordered: order-swapped"}},
		{"YAMADA HANAKO", "ヤマダ タロウ", eligibility.Reason{Code: eligibility.CodeHolderNameMismatch, Rule: "C3", Verdict: eligibility.Rejected, Field: "card.name", Detail: "mismatch"}},
		{"TANAKA TARO", "ヤマダ タロウ", eligibility.Reason{Code: eligibility.CodeHolderNameMismatch, Rule: "C3", Verdict: eligibility.Rejected, Field: "card.name", Detail: "mismatch"}},
		{"  ", "ヤマダ タロウ", eligibility.Reason{Code: eligibility.CodeInvalidInput, Rule: "C6", Verdict: eligibility.Rejected, Field: "card.name", Detail: "empty"}},
		{"YAMADA TARO", "", eligibility.Reason{Code: eligibility.CodeInvalidInput, Verdict: eligibility.Rejected, Field: "holder.kana", Detail: "empty"}},
	}
	for _, tc := range tests {
		t.Run("C3/"+tc.card+"/"+tc.kana, func(t *testing.T) {
			a := goodApp()
			a.Card.Name, a.Holder.Kana = tc.card, tc.kana
			d := eligibility.IIJmio().Check(a)
			var got eligibility.Reason
			for _, r := range append(append([]eligibility.Reason{}, d.Reasons...), d.Notes...) {
				if r.Field == "card.name" || r.Field == "holder.kana" {
					got = r
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("IIJmio().Check(card %q, kana %q) name finding (-want +got):\n%s", tc.card, tc.kana, diff)
			}
			wantV := tc.want.Verdict // a note's is Accepted, and so is no finding's
			if tc.want.Code == "" {
				wantV = eligibility.Accepted
			}
			if d.Verdict != wantV {
				t.Errorf("IIJmio().Check(card %q, kana %q).Verdict = %v, want %v", tc.card, tc.kana, d.Verdict, wantV)
			}
		})
	}
}

// TestCheckTypedBound: the security code, a parameter of CheckTyped and
// never a field, has its byte bound whatever the method (C6), and Check
// judges no code at all (C5).
func TestCheckTypedBound(t *testing.T) {
	long := strings.Repeat("4", eligibility.MaxSecurityCodeLen+1)
	want := eligibility.Reason{Code: eligibility.CodeInvalidInput, Rule: "C6", Verdict: eligibility.Rejected, Field: "card.securityCode", Detail: "too-long"}
	for _, p := range eligibility.Presets() {
		for _, m := range []eligibility.Method{eligibility.CreditCard, eligibility.ConvenienceStore} {
			a := goodApp()
			a.Method = m
			d := p.CheckTyped(a, "", long)
			if !slices.Contains(d.Reasons, want) {
				t.Errorf("%s.CheckTyped(%v, \"\", %d bytes) reasons %v, want %v", p.ID(), m, len(long), d.Reasons, want)
			}
		}
		if d := p.Check(goodApp()); d.Has(eligibility.CodeSecurityCodeInvalid) {
			t.Errorf("%s.Check(goodApp()) = %v: Check judges no code", p.ID(), d)
		}
	}
}

// TestCheckTypedNumber: the number as typed, a parameter of CheckTyped,
// judged in place of Card.Number (C6, M1), with the detail of what is wrong
// and never a digit.
func TestCheckTypedNumber(t *testing.T) {
	inv := func(detail string) []eligibility.Reason {
		return []eligibility.Reason{{Code: eligibility.CodeCardNumberInvalid, Rule: "C6", Verdict: eligibility.Rejected, Field: "card.number", Detail: detail}}
	}
	tooLong := []eligibility.Reason{{Code: eligibility.CodeInvalidInput, Rule: "C6", Verdict: eligibility.Rejected, Field: "card.number", Detail: "too-long"}}
	tests := []struct {
		name, number string
		want         []eligibility.Reason
	}{
		{"C6/as typed, full width with ー", "４１１１ー１１１１ー１１１１ー１１１１", nil},
		{"C6/mistyped number", "4111111111111112", inv("checksum")},
		{"C6/letters in the number", "4111-1111-1111-111x", inv("syntax")},
		{"C6/too few digits", "4111 1111 1111", inv("length")},
		{"C6/over MaxNumberLen", strings.Repeat("4", eligibility.MaxNumberLen+1), tooLong},
		{"M1/Discover refused", discover, []eligibility.Reason{{Code: eligibility.CodeBrandNotAccepted, Rule: "M1", Verdict: eligibility.Rejected, Field: "card.number", Detail: "Discover"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := goodApp()
			a.Card.Number = brand.Number{} // the typed number is judged instead
			d := eligibility.IIJmio().CheckTyped(a, tc.number, goodCode)
			if diff := cmp.Diff(tc.want, d.Reasons, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("CheckTyped(number %q) reasons (-want +got):\n%s", tc.number, diff)
			}
		})
	}
	// The empty number: Card.Number is judged, as by Check.
	if d := eligibility.IIJmio().CheckTyped(goodApp(), "", goodCode); d.Verdict != eligibility.Accepted {
		t.Errorf("CheckTyped(goodApp(), \"\", %q) = %v, want accepted", goodCode, d)
	}
}

// mustParse is brand.Parse for the tests' literal, known-good numbers.
func mustParse(s string) brand.Number {
	n, err := brand.Parse(s)
	if err != nil {
		panic(err)
	}
	return n
}

// ym parses an expiry as a card prints it ("06/25", "０６／２７"), for test
// literals; billing.ParseYearMonth is the parser Card.UnmarshalJSON uses.
func ym(s string) billing.YearMonth {
	v, err := billing.ParseYearMonth(s)
	if err != nil {
		panic(err)
	}
	return v
}
