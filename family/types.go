package family

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/msg"
)

// Mode is how the lines of one mioID are paid: all on the owner's card
// (まとめ払い, rule F1) or each on its own payment method (個別払い, F2).
// The zero Mode is unset and not valid: a mode is chosen at sign-up (F3),
// so [Bill] rejects an unset one with [ErrEmpty] instead of guessing. In
// JSON a Mode is its token, "aggregate" or "per-line"; the zero Mode is "".
type Mode uint8

const (
	// modeUnset is the zero Mode.
	modeUnset Mode = iota
	// Aggregate (まとめ払い, F1): one invoice on the owner's card for every
	// line, all of them under the account's mioID.
	Aggregate
	// PerLine (個別払い, F2): one invoice per line, each charged to that
	// line's own card, held in that line's holder's name (C1).
	PerLine
)

// IsValid reports whether m is Aggregate or PerLine.
func (m Mode) IsValid() bool { return m == Aggregate || m == PerLine }

// String returns the stable token: "aggregate" or "per-line"; "" for the
// zero Mode and "Mode(7)" for a value out of range.
func (m Mode) String() string {
	switch m {
	case modeUnset:
		return ""
	case Aggregate:
		return "aggregate"
	case PerLine:
		return "per-line"
	}
	return "Mode(" + strconv.Itoa(int(m)) + ")"
}

// Label returns the mode's name for a person: "まとめ払い" or "個別払い" in
// Japanese, "aggregate payment" or "per-line payment" in English; "" for
// a Mode that is not valid.
func (m Mode) Label(tag language.Tag) string {
	switch m {
	case Aggregate:
		return msg.Text{JA: "まとめ払い", EN: "aggregate payment"}.In(tag)
	case PerLine:
		return msg.Text{JA: "個別払い", EN: "per-line payment"}.In(tag)
	case modeUnset:
	}
	return ""
}

func parseMode(fn, s string) (Mode, error) {
	t, err := enumToken(fn, "mode", s)
	if err != nil {
		return modeUnset, err
	}
	switch t {
	case "aggregate", "まとめ払い":
		return Aggregate, nil
	case "per-line", "個別払い":
		return PerLine, nil
	}
	return modeUnset, &Error{Func: fn, Field: "mode", Err: ErrUnknown, why: why("aggregate か per-line", "aggregate or per-line")}
}

// MarshalText returns the token; "" for the zero Mode, an error for a
// value out of range.
func (m Mode) MarshalText() ([]byte, error) {
	if m != modeUnset && !m.IsValid() {
		return nil, &Error{Func: "Mode.MarshalText", Field: "mode", Err: ErrUnknown}
	}
	return []byte(m.String()), nil
}

// UnmarshalText reads a Mode from its token, in any case, or its Japanese
// label ("まとめ払い", "個別払い"); width is folded first, so full-width
// letters are accepted. "" gives the zero Mode, so that what MarshalText
// writes reads back; blank text is an error wrapping [ErrEmpty], anything
// else one wrapping [ErrUnknown].
func (m *Mode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = modeUnset
		return nil
	}
	v, err := parseMode("Mode.UnmarshalText", bound.Prefix(b, maxEnumInput+1)) // bounded before it is copied
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// enumToken bounds and folds the text given to an enum's parser: width
// folded, trimmed and lower-cased. Empty text is [ErrEmpty].
func enumToken(fn, field, s string) (string, error) {
	if len(s) > maxEnumInput {
		return "", &Error{Func: fn, Field: field, Err: ErrTooLong}
	}
	t := strings.ToLower(fold(s))
	if t == "" {
		return "", &Error{Func: fn, Field: field, Err: ErrEmpty}
	}
	return t, nil
}

// TaxCategory is how consumption tax (消費税) treats a charge.
//
// Mobile charges (monthly fees, data, calls, SMS, option fees, the universal
// service and relay service fees, SIM issue fees) are telecommunication
// services and take the standard rate: use [Standard]. (The reduced rate,
// 8% since 2019-10-01, is for food and drink and newspaper subscriptions,
// never for telecom, and is not among the categories.) Late charges (遅延損害金, rule D7) are compensation, not a taxable supply:
// use [NonTaxable]. The zero TaxCategory is unset and not valid: a charge's
// tax treatment is never guessed ([ErrEmpty]). In JSON a category is its
// token; the zero one is "".
type TaxCategory uint8

