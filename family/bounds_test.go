package family_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/family"
	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/bound/boundtest"
	"github.com/kessai-jp/kessai/internal/pan"
)

// hostile is what the size tests fill an over-long field with: digits with
// separators of several kinds, an ideographic space, a right-to-left
// override, quotes and a backslash.
const hostile = "4111 1111-1111　1111\u202e\"\\ "

// TestSizeFlat: every entry point that takes text refuses an over-long
// input at a cost that does not grow with it (Bounds in the package doc):
// the allocation and time of Bill, the Parse functions, the UnmarshalText
// methods and Card's Format, MarshalText and GobEncode are the same at
// 1 KiB, 1 MiB and 10 MiB (100 MiB with -tags kessai_huge).
func TestSizeFlat(t *testing.T) {
	str := func(n int) any { return boundtest.Repeat(hostile, n) }
	byt := func(n int) any { return []byte(boundtest.Repeat(hostile, n)) }
	// bill puts an over-long text into one field of an account.
	bill := func(set func(a *family.Account, s string)) func(n int) any {
		return func(n int) any {
			a := threeLines(family.Aggregate)
			a.Lines = append([]family.Line(nil), a.Lines...)
			set(&a, boundtest.Repeat(hostile, n))
			return a
		}
	}
	callBill := func(in any) { _, _ = family.Bill(in.(family.Account), noDiscount()) }
	var sinkErr error
	var sinkStr string
	cases := []boundtest.Case{
		{Name: "Mode.UnmarshalText", Bound: 64, Input: byt, Call: func(in any) { var m family.Mode; sinkErr = m.UnmarshalText(in.([]byte)) }},
		{Name: "TaxCategory.UnmarshalText", Bound: 64, Input: byt, Call: func(in any) { var c family.TaxCategory; sinkErr = c.UnmarshalText(in.([]byte)) }},
		{Name: "Mode.UnmarshalText", Bound: 64, Input: byt, Call: func(in any) { var m family.Mode; sinkErr = m.UnmarshalText(in.([]byte)) }},
		{Name: "TaxCategory.UnmarshalText", Bound: 64, Input: byt, Call: func(in any) { var c family.TaxCategory; sinkErr = c.UnmarshalText(in.([]byte)) }},
		{Name: "Card.UnmarshalText", Bound: family.MaxNameBytes, Input: byt, Call: func(in any) { var c family.Card; sinkErr = c.UnmarshalText(in.([]byte)) }},
		{Name: "Card.Format", Bound: family.MaxNameBytes, Input: str, Call: func(in any) {
			sinkStr = fmt.Sprintf("%v%#v", family.Card{Name: in.(string), Last4: in.(string)}, family.Card{Name: in.(string)})
		}},
		{Name: "Card.GobEncode", Bound: family.MaxNameBytes, Input: str, Call: func(in any) { _, sinkErr = family.Card{Name: in.(string)}.GobEncode() }},
		{Name: "Card.MarshalText", Bound: family.MaxNameBytes, Input: str, Call: func(in any) { _, sinkErr = json.Marshal(family.Card{Name: in.(string)}) }},
		{Name: "Bill/mioID", Bound: family.MaxIDBytes, Input: bill(func(a *family.Account, s string) { a.MioID = s }), Call: callBill},
		{Name: "Bill/owner", Bound: family.MaxNameBytes, Input: bill(func(a *family.Account, s string) { a.Owner.Kana = s }), Call: callBill},
		{Name: "Bill/card.name", Bound: family.MaxNameBytes, Input: bill(func(a *family.Account, s string) { a.Card.Name = s }), Call: callBill},
		{Name: "Bill/card.last4", Bound: family.MaxNameBytes, Input: bill(func(a *family.Account, s string) { a.Card.Last4 = s }), Call: callBill},
		{Name: "Bill/id", Bound: family.MaxIDBytes, Input: bill(func(a *family.Account, s string) { a.Lines[2].ID = s }), Call: callBill},
		{Name: "Bill/holder", Bound: family.MaxNameBytes, Input: bill(func(a *family.Account, s string) { a.Lines[2].Holder.Kana = s }), Call: callBill},
		{Name: "Bill/user", Bound: family.MaxNameBytes, Input: bill(func(a *family.Account, s string) { a.Lines[2].User = s }), Call: callBill},
		{Name: "Bill/description", Bound: family.MaxDescriptionBytes, Input: bill(func(a *family.Account, s string) {
			a.Lines[2].Charges = []family.Charge{{Description: s, Amount: 1, Tax: family.Standard}}
		}), Call: callBill},
		{Name: "Bill/lines", Bound: family.MaxLines * 64, Input: func(n int) any {
			a := threeLines(family.Aggregate)
			a.Lines = make([]family.Line, n/64)
			return a
		}, Call: callBill},
		{Name: "Bill/charges", Bound: family.MaxChargesPerLine * 64, Input: bill(func(a *family.Account, s string) {
			a.Lines[2].Charges = make([]family.Charge, len(s)/64)
		}), Call: callBill},
		{Name: "Bill/conditions", Bound: family.MaxConditionBytes, Input: bill(func(a *family.Account, s string) { a.Conditions = []string{s} }), Call: callBill},
		{Name: "Plan.Validate/discount.requires", Bound: family.MaxConditionBytes, Input: func(n int) any {
			p := family.IIJmio(5)
			p.Discounts[0].Requires = boundtest.Repeat(hostile, n)
			return p
		}, Call: func(in any) { sinkErr = in.(family.Plan).Validate() }},
		{Name: "Plan.Validate/discount.name", Bound: family.MaxNameBytes, Input: func(n int) any {
			p := family.IIJmio(5)
			p.Discounts[0].Name = boundtest.Repeat(hostile, n)
			return p
		}, Call: func(in any) { sinkErr = in.(family.Plan).Validate() }},
	}
	boundtest.Flat(t, cases)
	_, _ = sinkErr, sinkStr
}

