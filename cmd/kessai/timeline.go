package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kessai-jp/kessai/billing"
)

// billingWeekday is the Japanese one-character weekday abbreviation of d.
func billingWeekday(d billing.Date) string {
	return [...]string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
}

// billingDay formats a date with its weekday: "2026-11-25 (水)".
func billingDay(d billing.Date) string { return d.String() + " (" + billingWeekday(d) + ")" }

// billingWindow formats a window, a single day when both ends agree.
func billingWindow(e, l billing.Date) string {
	if e == l {
		return billingDay(e)
	}
	return billingDay(e) + " – " + billingDay(l)
}

// billingDateFlag parses the value of a required date flag.
func billingDateFlag(name, value string) (billing.Date, error) {
	if value == "" {
		return billing.Date{}, fmt.Errorf("-%s DATE is required (e.g. -%s 2026-11-25)", name, name)
	}
	return billing.ParseDate(value)
}

// dunningPolicyByName returns the dunning policy a -policy flag names.
func dunningPolicyByName(name string) (billing.DunningPolicy, error) {
	switch name {
	case "iijmio", "seed":
		return billing.IIJmio(), nil
	case "published", "iijmio-published":
		return billing.IIJmioPublished(), nil
	}
	return billing.DunningPolicy{}, fmt.Errorf("unknown policy %q (want iijmio or published)", name)
}

// dunningStepText describes a timeline step for people.
func dunningStepText(k billing.Kind) string {
	switch k {
	case billing.KindFailed:
		return "charge on the registered card fails (決済失敗)"
	case billing.KindRetry:
		return "charge retried on the registered card (再決済)"
	case billing.KindNotice:
		return "payment-overdue notice by SMS / e-mail (お知らせ)"
	case billing.KindDunningEmail:
		return "dunning e-mail (督促メール)"
	case billing.KindAdvice:
		return "errors in a row: consider another card (別カードへの変更)"
	case billing.KindSuspension:
		return "service may be suspended (利用停止)"
	case billing.KindSlipPosted:
		return "convenience-store payment slip mailed (払込票)"
	case billing.KindSlipDeadline:
		return "payment slip deadline (支払期限)"
	case billing.KindTermination:
		return "contract may be terminated; late charges may apply (契約解除)"
	}
	return k.String()
}

type billingTimelineJSON struct {
	Policy string           `json:"policy"`
	Failed billing.Date     `json:"failed"`
	Events []billing.Event  `json:"events"`
	Status *billing.Status  `json:"status,omitempty"`
	Today  *billing.Date    `json:"today,omitempty"`
	Paid   *billing.Payment `json:"paid,omitempty"`
}

const timelineSynopsis = "[-json] [-policy iijmio|published|both] -failed DATE [-today DATE [-paid DATE -via card|slip]]"

// runTimeline prints the dunning schedule after a failed charge (D1–D8),
// and with -today the state of service on that day (D3–D7).
func runTimeline(args []string, e env) int {
	fs := newFlags("timeline", timelineSynopsis, e)
	asJSON := fs.Bool("json", false, "print JSON")
	policyName := fs.String("policy", "iijmio", "iijmio (the seed), published (IIJmio's own page) or both")
	failedFlag := fs.String("failed", "", "the day the charge failed, YYYY-MM-DD")
	todayFlag := fs.String("today", "", "also show the state of service on this day")
	paidFlag := fs.String("paid", "", "the day the arrears were paid in full (with -today)")
	via := fs.String("via", "card", "how they were paid: card or slip")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return fail(e, "timeline", fmt.Errorf("unexpected argument %q", fs.Arg(0)))
	}
	// -via describes -paid; alone it would be ignored, so it is an error.
	viaSet := false
	fs.Visit(func(f *flag.Flag) { viaSet = viaSet || f.Name == "via" })
	if viaSet && *paidFlag == "" {
		return fail(e, "timeline", errors.New("-via needs -paid"))
	}
	var policies []billing.DunningPolicy
	if *policyName == "both" {
		policies = []billing.DunningPolicy{billing.IIJmio(), billing.IIJmioPublished()}
	} else {
		policy, err := dunningPolicyByName(*policyName)
		if err != nil {
			return fail(e, "timeline", err)
		}
		policies = []billing.DunningPolicy{policy}
	}
	failed, err := billingDateFlag("failed", *failedFlag)
	if err != nil {
		return fail(e, "timeline", err)
	}
	var outs []billingTimelineJSON
	for _, policy := range policies {
		events, err := policy.Timeline(failed)
		if err != nil {
			return fail(e, "timeline", err)
		}
		out := billingTimelineJSON{Policy: policy.Name, Failed: failed, Events: events}
		if *todayFlag != "" || *paidFlag != "" {
			if err := billingStatusFor(&out, policy, *todayFlag, *paidFlag, *via); err != nil {
				return fail(e, "timeline", err)
			}
		}
		outs = append(outs, out)
	}
	if *asJSON {
		var err error
		if len(outs) == 1 {
			err = writeJSON(e.stdout, outs[0])
		} else {
			err = writeJSON(e.stdout, outs)
		}
		if err != nil {
			return fail(e, "timeline", err)
		}
		return exitOK
	}
	for i := range outs {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		writeTimelineText(e.stdout, &outs[i])
	}
	return exitOK
}

