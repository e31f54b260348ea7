package billing

// maxLeadDays bounds the lead of Calendar.ChangeDeadline and
// DunningPolicy.ChangeLeadDays.
const maxLeadDays = 60

// Deadline is the last day a change of payment method counts for a charge.
type Deadline struct {
	// Nominal is the charge day minus the lead, in calendar days (CH2).
	Nominal Date `json:"nominal"`
	// Date is the deadline to keep: Nominal when it is a business day,
	// otherwise the last business day before it.
	Date Date `json:"date"`
	// Moved reports whether Date is earlier than Nominal.
	Moved bool `json:"moved"`
	// Rule is "CH2", or "CH3" for a card expiring before the charge.
	Rule string `json:"rule"`
}

// ChangeDeadline returns the deadline for changing the payment method so
// that the change counts for the charge on the date charge, lead calendar
// days before it (CH2; the seed's 25th → 20th is a lead of 5, the
// ChangeLeadDays of [IIJmio]).
//
// When that day is not a business day the deadline moves earlier, to the
// last business day before it. Changes are accepted around the clock but
// are reflected the same day or the next business day (CH1): a change made
// on a business day can take effect that day, one made on a closed day not
// before the next business day, which is after the nominal day. Moving
// later would also shorten the lead the seed gives (5 days for the 25th);
// moving earlier keeps at least that lead and keeps same-day reflection
// possible on the deadline itself. It is the cautious direction for a
// customer who must not miss the charge.
//
// A lead outside 0..60 or a charge date the calendar does not know is an
// [ErrRange] error.
func (c Calendar) ChangeDeadline(charge Date, lead int) (Deadline, error) {
	if lead < 0 || lead > maxLeadDays {
		return Deadline{}, rangeError("ChangeDeadline", "lead", 0, maxLeadDays)
	}
	if err := checkDate("ChangeDeadline", "charge", charge); err != nil {
		return Deadline{}, err
	}
	nominal := charge.AddDays(-lead)
	d, err := c.roll("ChangeDeadline", nominal, -1)
	if err != nil {
		return Deadline{}, err
	}
	return Deadline{Nominal: nominal, Date: d, Moved: d != nominal, Rule: "CH2"}, nil
}

// CardUpdateDeadline applies CH3: update the card before it expires and
// before the next billing date. A card is valid through the last day of its
// expiry month (C4). If the card is still valid on the charge date, needed
// is false; otherwise the new card must be registered by the change deadline
// of that charge ([Calendar.ChangeDeadline] with lead, the ChangeLeadDays of
// the carrier's policy), with Rule "CH3".
//
// The seed calls updating before the card expires the best timing
// ("ベストタイミング"), and only a charge on an expired card fails, so the
// deadline returned is the charge's. It usually falls after the card's last
// valid day (a card expiring in November and a charge on December 25th give
// December 18th or 20th); callers that want to prompt before the expiry can
// compare with the last day of the expiry month themselves.
//
// No expiry is an [ErrEmpty] error; an invalid expiry, a lead outside 0..60
// or a charge date the calendar does not know an [ErrRange] error.
func (c Calendar) CardUpdateDeadline(charge Date, expiry YearMonth, lead int) (d Deadline, needed bool, err error) {
	if expiry == (YearMonth{}) {
		return Deadline{}, false, &Error{Func: "CardUpdateDeadline", Field: "expiry", Err: ErrEmpty}
	}
	if !expiry.IsValid() {
		return Deadline{}, false, &Error{Func: "CardUpdateDeadline", Field: "expiry", Input: expiry.String(), Err: ErrRange}
	}
	last := expiry.Last()
	d, err = c.ChangeDeadline(charge, lead)
	if err != nil {
		return Deadline{}, false, err
	}
	if !charge.after(last) {
		return Deadline{}, false, nil
	}
	d.Rule = "CH3"
	return d, true, nil
}
