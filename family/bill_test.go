package family_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/family"
	panpkg "github.com/kessai-jp/kessai/internal/pan"
	"golang.org/x/text/language"
)

// TestBillAggregateF1 checks a whole aggregate invoice field by field.
func TestBillAggregateF1(t *testing.T) {
	a := threeLines(family.Aggregate)
	got, err := family.Bill(a, family.IIJmio(5))
	if err != nil {
		t.Fatalf("Bill: %v", err)
	}
	// F4: two voice lines, so each gets ¥100 off, tax included; the data
	// line none. Standard charges 3027, tax floor(302.7) = 302: ¥3,329 tax
	// included, less ¥200 = ¥3,129. Tax once on that: floor(3129 × 10/110 =
	// 284.45) = 284, base 2845; the discounts' tax-exclusive part 3027 −
	// 2845 = 182, 91 a line. Shares of 284 by 918:918:1009 are 91.63,
	// 91.63, 100.72: floors 91+91+100 = 282, the 2 yen left go to the two
	// largest remainders (line-c, then line-a first in ID order).
	disc := []family.AppliedDiscount{{Name: "家族割", Tax: family.Standard, Amount: 100, TaxIncluded: true}}
	want := []family.Invoice{{
		Date:      billDate,
		RatesFrom: billing.Date{Year: 2019, Month: 10, Day: 1},
		MioID:     "mio-0001",
		Payer:     eligibility.Holder{Kana: takashiKana},
		Card:      family.Card{Name: takashiCard, Last4: "1111"},
		Lines: []family.LineBill{
			{ID: "line-a", Voice: true, Holder: eligibility.Holder{Kana: takashiKana},
				Charges: []family.Charge{charge("monthly fee", 1009)}, Subtotal: 1009,
				Discounts: disc, Discount: 91, Tax: 92, Total: 1010},
			{ID: "line-b", Voice: true, Holder: eligibility.Holder{Kana: hanakoKana},
				Charges: []family.Charge{charge("monthly fee", 1009)}, Subtotal: 1009,
				Discounts: disc, Discount: 91, Tax: 91, Total: 1009},
			{ID: "line-c", Holder: eligibility.Holder{Kana: yukiKana},
				Charges: []family.Charge{charge("monthly fee", 1009)}, Subtotal: 1009,
				Discounts: []family.AppliedDiscount{}, Tax: 101, Total: 1110},
		},
		Subtotal: 3027,
		Discount: 182,
		Taxes:    []family.TaxLine{{Category: family.Standard, Rate: 10, Base: 2845, Tax: 284}},
		Tax:      284,
		Total:    3129, // 3329 without the discount: exactly ¥100 a line less
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Bill(aggregate) mismatch (-want +got):\n%s", diff)
	}
}

// TestBillPerLineF2 checks that each line is its own invoice, to its own
// holder's card, with its tax rounded on its own.
func TestBillPerLineF2(t *testing.T) {
	a := threeLines(family.PerLine)
	got, err := family.Bill(a, family.IIJmio(5))
	if err != nil {
		t.Fatalf("Bill: %v", err)
	}
	type row struct {
		ID, Payer, Last4 string
		Discount, Tax    billing.Yen
		Total            billing.Yen
	}
	want := []row{
		// 1009 + 100 (1009 × 10% = 100.9 → 100) = 1109 tax included, less
		// ¥100 = 1009; its tax floor(1009 × 10/110 = 91.7) = 91, base 918.
		{"line-a", takashiKana, "1111", 91, 91, 1009},
		{"line-b", hanakoKana, "2222", 91, 91, 1009},
		{"line-c", yukiKana, "3333", 0, 100, 1109},
	}
	var rows []row
	for _, inv := range got {
		if len(inv.Lines) != 1 {
			t.Fatalf("invoice %+v: want one per-line line", inv)
		}
		l := inv.Lines[0]
		if l.Tax != inv.Tax || l.Total != inv.Total {
			t.Errorf("line %s: line tax/total %v/%v, invoice %v/%v", l.ID, l.Tax, l.Total, inv.Tax, inv.Total)
		}
		rows = append(rows, row{l.ID, inv.Payer.Kana, inv.Card.Last4, inv.Discount, inv.Tax, inv.Total})
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("Bill(per-line) mismatch (-want +got):\n%s", diff)
	}
}

// TestBothModesF1F2 shows the qualified-invoice rounding difference:
// one rounding over three lines against three roundings.
func TestBothModesF1F2(t *testing.T) {
	tests := []struct {
		name     string
		plan     func() family.Plan
		agg, per totals
		diff     billing.Yen
	}{
		{
			name: "no discount, round down",
			plan: noDiscount,
			// 3027 × 10% = 302.7 → 302 once; 100.9 → 100 three times.
			agg:  totals{Invoices: 1, Subtotal: 3027, Tax: 302, Total: 3329},
			per:  totals{Invoices: 3, Subtotal: 3027, Tax: 300, Total: 3327},
			diff: -2,
		},
		{
			name: "F4 family discount, round down",
			plan: func() family.Plan { return family.IIJmio(5) },
			// ¥100 a voice line tax included: 3329 − 200 once (tax 284 on
			// 3129); per line 1109 − 100 = 1009 (tax 91) twice, and 1109.
			agg:  totals{Invoices: 1, Subtotal: 3027, Discount: 182, Tax: 284, Total: 3129},
			per:  totals{Invoices: 3, Subtotal: 3027, Discount: 182, Tax: 282, Total: 3127},
			diff: -2,
		},
		{
			name: "F4 discount aggregate only",
			plan: func() family.Plan {
				p := family.IIJmio(5)
				p.Discounts[0].AggregateOnly = true
				return p
			},
			agg:  totals{Invoices: 1, Subtotal: 3027, Discount: 182, Tax: 284, Total: 3129},
			per:  totals{Invoices: 3, Subtotal: 3027, Tax: 300, Total: 3327},
			diff: 198,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			agg, per, err := bothModes(threeLines(family.Aggregate), tt.plan())
			if err != nil {
				t.Fatalf("Bill: %v", err)
			}
			at, pt := sum(agg), sum(per)
			if diff := cmp.Diff(tt.agg, at); diff != "" {
				t.Errorf("aggregate totals (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.per, pt); diff != "" {
				t.Errorf("per-line totals (-want +got):\n%s", diff)
			}
			if d := pt.Total - at.Total; d != tt.diff {
				t.Errorf("difference = %v, want %v", d, tt.diff)
			}
		})
	}
}

// mutate returns threeLines(mode) changed by f.
func mutate(mode family.Mode, f func(a *family.Account)) family.Account {
	a := threeLines(mode)
	f(&a)
	return a
}

func TestBillErrors(t *testing.T) {
	pan := "4111111111111111" // a test card number; must never be echoed
	tests := []struct {
		name      string
		a         family.Account
		p         family.Plan
		want      error
		line      string
		field     string
		forbidden string // text the error must not contain
	}{
		{name: "no lines", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines = nil }),
			want: family.ErrEmpty, field: "lines"},
		{name: "F3 unset mode", a: threeLines(0), want: family.ErrEmpty, field: "mode"},
		{name: "out-of-range mode", a: threeLines(family.Mode(9)), want: family.ErrUnknown, field: "mode"},
		{name: "duplicate line ID", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[1].ID = "line-b" }),
			want: family.ErrConflict, line: "line-b", field: "id"},
		{name: "duplicate line ID after width folding", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[1].ID = "ｌｉｎｅ－ｂ" }),
			want: family.ErrConflict, line: "line-b", field: "id"},
		{name: "F1 line under another mioID in aggregate mode", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[2].MioID = "mio-9999" }),
			want: family.ErrConflict, line: "line-c", field: "mioID"},
		{name: "F1 empty line mioID", a: mutate(family.PerLine, func(a *family.Account) { a.Lines[2].MioID = "　" }),
			want: family.ErrEmpty, line: "line-c", field: "mioID"},
		{name: "more lines than the plan allows", a: threeLines(family.Aggregate),
			p: func() family.Plan { p := noDiscount(); p.MaxLines = 2; return p }(), want: family.ErrRange, field: "lines"},
		{name: "more lines than the hard limit", a: mutate(family.Aggregate, func(a *family.Account) {
			a.Lines = make([]family.Line, family.MaxLines+1)
		}), want: family.ErrTooLong, field: "lines"},
		{name: "negative amount", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[0].Charges[0].Amount = -1 }),
			want: family.ErrRange, line: "line-b", field: "charges[0].amount"},
		// Amounts are bounded by MaxChargeAmount, so no sum can overflow:
		// what used to overflow is refused as out of range.
		{name: "amount above the bound", a: mutate(family.Aggregate, func(a *family.Account) {
			a.Lines[0].Charges = []family.Charge{charge("a", 1), charge("b", family.MaxChargeAmount+1)}
		}), want: family.ErrRange, line: "line-b", field: "charges[1].amount"},
		{name: "card number as an amount", a: mutate(family.PerLine, func(a *family.Account) {
			a.Lines[0].Charges = []family.Charge{charge("a", 4539148803436467)}
		}), want: family.ErrRange, line: "line-b", field: "charges[0].amount"},
		{name: "amounts that would overflow", a: mutate(family.Aggregate, func(a *family.Account) {
			a.Lines[0].Charges = []family.Charge{charge("a", 1<<62), charge("b", 1<<62)}
		}), want: family.ErrRange, line: "line-b", field: "charges[0].amount"},
		{name: "unknown tax category", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[0].Charges[0].Tax = 0 }),
			want: family.ErrEmpty, line: "line-b", field: "charges[0].tax"},
		{name: "out-of-range tax category", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[0].Charges[0].Tax = 7 }),
			want: family.ErrUnknown, line: "line-b", field: "charges[0].tax"},
		{name: "before consumption tax", a: mutate(family.Aggregate, func(a *family.Account) { a.Date = billing.Date{Year: 1989, Month: 3, Day: 31} }),
			want: family.ErrRange, field: "date"},
		{name: "zero date, none given", a: mutate(family.Aggregate, func(a *family.Account) { a.Date = billing.Date{} }),
			want: family.ErrEmpty, field: "date"},
		{name: "invalid date", a: mutate(family.Aggregate, func(a *family.Account) { a.Date = billing.Date{Year: 2026, Month: 2, Day: 30} }),
			want: family.ErrRange, field: "date"},
		{name: "C1 per-line card in another name", a: mutate(family.PerLine, func(a *family.Account) { a.Lines[0].Card.Name = otherCard }),
			want: family.ErrConflict, line: "line-b", field: "card"},
		{name: "C1 family member's card for the owner's line", a: mutate(family.PerLine, func(a *family.Account) { a.Lines[1].Card.Name = hanakoCard }),
			want: family.ErrConflict, line: "line-a", field: "card"},
		{name: "C1 card name in kana is no verdict but bad input", a: mutate(family.PerLine, func(a *family.Account) { a.Lines[0].Card.Name = "ヤマダ ハナコ" }),
			want: family.ErrSyntax, line: "line-b", field: "card"},
		{name: "C1 holder's name in Latin letters is no verdict but bad input", a: mutate(family.PerLine, func(a *family.Account) { a.Lines[0].Holder.Kana = "YAMADA HANAKO" }),
			want: family.ErrSyntax, line: "line-b", field: "holder.kana"},
		{name: "C1 owner's name in kanji is no verdict but bad input", a: mutate(family.Aggregate, func(a *family.Account) { a.Owner.Kana = "山田 隆" }),
			want: family.ErrSyntax, field: "owner.kana"},
		{name: "C1 aggregate owner card in another name", a: mutate(family.Aggregate, func(a *family.Account) { a.Card.Name = hanakoCard }),
			want: family.ErrConflict, field: "card"},
		{name: "per-line without a card", a: mutate(family.PerLine, func(a *family.Account) { a.Lines[2].Card = family.Card{} }),
			want: family.ErrEmpty, line: "line-c", field: "card"},
		{name: "aggregate without the owner's card", a: mutate(family.Aggregate, func(a *family.Account) { a.Card = family.Card{} }),
			want: family.ErrEmpty, field: "card"},
		{name: "full card number as last4 is not echoed", a: mutate(family.Aggregate, func(a *family.Account) { a.Card.Last4 = pan }),
			want: family.ErrSyntax, field: "card", forbidden: pan},
		{name: "card number in a description is refused", a: mutate(family.Aggregate, func(a *family.Account) {
			a.Lines[0].Charges[0].Description = "card 4111 1111 1111 1111"
		}), want: family.ErrCardNumber, line: "line-b", field: "charges[0].description", forbidden: "1111 1111"},
		// Text equal to text already checked is not checked again; text that
		// differs is, on any line.
		{name: "card number in a later line's description", a: mutate(family.Aggregate, func(a *family.Account) {
			a.Lines[2].Charges = append(a.Lines[2].Charges, charge("card 4111 1111 1111 1111", 1))
		}), want: family.ErrCardNumber, line: "line-c", field: "charges[1].description", forbidden: "1111 1111"},
		{name: "control character in a later line's holder", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[2].Holder.Kana = "ヤマダ\x00" }),
			want: family.ErrText, line: "line-c", field: "holder.kana"},
		{name: "C1 same holder as an earlier line, another name on the card", a: mutate(family.PerLine, func(a *family.Account) {
			a.Lines[2].Holder, a.Lines[2].Card.Name = a.Lines[1].Holder, otherCard
		}), want: family.ErrConflict, line: "line-c", field: "card"},
		{name: "C1 same card as an earlier line, another holder", a: mutate(family.PerLine, func(a *family.Account) {
			a.Lines[2].Card = a.Lines[1].Card
		}), want: family.ErrConflict, line: "line-c", field: "card"},
		{name: "card number as line ID is refused", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[0].ID = pan }),
			want: family.ErrCardNumber, field: "lines[0].id", forbidden: pan},
		{name: "full-width card number as line ID is refused", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[0].ID = "４１１１１１１１１１１１１１１１" }),
			want: family.ErrCardNumber, field: "lines[0].id", forbidden: "４１１１"},
		{name: "empty line ID", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[0].ID = " " }),
			want: family.ErrEmpty, field: "lines[0].id"},
		{name: "empty description", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[0].Charges[0].Description = "" }),
			want: family.ErrEmpty, line: "line-b", field: "charges[0].description"},
		{name: "card number as a line's user is refused", a: mutate(family.PerLine, func(a *family.Account) { a.Lines[2].User = "4111 1111 1111 1111" }),
			want: family.ErrCardNumber, line: "line-c", field: "user", forbidden: "1111 1111"},
		{name: "control character in holder", a: mutate(family.Aggregate, func(a *family.Account) { a.Lines[0].Holder.Kana = "ヤマダ\x00" }),
			want: family.ErrText, line: "line-b", field: "holder.kana"},
		{name: "invalid UTF-8 in owner", a: mutate(family.Aggregate, func(a *family.Account) { a.Owner.Kana = "\xff" }),
			want: family.ErrText, field: "owner.kana"},
		{name: "over-long description", a: mutate(family.Aggregate, func(a *family.Account) {
			a.Lines[0].Charges[0].Description = strings.Repeat("x", family.MaxDescriptionBytes+1)
		}), want: family.ErrTooLong, line: "line-b", field: "charges[0].description"},
		{name: "over-long mioID", a: mutate(family.Aggregate, func(a *family.Account) { a.MioID = strings.Repeat("m", family.MaxIDBytes+1) }),
			want: family.ErrTooLong, field: "mioID"},
		{name: "too many charges", a: mutate(family.Aggregate, func(a *family.Account) {
			a.Lines[0].Charges = make([]family.Charge, family.MaxChargesPerLine+1)
		}), want: family.ErrTooLong, line: "line-b", field: "charges"},
		{name: "plan without a line limit", a: threeLines(family.Aggregate),
			p: func() family.Plan { p := noDiscount(); p.MaxLines = 0; return p }(), want: family.ErrRange, field: "maxLines"},
		{name: "F4 discount cap 0", a: threeLines(family.Aggregate),
			p: family.IIJmio(0), want: family.ErrRange, field: "discounts[0].cap"},
		{name: "F4 discount without amount", a: threeLines(family.Aggregate),
			p: func() family.Plan { p := family.IIJmio(5); p.Discounts[0].PerLine = 0; return p }(), want: family.ErrRange, field: "discounts[0].perLine"},
		{name: "F4 discount of unknown tax category", a: threeLines(family.Aggregate),
			p: func() family.Plan { p := family.IIJmio(5); p.Discounts[0].Tax = 9; return p }(), want: family.ErrUnknown, field: "discounts[0].tax"},
		{name: "CH2 charge day beyond the 28th", a: threeLines(family.Aggregate),
			p: func() family.Plan { p := family.IIJmio(5); p.ChargeDay = 29; return p }(), want: family.ErrRange, field: "chargeDay"},
		{name: "F4 too many discounts", a: threeLines(family.Aggregate),
			p: func() family.Plan {
				p := family.IIJmio(5)
				for len(p.Discounts) <= family.MaxDiscounts {
					p.Discounts = append(p.Discounts, p.Discounts[0])
				}
				return p
			}(), want: family.ErrTooLong, field: "discounts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.p
			if p.MaxLines == 0 && p.ChargeDay == 0 { // no plan in the row: the default
				p = noDiscount()
			}
			got, err := family.Bill(tt.a, p)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Bill() = %v, %v; want error %v", got, err, tt.want)
			}
			var ie *family.Error
			if !errors.As(err, &ie) {
				t.Fatalf("Bill() error %T, want *family.Error", err)
			}
			if ie.Func != "Bill" || ie.Line != tt.line || ie.Field != tt.field {
				t.Errorf("Bill() error from %q at line %q field %q, want Bill, line %q field %q (%v)", ie.Func, ie.Line, ie.Field, tt.line, tt.field, err)
			}
			// The sentence for a person, in either language, names neither
			// the field's key nor the sentinel's text, nor a card number.
			for _, tag := range []language.Tag{language.Japanese, language.English} {
				m := ie.Message(tag)
				if m == "" || panpkg.Contains(m) || (tt.forbidden != "" && strings.Contains(m, tt.forbidden)) ||
					strings.Contains(m, "family:") || (strings.Contains(tt.field, ".") && strings.Contains(m, tt.field)) {
					t.Errorf("Message(%v) = %q", tag, m)
				}
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "family: ") || (tt.forbidden != "" && strings.Contains(msg, tt.forbidden)) {
				t.Errorf("Bill() error text %q: want the family: prefix and no %q", msg, tt.forbidden)
			}
			// No error holds a run that may be a card number, as the one
			// detector reads runs (every separator, escaped forms).
			if msg := err.Error(); panpkg.Contains(msg) {
				t.Errorf("Bill() error text %q holds a card number", msg)
			}
			if got != nil {
				t.Errorf("Bill() = %v with an error, want nil invoices", got)
			}
		})
	}
}

