package family

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/internal/msg"
	"github.com/kessai-jp/kessai/internal/pan"
)

// The categories of bad input (docs/CONVENTIONS.md, "Errors"). Every error
// the package returns is an [*Error] wrapping one of them, so callers test
// with errors.Is and read where with errors.As.
var (
	// ErrEmpty reports nothing given where something is needed: an account
	// without lines, an empty ID, mioID, name or description, no card where
	// the mode needs one, an unset Mode or TaxCategory, the zero
	// billing.Date (no date given).
	ErrEmpty = errors.New("family: empty")
	// ErrTooLong reports an input beyond its documented bound (see the
	// bounds table of package kessai): more than 100 lines, 100 charges on a
	// line, 8 discounts or 8 conditions, text longer than its byte bound,
	// or a name longer than the C1 match reads (64 characters).
	ErrTooLong = errors.New("family: too long")
	// ErrSyntax reports a card's last digits that are not exactly four
	// digits, a Card's text form that is not "NAME ****1234", or a name
	// the C1 match cannot read: kana in the name on a card, Latin letters
	// or kanji in a holder's kana.
	ErrSyntax = errors.New("family: syntax")
	// ErrRange reports a value outside the allowed ones: a negative amount,
	// one above ¥10,000,000 (not echoed: a card number typed into an amount
	// is one), an invalid date or one before consumption tax began
	// (1989-04-01), more lines than the plan allows, a plan figure out of
	// range, a sum that does not fit.
	ErrRange = errors.New("family: out of range")
	// ErrText reports text that is not valid UTF-8, holds control
	// characters or invisible format characters (bidirectional controls
	// such as the right-to-left override U+202E, zero-width characters, the
	// soft hyphen, the byte-order mark: Unicode Cf, Zl and Zp), or, in a
	// name, a digit or a backslash.
	ErrText = errors.New("family: text not allowed")
	// ErrUnknown reports a name or value that is no Mode or TaxCategory.
	ErrUnknown = errors.New("family: unknown value")
	// ErrCardNumber reports text holding a run of 12 or more digits, which
	// could be a card number; it is refused so that it is never printed.
	ErrCardNumber = errors.New("family: looks like a card number")
	// ErrConflict reports values that contradict each other: two lines with
	// one ID, a line under another mioID in Aggregate mode (F1), a card
	// whose printed name does not match the person it pays for (C1), a
	// line held by someone other than the mioID's holder under
	// [Plan.OneHolder].
	ErrConflict = errors.New("family: conflict")
)

// Error reports bad input: what was called, which line (by ID) and field,
// and the category. Neither its text nor its Message holds a card number
// or the value of a card field or an amount.
type Error struct {
	// Func is the function or method called: "Bill", "Plan.Validate",
	// "Plan.SwitchEffective", "Mode.UnmarshalText", "Card.UnmarshalText", ….
	Func string
	// Field names the input in the JSON keys' spelling, e.g.
	// "charges[2].amount", "card", "discounts[0].cap", "lines[3].id".
	Field string
	// Err is one of the package's sentinels; Unwrap returns it.
	Err error
	// Line is the ID of the line the field belongs to, or "" when the error
	// is about the account, the plan, or a line whose ID is itself unusable
	// (Field then says which line by position).
	Line string
	// why says more, in both languages, where it helps a person: a bound,
	// the rule broken.
	why msg.Text
}

