package billing_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"testing"

	"github.com/kessai-jp/kessai/internal/golden"

	"github.com/google/go-cmp/cmp"

	"github.com/kessai-jp/kessai/billing"
)

var update = flag.Bool("update", false, "rewrite testdata/json from the package's answers")

// jsonValues are the package's main types, each as a caller meets it, by
// the name of its golden file in testdata/json.
func jsonValues(t *testing.T) map[string]any {
	t.Helper()
	failed := billing.MustParseDate("2026-11-25")
	events, err := billing.IIJmio().Timeline(failed)
	if err != nil {
		t.Fatal(err)
	}
	paid := billing.Payment{Date: billing.MustParseDate("2026-12-10"), Channel: billing.BySlip, Full: true}
	status, err := billing.IIJmio().StatusAt(failed, billing.MustParseDate("2026-12-16"), []billing.Payment{paid})
	if err != nil {
		t.Fatal(err)
	}
	cal, err := billing.NewCalendar(billing.MustParseDate("2026-12-30"), billing.MustParseDate("2026-12-29"))
	if err != nil {
		t.Fatal(err)
	}
	own := billing.IIJmio()
	own.Name = "own-calendar"
	own.Calendar = cal
	deadline, err := billing.Calendar{}.ChangeDeadline(billing.MustParseDate("2026-12-25"), 5)
	if err != nil {
		t.Fatal(err)
	}
	statutory, err := billing.StatutoryLateFee(failed)
	if err != nil {
		t.Fatal(err)
	}
	holidays, err := billing.HolidaysIn(2026)
	if err != nil {
		t.Fatal(err)
	}
	var hs []billing.NamedDate
	for h := range holidays.All() {
		hs = append(hs, h)
	}
	return map[string]any{
		"policy-iijmio":           billing.IIJmio(),
		"policy-iijmio-published": billing.IIJmioPublished(),
		"policy-own-calendar":     own,
		"timeline":                events,
		"payment":                 paid,
		"status":                  status,
		"deadline":                deadline,
		"latefee-terms":           []billing.LateFeeTerms{statutory, billing.ConsumerCapLateFee(), billing.TelecomLateFee()},
		"holidays-2026":           hs,
		// Zero values: a date or month not given is "", the standard
		// calendar is [], a status without a payment has no windows.
		"zero": zeroValues{},
	}
}

// TestJSONGolden compares the encoding of the package's main types with
// testdata/json; go test -update rewrites the files.
func TestJSONGolden(t *testing.T) { golden.JSON(t, jsonValues(t), *update) }

// TestJSONRoundTrip: every main type reads back as it was written, and
// what it reads back writes the same bytes again.
func TestJSONRoundTrip(t *testing.T) {
	for name, v := range jsonValues(t) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		back := newOf(v)
		if err := json.Unmarshal(b, back); err != nil {
			t.Fatalf("%s: json.Unmarshal(%s): %v", name, b, err)
		}
		again, err := json.Marshal(back)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(b, again) {
			t.Errorf("%s does not round-trip:\n%s\n%s", name, b, again)
		}
	}
	// A policy read back works as the original does.
	for _, p := range []billing.DunningPolicy{billing.IIJmio(), billing.IIJmioPublished()} {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back billing.DunningPolicy
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		failed := billing.MustParseDate("2026-11-25")
		want, err1 := p.Timeline(failed)
		got, err2 := back.Timeline(failed)
		if err1 != nil || err2 != nil || !cmp.Equal(want, got) {
			t.Errorf("%s read back: timeline %v, %v; want %v", p.Name, got, err2, want)
		}
	}
}

// zeroValues holds the zero value of the types whose zero means something.
type zeroValues struct {
	Date     billing.Date      `json:"date"`
	Month    billing.YearMonth `json:"month"`
	Calendar billing.Calendar  `json:"calendar"`
	Window   billing.Window    `json:"window"`
	Status   billing.Status    `json:"status"`
}

// newOf returns a pointer to a new zero value of v's type.
func newOf(v any) any {
	switch v.(type) {
	case billing.DunningPolicy:
		return new(billing.DunningPolicy)
	case []billing.Event:
		return new([]billing.Event)
	case billing.Payment:
		return new(billing.Payment)
	case billing.Status:
		return new(billing.Status)
	case billing.Deadline:
		return new(billing.Deadline)
	case []billing.LateFeeTerms:
		return new([]billing.LateFeeTerms)
	case []billing.NamedDate:
		return new([]billing.NamedDate)
	case zeroValues:
		return new(zeroValues)
	}
	return new(map[string]any)
}
