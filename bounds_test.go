package kessai_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/eligibility"
)

// TestBoundsTable: the table of bounds in the package doc (doc.go) gives
// every exported bound, each with the value of its constant. The rows of
// packages brand, billing and family, whose bounds are unexported, are
// checked by their own TestBoundsTable; the rows of eligibility's
// unexported bounds, named by their input ("eligibility card.name"), by
// eligibility's TestBoundsDoc.
func TestBoundsTable(t *testing.T) {
	want := map[string]int64{
		"eligibility.MaxApplicationJSON": eligibility.MaxApplicationJSON,
		"eligibility.MaxInstalments":     eligibility.MaxInstalments,
	}
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`^//\t((?:brand|eligibility|billing|family)\.\w+)\s+([0-9,]+)`)
	seen := map[string]bool{}
	for _, line := range strings.Split(string(src), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil || strings.HasPrefix(m[1], "brand.") || strings.HasPrefix(m[1], "billing.") || strings.HasPrefix(m[1], "family.") {
			continue
		}
		v, err := strconv.ParseInt(strings.ReplaceAll(m[2], ",", ""), 10, 64)
		w, ok := want[m[1]]
		switch {
		case !ok:
			t.Errorf("doc.go's table gives %s, which the test does not know: add it here", m[1])
		case err != nil || v != w:
			t.Errorf("doc.go's table gives %s = %s, the constant is %d", m[1], m[2], w)
		}
		seen[m[1]] = true
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("doc.go's table does not give %s", name)
		}
	}
}
