package billing

import (
	"testing"
)

// TestPublishedOrder checks, for a charge failing on every day of 2026,
// the order of unpaid charges on IIJmio's page
// (https://www.iijmio.jp/invoice/letter_en.html): the slip around the
// 6th–10th, its deadline, only then a possible suspension, then
// cancellation; and the seed's order, suspension within days and before
// the slip.
func TestPublishedOrder(t *testing.T) {
	for day := (Date{2026, 1, 1}); day.Year == 2026; day = day.AddDays(1) {
		byKind := func(p DunningPolicy) map[EventKind]Event {
			ev, err := p.Timeline(day)
			if err != nil {
				t.Fatalf("%s.Timeline(%v): %v", p.Name, day, err)
			}
			m := map[EventKind]Event{}
			for _, e := range ev {
				m[e.Kind] = e
			}
			return m
		}
		pub, seed := byKind(IIJmioPublished()), byKind(IIJmio())
		slip, deadline, susp, term := pub[KindSlipPosted], pub[KindSlipDeadline], pub[KindSuspension], pub[KindTermination]
		switch {
		case !slip.Earliest.after(day):
			t.Errorf("published, failed %v: slip posted %v, want after the failure", day, slip.Earliest)
		case slip.Earliest.Day != 6 || slip.Latest.Day != 10:
			t.Errorf("published, failed %v: slip posted %v–%v, want the 6th–10th", day, slip.Earliest, slip.Latest)
		case !deadline.Earliest.after(slip.Latest):
			t.Errorf("published, failed %v: deadline %v not after the slip %v", day, deadline.Earliest, slip.Latest)
		case !susp.Earliest.after(deadline.Earliest) || susp.Latest.before(deadline.Latest):
			t.Errorf("published, failed %v: suspension %v–%v, want after the deadline %v–%v", day, susp.Earliest, susp.Latest, deadline.Earliest, deadline.Latest)
		case !term.Earliest.after(susp.Earliest):
			t.Errorf("published, failed %v: cancellation %v, want after the suspension %v", day, term.Earliest, susp.Earliest)
		}
		// The seed (D3, D4): suspension "within a few days", before the slip.
		if s := seed[KindSuspension]; !s.Earliest.before(seed[KindSlipPosted].Earliest) {
			t.Errorf("seed, failed %v: suspension %v, want before the slip %v", day, s.Earliest, seed[KindSlipPosted].Earliest)
		}
	}
}

// TestDunningSources: each figure of each preset, with its source.
func TestDunningSources(t *testing.T) {
	failed := d("2026-11-25")
	tests := []struct {
		name   string
		policy DunningPolicy
		kind   EventKind
		src    Source
	}{
		{"D1 seed: the failed charge", IIJmio(), KindFailed, seedSource},
		{"D1 assumption: retry in 1-3 days", IIJmio(), KindRetry, Source{}},
		{"D2 seed: notice", IIJmio(), KindNotice, seedSource},
		{"D2 seed: dunning e-mail", IIJmio(), KindDunningEmail, seedSource},
		{"D8 seed: advice with the failed retry", IIJmio(), KindAdvice, seedSource},
		{"D3 seed: suspension within days", IIJmio(), KindSuspension, seedSource},
		{"D4 assumption: slip after 14-30 days", IIJmio(), KindSlipPosted, Source{}},
		{"D4 assumption: slip deadline 14-21 days", IIJmio(), KindSlipDeadline, Source{}},
		{"D7 assumption: termination 30-90 days", IIJmio(), KindTermination, Source{}},
		{"D1 published keeps the seed's assumed retry", IIJmioPublished(), KindRetry, Source{}},
		{"D2 published keeps the seed's notice", IIJmioPublished(), KindNotice, seedSource},
		{"D4 published: slip on the 6th-10th", IIJmioPublished(), KindSlipPosted, publishedSource},
		{"D4 published: the printed deadline's length is assumed", IIJmioPublished(), KindSlipDeadline, Source{}},
		{"D3 published: suspension 1-14 days after the deadline is assumed", IIJmioPublished(), KindSuspension, Source{}},
		{"D7 published: cancellation 30-90 days after the suspension is assumed", IIJmioPublished(), KindTermination, Source{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := tc.policy.Timeline(failed)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range ev {
				if e.Kind == tc.kind && e.Source != tc.src {
					t.Errorf("%s: %v source %v, want %v", tc.policy.Name, e.Kind, e.Source, tc.src)
				}
			}
		})
	}
	// D5: slip reflection, 3–5 business days (seed) or 7–10 days (published).
	for _, tc := range []struct {
		p        DunningPolicy
		min, max int
		business bool
		src      Source
	}{
		{IIJmio(), 3, 5, true, seedSource},
		{IIJmioPublished(), 7, 10, false, publishedSource},
	} {
		if o := tc.p.SlipReflection; o.Min != tc.min || o.Max != tc.max || o.BusinessDays != tc.business || o.DayOfMonth || o.Source != tc.src {
			t.Errorf("%s.SlipReflection = %+v, want %d–%d (business days %v) from %v", tc.p.Name, o, tc.min, tc.max, tc.business, tc.src)
		}
	}
}

