package main

import (
	"fmt"
	"strconv"

	"github.com/kessai-jp/kessai/billing"
	"golang.org/x/text/width"
)

type billingDeadlineJSON struct {
	Charge   billing.Date `json:"charge"`
	LeadDays int          `json:"leadDays"`
	billing.Deadline
}

const deadlineSynopsis = "[-json] [-lead DAYS] -charge DATE"

// runDeadline prints the last day a change of card counts for a charge (CH2),
// moved earlier when that day is not a business day (CH1).
func runDeadline(args []string, e env) int {
	fs := newFlags("deadline", deadlineSynopsis, e)
	asJSON := fs.Bool("json", false, "print JSON")
	chargeFlag := fs.String("charge", "", "the charge day, YYYY-MM-DD")
	// -lead is read as a string so that a bad value is reported without
	// being echoed (the flag package would quote it whole).
	leadFlag := fs.String("lead", strconv.Itoa(billing.ChangeLeadDays), "calendar days between the deadline and the charge (seed: 25th → 20th)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return fail(e, "deadline", fmt.Errorf("unexpected argument %q", fs.Arg(0)))
	}
	lead, err := billingLeadFlag(*leadFlag)
	if err != nil {
		return fail(e, "deadline", err)
	}
	charge, err := billingDateFlag("charge", *chargeFlag)
	if err != nil {
		return fail(e, "deadline", err)
	}
	dl, err := billing.Calendar{}.ChangeDeadline(charge, lead)
	if err != nil {
		return fail(e, "deadline", err)
	}
	if *asJSON {
		if err := writeJSON(e.stdout, billingDeadlineJSON{charge, lead, dl}); err != nil {
			return fail(e, "deadline", err)
		}
		return exitOK
	}
	w := e.stdout
	fmt.Fprintf(w, "Charge on %s: finish the card change by %s [%s]\n", billingDay(charge), billingDay(dl.Date), dl.Rule)
	if dl.Moved {
		fmt.Fprintf(w, "  %d days before the charge is %s, not a business day: moved earlier to the last business day before it,\n", lead, billingDay(dl.Nominal))
		fmt.Fprintln(w, "  because a change made on a closed day is reflected only on the next business day (CH1),")
		fmt.Fprintln(w, "  and moving later would shorten the lead the seed gives (CH2).")
	}
	return exitOK
}

// billingLeadFlag parses -lead: a whole number of days, full-width digits
// accepted. The range is the library's to check (0..billing.MaxLeadDays).
func billingLeadFlag(v string) (int, error) {
	const maxLen = 3 * len("０") // three digits, full-width at most
	if len(v) > maxLen {
		return 0, fmt.Errorf("-lead of %d bytes is not a number of days (0–%d)", len(v), billing.MaxLeadDays)
	}
	n, err := strconv.Atoi(width.Fold.String(v))
	if err != nil {
		return 0, fmt.Errorf("-lead %q is not a number of days (0–%d)", v, billing.MaxLeadDays)
	}
	return n, nil
}