// TestBillModesF1F2 checks what each mode needs and ignores.
func TestBillModesF1F2(t *testing.T) {
	tests := []struct {
		name     string
		a        family.Account
		invoices int
		discount billing.Yen // tax-exclusive: two ¥100 tax-included discounts are ¥182
	}{
		{"F1 aggregate ignores the lines' own cards",
			mutate(family.Aggregate, func(a *family.Account) { a.Lines[0].Card = family.Card{} }), 1, 182},
		{"F2 per-line ignores the owner's card",
			mutate(family.PerLine, func(a *family.Account) { a.Card = family.Card{} }), 3, 182},
		{"F2 C1 each member pays with a card in their own name",
			threeLines(family.PerLine), 3, 182},
		{"F2 per-line allows a line under another mioID, which F4 does not count",
			mutate(family.PerLine, func(a *family.Account) { a.Lines[0].MioID = "mio-0002" }), 3, 0},
		{"F1 a line's mioID typed in full width is the account's",
			mutate(family.Aggregate, func(a *family.Account) { a.Lines[2].MioID = "ｍｉｏ－０００１" }), 1, 182},
		{"F2 C1 one holder pays for two lines with one card",
			mutate(family.PerLine, func(a *family.Account) { a.Lines[2].Holder, a.Lines[2].Card = a.Lines[1].Holder, a.Lines[1].Card }), 3, 182},
		{"input normalised: full-width IDs and half-width kana",
			mutate(family.PerLine, func(a *family.Account) {
				a.Lines[0].ID = "ｌｉｎｅ－ｂ"
				a.Lines[0].Holder.Kana = "ﾔﾏﾀﾞ ﾊﾅｺ"
				a.Lines[0].Card.Last4 = "２２２２"
			}), 3, 182},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := family.Bill(tt.a, family.IIJmio(5))
			if err != nil {
				t.Fatalf("Bill: %v", err)
			}
			totals := sum(got)
			if len(got) != tt.invoices || totals.Discount != tt.discount {
				t.Errorf("Bill() gave %d invoices, discount %v; want %d, %v", len(got), totals.Discount, tt.invoices, tt.discount)
			}
			for i := 1; i < len(got); i++ {
				if got[i-1].Lines[0].ID >= got[i].Lines[0].ID {
					t.Errorf("invoices not in ascending line ID order: %q before %q", got[i-1].Lines[0].ID, got[i].Lines[0].ID)
				}
			}
		})
	}
}

