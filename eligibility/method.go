package eligibility

import (
	"fmt"
	"sort"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/internal/bound"
)

// Method is a way of paying: a card, an account transfer, a slip, points.
// The zero value is not a method: [Method.IsValid] reports false for it, and
// [Policy.Accepts] and [Policy.Check] answer Rejected with an "invalid-input"
// reason naming the field.
type Method uint8

const (
	// CreditCard is a credit card (クレジットカード); rules M1, M9.
	CreditCard Method = iota + 1
	// DebitCard is a debit card (デビットカード); rule M2.
	DebitCard
	// PrepaidCard is a prepaid card such as Vプリカ (プリペイドカード); rule M7.
	PrepaidCard
	// BankTransfer is a direct debit from a bank account (口座振替); rule M3.
	BankTransfer
	// ConvenienceStore is paying at a convenience store (コンビニ払い); rule M4.
	ConvenienceStore
	// Invoice is invoice payment (請求書払い); rule M5.
	Invoice
	// Points is paying with points, e.g. Bic points (ビックポイント); rules M6, M10.
	Points
	// GiftCertificate is an IIJmio gift certificate (ギフト券); rules M8, M10.
	GiftCertificate
	// EMoney is electronic money and code payments such as PayPay or
	// 楽天ペイ (電子マネー); rule M7.
	EMoney

	numMethods = iota + 1 // one past the last method, counting the zero value
)

// methodInfo holds the names of a method: the token of String and
// MarshalText, and the labels in Japanese and English.
var methodInfo = [numMethods]struct{ token, ja, en string }{
	{"", "", ""},
	{"credit", "クレジットカード", "credit card"},
	{"debit", "デビットカード", "debit card"},
	{"prepaid", "プリペイドカード", "prepaid card"},
	{"bank-transfer", "口座振替", "bank account transfer"},
	{"konbini", "コンビニ払い", "convenience-store payment"},
	{"invoice", "請求書払い", "invoice payment"},
	{"points", "ポイント払い", "points"},
	{"gift-certificate", "ギフト券", "gift certificate"},
	{"e-money", "電子マネー", "e-money"},
}

// methods returns every valid method in declaration order; a caller loops
// from CreditCard while IsValid holds.
func methods() []Method {
	return []Method{CreditCard, DebitCard, PrepaidCard, BankTransfer, ConvenienceStore, Invoice, Points, GiftCertificate, EMoney}
}

// IsValid reports whether m is one of the declared methods.
func (m Method) IsValid() bool { return m >= CreditCard && m < numMethods }

// isCard reports whether m is paid with a card number (credit, debit or
// prepaid), so that [Policy.Check] runs the card checks C1–C5 on it.
func (m Method) isCard() bool { return m == CreditCard || m == DebitCard || m == PrepaidCard }

// String returns the method's short token ("credit", "debit", "konbini", …),
// or "Method(N)" for an invalid value.
func (m Method) String() string {
	if !m.IsValid() {
		return fmt.Sprintf("Method(%d)", uint8(m))
	}
	return methodInfo[m].token
}

// Label returns the method's name in Japanese for a Japanese tag and in
// English otherwise; "" for an invalid value.
func (m Method) Label(t language.Tag) string {
	if !m.IsValid() {
		return ""
	}
	if isJapanese(t) {
		return methodInfo[m].ja
	}
	return methodInfo[m].en
}

// MarshalText returns the token of String, and "" for the zero Method (no
// method given); any other invalid value is an [ErrUnknown] error.
func (m Method) MarshalText() ([]byte, error) {
	if m == 0 {
		return []byte{}, nil
	}
	if !m.IsValid() {
		return nil, &Error{Func: "Method.MarshalText", Field: "method", Err: ErrUnknown}
	}
	return []byte(methodInfo[m].token), nil
}

