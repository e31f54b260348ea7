package billing

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func d(s string) Date { return MustParseDate(s) }

func TestTimelineIIJmio(t *testing.T) {
	got, err := IIJmio().Timeline(d("2026-11-25"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Event{
		{KindFailed, seedSource, d("2026-11-25"), d("2026-11-25"), "D1"},
		{KindRetry, Source{}, d("2026-11-26"), d("2026-11-28"), "D1"},
		{KindAdvice, seedSource, d("2026-11-26"), d("2026-11-28"), "D8"},
		{KindNotice, seedSource, d("2026-11-26"), d("2026-11-30"), "D2"},
		{KindDunningEmail, seedSource, d("2026-11-26"), d("2026-11-30"), "D2"},
		{KindSuspension, seedSource, d("2026-11-27"), d("2026-12-09"), "D3"},
		{KindSlipPosted, Source{}, d("2026-12-09"), d("2026-12-25"), "D4"},
		{KindSlipDeadline, Source{}, d("2026-12-23"), d("2027-01-15"), "D4"},
		{KindTermination, Source{}, d("2027-01-22"), d("2027-04-15"), "D7"},
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
		kind   EventKind
		want   Window
	}{
		{"D1 retry within 3 days", IIJmio(), KindRetry, Window{failed.AddDays(1), failed.AddDays(3)}},
		{"D2 dunning e-mail within a few days (5)", IIJmio(), KindDunningEmail, Window{failed.AddDays(1), failed.AddDays(5)}},
		{"D3 suspension window: a few days to 2 weeks", IIJmio(), KindSuspension, Window{failed.AddDays(2), failed.AddDays(14)}},
		{"D8 advice with the failed retry", IIJmio(), KindAdvice, Window{failed.AddDays(1), failed.AddDays(3)}},
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
		for failed := d("2025-01-01"); failed.before(d("2027-12-31")); failed = failed.AddDays(1) {
			ev, err := p.Timeline(failed)
			if err != nil {
				t.Fatalf("%s.Timeline(%v): %v", p.Name, failed, err)
			}
			for i, e := range ev {
				if e.Latest.before(e.Earliest) || e.Earliest.before(failed) || e.Rule == "" {
					t.Fatalf("%s.Timeline(%v)[%d] = %+v", p.Name, failed, i, e)
				}
				if i > 0 && e.Earliest.before(ev[i-1].Earliest) {
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
	badOffset.Retry.Offset = Offset{Min: 3, Max: 1}
	badDOM := IIJmio()
	badDOM.SlipPosted.Offset = Offset{Min: 0, Max: 31, DayOfMonth: true}
	twoWays := IIJmio()
	twoWays.Notice.Offset = Offset{Min: 1, Max: 2, DayOfMonth: true, BusinessDays: true}
	badAnchor := IIJmio()
	badAnchor.Retry.After = numKinds
	badLead := IIJmio()
	badLead.ChangeLeadDays = maxLeadDays + 1
	domReflection := IIJmio()
	domReflection.Restoration = Offset{Min: 1, Max: 2, DayOfMonth: true}
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
		{"invalid date", IIJmio(), Date{2026, 2, 30}, ErrRange},
		{"out of range", IIJmio(), d("2100-01-01"), ErrRange},
		{"steps run past 2099", IIJmio(), d("2099-12-01"), ErrRange},
		{"anchor cycle", cycle, d("2026-11-25"), ErrConflict},
		{"min above max", badOffset, d("2026-11-25"), ErrRange},
		{"day of month 31", badDOM, d("2026-11-25"), ErrRange},
		{"business days and day of month", twoWays, d("2026-11-25"), ErrConflict},
		{"anchored on no step", badAnchor, d("2026-11-25"), ErrRange},
		{"anchored on itself", self, d("2026-11-25"), ErrConflict},
		{"D8 advice after 0 errors", noAdvice, d("2026-11-25"), ErrRange},
		{"CH2 lead beyond 60", badLead, d("2026-11-25"), ErrRange},
		{"D6 restoration in days of the month", domReflection, d("2026-11-25"), ErrConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.policy.Timeline(tt.failed)
			var e *Error
			if !errors.Is(err, tt.err) || !errors.As(err, &e) {
				t.Fatalf("Timeline(%v) error = %v, want %v", dateText(tt.failed), err, tt.err)
			}
			if m := e.Message(language.Japanese); m == "" || m == e.Message(language.English) {
				t.Errorf("Timeline(%v) error %v: Message ja %q, en %q", dateText(tt.failed), err, m, e.Message(language.English))
			}
		})
	}
}

// TestAdviceAfterErrors: D8 advice comes in a timeline only when two
// attempts (the failed charge and its retry) are enough.
func TestAdviceAfterErrors(t *testing.T) {
	p := IIJmio()
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
		{"CH1/D5 card on a weekday", ByCard, d("2026-11-24"), d("2026-11-24"), d("2026-11-25"), IIJmio()},
		{"CH1/D5 card on Friday", ByCard, d("2026-11-27"), d("2026-11-27"), d("2026-11-30"), IIJmio()},
		{"CH1/D5 card on Saturday", ByCard, d("2026-11-28"), d("2026-11-28"), d("2026-11-30"), IIJmio()},
		{"D5 slip 3–5 business days", BySlip, d("2026-11-24"), d("2026-11-27"), d("2026-12-01"), IIJmio()},
		{"D5 slip over the year end", BySlip, d("2026-12-28"), d("2027-01-04"), d("2027-01-06"), IIJmio()},
		{"D5 published slip 7–10 days", BySlip, d("2026-11-24"), d("2026-12-01"), d("2026-12-04"), IIJmioPublished()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := tt.policy.Reflection(tt.ch, tt.paid)
			if err != nil || w != (Window{tt.e, tt.l}) {
				t.Errorf("Reflection(%v, %v) = %v, %v, want %v–%v", tt.ch, tt.paid, w, err, tt.e, tt.l)
			}
		})
	}
	if _, err := IIJmio().Reflection(0, d("2026-11-24")); !errors.Is(err, ErrRange) {
		t.Errorf("Reflection(0, …) error = %v, want ErrRange", err)
	}
	if _, err := IIJmio().Reflection(ByCard, Date{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("Reflection(ByCard, zero) error = %v, want ErrEmpty", err)
	}
}

// TestCallerSource: a caller's policy cites its own sources: any source
// decodes from JSON and round-trips (it was refused, with an error of no
// package, when it was not one of kessai's), and Validate bounds its text
// (D1–D8 presets' sources are kessai's; a caller's are the caller's).
func TestCallerSource(t *testing.T) {
	own := Source{URL: "https://example.jp/terms", AsOf: "2026-10"}
	p := IIJmio()
	p.Name, p.Retry.Offset.Source = "example", own
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back DunningPolicy
	if err := json.Unmarshal(b, &back); err != nil || back.Retry.Offset.Source != own || back.Validate() != nil {
		t.Fatalf("round trip: %v, source %+v, Validate %v", err, back.Retry.Offset.Source, back.Validate())
	}
	ev, err := back.Timeline(d("2026-11-25"))
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.IndexFunc(ev, func(e Event) bool { return e.Kind == KindRetry }); i < 0 || ev[i].Source != own {
		t.Errorf("the retry event does not cite the caller's source: %+v", ev)
	}
	back.Retry.Offset.Source.Title = strings.Repeat("出", 86) // 258 bytes
	var e *Error
	if err := back.Validate(); !errors.Is(err, ErrTooLong) || !errors.As(err, &e) || e.Field != "retry.source.title" {
		t.Fatalf("Validate with a 258-byte source title = %v, want ErrTooLong on retry.source.title", err)
	}
	if ja, en := e.Message(language.Japanese), e.Message(language.English); !strings.HasPrefix(ja, "出典の題名：") || !strings.HasPrefix(en, "source's title: ") {
		t.Errorf("Message = %q / %q, want the source's title named", ja, en)
	}
	terms := TelecomLateFee()
	terms.Source.URL = "https://example.jp/" + strings.Repeat("4539148803436467", 16)
	if _, err := terms.Fee(1000, d("2026-11-25"), d("2026-12-25")); !errors.Is(err, ErrTooLong) || !errors.As(err, &e) || e.Field != "source.url" {
		t.Errorf("Fee with a 275-byte source address = %v, want ErrTooLong on source.url", err)
	}
}
