package billing

import "time"

// Helpers for the tests of this package: the one-line forms of what the
// exported API offers with an error result or through a Calendar.

// isBusinessDay reports whether d is a business day of the standard bank
// calendar: a day it knows that is no bank holiday.
func isBusinessDay(d Date) bool { return inRange(d) && !(Calendar{}).IsBankHoliday(d) }

// addBD is AddBusinessDays with the zero Date for an error.
func addBD(d Date, n int) Date {
	r, err := AddBusinessDays(d, n)
	if err != nil {
		return Date{}
	}
	return r
}

// onOrAfter and onOrBefore roll d to a business day of the standard
// calendar, the zero Date for a day it does not know.
func onOrAfter(d Date) Date {
	r, _ := Calendar{}.roll("", d, 1)
	return r
}

func onOrBefore(d Date) Date {
	r, _ := Calendar{}.roll("", d, -1)
	return r
}

// startUTC is the instant of midnight UTC at the start of d.
func startUTC(d Date) time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }
