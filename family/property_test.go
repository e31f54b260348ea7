package family_test

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/family"
)

var people = [...][2]string{{takashiKana, takashiCard}, {hanakoKana, hanakoCard}, {yukiKana, yukiCard}}

// randomAccount returns an account of 1 to 10 lines with 0 to 5 charges each,
// illustrative amounts up to ¥5,000, mostly standard-rated, every line under
// one mioID with a card in its holder's name.
func randomAccount(r *rand.Rand) family.Account {
	a := threeLines(family.Aggregate)
	n := 1 + r.IntN(10)
	a.Lines = make([]family.Line, n)
	for i, id := range r.Perm(n) {
		who := people[r.IntN(len(people))]
		l := family.Line{
			ID:     "line-" + strconv.Itoa(id),
			Voice:  r.IntN(3) == 0,
			MioID:  a.MioID,
			Holder: eligibility.Holder{Kana: who[0]},
			Card:   family.Card{Name: who[1], Last4: "1234"},
		}
		for j := range r.IntN(6) {
			cat := family.Standard
			if r.IntN(8) == 0 {
				cat = family.NonTaxable
			}
			l.Charges = append(l.Charges, family.Charge{
				Description: "item " + strconv.Itoa(j) + " (illustrative)",
				Amount:      billing.Yen(r.IntN(5001)),
				Tax:         cat,
			})
		}
		a.Lines[i] = l
	}
	return a
}

func randomPlan(r *rand.Rand) family.Plan {
	p := family.IIJmio([]int{5, 10}[r.IntN(2)])
	// The reference model takes tax-exclusive discounts off the base; the
	// tax-included path has its own properties (TestTaxIncludedDiscount).
	p.Discounts[0].TaxIncluded, p.Discounts[0].Requires = false, ""
	if r.IntN(3) == 0 {
		p.Discounts = append(p.Discounts, family.Discount{Name: "any line (illustrative)",
			MinLines: 1, Cap: 3, PerLine: 77, Tax: family.Standard})
	}
	return p
}

// checkInvoices checks what must hold of any result of Bill.
func checkInvoices(t *testing.T, a family.Account, p family.Plan, mode family.Mode, invs []family.Invoice) {
	t.Helper()
	// Each charge appears in exactly one invoice, on its own line.
	seen := map[string]int{}
	for _, inv := range invs {
		if mode == family.PerLine && len(inv.Lines) != 1 {
			t.Errorf("per-line invoice of %d lines", len(inv.Lines))
		}
		var sub, disc, tax, total billing.Yen
		for _, l := range inv.Lines {
			seen[l.ID]++
			var lsub, ldisc, lincl billing.Yen
			for _, c := range l.Charges {
				lsub += c.Amount
			}
			for _, d := range l.Discounts {
				if d.TaxIncluded {
					lincl += d.Amount // its tax-exclusive part is at most the amount
				} else {
					ldisc += d.Amount
				}
			}
			if lsub != l.Subtotal || l.Discount < ldisc || l.Discount > ldisc+lincl || l.Total != l.Subtotal-l.Discount+l.Tax {
				t.Errorf("line %s: subtotal %v (charges %v), discount %v (parts %v), total %v", l.ID, l.Subtotal, lsub, l.Discount, ldisc, l.Total)
			}
			sub += l.Subtotal
			disc += l.Discount
			tax += l.Tax
			total += l.Total
		}
		var rateTax, rateBase billing.Yen
		for _, tl := range inv.Taxes {
			rateTax += tl.Tax
			rateBase += tl.Base
			// One rounding down per invoice per rate, recomputed here.
			if want := int64(tl.Base) * int64(tl.Rate) / 100; int64(tl.Tax) != want {
				t.Errorf("tax on %v at %d%% = %v, want %v", tl.Base, tl.Rate, tl.Tax, want)
			}
		}
		// Discount parts add up to the discount; tax shares to the tax.
		if sub != inv.Subtotal || disc != inv.Discount || tax != inv.Tax || total != inv.Total ||
			rateTax != inv.Tax || rateBase != inv.Subtotal-inv.Discount || inv.Total != inv.Subtotal-inv.Discount+inv.Tax {
			t.Errorf("invoice totals do not add up: %+v", inv)
		}
	}
	for _, l := range a.Lines {
		if seen[l.ID] != 1 {
			t.Errorf("line %s appears in %d invoices, want 1", l.ID, seen[l.ID])
		}
	}
	if len(seen) != len(a.Lines) {
		t.Errorf("invoices hold %d lines, account has %d", len(seen), len(a.Lines))
	}
	for _, l := range a.Lines {
		for _, inv := range invs {
			for _, got := range inv.Lines {
				if got.ID == l.ID {
					if diff := cmp.Diff(l.Charges, got.Charges); len(l.Charges) > 0 && diff != "" {
						t.Errorf("line %s charges (-input +invoice):\n%s", l.ID, diff)
					}
				}
			}
		}
	}
}

