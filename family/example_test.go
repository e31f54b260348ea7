package family_test

import (
	"errors"
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/family"
)

// exampleAccount is a mioID with two voice lines and a data line. The
// amounts are illustrative, not IIJmio's prices.
func exampleAccount(mode family.Mode) family.Account {
	fee := func(yen billing.Yen) []family.Charge {
		return []family.Charge{{Description: "monthly fee (illustrative)", Amount: yen, Tax: family.Standard}}
	}
	return family.Account{
		MioID: "mio-0001",
		// The family discount needs the notice e-mail consent (gapsis.jp).
		Conditions: []string{"notice-email-consent"},
		Owner:      eligibility.Holder{Kana: "ヤマダ タカシ"},
		Card:       family.Card{Name: "YAMADA TAKASHI", Last4: "1111"},
		Mode:       mode,
		Date:       billing.Date{Year: 2026, Month: time.November, Day: 25},
		Lines: []family.Line{
			{ID: "line-1", Voice: true, MioID: "mio-0001", Holder: eligibility.Holder{Kana: "ヤマダ タカシ"},
				Card: family.Card{Name: "YAMADA TAKASHI", Last4: "1111"}, Charges: fee(1009)},
			{ID: "line-2", Voice: true, MioID: "mio-0001", Holder: eligibility.Holder{Kana: "ヤマダ ハナコ"},
				Card: family.Card{Name: "YAMADA HANAKO", Last4: "2222"}, Charges: fee(1009)},
			{ID: "line-3", MioID: "mio-0001", Holder: eligibility.Holder{Kana: "ヤマダ ユキ"},
				Card: family.Card{Name: "YAMADA YUKI", Last4: "3333"}, Charges: fee(1009)},
		},
	}
}

func ExampleBill_aggregate() {
	invs, err := family.Bill(exampleAccount(family.Aggregate), family.IIJmio(5))
	if err != nil {
		fmt.Println(err)
		return
	}
	inv := invs[0]
	fmt.Println(family.Aggregate.Label(language.Japanese), "to", inv.Payer.Kana, inv.Card)
	for _, l := range inv.Lines {
		fmt.Println(l.ID, "voice:", l.Voice, l.Subtotal, "-", l.Discount, "+ tax", l.Tax, "=", l.Total)
	}
	for _, t := range inv.Taxes {
		fmt.Printf("%s %d%% on %v: %v\n", t.Category.Label(language.English), t.Rate, t.Base, t.Tax)
	}
	fmt.Println("total", inv.Total)
	// Output:
	// まとめ払い to ヤマダ タカシ YAMADA TAKASHI ****1111
	// line-1 voice: true ¥1,009 - ¥91 + tax ¥92 = ¥1,010
	// line-2 voice: true ¥1,009 - ¥91 + tax ¥91 = ¥1,009
	// line-3 voice: false ¥1,009 - ¥0 + tax ¥101 = ¥1,110
	// standard rate 10% on ¥2,845: ¥284
	// total ¥3,129
}

func ExampleBill_perLine() {
	invs, err := family.Bill(exampleAccount(family.PerLine), family.IIJmio(5))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, inv := range invs {
		fmt.Println(inv.Lines[0].ID, "to", inv.Card, "tax", inv.Tax, "total", inv.Total)
	}
	// Output:
	// line-1 to YAMADA TAKASHI ****1111 tax ¥91 total ¥1,009
	// line-2 to YAMADA HANAKO ****2222 tax ¥91 total ¥1,009
	// line-3 to YAMADA YUKI ****3333 tax ¥100 total ¥1,109
}

// Tax is rounded once per invoice per rate, so paying in aggregate (one
// invoice) and per line (three) can differ by a few yen: bill both ways to
// compare.
func ExampleBill_bothModes() {
	var total [2]billing.Yen
	for i, mode := range []family.Mode{family.Aggregate, family.PerLine} {
		invs, err := family.Bill(exampleAccount(mode), family.IIJmio(5))
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, inv := range invs {
			total[i] += inv.Total
		}
		fmt.Println(mode.Label(language.English)+":", len(invs), "invoice(s), total", total[i])
	}
	fmt.Println("difference:", total[1]-total[0])
	// Output:
	// aggregate payment: 1 invoice(s), total ¥3,129
	// per-line payment: 3 invoice(s), total ¥3,127
	// difference: -¥2
}

// A card without the owner's name is refused (C1); the error speaks
// Japanese or English.
func ExampleError() {
	a := exampleAccount(family.Aggregate)
	a.Card.Name = "SUZUKI ICHIRO"
	_, err := family.Bill(a, family.IIJmio(5))
	var e *family.Error
	if errors.As(err, &e) {
		fmt.Println(errors.Is(err, family.ErrConflict), e.Field)
		fmt.Println(e.Message(language.Japanese))
		fmt.Println(e.Message(language.English))
	}
	// Output:
	// true card
	// カード：ほかの値と矛盾しています（カードの名義が支払う人の名前と一致しません）
	// card: contradicts another value (the name on the card is not the payer's)
}

func ExamplePlan_SwitchEffective() {
	p := family.IIJmio(5) // charged on the 25th, change by the 20th (CH2)
	for _, d := range []string{"2026-11-20", "2026-11-22", "2026-11-26"} {
		w, err := p.SwitchEffective(billing.MustParseDate(d))
		fmt.Println(d, "→ from the charge of", w.Earliest, "to", w.Latest, err)
	}
	// Output:
	// 2026-11-20 → from the charge of 2026-11-25 to 2026-11-25 <nil>
	// 2026-11-22 → from the charge of 2026-11-25 to 2026-12-25 <nil>
	// 2026-11-26 → from the charge of 2026-12-25 to 2026-12-25 <nil>
}

func ExampleIIJmio() {
	for _, cap := range []int{5, 10} {
		d := family.IIJmio(cap).Discounts[0]
		fmt.Printf("%s: %v off per line (voice only: %t, tax included: %t), %d+ lines, up to %d lines, with %s; %s (%s)\n",
			d.Name, d.PerLine, d.VoiceOnly, d.TaxIncluded, d.MinLines, d.Cap, d.Requires, d.Source.URL, d.Source.AsOf)
	}
	// Output:
	// 家族割: ¥100 off per line (voice only: true, tax included: true), 2+ lines, up to 5 lines, with notice-email-consent; https://gapsis.jp/2024/09/iijmio-kazokuwaribiki.html (2024-09)
	// 家族割: ¥100 off per line (voice only: true, tax included: true), 2+ lines, up to 10 lines, with notice-email-consent; https://www.areus.jp/column/iijmio-family-discount-guide (2026-11)
}
