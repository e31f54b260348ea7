package billing

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"time"

	"github.com/kessai-jp/kessai/internal/msg"
)

// Bounds on calendar arithmetic. Dunning spans are weeks; these bounds only
// stop absurd input before any work is done.
const (
	// maxBusinessDays is the largest |n| that AddBusinessDays accepts
	// (about ten years of business days).
	maxBusinessDays = 2500
	// maxSpanDays is the longest span, in calendar days, that
	// BusinessDaysBetween counts over (ten years).
	maxSpanDays = 3660
	// maxExtraClosed is the most extra closing days a Calendar holds.
	maxExtraClosed = 10000
)

// Calendar is a business-day calendar: the standard bank calendar of Japan
// (see [Calendar.IsBankHoliday]) plus closing days of the caller's own. It is
// immutable once built and safe to share between goroutines. The zero value
// is the standard bank calendar, with no closing days of the caller's own.
//
// Calendar knows the years [HolidayMinYear]..[HolidayMaxYear], the years
// whose national holidays [Holiday] knows. Its methods report a date
// outside them, or one that does not exist, as an [ErrRange] error, and
// never guess. In JSON a Calendar is the list of its own closing days,
// sorted (["2026-12-29"]; [] for the standard calendar).
type Calendar struct {
	extra []Date // sorted, unique, valid; never modified after NewCalendar
	// open holds the days of extra that are business days of the standard
	// calendar, sorted: the only ones that change a count.
	open []Date
}

// NewCalendar returns the standard bank calendar with extraClosed added as
// closing days (a company's own holidays, a system maintenance day). The
// dates are copied, sorted and de-duplicated. An invalid date, one outside
// the supported years, or more than 10000 dates is an [ErrRange] error.
func NewCalendar(extraClosed ...Date) (Calendar, error) {
	if len(extraClosed) > maxExtraClosed {
		return Calendar{}, rangeError("NewCalendar", "extraClosed", 0, maxExtraClosed)
	}
	for _, d := range extraClosed {
		if err := checkDate("NewCalendar", "extraClosed", d); err != nil {
			return Calendar{}, err
		}
	}
	if len(extraClosed) == 0 {
		return Calendar{}, nil
	}
	// One allocation holds both lists: the sorted, unique days, then the
	// ones among them that the standard calendar keeps open.
	buf := make([]Date, len(extraClosed), 2*len(extraClosed))
	copy(buf, extraClosed)
	slices.SortFunc(buf, Date.Compare)
	extra := slices.Compact(buf)
	open := buf[len(extra):len(extra)]
	for _, d := range extra {
		if !(Calendar{}).closed(d, dayIndex(d)) {
			open = append(open, d)
		}
	}
	if len(open) == 0 {
		open = nil
	}
	return Calendar{extra: extra[:len(extra):len(extra)], open: open}, nil
}

// MarshalJSON encodes the calendar as its own closing days, sorted:
// ["2026-12-29", "2026-12-30"], and [] for the standard calendar.
func (c Calendar) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 2+13*len(c.extra))
	b = append(b, '[')
	for i, d := range c.extra {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = d.appendTo(b)
		b = append(b, '"')
	}
	return append(b, ']'), nil
}

// UnmarshalJSON decodes a list of closing days as [NewCalendar] takes them;
// null gives the standard calendar. A list longer than NewCalendar accepts
// is refused before it is decoded. A day that does not parse is
// [ParseDate]'s error, for "extraClosed"; text that is no JSON list of
// strings, or is followed by anything but white space, is an [*Error] for
// "extraClosed" wrapping [ErrSyntax], which does not quote the text.
func (c *Calendar) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*c = Calendar{}
		return nil
	}
	// A date takes 13 bytes with its quotes and comma: 16 a date leaves
	// room for spacing.
	if len(b) > 16*maxExtraClosed {
		return rangeError("Calendar.UnmarshalJSON", "extraClosed", 0, maxExtraClosed)
	}
	var days []Date
	if err := json.Unmarshal(b, &days); err != nil {
		// A date's own error says which and why; encoding/json's (a
		// syntax or type error, data after the list) can quote the input.
		var e *Error
		if errors.As(err, &e) {
			day := *e
			if day.Field == "" {
				day.Field = "extraClosed"
			}
			return &day
		}
		return &Error{Func: "Calendar.UnmarshalJSON", Field: "extraClosed", Err: ErrSyntax}
	}
	cal, err := NewCalendar(days...)
	if err != nil {
		return err
	}
	*c = cal
	return nil
}