const (
	// taxUnset is the zero TaxCategory.
	taxUnset TaxCategory = iota
	// Standard is the standard rate (標準税率), 10% since 2019-10-01.
	Standard
	// NonTaxable covers charges outside consumption tax: non-taxable
	// (非課税) and out-of-scope (不課税) amounts.
	NonTaxable
)

// numCategories is the number of valid categories; arrays indexed by
// category-1 have this length.
const numCategories = 2

// IsValid reports whether c is one of the named categories.
func (c TaxCategory) IsValid() bool { return c >= Standard && c <= NonTaxable }

// String returns the stable token: "standard" or "non-taxable";
// "" for the zero TaxCategory and "TaxCategory(5)" for a value out of
// range.
func (c TaxCategory) String() string {
	switch c {
	case taxUnset:
		return ""
	case Standard:
		return "standard"
	case NonTaxable:
		return "non-taxable"
	}
	return "TaxCategory(" + strconv.Itoa(int(c)) + ")"
}

// Label returns the category's name for a person: "標準税率" or "非課税" in
// Japanese, "standard rate" or "non-taxable" in English; "" for a category
// that is not valid.
func (c TaxCategory) Label(tag language.Tag) string {
	switch c {
	case Standard:
		return msg.Text{JA: "標準税率", EN: "standard rate"}.In(tag)
	case NonTaxable:
		return msg.Text{JA: "非課税", EN: "non-taxable"}.In(tag)
	case taxUnset:
	}
	return ""
}

func parseTaxCategory(fn, s string) (TaxCategory, error) {
	t, err := enumToken(fn, "tax", s)
	if err != nil {
		return taxUnset, err
	}
	switch t {
	case "standard", "標準税率":
		return Standard, nil
	case "non-taxable", "非課税":
		return NonTaxable, nil
	}
	return taxUnset, &Error{Func: fn, Field: "tax", Err: ErrUnknown,
		why: why("standard か non-taxable", "standard or non-taxable")}
}

// MarshalText returns the token; "" for the zero TaxCategory, an error for
// a value out of range.
func (c TaxCategory) MarshalText() ([]byte, error) {
	if c != taxUnset && !c.IsValid() {
		return nil, &Error{Func: "TaxCategory.MarshalText", Field: "tax", Err: ErrUnknown}
	}
	return []byte(c.String()), nil
}

// UnmarshalText reads a TaxCategory from its token, in any case, or its
// Japanese label ("標準税率", "非課税"), width folded. "" gives the zero
// TaxCategory, so that what MarshalText writes reads back; blank text is an
// error wrapping [ErrEmpty], anything else one wrapping [ErrUnknown].
func (c *TaxCategory) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = taxUnset
		return nil
	}
	v, err := parseTaxCategory("TaxCategory.UnmarshalText", bound.Prefix(b, maxEnumInput+1))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Card is a payment card as kessai keeps it: the name printed on it and its
// last four digits, never a full card number (package brand reads and masks
// one; brand.Number's Last4 gives Last4).
//
// Its text form, which fmt (every verb), MarshalText (and so JSON, XML
// and log/slog) and GobEncode write, is "YAMADA TARO ****1234": a name that
// passes validation and exactly four digits, or "?" and "????", so that a
// number typed into either field is never shown; the zero Card, no card, is
// "". UnmarshalText and GobDecode read that form back ([ErrSyntax] for
// another form), so a valid Card round-trips. fmt printing a Card from a
// caller's unexported field, where it cannot call its methods, shows the
// fields as given.
type Card struct {
	// Name is the holder's name as printed on the card, in half-width romaji
	// (C3), e.g. "YAMADA TARO". Full-width letters are accepted.
	Name string
	// Last4 is the last four digits of the card number, the only part of it
	// that is kept, e.g. "1234". Full-width digits are accepted.
	Last4 string
}

// cardSep separates a Card's name and last four digits in its text form.
const cardSep = " ****"

