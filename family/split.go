package family

import (
	"math"
	"math/bits"

	"github.com/kessai-jp/kessai/billing"
)

// Split divides total into parts proportional to weights by the largest
// remainder method, so that the parts always add up to total exactly.
//
// Each part first gets the floor of its exact share total×w/W (W the sum of
// the weights); the yen left over, fewer than the number of parts, go one
// each to the parts with the largest remainders. Ties go to the part that
// comes first in weights: the order the caller gives is the stated,
// deterministic order. Every part is therefore within one yen of its exact
// share, and a part of weight 0 gets 0.
//
// A negative total is split as its absolute value and negated. Weights must
// not be negative and must not all be 0; there may be 1 to [MaxSplitParts]
// of them and their sum must fit in an int64. Intermediate products are
// formed in 128 bits, so any int64 total is exact.
func Split(total billing.Yen, weights []int64) ([]billing.Yen, error) {
	if len(weights) == 0 {
		return nil, &InputError{Field: "weights", Err: ErrWeights, Detail: "no weights"}
	}
	if len(weights) > MaxSplitParts {
		return nil, &InputError{Field: "weights", Err: ErrTooLong}
	}
	if total == math.MinInt64 {
		return nil, &InputError{Field: "total", Err: ErrOverflow}
	}
	var sum int64
	for _, w := range weights {
		if w < 0 {
			return nil, &InputError{Field: "weights", Err: ErrWeights, Detail: "negative weight"}
		}
		if sum > math.MaxInt64-w {
			return nil, &InputError{Field: "weights", Err: ErrOverflow}
		}
		sum += w
	}
	if sum == 0 {
		return nil, &InputError{Field: "weights", Err: ErrWeights, Detail: "all weights are 0"}
	}
	parts := make([]billing.Yen, len(weights))
	if total < 0 {
		split(parts, -total, weights, uint64(sum))
		for i := range parts {
			parts[i] = -parts[i]
		}
		return parts, nil
	}
	split(parts, total, weights, uint64(sum))
	return parts, nil
}

// split writes into parts (len(weights) long) the largest-remainder split of
// total (≥ 0) by weights (≥ 0, summing to sum > 0). It does not allocate:
// instead of sorting the remainders it picks the next-largest one left over
// times, each a scan; the leftover is fewer than the parts, and callers keep
// the parts few (at most MaxSplitParts).
func split(parts []billing.Yen, total billing.Yen, weights []int64, sum uint64) {
	left := uint64(total)
	for i, w := range weights {
		q, _ := share(total, w, sum)
		parts[i] = billing.Yen(q)
		left -= q
	}
	// The last pick in the order (remainder descending, index ascending);
	// each scan takes the best entry strictly after it.
	lastRem, lastIdx := uint64(math.MaxUint64), -1
	for ; left > 0; left-- {
		best, bestRem := -1, uint64(0)
		for i, w := range weights {
			_, r := share(total, w, sum)
			if r == 0 || !(r < lastRem || (r == lastRem && i > lastIdx)) {
				continue
			}
			if best < 0 || r > bestRem {
				best, bestRem = i, r
			}
		}
		if best < 0 { // unreachable: the leftover never exceeds the parts with a remainder
			return
		}
		parts[best]++
		lastRem, lastIdx = bestRem, best
	}
}

// share returns the quotient and remainder of total×w / sum, computed in 128
// bits. w ≤ sum, so the quotient fits.
func share(total billing.Yen, w int64, sum uint64) (q, r uint64) {
	hi, lo := bits.Mul64(uint64(total), uint64(w))
	return bits.Div64(hi, lo, sum)
}
