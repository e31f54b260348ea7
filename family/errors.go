package family

import (
	"errors"
	"strconv"
	"strings"

	"github.com/kessai-jp/kessai/internal/pan"
)

// Error categories. Every error the package returns wraps one of them, so
// callers test with errors.Is; [*InputError] says where.
var (
	// ErrNoLines reports an account without lines.
	ErrNoLines = errors.New("family: no lines")
	// ErrTooManyLines reports more lines than [MaxLinesLimit] or the plan's
	// MaxLines.
	ErrTooManyLines = errors.New("family: too many lines")
	// ErrDuplicateLine reports two lines with the same ID after width folding.
	ErrDuplicateLine = errors.New("family: duplicate line ID")
	// ErrMioID reports a line under another mioID in Aggregate mode (F1), or an
	// empty mioID.
	ErrMioID = errors.New("family: line is not under the account's mioID")
	// ErrAmount reports a negative amount.
	ErrAmount = errors.New("family: negative amount")
	// ErrRange reports an amount above [MaxChargeAmount]: no charge on a
	// mobile line is that large, and a card number typed into an amount
	// field is one. The amount is not echoed.
	ErrRange = errors.New("family: amount out of range")
	// ErrOverflow reports a sum that does not fit in an int64 number of yen.
	ErrOverflow = errors.New("family: amount overflows")
	// ErrTaxCategory reports a charge whose tax category is not one of the named
	// ones.
	ErrTaxCategory = errors.New("family: unknown tax category")
	// ErrNoTaxRate reports a category with no rate in force on the billing date.
	ErrNoTaxRate = errors.New("family: no tax rate in force")
	// ErrHolder reports a card whose printed name does not match the kana name of
	// the person it pays for (C1).
	ErrHolder = errors.New("family: card holder does not match")
	// ErrCard reports a missing or malformed card reference.
	ErrCard = errors.New("family: invalid card")
	// ErrMode reports a Mode that is neither Aggregate nor PerLine.
	ErrMode = errors.New("family: invalid mode")
	// ErrKind reports a LineKind that is not one of the named ones.
	ErrKind = errors.New("family: unknown line kind")
	// ErrDate reports an invalid date.
	ErrDate = errors.New("family: invalid date")
	// ErrPlan reports a plan, discount or switch rule parameter out of range.
	ErrPlan = errors.New("family: invalid plan")
	// ErrTooLong reports an input longer than its documented bound, or more
	// charges, discounts, rates or parts than allowed.
	ErrTooLong = errors.New("family: input too long")
	// ErrEmpty reports a required text field that is empty.
	ErrEmpty = errors.New("family: required field is empty")
	// ErrText reports text that is not valid UTF-8, holds control characters
	// or invisible format characters (bidirectional controls such as the
	// right-to-left override U+202E, zero-width characters, the soft hyphen,
	// the byte-order mark: Unicode Cf, Zl and Zp), or, in a name, a digit.
	ErrText = errors.New("family: invalid text")
	// ErrCardNumber reports free text holding a run of 12 or more digits, which
	// could be a card number; it is refused so that it is never printed.
	ErrCardNumber = errors.New("family: text looks like a card number")
	// ErrWeights reports split weights that are negative or all zero.
	ErrWeights = errors.New("family: invalid weights")
)

// InputError reports bad input: which line (by ID, empty for the account or
// the plan), which field, and the category. Its text never holds a card
// number or a card field's value.
type InputError struct {
	// Line is the line's ID, or "" when the error is about the account, the
	// plan, or a line whose ID is itself unusable (Field then says which).
	Line string
	// Field names the field, e.g. "charges[2].amount", "card.name",
	// "discounts[0].cap", "lines[3].id".
	Field string
	// Err is one of the package's sentinel errors.
	Err error
	// Detail adds context, e.g. the name-match verdict or a limit.
	Detail string
}

// Error returns the text "family: line "ID": field: category (detail)",
// leaving out the parts that are empty.
func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString("family: ")
	if e.Line != "" {
		b.WriteString("line ")
		b.WriteString(pan.Mask(strconv.Quote(pan.Mask(e.Line))))
		b.WriteString(": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(strings.TrimPrefix(e.Err.Error(), "family: "))
	} else {
		b.WriteString("invalid input")
	}
	if e.Detail != "" {
		b.WriteString(" (")
		b.WriteString(e.Detail)
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns the category.
func (e *InputError) Unwrap() error { return e.Err }