// text returns the card's text form.
func (c Card) text() string {
	if c == (Card{}) {
		return ""
	}
	name, last4 := "?", "????"
	if n, err := checkName(c.Name, maxNameBytes); err == nil && n != "" {
		name = n
	}
	if l, ok := foldLast4(c.Last4); ok {
		last4 = l
	}
	return name + cardSep + last4
}

// Format writes the card's text form for every verb of package fmt: %v,
// %s and %+v as "YAMADA TARO ****1234", %q quoted, and %#v as
// `family.Card{"YAMADA TARO ****1234"}`, so that no verb prints a card
// number typed into either field.
func (c Card) Format(f fmt.State, verb rune) {
	switch {
	case verb == 'q':
		io.WriteString(f, strconv.Quote(c.text()))
	case verb == 'v' && f.Flag('#'):
		io.WriteString(f, "family.Card{"+strconv.Quote(c.text())+"}")
	default:
		io.WriteString(f, c.text())
	}
}

// MarshalText returns the text form.
func (c Card) MarshalText() ([]byte, error) { return []byte(c.text()), nil }

// UnmarshalText reads the text form, "YAMADA TARO ****1234": a name that
// passes validation ([ErrEmpty], [ErrText], [ErrCardNumber], [ErrTooLong])
// and exactly four digits ([ErrSyntax]). "" gives the zero Card.
func (c *Card) UnmarshalText(b []byte) error { return c.read("Card.UnmarshalText", b) }

// GobEncode writes the text form for encoding/gob, which would otherwise
// write the fields as given.
func (c Card) GobEncode() ([]byte, error) { return c.MarshalText() }

// GobDecode reads what GobEncode wrote, as UnmarshalText does.
func (c *Card) GobDecode(b []byte) error { return c.read("Card.GobDecode", b) }

func (c *Card) read(fn string, b []byte) error {
	if len(b) == 0 {
		*c = Card{}
		return nil
	}
	if len(b) > maxNameBytes+len(cardSep)+4*3 {
		return &Error{Func: fn, Field: "card", Err: ErrTooLong}
	}
	s := string(b)
	i := strings.LastIndex(s, cardSep)
	if i < 0 {
		return &Error{Func: fn, Field: "card", Err: ErrSyntax, why: why("「名前 ****1234」の形", `the form "NAME ****1234"`)}
	}
	name, err := requiredName(s[:i], maxNameBytes)
	if err != nil {
		return &Error{Func: fn, Field: "card", Err: err}
	}
	last4, ok := foldLast4(s[i+len(cardSep):])
	if !ok {
		return &Error{Func: fn, Field: "card", Err: ErrSyntax, why: why("カード番号の下 4 桁だけ", "the last 4 digits only")}
	}
	*c = Card{Name: name, Last4: last4}
	return nil
}

// Charge is one item billed on a line for the month.
type Charge struct {
	// Description says what the charge is for, e.g. "monthly fee"; at most
	// 240 bytes of UTF-8 without control characters.
	Description string `json:"description"`
	// Amount is tax-exclusive (税抜), in yen; never negative (discounts come
	// from the [Plan]) and at most ¥10,000,000.
	Amount billing.Yen `json:"amount"`
	// Tax is the charge's consumption-tax category; mobile charges are
	// [Standard]. Required.
	Tax TaxCategory `json:"tax"`
}

// Line is one mobile line (回線) under a mioID.
type Line struct {
	// ID identifies the line within the account, e.g. its phone number or a
	// contract reference; unique after width folding and trimming, at most
	// 64 bytes, and never a card-number-like run of 12 or more digits.
	ID string `json:"id"`
	// Voice is true for a line with voice calls (音声SIM or voice eSIM) and
	// false for a data line (データ専用, with or without SMS). The family
	// discount of rule F4 counts voice lines ([Discount.VoiceOnly]).
	Voice bool `json:"voice"`
	// MioID is the mioID (IIJmio's account ID) the line is under. Rule F1
	// needs it to equal the account's in Aggregate mode; it is required, not
	// defaulted.
	MioID string `json:"mioID"`
	// Holder is the line's holder (名義人), the person who pays for it in
	// PerLine mode, by the kana name, e.g. "ヤマダ ハナコ"; like every name,
	// it has no digits, in either mode. Corporate and Existing are carried
	// to the invoice and do not change the bill.
	Holder eligibility.Holder `json:"holder"`
	// User is the kana name of who uses the line (利用者) when that is not
	// the holder, e.g. a child's line paid by a parent; optional, shown on
	// invoices only.
	User string `json:"user,omitempty"`
	// Card is the line's own card, used in PerLine mode (F2) and then
	// required; its name must match Holder (C1).
	Card Card `json:"card,omitzero"`
	// Charges are the line's charges for the month, at most 100; none is
	// allowed (the line then costs ¥0).
	Charges []Charge `json:"charges"`
}

