package billing

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestStatusAt(t *testing.T) {
	failed := d("2026-11-25") // Wednesday; IIJmio suspension window 11-27 … 12-09
	tests := []struct {
		name     string
		today    Date
		payments []Payment
		want     Status
	}{
		{"D1 past due on the day", failed, nil, Status{State: PastDue, Rule: "D1"}},
		{"D1 past due before the window", d("2026-11-26"), nil, Status{State: PastDue, Rule: "D1"}},
		{"D3 suspension possible in the window", d("2026-11-27"), nil, Status{State: Suspended, Possible: true, Rule: "D3"}},
		{"D3 suspended after the window", d("2026-12-09"), nil, Status{State: Suspended, Rule: "D3"}},
		{"D7 termination possible", d("2027-01-22"), nil, Status{State: Terminated, Possible: true, Rule: "D7"}},
		{"D7 terminated", d("2027-04-15"), nil, Status{State: Terminated, Rule: "D7"}},
		{"D5 partial payment changes nothing", d("2026-12-10"),
			[]Payment{{d("2026-12-01"), ByCard, false}},
			Status{State: Suspended, Rule: "D3"}},
		{"D5 card payment before suspension, reflected", d("2026-11-27"),
			[]Payment{{d("2026-11-26"), ByCard, true}},
			Status{State: Active, Rule: "D5", Reflected: Window{d("2026-11-26"), d("2026-11-27")}, Resumes: Window{d("2026-11-26"), d("2026-12-02")}}},
		{"D5 card payment the same day may be reflected", d("2026-11-26"),
			[]Payment{{d("2026-11-26"), ByCard, true}},
			Status{State: PastDue, Possible: true, Rule: "D5", Reflected: Window{d("2026-11-26"), d("2026-11-27")}, Resumes: Window{d("2026-11-26"), d("2026-12-02")}}},
		{"D6 suspended, paid by slip, not yet reflected", d("2026-12-11"),
			[]Payment{{d("2026-12-10"), BySlip, true}},
			Status{State: Suspended, Rule: "D3", Reflected: Window{d("2026-12-15"), d("2026-12-17")}, Resumes: Window{d("2026-12-15"), d("2026-12-22")}}},
		{"D6 restoration window", d("2026-12-16"),
			[]Payment{{d("2026-12-10"), BySlip, true}},
			Status{State: Suspended, Possible: true, Rule: "D6", Reflected: Window{d("2026-12-15"), d("2026-12-17")}, Resumes: Window{d("2026-12-15"), d("2026-12-22")}}},
		{"D6 service resumed", d("2026-12-22"),
			[]Payment{{d("2026-12-10"), BySlip, true}},
			Status{State: Active, Rule: "D6", Reflected: Window{d("2026-12-15"), d("2026-12-17")}, Resumes: Window{d("2026-12-15"), d("2026-12-22")}}},
		{"D6 payment re-anchors: no termination after it", d("2027-06-01"),
			[]Payment{{d("2026-12-10"), BySlip, true}},
			Status{State: Active, Rule: "D6", Reflected: Window{d("2026-12-15"), d("2026-12-17")}, Resumes: Window{d("2026-12-15"), d("2026-12-22")}}},
		{"D7 paid after termination stays terminated", d("2027-05-10"),
			[]Payment{{d("2027-05-01"), ByCard, true}},
			Status{State: Terminated, Rule: "D7", Reflected: Window{d("2027-05-01"), d("2027-05-06")}, Resumes: Window{d("2027-05-01"), d("2027-05-11")}}},
		{"D7 paid while termination is possible stays possible", d("2027-03-01"),
			[]Payment{{d("2027-02-01"), ByCard, true}},
			Status{State: Terminated, Possible: true, Rule: "D7", Reflected: Window{d("2027-02-01"), d("2027-02-02")}, Resumes: Window{d("2027-02-01"), d("2027-02-07")}}},
		{"D5 a partial payment after the full one changes nothing", d("2026-12-22"),
			[]Payment{{d("2026-12-10"), BySlip, true}, {d("2026-12-20"), ByCard, false}},
			Status{State: Active, Rule: "D6", Reflected: Window{d("2026-12-15"), d("2026-12-17")}, Resumes: Window{d("2026-12-15"), d("2026-12-22")}}},
		{"D5 earliest full payment counts", d("2026-12-22"),
			[]Payment{{d("2026-12-15"), ByCard, true}, {d("2026-12-10"), BySlip, true}, {d("2026-12-01"), ByCard, false}},
			Status{State: Active, Rule: "D6", Reflected: Window{d("2026-12-15"), d("2026-12-17")}, Resumes: Window{d("2026-12-15"), d("2026-12-22")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := IIJmio().StatusAt(failed, tt.today, tt.payments)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("StatusAt(%v, %v, %v) mismatch (-want +got):\n%s", failed, tt.today, tt.payments, diff)
			}
		})
	}
}

