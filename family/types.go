package family

import (
	"encoding/json"
	"encoding/xml"
	"strconv"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/internal/bound"
)

// Mode is how the lines of one mioID are paid: all on the owner's card
// (まとめ払い, rule F1) or each on its own payment method (個別払い, F2).
// The zero Mode is invalid: a mode is chosen at sign-up (F3), so [Bill]
// rejects an unset one with [ErrMode] instead of guessing.
type Mode uint8

const (
	// ModeUnset is the zero Mode. It is not valid.
	ModeUnset Mode = iota
	// Aggregate (まとめ払い, F1): one invoice on the owner's card for every
	// line, all of them under the account's mioID.
	Aggregate
	// PerLine (個別払い, F2): one invoice per line, each charged to that
	// line's own card, held in that line's holder's name (C1).
	PerLine
)

// IsValid reports whether m is Aggregate or PerLine.
func (m Mode) IsValid() bool { return m == Aggregate || m == PerLine }

// String returns "aggregate", "per-line", or "unset"; an out-of-range value
// prints as "Mode(7)".
func (m Mode) String() string {
	switch m {
	case ModeUnset:
		return "unset"
	case Aggregate:
		return "aggregate"
	case PerLine:
		return "per-line"
	}
	return "Mode(" + strconv.Itoa(int(m)) + ")"
}

// Japanese returns the seed's name of the mode: "まとめ払い" or "個別払い"
// ("未設定" for ModeUnset, "" for an out-of-range value).
func (m Mode) Japanese() string {
	switch m {
	case ModeUnset:
		return "未設定"
	case Aggregate:
		return "まとめ払い"
	case PerLine:
		return "個別払い"
	}
	return ""
}

// ParseMode reads a Mode from its String form or its Japanese name
// ("まとめ払い", "個別払い"). Width is folded first, so full-width letters are
// accepted. Anything else, including "unset", is an error wrapping [ErrMode].
func ParseMode(s string) (Mode, error) {
	if len(s) > maxEnumInput {
		return ModeUnset, &InputError{Field: "mode", Err: ErrTooLong}
	}
	switch fold(s) {
	case "aggregate", "まとめ払い":
		return Aggregate, nil
	case "per-line", "個別払い":
		return PerLine, nil
	}
	return ModeUnset, &InputError{Field: "mode", Err: ErrMode, Detail: "want aggregate or per-line"}
}

// MarshalText returns the String form; an invalid Mode is an error.
func (m Mode) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, &InputError{Field: "mode", Err: ErrMode}
	}
	return []byte(m.String()), nil
}

// UnmarshalText is [ParseMode].
func (m *Mode) UnmarshalText(b []byte) error {
	v, err := ParseMode(bound.Prefix(b, maxEnumInput+1)) // bounded before it is copied
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// LineKind is the kind of a mobile line. The family discount of rule F4
// counts lines of one kind (IIJmio's: voice lines).
type LineKind uint8

const (
	// KindUnknown is the zero LineKind. It is not valid.
	KindUnknown LineKind = iota
	// Voice is a line with voice calls (音声SIM or voice eSIM).
	Voice
	// Data is a data-only line (データ専用).
	Data
	// DataSMS is a data line with SMS (SMS付き).
	DataSMS
)

// IsValid reports whether k is one of the named kinds.
func (k LineKind) IsValid() bool { return k >= Voice && k <= DataSMS }

// String returns "voice", "data", "data-sms" or "unknown"; an out-of-range
// value prints as "LineKind(9)".
func (k LineKind) String() string {
	switch k {
	case KindUnknown:
		return "unknown"
	case Voice:
		return "voice"
	case Data:
		return "data"
	case DataSMS:
		return "data-sms"
	}
	return "LineKind(" + strconv.Itoa(int(k)) + ")"
}

// ParseLineKind reads a LineKind from its String form (width folded).
func ParseLineKind(s string) (LineKind, error) {
	if len(s) > maxEnumInput {
		return KindUnknown, &InputError{Field: "kind", Err: ErrTooLong}
	}
	switch fold(s) {
	case "voice":
		return Voice, nil
	case "data":
		return Data, nil
	case "data-sms":
		return DataSMS, nil
	}
	return KindUnknown, &InputError{Field: "kind", Err: ErrKind, Detail: "want voice, data or data-sms"}
}

// MarshalText returns the String form; an invalid kind is an error.
func (k LineKind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, &InputError{Field: "kind", Err: ErrKind}
	}
	return []byte(k.String()), nil
}