// TestInvisibleRefused: bidirectional controls and the other invisible
// format characters are refused in every text field with ErrText, so no
// invoice carries one and a support screen cannot be made to show a name
// or an amount reversed.
func TestInvisibleRefused(t *testing.T) {
	invisible := []string{
		"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", // embeddings, pop, overrides
		"\u2066", "\u2067", "\u2068", "\u2069", // isolates
		"\u200e", "\u200f", "\u061c", // marks
		"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", // zero width, joiners, word joiner, BOM, soft hyphen
		"\u2028", "\u2029", // line and paragraph separators
	}
	fields := []struct {
		field string
		set   func(a *family.Account, s string)
	}{
		{"mioID", func(a *family.Account, s string) { a.MioID = "mio-0001" + s }},
		{"owner.kana", func(a *family.Account, s string) { a.Owner.Kana = "ヤマダ" + s + " タカシ" }},
		{"card", func(a *family.Account, s string) { a.Card.Name = "YAMADA" + s + " TAKASHI" }},
		{"lines[0].id", func(a *family.Account, s string) { a.Lines[0].ID = "line-" + s + "b" }},
		{"holder.kana", func(a *family.Account, s string) { a.Lines[0].Holder.Kana = "ヤマダ " + s + "ハナコ" }},
		{"user", func(a *family.Account, s string) { a.Lines[0].User = s + "ヤマダ ユキ" }},
		{"charges[0].description", func(a *family.Account, s string) { a.Lines[0].Charges[0].Description = "通話料" + s + "(税抜)" }},
		{"conditions[0]", func(a *family.Account, s string) { a.Conditions = []string{"notice-" + s + "email-consent"} }},
	}
	for _, r := range invisible {
		for _, f := range fields {
			a := threeLines(family.Aggregate)
			a.Lines = append([]family.Line(nil), a.Lines...)
			a.Lines[0].Charges = append([]family.Charge(nil), a.Lines[0].Charges...)
			f.set(&a, r)
			_, err := family.Bill(a, noDiscount())
			var ie *family.Error
			if !errors.Is(err, family.ErrText) || !errors.As(err, &ie) || !strings.HasSuffix(ie.Field, f.field) {
				t.Errorf("Bill with %+q in %s: error %v, want ErrText naming the field", r, f.field, err)
			}
		}
		// A card whose name holds one is printed without its name.
		c := family.Card{Name: "YAMADA" + r + "TARO", Last4: "1234"}
		if s := fmt.Sprint(c); strings.Contains(s, r) {
			t.Errorf("Card with %+q in its name prints %q", r, s)
		}
	}
}

