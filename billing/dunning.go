package billing

import "github.com/kessai-jp/kessai/internal/msg"

// maxOffsetDays bounds Offset.Max for day counts: nothing in a dunning
// timeline is more than a year away from its anchor.
const maxOffsetDays = 366

// Offset is a window of time after an anchor: from Min to Max days. A
// single known figure has Min == Max. The days are calendar days, business
// days of the policy's [Calendar] when BusinessDays is set (counted as
// [Calendar.AddBusinessDays] counts), or days of a month when DayOfMonth is
// set. Source names the source that states the window's figures; the zero
// Source means that no source states them: in a preset, kessai's
// assumption (the preset's doc says which), otherwise a caller's own
// figure.
type Offset struct {
	// Min and Max are the first and last day of the window: 0 ≤ Min ≤ Max
	// ≤ 366 for calendar and business days, 1 ≤ Min ≤ Max ≤ 28 for days of
	// a month.
	Min int `json:"min"`
	Max int `json:"max"`
	// BusinessDays counts business days rather than calendar days.
	BusinessDays bool `json:"businessDays"`
	// DayOfMonth makes Min and Max days of a month: the window runs from
	// the first day Min strictly after the anchor's earliest date to day
	// Max of the month of the first day Min strictly after its latest date.
	// IIJmio posts payment slips "around the 6th–10th of the month".
	DayOfMonth bool `json:"dayOfMonth"`
	// Source is the source that states Min and Max; the zero Source states
	// none: an assumption of kessai's (in a preset) or a caller's own
	// figure, never a sourced one.
	Source Source `json:"source,omitzero"`
}

// check reports an unusable offset of the policy field named field.
func (o Offset) check(field string) error {
	switch {
	case o.BusinessDays && o.DayOfMonth:
		return &Error{Func: "Validate", Field: field, Err: ErrConflict,
			why: msg.Text{JA: "営業日と月の日付の両方では数えられません", EN: "counts both business days and days of the month"}}
	case o.DayOfMonth:
		if o.Min < 1 || o.Max < o.Min || o.Max > 28 {
			return rangeError("Validate", field, 1, 28)
		}
	case o.Min < 0 || o.Max < o.Min || o.Max > maxOffsetDays:
		return rangeError("Validate", field, 0, maxOffsetDays)
	}
	return checkSource("Validate", field+".source", o.Source)
}

// maxSourceBytes bounds each text of a caller's [Source].
const maxSourceBytes = 256