// UnmarshalText is [ParseLineKind].
func (k *LineKind) UnmarshalText(b []byte) error {
	v, err := ParseLineKind(bound.Prefix(b, maxEnumInput+1))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// TaxCategory is how consumption tax (消費税) treats a charge.
//
// Mobile charges (monthly fees, data, calls, SMS, option fees, the universal
// service and relay service fees, SIM issue fees) are telecommunication
// services and take the standard rate: use [Standard]. The reduced rate is
// for food and drink and newspaper subscriptions, never for telecom; it is
// here so that an invoice carrying such an item is still computed correctly.
// Late charges (遅延損害金, rule D7) are compensation, not a taxable supply:
// use [NonTaxable].
type TaxCategory uint8

const (
	// TaxUnknown is the zero TaxCategory. It is not valid: a charge's tax
	// treatment is never guessed.
	TaxUnknown TaxCategory = iota
	// Standard is the standard rate (標準税率), 10% since 2019-10-01.
	Standard
	// Reduced is the reduced rate (軽減税率), 8% since 2019-10-01; it did not
	// exist before.
	Reduced
	// NonTaxable covers charges outside consumption tax: non-taxable
	// (非課税) and out-of-scope (不課税) amounts.
	NonTaxable
)

// numCategories is the number of valid categories; arrays indexed by
// category-1 have this length.
const numCategories = 3

// IsValid reports whether c is one of the named categories.
func (c TaxCategory) IsValid() bool { return c >= Standard && c <= NonTaxable }

// String returns "standard", "reduced", "non-taxable" or "unknown"; an
// out-of-range value prints as "TaxCategory(5)".
func (c TaxCategory) String() string {
	switch c {
	case TaxUnknown:
		return "unknown"
	case Standard:
		return "standard"
	case Reduced:
		return "reduced"
	case NonTaxable:
		return "non-taxable"
	}
	return "TaxCategory(" + strconv.Itoa(int(c)) + ")"
}

// ParseTaxCategory reads a TaxCategory from its String form (width folded).
func ParseTaxCategory(s string) (TaxCategory, error) {
	if len(s) > maxEnumInput {
		return TaxUnknown, &InputError{Field: "tax", Err: ErrTooLong}
	}
	switch fold(s) {
	case "standard":
		return Standard, nil
	case "reduced":
		return Reduced, nil
	case "non-taxable":
		return NonTaxable, nil
	}
	return TaxUnknown, &InputError{Field: "tax", Err: ErrTaxCategory, Detail: "want standard, reduced or non-taxable"}
}

// MarshalText returns the String form; an invalid category is an error.
func (c TaxCategory) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, &InputError{Field: "tax", Err: ErrTaxCategory}
	}
	return []byte(c.String()), nil
}

// UnmarshalText is [ParseTaxCategory].
func (c *TaxCategory) UnmarshalText(b []byte) error {
	v, err := ParseTaxCategory(bound.Prefix(b, maxEnumInput+1))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Rounding is how the consumption tax of an invoice is rounded to a whole
// yen. The qualified-invoice rules leave the method to the issuer but allow
// one rounding per invoice per rate. The zero value is [RoundDown]
// (切り捨て), the usual practice and this package's documented default.
type Rounding uint8

const (
	// RoundDown drops the fraction (切り捨て). The zero value.
	RoundDown Rounding = iota
	// RoundHalfUp rounds a fraction of one half or more up (四捨五入).
	RoundHalfUp
	// RoundUp raises any fraction to the next yen (切り上げ).
	RoundUp
)

// IsValid reports whether r is one of the named roundings.
func (r Rounding) IsValid() bool { return r <= RoundUp }

// String returns "down", "half-up" or "up"; an out-of-range value prints as
// "Rounding(4)".
func (r Rounding) String() string {
	switch r {
	case RoundDown:
		return "down"
	case RoundHalfUp:
		return "half-up"
	case RoundUp:
		return "up"
	}
	return "Rounding(" + strconv.Itoa(int(r)) + ")"
}

// ParseRounding reads a Rounding from its String form (width folded).
func ParseRounding(s string) (Rounding, error) {
	if len(s) > maxEnumInput {
		return RoundDown, &InputError{Field: "rounding", Err: ErrTooLong}
	}
	switch fold(s) {
	case "down":
		return RoundDown, nil
	case "half-up":
		return RoundHalfUp, nil
	case "up":
		return RoundUp, nil
	}
	return RoundDown, &InputError{Field: "rounding", Err: ErrPlan, Detail: "want down, half-up or up"}
}

// MarshalText returns the String form; an invalid rounding is an error.
func (r Rounding) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, &InputError{Field: "rounding", Err: ErrPlan}
	}
	return []byte(r.String()), nil
}

