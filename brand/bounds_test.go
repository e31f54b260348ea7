package brand_test

import (
	"testing"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/internal/bound/boundtest"
)

// hostile is what the size tests fill an over-long input with: digits with
// separators of several kinds, an ideographic space, a right-to-left
// override, quotes and a backslash.
const hostile = "4111 1111-1111　1111\u202e\"\\ "

// TestSizeFlat: every entry point refuses an over-long input at a cost
// that does not grow with it (Bounds in the kessai package doc): Parse,
// Detect, Candidates, Luhn, ValidSecurityCode, Brand.UnmarshalText and the
// UnmarshalText methods (which bound their input before copying it), at
// 1 KiB, 1 MiB and 10 MiB (100 MiB with -tags kessai_huge).
func TestSizeFlat(t *testing.T) {
	str := func(n int) any { return boundtest.Repeat(hostile, n) }
	byt := func(n int) any { return []byte(boundtest.Repeat(hostile, n)) }
	cases := []boundtest.Case{
		{Name: "Parse", Bound: brand.MaxInputLen, Input: str, Call: func(in any) { _, sinkErr = brand.Parse(in.(string)) }},
		{Name: "Detect", Bound: brand.MaxInputLen, Input: str, Call: func(in any) { sinkBrand = brand.Detect(in.(string)) }},
		{Name: "Candidates", Bound: brand.MaxInputLen, Input: str, Call: func(in any) { _ = brand.Candidates(in.(string)) }},
		{Name: "Luhn", Bound: brand.MaxInputLen, Input: str, Call: func(in any) { _ = brand.Luhn(in.(string)) }},
		{Name: "ValidSecurityCode", Bound: 16, Input: str, Call: func(in any) { sinkErr = brand.ValidSecurityCode(brand.Visa, in.(string)) }},
		{Name: "Brand.UnmarshalText", Bound: 64, Input: byt, Call: func(in any) { var b brand.Brand; sinkErr = b.UnmarshalText(in.([]byte)) }},
		{Name: "Funding.UnmarshalText", Bound: 64, Input: byt, Call: func(in any) { var f brand.Funding; sinkErr = f.UnmarshalText(in.([]byte)) }},
	}
	boundtest.Flat(t, cases)
}
