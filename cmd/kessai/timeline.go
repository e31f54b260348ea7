package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	category "github.com/kessai-jp/kessai/internal/msg"
	"github.com/kessai-jp/kessai/internal/textparse"
)

// jst is Japan Standard Time, a fixed zone (UTC+9 all year).
func jst() *time.Location { return time.FixedZone("JST", 9*60*60) }

// weekday is the weekday of d, abbreviated in the reader's language.
func weekday(d billing.Date, l lang) string {
	if l == en {
		return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d.Weekday()]
	}
	return [...]string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
}

// billingDay formats a date with its weekday: "2026-11-25 (水)".
func billingDay(d billing.Date, l lang) string { return d.String() + " (" + weekday(d, l) + ")" }

// billingWindow formats a window, a single day when both ends agree.
func billingWindow(e, lt billing.Date, l lang) string {
	if e == lt {
		return billingDay(e, l)
	}
	return billingDay(e, l) + " – " + billingDay(lt, l)
}

// dateFlag parses the value of date flag name; required flags must be set.
func dateFlag(name, value string, required bool) (billing.Date, *cliError) {
	if value == "" {
		if required {
			return billing.Date{}, &cliError{Code: codeMissingFlag, Field: name,
				Message: trf("-%s DATE が必要です（例: -%s 2026-11-25）", "-%s DATE is required (e.g. -%s 2026-11-25)", name, name)}
		}
		return billing.Date{}, nil
	}
	d, err := billing.ParseDate(value)
	if err != nil {
		return d, onFlag(name, explain(err)) // the message shows the value
	}
	return d, nil
}

// dunningPolicyByName returns the dunning policy a -policy flag names.
func dunningPolicyByName(name string) (billing.DunningPolicy, *cliError) {
	switch name {
	case "iijmio", "seed":
		return billing.IIJmio(), nil
	case "published", "iijmio-published":
		return billing.IIJmioPublished(), nil
	}
	return billing.DunningPolicy{}, &cliError{Code: category.Unknown.Token(), Field: "policy",
		Message: tr("知らないポリシーです: ", "unknown policy: ").append(quoted(name)).
			append(tr("（iijmio、published、both のいずれか）", " (want iijmio, published or both)"))}
}

// policyText describes a dunning policy.
func policyText(name string) msg {
	if name == billing.IIJmioPublished().Name {
		return tr("published: IIJmio 自身のページ", "published: IIJmio's own page")
	}
	return tr(name+": 記事", name+": the article")
}

// stepText describes a timeline step for people.
func stepText(k billing.EventKind) msg {
	switch k {
	case billing.KindFailed:
		return tr("登録カードでの決済が失敗", "charge on the registered card fails")
	case billing.KindRetry:
		return tr("登録カードで再決済", "charge retried on the registered card")
	case billing.KindNotice:
		return tr("SMS・メールで未払いのお知らせ", "payment-overdue notice by SMS / e-mail")
	case billing.KindDunningEmail:
		return tr("督促メール", "dunning e-mail")
	case billing.KindAdvice:
		return tr("エラーが続く: 別のカードへの変更を検討", "errors in a row: consider another card")
	case billing.KindSuspension:
		return tr("利用停止の可能性", "service may be suspended")
	case billing.KindSlipPosted:
		return tr("コンビニ払込票の郵送", "convenience-store payment slip mailed")
	case billing.KindSlipDeadline:
		return tr("払込票の支払期限", "payment slip deadline")
	case billing.KindTermination:
		return tr("契約解除の可能性、遅延損害金の可能性", "contract may be terminated; late charges may apply")
	}
	return msg{k.Label(language.Japanese), k.Label(language.English)}
}

// stateText names a state of service for people: billing's label, with
// past due saying that service goes on.
func stateText(s billing.State) msg {
	if s == billing.PastDue {
		return tr("未払い（利用は継続）", "past due (service continues)")
	}
	return msg{s.Label(language.Japanese), s.Label(language.English)}
}

// channelText names a payment channel for people.
func channelText(ch billing.Channel) msg {
	return msg{ch.Label(language.Japanese), ch.Label(language.English)}
}

type billingTimelineJSON struct {
	Policy string           `json:"policy"`
	Failed billing.Date     `json:"failed"`
	Events []billing.Event  `json:"events"`
	Status *billing.Status  `json:"status,omitempty"`
	Today  *billing.Date    `json:"today,omitempty"`
	Paid   *billing.Payment `json:"paid,omitempty"`
}

