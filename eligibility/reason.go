package eligibility

import (
	"sort"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/internal/msg"
)

// Code is the stable machine code of a [Reason], e.g. "card-expired". Codes
// never change meaning; new ones may be added. [Codes] lists them all and
// [ReasonFor] gives the text of each.
//
// The codes [Policy.Check] finds on the card, the holder and the
// application have constants, for a caller to switch on. The codes that
// explain a cell of a preset's method table ("credit-accepted",
// "debit-not-accepted", "not-stated", "bank-transfer-eo-hikari", …, and
// "instalments-not-offered", "gift-campaign-only"), the notes
// "country-not-checked" and "name-not-checked", and those a caller reports
// for its card gateway through [ReasonFor] ("credit-limit-exceeded",
// "security-lock", "maintenance": the C6 checklist; "repeated-errors": D8)
// have none: they are values of Code all the same, written as text
// (eligibility.Code("maintenance")).
type Code string

// The codes of Check's findings. The rule a code usually rests on is in
// brackets; a [Reason] carries the rule that applied.
const (
	CodeBrandNotAccepted    Code = "brand-not-accepted"    // [M1, C6]
	CodeCardExpired         Code = "card-expired"          // [C4, C6]
	CodeCardExpiresSoon     Code = "card-expires-soon"     // [CH3] a note
	CodeCardIssuedAbroad    Code = "card-issued-abroad"    // [C2]
	CodeCardNumberInvalid   Code = "card-number-invalid"   // [C6]
	CodeCorporateCard       Code = "corporate-card"        // [C1]
	CodeDebitUncertain      Code = "debit-uncertain"       // [M2]
	CodeGiftNotCombinable   Code = "gift-not-combinable"   // [M8]
	CodeInvalidInput        Code = "invalid-input"         // [C6] or none
	CodeHolderNameMismatch  Code = "name-mismatch"         // [C3]
	CodeHolderNameVariant   Code = "name-variant"          // [C3] a note
	CodeNewContractsClosed  Code = "new-contracts-closed"  // [P3] published
	CodeSecurityCodeInvalid Code = "security-code-invalid" // [C5]
)

// The codes without a constant of their own (see [Code]).
const (
	codeBankTransferAccepted    Code = "bank-transfer-accepted"      // [P1, P3]
	codeBankTransferByPhone     Code = "bank-transfer-by-phone"      // [P3] published
	codeBankTransferConditional Code = "bank-transfer-conditional"   // [P2]
	codeBankTransferEoHikari    Code = "bank-transfer-eo-hikari"     // [P1] published
	codeBankTransferNoDevice    Code = "bank-transfer-no-device-set" // [P3] published
	codeBankTransferRejected    Code = "bank-transfer-not-accepted"  // [M3]
	codeBankTransferSlipFee     Code = "bank-transfer-slip-fee"      // [P2] published, a note
	codeCountryNotChecked       Code = "country-not-checked"         // [C2] a note
	codeCreditAccepted          Code = "credit-accepted"             // [M1]
	codeCreditLimitExceeded     Code = "credit-limit-exceeded"       // [C6] for callers
	codeDebitNotAccepted        Code = "debit-not-accepted"          // [M2]
	codeDebitPartly             Code = "debit-partly"                // [M10, P1–P3]
	codeDeviceInstalments       Code = "device-instalments"          // [M9] published, a note
	codeEMoneyNotAccepted       Code = "emoney-not-accepted"         // [M7]
	codeGiftAccepted            Code = "gift-accepted"               // [M10]
	codeGiftCampaignConditions  Code = "gift-campaign-conditions"    // [M8]
	codeGiftCampaignOnly        Code = "gift-campaign-only"          // [M8]
	codeInstalmentsNotOffered   Code = "instalments-not-offered"     // [M9]
	codeInvoiceAccepted         Code = "invoice-accepted"            // [P4]
	codeInvoiceCorporateOnly    Code = "invoice-corporate-only"      // [M5]
	codeInvoiceNotAccepted      Code = "invoice-not-accepted"        // [P1] published
	codeKonbiniArrearsSlip      Code = "konbini-arrears-slip"        // [M4, D4, D5]
	codeKonbiniNotAccepted      Code = "konbini-not-accepted"        // [M4]
	codeKonbiniSlipByDeadline   Code = "konbini-slip-by-deadline"    // [M4, D4, D5] published
	codeLumpSumOnly             Code = "lump-sum-only"               // [M9] a note
	codeMaintenance             Code = "maintenance"                 // [C6] for callers
	codeHolderNameNotChecked    Code = "name-not-checked"            // [C3] a note
	codeNotStated               Code = "not-stated"                  // [P1–P3, M10]
	codePointsAccepted          Code = "points-accepted"             // [M6, M10]
	codePointsBicOnly           Code = "points-bic-only"             // [M6]
	codePolicyOverride          Code = "policy-override"             // a caller's policy
	codePrepaidNotAccepted      Code = "prepaid-not-accepted"        // [M7]
	codeRepeatedErrors          Code = "repeated-errors"             // [D8] for callers
	codeSecurityLock            Code = "security-lock"               // [C6] for callers
)

