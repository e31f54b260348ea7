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

// The codes without a constant of their own, for the tests.
const (
	CodeBankTransferAccepted    = codeBankTransferAccepted
	CodeBankTransferByPhone     = codeBankTransferByPhone
	CodeBankTransferConditional = codeBankTransferConditional
	CodeBankTransferEoHikari    = codeBankTransferEoHikari
	CodeBankTransferNoDevice    = codeBankTransferNoDevice
	CodeBankTransferRejected    = codeBankTransferRejected
	CodeBankTransferSlipFee     = codeBankTransferSlipFee
	CodeCountryNotChecked       = codeCountryNotChecked
	CodeCreditAccepted          = codeCreditAccepted
	CodeCreditLimitExceeded     = codeCreditLimitExceeded
	CodeDebitNotAccepted        = codeDebitNotAccepted
	CodeDebitPartly             = codeDebitPartly
	CodeDeviceInstalments       = codeDeviceInstalments
	CodeEMoneyNotAccepted       = codeEMoneyNotAccepted
	CodeGiftAccepted            = codeGiftAccepted
	CodeGiftCampaignConditions  = codeGiftCampaignConditions
	CodeGiftCampaignOnly        = codeGiftCampaignOnly
	CodeInstalmentsNotOffered   = codeInstalmentsNotOffered
	CodeInvoiceAccepted         = codeInvoiceAccepted
	CodeInvoiceCorporateOnly    = codeInvoiceCorporateOnly
	CodeInvoiceNotAccepted      = codeInvoiceNotAccepted
	CodeKonbiniArrearsSlip      = codeKonbiniArrearsSlip
	CodeKonbiniNotAccepted      = codeKonbiniNotAccepted
	CodeKonbiniSlipByDeadline   = codeKonbiniSlipByDeadline
	CodeLumpSumOnly             = codeLumpSumOnly
	CodeMaintenance             = codeMaintenance
	CodeHolderNameNotChecked    = codeHolderNameNotChecked
	CodeNotStated               = codeNotStated
	CodePointsAccepted          = codePointsAccepted
	CodePointsBicOnly           = codePointsBicOnly
	CodePolicyOverride          = codePolicyOverride
	CodePrepaidNotAccepted      = codePrepaidNotAccepted
	CodeRepeatedErrors          = codeRepeatedErrors
	CodeSecurityLock            = codeSecurityLock
)