// checkSource bounds each text of s, a caller's source, reported on
// field ("retry.source.url"). The package checks only the length of its
// callers' text (names, sources): a policy and the events it gives are
// the caller's, printed as given.
func checkSource(fn, field string, s Source) error {
	for _, t := range [...]struct{ name, s string }{{"title", s.Title}, {"url", s.URL}, {"asOf", s.AsOf}} {
		if len(t.s) > maxSourceBytes {
			return &Error{Func: fn, Field: field + "." + t.name, Err: ErrTooLong}
		}
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

// after applies o to the anchor window w on calendar c.
func (o Offset) after(c Calendar, w Window) (Window, error) {
	switch {
	case o.BusinessDays:
		e, err := c.AddBusinessDays(w.Earliest, o.Min)
		if err != nil {
			return Window{}, err
		}
		l, err := c.AddBusinessDays(w.Latest, o.Max)
		if err != nil {
			return Window{}, err
		}
		return Window{e, l}, nil
	case o.DayOfMonth:
		e := nextDayOfMonth(w.Earliest, o.Min)
		l := nextDayOfMonth(w.Latest, o.Min)
		l.Day = o.Max
		if err := checkDate("Timeline", "failed", l); err != nil {
			return Window{}, err
		}
		return Window{e, l}, nil
	}
	e, l := w.Earliest.AddDays(o.Min), w.Latest.AddDays(o.Max)
	if err := checkDate("Timeline", "failed", l); err != nil {
		return Window{}, err
	}
	return Window{e, l}, nil
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

// Step places a step of the timeline: Offset after the window of the step
// After (KindFailed, the zero value, for the failed charge itself).
type Step struct {
	After  EventKind `json:"after"`
	Offset Offset    `json:"offset"`
}

// DunningPolicy says what follows a failed charge and when (D1–D8). It is a
// plain value: copy it, change a field, and the copy is a new policy;
// [DunningPolicy.Validate] says whether it is usable. Every figure is a
// field; the presets [IIJmio] and [IIJmioPublished] document which figures
// come from a source and which are kessai's assumptions. It round-trips
// through JSON with the keys of its fields' tags (testdata/json holds the
// presets).
type DunningPolicy struct {
	// Name identifies the policy ("iijmio", "iijmio-published"); at most
	// 64 bytes ([DunningPolicy.Validate]).
	Name string `json:"name"`
	// Calendar counts business days (the zero value: the standard bank
	// calendar).
	Calendar Calendar `json:"calendar"`

	Retry        Step `json:"retry"`        // D1: the retry on the registered card
	Notice       Step `json:"notice"`       // D2: the SMS/e-mail notice of the failure
	DunningEmail Step `json:"dunningEmail"` // D2: the dunning e-mail
	Advice       Step `json:"advice"`       // D8: advice to change cards, after AdviceAfterErrors errors
	Suspension   Step `json:"suspension"`   // D3: the suspension window
	SlipPosted   Step `json:"slipPosted"`   // D4: the payment slip is mailed
	SlipDeadline Step `json:"slipDeadline"` // D4: the deadline printed on the slip
	Termination  Step `json:"termination"`  // D7: the contract may be terminated

	// AdviceAfterErrors is how many failed attempts in a row make the D8
	// advice to change cards; the failed charge and the failed retry are
	// two. The seed says "複数回" (several). A timeline holds those two
	// attempts only, so [DunningPolicy.Timeline] leaves the Advice step out
	// when AdviceAfterErrors is above 2; otherwise the Advice step says when
	// (anchor it on KindFailed for 1).
	AdviceAfterErrors int `json:"adviceAfterErrors"`

	// CardReflection is how long a card payment takes to be reflected,
	// counted from the day it is made (CH1, D5).
	CardReflection Offset `json:"cardReflection"`
	// SlipReflection is how long a slip payment takes to be reflected (D5).
	SlipReflection Offset `json:"slipReflection"`
	// Restoration is how long, after the payment of the arrears is
	// reflected, service takes to resume (D6).
	Restoration Offset `json:"restoration"`

	// ChangeLeadDays is how many calendar days before a charge a change of
	// payment method must be finished to count for it (CH2; 0 to 60), the
	// lead to give [Calendar.ChangeDeadline] and
	// [Calendar.CardUpdateDeadline].
	ChangeLeadDays int `json:"changeLeadDays"`
}

// IIJmio returns the dunning policy the seed describes (D1–D8). Figures
// marked "seed" come from the seed article and carry it as their Source;
// the others are kessai's assumptions where the seed gives none and carry
// the zero Source (the seed states the step, not its timing); change them
// on a copy.
//
//   - D1 retry on the registered card: 1–3 days after the failure
//     (assumption: the seed gives no timing; every step comes at the
//     earliest the day after the failure).
//   - D2 SMS/e-mail notice and the dunning e-mail: "数日以内" (within a few
//     days, seed), read as 1–5 days.
//   - D8 advice to change cards: "複数回連続でエラー" (several errors in a
//     row, seed), read as 2, the failed charge and its failed retry, so the
//     advice comes with the retry.
//   - D3 suspension: from "数日以内" to "約1～2週間" (seed), days 2–14 (the
//     earliest after a retry).
//   - D4 slip mailed after "一定期間" (a certain period), 14–30 days
//     (assumption), payable within 14–21 days of mailing (assumption).
//   - D7 termination after "長期間" (a long time): 30–90 days after the
//     slip's deadline (assumption).
//   - D5 reflection: a card payment "即時〜翌営業日", 0–1 business days; a
//     slip payment "3〜5営業日", 3–5 business days (seed). D6 restoration
//     "数日以内", 0–5 days (seed).
//   - CH2 change of payment method: "毎月25日が引き落としの場合、20日まで"
//     (a charge on the 25th: by the 20th), a lead of 5 days (seed).
func IIJmio() DunningPolicy {
	days := func(min, max int) Offset { return Offset{Min: min, Max: max, Source: seedSource} }
	business := func(min, max int) Offset {
		return Offset{Min: min, Max: max, BusinessDays: true, Source: seedSource}
	}
	// assumed: a figure no source states (the zero Source).
	assumed := func(min, max int) Offset { return Offset{Min: min, Max: max} }
	return DunningPolicy{
		Name:              "iijmio",
		Retry:             Step{KindFailed, assumed(1, 3)},
		Notice:            Step{KindFailed, days(1, 5)},
		DunningEmail:      Step{KindFailed, days(1, 5)},
		Advice:            Step{KindRetry, days(0, 0)}, // with the failed retry
		Suspension:        Step{KindFailed, days(2, 14)},
		SlipPosted:        Step{KindFailed, assumed(14, 30)},
		SlipDeadline:      Step{KindSlipPosted, assumed(14, 21)},
		Termination:       Step{KindSlipDeadline, assumed(30, 90)},
		AdviceAfterErrors: 2,
		CardReflection:    business(0, 1),
		SlipReflection:    business(3, 5),
		Restoration:       days(0, 5), // "数日以内": possibly at once
		ChangeLeadDays:    5,
	}
}

// IIJmioPublished returns the policy of IIJmio's own public page on unpaid
// charges (https://www.iijmio.jp/invoice/letter_en.html, read 2026-11),
// where it says more than the seed; the rest is as in [IIJmio], with its
// source (the seed, or none for an assumption). Only the figures the page
// states carry the page as their Source; the assumptions that fit the
// page's order carry the zero Source. The page's order: the slip, its deadline, only then a
// possible suspension, then cancellation (the seed: suspension within days,
// before the slip); TestPublishedOrder checks it for every day of a year.
//
//   - D4 the slip (a sealed postcard) is posted around the 6th–10th of the
//     month: the first such days after the failed charge (SlipPosted's
//     offset in days of the month).
//   - D4 the slip is payable by the deadline printed on it; the page gives
//     no length, so 14–21 days after the posting stays [IIJmio]'s
//     assumption (zero Source).
//   - D3 service may be suspended if the payment is not confirmed by the
//     slip's deadline: from the day after it, up to 14 days later
//     (assumption: the page gives no figure; zero Source).
//   - D7 still unpaid after the suspension, the contract is cancelled:
//     30–90 days after the suspension (assumption, zero Source).
//   - D5 confirming a slip payment takes 7–10 days, read as calendar days
//     (the page).
func IIJmioPublished() DunningPolicy {
	p := IIJmio()
	p.Name = "iijmio-published"
	p.SlipPosted = Step{KindFailed, Offset{Min: 6, Max: 10, DayOfMonth: true, Source: publishedSource}}
	// D4 "by the printed deadline": the length stays IIJmio's assumption.
	// D3, D7: the page gives the order, not the days; the days are
	// assumptions, so no source.
	p.Suspension = Step{KindSlipDeadline, Offset{Min: 1, Max: 14}}
	p.Termination = Step{KindSuspension, Offset{Min: 30, Max: 90}}
	p.SlipReflection = Offset{Min: 7, Max: 10, Source: publishedSource}
	return p
}

// Event is one step of a dunning timeline: what, when (a window), the rule
// it rests on and the source of the step's timing (its Offset's; the seed
// for the failed charge itself). A zero Source means no source states the
// timing: an assumption of kessai's in a preset, or a caller's figure.
type Event struct {
	Kind     EventKind `json:"kind"`
	Source   Source    `json:"source,omitzero"`
	Earliest Date      `json:"earliest"`
	Latest   Date      `json:"latest"`
	Rule     string    `json:"rule"`
}

// steps returns the policy's steps indexed by Kind (KindFailed unused).
func (p *DunningPolicy) steps() [numKinds]Step {
	return [numKinds]Step{{}, p.Retry, p.Notice, p.DunningEmail, p.Advice, p.Suspension, p.SlipPosted, p.SlipDeadline, p.Termination}
}

// Validate reports whether the policy is usable: every offset within its
// bounds ([ErrRange]) and counted one way ([ErrConflict]), every step
// anchored on a step that exists ([ErrRange]) other than itself, no anchor
// cycle ([ErrConflict]), no day-of-month offset outside the timeline's
// steps, AdviceAfterErrors of 1 to 100 and ChangeLeadDays of 0 to 60
// ([ErrRange]), a Name of at most 64 bytes ([ErrTooLong]). Field names the
// field at fault by its JSON key.
func (p DunningPolicy) Validate() error {
	if len(p.Name) > maxNameLen {
		return &Error{Func: "Validate", Field: "name", Err: ErrTooLong}
	}
	steps := p.steps()
	for k := KindRetry; k < numKinds; k++ {
		field := eventKinds[k].token
		if err := steps[k].Offset.check(field); err != nil {
			return err
		}
		if a := steps[k].After; !a.IsValid() {
			return &Error{Func: "Validate", Field: field, Input: a.String(), Err: ErrRange}
		} else if a == k {
			return &Error{Func: "Validate", Field: field, Input: a.String(), Err: ErrConflict,
				why: msg.Text{JA: "自分自身の後には置けません", EN: "is anchored on itself"}}
		}
	}
	for _, o := range [...]struct {
		field string
		o     Offset
	}{{"cardReflection", p.CardReflection}, {"slipReflection", p.SlipReflection}, {"restoration", p.Restoration}} {
		if err := o.o.check(o.field); err != nil {
			return err
		}
		if o.o.DayOfMonth {
			return &Error{Func: "Validate", Field: o.field, Err: ErrConflict,
				why: msg.Text{JA: "月の日付で数えるのは督促の段階だけです", EN: "days of the month are for timeline steps only"}}
		}
	}
	if p.AdviceAfterErrors < 1 || p.AdviceAfterErrors > maxAdviceErrors {
		return rangeError("Validate", "adviceAfterErrors", 1, maxAdviceErrors)
	}
	if p.ChangeLeadDays < 0 || p.ChangeLeadDays > maxLeadDays {
		return rangeError("Validate", "changeLeadDays", 0, maxLeadDays)
	}
	return nil
}

// maxAdviceErrors bounds DunningPolicy.AdviceAfterErrors.
const maxAdviceErrors = 100

// maxNameLen bounds the Name of a DunningPolicy and of LateFeeTerms, in
// bytes: the library never reads it, but every text input has a bound
// (docs/CONVENTIONS.md, "Bounds"), and a caller stores and prints it.
const maxNameLen = 64

// windows computes every step's window.
func (p *DunningPolicy) windows(failed Date) ([numKinds]Window, error) {
	var w [numKinds]Window
	if err := checkDate("Timeline", "failed", failed); err != nil {
		return w, err
	}
	if err := p.Validate(); err != nil {
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
			if o := steps[k].Offset; !o.BusinessDays && !o.DayOfMonth {
				ze[k], zl[k] = ze[a]+o.Min, zl[a]+o.Max
				if zl[k] > maxCalendarDays {
					return w, &Error{Func: "Timeline", Field: "failed", Date: failed, Err: ErrRange, Min: HolidayMinYear, Max: HolidayMaxYear,
						why: resultOutside()}
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
		return w, &Error{Func: "Validate", Err: ErrConflict,
			why: msg.Text{JA: "段階の順序が循環しています", EN: "the steps' anchors form a cycle"}}
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
		ev = append(ev, Event{k, src, w[k].Earliest, w[k].Latest, k.rule()})
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
	return a.Latest.before(b.Latest)
}

// Reflection returns the window in which a payment made on paid through ch
// is reflected under the policy (CH1, D5).
//
// A channel that is neither ByCard nor BySlip, a date the calendar does not
// know, or an unusable reflection offset is an error.
func (p DunningPolicy) Reflection(ch Channel, paid Date) (Window, error) {
	var o Offset
	field := "cardReflection"
	switch ch {
	case ByCard:
		o = p.CardReflection
	case BySlip:
		o, field = p.SlipReflection, "slipReflection"
	default:
		return Window{}, &Error{Func: "Reflection", Field: "channel", Input: ch.String(), Err: ErrRange}
	}
	if err := checkDate("Reflection", "paid", paid); err != nil {
		return Window{}, err
	}
	if err := o.check(field); err != nil {
		return Window{}, err
	}
	if o.DayOfMonth {
		return Window{}, &Error{Func: "Reflection", Field: field, Err: ErrConflict,
			why: msg.Text{JA: "月の日付で数えるのは督促の段階だけです", EN: "days of the month are for timeline steps only"}}
	}
	return o.after(p.Calendar, Window{paid, paid})
}