// resultOutside is the sentence of a result beyond the calendar's years.
func resultOutside() msg.Text {
	return msg.Text{JA: "答えが祝日表の年（" + strconv.Itoa(HolidayMinYear) + "〜" + strconv.Itoa(HolidayMaxYear) + " 年）の外になります",
		EN: "the answer falls outside the years of the holiday tables (" + strconv.Itoa(HolidayMinYear) + "–" + strconv.Itoa(HolidayMaxYear) + ")"}
}

// checkDate reports an invalid date or one outside the calendar's years.
func checkDate(fn, field string, d Date) error {
	if !d.IsValid() {
		return dateError(fn, field, d, ErrRange)
	}
	if d.Year < HolidayMinYear || d.Year > HolidayMaxYear {
		return &Error{Func: fn, Field: field, Date: d, Err: ErrRange, Min: HolidayMinYear, Max: HolidayMaxYear}
	}
	return nil
}

// inRange reports whether d is a valid date within the calendar's years.
func inRange(d Date) bool {
	return d.Year >= HolidayMinYear && d.Year <= HolidayMaxYear && d.IsValid()
}

// closed reports whether the in-range day d (table index i) is closed.
func (c Calendar) closed(d Date, i int) bool {
	wd := weekdayAt(i)
	if wd == time.Saturday || wd == time.Sunday {
		return true
	}
	if useTable {
		if tableClosed(i) {
			return true
		}
	} else {
		// Banking Act art. 15 and its enforcement order art. 5: Dec 31 –
		// Jan 3.
		if (d.Month == time.December && d.Day == 31) || (d.Month == time.January && d.Day <= 3) {
			return true
		}
		if _, ok := holiday(d, i+minCalendarDays, wd); ok {
			return true
		}
	}
	if len(c.open) > 0 {
		_, found := slices.BinarySearchFunc(c.open, d, Date.Compare)
		return found
	}
	return false
}

// count returns the number of business days of c from 1955-01-01 to the
// in-range day d (table index i) inclusive: the standard calendar's count
// from the table, less the caller's closing days up to d that the standard
// calendar keeps open.
func (c Calendar) count(d Date, i int) int {
	n := businessUpTo(i)
	if len(c.open) > 0 {
		j, found := slices.BinarySearchFunc(c.open, d, Date.Compare)
		if found {
			j++
		}
		n -= j
	}
	return n
}

// nth returns the t-th business day of c counted from 1955-01-01 (t = 1 is
// the first), and false when there is none within the calendar's years.
func (c Calendar) nth(t int) (Date, bool) {
	if t < 1 {
		return Date{}, false
	}
	// The answer is the standard calendar's (t+j)-th business day, where j
	// is the number of the caller's open days before it. open[i] is before
	// it exactly when businessUpTo(open[i]) - i <= t, a key that grows with
	// i, so j is found by binary search.
	j, hi := 0, len(c.open)
	for j < hi {
		m := int(uint(j+hi) >> 1)
		if businessUpTo(dayIndex(c.open[m]))-m <= t {
			j = m + 1
		} else {
			hi = m
		}
	}
	if t+j > bizTotal {
		return Date{}, false
	}
	return dateAt(nthBusinessDay(t + j)), true
}

// IsBankHoliday reports whether banks may close on d under the calendar:
// Saturdays, Sundays, national holidays ([Holiday]), Dec 31 – Jan 3 (Banking
// Act art. 15, enforcement order art. 5), and the calendar's own closing
// days; Calendar{}.IsBankHoliday(d) is the bank calendar alone. A business day is a date the calendar knows
// that is not a bank holiday. For an invalid date or one outside the
// supported years it reports false: the calendar does not know, and the
// methods with an error result say why.
func (c Calendar) IsBankHoliday(d Date) bool {
	return inRange(d) && c.closed(d, dayIndex(d))
}

