package brand

import (
	"testing"

	"github.com/kessai-jp/kessai/internal/bound/boundtest"
)

// TestBoundsTable: the kessai package doc's table of bounds (../doc.go)
// gives each of brand's bounds, which the package keeps unexported, with
// its value; the root package's TestBoundsTable checks the other packages'
// rows.
func TestBoundsTable(t *testing.T) {
	want := map[string]int64{
		"brand.Parse":             maxInputLen,
		"brand.Candidates":        maxDigits,
		"brand.ValidSecurityCode": maxCodeInput,
		"brand enum names":        maxName,
	}
	boundtest.DocTable(t, "../doc.go", "brand", want)
}
