package brand_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kessai-jp/kessai/brand"
)

func TestCandidates(t *testing.T) {
	all := []brand.Brand{brand.Visa, brand.Mastercard, brand.AmericanExpress, brand.JCB,
		brand.DinersClub, brand.Discover, brand.UnionPay, brand.Maestro, brand.Mir}
	tests := []struct {
		in   string
		want []brand.Brand
	}{
		{"", all},
		{"   ", all},
		{"1", []brand.Brand{brand.JCB}}, // 1800; decision 11
		{"17", nil},
		{"18", []brand.Brand{brand.JCB}},
		{"1801", nil},
		{"2", []brand.Brand{brand.Mastercard, brand.JCB, brand.Mir}}, // 2131; decision 11
		{"21", []brand.Brand{brand.JCB}},
		{"2130", nil},
		{"2131", []brand.Brand{brand.JCB}},
		{"2132", nil},
		{"22", []brand.Brand{brand.Mastercard, brand.Mir}},
		{"220", []brand.Brand{brand.Mir}},
		{"222", []brand.Brand{brand.Mastercard}},
		{"3", []brand.Brand{brand.AmericanExpress, brand.JCB, brand.DinersClub}},
		{"30", []brand.Brand{brand.JCB, brand.DinersClub}},
		{"309", []brand.Brand{brand.JCB, brand.DinersClub}}, // decision 2
		{"3095", []brand.Brand{brand.DinersClub}},
		{"3096", []brand.Brand{brand.JCB}},
		{"31", []brand.Brand{brand.JCB}},
		{"33", []brand.Brand{brand.JCB}},
		{"34", []brand.Brand{brand.AmericanExpress}},
		{"35", []brand.Brand{brand.JCB}},
		{"36", []brand.Brand{brand.DinersClub}},
		{"4", []brand.Brand{brand.Visa}},
		{"5", []brand.Brand{brand.Mastercard, brand.Maestro}},
		{"50", []brand.Brand{brand.Maestro}},
		{"56", []brand.Brand{brand.Maestro}}, // decision 3: the libraries' broad Maestro
		{"509", nil},                         // Elo's, no brand here; decision 3
		{"504175", nil},
		{"504174", []brand.Brand{brand.Maestro}},
		{"504176", []brand.Brand{brand.Maestro}},
		{"6", []brand.Brand{brand.Discover, brand.UnionPay, brand.Maestro}},
		{"60", []brand.Brand{brand.Discover, brand.Maestro}},
		{"62", []brand.Brand{brand.UnionPay}},
		{"6221", []brand.Brand{brand.UnionPay}}, // decision 1
		{"63", []brand.Brand{brand.Maestro}},
		{"67", []brand.Brand{brand.Maestro}},
		{"6767", []brand.Brand{brand.Maestro}},
		{"67677", []brand.Brand{brand.Maestro}},
		{"676772", []brand.Brand{brand.Maestro}},
		{"64", []brand.Brand{brand.Discover, brand.Maestro}},
		{"643", []brand.Brand{brand.Maestro}},
		{"644", []brand.Brand{brand.Discover}},
		{"65", []brand.Brand{brand.Discover}}, // decision 4
		{"601", []brand.Brand{brand.Discover, brand.Maestro}},
		{"6011", []brand.Brand{brand.Discover}},
		{"6010", []brand.Brand{brand.Maestro}},
		{"6012", []brand.Brand{brand.Maestro}},
		{"8", []brand.Brand{brand.UnionPay}},
		{"817", []brand.Brand{brand.UnionPay}},
		{"8171", []brand.Brand{brand.UnionPay}},
		{"8172", nil}, // decision 10
		{"818", nil},
		// Lengths of UnionPay (14 to 19, decision 9) and legacy JCB (15).
		{"6200 0000 0000 00", []brand.Brand{brand.UnionPay}},
		{"1800 0000 0000 000", []brand.Brand{brand.JCB}},
		{"9", nil},
		// Lengths: a brand drops out when the number outgrows it.
		{"3782 8224 6310 005", []brand.Brand{brand.AmericanExpress}},
		{"3782 8224 6310 0050", nil}, // 16 digits: too long for American Express
		{"5555 5555 5555 4444", []brand.Brand{brand.Mastercard}},
		{"5555 5555 5555 4444 1", nil},
		{"4111 1111 1111 1111 111", []brand.Brand{brand.Visa}},
		{"4111 1111 1111 1111 1111", nil}, // 20 digits
		// Separators inside the prefix are skipped, as Parse skips them.
		{"3 5", []brand.Brand{brand.JCB}},
		{"3-0-9-5", []brand.Brand{brand.DinersClub}},
		{"22 2", []brand.Brand{brand.Mastercard}},
		{" - ", all}, // no digits yet
		// Diners Club takes 14 digits and more; decision 8.
		{"3622 7206 2716 67", []brand.Brand{brand.DinersClub}},
		// Full width, as typed in Japanese input mode.
		{"３５", []brand.Brand{brand.JCB}},
		{"３　", []brand.Brand{brand.AmericanExpress, brand.JCB, brand.DinersClub}},
		{"６２", []brand.Brand{brand.UnionPay}},
		{"２－２", []brand.Brand{brand.Mastercard, brand.Mir}},
		{"3ー5", []brand.Brand{brand.JCB}},
		// Anything else gives nil.
		{"4x", nil},
		{"４ａ", nil},
		{"3.5", []brand.Brand{brand.JCB}}, // a dot separates, as pan.IsSeparator says
		{"3,5", nil},
		{"-4", []brand.Brand{brand.Visa}},
		{"x", nil},
		{strings.Repeat(" ", brand.MaxInputLen+1), nil},
	}
	for _, tc := range tests {
		got := brand.Candidates(tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Candidates(%q) (-want +got):\n%s", tc.in, diff)
		}
		if ref := refCandidatesOf(tc.in); !cmp.Equal(ref, got) {
			t.Errorf("Candidates(%q) = %v, reference %v", tc.in, got, ref)
		}
		wantDetect := brand.Unknown
		if len(tc.want) == 1 {
			wantDetect = tc.want[0]
		}
		if got := brand.Detect(tc.in); got != wantDetect {
			t.Errorf("Detect(%q) = %v, want %v", tc.in, got, wantDetect)
		}
		buf := make([]brand.Brand, 0, 9)
		if got := brand.AppendCandidates(buf, tc.in); !cmp.Equal(got, tc.want, cmp.Comparer(sameBrands)) {
			t.Errorf("AppendCandidates(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// sameBrands treats nil and empty as equal.
func sameBrands(a, b []brand.Brand) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// refCandidatesOf applies refCandidates to the digits of s, as Candidates
// reads them.
func refCandidatesOf(s string) []brand.Brand {
	if len(s) > brand.MaxInputLen {
		return nil
	}
	d, bad := refDigits(s)
	if bad >= 0 || len(d) > brand.MaxDigits {
		return nil
	}
	return refCandidates(d)
}

// TestDetectEveryPrefix types each test card one digit at a time: the
// candidates always include the card's brand and narrow as digits come.
func TestDetectEveryPrefix(t *testing.T) {
	for _, tc := range testCards {
		prev := 10
		for i := 0; i <= len(tc.pan); i++ {
			p := tc.pan[:i]
			c := brand.Candidates(p)
			found := false
			for _, b := range c {
				found = found || b == tc.want
			}
			if !found {
				t.Errorf("Candidates(%q) = %v, lacks %v", p, c, tc.want)
			}
			if len(c) > prev {
				t.Errorf("Candidates(%q) = %v grew from %d brands", p, c, prev)
			}
			prev = len(c)
		}
		if got := brand.Detect(tc.pan); got != tc.want {
			t.Errorf("Detect(%q) = %v, want %v", tc.pan, got, tc.want)
		}
	}
}

// TestCandidatesEveryShortPrefix compares Candidates and Detect with the
// reference for every prefix of 1 to 5 digits, and of 6 digits under 22, 30,
// 62 and 67 (where rows are 6-digit or end inside a 4-digit prefix), and
// Parse's brand for a 16-digit number under each of those prefixes: the
// table against the list, edge by edge.
func TestCandidatesEveryShortPrefix(t *testing.T) {
	var prefixes []string
	for l, end := 1, 10; l <= 5; l, end = l+1, end*10 {
		for i := range end {
			prefixes = append(prefixes, fmt.Sprintf("%0*d", l, i))
		}
	}
	for _, head := range []string{"22", "30", "62", "67"} {
		for i := range 10000 {
			prefixes = append(prefixes, fmt.Sprintf("%s%04d", head, i))
		}
	}
	for _, p := range prefixes {
		want := refCandidates(p)
		got := brand.Candidates(p)
		if !cmp.Equal(want, got) {
			t.Errorf("Candidates(%q) = %v, reference %v", p, got, want)
		}
		if d := brand.Detect(p); (len(want) == 1) != (d != brand.Unknown) || len(want) == 1 && d != want[0] {
			t.Errorf("Detect(%q) = %v, reference candidates %v", p, d, want)
		}
		pan := withCheck(p, 16)
		n, err := brand.Parse(pan)
		if wantB := refBrand(pan); refNumberLen(pan) {
			if err != nil || n.Brand() != wantB {
				t.Errorf("Parse(%q) = %v, %v, want %v", pan, n.Brand(), err, wantB)
			}
		} else if !errors.Is(err, brand.ErrLength) {
			t.Errorf("Parse(%q) error %v, want ErrLength", pan, err)
		}
	}
}
