package family_test

import (
	"encoding/json"
	"errors"
	"flag"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/internal/golden"

	"github.com/google/go-cmp/cmp"

	"github.com/kessai-jp/kessai/family"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/json")

// jsonCases are the package's main types, each with a value to encode:
// the input (an account, a plan) and the output (its invoices).
func jsonCases(t *testing.T) map[string]any {
	t.Helper()
	a := threeLines(family.Aggregate)
	a.Lines[2].User = "ヤマダ サクラ"
	a.Lines[2].Charges = append(a.Lines[2].Charges, family.Charge{Description: "late charge (illustrative)", Amount: 12, Tax: family.NonTaxable})
	agg, err := family.Bill(a, family.IIJmio(5))
	if err != nil {
		t.Fatal(err)
	}
	a.Mode = family.PerLine
	per, err := family.Bill(a, family.IIJmio(5))
	if err != nil {
		t.Fatal(err)
	}
	a.Mode = family.Aggregate
	return map[string]any{
		"account":           a,
		"account-zero":      family.Account{},
		"plan-iijmio":       family.IIJmio(5),
		"plan-published":    family.IIJmioPublished(10),
		"invoice-aggregate": agg,
		"invoices-per-line": per,
	}
}

// TestJSONGolden: the JSON of the main types is what testdata/json shows
// (go test ./family -run TestJSONGolden -update rewrites it): camelCase
// keys, enums as tokens, a card as "NAME ****1234", and the zero Account
// clearly: "" for the unset mode and the missing date, no card key,
// null for no lines.
func TestJSONGolden(t *testing.T) { golden.JSON(t, jsonCases(t), *update) }

// TestJSONRoundTrip: every main type reads back what it wrote.
func TestJSONRoundTrip(t *testing.T) {
	for name, v := range jsonCases(t) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var back any
		switch v.(type) {
		case family.Account:
			var x family.Account
			err, back = json.Unmarshal(b, &x), x
		case family.Plan:
			var x family.Plan
			err, back = json.Unmarshal(b, &x), x
		case []family.Invoice:
			var x []family.Invoice
			err, back = json.Unmarshal(b, &x), x
		default:
			t.Fatalf("%s: no case for %T", name, v)
		}
		if err != nil {
			t.Fatalf("%s: Unmarshal(%s): %v", name, b, err)
		}
		if diff := cmp.Diff(v, back); diff != "" {
			t.Errorf("%s: round trip (-wrote +read):\n%s", name, diff)
		}
	}
	// A bill read back from JSON bills the same.
	a := threeLines(family.PerLine)
	b, _ := json.Marshal(a)
	var back family.Account
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	want, err1 := family.Bill(a, family.IIJmio(5))
	got, err2 := family.Bill(back, family.IIJmio(5))
	if err1 != nil || err2 != nil || !cmp.Equal(want, got) {
		t.Errorf("Bill of the account read back from JSON: %v, %v; differs: %s", err1, err2, cmp.Diff(want, got))
	}
}

// TestAccountJSONErrors: every fault in an account's JSON is the package's
// *Error, on the field at fault, in both languages, never repeating the
// input (a card number there included); the date is the account's one
// date, so a date that cannot be read is on "date".
func TestAccountJSONErrors(t *testing.T) {
	good, err := json.Marshal(threeLines(family.Aggregate))
	if err != nil {
		t.Fatal(err)
	}
	with := func(old, new string) string {
		s := strings.Replace(string(good), old, new, 1)
		if s == string(good) {
			t.Fatalf("the account's JSON has no %s", old)
		}
		return s
	}
	for _, tt := range []struct {
		name, in, field string
		want            error
	}{
		{"no such day", with(`"date":"2026-11-25"`, `"date":"2026-02-30"`), "date", family.ErrRange},
		{"not a date", with(`"date":"2026-11-25"`, `"date":"4539148803436467"`), "date", family.ErrSyntax},
		{"amount of the wrong type", with(`"amount":`, `"amount":"4539148803436467","x":`), "lines.charges.amount", family.ErrSyntax},
		{"cut short", string(good[:len(good)/2]), "account", family.ErrSyntax},
		{"a list, not an account", `[]`, "account", family.ErrSyntax},
		{"a number, not an account", `4539148803436467`, "account", family.ErrSyntax},
		{"trailing data", string(good) + " 4539148803436467", "account", family.ErrSyntax},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var a family.Account
			err := a.UnmarshalJSON([]byte(tt.in)) // directly: encoding/json checks the syntax first
			var e *family.Error
			if !errors.Is(err, tt.want) || !errors.As(err, &e) || e.Field != tt.field {
				t.Fatalf("UnmarshalJSON = %v, want %v on %q", err, tt.want, tt.field)
			}
			ja, en := e.Message(language.Japanese), e.Message(language.English)
			if ja == "" || en == "" || ja == en || strings.Contains(err.Error()+ja+en, "4539") {
				t.Errorf("Message = %q / %q, Error = %q: want both languages and none of the input", ja, en, err)
			}
		})
	}
}

// TestAccountJSONMerges: decoding into an account leaves what the JSON
// does not give as it was, and null leaves it all, as encoding/json does
// for a struct without a decoder of its own.
func TestAccountJSONMerges(t *testing.T) {
	a := threeLines(family.Aggregate)
	if err := json.Unmarshal([]byte(`null`), &a); err != nil || a.MioID != "mio-0001" || len(a.Lines) != 3 {
		t.Fatalf("null: %v, %+v", err, a)
	}
	if err := json.Unmarshal([]byte(`{"mioID":"mio-0009"}`), &a); err != nil || a.MioID != "mio-0009" || len(a.Lines) != 3 || a.Date != threeLines(family.Aggregate).Date {
		t.Fatalf("one key: %v, %+v", err, a)
	}
}
