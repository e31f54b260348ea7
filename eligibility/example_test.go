package eligibility_test

import (
	"fmt"
	"time"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/textparse"
	"golang.org/x/text/language"
)

// printTable prints a policy's verdict for every method and a purpose.
func printTable(p eligibility.Policy, pu eligibility.Purpose) {
	fmt.Printf("%s (%s, as of %s):\n", p.Name(language.English), pu, p.Source().AsOf)
	for m := eligibility.CreditCard; m.IsValid(); m++ {
		d := p.Accepts(m, pu)
		r := append(d.Reasons, d.Notes...)[0]
		fmt.Printf("  %-16s %-11s %s (%s)\n", m, d.Verdict, r.Code, r.Rule)
	}
}

func ExampleIIJmio() {
	printTable(eligibility.IIJmio(), eligibility.MonthlyCharges)
	// Output:
	// IIJmio (monthly, as of 2025):
	//   credit           accepted    credit-accepted (M1)
	//   debit            rejected    debit-not-accepted (M2)
	//   prepaid          rejected    prepaid-not-accepted (M7)
	//   bank-transfer    rejected    bank-transfer-not-accepted (M3)
	//   konbini          rejected    konbini-not-accepted (M4)
	//   invoice          rejected    invoice-corporate-only (M5)
	//   points           rejected    points-bic-only (M6)
	//   gift-certificate conditional gift-campaign-conditions (M8)
	//   e-money          rejected    emoney-not-accepted (M7)
}

func ExampleIIJmioBiz() {
	p := eligibility.IIJmioBiz()
	d := p.Accepts(eligibility.Invoice, eligibility.MonthlyCharges)
	fmt.Println(p.ID(), d.Verdict, d.Notes[0].Code, d.Notes[0].Rule)
	fmt.Println(d.Notes[0].Message(language.Japanese))
	// Output:
	// iijmio-biz accepted invoice-accepted P4
	// 請求書払いで支払えます（法人契約）。
}

func ExampleBicCamera() {
	printTable(eligibility.BicCamera(), eligibility.DevicePurchase)
	// Output:
	// Bic Camera (IIJmio) (device, as of 2025):
	//   credit           accepted    credit-accepted (M10)
	//   debit            uncertain   debit-partly (M10)
	//   prepaid          rejected    prepaid-not-accepted (M7)
	//   bank-transfer    rejected    bank-transfer-not-accepted (M3)
	//   konbini          rejected    konbini-not-accepted (M4)
	//   invoice          rejected    invoice-corporate-only (M5)
	//   points           accepted    points-accepted (M10)
	//   gift-certificate accepted    gift-accepted (M10)
	//   e-money          rejected    emoney-not-accepted (M7)
}

func ExampleMineo() {
	p := eligibility.Mineo()
	for _, m := range []eligibility.Method{eligibility.CreditCard, eligibility.BankTransfer, eligibility.ConvenienceStore, eligibility.DebitCard, eligibility.Invoice} {
		fmt.Println(m, p.Accepts(m, eligibility.MonthlyCharges).Verdict)
	}
	// Output:
	// credit accepted
	// bank-transfer accepted
	// konbini rejected
	// debit uncertain
	// invoice uncertain
}

func ExampleUQMobile() {
	d := eligibility.UQMobile().Accepts(eligibility.BankTransfer, eligibility.MonthlyCharges)
	fmt.Println(d.Verdict, d.Reasons[0].Code, d.Reasons[0].Rule)
	fmt.Println(d.Reasons[0].Message(language.English))
	fmt.Println(d.Reasons[0].Remedy(language.English))
	// Output:
	// conditional bank-transfer-conditional P2
	// Bank account transfer is accepted under conditions.
	// Ask the carrier which conditions apply.
}

func ExampleOCNMobileONE() {
	p := eligibility.OCNMobileONE()
	fmt.Println(p.Name(language.Japanese), p.Rules())
	fmt.Println(p.Accepts(eligibility.BankTransfer, eligibility.MonthlyCharges).Verdict)
	// Output:
	// OCNモバイルONE [P3 C4 C5 C6 CH3]
	// accepted
}

func ExampleCompareCarriers() {
	rows := eligibility.CompareCarriers(eligibility.DebitCard, eligibility.MonthlyCharges,
		eligibility.IIJmio(), eligibility.Mineo(), eligibility.UQMobile(), eligibility.OCNMobileONE())
	for _, r := range rows {
		fmt.Printf("%-14s %-9s %-4s %s\n", r.Name(language.English), r.Verdict, r.Reason.Rule, r.Reason.Message(language.English))
	}
	// Output:
	// IIJmio         rejected  M2   Debit cards are not accepted.
	// mineo          uncertain P1   Debit cards are accepted only in part; which ones work is not guaranteed.
	// UQ mobile      uncertain P2   Debit cards are accepted only in part; which ones work is not guaranteed.
	// OCN mobile ONE uncertain P3   Debit cards are accepted only in part; which ones work is not guaranteed.
}

