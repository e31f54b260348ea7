package kessai_test

import (
	"fmt"
	"time"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/family"
	"golang.org/x/text/language"
)

// Example follows one customer from sign-up to a family bill: the card
// number as typed, the name on the card against the kana on the contract,
// the whole application against IIJmio's rules, a failed charge, and three
// lines billed on one card or line by line. The card number is a published
// test number; the yen amounts are illustrative, not IIJmio's prices.
func Example() {
	// Sign-up, 2026-11-24 in Japan. The customer types the number in full
	// width, with ideographic spaces.
	at := time.Date(2026, time.November, 24, 10, 0, 0, 0, time.FixedZone("JST", 9*3600))
	n, err := brand.Parse("４１１１　１１１１　１１１１　１１１１")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("card:", n.Brand(), n.Format(), "code digits:", n.Brand().SecurityCodeLen())

	// C3: the card says OHNO YUKO, the contract says オオノ ユウコ.
	m, err := eligibility.MatchName("OHNO YUKO", "オオノ ユウコ")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("name:", m.Kind, m.Rules)

	// M1, C1–C5: the whole application for monthly charges.
	app := eligibility.Application{
		Method:  eligibility.CreditCard,
		Purpose: eligibility.MonthlyCharges,
		Holder:  eligibility.Holder{Kana: "オオノ ユウコ"},
		Card: eligibility.Card{
			Number:  n, // parsed once, passed on
			Name:    "OHNO YUKO",
			Expiry:  billing.YearMonth{Year: 2026, Month: time.November},
			Funding: brand.Credit,
			Issuer:  "楽天カード",
			Country: "JP",
		},
		At: at,
	}
	// The security code is judged (C5) and dropped: no type holds it.
	d := eligibility.IIJmio().CheckTyped(app, "", "123")
	fmt.Println("verdict:", d.Verdict)
	for _, r := range d.Notes {
		fmt.Printf("  note %s %s: %s\n", r.Rule, r.Code, r.Message(language.English))
	}

	// D1–D7: the charge on 2026-11-25 fails.
	events, err := billing.IIJmio().Timeline(billing.MustParseDate("2026-11-25"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range events {
		if e.Kind == billing.KindSuspension || e.Kind == billing.KindSlipPosted {
			fmt.Printf("%s (%s): %s – %s\n", e.Kind, e.Rule, e.Earliest, e.Latest)
		}
	}
	// D5: she pays the slip on 2026-12-14; when is it reflected?
	w, err := billing.IIJmio().Reflection(billing.BySlip, billing.MustParseDate("2026-12-14"))
	fmt.Println("slip paid 2026-12-14, reflected", w.Earliest, "–", w.Latest, err)

	// F1–F4: she adds her husband's voice line and a data line.
	fee := []family.Charge{{Description: "monthly fee (illustrative)", Amount: 1009, Tax: family.Standard}}
	yuko := eligibility.Holder{Kana: "オオノ ユウコ"}
	acct := family.Account{
		MioID: "mio-0001",
		Owner: yuko,
		Card:  family.Card{Name: "OHNO YUKO", Last4: n.Last4()},
		Date:  billing.MustParseDate("2026-12-25"),
		// The family discount needs the notice e-mail consent (F4).
		Conditions: []string{"notice-email-consent"},
		Lines: []family.Line{
			{ID: "voice-1", Voice: true, MioID: "mio-0001", Holder: yuko,
				Card: family.Card{Name: "OHNO YUKO", Last4: n.Last4()}, Charges: fee},
			{ID: "voice-2", Voice: true, MioID: "mio-0001", Holder: eligibility.Holder{Kana: "オオノ ケンタ"},
				Card: family.Card{Name: "ONO KENTA", Last4: "0005"}, Charges: fee},
			{ID: "data-1", MioID: "mio-0001", Holder: yuko,
				Card: family.Card{Name: "OHNO YUKO", Last4: n.Last4()}, Charges: fee},
		},
	}
	// Tax is rounded per invoice: bill both ways to compare.
	var totals [2]billing.Yen
	for i, mode := range []family.Mode{family.Aggregate, family.PerLine} {
		acct.Mode = mode
		invs, err := family.Bill(acct, family.IIJmio(5))
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, inv := range invs {
			totals[i] += inv.Total
		}
		fmt.Printf("%s: %d invoice(s), total %v\n", mode.Label(language.English), len(invs), totals[i])
	}
	fmt.Println("difference:", totals[1]-totals[0])
	// Output:
	// card: Visa 4111 11** **** 1111 code digits: 3
	// name: variant [oh-long-vowel]
	// verdict: accepted
	//   note CH3 card-expires-soon: The card expires at the end of this month.
	//   note C3 name-variant: The card name matches the holder's name through a variant (spelling, order or truncation).
	//   note M1 credit-accepted: Credit cards are accepted.
	// suspension (D3): 2026-11-27 – 2026-12-09
	// slip-posted (D4): 2026-12-09 – 2026-12-25
	// slip paid 2026-12-14, reflected 2026-12-17 – 2026-12-21 <nil>
	// aggregate payment: 1 invoice(s), total ¥3,129
	// per-line payment: 3 invoice(s), total ¥3,127
	// difference: -¥2
}