// Error returns the text `family: Bill: line "ID": field: category
// (detail)`, leaving out the parts that are empty.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("family: ")
	if e.Func != "" {
		b.WriteString(e.Func)
		b.WriteString(": ")
	}
	if e.Line != "" {
		b.WriteString("line ")
		b.WriteString(pan.Mask(strconv.Quote(pan.Mask(e.Line))))
		b.WriteString(": ")
	}
	if e.Field != "" {
		b.WriteString(pan.Mask(e.Field))
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(strings.TrimPrefix(e.Err.Error(), "family: "))
	} else {
		b.WriteString("invalid input")
	}
	if e.why.EN != "" {
		b.WriteString(" (")
		b.WriteString(e.why.EN)
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns the category, one of the package's sentinels.
func (e *Error) Unwrap() error { return e.Err }

// Message returns the sentence for a person in Japanese (a tag whose base
// language is Japanese) or English: the field's name, the category's
// sentence and, where it helps, what the rule asks, e.g.
// "回線「line-a」の金額：範囲の外です（税抜き ¥0〜¥10,000,000。表示しません）".
// It never holds a code, a field key or a rule ID.
func (e *Error) Message(tag language.Tag) string {
	label := fieldLabel(e.Field)
	if e.Line != "" {
		id := pan.Mask(e.Line)
		switch {
		case label.IsZero():
			label = msg.Text{JA: "回線「" + id + "」", EN: "line " + strconv.Quote(id)}
		case label.JA[0] < utf8.RuneSelf: // a Latin word: set apart
			label = msg.Text{JA: "回線「" + id + "」の " + label.JA, EN: label.EN + " of line " + strconv.Quote(id)}
		default:
			label = msg.Text{JA: "回線「" + id + "」の" + label.JA, EN: label.EN + " of line " + strconv.Quote(id)}
		}
	}
	return msg.Field(tag, label, category(e.Err).Text(), e.why)
}

// category maps a sentinel to its category.
func category(err error) msg.Category {
	switch err {
	case ErrEmpty:
		return msg.Empty
	case ErrTooLong:
		return msg.TooLong
	case ErrSyntax:
		return msg.Syntax
	case ErrRange:
		return msg.Range
	case ErrText:
		return msg.BadText
	case ErrUnknown:
		return msg.Unknown
	case ErrCardNumber:
		return msg.CardNumber
	case ErrConflict:
		return msg.Conflict
	}
	return msg.None
}

// fieldLabel names field for a person by its last key, indices left out:
// "lines[2].charges[0].amount" is the amount. An unknown or empty field has
// no label.
func fieldLabel(field string) msg.Text {
	field = strings.TrimSuffix(field, ".kana") // a holder's name is the holder's
	if i := strings.LastIndexByte(field, '.'); i >= 0 {
		field = field[i+1:]
	}
	if i := strings.IndexByte(field, '['); i >= 0 {
		field = field[:i]
	}
	if l, ok := msg.SourceField(field); ok { // a discount's source: "discounts[0].source.url"
		return l
	}
	switch field {
	case "lines":
		return msg.Text{JA: "回線", EN: "lines"}
	case "id":
		return msg.Text{JA: "回線 ID", EN: "line ID"}
	case "mioID":
		return msg.Text{JA: "mioID", EN: "mioID"}
	case "owner":
		return msg.Text{JA: "契約者の名前", EN: "owner's name"}
	case "holder":
		return msg.Text{JA: "名義人の名前", EN: "holder's name"}
	case "user":
		return msg.Text{JA: "利用者の名前", EN: "user's name"}
	case "card":
		return msg.Text{JA: "カード", EN: "card"}
	case "charges":
		return msg.Text{JA: "請求", EN: "charges"}
	case "description":
		return msg.Text{JA: "請求の説明", EN: "charge description"}
	case "amount":
		return msg.Text{JA: "金額", EN: "amount"}
	case "tax":
		return msg.Text{JA: "税区分", EN: "tax category"}
	case "mode":
		return msg.Text{JA: "支払い方法", EN: "payment mode"}
	case "date":
		return msg.Text{JA: "請求日", EN: "billing date"}
	case "conditions":
		return msg.Text{JA: "条件", EN: "conditions"}
	case "requires":
		return msg.Text{JA: "割引の条件", EN: "discount's condition"}
	case "discounts":
		return msg.Text{JA: "割引", EN: "discounts"}
	case "name":
		return msg.Text{JA: "割引の名前", EN: "discount name"}
	case "minLines":
		return msg.Text{JA: "割引に必要な回線数", EN: "lines the discount needs"}
	case "cap":
		return msg.Text{JA: "割引する回線数の上限", EN: "most lines discounted"}
	case "perLine":
		return msg.Text{JA: "1 回線あたりの割引額", EN: "discount per line"}
	case "maxLines":
		return msg.Text{JA: "回線数の上限", EN: "line limit"}
	case "chargeDay":
		return msg.Text{JA: "カードの請求日", EN: "charge day"}
	case "switchCutoff":
		return msg.Text{JA: "変更の締め日", EN: "change deadline"}
	case "requested":
		return msg.Text{JA: "変更の申込日", EN: "request date"}
	case "total":
		return msg.Text{JA: "合計", EN: "total"}
	}
	return msg.Text{}
}

// why builds the detail of an Error in both languages.
func why(ja, en string) msg.Text { return msg.Text{JA: ja, EN: en} }

// dateCategory is the category of a date that is not valid: the zero
// Date was not given ([ErrEmpty]); any other is out of range ([ErrRange]).
// Package billing's errors draw the same line.
func dateCategory(d billing.Date) error {
	if d == (billing.Date{}) {
		return ErrEmpty
	}
	return ErrRange
}
