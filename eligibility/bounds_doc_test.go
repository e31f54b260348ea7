package eligibility

import (
	"testing"

	"github.com/kessai-jp/kessai/internal/bound/boundtest"
)

// TestBoundsDoc: the kessai package doc's table of bounds (../doc.go)
// gives every bound of this package, exported or not, each with its value;
// the rows of unexported bounds name the input ("eligibility card.name"),
// as a reader of the module cannot open an unexported constant.
func TestBoundsDoc(t *testing.T) {
	want := map[string]int64{
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
		"eligibility Policy.WithName":    maxPolicyName,
	}
	boundtest.DocTable(t, "../doc.go", "eligibility", want)
}
