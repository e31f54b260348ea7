package billing

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kessai-jp/kessai/internal/pan"
)

func d(s string) Date { return MustParseDate(s) }

func TestTimelineIIJmio(t *testing.T) {
	got, err := IIJmio().Timeline(d("2026-11-25"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Event{
		{KindFailed, seedSource, d("2026-11-25"), d("2026-11-25"), "D1"},
		{KindRetry, seedSource, d("2026-11-26"), d("2026-11-28"), "D1"},
		{KindAdvice, seedSource, d("2026-11-26"), d("2026-11-28"), "D8"},
		{KindNotice, seedSource, d("2026-11-26"), d("2026-11-30"), "D2"},
		{KindDunningEmail, seedSource, d("2026-11-26"), d("2026-11-30"), "D2"},
		{KindSuspension, seedSource, d("2026-11-27"), d("2026-12-09"), "D3"},
		{KindSlipPosted, seedSource, d("2026-12-09"), d("2026-12-25"), "D4"},
		{KindSlipDeadline, seedSource, d("2026-12-23"), d("2027-01-15"), "D4"},
		{KindTermination, seedSource, d("2027-01-22"), d("2027-04-15"), "D7"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("IIJmio().Timeline(2026-11-25) mismatch (-want +got):\n%s", diff)
	}
}

// TestTimelineRules checks each step of both presets against its rule.
func TestTimelineRules(t *testing.T) {
	failed := d("2026-11-25")
	tests := []struct {
		name   string
		policy DunningPolicy
		kind   Kind
		want   Window
	}{
		{"D1 retry within RetryWithinDays", IIJmio(), KindRetry, Window{failed.AddDays(1), failed.AddDays(RetryWithinDays)}},
		{"D2 dunning e-mail within a few days", IIJmio(), KindDunningEmail, Window{failed.AddDays(1), failed.AddDays(FewDays)}},
		{"D3 suspension window: a few days to 2 weeks", IIJmio(), KindSuspension, Window{failed.AddDays(SuspensionEarliestDays), failed.AddDays(SuspensionLatestDays)}},
		{"D8 advice with the failed retry", IIJmio(), KindAdvice, Window{failed.AddDays(1), failed.AddDays(RetryWithinDays)}},
		{"D4 published slip posted 6th–10th of next month", IIJmioPublished(), KindSlipPosted, Window{d("2026-12-06"), d("2026-12-10")}},
		{"D3 published suspension after the slip deadline", IIJmioPublished(), KindSuspension, Window{d("2026-12-21"), d("2027-01-14")}},
		{"D7 published termination after the suspension", IIJmioPublished(), KindTermination, Window{d("2027-01-20"), d("2027-04-14")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := tt.policy.Timeline(failed)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range ev {
				if e.Kind == tt.kind {
					if got := (Window{e.Earliest, e.Latest}); got != tt.want {
						t.Errorf("%s step %v = %v, want %v", tt.policy.Name, tt.kind, got, tt.want)
					}
					return
				}
			}
			t.Errorf("%s timeline lacks %v", tt.policy.Name, tt.kind)
		})
	}
}

func TestSlipPostedDayOfMonth(t *testing.T) {
	tests := []struct {
		failed Date
		want   Window
	}{
		{d("2026-11-25"), Window{d("2026-12-06"), d("2026-12-10")}},
		{d("2026-11-03"), Window{d("2026-11-06"), d("2026-11-10")}},
		{d("2026-11-06"), Window{d("2026-12-06"), d("2026-12-10")}},
		{d("2026-12-20"), Window{d("2027-01-06"), d("2027-01-10")}},
	}
	for _, tt := range tests {
		ev, err := IIJmioPublished().Timeline(tt.failed)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ev {
			if e.Kind == KindSlipPosted && (Window{e.Earliest, e.Latest}) != tt.want {
				t.Errorf("D4 slip posted after %v = %v–%v, want %v", tt.failed, e.Earliest, e.Latest, tt.want)
			}
		}
	}
}

// TestTimelineProperties: for every start day, a timeline is sorted, every
// window has earliest ≤ latest, and no step precedes the failed charge.
func TestTimelineProperties(t *testing.T) {
	for _, p := range []DunningPolicy{IIJmio(), IIJmioPublished()} {
		for failed := d("2025-01-01"); failed.Before(d("2027-12-31")); failed = failed.AddDays(1) {
			ev, err := p.Timeline(failed)
			if err != nil {
				t.Fatalf("%s.Timeline(%v): %v", p.Name, failed, err)
			}
			for i, e := range ev {
				if e.Latest.Before(e.Earliest) || e.Earliest.Before(failed) || e.Rule == "" {
					t.Fatalf("%s.Timeline(%v)[%d] = %+v", p.Name, failed, i, e)
				}
				if i > 0 && e.Earliest.Before(ev[i-1].Earliest) {
					t.Fatalf("%s.Timeline(%v) not sorted at %d", p.Name, failed, i)
				}
			}
		}
	}
}

func TestTimelineErrors(t *testing.T) {
	cycle := IIJmio()
	cycle.Suspension.After = KindTermination
	cycle.Termination.After = KindSuspension
	badOffset := IIJmio()
	badOffset.Retry.Offset = Offset{3, 1, CalendarDays, Source{}}
	badDOM := IIJmio()
	badDOM.SlipPosted.Offset = Offset{0, 31, DayOfMonth, Source{}}
	self := IIJmio()
	self.Notice.After = KindNotice
	noAdvice := IIJmio()
	noAdvice.AdviceAfterErrors = 0
	tests := []struct {
		name   string
		policy DunningPolicy
		failed Date
		err    error
	}{
		{"invalid date", IIJmio(), Date{2026, 2, 30}, ErrInvalidDate},
		{"out of range", IIJmio(), d("2100-01-01"), ErrOutOfRange},
		{"steps run past 2099", IIJmio(), d("2099-12-01"), ErrOutOfRange},
		{"anchor cycle", cycle, d("2026-11-25"), ErrInvalidArgument},
		{"min above max", badOffset, d("2026-11-25"), ErrInvalidArgument},
		{"day of month 31", badDOM, d("2026-11-25"), ErrInvalidArgument},
		{"anchored on itself", self, d("2026-11-25"), ErrInvalidArgument},
		{"D8 advice after 0 errors", noAdvice, d("2026-11-25"), ErrInvalidArgument},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.policy.Timeline(tt.failed); !errors.Is(err, tt.err) {
				t.Errorf("Timeline(%v) error = %v, want %v", dateText(tt.failed), err, tt.err)
			}
		})
	}
}

func TestAdviseCardChange(t *testing.T) {
	p := IIJmio()
	for errs, want := range []bool{false, false, true, true} {
		if got := p.AdviseCardChange(errs); got != want {
			t.Errorf("D8 AdviseCardChange(%d) = %v, want %v", errs, got, want)
		}
	}
	p.AdviceAfterErrors = 3
	ev, _ := p.Timeline(d("2026-11-25"))
	for _, e := range ev {
		if e.Kind == KindAdvice {
			t.Error("D8 advice in a timeline of two attempts with AdviceAfterErrors 3")
		}
	}
}

func TestReflection(t *testing.T) {
	tests := []struct {
		name   string
		ch     Channel
		paid   Date
		e, l   Date
		policy DunningPolicy
	}{
		{"CH1/D5 card on a weekday", Card, d("2026-11-24"), d("2026-11-24"), d("2026-11-25"), IIJmio()},
		{"CH1/D5 card on Friday", Card, d("2026-11-27"), d("2026-11-27"), d("2026-11-30"), IIJmio()},
		{"CH1/D5 card on Saturday", Card, d("2026-11-28"), d("2026-11-28"), d("2026-11-30"), IIJmio()},
		{"D5 slip 3–5 business days", Slip, d("2026-11-24"), d("2026-11-27"), d("2026-12-01"), IIJmio()},
		{"D5 slip over the year end", Slip, d("2026-12-28"), d("2027-01-04"), d("2027-01-06"), IIJmio()},
		{"D5 published slip 7–10 days", Slip, d("2026-11-24"), d("2026-12-01"), d("2026-12-04"), IIJmioPublished()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := tt.policy.Reflection(tt.ch, tt.paid)
			if err != nil || w != (Window{tt.e, tt.l}) {
				t.Errorf("Reflection(%v, %v) = %v, %v, want %v–%v", tt.ch, tt.paid, w, err, tt.e, tt.l)
			}
			if tt.policy.Name == "iijmio" {
				e, l, err := Reflection(tt.ch, tt.paid)
				if err != nil || e != tt.e || l != tt.l {
					t.Errorf("package Reflection(%v, %v) = %v, %v, %v", tt.ch, tt.paid, e, l, err)
				}
			}
		})
	}
	if _, _, err := Reflection(0, d("2026-11-24")); !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("Reflection(0, …) error = %v, want ErrInvalidArgument", err)
	}
	if _, _, err := Reflection(Card, Date{}); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("Reflection(Card, zero) error = %v, want ErrInvalidDate", err)
	}
}