// Account is a mioID with its owner, its lines and the billing date of the
// month being billed.
type Account struct {
	// MioID is the account's mioID.
	MioID string `json:"mioID"`
	// Owner is the contract holder, by the kana name, e.g. "ヤマダ タロウ";
	// no digits.
	Owner eligibility.Holder `json:"owner"`
	// Card is the owner's card, used in Aggregate mode (F1) and then
	// required; its name must match Owner (C1).
	Card Card `json:"card,omitzero"`
	// Mode is how the account pays (F1, F2); chosen at sign-up and changed
	// later (F3, see [Plan.SwitchEffective]).
	Mode Mode `json:"mode"`
	// Date is the billing date of the month being billed. It selects the
	// consumption-tax rates in force. The zero Date, "" in JSON, is not
	// valid.
	Date billing.Date `json:"date"`
	// Lines are the account's lines, 1 to 100 and no more than the plan's
	// MaxLines.
	Lines []Line `json:"lines"`
	// Conditions are the named conditions the account meets that billing
	// data cannot show, at most 8, such as the family discount's
	// "notice-email-consent"; a discount that Requires one applies only
	// when it is listed here (compared width folded and trimmed). Each is
	// at most 64 bytes of UTF-8 without control or invisible characters or
	// a card number, and not blank; [Bill] refuses any other.
	Conditions []string `json:"conditions,omitempty"`
}

// UnmarshalJSON reads an account from the library's JSON as encoding/json
// does, every fault the package's [*Error], never repeating the input: a
// date that cannot be read on "date" ([ErrSyntax], or [ErrRange] for a day
// that does not exist), a value of the wrong type on its field, as
// encoding/json names it ("lines.charges.amount", [ErrSyntax]), JSON that
// does not parse, or goes on after the account, on "account" ([ErrSyntax]);
// a card or an enumeration it cannot read, as their own decoders report.
// As encoding/json does, it ignores keys it does not know, even when the
// caller's Decoder disallows unknown fields: the account decodes itself,
// and that setting does not reach it.
func (a *Account) UnmarshalJSON(b []byte) error {
	type plain Account // the same fields, without this method
	p := plain(*a)     // null and missing keys leave the account as it is, as encoding/json does
	if err := json.Unmarshal(b, &p); err != nil {
		return decodeError("Account.UnmarshalJSON", err)
	}
	*a = Account(p)
	return nil
}

// decodeError is the [*Error] of a fault encoding/json reports in an
// account: the package's own errors as they are, a date's (the account's
// one date) on "date" in its category, a type error on its field, anything
// else (a value that is no object among them) a syntax error of the
// account.
func decodeError(fn string, err error) error {
	var fe *Error
	var be *billing.Error
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &fe):
		return err
	case errors.As(err, &be):
		cat := ErrSyntax
		switch {
		case errors.Is(err, billing.ErrRange):
			cat = ErrRange
		case errors.Is(err, billing.ErrTooLong):
			cat = ErrTooLong
		case errors.Is(err, billing.ErrEmpty):
			cat = ErrEmpty
		}
		return &Error{Func: fn, Field: "date", Err: cat}
	case errors.As(err, &te) && te.Field != "":
		return &Error{Func: fn, Field: te.Field, Err: ErrSyntax}
	}
	return &Error{Func: fn, Field: "account", Err: ErrSyntax}
}

// AppliedDiscount is one discount on one line of an invoice.
type AppliedDiscount struct {
	Name string      `json:"name"` // the discount's name
	Tax  TaxCategory `json:"tax"`  // the category whose base it reduces
	// TaxIncluded is the discount's [Discount.TaxIncluded]: Amount is then
	// what it takes off the tax-included total, and its tax-exclusive part
	// is in the line's Discount.
	TaxIncluded bool `json:"taxIncluded,omitempty"`
	// Amount is positive: tax-exclusive, or tax-included when TaxIncluded.
	Amount billing.Yen `json:"amount"`
}

