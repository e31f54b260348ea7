package brand

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
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
	src, err := os.ReadFile("../doc.go")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`^//\t(brand[. ]\S+(?: \S+)*?)  +([0-9,]+)`)
	seen := map[string]bool{}
	for _, line := range strings.Split(string(src), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		v, err := strconv.ParseInt(strings.ReplaceAll(m[2], ",", ""), 10, 64)
		w, ok := want[m[1]]
		switch {
		case !ok:
			t.Errorf("doc.go's table gives %s, which the test does not know: add it here", m[1])
		case err != nil || v != w:
			t.Errorf("doc.go's table gives %s = %s, the bound is %d", m[1], m[2], w)
		}
		seen[m[1]] = true
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("doc.go's table does not give %s", name)
		}
	}
}