func timelineCommand() command {
	return command{
		name: "timeline", args: "[-json] [-lang ja|en] [-policy iijmio|published|both] -failed DATE [-today DATE [-paid DATE [-via card|slip]]]",
		summary: tr("決済失敗後の督促の流れ", "the dunning schedule after a failed charge"),
		about: tr("決済が失敗した日からの督促の流れ（D1–D8）を、各段階の期間（幅）で表示する。-today でその日のサービスの状態（D3–D7）、\n"+
			"-paid と -via で支払いの反映とサービス再開の見込み（D5、D6）も表示する。払込票は郵送される前には払えない（D4）。\n"+
			"-policy both では記事と IIJmio 自身のページの流れを順に表示する（-json では {\"timelines\": […]}）。\n"+
			"時期がどの出典にもない（kessai の仮定の）段階には「時期は仮定」と付ける（-json ではその段階に \"source\" がない）。",
			"The dunning schedule after a failed charge (D1–D8), every step a window. With -today, the state of service on that day\n"+
				"(D3–D7); with -paid and -via, when the payment is reflected and service resumes (D5, D6). A slip cannot be paid\n"+
				"before it is mailed (D4). -policy both prints the article's schedule, then IIJmio's page's (with -json, {\"timelines\": […]}).\n"+
				"A step whose timing no source states (kessai's assumption) is marked \"timing assumed\" (with -json, it has no \"source\")."),
		exits:  helpExits("0 流れを表示した、2 入力または使い方の誤り。", "0 the schedule is printed; 2 bad input or usage."),
		define: func(f *flagSet) { defineTimeline(f) },
		run:    runTimeline,
	}
}

type timelineFlags struct{ policy, failed, today, paid, via *string }

func defineTimeline(f *flagSet) timelineFlags {
	return timelineFlags{
		policy: f.String("policy", "iijmio", "P", tr("iijmio（記事）、published（IIJmio 自身のページ）または both（両方）", "iijmio (the article), published (IIJmio's own page) or both")),
		failed: f.String("failed", "", "DATE", tr("決済が失敗した日、YYYY-MM-DD", "the day the charge failed, YYYY-MM-DD")),
		today:  f.String("today", "", "DATE", tr("この日のサービスの状態も表示する", "also show the state of service on this day")),
		paid:   f.String("paid", "", "DATE", tr("未払い分を全額支払った日（-today と一緒に）", "the day the arrears were paid in full (with -today)")),
		via:    f.String("via", "card", "card|slip", tr("支払い方法: card（カード）または slip（払込票）", "how they were paid: card or slip")),
	}
}

// runTimeline implements "kessai timeline": see timelineCommand.
func runTimeline(c *cmd, args []string) int {
	spec := timelineCommand()
	f := newFlagSet(c, &spec)
	fl := defineTimeline(f)
	if code, ok := f.parse(args); !ok {
		return code
	}
	if f.fs.NArg() > 0 {
		return c.fail(unexpectedArgument(f.fs.Arg(0), &spec))
	}
	// -via describes -paid; alone it would be ignored, so it is an error.
	if f.visited("via") && *fl.paid == "" {
		return c.fail(&cliError{Code: codeMissingFlag, Field: "paid", Message: tr("-via には -paid が必要です", "-via needs -paid")})
	}
	if *fl.paid != "" && *fl.today == "" {
		return c.fail(&cliError{Code: codeMissingFlag, Field: "today", Message: tr("-paid には -today が必要です", "-paid needs -today")})
	}
	var policies []billing.DunningPolicy
	if *fl.policy == "both" {
		policies = []billing.DunningPolicy{billing.IIJmio(), billing.IIJmioPublished()}
	} else {
		policy, ce := dunningPolicyByName(*fl.policy)
		if ce != nil {
			return c.fail(ce)
		}
		policies = []billing.DunningPolicy{policy}
	}
	ch, err := textparse.Parse[billing.Channel](*fl.via)
	if err != nil {
		return c.failFlag("via", err)
	}
	failed, ce := dateFlag("failed", *fl.failed, true)
	if ce != nil {
		return c.fail(ce)
	}
	today, ce := dateFlag("today", *fl.today, false)
	if ce != nil {
		return c.fail(ce)
	}
	paid, ce := dateFlag("paid", *fl.paid, false)
	if ce != nil {
		return c.fail(ce)
	}
	var outs []billingTimelineJSON
	for _, policy := range policies {
		events, err := policy.Timeline(failed)
		if err != nil {
			return c.failFlag("failed", err)
		}
		out := billingTimelineJSON{Policy: policy.Name, Failed: failed, Events: events}
		if *fl.today != "" {
			var payments []billing.Payment
			if *fl.paid != "" {
				payments = []billing.Payment{{Date: paid, Channel: ch, Full: true}}
				out.Paid = &payments[0]
			}
			st, err := policy.StatusAt(failed, today, payments)
			if err != nil {
				e := explain(err)
				if errors.Is(err, billing.ErrOrder) && out.Paid != nil && out.Paid.Channel == billing.BySlip {
					for _, ev := range events {
						if ev.Kind == billing.KindSlipPosted {
							e.Message = e.Message.append(trf("。払込票の郵送は %s から（D4）", "; the slip is mailed from %s (D4)", ev.Earliest))
						}
					}
				}
				// The library names its inputs; the flags that gave them:
				switch e.Field {
				case "payments", "paid":
					e.Field = "paid"
				case "channel":
					e.Field = "via"
				case "":
					e.Field = "paid"
					if out.Paid == nil {
						e.Field = "today"
					}
				}
				return c.fail(e)
			}
			out.Status, out.Today = &st, &today
		}
		outs = append(outs, out)
	}
	if c.json {
		if len(outs) == 1 {
			c.writeJSON(outs[0])
		} else {
			c.writeJSON(struct {
				Timelines []billingTimelineJSON `json:"timelines"`
			}{outs})
		}
		return exitOK
	}
	for i := range outs {
		if i > 0 {
			fmt.Fprintln(c.stdout)
		}
		writeTimelineText(c.stdout, &outs[i], c.lang)
	}
	return exitOK
}