// LineBill is one line's part of an invoice.
type LineBill struct {
	ID     string             `json:"id"`             // the line's ID, width folded and trimmed
	Voice  bool               `json:"voice"`          // whether it is a voice line
	Holder eligibility.Holder `json:"holder"`         // the line's holder, the kana width folded and trimmed
	User   string             `json:"user,omitempty"` // the line's user if given, width folded and trimmed
	// Charges are the line's charges in input order (a copy).
	Charges []Charge `json:"charges"`
	// Subtotal is the tax-exclusive sum of Charges.
	Subtotal billing.Yen `json:"subtotal"`
	// Discounts are the discounts on this line, in the plan's order.
	Discounts []AppliedDiscount `json:"discounts"`
	// Discount is the tax-exclusive sum of Discounts: their amounts, and
	// for tax-included ones the tax-exclusive part, derived per invoice and
	// rate and shared among its lines by the largest-remainder method in
	// proportion to their tax-included discounts.
	Discount billing.Yen `json:"discount"`
	// Tax is this line's share of the invoice's consumption tax. Tax is
	// computed and rounded once per invoice per rate; in an Aggregate
	// invoice it is split across lines by the largest-remainder method
	// (floors first, then one yen each to the largest remainders, ties to
	// the line first in invoice order) in proportion to each line's taxable
	// base, so the shares add up to the invoice's tax exactly.
	Tax billing.Yen `json:"tax"`
	// Total is Subtotal - Discount + Tax.
	Total billing.Yen `json:"total"`
}

// TaxLine is the consumption tax of one invoice at one rate: what the
// qualified-invoice rules require an invoice to state per rate.
type TaxLine struct {
	Category TaxCategory `json:"category"` // the tax category
	Rate     int         `json:"rate"`     // the rate in percent; 0 for NonTaxable
	// Base is the tax-exclusive amount at this rate after discounts
	// (税抜価額の合計).
	Base billing.Yen `json:"base"`
	// Tax is Base × Rate / 100, rounded down once. Where a tax-included
	// discount applies at the rate (F4's ¥100), the rate's total is known
	// tax included: Tax is then that total × Rate / (100 + Rate), rounded
	// down once (税込価額の合計から計算, as a qualified invoice may state
	// it), and Base is the total less Tax, so Base + Tax is the total to
	// the yen; Base × Rate / 100 may then differ from Tax by a yen.
	Tax billing.Yen `json:"tax"`
}

// Invoice is one bill: to one payer, for one or more lines. [Bill] returns
// one invoice for all the lines in Aggregate mode and one per line in
// PerLine mode.
type Invoice struct {
	Date billing.Date `json:"date"` // the billing date
	// RatesFrom is the first day of the consumption-tax rates used.
	RatesFrom billing.Date `json:"ratesFrom"`
	// MioID is the mioID of the invoice's lines, width folded and trimmed:
	// the account's in Aggregate mode, which takes only its own lines (F1),
	// the line's in PerLine mode.
	MioID string `json:"mioID"`
	// Payer is who pays: the owner in Aggregate mode, the line's holder in
	// PerLine mode, the kana width folded and trimmed.
	Payer eligibility.Holder `json:"payer"`
	// Card is the card charged, normalised (folded name, ASCII digits).
	Card Card `json:"card"`
	// Lines are the lines billed, in ascending order of ID.
	Lines []LineBill `json:"lines"`
	// Subtotal is the tax-exclusive sum of every charge.
	Subtotal billing.Yen `json:"subtotal"`
	// Discount is the sum of the lines' discounts (tax-exclusive).
	Discount billing.Yen `json:"discount"`
	// Taxes has one entry per category present, in category order
	// (Standard, NonTaxable).
	Taxes []TaxLine `json:"taxes"`
	// Tax is the sum of Taxes.
	Tax billing.Yen `json:"tax"`
	// Total is Subtotal - Discount + Tax, what the payer's card is charged.
	Total billing.Yen `json:"total"`
}