// UnmarshalText reads a method name: a token of [Method.String] ("credit",
// "bank-transfer"), an English name ("credit card", "CreditCard"), a CLI
// short name ("debit", "bank", "konbini", "gift", "points") or a Japanese
// name ("クレジットカード", "口座振替", "コンビニ払い", "請求書払い", "ビックポイント", "ギフト券", "電子マネー").
// M7's examples name their method too: "PayPay" and "楽天ペイ" are e-money,
// "Vプリカ" a prepaid card. Case, width, spaces, hyphens and underscores do not
// matter. "" gives the zero Method (no method given), so that what
// MarshalText writes reads back. The error wraps [ErrUnknown].
func (m *Method) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = 0
		return nil
	}
	v, err := parseMethod(bound.Prefix(b, maxNameLen+1)) // bounded before it is copied
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// methodAliases maps folded names (see fold: NFKC, lower case, hiragana as
// katakana, no separators, so "払い" is stored as "払イ") to methods: tokens,
// English names, CLI short names and Japanese names. Sorted by key for
// binary search; TestAliasTablesSorted guards the order and the folding.
var methodAliases = [...]struct {
	key string
	m   Method
}{
	{"bank", BankTransfer},
	{"bankaccounttransfer", BankTransfer},
	{"banktransfer", BankTransfer},
	{"bicpoint", Points},
	{"bicpoints", Points},
	{"conveniencestore", ConvenienceStore},
	{"conveniencestorepayment", ConvenienceStore},
	{"credit", CreditCard},
	{"creditcard", CreditCard},
	{"debit", DebitCard},
	{"debitcard", DebitCard},
	{"directdebit", BankTransfer},
	{"emoney", EMoney},
	{"gift", GiftCertificate},
	{"giftcard", GiftCertificate},
	{"giftcertificate", GiftCertificate},
	{"invoice", Invoice},
	{"invoicepayment", Invoice},
	{"konbini", ConvenienceStore},
	{"paypay", EMoney},
	{"point", Points},
	{"points", Points},
	{"prepaid", PrepaidCard},
	{"prepaidcard", PrepaidCard},
	{"rakutenpay", EMoney},
	{"vpreca", PrepaidCard},
	{"vプリカ", PrepaidCard},
	{"ギフトカード", GiftCertificate},
	{"ギフト券", GiftCertificate},
	{"クレカ", CreditCard},
	{"クレジット", CreditCard},
	{"クレジットカード", CreditCard},
	{"コンビニ", ConvenienceStore},
	{"コンビニ払", ConvenienceStore},
	{"コンビニ払イ", ConvenienceStore},
	{"デビット", DebitCard},
	{"デビットカード", DebitCard},
	{"ビックポイント", Points},
	{"ビックポイント払イ", Points},
	{"プリペイド", PrepaidCard},
	{"プリペイドカード", PrepaidCard},
	{"ポイント", Points},
	{"ポイント払イ", Points},
	{"口座振替", BankTransfer},
	{"楽天ペイ", EMoney},
	{"請求書払", Invoice},
	{"請求書払イ", Invoice},
	{"電子マネー", EMoney},
}

// maxNameLen bounds the text handed to parseMethod, parsePurpose and
// parseVerdict, in bytes; longer input fails before any work.
const maxNameLen = 64

// parseMethod is the reading [Method.UnmarshalText] documents.
func parseMethod(s string) (Method, error) {
	if len(s) > maxNameLen {
		return 0, &Error{Func: "Method.UnmarshalText", Field: "method", Err: ErrTooLong}
	}
	k := fold(s)
	i := sort.Search(len(methodAliases), func(i int) bool { return methodAliases[i].key >= k })
	if i < len(methodAliases) && methodAliases[i].key == k {
		return methodAliases[i].m, nil
	}
	return 0, &Error{Func: "Method.UnmarshalText", Field: "method", Err: ErrUnknown}
}

// Purpose is what a payment is for.
// The zero value is not a purpose: [Purpose.IsValid] reports false for it.
type Purpose uint8

const (
	// MonthlyCharges are the monthly charges of a line (月額料金).
	MonthlyCharges Purpose = iota + 1
	// DevicePurchase is buying a device on its own (端末のみ購入); rule M9.
	DevicePurchase
	// ArrearsSettlement is paying charges after a failed payment
	// (滞納分の支払い); rule M4.
	ArrearsSettlement

	numPurposes = iota + 1
)

var purposeInfo = [numPurposes]struct{ token, ja, en string }{
	{"", "", ""},
	{"monthly", "月額料金", "monthly charges"},
	{"device", "端末購入", "device purchase"},
	{"arrears", "滞納分の支払い", "arrears settlement"},
}

// purposes returns every valid purpose in declaration order.
func purposes() []Purpose { return []Purpose{MonthlyCharges, DevicePurchase, ArrearsSettlement} }

// IsValid reports whether p is one of the declared purposes.
func (p Purpose) IsValid() bool { return p >= MonthlyCharges && p < numPurposes }

// String returns the purpose's token ("monthly", "device", "arrears"), or
// "Purpose(N)" for an invalid value.
func (p Purpose) String() string {
	if !p.IsValid() {
		return fmt.Sprintf("Purpose(%d)", uint8(p))
	}
	return purposeInfo[p].token
}

// Label returns the purpose's name in Japanese for a Japanese tag and in
// English otherwise; "" for an invalid value.
func (p Purpose) Label(t language.Tag) string {
	if !p.IsValid() {
		return ""
	}
	if isJapanese(t) {
		return purposeInfo[p].ja
	}
	return purposeInfo[p].en
}

// MarshalText returns the token of String, and "" for the zero Purpose
// (no purpose given); any other invalid value is an [ErrUnknown] error.
func (p Purpose) MarshalText() ([]byte, error) {
	if p == 0 {
		return []byte{}, nil
	}
	if !p.IsValid() {
		return nil, &Error{Func: "Purpose.MarshalText", Field: "purpose", Err: ErrUnknown}
	}
	return []byte(purposeInfo[p].token), nil
}

// UnmarshalText reads a purpose: a token ("monthly", "device", "arrears"), an
// English name ("monthly charges") or a Japanese name ("月額料金", "端末購入",
// "滞納分の支払い"). "" gives the zero Purpose (no purpose given), so that
// what MarshalText writes reads back. The error wraps [ErrUnknown].
func (p *Purpose) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = 0
		return nil
	}
	v, err := parsePurpose(bound.Prefix(b, maxNameLen+1))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// purposeAliases is sorted by key; see methodAliases.
