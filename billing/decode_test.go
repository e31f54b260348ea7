package billing_test

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
)

// TestCalendarUnmarshalJSONDirect calls Calendar.UnmarshalJSON as a caller
// does, without encoding/json in front: every error is an *Error for
// "extraClosed" wrapping a sentinel, with a message in both languages, data
// after the list is refused, and no error shows a card number.
func TestCalendarUnmarshalJSONDirect(t *testing.T) {
	const pan = "4539148803436467" // passes the Luhn check
	tests := []struct {
		name string
		in   string
		err  error
	}{
		{"empty", "", billing.ErrSyntax},
		{"blank", " \n", billing.ErrSyntax},
		{"cut short", `["2026-12-29"`, billing.ErrSyntax},
		{"trailing comma", `["2026-12-29",]`, billing.ErrSyntax},
		{"not a list", `{}`, billing.ErrSyntax},
		{"a number in the list", `[` + pan + `]`, billing.ErrSyntax},
		{"a number after", `["2026-12-29"] ` + pan, billing.ErrSyntax},
		{"a second list", `[] []`, billing.ErrSyntax},
		{"text after", `[]x`, billing.ErrSyntax},
		{"no such day", `["2026-02-30"]`, billing.ErrRange},
		{"a number for a day", `["` + pan + `"]`, billing.ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c billing.Calendar
			err := c.UnmarshalJSON([]byte(tc.in))
			if !errors.Is(err, tc.err) {
				t.Fatalf("Calendar.UnmarshalJSON(%q) = %v, want %v", tc.in, err, tc.err)
			}
			var e *billing.Error
			if !errors.As(err, &e) || e.Field != "extraClosed" {
				t.Fatalf("Calendar.UnmarshalJSON(%q) = %#v, want an *Error for %q", tc.in, err, "extraClosed")
			}
			ja, en := e.Message(language.Japanese), e.Message(language.English)
			if ja == "" || en == "" || ja == en {
				t.Errorf("Calendar.UnmarshalJSON(%q): Message = %q (ja), %q (en), want two different sentences", tc.in, ja, en)
			}
			for _, s := range []string{err.Error(), ja, en} {
				if strings.Contains(s, pan) || strings.Contains(s, pan[:7]) {
					t.Errorf("Calendar.UnmarshalJSON(%q): %q shows the card number", tc.in, s)
				}
			}
		})
	}
	var c billing.Calendar
	if err := c.UnmarshalJSON([]byte("[\"2026-12-29\"] \t\r\n")); err != nil {
		t.Errorf("Calendar.UnmarshalJSON with white space after = %v, want nil", err)
	}
}

// TestNameBound: the Name of a DunningPolicy and of LateFeeTerms is at most
// 64 bytes; a longer one is ErrTooLong for "name" from Validate, Timeline,
// StatusAt and Fee, and the bound itself is taken.
func TestNameBound(t *testing.T) {
	failed := billing.MustParseDate("2026-11-25")
	for _, n := range []int{64, 65, 1 << 20} {
		name := strings.Repeat("4539148803436467", n/16+1)[:n]
		p := billing.IIJmio()
		p.Name = name
		terms := billing.ConsumerCapLateFee()
		terms.Name = name
		_, timelineErr := p.Timeline(failed)
		_, statusErr := p.StatusAt(failed, failed, nil)
		_, feeErr := terms.Fee(1000, failed, failed.AddDays(30))
		for call, err := range map[string]error{"Validate": p.Validate(), "Timeline": timelineErr, "StatusAt": statusErr, "Fee": feeErr} {
			if n <= 64 {
				if err != nil {
					t.Errorf("%s with a name of %d bytes: %v, want nil", call, n, err)
				}
				continue
			}
			var e *billing.Error
			if !errors.Is(err, billing.ErrTooLong) || !errors.As(err, &e) || e.Field != "name" {
				t.Errorf("%s with a name of %d bytes: %v, want ErrTooLong for \"name\"", call, n, err)
				continue
			}
			ja, en := e.Message(language.Japanese), e.Message(language.English)
			if ja == "" || en == "" || ja == en || strings.Contains(err.Error()+ja+en, "453914") {
				t.Errorf("%s with a name of %d bytes: %q, Message = %q (ja), %q (en)", call, n, err, ja, en)
			}
		}
	}
}
