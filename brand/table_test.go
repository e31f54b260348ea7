package brand

import (
	"fmt"
	"testing"
)

// TestRangeTable checks the invariants binary search relies on: 8-digit
// bounds, lo <= hi, sorted, disjoint; and that every brand has a row.
func TestRangeTable(t *testing.T) {
	var seen brandSet
	for i, r := range ranges {
		if r.lo < 10000000 || r.hi > 99999999 || r.lo > r.hi {
			t.Errorf("ranges[%d] = %d–%d: want 8-digit bounds, lo <= hi", i, r.lo, r.hi)
		}
		if r.brand == Unknown || !r.brand.IsValid() {
			t.Errorf("ranges[%d] has brand %v", i, r.brand)
		}
		if i > 0 && ranges[i-1].hi >= r.lo {
			t.Errorf("ranges[%d] (%d–%d) overlaps or precedes ranges[%d] (%d–%d)", i, r.lo, r.hi, i-1, ranges[i-1].lo, ranges[i-1].hi)
		}
		seen |= 1 << r.brand
	}
	for b := Visa; b < numBrands; b++ {
		if seen&(1<<b) == 0 {
			t.Errorf("brand %v has no range", b)
		}
	}
}

// TestRangeRowEdges checks every row's first and last key and the keys one
// below and one above against the brand lookup by linear scan.
func TestRangeRowEdges(t *testing.T) {
	linear := func(key uint32) Brand {
		for _, r := range ranges {
			if r.lo <= key && key <= r.hi {
				return r.brand
			}
		}
		return Unknown
	}
	for _, r := range ranges {
		for _, key := range []uint32{r.lo - 1, r.lo, r.lo + 1, r.hi - 1, r.hi, r.hi + 1} {
			if got, want := brandOf(key), linear(key); got != want {
				t.Errorf("brandOf(%d) = %v, want %v", key, got, want)
			}
		}
		if got := brandOf(r.lo); got != r.brand {
			t.Errorf("brandOf(%d) = %v, want %v", r.lo, got, r.brand)
		}
	}
	for _, key := range []uint32{0, 10000000, 99999999} {
		if got, want := brandOf(key), linear(key); got != want {
			t.Errorf("brandOf(%d) = %v, want %v", key, got, want)
		}
	}
}

// TestBrandInfos checks the per-brand data against itself: minLen and maxLen
// bound the length set, every length is within MinDigits–MaxDigits, and C5
// gives American Express 4 digits and every other brand 3.
func TestBrandInfos(t *testing.T) {
	for b := range Brand(numBrands) {
		in := brandInfos[b]
		t.Run(fmt.Sprintf("%d/%s", b, in.name), func(t *testing.T) {
			if !in.lengths.has(in.minLen) || !in.lengths.has(in.maxLen) {
				t.Errorf("lengths %b lack minLen %d or maxLen %d", in.lengths, in.minLen, in.maxLen)
			}
			for n := range 32 {
				if in.lengths.has(n) && (n < in.minLen || n > in.maxLen || n < MinDigits || n > MaxDigits) {
					t.Errorf("length %d outside %d–%d or %d–%d", n, in.minLen, in.maxLen, MinDigits, MaxDigits)
				}
			}
			want := 3
			switch b {
			case AmericanExpress:
				want = 4
			case Unknown:
				want = 0
			}
			if in.code != want {
				t.Errorf("C5: code length %d, want %d", in.code, want)
			}
		})
	}
}

func TestKeyRange(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi uint32
	}{
		{"", 0, 99999999},
		{"4", 40000000, 49999999},
		{"3095", 30950000, 30959999},
		{"12345678", 12345678, 12345678},
		{"1234567890123", 12345678, 12345678},
	}
	for _, tc := range tests {
		lo, hi := keyRange([]byte(tc.in))
		if lo != tc.lo || hi != tc.hi {
			t.Errorf("keyRange(%q) = %d, %d, want %d, %d", tc.in, lo, hi, tc.lo, tc.hi)
		}
	}
}

// TestEightDigits compares the word-at-a-time digit test with a byte loop,
// for every byte value at every position.
func TestEightDigits(t *testing.T) {
	for pos := range 8 {
		for c := range 256 {
			b := []byte("55555555")
			b[pos] = byte(c)
			want := c >= '0' && c <= '9'
			if got := eightDigits(string(b)); got != want {
				t.Errorf("eightDigits(%q) = %v, want %v", b, got, want)
			}
		}
	}
	for _, s := range []string{"00000000", "99999999", "0123456789"[:8], "\xff\xff\xff\xff\xff\xff\xff\xff", "////////", "::::::::"} {
		want := true
		for i := range 8 {
			want = want && s[i] >= '0' && s[i] <= '9'
		}
		if got := eightDigits(s); got != want {
			t.Errorf("eightDigits(%q) = %v, want %v", s, got, want)
		}
	}
}
