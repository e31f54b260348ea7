package family_test

import (
	"encoding/json"
	"flag"
	"testing"

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
