package billing

import (
	"math/bits"
	"time"
)

// The generated table (holiday_table.go, written by gen_holidays.go from the
// rules of holiday.go) is the fast path of the calendar. Day i of the table
// is day number minCalendarDays+i (1955-01-01 is day 0, 2099-12-31 the
// last); it is bit i%64 of word i/64 of:
//
//   - closedBits: set on every national holiday ([Holiday]) and on every
//     weekday the banks close for the year end (Dec 31 – Jan 3);
//   - closedName: one entry per set bit in day order, an index into
//     holidayNames ("" for a year-end closing that is no holiday);
//   - closedRank[w]: the number of set bits in the words before w, so that
//     the name of a set bit is closedName[closedRank[w]+bits below it];
//   - bizRank[w]: the number of business days of the standard bank
//     calendar in the words before w (a business day is a weekday whose bit
//     is clear), so that counting business days up to any day is one
//     popcount;
//   - weekendMask[w%7]: the Saturdays and Sundays of word w (64 days are 9
//     weeks and a day, so the pattern shifts by one weekday a word).
//
// TestHolidayTable checks every day of the table against the rules.

// monthStart[m] is the number of days before month m in a common year.
var monthStart = [13]uint16{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// dayIndex returns the table's index of d, the number of days from
// 1955-01-01: the day number less minCalendarDays, without its divisions.
// d must be a valid date within the table's years, where every fourth year
// is a leap year (2000 is one; 1900 and 2100 are outside).
func dayIndex(d Date) int {
	y := d.Year - HolidayMinYear
	i := y*365 + (y+2)>>2 + int(monthStart[d.Month]) + d.Day - 1
	if d.Month > time.February && d.Year&3 == 0 {
		i++
	}
	return i
}

// weekdayAt returns the weekday of table index i (1955-01-01 was a
// Saturday).
func weekdayAt(i int) time.Weekday { return time.Weekday((i + 6) % 7) }

// dateAt returns the date of table index i.
func dateAt(i int) Date { return fromDays(i + minCalendarDays) }

// tableHoliday is [Holiday] for table index i.
func tableHoliday(i int) (string, bool) {
	w, b := i>>6, uint(i&63)
	x := closedBits[w]
	if x>>b&1 == 0 {
		return "", false
	}
	name := holidayNames[closedName[rank(i)]]
	return name, name != ""
}

// tableClosed reports whether table index i is a national holiday or a
// year-end bank closing day that is a weekday.
func tableClosed(i int) bool {
	return closedBits[i>>6]>>uint(i&63)&1 != 0
}

// businessBits returns the business days of the standard bank calendar in
// word w of the table. Bits past the table's last day are set; no count
// reaches them.
func businessBits(w int) uint64 {
	return ^closedBits[w] &^ weekendMask[w%7]
}

// businessUpTo returns the number of business days of the standard bank
// calendar from 1955-01-01 to table index i inclusive.
func businessUpTo(i int) int {
	w := i >> 6
	return int(bizRank[w]) + bits.OnesCount64(businessBits(w)&(2<<uint(i&63)-1))
}

// nthBusinessDay returns the table index of the k-th business day of the
// standard bank calendar counted from 1955-01-01, for 1 <= k <=
// bizTotal: the inverse of [businessUpTo] on business days.
func nthBusinessDay(k int) int {
	// Business days are spread evenly enough over the words that a linear
	// estimate is off by at most a word or two; the loops correct it.
	const words = len(bizRank) - 1
	w := k * words / bizTotal
	if w >= words {
		w = words - 1
	}
	for int(bizRank[w]) >= k {
		w--
	}
	for int(bizRank[w+1]) < k {
		w++
	}
	return w<<6 + selectBit(businessBits(w), k-int(bizRank[w]))
}

// selectBit returns the position of the r-th set bit of x, counting from
// the least significant bit and from r = 1. x has at least r set bits.
func selectBit(x uint64, r int) int {
	p := 0
	if n := bits.OnesCount32(uint32(x)); r > n {
		r, x, p = r-n, x>>32, p+32
	}
	if n := bits.OnesCount16(uint16(x)); r > n {
		r, x, p = r-n, x>>16, p+16
	}
	if n := bits.OnesCount8(uint8(x)); r > n {
		r, x, p = r-n, x>>8, p+8
	}
	for ; r > 1; r-- {
		x &= x - 1
	}
	return p + bits.TrailingZeros64(x)
}

// rank returns the number of set bits of closedBits before table index i.
func rank(i int) int {
	w := i >> 6
	return int(closedRank[w]) + bits.OnesCount64(closedBits[w]&(1<<uint(i&63)-1))
}

// fillFromTable fills h with the holidays of its year from the table: it
// visits the set bits of the year's words only, so its cost follows the
// number of holidays, not of days.
func (h *Holidays) fillFromTable() {
	y := h.year
	i0 := dayIndex(Date{y, time.January, 1})
	i1 := dayIndex(Date{y, time.December, 31})
	k := rank(i0) // index in closedName of the next set bit
	// Month m of the year spans table indexes start..end-1; the set bits
	// come in date order, so the month only moves forward.
	m, start, end := time.January, i0, i0+31
	for w := i0 >> 6; w <= i1>>6; w++ {
		x := closedBits[w]
		if w == i0>>6 {
			x &^= 1<<uint(i0&63) - 1
		}
		if w == i1>>6 {
			x &= 2<<uint(i1&63) - 1
		}
		for ; x != 0; x &= x - 1 {
			if name := closedName[k]; name != 0 && h.n < maxYearHolidays {
				i := w<<6 + bits.TrailingZeros64(x)
				for i >= end {
					m++
					start, end = end, end+daysIn(y, m)
				}
				h.days[h.n] = holidayDay{uint8(m), uint8(i - start + 1), name}
				h.n++
			}
			k++
		}
	}
}
