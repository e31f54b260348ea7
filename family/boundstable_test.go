package family

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestBoundsTable: the table of bounds in package kessai's doc (../doc.go)
// gives every bound of package family, each named by the field it bounds,
// with the value of its (unexported) constant.
func TestBoundsTable(t *testing.T) {
	want := map[string]int64{
		"family.Account.Lines":      maxLines,
		"family.Account.Conditions": maxConditions,
		"family.Line.Charges":       maxChargesPerLine,
		"family.Line.ID":            maxIDBytes,
		"family.Card.Name":          maxNameBytes,
		"family.Charge.Description": maxDescriptionBytes,
		"family.Charge.Amount":      int64(maxChargeAmount),
		"family.Plan.Discounts":     maxDiscounts,
	}
	src, err := os.ReadFile("../doc.go")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`^//\t(family\.[\w.]+)\s+([0-9,]+)`)
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