// catalogue holds the text of every code, sorted by code for binary search
// (TestCatalogueSorted). Remedies are the seed's advice: the C6 checklist,
// CH3, D5, D8 and M9's conversion at the card company.
var catalogue = [...]struct {
	code               Code
	rule               string // the rule ReasonFor uses
	ja, en             string
	remedyJA, remedyEN string
}{
	{codeBankTransferAccepted, "P1",
		"口座振替で支払えます。", "Bank account transfer is accepted.",
		"", ""},
	{codeBankTransferByPhone, "P3",
		"既存の契約者は電話で申し込めば口座振替を使えます（端末セットは対象外）。", "Existing customers may pay by bank transfer on request by phone (not with a device set).",
		"事業者に電話で申し込んでください。", "Ask the carrier by phone."},
	{codeBankTransferConditional, "P2",
		"条件付きで口座振替が使えます。", "Bank account transfer is accepted under conditions.",
		"条件は事業者に確認してください。", "Ask the carrier which conditions apply."},
	{codeBankTransferEoHikari, "P1",
		"口座振替はeo光を口座振替で利用している人に限り使えます。", "Bank account transfer only for customers who also pay for eo Hikari fibre by bank transfer.",
		"eo光を利用していない場合はクレジットカードを用意してください。", "Without eo Hikari, use a credit card."},
	{codeBankTransferNoDevice, "P3",
		"端末セットの購入には口座振替を使えません。", "Bank account transfer cannot pay for a device set.",
		"ほかの支払い方法を事業者に確認してください。", "Ask the carrier which other methods apply."},
	{codeBankTransferRejected, "M3",
		"口座振替には対応していません。", "Bank account transfer is not accepted.",
		"契約者本人名義のクレジットカードを用意してください。", "Use a credit card in the contract holder's name."},
	{codeBankTransferSlipFee, "P2",
		"口座振替で支払えます。引き落としできなかったときは手数料付きの払込用紙が郵送されます。", "Bank account transfer is accepted; when a transfer fails, a paper payment slip is posted, for a fee.",
		"", ""},
	{CodeBrandNotAccepted, "M1",
		"このカードブランドには対応していません（対応ブランド: Visa、Mastercard、JCB、American Express、Diners Club）。",
		"This card brand is not accepted (accepted: Visa, Mastercard, JCB, American Express, Diners Club).",
		"対応ブランドのクレジットカードを登録してください。", "Register a credit card of an accepted brand."},
	{CodeCardExpired, "C4",
		"カードの有効期限が切れています。", "The card has expired.",
		"カード表面の有効期限を確認し、更新後のカード情報を登録してください。", "Check the expiry date on the card and register the renewed card."},
	{CodeCardExpiresSoon, "CH3",
		"カードの有効期限が今月末で切れます。", "The card expires at the end of this month.",
		"有効期限が切れる前、次回請求日より前に新しいカード情報へ更新してください。", "Update the card before it expires and before the next billing date."},
	{CodeCardIssuedAbroad, "C2",
		"海外で発行されたカードは登録できません。", "Cards issued outside Japan are not accepted.",
		"日本国内で発行された本人名義のクレジットカードを登録してください。", "Register a credit card issued in Japan in the contract holder's name."},
	{CodeCardNumberInvalid, "C6",
		"カード番号に誤りがあります。", "The card number is not valid.",
		"カード番号を確認し、慎重に入力し直してください。", "Check the card number and enter it again carefully."},
	{CodeCorporateCard, "C1",
		"法人カードは個人の契約には登録できません。", "A corporate card cannot pay for an individual's contract.",
		"契約者本人名義の個人のクレジットカードを登録してください。", "Register a personal credit card in the contract holder's name."},
	{codeCountryNotChecked, "C2",
		"カードの発行国が指定されていないため、日本国内発行かどうかは確認していません。", "The issuer country was not given, so whether the card was issued in Japan was not checked.",
		"", ""},
	{codeCreditAccepted, "M1",
		"クレジットカードで支払えます。", "Credit cards are accepted.",
		"", ""},
	{codeCreditLimitExceeded, "C6",
		"カードの利用限度額を超えています。", "The card's credit limit is exceeded.",
		"カードの利用残高に余裕があるか、明細で事前に確認してください。", "Check on your statement that the card has enough credit left."},
	{codeDebitNotAccepted, "M2",
		"デビットカードは利用できません。", "Debit cards are not accepted.",
		"契約者本人名義のクレジットカードを登録してください。", "Register a credit card in the contract holder's name."},
	{codeDebitPartly, "M10",
		"デビットカードは一部のみ利用できます。どのカードが使えるかは保証されません。", "Debit cards are accepted only in part; which ones work is not guaranteed.",
		"エラーが出た場合に備えて、クレジットカードも用意してください。", "Have a credit card ready in case the debit card fails."},
	{CodeDebitUncertain, "M2",
		"このデビットカードは登録できたという報告がありますが、利用は保証されず、公式には推奨されていません。",
		"Some people report registering this debit card, but it is not guaranteed and not officially recommended.",
		"即時引き落としのためエラーや二重引き落としの恐れがあります。エラーが出たらクレジットカードなど他の手段に切り替えてください。",
		"Immediate debiting may cause errors or double charges; if an error appears, switch to a credit card."},
	{codeDeviceInstalments, "M9",
		"端末代金はクレジットカードで一括払いまたは分割払いにできます。", "Devices are paid by credit card, in one lump sum or in instalments.",
		"", ""},
	{codeEMoneyNotAccepted, "M7",
		"電子マネー（PayPay、楽天ペイなど）では支払えません。", "E-money (PayPay, Rakuten Pay, …) is not accepted.",
		"契約者本人名義のクレジットカードを用意してください。", "Use a credit card in the contract holder's name."},
	{codeGiftAccepted, "M10",
		"ギフト券で支払えます。", "Gift certificates are accepted.",
		"", ""},
	{codeGiftCampaignConditions, "M8",
		"ギフト券はキャンペーン期間中に限り使えます。事前エントリーや専用コードが必要な場合があり、数量限定で、対象端末や購入方法に制限があります。",
		"Gift certificates are accepted only during the campaign: an entry or a code may be needed, quantities are limited, and only some devices and ways of buying qualify.",
		"キャンペーンの条件を公式サイトで確認してください。", "Check the campaign's conditions on the official site."},
	{codeGiftCampaignOnly, "M8",
		"ギフト券は特定のキャンペーン時のみ使えます。", "Gift certificates are accepted only during specific campaigns.",
		"開催中のキャンペーンとそのコードを公式サイトで確認してください。", "Check the official site for a running campaign and its code."},
	{CodeGiftNotCombinable, "M8",
		"ギフト券はポイントやカード払いと併用できません。", "Gift certificates cannot be combined with points or a card payment.",
		"ギフト券だけで支払うか、別の支払い方法を選んでください。", "Pay with gift certificates alone, or choose another method."},
	{codeInstalmentsNotOffered, "M9",
		"分割払いには対応していません。クレジットカードの一括払いのみです。", "Instalments are not offered; credit card, lump sum only.",
		"一括払いで購入し、後からカード会社のWebサイトやアプリで分割払いやリボ払いに変更してください（手数料や回数はカード会社によります）。",
		"Pay in one lump sum, then convert to instalments or revolving credit on the card company's site or app (fees and terms depend on the card company)."},
	{CodeInvalidInput, "C6",
		"入力内容に誤りがあります。", "The input is not valid.",
		"カード番号・有効期限・セキュリティコードなどの入力内容を確認してください。", "Check what was entered (number, expiry, security code, …)."},
	{codeInvoiceAccepted, "P4",
		"請求書払いで支払えます（法人契約）。", "Invoice payment is accepted (corporate contracts).",
		"", ""},
	{codeInvoiceCorporateOnly, "M5",
		"請求書払いは個人向けには対応していません。", "Invoice payment is not available to individuals.",
		"法人契約（IIJmio biz）では請求書払いが使えます。", "Corporate contracts (IIJmio biz) may pay by invoice."},
	{codeInvoiceNotAccepted, "P1",
		"請求書払いには対応していません。", "Invoice payment is not accepted.",
		"クレジットカードを用意してください。", "Use a credit card."},
	{codeKonbiniArrearsSlip, "M4",
		"支払い遅れの後に郵送されるコンビニ払込票で支払えます。", "The convenience-store slip mailed after a failed payment can be paid.",
		"反映まで3〜5営業日かかります。レシートは必ず保管してください。", "It takes 3–5 business days to be reflected; keep the receipt."},
	{codeKonbiniNotAccepted, "M4",
		"コンビニ払いには対応していません（支払い遅れ時に郵送される払込票を除く）。", "Convenience-store payment is not accepted (except the slip mailed after a failed payment).",
		"契約者本人名義のクレジットカードを用意してください。", "Use a credit card in the contract holder's name."},
	{codeKonbiniSlipByDeadline, "M4",
		"支払い遅れの後に郵送される払込票（圧着はがき）で、記載の期限までにコンビニで支払えます。",
		"The payment slip (a sealed postcard) posted after a failed payment can be paid at a convenience store by the deadline printed on it.",
		"支払いの確認まで7〜10日かかります。期限までに確認できないと利用停止になる場合があります。",
		"Confirming the payment takes 7–10 days; if it is not confirmed by the deadline, service may be suspended."},
	{codeLumpSumOnly, "M9",
		"端末代金はクレジットカードの一括払いのみです。", "Devices are paid by credit card in one lump sum only.",
		"分割払いやリボ払いにしたい場合は、購入後にカード会社で変更してください。", "To pay in instalments or by revolving credit, convert at the card company after the purchase."},
	{codeMaintenance, "C6",
		"システムの一時的なトラブルまたはメンテナンス中です。", "A temporary system problem or maintenance.",
		"時間をおいてから、もう一度登録してください。", "Try again later."},
	{CodeHolderNameMismatch, "C3",
		"カード名義が契約者の氏名と一致しません。", "The name on the card does not match the contract holder's name.",
		"契約者本人名義のカードで、名義（半角ローマ字）がフルネームと完全一致しているか確認してください。家族名義や旧姓のカードは使えません。",
		"Use a card in the contract holder's own name, matching the full name in half-width romaji; a family member's card or a card in a former name does not work."},
	{codeHolderNameNotChecked, "C3",
		"法人契約のため、カード名義と契約者名の照合はしていません。", "Corporate contract: the card name was not compared with the holder's name.",
		"", ""},
	{CodeHolderNameVariant, "C3",
		"カード名義は表記ゆれ（綴り・姓名の順・切り詰め）の範囲で契約者の氏名と一致しました。", "The card name matches the holder's name through a variant (spelling, order or truncation).",
		"", ""},
	{CodeNewContractsClosed, "P3",
		"新規契約の受付を終了しています。", "Not accepting new contracts.",
		"ほかの事業者を選んでください（既存の契約者は引き続き支払えます）。", "Choose another carrier (existing customers can still pay)."},
	{codeNotStated, "",
		"記事はこの支払い方法について述べていません。", "The source does not say whether this is accepted.",
		"事業者の公式サイトで確認してください。", "Check the carrier's official site."},
	{codePointsAccepted, "M10",
		"ビックポイントで支払えます。", "Bic points are accepted.",
		"", ""},
	{codePointsBicOnly, "M6",
		"ビックポイントはこの窓口では使えません。", "Bic points cannot be used here.",
		"ビックカメラの店舗またはビックカメラ.comで端末を購入するときに使えます。", "Use them when buying a device at a Bic Camera store or on Bic Camera online."},
	{codePolicyOverride, "",
		"この事業者の設定による判定です。", "Set by this policy's operator.",
		"", ""},
	{codePrepaidNotAccepted, "M7",
		"プリペイドカード（Vプリカなど）は利用できません。", "Prepaid cards (V-Preca, …) are not accepted.",
		"契約者本人名義のクレジットカードを用意してください。", "Use a credit card in the contract holder's name."},
	{codeRepeatedErrors, "D8",
		"エラーが複数回続いています。", "Several errors in a row.",
		"別のクレジットカードへの変更を検討してください。", "Consider changing to another credit card."},
	{CodeSecurityCodeInvalid, "C5",
		"セキュリティコードの桁数が正しくありません（3桁、American Expressは4桁）。", "The security code has the wrong length (3 digits, 4 for American Express).",
		"カードのセキュリティコードを確認し、全桁を正しく入力してください。", "Check the card's security code and enter every digit."},
	{codeSecurityLock, "C6",
		"カード会社がセキュリティのため一時的にロックしています。", "The card issuer has locked the card for security.",
		"カード会社に確認してください。", "Ask the card issuer."},
}

