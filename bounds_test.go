package kessai_test

import (
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
)

// TestBoundsTable: the table of bounds in the package doc (doc.go) gives
// every bound, each with the value of its constant. The rows of packages
// billing and family, whose bounds are unexported, are checked by their own
// TestBoundsTable.
func TestBoundsTable(t *testing.T) {
	want := map[string]int64{
		// brand keeps its bounds unexported: the longest input each
		// function reads, found by calling it.
		"brand.Parse": longest(func(n int) bool {
			_, err := brand.Parse(strings.Repeat(" ", n))
			return !errors.Is(err, brand.ErrTooLong)
		}),
		"brand.Candidates": longest(func(n int) bool { return brand.Candidates(strings.Repeat("4", n)) != nil }),
		"brand.ValidSecurityCode": longest(func(n int) bool {
			return !errors.Is(brand.ValidSecurityCode(brand.Visa, strings.Repeat("1", n)), brand.ErrTooLong)
		}),
		"brand.ParseBrand": longest(func(n int) bool {
			_, err := brand.ParseBrand(strings.Repeat("a", n))
			return !errors.Is(err, brand.ErrTooLong)
		}),
		"eligibility.MaxNameLen":         eligibility.MaxNameLen,
		"eligibility.MaxApplicationJSON": eligibility.MaxApplicationJSON,
		"eligibility.MaxCardJSON":        eligibility.MaxCardJSON,
		"eligibility.MaxNumberLen":       eligibility.MaxNumberLen,
		"eligibility.MaxCardNameLen":     eligibility.MaxCardNameLen,
		"eligibility.MaxExpiryLen":       eligibility.MaxExpiryLen,
		"eligibility.MaxIssuerLen":       eligibility.MaxIssuerLen,
		"eligibility.MaxCountryLen":      eligibility.MaxCountryLen,
		"eligibility.MaxSecurityCodeLen": eligibility.MaxSecurityCodeLen,
		"eligibility.MaxKanaLen":         eligibility.MaxKanaLen,
		"eligibility.MaxCampaignLen":     eligibility.MaxCampaignLen,
		"eligibility.MaxCombined":        eligibility.MaxCombined,
		"eligibility.MaxInstalments":     eligibility.MaxInstalments,
		"eligibility.NameMaxCardRunes":   eligibility.NameMaxCardRunes,
		"eligibility.NameMaxKanaRunes":   eligibility.NameMaxKanaRunes,
	}
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`^//\t((?:brand|eligibility|billing|family)\.\w+)\s+([0-9,]+)`)
	seen := map[string]bool{}
	for _, line := range strings.Split(string(src), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil || strings.HasPrefix(m[1], "billing.") || strings.HasPrefix(m[1], "family.") {
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

// longest returns the largest n up to 1<<16 for which within(n) holds,
// within holding for every smaller n too: the bound of a function that
// keeps its bound unexported, found by calling it.
func longest(within func(n int) bool) int64 {
	n := 0
	for n < 1<<16 && within(n+1) {
		n++
	}
	return int64(n)
}