// checkDiscounts recomputes every line's discounts from the plan with a
// reference written apart from the package's (F4): per discount in plan
// order, the lines of its kind (under the account's mioID when SameMioID),
// if at least MinLines of them, the first Cap in ascending order of ID, each
// PerLine or what is left of its base in the discount's category.
func checkDiscounts(t *testing.T, a family.Account, p family.Plan, mode family.Mode, invs []family.Invoice) {
	t.Helper()
	type key struct {
		id  string
		cat family.TaxCategory
	}
	left := map[key]billing.Yen{} // base left per line and category
	var ids []string
	voice := map[string]bool{}
	mio := map[string]string{}
	for _, l := range a.Lines {
		ids = append(ids, l.ID)
		voice[l.ID], mio[l.ID] = l.Voice, l.MioID
		for _, c := range l.Charges {
			left[key{l.ID, c.Tax}] += c.Amount
		}
	}
	slices.Sort(ids)
	want := map[string][]family.AppliedDiscount{}
	for _, d := range p.Discounts {
		if d.AggregateOnly && mode != family.Aggregate {
			continue
		}
		var q []string
		for _, id := range ids {
			if (voice[id] || !d.VoiceOnly) && (!d.SameMioID || mio[id] == a.MioID) {
				q = append(q, id)
			}
		}
		if len(q) < d.MinLines {
			continue
		}
		for _, id := range q[:min(d.Cap, len(q))] {
			if amt := min(d.PerLine, left[key{id, d.Tax}]); amt > 0 {
				left[key{id, d.Tax}] -= amt
				want[id] = append(want[id], family.AppliedDiscount{Name: d.Name, Tax: d.Tax, Amount: amt})
			}
		}
	}
	for _, inv := range invs {
		for _, l := range inv.Lines {
			if diff := cmp.Diff(want[l.ID], l.Discounts, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%v: line %s discounts (-reference +got):\n%s", mode, l.ID, diff)
			}
		}
	}
}

func TestBillProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 11))
	for i := range 500 {
		a := randomAccount(r)
		p := randomPlan(r)
		before, beforePlan := clone(a), clonePlan(p)
		agg, per, err := bothModes(a, p)
		if err != nil {
			t.Fatalf("case %d: Bill: %v", i, err)
		}
		// Bill never changes its input.
		if diff := cmp.Diff(before, a); diff != "" {
			t.Fatalf("case %d: account changed (-before +after):\n%s", i, diff)
		}
		if diff := cmp.Diff(beforePlan, p); diff != "" {
			t.Fatalf("case %d: plan changed (-before +after):\n%s", i, diff)
		}
		checkInvoices(t, a, p, family.Aggregate, agg)
		checkInvoices(t, a, p, family.PerLine, per)
		checkDiscounts(t, a, p, family.Aggregate, agg)
		checkDiscounts(t, a, p, family.PerLine, per)
		at, pt := sum(agg), sum(per)
		// The tax-exclusive sums match across modes (no aggregate-only
		// discount in these plans).
		if at.Subtotal != pt.Subtotal || at.Discount != pt.Discount {
			t.Errorf("case %d: tax-exclusive sums differ: %+v vs %+v", i, at, pt)
		}
		// Per-line rounding is per invoice and per rate: the difference is
		// under one yen per extra rounding, and its sign follows the mode.
		roundings := billing.Yen(0)
		for _, inv := range per {
			roundings += billing.Yen(len(inv.Taxes))
		}
		if d := pt.Total - at.Total; d > 0 || -d >= roundings+1 {
			t.Errorf("case %d: round down difference %v with %d roundings", i, d, roundings)
		}
		// F1, F2: lines of another mioID bill per line, where only the
		// account's own lines count for SameMioID discounts, and are refused
		// in aggregate.
		other := clone(a)
		moved := false
		for j := range other.Lines {
			if r.IntN(4) == 0 {
				other.Lines[j].MioID, moved = "mio-0002", true
			}
		}
		other.Mode = family.PerLine
		invs, err := family.Bill(other, p)
		if err != nil {
			t.Fatalf("case %d: per-line Bill with other mioIDs: %v", i, err)
		}
		checkInvoices(t, other, p, family.PerLine, invs)
		checkDiscounts(t, other, p, family.PerLine, invs)
		other.Mode = family.Aggregate
		if _, err := family.Bill(other, p); moved != errors.Is(err, family.ErrConflict) {
			t.Errorf("case %d: aggregate Bill with other mioIDs (%v): err = %v", i, moved, err)
		}
		// Deterministic, whatever the input order of the lines.
		a2 := clone(a)
		r.Shuffle(len(a2.Lines), func(i, j int) { a2.Lines[i], a2.Lines[j] = a2.Lines[j], a2.Lines[i] })
		agg2, per2, err := bothModes(a2, p)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([][]family.Invoice{agg, per}, [][]family.Invoice{agg2, per2}); diff != "" {
			t.Fatalf("case %d: Bill differs after shuffling lines (-first +second):\n%s", i, diff)
		}
	}
}

// TestBillOutputIsIndependent checks that the invoices share no memory with
// the account: changing them leaves the account alone.
func TestBillOutputIsIndependent(t *testing.T) {
	a := threeLines(family.Aggregate)
	before := clone(a)
	invs, err := family.Bill(a, family.IIJmio(5))
	if err != nil {
		t.Fatal(err)
	}
	invs[0].Lines[0].Charges[0].Amount = 1
	invs[0].Lines[0].Charges = append(invs[0].Lines[0].Charges, charge("extra", 1))
	invs[0].Lines[0].Discounts = append(invs[0].Lines[0].Discounts, family.AppliedDiscount{Name: "x"})
	if diff := cmp.Diff(before, a); diff != "" {
		t.Errorf("account changed through an invoice (-before +after):\n%s", diff)
	}
	if got := invs[0].Lines[1].Charges[0].Amount; got != 1009 {
		t.Errorf("appending to line 0 changed line 1: amount %v", got)
	}
	if got := invs[0].Lines[1].Discounts[0].Name; got != "家族割" {
		t.Errorf("appending to line 0's discounts changed line 1's: %q", got)
	}
}

// FuzzBill bills small accounts built from fuzz input in both modes: no
// panic, every error an *Error, and every result adds up.
func FuzzBill(f *testing.F) {
	// Seed corpus: charge bytes (amount and category, one pair per
	// charge), the number of lines, the mode and the plan's cap.
	f.Add([]byte{10, 1, 20, 1, 30, 2}, uint8(3), uint8(1), uint8(5))            // three lines, aggregate
	f.Add([]byte{255, 1, 255, 1, 255, 1, 255, 1}, uint8(4), uint8(2), uint8(2)) // per-line
	f.Add([]byte{0, 0, 1, 7}, uint8(2), uint8(0), uint8(1))                     // unset mode, bad category
	f.Add([]byte{}, uint8(0), uint8(1), uint8(0))                               // no lines, cap 0
	f.Fuzz(func(t *testing.T, data []byte, nLines, mode, discountCap uint8) {
		a := threeLines(family.Mode(mode % 4))
		a.Lines = nil
		n := int(nLines % 12)
		for i := range n {
			who := people[i%len(people)]
			a.Lines = append(a.Lines, family.Line{
				ID: "l" + strconv.Itoa(i), Voice: i%3 == 0, MioID: a.MioID, Holder: eligibility.Holder{Kana: who[0]},
				Card: family.Card{Name: who[1], Last4: "0000"},
			})
		}
		for i := 0; n > 0 && i+1 < len(data) && i < 200; i += 2 {
			l := &a.Lines[(i/2)%n]
			l.Charges = append(l.Charges, family.Charge{
				Description: "c", Amount: billing.Yen(data[i]) * 37, Tax: family.TaxCategory(data[i+1] % 5),
			})
		}
		p := family.IIJmio(int(discountCap % 12))
		p.Discounts[0].TaxIncluded = false // as randomPlan: checkInvoices recomputes tax on the base
		invs, err := family.Bill(a, p)
		if err != nil {
			var ie *family.Error
			if !errors.As(err, &ie) {
				t.Fatalf("Bill error %T %v, want *family.Error", err, err)
			}
			return
		}
		checkInvoices(t, a, p, a.Mode, invs)
	})
}

