package eligibility

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestBoundsDoc: the kessai package doc's table of bounds (../doc.go)
// gives every bound of this package, exported or not, each with its value;
// the rows of unexported bounds name the input ("eligibility card.name"),
// as a reader of the module cannot open an unexported constant.
func TestBoundsDoc(t *testing.T) {
	want := map[string]int{
		"eligibility.MaxApplicationJSON": MaxApplicationJSON,
		"eligibility.MaxInstalments":     MaxInstalments,
		"eligibility enum names":         maxNameLen,
		"eligibility card JSON":          maxCardJSON,
		"eligibility card.number":        maxNumberLen,
		"eligibility card.name":          maxCardNameLen,
		"eligibility card.expiry":        maxExpiryLen,
		"eligibility card.issuer":        maxIssuerLen,
		"eligibility card.country":       maxCountryLen,
		"eligibility card.securityCode":  maxSecurityCodeLen,
		"eligibility holder.kana":        maxKanaLen,
		"eligibility campaign":           maxCampaignLen,
		"eligibility combined":           maxCombined,
		"eligibility name on the card":   nameMaxCardRunes,
		"eligibility name in kana":       nameMaxKanaRunes,
	}
	src, err := os.ReadFile("../doc.go")
	if err != nil {
		t.Fatal(err)
	}
	// A row: the bound's name (up to two spaces), then its value.
	row := regexp.MustCompile(`^//\t(eligibility[. ]\S+(?: \S+)*?)  +([0-9,]+)`)
	seen := map[string]bool{}
	for _, line := range strings.Split(string(src), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		v, err := strconv.Atoi(strings.ReplaceAll(m[2], ",", ""))
		w, ok := want[m[1]]
		switch {
		case !ok:
			t.Errorf("doc.go's table gives %q, which the test does not know: add it here", m[1])
		case err != nil || v != w:
			t.Errorf("doc.go's table gives %s = %s, the bound is %d", m[1], m[2], w)
		}
		seen[m[1]] = true
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("doc.go's table does not give %q", name)
		}
	}
}
