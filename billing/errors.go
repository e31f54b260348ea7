package billing

import (
	"errors"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/msg"
	"github.com/kessai-jp/kessai/internal/pan"
)

// The categories of bad input (docs/CONVENTIONS.md, "Errors"). Every error
// the package returns is an [*Error] wrapping one of them, so callers test
// with errors.Is and read the details with errors.As.
var (
	// ErrEmpty: nothing given where something is needed (the zero Date, an
	// empty text).
	ErrEmpty = errors.New("billing: empty")
	// ErrTooLong: a text input is longer than its bound (64 bytes), refused
	// before any other work.
	ErrTooLong = errors.New("billing: too long")
	// ErrSyntax: a date or month is not in a form the parser reads.
	ErrSyntax = errors.New("billing: syntax")
	// ErrRange: a date that does not exist (2026-02-30), a date outside
	// the years the calendar knows, or a count, span, rate or amount beyond
	// its bound.
	ErrRange = errors.New("billing: out of range")
	// ErrUnknown: a name that is no value of the enumeration parsed, or an
	// enumeration value that is none of its constants (EventKind(42)) given
	// to MarshalText.
	ErrUnknown = errors.New("billing: unknown")
	// ErrOrder: a date before the date it must follow (an end before its
	// start, a payment before the failed charge or before the slip it pays
	// was mailed).
	ErrOrder = errors.New("billing: out of order")
	// ErrConflict: fields of a policy that contradict each other (a step
	// anchored on itself or in a cycle, an offset counted two ways at once).
	ErrConflict = errors.New("billing: conflict")
)

// Error is the package's one error type, shaped like strconv.NumError: what
// was called, on which input, which category, and what helps to say where.
// Its Error text is English, for logs; [Error.Message] is the sentence for
// a person, in Japanese or English.
type Error struct {
	// Func is the function or method called ("ParseDate",
	// "AddBusinessDays", "Timeline", …).
	Func string
	// Field is the input at fault in its JSON key's spelling ("date",
	// "failed", "today", "payments", "n", "retry", "rateBP", …); "" when the
	// function takes one input only.
	Field string
	// Err is the category: one of the package's sentinels.
	Err error
	// Input is the text given to a parser, with every run of digits that
	// may be a card number masked (at most its first 6 and last 4 digits
	// shown, as everywhere in kessai) and an over-long input shortened; ""
	// for input that is not text.
	Input string
	// Date is the date at fault, when the input is a date whose year,
	// month and day each have no more digits than they can (years
	// -9999..9999, months and days -99..99); one with a field beyond is
	// shown in Input instead, that field as "?": the number itself may be
	// a card number typed into the wrong field.
	Date Date
	// Min and Max are the bounds of a number or year outside them (Err is
	// ErrRange); both 0 otherwise. The number itself is not repeated: it
	// may be a card number typed into the wrong field.
	Min, Max int64

	why msg.Text // a sentence more precise than the category's
}

// Error returns the message in English, prefixed with "billing: ".
func (e *Error) Error() string {
	s := "billing: "
	if e.Func != "" {
		s += e.Func + ": "
	}
	var what []string
	if e.Field != "" {
		what = append(what, e.Field)
	}
	switch {
	case e.Input != "":
		what = append(what, quote(e.Input))
	case e.Date != Date{}:
		what = append(what, dateText(e.Date))
	}
	if e.Min != 0 || e.Max != 0 {
		what = append(what, "outside "+strconv.FormatInt(e.Min, 10)+"–"+strconv.FormatInt(e.Max, 10))
	}
	if len(what) > 0 {
		s += strings.Join(what, " ") + ": "
	}
	switch {
	case e.why.EN != "":
		return s + e.why.EN
	case e.Err == nil:
		return s + "invalid"
	}
	return s + trimPrefix(e.Err)
}

// Unwrap returns the category, Err.
func (e *Error) Unwrap() error { return e.Err }

// Message returns the error as a sentence for a person, in Japanese for a
// tag whose base language is Japanese and in English otherwise: the input's
// label, what is wrong with it, and the date, text or range that helps
// ("支払日：範囲の外です（1900-01-01、1955〜2099 年）"). It never holds a
// code, a field key or a rule ID, and never a card number.
func (e *Error) Message(tag language.Tag) string {
	sentence := categoryOf(e.Err).Text()
	if !e.why.IsZero() {
		sentence = e.why
	}
	var ja, en string
	add := func(j, n string) {
		if ja != "" {
			ja, en = ja+"、", en+", "
		}
		ja, en = ja+j, en+n
	}
	switch {
	case e.Input != "":
		q := quote(e.Input)
		add(q, q)
	case e.Date != Date{}:
		d := dateText(e.Date)
		add(d, d)
	}
	if e.Min != 0 || e.Max != 0 {
		lo, hi := strconv.FormatInt(e.Min, 10), strconv.FormatInt(e.Max, 10)
		add(lo+"〜"+hi, lo+" to "+hi)
	}
	return msg.Field(tag, fieldLabel(e.Field), sentence, msg.Text{JA: ja, EN: en})
}

// categoryOf maps a sentinel to its category.
func categoryOf(err error) msg.Category {
	switch err {
	case ErrEmpty:
		return msg.Empty
	case ErrTooLong:
		return msg.TooLong
	case ErrSyntax:
		return msg.Syntax
	case ErrRange:
		return msg.Range
	case ErrUnknown:
		return msg.Unknown
	case ErrOrder:
		return msg.Order
	case ErrConflict:
		return msg.Conflict
	}
	return msg.None
}

