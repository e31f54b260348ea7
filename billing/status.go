package billing

import (
	"strconv"

	"github.com/kessai-jp/kessai/internal/bound"
)

// State is the state of a line's service after a failed charge.
type State uint8

const (
	// Active: service as usual; nothing is owed, or the arrears are paid
	// and service has resumed (D6).
	Active State = iota
	// PastDue: a charge failed and is unpaid; service still runs (D1, D2).
	PastDue
	// Suspended: service is suspended or restricted until the payment is
	// confirmed (D3, D4).
	Suspended
	// Terminated: the contract may be or has been terminated (D7).
	Terminated
)

// String returns "active", "past-due", "suspended" or "terminated".
func (s State) String() string {
	switch s {
	case Active:
		return "active"
	case PastDue:
		return "past-due"
	case Suspended:
		return "suspended"
	case Terminated:
		return "terminated"
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText returns [State.String]; an unknown State is an error.
func (s State) MarshalText() ([]byte, error) {
	if s > Terminated {
		return nil, &PolicyError{Field: "state", Msg: "unknown " + s.String()}
	}
	return []byte(s.String()), nil
}

// UnmarshalText accepts the names [State.String] returns.
func (s *State) UnmarshalText(b []byte) error {
	for v := Active; v <= Terminated; v++ {
		if string(b) == v.String() {
			*s = v
			return nil
		}
	}
	return &PolicyError{Field: "state", Msg: quote(safeInput(bound.Prefix(b, maxEcho+1))) + " is not a state"}
}

// Certainty says whether a [Status] holds for sure.
type Certainty uint8

const (
	// Certain: the state holds on the day asked about.
	Certain Certainty = iota
	// Possible: the day is inside the window in which the state begins (or,
	// after a payment, ends); the less severe neighbouring state may hold
	// instead. The seed gives windows, so kessai does not pretend to know.
	Possible
)

// String returns "certain" or "possible".
func (c Certainty) String() string {
	switch c {
	case Certain:
		return "certain"
	case Possible:
		return "possible"
	}
	return "Certainty(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText returns [Certainty.String]; an unknown Certainty is an
// error.
func (c Certainty) MarshalText() ([]byte, error) {
	if c > Possible {
		return nil, &PolicyError{Field: "certainty", Msg: "unknown " + c.String()}
	}
	return []byte(c.String()), nil
}

// UnmarshalText accepts "certain" or "possible".
func (c *Certainty) UnmarshalText(b []byte) error {
	switch string(b) {
	case "certain":
		*c = Certain
	case "possible":
		*c = Possible
	default:
		return &PolicyError{Field: "certainty", Msg: quote(safeInput(bound.Prefix(b, maxEcho+1))) + " is not certain or possible"}
	}
	return nil
}

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
	State     State     `json:"state"`
	Certainty Certainty `json:"certainty"`
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

// MaxPayments bounds the payments [DunningPolicy.StatusAt] accepts.
const MaxPayments = 100

// StatusAt returns the state of service on the day today after a charge
// failed on failed, given the payments made since (in any order).
//
// Without a full payment the state follows the timeline: PastDue from the
// failure, Suspended within and after the suspension window (Possible within
// it, Certain after its latest day), Terminated likewise. A full payment
// re-anchors what follows: no step that would begin on or after the day
// the payment is certainly reflected happens any more; once reflected (D5)
// a past-due line is Active again, and a suspended one resumes within the
// restoration delay (D6). A payment after a certain termination does not
// revive the contract (D7). Partial payments change nothing.
//
// Errors: invalid dates, today before failed, a payment dated before failed
// or after today, an unknown channel, more than [MaxPayments] payments, and
// a payment by [Slip] dated before the earliest day the slip is mailed (D4):
// a slip cannot be paid before it exists. That error is a [*DateError] with
// Arg "slip payment", wrapping [ErrOrder].
func (p DunningPolicy) StatusAt(failed, today Date, payments []Payment) (Status, error) {
	if len(payments) > MaxPayments {
		return Status{}, &CountError{What: "payments", N: len(payments), Max: MaxPayments}
	}
	w, err := p.windows(failed)
	if err != nil {
		return Status{}, err
	}
	if err := checkDate("StatusAt", "today", today); err != nil {
		return Status{}, err
	}
	if today.Before(failed) {
		return Status{}, &DateError{Func: "StatusAt", Arg: "today", Date: today, Err: ErrOrder}
	}
	var full *Payment
	for i := range payments {
		pay := &payments[i]
		if err := checkDate("StatusAt", "payment", pay.Date); err != nil {
			return Status{}, err
		}
		if pay.Date.Before(failed) || pay.Date.After(today) {
			return Status{}, &DateError{Func: "StatusAt", Arg: "payment", Date: pay.Date, Err: ErrOrder}
		}
		if pay.Channel != Card && pay.Channel != Slip {
			return Status{}, &PolicyError{Field: "payment channel", Msg: "unknown " + pay.Channel.String()}
		}
		// D4: the slip is mailed within its window; paying it earlier is
		// impossible, and reflecting such a payment would invent a history.
		if pay.Channel == Slip && pay.Date.Before(w[KindSlipPosted].Earliest) {
			return Status{}, &DateError{Func: "StatusAt", Arg: "slip payment", Date: pay.Date, Err: ErrOrder}
		}
		if pay.Full && (full == nil || pay.Date.Before(full.Date)) {
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
	if last := refl.Latest.AddDays(-1); last.Before(frozen) {
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
		case !today.Before(res.Latest):
			s.State, s.Certainty, s.Rule = Active, Certain, "D6"
		case !today.Before(res.Earliest):
			s.Certainty, s.Rule = Possible, "D6"
		}
	case PastDue:
		switch {
		case !today.Before(refl.Latest):
			s.State, s.Certainty, s.Rule = Active, Certain, "D5"
		case !today.Before(refl.Earliest):
			s.Certainty, s.Rule = Possible, "D5"
		}
	}
	return s, nil
}

// baseStatus is the state on day d with no payment.
func baseStatus(w *[numKinds]Window, d Date) Status {
	for _, k := range [...]Kind{KindTermination, KindSuspension} {
		switch {
		case !d.Before(w[k].Latest):
			return Status{State: stateOf(k), Certainty: Certain, Rule: k.Rule()}
		case !d.Before(w[k].Earliest):
			return Status{State: stateOf(k), Certainty: Possible, Rule: k.Rule()}
		}
	}
	return Status{State: PastDue, Certainty: Certain, Rule: "D1"}
}

func stateOf(k Kind) State {
	if k == KindTermination {
		return Terminated
	}
	return Suspended
}