// voiceLines returns an aggregate account of n voice lines and m data lines,
// each with an illustrative ¥1,000 fee.
func voiceLines(n, m int) family.Account {
	a := threeLines(family.Aggregate)
	a.Lines = nil
	for i := range n + m {
		a.Lines = append(a.Lines, family.Line{
			ID: "line-" + string(rune('a'+i)), Voice: i < n, MioID: a.MioID, Holder: eligibility.Holder{Kana: takashiKana},
			Card: a.Card, Charges: []family.Charge{charge("monthly fee", 1000)},
		})
	}
	return a
}

// TestFamilyDiscountF4 checks the discount's conditions.
func TestFamilyDiscountF4(t *testing.T) {
	famDisc := func(cap int) family.Discount { return family.IIJmio(cap).Discounts[0] }
	tests := []struct {
		name       string
		a          family.Account
		d          family.Discount
		discounted string      // which lines get a discount, by ID letter
		amount     billing.Yen // the discounts' amounts: tax included for the family discount
	}{
		{"F4 one voice line is not enough", voiceLines(1, 2), famDisc(5), "", 0},
		{"F4 two voice lines", voiceLines(2, 1), famDisc(5), "ab", 200},
		{"F4 data lines do not count", voiceLines(2, 3), famDisc(5), "ab", 200},
		{"F4 cap 5 of 7 voice lines, lowest IDs first", voiceLines(7, 0), famDisc(5), "abcde", 500},
		{"F4 cap 10 of 7 voice lines", voiceLines(7, 0), famDisc(10), "abcdefg", 700},
		{"F4 discount capped at the line's charges",
			mutate(family.Aggregate, func(a *family.Account) { a.Lines[0].Charges[0].Amount = 60 }),
			famDisc(5), "ab", 166}, // ¥60 and its ¥6 tax
		{"F4 discount only on its tax category",
			mutate(family.Aggregate, func(a *family.Account) { a.Lines[0].Charges[0].Tax = family.NonTaxable }),
			famDisc(5), "a", 100},
		{"F4 a discount on every kind of line, minimum 1, cap 3",
			voiceLines(2, 2), family.Discount{Name: "any", MinLines: 1, Cap: 3, PerLine: 50, Tax: family.Standard}, "abc", 150},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := noDiscount()
			p.Discounts = []family.Discount{tt.d}
			got, err := family.Bill(tt.a, p)
			if err != nil {
				t.Fatalf("Bill: %v", err)
			}
			var ids string
			var total, ex billing.Yen
			for _, l := range got[0].Lines {
				if len(l.Discounts) > 0 {
					ids += strings.TrimPrefix(l.ID, "line-")
				}
				var parts billing.Yen
				for _, d := range l.Discounts {
					parts += d.Amount
				}
				if !tt.d.TaxIncluded && parts != l.Discount {
					t.Errorf("line %s: discounts add to %v, Discount = %v", l.ID, parts, l.Discount)
				}
				total += parts
				ex += l.Discount
			}
			if ids != tt.discounted || total != tt.amount || got[0].Discount != ex {
				t.Errorf("discounted lines %q, amounts %v (tax-exclusive %v, invoice %v); want %q, %v", ids, total, ex, got[0].Discount, tt.discounted, tt.amount)
			}
		})
	}
}