var purposeAliases = [...]struct {
	key string
	p   Purpose
}{
	{"arrears", ArrearsSettlement},
	{"arrearssettlement", ArrearsSettlement},
	{"device", DevicePurchase},
	{"devicepurchase", DevicePurchase},
	{"monthly", MonthlyCharges},
	{"monthlycharges", MonthlyCharges},
	{"月額", MonthlyCharges},
	{"月額料金", MonthlyCharges},
	{"未払イ", ArrearsSettlement},
	{"滞納", ArrearsSettlement},
	{"滞納分ノ支払イ", ArrearsSettlement},
	{"督促", ArrearsSettlement},
	{"端末ノミ購入", DevicePurchase},
	{"端末購入", DevicePurchase},
}

// parsePurpose is the reading [Purpose.UnmarshalText] documents.
func parsePurpose(s string) (Purpose, error) {
	if len(s) > maxNameLen {
		return 0, &Error{Func: "Purpose.UnmarshalText", Field: "purpose", Err: ErrTooLong}
	}
	k := fold(s)
	i := sort.Search(len(purposeAliases), func(i int) bool { return purposeAliases[i].key >= k })
	if i < len(purposeAliases) && purposeAliases[i].key == k {
		return purposeAliases[i].p, nil
	}
	return 0, &Error{Func: "Purpose.UnmarshalText", Field: "purpose", Err: ErrUnknown}
}

// Verdict is the answer to "may this be paid this way?".
type Verdict uint8

const (
	// Rejected: not accepted. The zero value, so a forgotten verdict refuses.
	Rejected Verdict = iota
	// Accepted: accepted.
	Accepted
	// Conditional: accepted only under the conditions stated in the reasons,
	// e.g. during a gift-certificate campaign (M8) or UQ mobile's
	// conditional bank transfer (P2).
	Conditional
	// Uncertain: reported to work for some people, not guaranteed (the M2
	// debit exceptions, "debit partly" in M10 and P1–P3), or not stated by
	// the seed at all (code "not-stated").
	Uncertain

	numVerdicts = iota
)

var verdictInfo = [numVerdicts]struct{ token, ja, en, symbol string }{
	{"rejected", "不可", "rejected", "×"},
	{"accepted", "可", "accepted", "○"},
	{"conditional", "条件付きで可", "conditional", "△"},
	{"uncertain", "不確実", "uncertain", "△"},
}

// IsValid reports whether v is one of the declared verdicts.
func (v Verdict) IsValid() bool { return v < numVerdicts }

// String returns "rejected", "accepted", "conditional" or "uncertain", or
// "Verdict(N)" for an invalid value.
func (v Verdict) String() string {
	if !v.IsValid() {
		return fmt.Sprintf("Verdict(%d)", uint8(v))
	}
	return verdictInfo[v].token
}

// Label returns the verdict in Japanese for a Japanese tag and in English
// otherwise.
func (v Verdict) Label(t language.Tag) string {
	if !v.IsValid() {
		return v.String()
	}
	if isJapanese(t) {
		return verdictInfo[v].ja
	}
	return verdictInfo[v].en
}

// MarshalText returns the token of String; it fails for an invalid value.
func (v Verdict) MarshalText() ([]byte, error) {
	if !v.IsValid() {
		return nil, &Error{Func: "Verdict.MarshalText", Field: "verdict", Err: ErrUnknown}
	}
	return []byte(verdictInfo[v].token), nil
}

// UnmarshalText reads a verdict token, its Japanese label or its symbol ○ or
// ×. The error wraps [ErrUnknown]; △ is ambiguous and refused.
func (v *Verdict) UnmarshalText(b []byte) error {
	x, err := parseVerdict(bound.Prefix(b, maxNameLen+1))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// parseVerdict is the reading [Verdict.UnmarshalText] documents.
func parseVerdict(s string) (Verdict, error) {
	if len(s) > maxNameLen {
		return 0, &Error{Func: "Verdict.UnmarshalText", Field: "verdict", Err: ErrTooLong}
	}
	k := fold(s)
	for v := range Verdict(numVerdicts) {
		if k == verdictInfo[v].token || k == fold(verdictInfo[v].ja) {
			return v, nil
		}
	}
	switch k {
	case "○", "◯":
		return Accepted, nil
	case "×":
		return Rejected, nil
	}
	return 0, &Error{Func: "Verdict.UnmarshalText", Field: "verdict", Err: ErrUnknown}
}

// worse returns the more severe of two verdicts: Rejected over Uncertain over
// Conditional over Accepted.
func worse(a, b Verdict) Verdict {
	if severity(b) > severity(a) {
		return b
	}
	return a
}

func severity(v Verdict) int {
	switch v {
	case Accepted:
		return 0
	case Conditional:
		return 1
	case Uncertain:
		return 2
	case Rejected:
		return 3
	}
	return 3 // an invalid verdict counts as a refusal
}
