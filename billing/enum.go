package billing

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/msg"
)

// The package's enumerations share one shape (docs/CONVENTIONS.md,
// "Enumerations"): a stable token (String, MarshalText), a label in
// Japanese and English (Label), and a parser that takes the token in any
// case or the Japanese label (ParseX, UnmarshalText), reading at most 64
// bytes.

// enumValue is one value of an enumeration: its token and its label.
type enumValue struct {
	token string
	label msg.Text
}

// parseEnum returns the index in values of s, read as a token in any case
// or as a Japanese label. fn names the parser in errors.
func parseEnum(fn, field string, values []enumValue, s string) (int, error) {
	if len(s) > maxDateInput {
		return 0, parseError(fn, field, s, ErrTooLong)
	}
	if s == "" {
		return 0, &Error{Func: fn, Field: field, Err: ErrEmpty}
	}
	for i, v := range values {
		if strings.EqualFold(s, v.token) || s == v.label.JA {
			return i, nil
		}
	}
	// The message lists the tokens: "not card or slip".
	var ja, en strings.Builder
	for i, v := range values {
		switch {
		case i == 0:
		case i == len(values)-1:
			ja.WriteString("、")
			en.WriteString(" or ")
		default:
			ja.WriteString("、")
			en.WriteString(", ")
		}
		ja.WriteString(v.token)
		en.WriteString(v.token)
	}
	e := parseError(fn, field, s, ErrUnknown)
	e.why = msg.Text{JA: ja.String() + " のいずれでもありません", EN: "not " + en.String()}
	return 0, e
}

// badEnum is the String of a value that is none of the constants.
func badEnum(typ string, v uint8) string { return typ + "(" + strconv.Itoa(int(v)) + ")" }

// EventKind is a step of the dunning timeline (D1–D8). The zero value is
// KindFailed, the failed charge that anchors the timeline.
type EventKind uint8

const (
	// KindFailed is the failed charge itself, the anchor of the timeline.
	KindFailed EventKind = iota
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

var eventKinds = [numKinds]enumValue{
	{"failed", msg.Text{JA: "決済失敗", EN: "failed charge"}},
	{"retry", msg.Text{JA: "再決済", EN: "retry"}},
	{"notice", msg.Text{JA: "未払いのお知らせ", EN: "overdue notice"}},
	{"dunning-email", msg.Text{JA: "督促メール", EN: "dunning e-mail"}},
	{"advice", msg.Text{JA: "カード変更のご案内", EN: "advice to change cards"}},
	{"suspension", msg.Text{JA: "利用停止", EN: "suspension"}},
	{"slip-posted", msg.Text{JA: "払込票の郵送", EN: "payment slip mailed"}},
	{"slip-deadline", msg.Text{JA: "払込票の支払期限", EN: "payment slip deadline"}},
	{"termination", msg.Text{JA: "契約解除", EN: "termination"}},
}

// IsValid reports whether k is one of the constants.
func (k EventKind) IsValid() bool { return k < numKinds }

// String returns the stable token: "failed", "retry", "notice",
// "dunning-email", "advice", "suspension", "slip-posted", "slip-deadline"
// or "termination"; "EventKind(42)" for a value that is none of them.
func (k EventKind) String() string {
	if !k.IsValid() {
		return badEnum("EventKind", uint8(k))
	}
	return eventKinds[k].token
}

// Label returns the step's name in Japanese ("利用停止") or English
// ("suspension").
func (k EventKind) Label(tag language.Tag) string { return k.labelText().In(tag) }

func (k EventKind) labelText() msg.Text {
	if !k.IsValid() {
		s := k.String()
		return msg.Text{JA: s, EN: s}
	}
	return eventKinds[k].label
}

// rule returns the rule ID behind the step ("D1" … "D8").
func (k EventKind) rule() string {
	switch k {
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
	return "D1"
}

// MarshalText returns the token; a value that is none of the constants is
// an [ErrUnknown] error.
func (k EventKind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, &Error{Func: "EventKind.MarshalText", Field: "kind", Input: k.String(), Err: ErrUnknown}
	}
	return []byte(eventKinds[k].token), nil
}

// UnmarshalText reads the step named by its token, in any case
// ("dunning-email"), or by its Japanese label ("督促メール"). Input longer than 64
// bytes is an [ErrTooLong] error, "" an [ErrEmpty] one, any other name an
// [ErrUnknown] one.
func (k *EventKind) UnmarshalText(b []byte) error {
	v, err := parseEventKind(bound.Prefix(b, maxEcho+1))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// parseEventKind is the reading [EventKind.UnmarshalText] documents.
func parseEventKind(s string) (EventKind, error) {
	i, err := parseEnum("EventKind.UnmarshalText", "kind", eventKinds[:], s)
	return EventKind(i), err
}

// State is the state of a line's service after a failed charge. The zero
// value is Active.
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

	numStates = iota
)

var states = [numStates]enumValue{
	{"active", msg.Text{JA: "利用中", EN: "active"}},
	{"past-due", msg.Text{JA: "未払い", EN: "past due"}},
	{"suspended", msg.Text{JA: "利用停止", EN: "suspended"}},
	{"terminated", msg.Text{JA: "契約解除", EN: "terminated"}},
}

// IsValid reports whether s is one of the constants.
func (s State) IsValid() bool { return s < numStates }

// String returns the stable token: "active", "past-due", "suspended" or
// "terminated"; "State(42)" for a value that is none of them.
func (s State) String() string {
	if !s.IsValid() {
		return badEnum("State", uint8(s))
	}
	return states[s].token
}

// Label returns the state in Japanese ("利用停止") or English
// ("suspended").
func (s State) Label(tag language.Tag) string {
	if !s.IsValid() {
		return s.String()
	}
	return states[s].label.In(tag)
}

// MarshalText returns the token; a value that is none of the constants is
// an [ErrUnknown] error.
func (s State) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, &Error{Func: "State.MarshalText", Field: "state", Input: s.String(), Err: ErrUnknown}
	}
	return []byte(states[s].token), nil
}

