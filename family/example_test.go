package family_test

import (
	"fmt"
	"time"

	"github.com/kessai-jp/kessai/billing"
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
		Conditions: []string{family.NoticeEmailConsent},
		Owner:      "ヤマダ タカシ",
		Card:       family.Card{Name: "YAMADA TAKASHI", Last4: "1111"},
		Mode:       mode,
		Date:       billing.Date{Year: 2026, Month: time.November, Day: 25},
		Lines: []family.Line{
			{ID: "line-1", Kind: family.Voice, MioID: "mio-0001", Holder: "ヤマダ タカシ",
				Card: family.Card{Name: "YAMADA TAKASHI", Last4: "1111"}, Charges: fee(1009)},
			{ID: "line-2", Kind: family.Voice, MioID: "mio-0001", Holder: "ヤマダ ハナコ",
				Card: family.Card{Name: "YAMADA HANAKO", Last4: "2222"}, Charges: fee(1009)},
			{ID: "line-3", Kind: family.Data, MioID: "mio-0001", Holder: "ヤマダ ユキ",
				Card: family.Card{Name: "YAMADA YUKI", Last4: "3333"}, Charges: fee(1009)},
		},
	}
}

func ExampleBill_aggregate() {
	invs, err := family.Bill(exampleAccount(family.Aggregate), family.IIJmioPlan(family.FamilyDiscountCap5))
	if err != nil {
		fmt.Println(err)
		return
	}
	inv := invs[0]
	fmt.Println("to", inv.Payer.Name, inv.Payer.Card)
	for _, l := range inv.Lines {
		fmt.Println(l.ID, l.Kind, l.Subtotal, "-", l.Discount, "+ tax", l.Tax, "=", l.Total)
	}
	for _, t := range inv.Taxes {
		fmt.Printf("%d%% on %v: %v\n", t.Rate, t.Base, t.Tax)
	}
	fmt.Println("total", inv.Total)
	// Output:
	// to ヤマダ タカシ YAMADA TAKASHI ****1111
	// line-1 voice ¥1,009 - ¥91 + tax ¥92 = ¥1,010
	// line-2 voice ¥1,009 - ¥91 + tax ¥91 = ¥1,009
	// line-3 data ¥1,009 - ¥0 + tax ¥101 = ¥1,110
	// 10% on ¥2,845: ¥284
	// total ¥3,129
}

func ExampleBill_perLine() {
	invs, err := family.Bill(exampleAccount(family.PerLine), family.IIJmioPlan(family.FamilyDiscountCap5))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, inv := range invs {
		fmt.Println(inv.Lines[0].ID, "to", inv.Payer.Card, "tax", inv.Tax, "total", inv.Total)
	}
	// Output:
	// line-1 to YAMADA TAKASHI ****1111 tax ¥91 total ¥1,009
	// line-2 to YAMADA HANAKO ****2222 tax ¥91 total ¥1,009
	// line-3 to YAMADA YUKI ****3333 tax ¥100 total ¥1,109
}

func ExampleCompare() {
	c, err := family.Compare(exampleAccount(family.ModeUnset), family.IIJmioPlan(family.FamilyDiscountCap5))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("aggregate:", c.AggregateTotals.Invoices, "invoice, tax", c.AggregateTotals.Tax, "total", c.AggregateTotals.Total)
	fmt.Println("per-line: ", c.PerLineTotals.Invoices, "invoices, tax", c.PerLineTotals.Tax, "total", c.PerLineTotals.Total)
	fmt.Println("difference:", c.Difference)
	// Output:
	// aggregate: 1 invoice, tax ¥284 total ¥3,129
	// per-line:  3 invoices, tax ¥282 total ¥3,127
	// difference: -¥2
}

func ExampleSplit() {
	// ¥100 over three equal weights: the leftover yen goes to the first.
	parts, err := family.Split(100, []int64{1, 1, 1})
	fmt.Println(parts, err)
	// Output:
	// [¥34 ¥33 ¥33] <nil>
}

func ExampleSwitchRule_Effective() {
	r := family.IIJmioSwitchRule() // charged on the 25th, change by the 20th (CH2)
	for _, d := range []string{"2026-11-20", "2026-11-22", "2026-11-26"} {
		w, err := r.Effective(billing.MustParseDate(d))
		fmt.Println(d, "→", w, "certain:", w.Certain(), err)
	}
	// Output:
	// 2026-11-20 → 2026-11 certain: true <nil>
	// 2026-11-22 → 2026-11..2026-12 certain: false <nil>
	// 2026-11-26 → 2026-12 certain: true <nil>
}

func ExampleIIJmioFamilyDiscount() {
	for _, cap := range []int{family.FamilyDiscountCap5, family.FamilyDiscountCap10} {
		d := family.IIJmioFamilyDiscount(cap)
		fmt.Printf("%s: %v off per %v line (tax included: %t), %d+ lines, up to %d lines, with %s; %v\n",
			d.Name, d.PerLine, d.Kind, d.TaxIncluded, d.MinLines, d.Cap, d.Requires, d.Source)
	}
	// Output:
	// 家族割: ¥100 off per voice line (tax included: true), 2+ lines, up to 5 lines, with notice-email-consent; https://gapsis.jp/2024/09/iijmio-kazokuwaribiki.html (2024-09)
	// 家族割: ¥100 off per voice line (tax included: true), 2+ lines, up to 10 lines, with notice-email-consent; https://www.areus.jp/column/iijmio-family-discount-guide (2026-11)
}