func ExamplePolicy_Accepts() {
	p := eligibility.IIJmio()
	// Every purpose, in declaration order: from the first while IsValid holds.
	for pu := eligibility.MonthlyCharges; pu.IsValid(); pu++ {
		d := p.Accepts(eligibility.ConvenienceStore, pu)
		r := append(d.Reasons, d.Notes...)[0]
		fmt.Printf("%s: %s — %s\n", pu, d.Verdict, r.Message(language.Japanese))
	}
	// Output:
	// monthly: rejected — コンビニ払いには対応していません（支払い遅れ時に郵送される払込票を除く）。
	// device: rejected — コンビニ払いには対応していません（支払い遅れ時に郵送される払込票を除く）。
	// arrears: accepted — 支払い遅れの後に郵送されるコンビニ払込票で支払えます。
}

func ExamplePolicy_Check() {
	jst := time.FixedZone("JST", 9*3600)
	number, err := brand.Parse("4111 1111 1111 1111") // as typed in the form
	if err != nil {
		fmt.Println(err)
		return
	}
	a := eligibility.Application{
		Method:  eligibility.CreditCard,
		Purpose: eligibility.DevicePurchase,
		Holder:  eligibility.Holder{Kana: "ヤマダ タロウ"},
		Card: eligibility.Card{
			Number:  number,
			Name:    "YAMADA TARO",
			Expiry:  billing.YearMonth{Year: 2025, Month: time.May},
			Funding: brand.Credit,
			Issuer:  "楽天カード",
			Country: "JP",
		},
		Instalments: 24,
		At:          time.Date(2025, time.June, 15, 10, 0, 0, 0, jst),
	}
	// The security code is a parameter: judged (C5), never kept.
	d := eligibility.IIJmio().CheckTyped(a, "", "123")
	fmt.Println(d.Verdict)
	for _, r := range d.Reasons {
		fmt.Printf("%s %s: %s\n  → %s\n", r.Rule, r.Code, r.Message(language.English), r.Remedy(language.English))
	}
	fmt.Println(a.Card) // the number masked; there is no code to show
	// Output:
	// rejected
	// C4 card-expired: The card has expired.
	//   → Check the expiry date on the card and register the renewed card.
	// M9 instalments-not-offered: Instalments are not offered; credit card, lump sum only.
	//   → Pay in one lump sum, then convert to instalments or revolving credit on the card company's site or app (fees and terms depend on the card company).
	// {number:411111******1111 name:"YAMADA TARO" expiry:"2025-05" funding:credit issuer:"楽天カード" country:"JP" corporate:false}
}

func ExamplePolicy_Check_debit() {
	number, err := brand.Parse("4111111111111111")
	if err != nil {
		fmt.Println(err)
		return
	}
	a := eligibility.Application{
		Method:  eligibility.DebitCard,
		Purpose: eligibility.MonthlyCharges,
		Holder:  eligibility.Holder{Kana: "サトウ ユウコ"},
		Card: eligibility.Card{
			Number: number, Name: "SATO YUKO", Expiry: billing.YearMonth{Year: 2028, Month: time.December},
			Funding: brand.Debit, Issuer: "PayPay銀行", Country: "JP",
		},
		At: time.Date(2025, time.June, 15, 10, 0, 0, 0, time.UTC),
	}
	d := eligibility.IIJmio().Check(a)
	r := d.Reasons[0]
	fmt.Println(d.Verdict, r.Code, r.Rule, r.Field)
	fmt.Println(r.Message(language.Japanese))
	// Output:
	// uncertain debit-uncertain M2 card.issuer
	// このデビットカードは登録できたという報告がありますが、利用は保証されず、公式には推奨されていません。
}

func ExamplePolicy_With() {
	base := eligibility.IIJmio()
	custom, err := base.With(eligibility.BankTransfer, eligibility.MonthlyCharges, eligibility.Accepted)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(custom.Accepts(eligibility.BankTransfer, eligibility.MonthlyCharges).Verdict)
	fmt.Println(base.Accepts(eligibility.BankTransfer, eligibility.MonthlyCharges).Verdict)
	// Output:
	// accepted
	// rejected
}

func ExampleMethod_UnmarshalText() {
	for _, s := range []string{"debit", "口座振替", "ｺﾝﾋﾞﾆ払い", "Gift Certificate"} {
		m, err := textparse.Parse[eligibility.Method](s)
		fmt.Println(m, m.Label(language.Japanese), err)
	}
	// Output:
	// debit デビットカード <nil>
	// bank-transfer 口座振替 <nil>
	// konbini コンビニ払い <nil>
	// gift-certificate ギフト券 <nil>
}