// UnmarshalText is [ParseRounding].
func (r *Rounding) UnmarshalText(b []byte) error {
	v, err := ParseRounding(bound.Prefix(b, maxEnumInput+1))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Card is a payment card as kessai keeps it: the name printed on it and its
// last four digits, never a full card number (package brand reads and masks
// one; [brand.Number.Last4] gives Last4). Its String, GoString, MarshalJSON,
// MarshalXML and GobEncode show a name that passes validation and exactly
// four digits, or "?" and "????", so a number typed into either field is
// never shown through them; fmt printing a Card from a caller's unexported
// field, where it cannot call them, shows the fields as given.
type Card struct {
	// Name is the holder's name as printed on the card, in half-width romaji
	// (C3), e.g. "YAMADA TARO". Full-width letters are accepted.
	Name string
	// Last4 is the last four digits of the card number, the only part of it
	// that is kept, e.g. "1234". Full-width digits are accepted.
	Last4 string
}

// IsZero reports whether c is the zero Card (no card given).
func (c Card) IsZero() bool { return c == Card{} }

// String returns the card as "YAMADA TARO ****1234". A field that does not
// pass validation is shown as "?" so that a mistyped full number never
// prints.
func (c Card) String() string {
	name, last4 := c.shown()
	return name + " ****" + last4
}

// shown returns the card's fields as they may be shown: the folded name, or
// "?" when it does not pass validation, and the last four digits in ASCII,
// or "????".
func (c Card) shown() (name, last4 string) {
	name, last4 = "?", "????"
	if n, err := checkName(c.Name, MaxNameBytes); err == nil && n != "" {
		name = n
	}
	if l, ok := foldLast4(c.Last4); ok {
		last4 = l
	}
	return name, last4
}

// MarshalJSON encodes the card as {"name": ..., "last4": ...} with the
// fields shown as String shows them, so that JSON never carries a card
// number typed into either field.
func (c Card) MarshalJSON() ([]byte, error) { return json.Marshal(c.encoded()) }

// cardShown is a Card's fields as String shows them, for the encoders.
type cardShown struct {
	Name  string `json:"name" xml:"name"`
	Last4 string `json:"last4" xml:"last4"`
}

func (c Card) encoded() cardShown {
	name, last4 := c.shown()
	return cardShown{name, last4}
}

// MarshalXML encodes the card as MarshalJSON does, for encoding/xml, which
// would otherwise write the fields as they were given.
func (c Card) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return e.EncodeElement(c.encoded(), start)
}

// GobEncode encodes the card as MarshalJSON does, for encoding/gob, which
// would otherwise write the fields as they were given.
func (c Card) GobEncode() ([]byte, error) { return c.MarshalJSON() }

// GobDecode decodes what GobEncode wrote: the name and last four digits as
// shown ("?" and "????" for fields that did not pass validation).
func (c *Card) GobDecode(b []byte) error {
	var v cardShown
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*c = Card(v)
	return nil
}

// GoString is like String in Go syntax, so %#v never prints a card number
// either.
func (c Card) GoString() string {
	return "family.Card{" + strconv.Quote(c.String()) + "}"
}

// Charge is one item billed on a line for the month.
type Charge struct {
	// Description says what the charge is for, e.g. "monthly fee"; at most
	// [MaxDescriptionBytes] bytes of UTF-8 without control characters.
	Description string
	// Amount is tax-exclusive (税抜), in yen; never negative (discounts come
	// from the [Plan]) and at most [MaxChargeAmount].
	Amount billing.Yen
	// Tax is the charge's consumption-tax category; mobile charges are
	// [Standard].
	Tax TaxCategory
}

// Line is one mobile line (回線) under a mioID.
type Line struct {
	// ID identifies the line within the account, e.g. its phone number or a
	// contract reference; unique after width folding and trimming, at most
	// [MaxIDBytes] bytes, and never a card-number-like run of 12 or more
	// digits.
	ID string
	// Kind is voice, data or data with SMS.
	Kind LineKind
	// MioID is the mioID (IIJmio's account ID) the line is under. Rule F1
	// needs it to equal the account's in Aggregate mode; it is required, not
	// defaulted.
	MioID string
	// Holder is the kana name of the line's holder (名義人), the person who
	// pays for it in PerLine mode, e.g. "ヤマダ ハナコ"; like every name, it
	// has no digits, in either mode.
	Holder string
	// User is the kana name of who uses the line (利用者) when that is not
	// the holder, e.g. a child's line paid by a parent; optional, shown on
	// invoices only.
	User string
	// Card is the line's own card, used in PerLine mode (F2) and then
	// required; its name must match Holder (C1).
	Card Card
	// Charges are the line's charges for the month, at most
	// [MaxChargesPerLine]; none is allowed (the line then costs ¥0).
	Charges []Charge
}