func lookup(c Code) int {
	i := sort.Search(len(catalogue), func(i int) bool { return catalogue[i].code >= c })
	if i < len(catalogue) && catalogue[i].code == c {
		return i
	}
	return -1
}

// Codes returns every reason code, sorted.
func Codes() []Code {
	out := make([]Code, len(catalogue))
	for i := range catalogue {
		out[i] = catalogue[i].code
	}
	return out
}

// ReasonFor returns a Reason for a catalogued code with the rule it usually
// rests on and a Verdict of Rejected; false for an unknown code. Callers use
// it to report failures that only the card gateway knows (credit limit,
// security lock, maintenance: the C6 checklist; repeated errors: D8).
func ReasonFor(c Code) (Reason, bool) {
	i := lookup(c)
	if i < 0 {
		return Reason{}, false
	}
	return Reason{Code: c, Rule: catalogue[i].rule}, true
}

// Reason is one finding behind a [Decision]: a stable code, the rule ID of
// docs/RULES.md it rests on, the verdict it implies on its own, and for bad input
// the field. A Reason holds no input text, so it can never echo a card
// number or security code.
type Reason struct {
	Code    Code    `json:"code"`
	Rule    string  `json:"rule,omitempty"` // e.g. "C4"; empty for invalid-input about the application's own fields
	Verdict Verdict `json:"verdict"`        // what this finding alone implies; Accepted for a note
	// Source is where the fact comes from, for a finding drawn from a
	// preset's table: the seed article or a public page, with its date.
	Source billing.Source `json:"source,omitzero"`
	Field  string         `json:"field,omitempty"`
	// Detail refines the code with constant tokens only: the kind of bad
	// input ("too-long", "missing", …), for "name-variant" the matcher's
	// kind and rule codes, for "new-contracts-closed" the day ("since
	// 2023-06-26").
	Detail string `json:"detail,omitempty"`
}

// Message returns the reason as a sentence for the customer, in Japanese
// for a Japanese tag and in English otherwise. It holds no code, field key
// or rule ID: those are the fields Code, Field, Rule and Detail. For
// "invalid-input" it says which field and what is wrong with it, as
// [Error.Message] does ("有効期限：範囲の外です"); an unknown code gives the
// code itself.
func (r Reason) Message(t language.Tag) string {
	i := lookup(r.Code)
	switch {
	case i < 0:
		return string(r.Code)
	case r.Code == CodeInvalidInput && !fieldLabel(r.Field).IsZero():
		return msg.Field(t, fieldLabel(r.Field), category(errorOf(r.Detail)).Text(), msg.Text{})
	case isJapanese(t):
		return catalogue[i].ja
	}
	return catalogue[i].en
}

// Remedy returns what the user can do, in Japanese for a Japanese tag and in
// English otherwise; "" when the seed gives no remedy.
func (r Reason) Remedy(t language.Tag) string {
	i := lookup(r.Code)
	switch {
	case i < 0:
		return ""
	case isJapanese(t):
		return catalogue[i].remedyJA
	default:
		return catalogue[i].remedyEN
	}
}
