package billing_test

import (
	"errors"
	"testing"

	"github.com/kessai-jp/kessai/billing"
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
	failed := billing.Date{Year: 2026, Month: 11, Day: 25}
	cases := []boundtest.Case{
		{Name: "ParseDate", Bound: billing.MaxDateInput, Input: str, Call: func(in any) { _, sinkErr = billing.ParseDate(in.(string)) }},
		{Name: "Date.UnmarshalText", Bound: billing.MaxDateInput, Input: byt, Call: func(in any) { var d billing.Date; sinkErr = d.UnmarshalText(in.([]byte)) }},
		{Name: "Channel.UnmarshalText", Bound: 16, Input: byt, Call: func(in any) { var c billing.Channel; sinkErr = c.UnmarshalText(in.([]byte)) }},
		{Name: "Kind.UnmarshalText", Bound: 16, Input: byt, Call: func(in any) { var k billing.Kind; sinkErr = k.UnmarshalText(in.([]byte)) }},
		{Name: "State.UnmarshalText", Bound: 16, Input: byt, Call: func(in any) { var s billing.State; sinkErr = s.UnmarshalText(in.([]byte)) }},
		{Name: "Certainty.UnmarshalText", Bound: 16, Input: byt, Call: func(in any) { var c billing.Certainty; sinkErr = c.UnmarshalText(in.([]byte)) }},
		{Name: "StatusAt/payments", Bound: billing.MaxPayments * 32, Input: func(n int) any { return make([]billing.Payment, n/32) },
			Call: func(in any) { _, sinkErr = billing.IIJmio().StatusAt(failed, failed, in.([]billing.Payment)) }},
		{Name: "NewCalendar", Bound: billing.MaxExtraClosed * 24, Input: func(n int) any { return make([]billing.Date, n/24) },
			Call: func(in any) { _, sinkErr = billing.NewCalendar(in.([]billing.Date)...) }},
	}
	boundtest.Flat(t, cases)
}

// TestLateFeePrincipalRange: a principal above MaxPrincipal, a card number
// typed into it among them, is refused and not echoed (D7); MaxPrincipal
// itself is taken.
func TestLateFeePrincipalRange(t *testing.T) {
	from, to := billing.Date{Year: 2026, Month: 1, Day: 1}, billing.Date{Year: 2026, Month: 2, Day: 1}
	for _, p := range []billing.Yen{billing.MaxPrincipal + 1, 411111111111, 4539148803436467, -4539148803436467} {
		_, err := billing.LateFee(p, billing.LegalRate2020, from, to, billing.Days365)
		if !errors.Is(err, billing.ErrInvalidArgument) {
			t.Errorf("LateFee(%d): error %v, want ErrInvalidArgument", int64(p), err)
			continue
		}
		// Yen groups digits with commas, which are not separators of a
		// card number: count the digits with them taken out.
		if n := pan.LongestRun(removeCommas(err.Error())); n > 11 {
			t.Errorf("LateFee(%d): error %q echoes it", int64(p), err)
		}
	}
	if _, err := billing.LateFee(billing.MaxPrincipal, billing.LegalRate2020, from, to, billing.Days365); err != nil {
		t.Errorf("LateFee(MaxPrincipal): %v", err)
	}
	if n := pan.LongestRun(removeCommas(billing.MaxPrincipal.String())); n >= pan.MinDigits {
		t.Errorf("MaxPrincipal %v has %d digits, a card number fits", billing.MaxPrincipal, n)
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
