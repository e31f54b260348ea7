package eligibility

import (
	"errors"
	"strings"
)

// Decision is the answer of [Policy.Accepts] and [Policy.Check]: a verdict
// and every finding behind it. Reasons holds every finding that is not
// Accepted (all failing checks, not just the first), so a Decision whose
// Verdict is not Accepted always has at least one reason; Notes holds
// verdict-neutral findings, such as which spelling variant a name matched
// through (C3) or that a device is paid in one lump sum (M9).
//
// The Verdict is the most severe of the reasons' verdicts: Rejected over
// Uncertain over Conditional; Accepted when there are no reasons. Uncertain
// ranks above Conditional because a condition stated (a campaign, P2's
// conditions) is the caller's to meet, while an uncertain outcome (M2's
// debit reports, "debit partly") nobody can make sure of. A Decision
// holds only codes, rule IDs and field names, never input text, so it never
// carries a card number or security code.
type Decision struct {
	Verdict Verdict  `json:"verdict"`
	Reasons []Reason `json:"reasons,omitempty"`
	Notes   []Reason `json:"notes,omitempty"`
}

// Has reports whether a reason or note with code c is present.
func (d Decision) Has(c Code) bool {
	for _, r := range d.Reasons {
		if r.Code == c {
			return true
		}
	}
	for _, r := range d.Notes {
		if r.Code == c {
			return true
		}
	}
	return false
}

// Err returns the decision's "invalid-input" reasons as errors: nil when
// there are none, else an [*Error] per reason (joined with errors.Join)
// with Func "Policy.Check", naming the field and wrapping the sentinel of
// its category ([ErrEmpty], [ErrTooLong], [ErrSyntax], [ErrRange],
// [ErrText], [ErrUnknown], [ErrCardNumber]: the reason's Detail is the
// category's token). Other refusals are answers, not errors, and are not
// included.
func (d Decision) Err() error {
	var errs []error
	for _, r := range d.Reasons {
		if r.Code == CodeInvalidInput {
			errs = append(errs, &Error{Func: "Policy.Check", Field: r.Field, Err: errorOf(r.Detail)})
		}
	}
	return errors.Join(errs...)
}

// add files r under Reasons or, when it is Accepted, under Notes.
func (d *Decision) add(r Reason) {
	if r.Verdict == Accepted {
		d.Notes = append(d.Notes, r)
		return
	}
	d.Reasons = append(d.Reasons, r)
}

// finish sets the verdict from the reasons.
func (d Decision) finish() Decision {
	v := Accepted
	for _, r := range d.Reasons {
		v = worse(v, r.Verdict)
	}
	d.Verdict = v
	return d
}

// invalid returns an "invalid-input" reason for a field; detail is the
// token of the category of bad input: "empty", "too-long", "syntax",
// "range", "text", "unknown" or "card-number" (docs/CONVENTIONS.md).
func invalid(field, detail string) Reason {
	rule := ""
	if strings.HasPrefix(field, "card.") {
		rule = "C6" // C6: an input error in the card's number, code or expiry
	}
	return Reason{Code: CodeInvalidInput, Rule: rule, Verdict: Rejected, Field: field, Detail: detail}
}