// Account is a mioID with its owner, its lines and the billing date of the
// month being billed.
type Account struct {
	// MioID is the account's mioID.
	MioID string
	// Owner is the contract holder's kana name, e.g. "ヤマダ タロウ"; no
	// digits.
	Owner string
	// Card is the owner's card, used in Aggregate mode (F1) and then
	// required; its name must match Owner (C1).
	Card Card
	// Mode is how the account pays (F1, F2); chosen at sign-up and changed
	// later (F3, see [SwitchRule]).
	Mode Mode
	// Date is the billing date of the month being billed. It selects the
	// consumption-tax rates in force (see [TaxRate]).
	Date billing.Date
	// Lines are the account's lines, 1 to [MaxLinesLimit] and no more than
	// the plan's MaxLines.
	Lines []Line
	// Conditions are the named conditions the account meets that billing
	// data cannot show, such as [NoticeEmailConsent]; a discount that
	// Requires one applies only when it is listed here.
	Conditions []string `json:"conditions,omitempty"`
}

// Payer is who an invoice is charged to.
type Payer struct {
	MioID string // the payer's mioID
	Name  string // the payer's kana name, width folded
	Card  Card   // the card charged
}

// AppliedDiscount is one discount on one line of an invoice.
type AppliedDiscount struct {
	Name string      // the discount's name
	Tax  TaxCategory // the category whose base it reduces
	// TaxIncluded is the discount's [Discount.TaxIncluded]: Amount is then
	// what it takes off the tax-included total, and its tax-exclusive part
	// is in the line's Discount.
	TaxIncluded bool        `json:"taxIncluded,omitempty"`
	Amount      billing.Yen // positive; tax-exclusive, or tax-included when TaxIncluded
}

// LineBill is one line's part of an invoice.
type LineBill struct {
	ID     string   // the line's ID, width folded and trimmed
	Kind   LineKind // the line's kind
	MioID  string   // the line's mioID, width folded and trimmed
	Holder string   // the line's holder, width folded and trimmed
	User   string   // the line's user if given, width folded and trimmed
	// Charges are the line's charges in input order (a copy).
	Charges []Charge
	// Subtotal is the tax-exclusive sum of Charges.
	Subtotal billing.Yen
	// Discounts are the discounts on this line, in the plan's order.
	Discounts []AppliedDiscount
	// Discount is the tax-exclusive sum of Discounts: their amounts, and
	// for tax-included ones the tax-exclusive part, derived per invoice and
	// rate and shared among its lines by the largest-remainder method in
	// proportion to their tax-included discounts.
	Discount billing.Yen
	// Tax is this line's share of the invoice's consumption tax. Tax is
	// computed and rounded once per invoice per rate; in an Aggregate
	// invoice it is split across lines by the largest-remainder method (see
	// [Split]) in proportion to each line's taxable base, lines in invoice
	// order, so the shares add up to the invoice's tax exactly.
	Tax billing.Yen
	// Total is Subtotal - Discount + Tax.
	Total billing.Yen
}

// TaxLine is the consumption tax of one invoice at one rate: what the
// qualified-invoice rules require an invoice to state per rate.
type TaxLine struct {
	Category TaxCategory // the tax category
	Rate     int         // the rate in percent; 0 for NonTaxable
	// Base is the tax-exclusive amount at this rate after discounts
	// (税抜価額の合計).
	Base billing.Yen
	// Tax is Base × Rate / 100, rounded once by the plan's [Rounding].
	Tax billing.Yen
}

// Invoice is one bill: to one payer, for one or more lines.
type Invoice struct {
	Mode Mode         // the mode it was billed in
	Date billing.Date // the billing date
	// RatesFrom is the first day of the tax rates used (see [TaxRate]).
	RatesFrom billing.Date
	// Payer is who pays, with the card normalised (folded name, ASCII
	// digits).
	Payer Payer
	// Lines are the lines billed, in ascending order of ID.
	Lines []LineBill
	// Subtotal is the tax-exclusive sum of every charge.
	Subtotal billing.Yen
	// Discount is the sum of the lines' discounts (tax-exclusive).
	Discount billing.Yen
	// Taxes has one entry per category present, in category order
	// (Standard, Reduced, NonTaxable).
	Taxes []TaxLine
	// Tax is the sum of Taxes.
	Tax billing.Yen
	// Total is Subtotal - Discount + Tax, what the payer's card is charged.
	Total billing.Yen
}
