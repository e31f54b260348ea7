package family_test

import (
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/family"
)

// Every amount in these tests is illustrative (F4: the seed gives no prices
// and kessai invents none). ¥1,009 is chosen because 10% of it has a
// fraction, which makes rounding visible.

var billDate = billing.Date{Year: 2026, Month: 11, Day: 25}

// People of the illustrative family: kana as registered, romaji as printed
// on their cards.
const (
	takashiKana, takashiCard = "ヤマダ タカシ", "YAMADA TAKASHI"
	hanakoKana, hanakoCard   = "ヤマダ ハナコ", "YAMADA HANAKO"
	yukiKana, yukiCard       = "ヤマダ ユキ", "YAMADA YUKI"
	otherCard                = "SUZUKI ICHIRO"
)

func charge(desc string, yen billing.Yen) family.Charge {
	return family.Charge{Description: desc + " (illustrative)", Amount: yen, Tax: family.Standard}
}

// threeLines is a mioID with two voice lines and one data line, each with an
// illustrative ¥1,009 monthly fee, each with its holder's own card.
func threeLines(mode family.Mode) family.Account {
	return family.Account{
		MioID: "mio-0001",
		// The family discount needs the notice e-mail consent (gapsis.jp).
		Conditions: []string{family.NoticeEmailConsent},
		Owner:      takashiKana,
		Card:       family.Card{Name: takashiCard, Last4: "1111"},
		Mode:       mode,
		Date:       billDate,
		Lines: []family.Line{
			// Given out of order: invoices come sorted by ID.
			{ID: "line-b", Kind: family.Voice, MioID: "mio-0001", Holder: hanakoKana,
				Card: family.Card{Name: hanakoCard, Last4: "2222"}, Charges: []family.Charge{charge("monthly fee", 1009)}},
			{ID: "line-a", Kind: family.Voice, MioID: "mio-0001", Holder: takashiKana,
				Card: family.Card{Name: takashiCard, Last4: "1111"}, Charges: []family.Charge{charge("monthly fee", 1009)}},
			{ID: "line-c", Kind: family.Data, MioID: "mio-0001", Holder: yukiKana,
				Card: family.Card{Name: yukiCard, Last4: "3333"}, Charges: []family.Charge{charge("monthly fee", 1009)}},
		},
	}
}

// noDiscount is IIJmio's plan without the family discount.
func noDiscount() family.Plan {
	p := family.IIJmioPlan(family.FamilyDiscountCap5)
	p.Discounts = nil
	return p
}

// clone deep-copies an account, to check that Bill leaves its input alone.
func clone(a family.Account) family.Account {
	c := a
	c.Lines = make([]family.Line, len(a.Lines))
	for i, l := range a.Lines {
		l.Charges = append([]family.Charge(nil), l.Charges...)
		c.Lines[i] = l
	}
	return c
}

func clonePlan(p family.Plan) family.Plan {
	c := p
	c.Rates = append([]family.TaxRate(nil), p.Rates...)
	c.Discounts = append([]family.Discount(nil), p.Discounts...)
	return c
}
