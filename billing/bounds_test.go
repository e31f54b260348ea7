package billing

import (
	"errors"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/internal/bound/boundtest"
	"github.com/kessai-jp/kessai/internal/pan"
)

// hostile is what the size tests fill an over-long input with: digits with
// separators of several kinds, an ideographic space, a right-to-left
// override, quotes and a backslash.
const hostile = "4111 1111-1111　1111\u202e\"\\ "

var sinkErr error

// TestSizeFlat: every entry point that takes text or a list refuses an
// over-long one at a cost that does not grow with it (Bounds in the kessai
// package doc): ParseDate and the UnmarshalText methods, which bound their
// input before copying it, StatusAt's payments and NewCalendar's closing
// days, at 1 KiB, 1 MiB and 10 MiB (100 MiB with -tags kessai_huge).
func TestSizeFlat(t *testing.T) {
	str := func(n int) any { return boundtest.Repeat(hostile, n) }
	byt := func(n int) any { return []byte(boundtest.Repeat(hostile, n)) }
	failed := Date{Year: 2026, Month: 11, Day: 25}
	cases := []boundtest.Case{
		{Name: "ParseDate", Bound: maxDateInput, Input: str, Call: func(in any) { _, sinkErr = ParseDate(in.(string)) }},
		{Name: "Date.UnmarshalText", Bound: maxDateInput, Input: byt, Call: func(in any) { var d Date; sinkErr = d.UnmarshalText(in.([]byte)) }},
		{Name: "ParseYearMonth", Bound: maxDateInput, Input: str, Call: func(in any) { _, sinkErr = ParseYearMonth(in.(string)) }},
		{Name: "YearMonth.UnmarshalText", Bound: maxDateInput, Input: byt, Call: func(in any) { var m YearMonth; sinkErr = m.UnmarshalText(in.([]byte)) }},
		{Name: "Channel.UnmarshalText", Bound: maxDateInput, Input: str, Call: func(in any) { _, sinkErr = parseChannel(in.(string)) }},
		{Name: "Channel.UnmarshalText", Bound: maxDateInput, Input: byt, Call: func(in any) { var c Channel; sinkErr = c.UnmarshalText(in.([]byte)) }},
		{Name: "EventKind.UnmarshalText", Bound: maxDateInput, Input: byt, Call: func(in any) { var k EventKind; sinkErr = k.UnmarshalText(in.([]byte)) }},
		{Name: "State.UnmarshalText", Bound: maxDateInput, Input: byt, Call: func(in any) { var s State; sinkErr = s.UnmarshalText(in.([]byte)) }},
		{Name: "Calendar.UnmarshalJSON", Bound: 16 * maxExtraClosed, Input: byt, Call: func(in any) { var c Calendar; sinkErr = c.UnmarshalJSON(in.([]byte)) }},
		{Name: "StatusAt/payments", Bound: maxPayments * 32, Input: func(n int) any { return make([]Payment, n/32) },
			Call: func(in any) { _, sinkErr = IIJmio().StatusAt(failed, failed, in.([]Payment)) }},
		{Name: "DunningPolicy.Validate/name", Bound: maxNameLen, Input: func(n int) any { p := IIJmio(); p.Name = boundtest.Repeat(hostile, n); return p },
			Call: func(in any) { sinkErr = in.(DunningPolicy).Validate() }},
		{Name: "LateFeeTerms.Fee/name", Bound: maxNameLen, Input: func(n int) any { return LateFeeTerms{Name: boundtest.Repeat(hostile, n), RateBP: 300} },
			Call: func(in any) { _, sinkErr = in.(LateFeeTerms).Fee(1000, failed, failed.AddDays(30)) }},
		{Name: "NewCalendar", Bound: maxExtraClosed * 24, Input: func(n int) any { return make([]Date, n/24) },
			Call: func(in any) { _, sinkErr = NewCalendar(in.([]Date)...) }},
	}
	boundtest.Flat(t, cases)
}

// TestLateFeePrincipalRange: a principal above maxPrincipal, a card number
// typed into it among them, is refused and not echoed (D7); maxPrincipal
// itself is taken.
func TestLateFeePrincipalRange(t *testing.T) {
	from, to := Date{Year: 2026, Month: 1, Day: 1}, Date{Year: 2026, Month: 2, Day: 1}
	terms := LateFeeTerms{RateBP: 300}
	for _, p := range []Yen{maxPrincipal + 1, 411111111111, 4539148803436467, -4539148803436467} {
		_, err := terms.Fee(p, from, to)
		var e *Error
		if !errors.Is(err, ErrRange) || !errors.As(err, &e) {
			t.Errorf("Fee(%d): error %v, want ErrRange", int64(p), err)
			continue
		}
		// Yen groups digits with commas, which are not separators of a
		// card number: count the digits with them taken out.
		for _, m := range []string{err.Error(), e.Message(language.Japanese), e.Message(language.English)} {
			if n := pan.LongestRun(removeCommas(m)); n > 11 {
				t.Errorf("Fee(%d): error %q echoes it", int64(p), m)
			}
		}
	}
	if _, err := terms.Fee(maxPrincipal, from, to); err != nil {
		t.Errorf("Fee(maxPrincipal): %v", err)
	}
	if n := pan.LongestRun(removeCommas(maxPrincipal.String())); n >= pan.MinDigits {
		t.Errorf("maxPrincipal %v has %d digits, a card number fits", maxPrincipal, n)
	}
}

func removeCommas(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// TestBoundsTable: the table of bounds in the kessai package doc (../doc.go)
// gives every bound of this package with its value, under the name of the
// input it bounds (the constants are unexported: a caller sizes nothing
// with them, and each error says the bound).
func TestBoundsTable(t *testing.T) {
	want := map[string]int64{
		"billing.ParseDate":                    maxDateInput,
		"billing.DunningPolicy.StatusAt":       maxPayments,
		"billing.NewCalendar":                  maxExtraClosed,
		"billing.AddBusinessDays":              maxBusinessDays,
		"billing.Calendar.BusinessDaysBetween": maxSpanDays,
		"billing.Calendar.ChangeDeadline":      maxLeadDays,
		"billing.Offset.Max":                   maxOffsetDays,
		"billing.LateFeeTerms.Fee":             int64(maxPrincipal),
		"billing.LateFeeTerms.RateBP":          maxRateBP,
		"billing.LateFeeTerms.GraceDays":       maxLateFeeDays,
		"billing.DunningPolicy.Name":           maxNameLen,
		"billing.Source":                       maxSourceBytes,
	}
	boundtest.DocTable(t, "../doc.go", "billing", want)
}
