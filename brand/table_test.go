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

// TestBrandInfos checks the per-brand data against itself: every length is
// within minDigits–maxDigits, the wide (4-6-rest) lengths are lengths of the
// brand, the brand's lengths are the union of its rows' lengths, and C5
// gives American Express 4 digits and every other brand 3.
func TestBrandInfos(t *testing.T) {
	var rowLens [numBrands]lengths
	for i := range ranges {
		r := &ranges[i]
		if l := r.lengths(); l&^brandInfos[r.brand].lengths != 0 || l == 0 {
			t.Errorf("ranges[%d] (%v) lengths %b: want a non-empty subset of the brand's %b", i, r.brand, l, brandInfos[r.brand].lengths)
		}
		rowLens[r.brand] |= r.lengths()
	}
	for b := range Brand(numBrands) {
		in := brandInfos[b]
		t.Run(fmt.Sprintf("%d/%s", b, in.name), func(t *testing.T) {
			if in.lengths == 0 || in.lengths.min() < minDigits || in.lengths.max() > maxDigits {
				t.Errorf("lengths %b: want a non-empty subset of %d–%d", in.lengths, minDigits, maxDigits)
			}
			if in.wide&^in.lengths != 0 {
				t.Errorf("wide lengths %b not among lengths %b", in.wide, in.lengths)
			}
			if b != Unknown && rowLens[b] != in.lengths {
				t.Errorf("lengths %b, want the union of its rows' lengths %b", in.lengths, rowLens[b])
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

func TestLengthsText(t *testing.T) {
	tests := []struct {
		l        lengths
		min, max int
		want     string
	}{
		{0, 32, -1, "none"},
		{1 << 15, 15, 15, "15"},
		{len16to19, 16, 19, "16 to 19"},
		{len12to19, 12, 19, "12 to 19"},
		{1<<13 | 1<<16 | 1<<19, 13, 19, "13, 16 or 19"},
		{1<<14 | 1<<16, 14, 16, "14 or 16"},
		{1<<31 | 1<<30, 30, 31, "30 to 31"},
	}
	for _, tc := range tests {
		if got := tc.l.text(); got != tc.want {
			t.Errorf("lengths(%b).text() = %q, want %q", tc.l, got, tc.want)
		}
		if lo, hi := tc.l.min(), tc.l.max(); lo != tc.min || hi != tc.max {
			t.Errorf("lengths(%b) min, max = %d, %d, want %d, %d", tc.l, lo, hi, tc.min, tc.max)
		}
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

// TestRowLengthsAreBrands checks that every row's lengths are its brand's,
// but for JCB's legacy 1800 and 2131 (15 to 19, decision 11) and JCB's other
// rows (16 to 19).
func TestRowLengthsAreBrands(t *testing.T) {
	for i, r := range ranges {
		want := brandInfos[r.brand].lengths
		switch {
		case r.brand == JCB && (r.lo == 18000000 || r.lo == 21310000):
			want = len15to19
		case r.brand == JCB:
			want = len16to19
		}
		if r.lens != want {
			t.Errorf("ranges[%d] (%d–%d, %v) lengths %s, want %s", i, r.lo, r.hi, r.brand, r.lens.text(), want.text())
		}
	}
}