// TestTaxRounding checks that each invoice's tax is rounded down once
// (切り捨て).
func TestTaxRounding(t *testing.T) {
	tests := []struct {
		base, want billing.Yen
	}{
		{1005, 100}, // 100.5
		{1009, 100}, // 100.9
		{1000, 100}, // exact
		{9, 0},      // 0.9
		{0, 0},
		{family.MaxChargeAmount, family.MaxChargeAmount / 10}, // the largest charge
	}
	for _, tt := range tests {
		a := voiceLines(1, 0)
		a.Lines[0].Charges[0].Amount = tt.base
		got, err := family.Bill(a, noDiscount())
		if err != nil {
			t.Fatalf("Bill(%v): %v", tt.base, err)
		}
		if got[0].Tax != tt.want {
			t.Errorf("tax on %v = %v, want %v", tt.base, got[0].Tax, tt.want)
		}
	}
}

// TestTaxRatesByDate checks that the billing date picks the rate: rules that change over time take a date.
func TestTaxRatesByDate(t *testing.T) {
	tests := []struct {
		date string
		rate int
		from string
	}{
		{"1989-04-01", 3, "1989-04-01"},
		{"1997-03-31", 3, "1989-04-01"},
		{"1997-04-01", 5, "1997-04-01"},
		{"2014-04-01", 8, "2014-04-01"},
		{"2019-09-30", 8, "2014-04-01"},
		{"2019-10-01", 10, "2019-10-01"},
		{"2026-11-25", 10, "2019-10-01"},
	}
	for _, tt := range tests {
		a := voiceLines(1, 0)
		a.Date = billing.MustParseDate(tt.date)
		a.Lines[0].Charges = append(a.Lines[0].Charges,
			family.Charge{Description: "late charge (illustrative)", Amount: 50, Tax: family.NonTaxable})
		got, err := family.Bill(a, noDiscount())
		if err != nil {
			t.Fatalf("Bill on %s: %v", tt.date, err)
		}
		want := []family.TaxLine{
			{Category: family.Standard, Rate: tt.rate, Base: 1000, Tax: billing.Yen(10 * tt.rate)},
			{Category: family.NonTaxable, Rate: 0, Base: 50, Tax: 0},
		}
		if diff := cmp.Diff(want, got[0].Taxes); diff != "" || got[0].RatesFrom.String() != tt.from {
			t.Errorf("Bill on %s: rates from %v, taxes (-want +got):\n%s", tt.date, got[0].RatesFrom, diff)
		}
	}
}

