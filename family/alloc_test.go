package family_test

import (
	"testing"

	"github.com/kessai-jp/kessai/family"
)

// TestBillAllocs guards Bill's allocation budget, measured at 5 for 10
// lines × 5 charges in either mode: one backing array each for the
// invoices, their lines, charges, discounts and tax lines. The line
// workspace is on the stack for up to 16 lines; validation, normalisation
// of ASCII and kana text, and the C1 name match allocate nothing.
func TestBillAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts are checked in full runs")
	}
	const budget = 5
	p := family.IIJmio(5)
	for _, bc := range benchCases() {
		a := bc.a
		got := testing.AllocsPerRun(100, func() {
			invs, err := family.Bill(a, p)
			if err != nil {
				t.Fatal(err)
			}
			sinkInvoices = invs
		})
		if got > budget {
			t.Errorf("Bill(%s, 10 lines × 5 charges) allocates %v times, budget %d", bc.name, got, budget)
		}
	}
}
