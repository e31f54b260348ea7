package eligibility

// The bounds, for the tests of package eligibility_test. The kessai
// package doc's table gives them (TestBoundsDoc).
const (
	MaxNumberLen       = maxNumberLen
	MaxCardNameLen     = maxCardNameLen
	MaxKanaLen         = maxKanaLen
	MaxIssuerLen       = maxIssuerLen
	MaxCountryLen      = maxCountryLen
	MaxSecurityCodeLen = maxSecurityCodeLen
	MaxCampaignLen     = maxCampaignLen
	MaxCombined        = maxCombined
	MaxNameLen         = maxNameLen
	MaxCardJSON        = maxCardJSON
	NameMaxCardRunes   = nameMaxCardRunes
	NameMaxKanaRunes   = nameMaxKanaRunes
	NameTrackLen       = nameTrackLen
)
