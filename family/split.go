package family

import (
	"cmp"
	"math/bits"
	"slices"

	"github.com/kessai-jp/kessai/billing"
)

// remainder is a part's index and the remainder of its exact share.
type remainder struct {
	rem uint64
	i   int
}

// split divides total into parts proportional to weights by the largest
// remainder method, so that the parts always add up to total exactly: each
// part first gets the floor of its exact share total×w/W (W the sum of the
// weights); the yen left over, fewer than the number of parts, go one each
// to the parts with the largest remainders, ties to the part that comes
// first in weights. Every part is therefore within one yen of its exact
// share, and a part of weight 0 gets 0.
//
// split writes into parts (len(weights) long) the largest-remainder split of
// total (≥ 0) by weights (≥ 0, summing to sum > 0), using scratch (as long
// as weights) for the remainders. The yen left over after the floors, fewer
// than the parts, go one each to the parts in order of remainder
// descending, then index ascending: one sort, O(n log n) for n parts.
func split(parts []billing.Yen, total billing.Yen, weights []int64, sum uint64, scratch []remainder) {
	left := uint64(total)
	for i, w := range weights {
		q, r := share(total, w, sum)
		parts[i] = billing.Yen(q)
		scratch[i] = remainder{r, i}
		left -= q
	}
	if left == 0 {
		return
	}
	slices.SortFunc(scratch, func(x, y remainder) int {
		if x.rem != y.rem {
			return cmp.Compare(y.rem, x.rem)
		}
		return cmp.Compare(x.i, y.i)
	})
	// left < len(parts): the floors lose less than one yen per part.
	for _, r := range scratch[:left] {
		parts[r.i]++
	}
}

// share returns the quotient and remainder of total×w / sum, computed in 128
// bits. w ≤ sum, so the quotient fits.
func share(total billing.Yen, w int64, sum uint64) (q, r uint64) {
	hi, lo := bits.Mul64(uint64(total), uint64(w))
	return bits.Div64(hi, lo, sum)
}
