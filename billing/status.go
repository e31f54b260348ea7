package billing

import "github.com/kessai-jp/kessai/internal/msg"

// Payment is a payment toward the arrears of a failed charge.
type Payment struct {
	Date    Date    `json:"date"`
	Channel Channel `json:"channel"`
	// Full reports whether the payment settles all the arrears. Only a full
	// payment resumes service (D6); a partial one changes nothing.
	Full bool `json:"full"`
}

// Status is the verdict of [DunningPolicy.StatusAt].
type Status struct {
	State State `json:"state"`
	// Possible reports that the day asked about is inside the window in
	// which State begins (or, after a payment, ends): the less severe
	// neighbouring state may hold instead. The seed gives windows, so kessai
	// does not pretend to know. When false, State holds for certain.
	Possible bool `json:"possible"`
	// Rule is the rule ID behind the verdict (D1 … D7).
	Rule string `json:"rule"`
	// Reflected is when the full payment is reflected (D5); Resumes is when
	// service resumes after it (D6), if the contract still stands: for a
	// State of Terminated it is when service would have resumed, which does
	// not happen once the termination is certain (D7). Both are zero without
	// a full payment.
	Reflected Window `json:"reflected,omitzero"`
	Resumes   Window `json:"resumes,omitzero"`
}

// maxPayments bounds the payments DunningPolicy.StatusAt accepts.
const maxPayments = 100

// StatusAt returns the state of service on the day today after a charge
// failed on failed, given the payments made since (in any order).
//
// Without a full payment the state follows the timeline: PastDue from the
// failure, Suspended within and after the suspension window (Possible
// within it, certain after its latest day), Terminated likewise. A full payment
// re-anchors what follows: no step that would begin on or after the day
// the payment is certainly reflected happens any more; once reflected (D5)
// a past-due line is Active again, and a suspended one resumes within the
// restoration delay (D6). A payment after a certain termination does not
// revive the contract (D7). Partial payments change nothing.
//
// Errors ([*Error]): an invalid date or one the calendar does not know
// ([ErrRange]), today before failed, a payment dated before failed or after
// today ([ErrOrder]), a channel that is neither ByCard nor BySlip or more
// than 100 payments ([ErrRange]), an unusable policy (as
// [DunningPolicy.Validate]), and a payment [BySlip] dated before the
// earliest day the slip is mailed (D4): a slip cannot be paid before it
// exists. That error has Field "payments", the payment's Date, and wraps
// [ErrOrder].
func (p DunningPolicy) StatusAt(failed, today Date, payments []Payment) (Status, error) {
	if len(payments) > maxPayments {
		return Status{}, rangeError("StatusAt", "payments", 0, maxPayments)
	}
	w, err := p.windows(failed)
	if err != nil {
		return Status{}, err
	}
	if err := checkDate("StatusAt", "today", today); err != nil {
		return Status{}, err
	}
	if today.before(failed) {
		return Status{}, &Error{Func: "StatusAt", Field: "today", Date: today, Err: ErrOrder,
			why: msg.Text{JA: "決済失敗日より前です", EN: "before the failed charge"}}
	}
	var full *Payment
	for i := range payments {
		pay := &payments[i]
		if err := checkDate("StatusAt", "payments", pay.Date); err != nil {
			return Status{}, err
		}
		if pay.Date.before(failed) || pay.Date.after(today) {
			return Status{}, &Error{Func: "StatusAt", Field: "payments", Date: pay.Date, Err: ErrOrder,
				why: msg.Text{JA: "決済失敗日から状態を見る日までの間ではありません", EN: "not between the failed charge and the day asked about"}}
		}
		if !pay.Channel.IsValid() {
			return Status{}, &Error{Func: "StatusAt", Field: "channel", Input: pay.Channel.String(), Err: ErrRange}
		}
		// D4: the slip is mailed within its window; paying it earlier is
		// impossible, and reflecting such a payment would invent a history.
		if pay.Channel == BySlip && pay.Date.before(w[KindSlipPosted].Earliest) {
			return Status{}, &Error{Func: "StatusAt", Field: "payments", Date: pay.Date, Err: ErrOrder,
				why: msg.Text{JA: "払込票が郵送される前です", EN: "before the payment slip is mailed"}}
		}
		if pay.Full && (full == nil || pay.Date.before(full.Date)) {
			full = pay
		}
	}
	if full == nil {
		return baseStatus(&w, today), nil
	}
	refl, err := p.Reflection(full.Channel, full.Date)
	if err != nil {
		return Status{}, err
	}
	res, err := p.Restoration.after(p.Calendar, refl)
	if err != nil {
		return Status{}, err
	}
	// D5/D6: no step begins on or after the day the payment is certainly
	// reflected.
	frozen := today
	if last := refl.Latest.AddDays(-1); last.before(frozen) {
		frozen = last
	}
	s := baseStatus(&w, frozen)
	s.Reflected, s.Resumes = refl, res
	switch s.State {
	case Terminated:
		// D7: a terminated contract stays terminated; a possible one stays
		// possible.
		return s, nil
	case Suspended:
		switch {
		case !today.before(res.Latest):
			s.State, s.Possible, s.Rule = Active, false, "D6"
		case !today.before(res.Earliest):
			s.Possible, s.Rule = true, "D6"
		}
	case PastDue:
		switch {
		case !today.before(refl.Latest):
			s.State, s.Possible, s.Rule = Active, false, "D5"
		case !today.before(refl.Earliest):
			s.Possible, s.Rule = true, "D5"
		}
	}
	return s, nil
}

// baseStatus is the state on day d with no payment.
func baseStatus(w *[numKinds]Window, d Date) Status {
	for _, k := range [...]EventKind{KindTermination, KindSuspension} {
		switch {
		case !d.before(w[k].Latest):
			return Status{State: stateOf(k), Rule: k.rule()}
		case !d.before(w[k].Earliest):
			return Status{State: stateOf(k), Possible: true, Rule: k.rule()}
		}
	}
	return Status{State: PastDue, Rule: "D1"}
}

func stateOf(k EventKind) State {
	if k == KindTermination {
		return Terminated
	}
	return Suspended
}
