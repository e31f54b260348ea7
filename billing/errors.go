package billing

import (
	"errors"
	"strconv"
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
// text as given (shortened when over-long); Err is [ErrSyntax], [ErrTooLong]
// or [ErrInvalidDate].
type ParseError struct {
	Input string
	Err   error
}

func (e *ParseError) Error() string {
	return "billing: cannot parse date " + strconv.Quote(e.Input) + ": " + trimPrefix(e.Err)
}

// Unwrap returns the category.
func (e *ParseError) Unwrap() error { return e.Err }

// DateError reports a date argument that a function could not use: the
// function, the argument's name, its value, and the category.
type DateError struct {
	Func string // the function, e.g. "AddBusinessDays"; may be empty
	Arg  string // the argument, e.g. "failed"; may be empty
	Date Date
	Err  error // ErrInvalidDate, ErrOutOfRange or ErrOrder
}

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

func (e *PolicyError) Error() string { return "billing: " + e.Field + ": " + e.Msg }

// Unwrap returns [ErrInvalidArgument].
func (e *PolicyError) Unwrap() error { return ErrInvalidArgument }