// TestStatusAtPublished: with IIJmio's own page, the line stays past due
// until the slip's deadline has passed (D3 from the day after it), and a
// slip payment takes 7–10 days to be confirmed (D5).
func TestStatusAtPublished(t *testing.T) {
	failed := d("2026-11-25") // slip 12-06…12-10, deadline 12-20…12-31, suspension 12-21…2027-01-14
	slip := []Payment{{d("2026-12-12"), BySlip, true}}
	refl, res := Window{d("2026-12-19"), d("2026-12-22")}, Window{d("2026-12-19"), d("2026-12-27")}
	tests := []struct {
		name     string
		today    Date
		payments []Payment
		want     Status
	}{
		{"D1 past due through the slip's earliest deadline", d("2026-12-20"), nil, Status{State: PastDue, Rule: "D1"}},
		{"D3 suspension possible after the deadline", d("2026-12-21"), nil, Status{State: Suspended, Possible: true, Rule: "D3"}},
		{"D3 suspended", d("2027-01-14"), nil, Status{State: Suspended, Rule: "D3"}},
		{"D7 termination possible after the suspension", d("2027-01-20"), nil, Status{State: Terminated, Possible: true, Rule: "D7"}},
		{"D5 slip payment not yet confirmed", d("2026-12-18"), slip, Status{State: PastDue, Rule: "D1", Reflected: refl, Resumes: res}},
		{"D5 slip payment being confirmed (7–10 days)", d("2026-12-20"), slip, Status{State: PastDue, Possible: true, Rule: "D5", Reflected: refl, Resumes: res}},
		// Confirmed as late as 12-22, after the earliest suspension (12-21):
		// service may have been suspended, and resumes after D6.
		{"D6 slip payment confirmed after a possible suspension", d("2027-01-10"), slip, Status{State: Active, Rule: "D6", Reflected: refl, Resumes: res}},
		{"D5 slip paid early: confirmed before any suspension", d("2027-01-10"),
			[]Payment{{d("2026-12-06"), BySlip, true}},
			Status{State: Active, Rule: "D5", Reflected: Window{d("2026-12-13"), d("2026-12-16")}, Resumes: Window{d("2026-12-13"), d("2026-12-21")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := IIJmioPublished().StatusAt(failed, tt.today, tt.payments)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("IIJmioPublished().StatusAt(%v, %v, %v) mismatch (-want +got):\n%s", failed, tt.today, tt.payments, diff)
			}
		})
	}
}

func TestStatusAtErrors(t *testing.T) {
	failed := d("2026-11-25")
	tests := []struct {
		name     string
		today    Date
		payments []Payment
		err      error
	}{
		{"today before failed", d("2026-11-24"), nil, ErrOrder},
		{"invalid today", Date{2026, 13, 1}, nil, ErrRange},
		{"payment before failed", d("2026-12-01"), []Payment{{d("2026-11-20"), ByCard, true}}, ErrOrder},
		{"payment after today", d("2026-12-01"), []Payment{{d("2026-12-02"), ByCard, true}}, ErrOrder},
		{"unknown channel", d("2026-12-01"), []Payment{{d("2026-11-30"), 0, true}}, ErrRange},
		// D4: the slip is mailed from 2026-12-09; it cannot be paid on 11-30.
		{"D4 slip paid before it is mailed", d("2026-12-01"), []Payment{{d("2026-11-30"), BySlip, true}}, ErrOrder},
		{"D4 partial slip payment before it is mailed", d("2026-12-10"), []Payment{{d("2026-12-08"), BySlip, false}}, ErrOrder},
		{"too many payments", d("2026-12-01"), make([]Payment, maxPayments+1), ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := IIJmio().StatusAt(failed, tt.today, tt.payments)
			var e *Error
			if !errors.Is(err, tt.err) || !errors.As(err, &e) || e.Func != "StatusAt" {
				t.Fatalf("StatusAt error = %v, want %v from StatusAt", err, tt.err)
			}
			if m := e.Message(language.Japanese); m == "" || m == e.Message(language.English) {
				t.Errorf("StatusAt error %v: Message ja %q, en %q", err, m, e.Message(language.English))
			}
		})
	}
}

// TestStatusMonotone: without payments, the state never gets less severe as
// days pass.
func TestStatusMonotone(t *testing.T) {
	for _, p := range []DunningPolicy{IIJmio(), IIJmioPublished()} {
		failed := d("2026-11-25")
		prev := PastDue
		for today := failed; today.before(d("2027-06-01")); today = today.AddDays(1) {
			s, err := p.StatusAt(failed, today, nil)
			if err != nil {
				t.Fatal(err)
			}
			if s.State < prev {
				t.Fatalf("%s: state on %v = %v after %v", p.Name, today, s.State, prev)
			}
			prev = s.State
		}
		if prev != Terminated {
			t.Errorf("%s: never terminated", p.Name)
		}
	}
}

// TestStatusJSONRoundTrip: a status and a timeline read back as they were
// written; unknown values are errors both ways.
func TestStatusJSONRoundTrip(t *testing.T) {
	st, err := IIJmio().StatusAt(d("2026-11-25"), d("2026-12-16"), []Payment{{d("2026-12-10"), BySlip, true}})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := IIJmio().Timeline(d("2026-11-25"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(struct {
		S Status
		E []Event
	}{st, ev})
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		S Status
		E []Event
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(%s): %v", b, err)
	}
	if diff := cmp.Diff(st, back.S); diff != "" {
		t.Errorf("Status round trip mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(ev, back.E); diff != "" {
		t.Errorf("Event round trip mismatch (-want +got):\n%s", diff)
	}
}

// TestStatusJSON: a status without a payment has no windows to show, and
// still marshals.
func TestStatusJSON(t *testing.T) {
	st, err := IIJmio().StatusAt(d("2026-11-25"), d("2026-12-01"), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(st)
	if want := `{"state":"suspended","possible":true,"rule":"D3"}`; err != nil || string(b) != want {
		t.Errorf("json.Marshal(%+v) = %s, %v, want %s", st, b, err, want)
	}
}
