package family_test

import (
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/eligibility"
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
		Conditions: []string{"notice-email-consent"},
		Owner:      eligibility.Holder{Kana: takashiKana},
		Card:       family.Card{Name: takashiCard, Last4: "1111"},
		Mode:       mode,
		Date:       billDate,
		Lines: []family.Line{
			// Given out of order: invoices come sorted by ID.
			{ID: "line-b", Voice: true, MioID: "mio-0001", Holder: eligibility.Holder{Kana: hanakoKana},
				Card: family.Card{Name: hanakoCard, Last4: "2222"}, Charges: []family.Charge{charge("monthly fee", 1009)}},
			{ID: "line-a", Voice: true, MioID: "mio-0001", Holder: eligibility.Holder{Kana: takashiKana},
				Card: family.Card{Name: takashiCard, Last4: "1111"}, Charges: []family.Charge{charge("monthly fee", 1009)}},
			{ID: "line-c", MioID: "mio-0001", Holder: eligibility.Holder{Kana: yukiKana},
				Card: family.Card{Name: yukiCard, Last4: "3333"}, Charges: []family.Charge{charge("monthly fee", 1009)}},
		},
	}
}

// noDiscount is IIJmio's plan without the family discount.
func noDiscount() family.Plan {
	p := family.IIJmio(5)
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
	c.Discounts = append([]family.Discount(nil), p.Discounts...)
	return c
}

// totals sums a mode's invoices.
type totals struct {
	Invoices                       int
	Subtotal, Discount, Tax, Total billing.Yen
}

func sum(invs []family.Invoice) totals {
	t := totals{Invoices: len(invs)}
	for _, v := range invs {
		t.Subtotal += v.Subtotal
		t.Discount += v.Discount
		t.Tax += v.Tax
		t.Total += v.Total
	}
	return t
}

// bothModes bills a in both modes, whatever a.Mode says.
func bothModes(a family.Account, p family.Plan) (agg, per []family.Invoice, err error) {
	a.Mode = family.Aggregate
	if agg, err = family.Bill(a, p); err != nil {
		return nil, nil, err
	}
	a.Mode = family.PerLine
	if per, err = family.Bill(a, p); err != nil {
		return nil, nil, err
	}
	return agg, per, nil
}
