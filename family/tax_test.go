package family_test

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/family"
)

// TestJapanTaxRatesSource checks the rate table against the figures its
// source constant cites, so that the two cannot drift apart.
func TestJapanTaxRatesSource(t *testing.T) {
	re := regexp.MustCompile(`(\d{4}-\d{2}-\d{2}) (\d+)%(?: standard / (\d+)% reduced)?`)
	var want []family.TaxRate
	for _, m := range re.FindAllStringSubmatch(family.TaxRatesSource, -1) {
		r := family.TaxRate{From: billing.MustParseDate(m[1])}
		r.Standard, _ = strconv.Atoi(m[2])
		if m[3] != "" {
			r.Reduced, _ = strconv.Atoi(m[3])
		}
		want = append(want, r)
	}
	if len(want) != 4 {
		t.Fatalf("TaxRatesSource cites %d rates, want 4: %q", len(want), family.TaxRatesSource)
	}
	if diff := cmp.Diff(want, family.JapanTaxRates()); diff != "" {
		t.Errorf("JapanTaxRates() differs from TaxRatesSource (-source +table):\n%s", diff)
	}
	// A new slice on each call: changing one leaves the next alone.
	r := family.JapanTaxRates()
	r[0].Standard = 99
	if family.JapanTaxRates()[0].Standard != 3 {
		t.Error("JapanTaxRates shares its slice between calls")
	}
}