// TestLateFeeTerms: the late-charge presets, each row naming its source.
func TestLateFeeTerms(t *testing.T) {
	statutory := func(due string) LateFeeTerms {
		t.Helper()
		lt, err := StatutoryLateFee(d(due))
		if err != nil {
			t.Fatalf("StatutoryLateFee(%s): %v", due, err)
		}
		return lt
	}
	tests := []struct {
		source    string
		terms     LateFeeTerms
		principal Yen
		due, paid string
		want      Yen
	}{
		// Telecom terms (lawinsider.com, the clause in NTT East's terms): 14.5%,
		// day after due to day before payment, waived within 15 days.
		{"telecom: paid on day 15, waived", TelecomLateFee(), 100000, "2026-01-31", "2026-02-15", 0},
		{"telecom: paid on day 16, 15 days charged", TelecomLateFee(), 100000, "2026-01-31", "2026-02-16", 595}, // 100000 × 0.145 × 15/365 = 595.89
		{"telecom: a year late, 364 days", TelecomLateFee(), 100000, "2026-01-31", "2027-01-31", 14460},         // × 364/365 = 14460.27
		{"telecom: paid on the due date", TelecomLateFee(), 100000, "2026-01-31", "2026-01-31", 0},
		// Consumer Contract Act art. 9 (e-gov): 14.6%, to the day of payment.
		{"consumer cap: 16 days", ConsumerCapLateFee(), 100000, "2026-01-31", "2026-02-16", 640}, // × 0.146 × 16/365 = 640.0
		{"consumer cap: one day", ConsumerCapLateFee(), 100000, "2026-01-31", "2026-02-01", 40},
		// Civil Code art. 404 (e-gov): 3% from 2020-04-01, 5% before.
		{"statutory 2026: 3%, a year", statutory("2026-01-31"), 100000, "2026-01-31", "2027-01-31", 3000},
		{"statutory 2019: 5%, a year", statutory("2019-01-31"), 100000, "2019-01-31", "2020-01-31", 5000},
		{"statutory: late from 2020-04-01, 3%", statutory("2020-03-31"), 100000, "2020-03-31", "2021-03-31", 3000},
		{"statutory: late from 2020-03-31, 5%", statutory("2020-03-30"), 100000, "2020-03-30", "2021-03-30", 5000},
	}
	for _, tc := range tests {
		t.Run(tc.source, func(t *testing.T) {
			got, err := tc.terms.Fee(tc.principal, d(tc.due), d(tc.paid))
			if err != nil || got != tc.want {
				t.Errorf("%s.Fee(%v, %s, %s) = %v, %v, want %v", tc.terms.Name, tc.principal, tc.due, tc.paid, got, err, tc.want)
			}
			if tc.terms.Source.URL == "" || tc.terms.Source.AsOf == "" {
				t.Errorf("%s: source %+v, want an address and a date", tc.terms.Name, tc.terms.Source)
			}
		})
	}
	if _, err := StatutoryLateFee(d("2029-03-31")); err == nil {
		t.Errorf("StatutoryLateFee(2029-03-31) gave a rate; the rate from 2029-04-01 is not known")
	}
	if _, err := StatutoryLateFee(d("2029-03-30")); err != nil {
		t.Errorf("StatutoryLateFee(2029-03-30): %v", err)
	}
	bad := TelecomLateFee()
	bad.GraceDays = -1
	if _, err := bad.Fee(100, d("2026-01-31"), d("2026-03-31")); err == nil {
		t.Errorf("Fee with a negative grace period: no error")
	}
	if _, err := TelecomLateFee().Fee(100, d("2026-03-31"), d("2026-01-31")); err == nil {
		t.Errorf("Fee paid before the due date: no error, want ErrOrder")
	}
}