// TestNamesHaveNoDigits: a name field refuses digits in every mode (F1
// aggregate billing matches no line holder against a card, and accepted a
// card number as one): a run that may be a card number is ErrCardNumber,
// any other digit ErrText. Nothing of the number reaches the error.
func TestNamesHaveNoDigits(t *testing.T) {
	numbers := []struct{ in, want string }{
		{"4539ー1488ー0343ー6467", "ErrCardNumber"}, // ー as kana-mode input types a hyphen
		{"4539.1488.0343.6467", "ErrCardNumber"},
		{"4539\u00a01488\u00a00343\u00a06467", "ErrCardNumber"}, // non-breaking spaces
		{"４５３９１４８８０３４３６４６７", "ErrCardNumber"},                   // full width
		{"ヤマダ タロウ2", "ErrText"},
		{"ヤマダ ①タロウ", "ErrText"},
	}
	fields := []struct {
		field string
		set   func(a *family.Account, s string)
	}{
		{"owner", func(a *family.Account, s string) { a.Owner.Kana = s }},
		{"card.name", func(a *family.Account, s string) { a.Card.Name = s }},
		{"holder", func(a *family.Account, s string) { a.Lines[0].Holder.Kana = s }},
		{"user", func(a *family.Account, s string) { a.Lines[0].User = s }},
	}
	for _, mode := range []family.Mode{family.Aggregate, family.PerLine} {
		for _, n := range numbers {
			want := family.ErrText
			if n.want == "ErrCardNumber" {
				want = family.ErrCardNumber
			}
			for _, f := range fields {
				if mode == family.PerLine && f.field == "card.name" {
					continue // the owner's card is not used per line
				}
				a := threeLines(mode)
				a.Lines = append([]family.Line(nil), a.Lines...)
				f.set(&a, n.in)
				_, err := family.Bill(a, noDiscount())
				if !errors.Is(err, want) {
					t.Errorf("%v: Bill with %s = %q: error %v, want %s", mode, f.field, n.in, err, n.want)
					continue
				}
				if got := pan.LongestRun(err.Error()); got > 4 {
					t.Errorf("%v: Bill with %s = %q: error %q shows %d digits of it", mode, f.field, n.in, err, got)
				}
			}
		}
	}
	// The card's own String never shows such a name.
	c := family.Card{Name: "4539ー1488ー0343ー6467", Last4: "6467"}
	if s := fmt.Sprintf("%v %+v %#v %s %q", c, c, c, c, c); pan.LongestRun(s) > 4 {
		t.Errorf("Card with a number for a name prints %q", s)
	}
}

// TestAmountRange: an amount above MaxChargeAmount, a card number typed
// into an amount field among them, is refused with ErrRange and not
// echoed; the bound itself is billed.
func TestAmountRange(t *testing.T) {
	for _, amt := range []billing.Yen{family.MaxChargeAmount + 1, 4539148803436467, 1 << 62} {
		for _, mode := range []family.Mode{family.Aggregate, family.PerLine} {
			a := threeLines(mode)
			a.Lines = append([]family.Line(nil), a.Lines...)
			a.Lines[1].Charges = []family.Charge{charge("device", amt)}
			_, err := family.Bill(a, noDiscount())
			if !errors.Is(err, family.ErrRange) {
				t.Errorf("%v: Bill with a charge of %d: error %v, want ErrRange", mode, int64(amt), err)
				continue
			}
			if got := pan.LongestRun(strings.ReplaceAll(err.Error(), ",", "")); got > 8 {
				t.Errorf("%v: Bill with a charge of %d: error %q echoes it", mode, int64(amt), err)
			}
		}
		p := noDiscount()
		p.Discounts = family.IIJmio(5).Discounts
		p.Discounts[0].PerLine = amt
		if err := p.Validate(); !errors.Is(err, family.ErrRange) {
			t.Errorf("Plan with a discount of %d per line: error %v, want ErrRange", int64(amt), err)
		}
	}
	a := threeLines(family.Aggregate)
	a.Lines = append([]family.Line(nil), a.Lines...)
	a.Lines[1].Charges = []family.Charge{charge("device", family.MaxChargeAmount)}
	if _, err := family.Bill(a, noDiscount()); err != nil {
		t.Errorf("Bill with a charge of MaxChargeAmount: %v", err)
	}
}

