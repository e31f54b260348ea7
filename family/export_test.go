package family

import (
	"errors"
	"math"

	"github.com/kessai-jp/kessai/billing"
)

// The bounds, for the external tests (package family_test) and the bounds
// table of package kessai's doc (TestBoundsTable).
const (
	MaxLines            = maxLines
	MaxChargesPerLine   = maxChargesPerLine
	MaxDescriptionBytes = maxDescriptionBytes
	MaxIDBytes          = maxIDBytes
	MaxNameBytes        = maxNameBytes
	MaxDiscounts        = maxDiscounts
	MaxConditions       = maxConditions
	MaxConditionBytes   = maxConditionBytes
	MaxChargeAmount     = maxChargeAmount
	MaxSplitParts       = 1000
)

// Split is the largest-remainder split Bill uses to share tax and
// discounts among lines, with its preconditions checked, for the tests:
// weights not negative, not all 0, 1 to MaxSplitParts of them with a sum
// that fits; a negative total is split as its absolute value and negated.
func Split(total billing.Yen, weights []int64) ([]billing.Yen, error) {
	if len(weights) == 0 || len(weights) > MaxSplitParts || total == math.MinInt64 {
		return nil, errors.New("bad split")
	}
	var sum int64
	for _, w := range weights {
		if w < 0 || sum > math.MaxInt64-w {
			return nil, errors.New("bad split")
		}
		sum += w
	}
	if sum == 0 {
		return nil, errors.New("bad split")
	}
	parts := make([]billing.Yen, len(weights))
	scratch := make([]remainder, len(weights))
	if total < 0 {
		split(parts, -total, weights, uint64(sum), scratch)
		for i := range parts {
			parts[i] = -parts[i]
		}
		return parts, nil
	}
	split(parts, total, weights, uint64(sum), scratch)
	return parts, nil
}
