package brand_test

import (
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/brand"
)

// Sinks keep the compiler from optimising the benchmarked calls away.
var (
	sinkNumber brand.Number
	sinkErr    error
	sinkBrand  brand.Brand
	sinkBool   bool
	sinkBytes  []byte
	sinkBrands []brand.Brand
)

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkNumber, sinkErr = brand.Parse("4111111111111111")
	}
}

func BenchmarkParseSpaced(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkNumber, sinkErr = brand.Parse("4111 1111 1111 1111")
	}
}

func BenchmarkParseFullWidth(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkNumber, sinkErr = brand.Parse("４１１１　１１１１　１１１１　１１１１")
	}
}

// BenchmarkParseWorst reads the slowest input within MaxInputLen that we
// know of: 32 hyphens U+2010, each folded and looked up in the Unicode dash
// table, and no digit (ErrEmpty, so one allocation).
func BenchmarkParseWorst(b *testing.B) {
	s := strings.Repeat("\u2010", brand.MaxInputLen/3)
	b.ReportAllocs()
	for b.Loop() {
		sinkNumber, sinkErr = brand.Parse(s)
	}
}

func BenchmarkDetect(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkBrand = brand.Detect("4111111111111111")
	}
}

func BenchmarkDetectShort(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkBrand = brand.Detect("35")
	}
}

func BenchmarkLuhn(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkBool = brand.Luhn("4111111111111111")
	}
}

func BenchmarkCandidates(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkBrands = brand.Candidates("3")
	}
}

func BenchmarkAppendMasked(b *testing.B) {
	n := mustParse("4111111111111111")
	buf := make([]byte, 0, 32)
	b.ReportAllocs()
	for b.Loop() {
		sinkBytes = n.AppendMasked(buf[:0])
	}
}

// TestNoAllocs guards the allocation budgets: Parse (ASCII and full width),
// Detect, Luhn, AppendCandidates, AppendMasked, AppendFormat,
// and a valid ValidSecurityCode do not allocate; an error
// from Parse costs one allocation, the *ParseError.
func TestNoAllocs(t *testing.T) {
	n := mustParse("4111111111111111")
	buf := make([]byte, 0, 32)
	var bs [9]brand.Brand
	tests := []struct {
		name string
		max  float64
		f    func()
	}{
		{"Parse", 0, func() { sinkNumber, sinkErr = brand.Parse("4111111111111111") }},
		{"Parse spaced", 0, func() { sinkNumber, sinkErr = brand.Parse("4111 1111-1111 1111") }},
		{"Parse full width", 0, func() { sinkNumber, sinkErr = brand.Parse("４１１１　１１１１　１１１１　１１１１") }},
		{"Parse error", 1, func() { sinkNumber, sinkErr = brand.Parse("4111111111111112") }},
		{"Detect", 0, func() { sinkBrand = brand.Detect("4111111111111111") }},
		{"Detect full width", 0, func() { sinkBrand = brand.Detect("３５") }},
		{"Luhn", 0, func() { sinkBool = brand.Luhn("4111111111111111") }},
		{"AppendCandidates", 0, func() { sinkBrands = brand.AppendCandidates(bs[:0], "3") }},
		{"AppendMasked", 0, func() { sinkBytes = n.AppendMasked(buf[:0]) }},
		{"AppendFormat", 0, func() { sinkBytes = n.AppendFormat(buf[:0]) }},
		{"ValidSecurityCode", 0, func() { sinkErr = brand.ValidSecurityCode(brand.Visa, "１２３") }},
	}
	for _, tc := range tests {
		if got := testing.AllocsPerRun(100, tc.f); got > tc.max {
			t.Errorf("%s: %v allocations, want at most %v", tc.name, got, tc.max)
		}
	}
}
