package family

import (
	"testing"

	"github.com/kessai-jp/kessai/billing"
)

// TestShareInclAgreesWithSplit checks shareIncl's shortcut for equal
// tax-included discounts against the largest-remainder split it stands for
// (F4): every count of lines with and without discounts, every part.
func TestShareInclAgreesWithSplit(t *testing.T) {
	for lines := 1; lines <= 12; lines++ {
		for mask := 1; mask < 1<<lines && mask < 1<<12; mask += 1 + mask/7 {
			for _, each := range []billing.Yen{100, 7} {
				ws := make([]work, lines)
				for i := range ws {
					ws[i].base[0] = 1 << 20 // room for any share: no line is capped at its base here
				}
				var incl billing.Yen
				for i := range ws {
					if mask&(1<<i) != 0 {
						ws[i].incl[0] = each
						incl += each
					}
				}
				for ex := billing.Yen(0); ex <= incl; ex += 1 + incl/37 {
					inv := Invoice{Lines: make([]LineBill, lines)}
					got := append([]work(nil), ws...)
					(&biller{}).shareIncl(&inv, got, 0, ex, incl)
					weights := make([]int64, lines)
					for i := range ws {
						weights[i] = int64(ws[i].incl[0])
					}
					want := make([]billing.Yen, lines)
					split(want, ex, weights, uint64(incl), make([]remainder, lines))
					for i := range got {
						if got[i].disc[0] != want[i] || inv.Lines[i].Discount != want[i] {
							t.Fatalf("%d lines, mask %b, ¥%d each, ex %v: line %d got %v, split gives %v", lines, mask, each, ex, i, got[i].disc[0], want[i])
						}
					}
					if inv.Discount != ex {
						t.Fatalf("invoice discount %v, want %v", inv.Discount, ex)
					}
				}
			}
		}
	}
}
