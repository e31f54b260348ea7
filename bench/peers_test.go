package bench

import (
	"time"

	"github.com/kessai-jp/kessai/billing"
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/jp"
)

// rickarHolidays returns rickar/cal's calendar of Japan's national holidays
// (jp.Holidays), with its result cache on: the fastest way it answers a
// holiday question.
func rickarHolidays() *cal.Calendar {
	c := &cal.Calendar{Cacheable: true}
	c.AddHoliday(jp.Holidays...)
	return c
}

// yearEnd is the banks' year-end closing (Banking Act art. 15 and its
// enforcement order art. 5: Dec 31 – Jan 3), which jp.Holidays does not
// hold beyond 元日; rickarBank adds it so that both sides count business
// days on the same bank calendar.
var yearEnd = []*cal.Holiday{
	{Name: "Bank closing Dec 31", Type: cal.ObservanceBank, Month: time.December, Day: 31, Func: cal.CalcDayOfMonth},
	{Name: "Bank closing Jan 2", Type: cal.ObservanceBank, Month: time.January, Day: 2, Func: cal.CalcDayOfMonth},
	{Name: "Bank closing Jan 3", Type: cal.ObservanceBank, Month: time.January, Day: 3, Func: cal.CalcDayOfMonth},
}

// rickarBank returns rickar/cal's business calendar for Japan's banks:
// Monday to Friday, jp.Holidays and the year-end closing, cached.
func rickarBank() *cal.BusinessCalendar {
	c := cal.NewBusinessCalendar()
	c.AddHoliday(jp.Holidays...)
	c.AddHoliday(yearEnd...)
	c.Cacheable = true
	return c
}

// rickarIsHoliday is rickar/cal's answer to "is t a holiday?": the day
// itself is a holiday, or a holiday is observed on it (a substitute day).
func rickarIsHoliday(c *cal.Calendar, t time.Time) bool {
	act, obs, _ := c.IsHoliday(t)
	return act || obs
}

// timeOf is d as rickar/cal takes it: midnight in UTC.
func timeOf(d billing.Date) time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// dateOf is the civil date of a rickar/cal result.
func dateOf(t time.Time) billing.Date {
	y, m, d := t.Date()
	return billing.Date{Year: y, Month: m, Day: d}
}

// rickarHolidaysIn computes every rule of jp.Holidays once for year y and
// returns the days they fall on (observed days included) in dst, in date
// order as HolidaysIn gives them: what rickar/cal does to list a year's
// holidays.
func rickarHolidaysIn(dst []time.Time, y int) []time.Time {
	dst = dst[:0]
	for _, h := range jp.Holidays {
		act, obs := h.Calc(y)
		if act.IsZero() {
			continue
		}
		dst = append(dst, act)
		if !obs.Equal(act) {
			dst = append(dst, obs)
		}
	}
	// The rules come by month but not in date order within one (an
	// observed day, the September citizens' holiday): an insertion sort.
	for i := 1; i < len(dst); i++ {
		for j := i; j > 0 && dst[j].Before(dst[j-1]); j-- {
			dst[j], dst[j-1] = dst[j-1], dst[j]
		}
	}
	return dst
}
