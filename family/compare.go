package family

import "github.com/kessai-jp/kessai/billing"

// Comparison is one account billed both ways. Tax is computed and rounded
// once per invoice per rate (qualified-invoice rules), so one aggregate
// invoice and several per-line invoices can differ by a few yen of tax, and
// by any discount that applies in one mode only. Comparison exposes the
// difference instead of hiding it.
type Comparison struct {
	// Aggregate holds the one aggregate invoice (まとめ払い, F1).
	Aggregate []Invoice
	// PerLine holds one invoice per line (個別払い, F2).
	PerLine []Invoice
	// Totals of each mode, summed over its invoices.
	AggregateTotals, PerLineTotals Totals
	// Difference is PerLineTotals.Total − AggregateTotals.Total: positive
	// when paying line by line costs more.
	Difference billing.Yen
}

// Totals sums a mode's invoices.
type Totals struct {
	Invoices int         // how many invoices
	Subtotal billing.Yen // tax-exclusive charges: the same in both modes
	Discount billing.Yen // discounts
	Tax      billing.Yen // consumption tax, rounded per invoice per rate
	Total    billing.Yen // what is charged, over all cards
}

// Compare bills a in both modes, whatever a.Mode says, and returns both sets
// of invoices and the difference of their totals. It needs what both modes
// need: every line under the account's mioID with the owner's card for
// Aggregate (F1, C1), and each line's own card for PerLine (F2, C1); an
// error from either mode is returned as it is.
func Compare(a Account, p Plan) (Comparison, error) {
	var c Comparison
	var err error
	a.Mode = Aggregate
	if c.Aggregate, err = Bill(a, p); err != nil {
		return Comparison{}, err
	}
	a.Mode = PerLine
	if c.PerLine, err = Bill(a, p); err != nil {
		return Comparison{}, err
	}
	if c.AggregateTotals, err = Sum(c.Aggregate); err != nil {
		return Comparison{}, err
	}
	if c.PerLineTotals, err = Sum(c.PerLine); err != nil {
		return Comparison{}, err
	}
	// Both totals are non-negative int64s, so their difference fits.
	c.Difference = c.PerLineTotals.Total - c.AggregateTotals.Total
	return c, nil
}

// Sum adds up invoices, reporting [ErrOverflow] when a sum does not fit.
func Sum(invs []Invoice) (Totals, error) {
	t := Totals{Invoices: len(invs)}
	for i := range invs {
		v := &invs[i]
		var ok [4]bool
		t.Subtotal, ok[0] = add(t.Subtotal, v.Subtotal)
		t.Discount, ok[1] = add(t.Discount, v.Discount)
		t.Tax, ok[2] = add(t.Tax, v.Tax)
		t.Total, ok[3] = add(t.Total, v.Total)
		if !ok[0] || !ok[1] || !ok[2] || !ok[3] {
			return Totals{}, &InputError{Field: "total", Err: ErrOverflow}
		}
	}
	return t, nil
}