// panSeeds are a card number in each form people type or paste it, and in
// the escaped forms of Go's %q and %+q and of JSON: the seeds of the fuzz
// tests of names and amounts.
var panSeeds = []string{
	"4539148803436467",
	"4539 1488 0343 6467",
	"4539-1488-0343-6467",
	"4539  1488  0343  6467",
	"4539ー1488ー0343ー6467",
	"4539\u30001488\u30000343\u30006467",
	"4539\u00a01488\u00a00343\u00a06467",
	"4539\u20091488\u20090343\u20096467",
	"4539—1488—0343—6467",
	"4539.1488.0343.6467",
	"4539/1488/0343/6467",
	"4539\u200b1488\u200b0343\u200b6467",
	"４５３９－１４８８－０３４３－６４６７",
	`4539\u30001488\u30000343\u30006467`,
	`"4539\u00a01488\u00a00343\u00a06467"`,
	`4539\t1488\t0343\t6467`,
	"ヤマダ\u202eウロタ",
	"YAMADA\u2066TARO\u2069",
}

// FuzzBillNamesAmounts: whatever text is typed into a name (the owner, a
// line's holder or user, the owner's card) and whatever amount into a
// charge, in either mode, Bill never panics; a name with a digit and an
// amount out of range are refused; and no error and no invoice holds a run
// that may be a card number (internal/pan, the one detector) or an
// invisible character.
func FuzzBillNamesAmounts(f *testing.F) {
	for _, s := range panSeeds {
		for which := range uint8(16) { // every name field, both modes
			f.Add(s, which, int64(1009))
		}
		f.Add("ヤマダ タロウ", uint8(0), int64(4539148803436467))
	}
	f.Add("ヤマダ タカシ", uint8(0), int64(family.MaxChargeAmount))
	f.Fuzz(func(t *testing.T, name string, which uint8, amount int64) {
		mode := family.Aggregate
		if which&8 != 0 {
			mode = family.PerLine
		}
		a := threeLines(mode)
		a.Lines = append([]family.Line(nil), a.Lines...)
		switch which % 4 {
		case 0:
			a.Owner.Kana = name
		case 1:
			a.Lines[0].Holder.Kana = name
		case 2:
			a.Lines[0].User = name
		case 3:
			a.Card.Name = name
		}
		a.Lines[1].Charges = []family.Charge{charge("device", billing.Yen(amount))}
		invs, err := family.Bill(a, noDiscount())
		if err != nil {
			if s := err.Error(); pan.Contains(s) || bound.HasInvisible(s) {
				t.Fatalf("Bill error %q", s)
			}
			return
		}
		if hasDigitRef(name) && (which%4 != 3 || mode == family.Aggregate) {
			t.Fatalf("Bill took the name %+q", name)
		}
		if amount < 0 || amount > int64(family.MaxChargeAmount) {
			t.Fatalf("Bill took the amount %d", amount)
		}
		b, err := json.Marshal(invs)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{string(b), fmt.Sprintf("%+v", invs)} {
			if pan.Contains(strings.ReplaceAll(s, ",", "")) || bound.HasInvisible(s) {
				t.Fatalf("invoices of %+q, %d: %s", name, amount, s)
			}
		}
	})
}

// hasDigitRef reports whether s holds a digit as pan reads digits.
func hasDigitRef(s string) bool {
	for _, r := range s {
		if pan.IsDigit(r) {
			return true
		}
	}
	return false
}
