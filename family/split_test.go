package family_test

import (
	"math"
	"math/big"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/family"
)

// TestSplit checks the largest-remainder split with which Bill shares an
// invoice's tax and tax-included discounts among its lines (exported for
// the tests by export_test.go).
func TestSplit(t *testing.T) {
	tests := []struct {
		name    string
		total   billing.Yen
		weights []int64
		want    []billing.Yen
	}{
		{"even", 300, []int64{1, 1, 1}, []billing.Yen{100, 100, 100}},
		{"one left over goes to the first of equal remainders", 100, []int64{1, 1, 1}, []billing.Yen{34, 33, 33}},
		{"two left over", 101, []int64{1, 1, 1}, []billing.Yen{34, 34, 33}},
		{"largest remainder wins over order", 10, []int64{1, 2, 4}, []billing.Yen{1, 3, 6}}, // 1.43, 2.86, 5.71
		{"zero weight gets zero", 7, []int64{0, 1, 0, 1}, []billing.Yen{0, 4, 0, 3}},
		{"zero total", 0, []int64{3, 5}, []billing.Yen{0, 0}},
		{"negative total mirrors", -100, []int64{1, 1, 1}, []billing.Yen{-34, -33, -33}},
		{"single part", 12345, []int64{9}, []billing.Yen{12345}},
		{"huge total, no overflow", math.MaxInt64, []int64{1, 1}, []billing.Yen{math.MaxInt64/2 + 1, math.MaxInt64 / 2}},
		{"huge weights", 3, []int64{math.MaxInt64 / 2, math.MaxInt64 / 2}, []billing.Yen{2, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := family.Split(tt.total, tt.weights)
			if err != nil {
				t.Fatalf("Split(%v, %v): %v", tt.total, tt.weights, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%v, %v) (-want +got):\n%s", tt.total, tt.weights, diff)
			}
		})
	}
}

// refSplit is a slow reference: exact shares with math/big, a sort of the
// remainders, one yen each to the largest (ties to the lower index).
func refSplit(total billing.Yen, weights []int64) []billing.Yen {
	var sum big.Int
	for _, w := range weights {
		sum.Add(&sum, big.NewInt(w))
	}
	neg := total < 0
	tot := big.NewInt(int64(total))
	tot.Abs(tot)
	parts := make([]billing.Yen, len(weights))
	rems := make([]*big.Int, len(weights))
	var given big.Int
	for i, w := range weights {
		var q, r big.Int
		q.QuoRem(new(big.Int).Mul(tot, big.NewInt(w)), &sum, &r)
		parts[i] = billing.Yen(q.Int64())
		rems[i] = &r
		given.Add(&given, &q)
	}
	left := new(big.Int).Sub(tot, &given).Int64()
	idx := make([]int, len(weights))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return -rems[a].Cmp(rems[b]) })
	for _, i := range idx[:left] {
		parts[i]++
	}
	if neg {
		for i := range parts {
			parts[i] = -parts[i]
		}
	}
	return parts
}

// FuzzSplit checks Split against the reference and its promises: the parts
// add up to the total and each is within one yen of its exact share.
func FuzzSplit(f *testing.F) {
	// Seed corpus: a total and up to four weights.
	f.Add(int64(100), int64(1), int64(1), int64(1), int64(0))                       // equal thirds
	f.Add(int64(282), int64(909), int64(909), int64(1009), int64(0))                // the family example's tax
	f.Add(int64(-7), int64(0), int64(3), int64(0), int64(4))                        // negative total, zero weights
	f.Add(int64(math.MaxInt64), int64(math.MaxInt64), int64(1), int64(0), int64(0)) // extremes
	f.Add(int64(5), int64(0), int64(0), int64(0), int64(0))                         // all zero: an error
	f.Fuzz(func(t *testing.T, total, w0, w1, w2, w3 int64) {
		weights := []int64{w0, w1, w2, w3}
		got, err := family.Split(billing.Yen(total), weights)
		var sum big.Int
		neg := false
		for _, w := range weights {
			neg = neg || w < 0
			sum.Add(&sum, big.NewInt(w))
		}
		invalid := neg || sum.Sign() == 0 || !sum.IsInt64() || total == math.MinInt64
		if invalid {
			if err == nil {
				t.Fatalf("Split(%d, %v) = %v, want an error", total, weights, got)
			}
			return
		}
		if err != nil {
			t.Fatalf("Split(%d, %v): %v", total, weights, err)
		}
		want := refSplit(billing.Yen(total), weights)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Split(%d, %v) (-ref +got):\n%s", total, weights, diff)
		}
		var s big.Int
		for i, p := range got {
			s.Add(&s, big.NewInt(int64(p)))
			// |p·sum − total·w| < sum: within one yen of the exact share.
			d := new(big.Int).Mul(big.NewInt(int64(p)), &sum)
			d.Sub(d, new(big.Int).Mul(big.NewInt(total), big.NewInt(weights[i])))
			if d.Abs(d).Cmp(&sum) >= 0 {
				t.Fatalf("Split(%d, %v)[%d] = %d: more than one yen from its share", total, weights, i, p)
			}
		}
		if s.Cmp(big.NewInt(total)) != 0 {
			t.Fatalf("Split(%d, %v) = %v: parts add to %v", total, weights, got, &s)
		}
	})
}