// writeTimelineText prints one timeline for people, with a short line on
// its sources.
func writeTimelineText(w io.Writer, out *billingTimelineJSON, l lang) {
	failed, events := out.Failed, out.Events
	fmt.Fprintln(w, trf("%s の決済失敗後の督促の流れ（ポリシー %s）", "Dunning timeline after a failed charge on %s (policy %s)",
		billingDay(failed, l), policyText(out.Policy).in(l)).in(l))
	wide := 0
	for _, ev := range events {
		wide = max(wide, columns(billingWindow(ev.Earliest, ev.Latest, l)))
	}
	for _, ev := range events {
		// A zero source is kessai's assumption: say so, never an empty source.
		assumed := ""
		if ev.Source == (billing.Source{}) {
			assumed = tr("（時期は仮定、出典なし）", " (timing assumed, no source)").in(l)
		}
		fmt.Fprintf(w, "  %s  %-3s %s%s\n", padColumns(billingWindow(ev.Earliest, ev.Latest, l), wide), ev.Rule, stepText(ev.Kind).in(l), assumed)
	}
	if out.Status != nil {
		s := out.Status
		fmt.Fprintln(w, trf("%s の状態: %s", "On %s: %s", billingDay(*out.Today, l), statusText(*s, out.Paid != nil).in(l)).in(l))
		if out.Paid != nil {
			fmt.Fprintln(w, "  "+trf("%s に%sで支払い: 反映 %s、サービス再開 %s", "paid %s by %s: reflected %s; service resumes %s",
				billingDay(out.Paid.Date, l), channelText(out.Paid.Channel).in(l),
				billingWindow(s.Reflected.Earliest, s.Reflected.Latest, l), billingWindow(s.Resumes.Earliest, s.Resumes.Latest, l)).in(l))
		}
	}
	fmt.Fprintln(w, tr("期間: 記事は幅で示し、記事にない数値は仮定（出典なし）で補っている（「billing」パッケージの説明を参照）。",
		"Windows: the article gives ranges, and assumptions (no source) fill figures it lacks; see the billing package doc.").in(l))
	var srcs []string
	for _, ev := range events {
		if s := sourceText(ev.Source); s != "" && !slices.Contains(srcs, s) {
			srcs = append(srcs, s)
		}
	}
	if len(srcs) > 0 {
		fmt.Fprintf(w, "%s: %s\n", tr("出典", "Sources").in(l), strings.Join(srcs, "; "))
	}
}

// statusText describes a status for people. A possible state is shown with
// the state that holds otherwise: the less severe one before a payment (the
// day is inside the window in which the state may begin), and active after
// one (D5, D6: the payment may already be reflected).
func statusText(s billing.Status, paid bool) msg {
	state := stateText(s.State)
	if !s.Possible {
		return msg{fmt.Sprintf("%s（確定、%s）", state.Ja, s.Rule), fmt.Sprintf("%s (certain, %s)", state.En, s.Rule)}
	}
	other := stateText(billing.Active)
	switch {
	case s.State == billing.Terminated && paid:
		other = tr("支払いによりサービス再開", "the payment resumes service")
	case s.Rule == "D5" || s.Rule == "D6":
	case s.State == billing.Terminated:
		other = stateText(billing.Suspended)
	case s.State == billing.Suspended:
		other = stateText(billing.PastDue)
	}
	return msg{
		fmt.Sprintf("%sの可能性あり、そうでなければ%s（%s）", state.Ja, other.Ja, s.Rule),
		fmt.Sprintf("possibly %s, otherwise %s (%s)", state.En, other.En, s.Rule),
	}
}
