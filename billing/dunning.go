package billing

import (
	"strconv"

	"github.com/kessai-jp/kessai/internal/bound"
)

// Channel is how a payment is made, as far as billing cares: it decides how
// long the payment takes to be reflected (D5). It is billing's own small
// enum; package eligibility has the full list of payment methods.
type Channel uint8

const (
	// Card is a payment by credit card, the registered card or a new one
	// (CH1, D5: reflected immediately to the next business day).
	Card Channel = iota + 1
	// Slip is a payment of the convenience-store payment slip (払込票) that
	// is mailed after a failed charge (D4, D5: 3–5 business days).
	Slip
)

// String returns "card" or "slip".
func (c Channel) String() string {
	switch c {
	case Card:
		return "card"
	case Slip:
		return "slip"
	}
	return "Channel(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText returns [Channel.String]; an unknown channel is an error.
func (c Channel) MarshalText() ([]byte, error) {
	if c != Card && c != Slip {
		return nil, &PolicyError{Field: "channel", Msg: "unknown " + c.String()}
	}
	return []byte(c.String()), nil
}

// UnmarshalText accepts "card" or "slip".
func (c *Channel) UnmarshalText(b []byte) error {
	switch string(b) {
	case "card":
		*c = Card
	case "slip":
		*c = Slip
	default:
		// Shown like ParseDate's input: bounded, and without the digits of
		// a card number pasted into the wrong field.
		return &PolicyError{Field: "channel", Msg: quote(safeInput(bound.Prefix(b, maxEcho+1))) + " is not card or slip"}
	}
	return nil
}

// Unit says how an [Offset] counts.
type Unit uint8

const (
	// CalendarDays counts every day.
	CalendarDays Unit = iota
	// BusinessDays counts business days of the policy's [Calendar], as
	// [Calendar.AddBusinessDays] does.
	BusinessDays
	// DayOfMonth makes Min and Max days of a month (1–28): the window runs
	// from the first day Min strictly after the anchor's earliest date to day
	// Max of the month of the first day Min strictly after its latest date.
	// IIJmio posts payment slips "around the 6th–10th of the month".
	DayOfMonth
)

// String returns "calendar days", "business days" or "day of month".
func (u Unit) String() string {
	switch u {
	case CalendarDays:
		return "calendar days"
	case BusinessDays:
		return "business days"
	case DayOfMonth:
		return "day of month"
	}
	return "Unit(" + strconv.Itoa(int(u)) + ")"
}

// MaxOffsetDays bounds Offset.Max for day counts: nothing in a dunning
// timeline is more than a year away from its anchor.
const MaxOffsetDays = 366

// Offset is a window of time after an anchor: from Min to Max units. A
// single known figure has Min == Max. Source names where the step and its
// timing come from, as far as a source gives them; the preset's doc says
// which figures within it are kessai's assumptions.
type Offset struct {
	Min, Max int
	Unit     Unit
	Source   Source `json:"source,omitzero"`
}

func (o Offset) check() error {
	switch o.Unit {
	case CalendarDays, BusinessDays:
		if o.Min < 0 || o.Max < o.Min || o.Max > MaxOffsetDays {
			return &PolicyError{Field: "offset", Msg: "want 0 ≤ Min ≤ Max ≤ " + strconv.Itoa(MaxOffsetDays)}
		}
	case DayOfMonth:
		if o.Min < 1 || o.Max < o.Min || o.Max > 28 {
			return &PolicyError{Field: "offset", Msg: "want 1 ≤ Min ≤ Max ≤ 28 for days of the month"}
		}
	default:
		return &PolicyError{Field: "offset", Msg: "unknown unit " + o.Unit.String()}
	}
	return nil
}

// Window is a span of dates, both ends included. Where the seed gives a
// range ("3–5 business days", "about 1–2 weeks"), kessai gives a window, not
// a point.
type Window struct {
	Earliest Date `json:"earliest"`
	Latest   Date `json:"latest"`
}

// Contains reports whether d is within w.
func (w Window) Contains(d Date) bool { return !d.Before(w.Earliest) && !d.After(w.Latest) }

// after applies o to the anchor window w on calendar c.
func (o Offset) after(c Calendar, w Window) (Window, error) {
	switch o.Unit {
	case CalendarDays:
		e, l := w.Earliest.AddDays(o.Min), w.Latest.AddDays(o.Max)
		if err := checkDate("Timeline", "step", l); err != nil {
			return Window{}, err
		}
		return Window{e, l}, nil
	case BusinessDays:
		e, err := c.AddBusinessDays(w.Earliest, o.Min)
		if err != nil {
			return Window{}, err
		}
		l, err := c.AddBusinessDays(w.Latest, o.Max)
		if err != nil {
			return Window{}, err
		}
		return Window{e, l}, nil
	case DayOfMonth:
		e := nextDayOfMonth(w.Earliest, o.Min)
		l := nextDayOfMonth(w.Latest, o.Min)
		l.Day = o.Max
		if err := checkDate("Timeline", "step", l); err != nil {
			return Window{}, err
		}
		return Window{e, l}, nil
	}
	return Window{}, o.check()
}

// nextDayOfMonth returns the first date strictly after d whose day is day
// (1–28).
func nextDayOfMonth(d Date, day int) Date {
	if d.Day < day {
		return Date{d.Year, d.Month, day}
	}
	if d.Month == 12 {
		return Date{d.Year + 1, 1, day}
	}
	return Date{d.Year, d.Month + 1, day}
}

// Kind is a step of the dunning timeline.
type Kind uint8

const (
	// KindFailed is the failed charge itself, the anchor of the timeline.
	KindFailed Kind = iota
	// KindRetry: the charge is retried on the registered card (D1).
	KindRetry
	// KindNotice: a notice of the failed payment by SMS or e-mail (D2).
	KindNotice
	// KindDunningEmail: the dunning e-mail (督促メール), "within a few days"
	// (D2).
	KindDunningEmail
	// KindAdvice: after several errors in a row, advice to change to another
	// card (D8).
	KindAdvice
	// KindSuspension: service may be suspended (D3).
	KindSuspension
	// KindSlipPosted: the convenience-store payment slip is mailed (D4).
	KindSlipPosted
	// KindSlipDeadline: the payment deadline printed on the slip (D4).
	KindSlipDeadline
	// KindTermination: the contract may be terminated; late charges
	// (遅延損害金) may apply (D7).
	KindTermination

	numKinds = iota
)

// String returns a stable lower-case name: "failed", "retry", "notice",
// "dunning-email", "advice", "suspension", "slip-posted", "slip-deadline",
// "termination".
func (k Kind) String() string {
	switch k {
	case KindFailed:
		return "failed"
	case KindRetry:
		return "retry"
	case KindNotice:
		return "notice"
	case KindDunningEmail:
		return "dunning-email"
	case KindAdvice:
		return "advice"
	case KindSuspension:
		return "suspension"
	case KindSlipPosted:
		return "slip-posted"
	case KindSlipDeadline:
		return "slip-deadline"
	case KindTermination:
		return "termination"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Rule returns the SPEC rule ID behind the step ("D1" … "D8"), or "" for
// an unknown Kind.
func (k Kind) Rule() string {
	switch k {
	case KindFailed, KindRetry:
		return "D1"
	case KindNotice, KindDunningEmail:
		return "D2"
	case KindSuspension:
		return "D3"
	case KindSlipPosted, KindSlipDeadline:
		return "D4"
	case KindTermination:
		return "D7"
	case KindAdvice:
		return "D8"
	}
	return ""
}

// MarshalText returns [Kind.String]; an unknown Kind is an error.
func (k Kind) MarshalText() ([]byte, error) {
	if k >= numKinds {
		return nil, &PolicyError{Field: "kind", Msg: "unknown " + k.String()}
	}
	return []byte(k.String()), nil
}

// UnmarshalText accepts the names [Kind.String] returns.
func (k *Kind) UnmarshalText(b []byte) error {
	for v := KindFailed; v < numKinds; v++ {
		if string(b) == v.String() {
			*k = v
			return nil
		}
	}
	return &PolicyError{Field: "kind", Msg: quote(safeInput(bound.Prefix(b, maxEcho+1))) + " is not a step of the timeline"}
}

// Step places a step of the timeline: Offset after the window of the step
// After (KindFailed for the failed charge itself).
type Step struct {
	After  Kind
	Offset Offset
}

// DunningPolicy says what follows a failed charge and when (D1–D8). It is a
// plain value: copy it, change a field, and the copy is a new policy. Every
// figure is a field; the presets [IIJmio] and [IIJmioPublished] document
// which figures come from a source and which are kessai's assumptions.
type DunningPolicy struct {
	// Name identifies the policy ("iijmio", "iijmio-published").
	Name string
	// Calendar counts business days (the zero value: the standard bank
	// calendar).
	Calendar Calendar

	Retry        Step // D1: the retry on the registered card
	Notice       Step // D2: the SMS/e-mail notice of the failure
	DunningEmail Step // D2: the dunning e-mail
	Advice       Step // D8: advice to change cards, after AdviceAfterErrors errors
	Suspension   Step // D3: the suspension window
	SlipPosted   Step // D4: the payment slip is mailed
	SlipDeadline Step // D4: the deadline printed on the slip
	Termination  Step // D7: the contract may be terminated

	// AdviceAfterErrors is how many failed attempts in a row make the D8
	// advice to change cards; the failed charge and the failed retry are
	// two. The seed says "複数回" (several). A timeline holds those two
	// attempts only, so [DunningPolicy.Timeline] leaves the Advice step out
	// when AdviceAfterErrors is above 2; otherwise the Advice step says when
	// (anchor it on KindFailed for 1).
	AdviceAfterErrors int

	// CardReflection is how long a card payment takes to be reflected,
	// counted from the day it is made (CH1, D5).
	CardReflection Offset
	// SlipReflection is how long a slip payment takes to be reflected (D5).
	SlipReflection Offset
	// Restoration is how long, after the payment of the arrears is
	// reflected, service takes to resume (D6).
	Restoration Offset
}

// Figures of the presets. Those marked "seed" come from the seed article;
// "published" from IIJmio's own page on unpaid charges; "assumption" are
// kessai's, for figures neither gives. Change them on a copy of a preset.
const (
	// FewDays reads the seed's "数日" (a few days) as at most 5 days
	// (assumption; D2, D3, D6).
	FewDays = 5
	// NextDay: the retry, the notice and the dunning e-mail come at the
	// earliest the day after the failed charge (assumption; D1, D2 give no
	// earliest day).
	NextDay = 1
	// CardReflectionMin and CardReflectionMax: a card payment is reflected
	// "即時〜翌営業日" (immediately to the next business day), counted in
	// business days from the day of payment (seed; CH1, D5).
	CardReflectionMin, CardReflectionMax = 0, 1
	// SlipReflectionMin and SlipReflectionMax: a slip payment is reflected
	// in "3〜5営業日" (3–5 business days) (seed; D5).
	SlipReflectionMin, SlipReflectionMax = 3, 5
	// RetryWithinDays: the retry follows within 1–3 days of the failed
	// charge (assumption; D1 gives no timing).
	RetryWithinDays = 3
	// SuspensionEarliestDays: the seed's "数日以内" puts the earliest
	// suspension a few days after the failure; kessai reads it as from day 2,
	// after a retry (seed, read by assumption; D3).
	SuspensionEarliestDays = 2
	// SuspensionLatestDays: the seed's "約1～2週間" (about 1–2 weeks) puts
	// the latest suspension at 14 days (seed; D3).
	SuspensionLatestDays = 14
	// SeedSlipPostedMin and SeedSlipPostedMax: the slip is mailed after
	// "一定期間" (a certain period) of non-payment; kessai assumes 14–30
	// days after the failure (assumption; D4).
	SeedSlipPostedMin, SeedSlipPostedMax = 14, 30
	// SlipTermMin and SlipTermMax: the deadline printed on the slip,
	// 14–21 days after it is mailed (assumption; neither source gives it).
	SlipTermMin, SlipTermMax = 14, 21
	// TerminationMin and TerminationMax: "長期間" (a long time) of
	// non-payment; kessai assumes 30–90 days after the slip's deadline in
	// [IIJmio], and after the suspension in [IIJmioPublished] (assumption;
	// D7).
	TerminationMin, TerminationMax = 30, 90
	// PublishedSlipDayFrom and PublishedSlipDayTo: IIJmio's page posts the
	// slip (a sealed postcard) around the 6th–10th of the month (published;
	// D4). kessai takes the first such days after the failed charge.
	PublishedSlipDayFrom, PublishedSlipDayTo = 6, 10
	// PublishedSlipReflectionMin and PublishedSlipReflectionMax: IIJmio's
	// page says confirming a slip payment takes 7–10 days (published; D5),
	// read as calendar days.
	PublishedSlipReflectionMin, PublishedSlipReflectionMax = 7, 10
	// PublishedSuspensionFrom and PublishedSuspensionAfterDeadline: service
	// may be suspended when the payment is not confirmed by the slip's
	// deadline, so from the day after it (published) to 14 days later
	// (assumption; D3).
	PublishedSuspensionFrom, PublishedSuspensionAfterDeadline = 1, 14
	// SeedAdviceAfterErrors: "複数回連続でエラー" (several errors in a row)
	// read as 2, the failed charge and its failed retry (assumption; D8).
	SeedAdviceAfterErrors = 2
)

// IIJmio returns the dunning policy the seed describes (D1–D8):
//
//   - D1 retry on the registered card: [NextDay]–[RetryWithinDays] days after
//     the failure (timing an assumption).
//   - D2 SMS/e-mail notice and the dunning e-mail: within a few days (seed),
//     [NextDay]–[FewDays] days.
//   - D8 advice to change cards: with the failed retry, the second error in
//     a row ([SeedAdviceAfterErrors], assumption).
//   - D3 suspension: a window from "数日以内" to "約1～2週間" (seed), days
//     [SuspensionEarliestDays]–[SuspensionLatestDays].
//   - D4 slip mailed after "一定期間", 14–30 days (assumption), payable
//     within 14–21 days of mailing (assumption).
//   - D7 termination after "長期間": 30–90 days after the slip's deadline
//     (assumption).
//   - D5 reflection: card the same day to the next business day
//     ([CardReflectionMin]–[CardReflectionMax]); slip 3–5 business days
//     ([SlipReflectionMin]–[SlipReflectionMax]) (seed). D6 restoration
//     within [FewDays] days (seed "数日以内").
func IIJmio() DunningPolicy {
	return DunningPolicy{
		Name:              "iijmio",
		Retry:             Step{KindFailed, Offset{NextDay, RetryWithinDays, CalendarDays, seedSource}},
		Notice:            Step{KindFailed, Offset{NextDay, FewDays, CalendarDays, seedSource}},
		DunningEmail:      Step{KindFailed, Offset{NextDay, FewDays, CalendarDays, seedSource}},
		Advice:            Step{KindRetry, Offset{0, 0, CalendarDays, seedSource}}, // with the failed retry
		Suspension:        Step{KindFailed, Offset{SuspensionEarliestDays, SuspensionLatestDays, CalendarDays, seedSource}},
		SlipPosted:        Step{KindFailed, Offset{SeedSlipPostedMin, SeedSlipPostedMax, CalendarDays, seedSource}},
		SlipDeadline:      Step{KindSlipPosted, Offset{SlipTermMin, SlipTermMax, CalendarDays, seedSource}},
		Termination:       Step{KindSlipDeadline, Offset{TerminationMin, TerminationMax, CalendarDays, seedSource}},
		AdviceAfterErrors: SeedAdviceAfterErrors,
		CardReflection:    Offset{CardReflectionMin, CardReflectionMax, BusinessDays, seedSource},
		SlipReflection:    Offset{SlipReflectionMin, SlipReflectionMax, BusinessDays, seedSource},
		Restoration:       Offset{0, FewDays, CalendarDays, seedSource}, // "数日以内": possibly at once
	}
}

// IIJmioPublished returns the policy of IIJmio's own public page on unpaid
// charges (https://www.iijmio.jp/invoice/letter_en.html, read 2026-11),
// where it says more than the seed; the rest is as in [IIJmio], with the
// seed as its source. The page's order: the slip, its deadline, only then a
// possible suspension, then cancellation (the seed: suspension within days,
// before the slip); TestPublishedOrder checks it for every day of a year.
//
//   - D4 the slip (a sealed postcard) is posted around the 6th–10th of the
//     month: the first such days after the failed charge
//     ([PublishedSlipDayFrom]–[PublishedSlipDayTo]).
//   - D3 service may be suspended if the payment is not confirmed by the
//     slip's deadline: from the day after it ([PublishedSuspensionFrom]),
//     up to [PublishedSuspensionAfterDeadline] days later (assumption).
//   - D7 still unpaid after the suspension, the contract is cancelled:
//     [TerminationMin]–[TerminationMax] days after the suspension
//     (assumption).
//   - D5 confirming a slip payment takes 7–10 days
//     ([PublishedSlipReflectionMin]–[PublishedSlipReflectionMax], read as
//     calendar days).
func IIJmioPublished() DunningPolicy {
	p := IIJmio()
	p.Name = "iijmio-published"
	p.SlipPosted = Step{KindFailed, Offset{PublishedSlipDayFrom, PublishedSlipDayTo, DayOfMonth, publishedSource}}
	p.SlipDeadline.Offset.Source = publishedSource // "by the printed deadline"; its length an assumption
	p.Suspension = Step{KindSlipDeadline, Offset{PublishedSuspensionFrom, PublishedSuspensionAfterDeadline, CalendarDays, publishedSource}}
	p.Termination = Step{KindSuspension, Offset{TerminationMin, TerminationMax, CalendarDays, publishedSource}}
	p.SlipReflection = Offset{PublishedSlipReflectionMin, PublishedSlipReflectionMax, CalendarDays, publishedSource}
	return p
}

// Event is one step of a dunning timeline: what, when (a window), the rule
// it rests on and the source of the step (its Offset's; the seed for the
// failed charge itself).
type Event struct {
	Kind     Kind   `json:"kind"`
	Source   Source `json:"source,omitzero"` // next to Kind: one byte in its padding
	Earliest Date   `json:"earliest"`
	Latest   Date   `json:"latest"`
	Rule     string `json:"rule"`
}

// steps returns the policy's steps indexed by Kind (KindFailed unused).
func (p *DunningPolicy) steps() [numKinds]Step {
	return [numKinds]Step{{}, p.Retry, p.Notice, p.DunningEmail, p.Advice, p.Suspension, p.SlipPosted, p.SlipDeadline, p.Termination}
}

// Check reports whether the policy is usable: every offset valid, every step
// anchored on a step that exists, no anchor cycle, AdviceAfterErrors ≥ 1.
func (p DunningPolicy) Check() error {
	steps := p.steps()
	for k := KindRetry; k < numKinds; k++ {
		if err := steps[k].Offset.check(); err != nil {
			return &PolicyError{Field: k.String(), Msg: err.(*PolicyError).Msg}
		}
		if steps[k].After >= numKinds || steps[k].After == k {
			return &PolicyError{Field: k.String(), Msg: "anchored on " + steps[k].After.String()}
		}
	}
	for _, o := range []struct {
		name string
		o    Offset
	}{{"card reflection", p.CardReflection}, {"slip reflection", p.SlipReflection}, {"restoration", p.Restoration}} {
		if err := o.o.check(); err != nil {
			return &PolicyError{Field: o.name, Msg: err.(*PolicyError).Msg}
		}
		if o.o.Unit == DayOfMonth {
			return &PolicyError{Field: o.name, Msg: "day of month is for timeline steps only"}
		}
	}
	if p.AdviceAfterErrors < 1 {
		return &PolicyError{Field: "advice", Msg: "AdviceAfterErrors must be at least 1"}
	}
	return nil
}

// windows computes every step's window.
func (p *DunningPolicy) windows(failed Date) ([numKinds]Window, error) {
	var w [numKinds]Window
	if err := checkDate("Timeline", "failed", failed); err != nil {
		return w, err
	}
	if err := p.Check(); err != nil {
		return w, err
	}
	steps := p.steps()
	w[KindFailed] = Window{failed, failed}
	// Day numbers of each window, so calendar-day offsets need no
	// conversion back and forth.
	var ze, zl [numKinds]int
	ze[KindFailed] = failed.days()
	zl[KindFailed] = ze[KindFailed]
	var done uint16 = 1 << KindFailed
	for pass := 0; pass < numKinds && done != 1<<numKinds-1; pass++ {
		for k := KindRetry; k < numKinds; k++ {
			a := steps[k].After
			if done&(1<<k) != 0 || done&(1<<a) == 0 {
				continue
			}
			if o := steps[k].Offset; o.Unit == CalendarDays {
				ze[k], zl[k] = ze[a]+o.Min, zl[a]+o.Max
				if zl[k] > maxCalendarDays {
					return w, &DateError{Func: "Timeline", Arg: "failed", Date: failed, Err: ErrOutOfRange}
				}
				w[k] = Window{fromDays(ze[k]), fromDays(zl[k])}
			} else {
				win, err := o.after(p.Calendar, w[a])
				if err != nil {
					return w, err
				}
				w[k], ze[k], zl[k] = win, win.Earliest.days(), win.Latest.days()
			}
			done |= 1 << k
		}
	}
	if done != 1<<numKinds-1 {
		return w, &PolicyError{Field: "steps", Msg: "anchors form a cycle"}
	}
	return w, nil
}

// Timeline returns what follows a charge that failed on the date failed,
// sorted by earliest date (then latest date, then step order). The failed
// charge itself is the first event. Each event is a window: the seed gives
// ranges, and where it gives none the policy's assumptions do.
func (p DunningPolicy) Timeline(failed Date) ([]Event, error) {
	w, err := p.windows(failed)
	if err != nil {
		return nil, err
	}
	steps := p.steps()
	ev := make([]Event, 0, numKinds)
	for k := KindFailed; k < numKinds; k++ {
		if k == KindAdvice && p.AdviceAfterErrors > 2 {
			continue // D8: the timeline holds only two attempts
		}
		src := seedSource // D1: the failed charge
		if k != KindFailed {
			src = steps[k].Offset.Source
		}
		ev = append(ev, Event{k, src, w[k].Earliest, w[k].Latest, k.Rule()})
	}
	// Insertion sort, stable, by earliest then latest date: nine events.
	for i := 1; i < len(ev); i++ {
		for j := i; j > 0 && eventLess(&ev[j], &ev[j-1]); j-- {
			ev[j], ev[j-1] = ev[j-1], ev[j]
		}
	}
	return ev, nil
}

// eventLess orders events by earliest date, then latest date.
func eventLess(a, b *Event) bool {
	if c := a.Earliest.Compare(b.Earliest); c != 0 {
		return c < 0
	}
	return a.Latest.Before(b.Latest)
}

// AdviseCardChange reports whether errors failed attempts in a row call for
// the D8 advice to change to another card.
func (p DunningPolicy) AdviseCardChange(errors int) bool {
	return p.AdviceAfterErrors >= 1 && errors >= p.AdviceAfterErrors
}

// Reflection returns the window in which a payment made on paid through ch
// is reflected under the policy (CH1, D5).
func (p DunningPolicy) Reflection(ch Channel, paid Date) (Window, error) {
	var o Offset
	switch ch {
	case Card:
		o = p.CardReflection
	case Slip:
		o = p.SlipReflection
	default:
		return Window{}, &PolicyError{Field: "channel", Msg: "unknown " + ch.String()}
	}
	if err := checkDate("Reflection", "paid", paid); err != nil {
		return Window{}, err
	}
	if err := o.check(); err != nil || o.Unit == DayOfMonth {
		return Window{}, &PolicyError{Field: ch.String() + " reflection", Msg: "invalid offset"}
	}
	return o.after(p.Calendar, Window{paid, paid})
}

// Reflection returns when a payment made on paid through ch is reflected,
// with the seed's figures ([IIJmio]) on the standard bank calendar: a card
// payment the same day to the next business day (CH1, D5); a slip payment 3
// to 5 business days later (D5). An unknown channel or a date the calendar
// does not know is an error.
func Reflection(ch Channel, paid Date) (earliest, latest Date, err error) {
	w, err := IIJmio().Reflection(ch, paid)
	return w.Earliest, w.Latest, err
}