// writeTimelineText prints one timeline for people, with a short line on
// its sources.
func writeTimelineText(w io.Writer, out *billingTimelineJSON) {
	failed, events := out.Failed, out.Events
	fmt.Fprintf(w, "Dunning timeline after a failed charge on %s (policy %s)\n", billingDay(failed), out.Policy)
	for _, ev := range events {
		fmt.Fprintf(w, "  %s  %-3s %s\n", padColumns(billingWindow(ev.Earliest, ev.Latest), 33), ev.Rule, dunningStepText(ev.Kind))
	}
	if out.Status != nil {
		s := out.Status
		fmt.Fprintf(w, "On %s: %s\n", billingDay(*out.Today), billingStatusText(*s, out.Paid != nil))
		if out.Paid != nil {
			fmt.Fprintf(w, "  paid %s by %s: reflected %s; service resumes %s\n", billingDay(out.Paid.Date), out.Paid.Channel,
				billingWindow(s.Reflected.Earliest, s.Reflected.Latest), billingWindow(s.Resumes.Earliest, s.Resumes.Latest))
		}
	}
	fmt.Fprintln(w, "Windows: the seed gives ranges, and assumptions fill figures it lacks; see the billing package doc.")
	var srcs []string
	for _, ev := range events {
		if s := ev.Source.String(); s != "" && !slices.Contains(srcs, s) {
			srcs = append(srcs, s)
		}
	}
	if len(srcs) > 0 {
		fmt.Fprintf(w, "Sources: %s\n", strings.Join(srcs, "; "))
	}
}

// billingStatusText describes a status for people. A possible state is
// shown with the state that holds otherwise: the less severe one before a
// payment (the day is inside the window in which the state may begin), and
// active after one (D5, D6: the payment may already be reflected).
func billingStatusText(s billing.Status, paid bool) string {
	if s.Certainty == billing.Certain {
		return fmt.Sprintf("%s (certain, %s)", s.State, s.Rule)
	}
	other := "active"
	switch {
	case s.State == billing.Terminated && paid:
		other = "the payment resumes service"
	case s.Rule == "D5" || s.Rule == "D6":
	case s.State == billing.Terminated:
		other = billing.Suspended.String()
	case s.State == billing.Suspended:
		other = billing.PastDue.String()
	}
	return fmt.Sprintf("possibly %s, otherwise %s (%s)", s.State, other, s.Rule)
}

// billingStatusFor fills the -today part of a timeline answer.
func billingStatusFor(out *billingTimelineJSON, policy billing.DunningPolicy, todayFlag, paidFlag, via string) error {
	if todayFlag == "" {
		return errors.New("-paid needs -today")
	}
	today, err := billing.ParseDate(todayFlag)
	if err != nil {
		return err
	}
	var payments []billing.Payment
	if paidFlag != "" {
		paid, err := billing.ParseDate(paidFlag)
		if err != nil {
			return err
		}
		var ch billing.Channel
		switch via {
		case "card":
			ch = billing.Card
		case "slip":
			ch = billing.Slip
		default:
			return fmt.Errorf("unknown -via %q (want card or slip)", via)
		}
		payments = []billing.Payment{{Date: paid, Channel: ch, Full: true}}
		out.Paid = &payments[0]
	}
	st, err := policy.StatusAt(out.Failed, today, payments)
	if err != nil {
		return err
	}
	out.Status, out.Today = &st, &today
	return nil
}
