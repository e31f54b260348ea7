package billing

import (
	"errors"
	"strconv"

	"github.com/kessai-jp/kessai/internal/pan"
)

// Error categories. Every error the package returns wraps one of them, so
// callers can test with errors.Is; the typed errors below carry the details.
var (
	// ErrSyntax: a date string is not in the "2026-11-24" form.
	ErrSyntax = errors.New("billing: syntax error")
	// ErrTooLong: an input is longer than its documented bound.
	ErrTooLong = errors.New("billing: input too long")
	// ErrInvalidDate: a date does not exist (2026-02-30, the zero Date) or is
	// outside the supported years.
	ErrInvalidDate = errors.New("billing: invalid date")
	// ErrOutOfRange: a count or span is beyond its documented bound, or a
	// computation would leave the supported range of dates.
	ErrOutOfRange = errors.New("billing: out of range")
	// ErrOrder: an end comes before its start.
	ErrOrder = errors.New("billing: end before start")
	// ErrInvalidArgument: an enum value, rate or amount is not one the
	// function accepts.
	ErrInvalidArgument = errors.New("billing: invalid argument")
)

// ParseError reports a string that [ParseDate] could not read. Input is the
// text as given, shortened when over-long, with every run of digits that may
// be a card number masked as package internal/pan masks it (12 or more
// digits in any form people type or paste them, at most the first 6 and
// last 4 shown): a card number typed into a date field must not reach an
// error message. Err is [ErrSyntax], [ErrTooLong] or [ErrInvalidDate].
type ParseError struct {
	Input string
	Err   error
}

// Error returns the message, prefixed with "billing: ".
func (e *ParseError) Error() string {
	return "billing: cannot parse date " + quote(e.Input) + ": " + trimPrefix(e.Err)
}

// Unwrap returns the category.
func (e *ParseError) Unwrap() error { return e.Err }

// parseError builds a *ParseError whose Input is safe to show.
func parseError(s string, err error) *ParseError {
	return &ParseError{Input: safeInput(s), Err: err}
}

// safeInput returns text input in a form safe for an error message: card
// numbers are masked (pan.Mask) before an over-long input is shortened, so
// that no part of a long run survives the cut. Only a bounded prefix is
// looked at; it holds every run of typed card-number form that can reach
// the part kept.
func safeInput(s string) string {
	long := len(s) > MaxDateInput
	if len(s) > 2*MaxDateInput {
		s = s[:2*MaxDateInput]
	}
	s = pan.Mask(s)
	if long {
		s = truncate(s)
	}
	return s
}

// quote returns s quoted as Go does, masked once more after quoting: an
// escape such as \x16 puts hexadecimal digits next to the text's own, and
// the masked result must not read as a longer run of digits.
func quote(s string) string { return pan.Mask(strconv.Quote(s)) }

// DateError reports a date argument that a function could not use: the
// function, the argument's name, its value, and the category.
type DateError struct {
	Func string // the function, e.g. "AddBusinessDays"; may be empty
	Arg  string // the argument, e.g. "failed"; may be empty
	Date Date
	Err  error // ErrInvalidDate, ErrOutOfRange or ErrOrder
}

// Error returns the message, prefixed with "billing: ".
func (e *DateError) Error() string {
	s := "billing: "
	if e.Func != "" {
		s += e.Func + ": "
	}
	if e.Arg != "" {
		s += e.Arg + " "
	}
	return s + dateText(e.Date) + ": " + trimPrefix(e.Err)
}

// Unwrap returns the category.
func (e *DateError) Unwrap() error { return e.Err }

// dateText shows a date in errors, invalid ones field by field.
func dateText(d Date) string {
	if d.IsValid() {
		return d.String()
	}
	return "{" + strconv.Itoa(d.Year) + " " + strconv.Itoa(int(d.Month)) + " " + strconv.Itoa(d.Day) + "}"
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

// YearError reports a year outside the years the holiday rules know
// ([HolidayMinYear]..[HolidayMaxYear]). It wraps [ErrOutOfRange].
type YearError struct {
	Year int
}

// Error returns the message, prefixed with "billing: ".
func (e *YearError) Error() string {
	return "billing: year " + strconv.Itoa(e.Year) + " outside supported " +
		strconv.Itoa(HolidayMinYear) + "–" + strconv.Itoa(HolidayMaxYear) + ": out of range"
}

// Unwrap returns [ErrOutOfRange].
func (e *YearError) Unwrap() error { return ErrOutOfRange }

// CountError reports a count or span beyond its bound. It wraps
// [ErrOutOfRange].
type CountError struct {
	What string // what was counted, e.g. "business days"
	N    int
	Max  int
}

// Error returns the message, prefixed with "billing: ".
func (e *CountError) Error() string {
	return "billing: " + strconv.Itoa(e.N) + " " + e.What + " beyond the bound of ±" + strconv.Itoa(e.Max) + ": out of range"
}

// Unwrap returns [ErrOutOfRange].
func (e *CountError) Unwrap() error { return ErrOutOfRange }

// PolicyError reports an unusable policy field or argument: which one and
// why. It wraps [ErrInvalidArgument].
type PolicyError struct {
	Field string
	Msg   string
}

// Error returns the message, prefixed with "billing: ".
func (e *PolicyError) Error() string { return "billing: " + e.Field + ": " + e.Msg }

// Unwrap returns [ErrInvalidArgument].
func (e *PolicyError) Unwrap() error { return ErrInvalidArgument }