// fieldLabel names an input for people.
func fieldLabel(field string) msg.Text {
	if i := strings.LastIndex(field, "source."); i == 0 || i > 0 && field[i-1] == '.' {
		// A caller's source: "retry.source.url", "source.title".
		if l, ok := msg.SourceField(field[i+len("source."):]); ok {
			return l
		}
	}
	switch field {
	case "date":
		return msg.Text{JA: "日付", EN: "date"}
	case "month":
		return msg.Text{JA: "年月", EN: "month"}
	case "start":
		return msg.Text{JA: "起算日", EN: "start date"}
	case "end":
		return msg.Text{JA: "終了日", EN: "end date"}
	case "n":
		return msg.Text{JA: "営業日数", EN: "business days"}
	case "year":
		return msg.Text{JA: "年", EN: "year"}
	case "extraClosed":
		return msg.Text{JA: "独自の休業日", EN: "own closing days"}
	case "charge":
		return msg.Text{JA: "請求日", EN: "charge date"}
	case "lead", "changeLeadDays":
		return msg.Text{JA: "請求日までの日数", EN: "days before the charge"}
	case "expiry":
		return msg.Text{JA: "有効期限", EN: "expiry"}
	case "failed":
		return msg.Text{JA: "決済失敗日", EN: "failed charge date"}
	case "today":
		return msg.Text{JA: "状態を見る日", EN: "day asked about"}
	case "payments":
		return msg.Text{JA: "支払い", EN: "payment"}
	case "paid":
		return msg.Text{JA: "支払日", EN: "payment date"}
	case "channel":
		return msg.Text{JA: "支払い方法", EN: "payment channel"}
	case "state":
		return msg.Text{JA: "状態", EN: "state"}
	case "kind", "after":
		return msg.Text{JA: "督促の段階", EN: "dunning step"}
	case "adviceAfterErrors":
		return msg.Text{JA: "カード変更の案内までのエラー回数", EN: "errors before the card-change advice"}
	case "cardReflection":
		return msg.Text{JA: "カード払いの反映", EN: "card payment reflection"}
	case "slipReflection":
		return msg.Text{JA: "払込票払いの反映", EN: "slip payment reflection"}
	case "restoration":
		return msg.Text{JA: "利用再開", EN: "restoration of service"}
	case "due":
		return msg.Text{JA: "支払期日", EN: "due date"}
	case "principal":
		return msg.Text{JA: "元本", EN: "principal"}
	case "rateBP":
		return msg.Text{JA: "年率（ベーシスポイント）", EN: "annual rate (basis points)"}
	case "graceDays":
		return msg.Text{JA: "猶予日数", EN: "grace days"}
	case "name":
		return msg.Text{JA: "名前", EN: "name"}
	}
	if k, err := parseEventKind(field); err == nil {
		return k.labelText()
	}
	return msg.Text{}
}

// parseError builds the *Error of a parser whose Input is safe to show.
func parseError(fn, field, s string, err error) *Error {
	return &Error{Func: fn, Field: field, Input: safeInput(s), Err: err}
}

// dateError builds the *Error of a date argument. An invalid date that is
// the zero Date was not given: ErrEmpty rather than ErrRange.
func dateError(fn, field string, d Date, err error) *Error {
	if err == ErrRange && d == (Date{}) {
		err = ErrEmpty
	}
	if !printable(d) {
		return &Error{Func: fn, Field: field, Input: dateText(d), Err: err}
	}
	return &Error{Func: fn, Field: field, Date: d, Err: err}
}

// printable reports whether every field of d is one [fieldText] shows.
func printable(d Date) bool {
	return d.Year >= -9999 && d.Year <= 9999 && d.Month >= -99 && d.Month <= 99 && d.Day >= -99 && d.Day <= 99
}

// rangeError builds the *Error of a number outside min..max.
func rangeError(fn, field string, min, max int64) *Error {
	return &Error{Func: fn, Field: field, Err: ErrRange, Min: min, Max: max}
}

// safeInput returns text input in a form safe for an error message: card
// numbers masked (pan.Mask) in an input within its bound, and an over-long
// one clipped as every package clips a field ([bound.Clip]: its first
// bytes with every digit shown as '*'), so that no part of a number that
// runs past the cut, or that spaces spread past the part pan.Mask would
// look at, can show.
func safeInput(s string) string {
	if len(s) > maxDateInput {
		return bound.Clip(s)
	}
	return pan.Mask(s)
}

// quote returns s quoted as Go does, masked once more after quoting: an
// escape such as \x16 puts hexadecimal digits next to the text's own, and
// the masked result must not read as a longer run of digits.
func quote(s string) string { return pan.Mask(strconv.Quote(s)) }

// dateText shows a date in errors, invalid ones field by field, a field
// of more digits than it can have as "?" ([fieldText]).
func dateText(d Date) string {
	if d.IsValid() {
		return d.String()
	}
	b := append(fieldText([]byte{'{'}, d.Year, 9999), ' ')
	b = append(fieldText(b, int(d.Month), 99), ' ')
	return string(append(fieldText(b, d.Day, 99), '}'))
}

// fieldText appends n, a field of a date or month, when it lies within
// -max..max, and "?" otherwise: a year, month or day is a number a form
// or a caller's struct may hold a card number in, and no text the
// package writes shows one.
func fieldText(b []byte, n, max int) []byte {
	if n < -max || n > max {
		return append(b, '?')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// trimPrefix drops the "billing: " of a sentinel inside a longer message.
func trimPrefix(err error) string {
	const p = "billing: "
	s := err.Error()
	if len(s) > len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}
