package family_test

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/family"
	"github.com/kessai-jp/kessai/internal/pan"
)

// conditionTexts are texts a condition (an entry of Account.Conditions, a
// discount's Requires) must refuse, with the sentinel: as every text field
// of the package, bounded before any other work, valid UTF-8 without
// control or invisible characters, no card number, and not blank.
var conditionTexts = []struct {
	name string
	in   string
	err  error
}{
	{"over the bound", strings.Repeat("a", family.MaxConditionBytes+1), family.ErrTooLong},
	{"far over the bound", strings.Repeat("4539 1488 0343 6467 ", 1000), family.ErrTooLong},
	{"a control character", "notice-email\x00-consent", family.ErrText},
	{"a newline", "notice-email-consent\n", family.ErrText},
	{"DEL", "notice\x7f", family.ErrText},
	{"invalid UTF-8", "notice-\xff-consent", family.ErrText},
	{"a C1 control", "notice-\u0085-consent", family.ErrText},
	{"a right-to-left override", "notice-\u202e-consent", family.ErrText},
	{"a zero-width space", "notice-\u200b-consent", family.ErrText},
	{"a card number", "4539148803436467", family.ErrCardNumber},
	{"a card number with spaces", "consent 4539 1488 0343 6467", family.ErrCardNumber},
	{"a card number in full width", "４５３９１４８８０３４３６４６７", family.ErrCardNumber},
	{"empty", "", family.ErrEmpty},
	{"blank", " \u3000 ", family.ErrEmpty},
}

// TestConditionsChecked: Bill checks each of Account.Conditions as it
// checks every other text field, and names the entry at fault; no error
// shows the card number.
func TestConditionsChecked(t *testing.T) {
	for _, tc := range conditionTexts {
		t.Run(tc.name, func(t *testing.T) {
			a := threeLines(family.Aggregate)
			a.Conditions = []string{"notice-email-consent", tc.in}
			_, err := family.Bill(a, family.IIJmio(5))
			if !errors.Is(err, tc.err) {
				t.Fatalf("Bill(conditions[1] = %+.40q) = %v, want %v", tc.in, err, tc.err)
			}
			var e *family.Error
			if !errors.As(err, &e) || e.Field != "conditions[1]" {
				t.Fatalf("Bill(conditions[1] = %+.40q) = %#v, want an *Error for %q", tc.in, err, "conditions[1]")
			}
			ja, en := e.Message(language.Japanese), e.Message(language.English)
			if ja == "" || en == "" || ja == en {
				t.Errorf("Message = %q (ja), %q (en), want two different sentences", ja, en)
			}
			for _, s := range []string{err.Error(), ja, en} {
				if pan.LongestRun(s) > 4 {
					t.Errorf("Bill(conditions[1] = %+.40q): %q shows digits of the input", tc.in, s)
				}
			}
		})
	}
}

// TestRequiresChecked: Plan.Validate, and so Bill, checks a discount's
// Requires as Bill checks a condition; "" requires nothing.
func TestRequiresChecked(t *testing.T) {
	for _, tc := range conditionTexts {
		if tc.in == "" {
			continue // no condition required
		}
		t.Run(tc.name, func(t *testing.T) {
			p := family.IIJmio(5)
			p.Discounts[0].Requires = tc.in
			for _, err := range []error{p.Validate(), billErr(p)} {
				if !errors.Is(err, tc.err) {
					t.Fatalf("Requires = %+.40q: error %v, want %v", tc.in, err, tc.err)
				}
				var e *family.Error
				if !errors.As(err, &e) || e.Field != "discounts[0].requires" {
					t.Fatalf("Requires = %+.40q: error %#v, want an *Error for %q", tc.in, err, "discounts[0].requires")
				}
				ja, en := e.Message(language.Japanese), e.Message(language.English)
				if ja == "" || en == "" || ja == en || pan.LongestRun(err.Error()+ja+en) > 4 {
					t.Errorf("Requires = %+.40q: %q, Message = %q (ja), %q (en)", tc.in, err, ja, en)
				}
			}
		})
	}
	p := family.IIJmio(5)
	p.Discounts[0].Requires = ""
	if err := p.Validate(); err != nil {
		t.Errorf("Requires = \"\": Validate() = %v, want nil", err)
	}
}

func billErr(p family.Plan) error {
	_, err := family.Bill(threeLines(family.Aggregate), p)
	return err
}

// TestConditionsFolded: a condition and a discount's Requires are compared
// as the package compares every text, width folded and trimmed, so a
// consent typed in full width still gives the discount; the bound itself is
// accepted.
func TestConditionsFolded(t *testing.T) {
	for _, tc := range []struct {
		name, condition, requires string
	}{
		{"as given", "notice-email-consent", "notice-email-consent"},
		{"full width", "ｎｏｔｉｃｅ－ｅｍａｉｌ－ｃｏｎｓｅｎｔ", "notice-email-consent"},
		{"spaces around", " notice-email-consent\u3000", "notice-email-consent"},
		{"requires in full width", "notice-email-consent", "ｎｏｔｉｃｅ－ｅｍａｉｌ－ｃｏｎｓｅｎｔ"},
		{"at the bound", strings.Repeat("a", family.MaxConditionBytes), strings.Repeat("a", family.MaxConditionBytes)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := threeLines(family.Aggregate)
			a.Conditions = []string{tc.condition}
			p := family.IIJmio(5)
			p.Discounts[0].Requires = tc.requires
			got, err := family.Bill(a, p)
			if err != nil {
				t.Fatal(err)
			}
			if got[0].Discount == 0 {
				t.Errorf("Bill(conditions %+q, requires %+q): no discount, want the family discount", tc.condition, tc.requires)
			}
		})
	}
}