// TestMixedRates checks one rounding per rate, and the per-rate split across
// lines.
func TestMixedRates(t *testing.T) {
	a := threeLines(family.Aggregate)
	a.Lines[0].Charges = append(a.Lines[0].Charges, family.Charge{Description: "late charge (illustrative)", Amount: 505, Tax: family.NonTaxable})
	a.Lines[1].Charges = append(a.Lines[1].Charges, family.Charge{Description: "late charge (illustrative)", Amount: 1, Tax: family.NonTaxable})
	a.Lines[2].Charges = append(a.Lines[2].Charges, family.Charge{Description: "late charge (illustrative)", Amount: 505, Tax: family.NonTaxable})
	got, err := family.Bill(a, noDiscount())
	if err != nil {
		t.Fatal(err)
	}
	want := []family.TaxLine{
		{Category: family.Standard, Rate: 10, Base: 3027, Tax: 302}, // 302.7
		{Category: family.NonTaxable, Rate: 0, Base: 1011, Tax: 0},
	}
	if diff := cmp.Diff(want, got[0].Taxes); diff != "" {
		t.Errorf("taxes (-want +got):\n%s", diff)
	}
	// Standard 302 by 1009 each: 100.67 → 100,100,100 + 2 to a, b.
	// Non-taxable: no tax to share.
	var lineTax []billing.Yen
	for _, l := range got[0].Lines {
		lineTax = append(lineTax, l.Tax)
	}
	if diff := cmp.Diff([]billing.Yen{101, 101, 100}, lineTax); diff != "" {
		t.Errorf("line taxes (-want +got):\n%s", diff)
	}
}

