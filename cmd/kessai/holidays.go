package main

import (
	"fmt"
	"strconv"

	"github.com/kessai-jp/kessai/billing"
	"golang.org/x/text/width"
)

type billingHolidaysJSON struct {
	Year int `json:"year"`
	// EquinoxOfficial is false for years after billing.EquinoxPublishedThrough,
	// whose equinox days are predictions.
	EquinoxOfficial bool                `json:"equinoxOfficial"`
	Holidays        []billing.NamedDate `json:"holidays"`
}

const holidaysSynopsis = "[-json] YEAR"

// runHolidays prints Japan's national holidays of a year, with the names the
// Cabinet Office lists.
func runHolidays(args []string, e env) int {
	fs := newFlags("holidays", holidaysSynopsis, e)
	asJSON := fs.Bool("json", false, "print JSON")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		return fail(e, "holidays", fmt.Errorf("want one YEAR argument (%d–%d), got %d arguments",
			billing.HolidayMinYear, billing.HolidayMaxYear, fs.NArg()))
	}
	// A year is four digits; full-width ones ("２０２７") are folded first.
	// Longer input is refused before any work and is not echoed whole.
	arg := fs.Arg(0)
	if len(arg) > 4*len("０") {
		return fail(e, "holidays", fmt.Errorf("year argument of %d bytes is not a four-digit number", len(arg)))
	}
	arg = width.Fold.String(arg)
	y, err := strconv.Atoi(arg)
	if len(arg) != 4 || err != nil || arg[0] < '0' || arg[0] > '9' {
		if len(arg) > 8 { // not echoed: digits may be part of a card number
			return fail(e, "holidays", fmt.Errorf("year argument of %d characters is not a four-digit number", len(arg)))
		}
		return fail(e, "holidays", fmt.Errorf("year %q is not a four-digit number", fs.Arg(0)))
	}
	hs, err := billing.HolidaysIn(y)
	if err != nil {
		return fail(e, "holidays", err)
	}
	official := y <= billing.EquinoxPublishedThrough
	if *asJSON {
		if err := writeJSON(e.stdout, billingHolidaysJSON{y, official, hs}); err != nil {
			return fail(e, "holidays", err)
		}
		return exitOK
	}
	for _, h := range hs {
		fmt.Fprintf(e.stdout, "%s  %s\n", billingDay(h.Date), h.Name)
	}
	if !official {
		fmt.Fprintf(e.stdout, "Note: equinox days after %d are predictions; the National Astronomical Observatory announces them each February for the next year.\n",
			billing.EquinoxPublishedThrough)
	}
	return exitOK
}