// UnmarshalText reads the state named by its token, in any case ("past-due"),
// or by its Japanese label ("未払い"). Input longer than 64 bytes is an
// [ErrTooLong] error, "" an [ErrEmpty] one, any other name an [ErrUnknown]
// one.
func (s *State) UnmarshalText(b []byte) error {
	v, err := parseState(bound.Prefix(b, maxEcho+1))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// parseState is the reading [State.UnmarshalText] documents.
func parseState(s string) (State, error) {
	i, err := parseEnum("State.UnmarshalText", "state", states[:], s)
	return State(i), err
}

// Channel is how a payment is made, as far as billing cares: it decides how
// long the payment takes to be reflected (D5). It is billing's own small
// enum; package eligibility has the full list of payment methods. The zero
// value is no channel: [Channel.IsValid] reports false.
type Channel uint8

const (
	// ByCard is a payment by credit card, the registered card or a new one
	// (CH1, D5: reflected immediately to the next business day).
	ByCard Channel = iota + 1
	// BySlip is a payment of the convenience-store payment slip (払込票)
	// that is mailed after a failed charge (D4, D5: 3–5 business days).
	BySlip

	numChannels = iota + 1
)

var channels = [numChannels]enumValue{
	{"", msg.Text{}},
	{"card", msg.Text{JA: "カード", EN: "card"}},
	{"slip", msg.Text{JA: "払込票", EN: "payment slip"}},
}

// IsValid reports whether c is ByCard or BySlip.
func (c Channel) IsValid() bool { return c >= ByCard && c < numChannels }

// String returns the stable token, "card" or "slip"; "Channel(0)" for the
// zero value and "Channel(42)" for any other value that is none of them.
func (c Channel) String() string {
	if !c.IsValid() {
		return badEnum("Channel", uint8(c))
	}
	return channels[c].token
}

// Label returns the channel in Japanese ("払込票") or English ("payment
// slip").
func (c Channel) Label(tag language.Tag) string {
	if !c.IsValid() {
		return c.String()
	}
	return channels[c].label.In(tag)
}

// MarshalText returns the token, and "" for the zero value (no channel
// given); any other value that is none of the constants is an [ErrUnknown]
// error.
func (c Channel) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if !c.IsValid() {
		return nil, &Error{Func: "Channel.MarshalText", Field: "channel", Input: c.String(), Err: ErrUnknown}
	}
	return []byte(channels[c].token), nil
}

// UnmarshalText reads the channel named by its token, in any case ("card",
// "slip"), or by its Japanese label ("カード", "払込票"). Input longer than 64
// bytes is an [ErrTooLong] error, "" an [ErrEmpty] one, any other name an
// [ErrUnknown] one.
func (c *Channel) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = 0
		return nil
	}
	v, err := parseChannel(bound.Prefix(b, maxEcho+1))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// parseChannel is the reading [Channel.UnmarshalText] documents.
func parseChannel(s string) (Channel, error) {
	i, err := parseEnum("Channel.UnmarshalText", "channel", channels[1:], s)
	if err != nil {
		return 0, err
	}
	return Channel(i + 1), nil
}