// TestBillNormalises checks that invoices carry normalised text: F2 with
// C1 for a card typed in full width and a holder in half-width kana, and a
// line's user apart from its holder.
func TestBillNormalises(t *testing.T) {
	a := threeLines(family.PerLine)
	a.Lines[0].Holder.Kana = "ﾔﾏﾀﾞ ﾊﾅｺ"
	a.Lines[0].Card = family.Card{Name: "ＹＡＭＡＤＡ　ＨＡＮＡＫＯ", Last4: "２２２２"}
	a.Lines[2].User = "ﾔﾏﾀﾞ ｻｸﾗ"
	got, err := family.Bill(a, family.IIJmio(5))
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ ID, Holder, User, Payer, Card string }
	var rows []row
	for _, inv := range got {
		l := inv.Lines[0]
		rows = append(rows, row{l.ID, l.Holder.Kana, l.User, inv.Payer.Kana, inv.Card.Name + "/" + inv.Card.Last4})
	}
	want := []row{
		{"line-a", takashiKana, "", takashiKana, takashiCard + "/1111"},
		{"line-b", hanakoKana, "", hanakoKana, hanakoCard + "/2222"},
		{"line-c", yukiKana, "ヤマダ サクラ", yukiKana, yukiCard + "/3333"},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("normalised invoices (-want +got):\n%s", diff)
	}
}

