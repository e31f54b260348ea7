package family

import (
	"testing"

	"github.com/kessai-jp/kessai/internal/bound/boundtest"
)

// TestBoundsTable: the table of bounds in package kessai's doc (../doc.go)
// gives every bound of package family, each named by the field it bounds,
// with the value of its (unexported) constant.
func TestBoundsTable(t *testing.T) {
	want := map[string]int64{
		"family.Account.Lines":      maxLines,
		"family.Account.Conditions": maxConditions,
		"family.Discount.Requires":  maxConditionBytes,
		"family.Line.Charges":       maxChargesPerLine,
		"family.Line.ID":            maxIDBytes,
		"family.Card.Name":          maxNameBytes,
		"family.Charge.Description": maxDescriptionBytes,
		"family.Charge.Amount":      int64(maxChargeAmount),
		"family.Plan.Discounts":     maxDiscounts,
		"family.Discount.Source":    maxSourceBytes,
	}
	boundtest.DocTable(t, "../doc.go", "family", want)
}