// FuzzBillTaxIncluded is FuzzBill with the presets' own discount, ¥100
// tax included (F4), which FuzzBill turns off to recompute each tax on its
// base: amounts from ¥0 up in yen, so that voice lines cost less than the
// discount (the panic TestSmallVoiceLines pins). Every invoice adds up:
// its lines' subtotals, discounts, taxes and totals are the invoice's, no
// line's discount passes its charges or goes to a line without one, and
// no total is negative.
func FuzzBillTaxIncluded(f *testing.F) {
	f.Add([]byte{20, 0, 9, 0, 10, 0}, uint8(3), uint8(0), uint8(4)) // voice ¥20, voice ¥9, data ¥10: panicked
	f.Add([]byte{6, 0, 70, 0, 1, 0}, uint8(3), uint8(0), uint8(4))
	f.Add([]byte{91, 0, 6, 0, 0, 0}, uint8(3), uint8(1), uint8(4))
	f.Add([]byte{200, 129, 30, 0, 50, 1, 255, 130}, uint8(5), uint8(0), uint8(9))
	f.Fuzz(func(t *testing.T, data []byte, nLines, mode, discountCap uint8) {
		a := threeLines([...]family.Mode{family.Aggregate, family.PerLine}[mode%2])
		a.Lines = nil
		n := int(nLines % 12)
		for i := range n {
			who := people[i%len(people)]
			a.Lines = append(a.Lines, family.Line{
				ID: "l" + strconv.Itoa(i), Voice: i%3 != 2, MioID: a.MioID, Holder: eligibility.Holder{Kana: who[0]},
				Card: family.Card{Name: who[1], Last4: "0000"},
			})
		}
		for i := 0; n > 0 && i+1 < len(data) && i < 200; i += 2 {
			l := &a.Lines[(i/2)%n]
			// data[i+1]: the category (standard twice as often as
			// non-taxable), and
			// from 128 on the amount ×37, beside small amounts in yen.
			amt := billing.Yen(data[i])
			if data[i+1] >= 128 {
				amt *= 37
			}
			tax := [...]family.TaxCategory{family.Standard, family.Standard, family.NonTaxable}[data[i+1]%3]
			l.Charges = append(l.Charges, family.Charge{Description: "c", Amount: amt, Tax: tax})
		}
		invs, err := family.Bill(a, family.IIJmio(int(1+discountCap%10))) // cap 1 to 10
		if err != nil {
			var ie *family.Error
			if !errors.As(err, &ie) {
				t.Fatalf("Bill error %T %v, want *family.Error", err, err)
			}
			return
		}
		for _, inv := range invs {
			var sub, disc, tax, total billing.Yen
			for _, l := range inv.Lines {
				if l.Discount > l.Subtotal || l.Total < 0 || l.Discount != 0 && len(l.Discounts) == 0 {
					t.Fatalf("line %s: subtotal %v, discount %v (%v), total %v", l.ID, l.Subtotal, l.Discount, l.Discounts, l.Total)
				}
				sub, disc, tax, total = sub+l.Subtotal, disc+l.Discount, tax+l.Tax, total+l.Total
			}
			if sub != inv.Subtotal || disc != inv.Discount || tax != inv.Tax || total != inv.Total || inv.Total != inv.Subtotal-inv.Discount+inv.Tax {
				t.Fatalf("invoice %v/%v/%v/%v, lines %v/%v/%v/%v", inv.Subtotal, inv.Discount, inv.Tax, inv.Total, sub, disc, tax, total)
			}
		}
	})
}