// TestSmallVoiceLines: F4's tax-included ¥100 on voice lines that cost
// less than it (a line added late in the month) never takes a line's
// discount past its charges, nor its total below zero, and the lines add
// up to the invoice: the rounding of the discounts' tax-exclusive part
// gave a ¥20 line ¥21 (voice ¥20, voice ¥9, data ¥10), and Bill panicked;
// no line without the discount is given any of it (data ¥1 first in ID
// order).
func TestSmallVoiceLines(t *testing.T) {
	step := billing.Yen(1)
	if testing.Short() {
		step = 5
	}
	for _, c := range []billing.Yen{0, 1, 10, 440, 990, 1500} {
		for a := billing.Yen(1); a <= 91; a += step {
			for b := billing.Yen(1); b <= 91; b += step {
				acc := threeLines(family.Aggregate)
				if c%2 == 1 {
					// The data line first in ID order: a yen the rounding
					// leaves over goes to a discounted line, never to it.
					for j := range acc.Lines {
						if acc.Lines[j].ID == "line-c" {
							acc.Lines[j].ID = "line-0"
						}
					}
				}
				for i, yen := range map[string]billing.Yen{"line-a": a, "line-b": b, "line-c": c, "line-0": c} {
					for j := range acc.Lines {
						if acc.Lines[j].ID == i {
							acc.Lines[j].Charges = []family.Charge{charge("monthly fee", yen)}
						}
					}
				}
				for _, mode := range []family.Mode{family.Aggregate, family.PerLine} {
					acc.Mode = mode
					invs, err := family.Bill(acc, family.IIJmio(5))
					if err != nil {
						t.Fatalf("voice ¥%d, voice ¥%d, data ¥%d, %v: %v", a, b, c, mode, err)
					}
					for _, inv := range invs {
						var total, tax, disc billing.Yen
						for _, l := range inv.Lines {
							if l.Discount > l.Subtotal || l.Total < 0 || l.Discount != 0 && len(l.Discounts) == 0 {
								t.Fatalf("voice ¥%d, voice ¥%d, data ¥%d, %v: line %s subtotal %v, discount %v (%v), total %v", a, b, c, mode, l.ID, l.Subtotal, l.Discount, l.Discounts, l.Total)
							}
							total, tax, disc = total+l.Total, tax+l.Tax, disc+l.Discount
						}
						if total != inv.Total || tax != inv.Tax || disc != inv.Discount {
							t.Fatalf("voice ¥%d, voice ¥%d, data ¥%d, %v: lines add to %v/%v/%v, invoice %v/%v/%v", a, b, c, mode, total, tax, disc, inv.Total, inv.Tax, inv.Discount)
						}
					}
				}
			}
		}
	}
}