// AddBusinessDays returns the n-th business day after d (before d for
// negative n). Counting starts from d whatever d is: from a Saturday, +1 is
// the next business day (usually Monday) and −1 the previous one (usually
// Friday). n == 0 returns d itself, even when d is closed. For a business
// day d, adding n and then −n returns d.
//
// So the first business day on or after d is AddBusinessDays(d.AddDays(-1),
// 1), and the last one on or before d is AddBusinessDays(d.AddDays(1), -1).
//
// |n| beyond 2500 (about ten years), an invalid d, or a d or result outside
// the supported years is an [ErrRange] error. The cost does not grow with
// n: business days are counted, not walked.
func (c Calendar) AddBusinessDays(d Date, n int) (Date, error) {
	if err := checkDate("AddBusinessDays", "start", d); err != nil {
		return Date{}, err
	}
	if n > maxBusinessDays || n < -maxBusinessDays {
		return Date{}, rangeError("AddBusinessDays", "n", -maxBusinessDays, maxBusinessDays)
	}
	if n == 0 {
		return d, nil
	}
	// Counting, not walking: the result is the t-th business day of the
	// calendar, t from the count up to d. Going back from a business day d
	// starts one lower, as d itself is not counted.
	i := dayIndex(d)
	t := c.count(d, i) + n
	if n < 0 {
		t++
		if !c.closed(d, i) {
			t--
		}
	}
	e, ok := c.nth(t)
	if !ok {
		// The start is within the years, the answer is not: no Min and
		// Max, which would say the start is outside them.
		return Date{}, &Error{Func: "AddBusinessDays", Field: "start", Date: d, Err: ErrRange, why: resultOutside()}
	}
	return e, nil
}

// Day numbers (days since 1970-01-01) of the first and last days the
// calendar knows, 1955-01-01 and 2099-12-31; a test checks them.
const (
	minCalendarDays = -5479
	maxCalendarDays = 47481
)

// BusinessDaysBetween counts the business days after a up to and including
// b, so that AddBusinessDays(a, n) == b when a and b are business days. It
// is 0 when b == a. b before a is an [ErrOrder] error; a span longer than
// 3660 calendar days (ten years) is an [ErrRange] error.
func (c Calendar) BusinessDaysBetween(a, b Date) (int, error) {
	if err := checkDate("BusinessDaysBetween", "start", a); err != nil {
		return 0, err
	}
	if err := checkDate("BusinessDaysBetween", "end", b); err != nil {
		return 0, err
	}
	if b.before(a) {
		return 0, dateError("BusinessDaysBetween", "end", b, ErrOrder)
	}
	ia, ib := dayIndex(a), dayIndex(b)
	if ib-ia > maxSpanDays {
		return 0, rangeError("BusinessDaysBetween", "end", 0, maxSpanDays)
	}
	return c.count(b, ib) - c.count(a, ia), nil
}

// roll returns d if it is a business day, otherwise the first business day
// after it (step 1) or the last one before it (step -1).
func (c Calendar) roll(fn string, d Date, step int) (Date, error) {
	if err := checkDate(fn, "date", d); err != nil {
		return Date{}, err
	}
	i := dayIndex(d)
	if !c.closed(d, i) {
		return d, nil
	}
	// From a closed day the count up to d is that of the business day
	// before it; the one after is the next.
	t := c.count(d, i)
	if step > 0 {
		t++
	}
	e, ok := c.nth(t)
	if !ok {
		return Date{}, &Error{Func: fn, Field: "date", Date: d, Err: ErrRange, why: resultOutside()}
	}
	return e, nil
}

// The package-level functions use the standard bank calendar (the zero
// Calendar).

// AddBusinessDays returns the n-th business day after d (before it for
// negative n) on the standard bank calendar, as
// Calendar{}.AddBusinessDays does (see [Calendar.AddBusinessDays] for how a
// closed start day counts): an invalid d, a d or result outside the
// supported years, or |n| beyond 2500 is an [ErrRange] error.
func AddBusinessDays(d Date, n int) (Date, error) { return Calendar{}.AddBusinessDays(d, n) }