func TestEnumStrings(t *testing.T) {
	tests := []struct{ got, want string }{
		{Card.String(), "card"}, {Slip.String(), "slip"}, {Channel(9).String(), "Channel(9)"},
		{CalendarDays.String(), "calendar days"}, {DayOfMonth.String(), "day of month"},
		{KindSlipDeadline.String(), "slip-deadline"}, {Kind(99).String(), "Kind(99)"},
		{Suspended.String(), "suspended"}, {State(9).String(), "State(9)"},
		{Possible.String(), "possible"}, {Days365.String(), "365"}, {ActualDays.String(), "actual"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("String() = %q, want %q", tt.got, tt.want)
		}
	}
	for k := KindFailed; k < numKinds; k++ {
		if k.Rule() == "" || strings.HasPrefix(k.String(), "Kind(") {
			t.Errorf("Kind %d lacks a name or rule", k)
		}
	}
}

func TestChannelText(t *testing.T) {
	for _, c := range []Channel{Card, Slip} {
		b, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Channel
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, c)
		}
	}
	if _, err := Channel(0).MarshalText(); !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("Channel(0).MarshalText() error = %v", err)
	}
	var c Channel
	if err := c.UnmarshalText([]byte("cash")); !errors.Is(err, ErrInvalidArgument) {
		t.Errorf(`UnmarshalText("cash") error = %v`, err)
	}
	for _, in := range []string{"4111111111111111", "4111 1111 1111 1111 and some more text to pass every bound there is"} {
		err := c.UnmarshalText([]byte(in))
		if err == nil || pan.LongestRun(err.Error()) > pan.KeepFirst+pan.KeepLast || len(err.Error()) > 120 {
			t.Errorf("UnmarshalText(%q) error = %v, want bounded, without card digits", in, err)
		}
	}
}
