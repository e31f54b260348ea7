package billing_test

import (
	"errors"
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
)

func ExampleHoliday() {
	for _, s := range []string{"2026-11-23", "2026-09-22", "2027-03-22", "2026-11-24"} {
		name, ok := billing.Holiday(billing.MustParseDate(s))
		fmt.Println(s, name, ok)
	}
	// Output:
	// 2026-11-23 勤労感謝の日 true
	// 2026-09-22 休日 true
	// 2027-03-22 休日 true
	// 2026-11-24  false
}

func ExampleAddBusinessDays() {
	// Friday before 勤労感謝の日 (Monday 2026-11-23).
	fri := billing.MustParseDate("2026-11-20")
	fmt.Println(billing.AddBusinessDays(fri, 1))
	fmt.Println(billing.AddBusinessDays(fri, 5))
	// Over the banks' year-end closing (Dec 31 – Jan 3).
	fmt.Println(billing.AddBusinessDays(billing.MustParseDate("2026-12-30"), 1))
	// Beyond the years the calendar knows: an error, never a guess.
	_, err := billing.AddBusinessDays(billing.MustParseDate("2099-12-30"), 5)
	fmt.Println(errors.Is(err, billing.ErrRange))
	// Output:
	// 2026-11-24 <nil>
	// 2026-11-30 <nil>
	// 2027-01-04 <nil>
	// true
}

func ExampleDunningPolicy_Timeline() {
	events, err := billing.IIJmio().Timeline(billing.MustParseDate("2026-11-25"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range events {
		fmt.Printf("%-3s %-13s %v … %v\n", e.Rule, e.Kind, e.Earliest, e.Latest)
	}
	// Output:
	// D1  failed        2026-11-25 … 2026-11-25
	// D1  retry         2026-11-26 … 2026-11-28
	// D8  advice        2026-11-26 … 2026-11-28
	// D2  notice        2026-11-26 … 2026-11-30
	// D2  dunning-email 2026-11-26 … 2026-11-30
	// D3  suspension    2026-11-27 … 2026-12-09
	// D4  slip-posted   2026-12-09 … 2026-12-25
	// D4  slip-deadline 2026-12-23 … 2027-01-15
	// D7  termination   2027-01-22 … 2027-04-15
}

func ExampleDunningPolicy_StatusAt() {
	p := billing.IIJmio()
	failed := billing.MustParseDate("2026-11-25")
	// The arrears are paid in full with the convenience-store slip on 12-10.
	slip := billing.Payment{Date: billing.MustParseDate("2026-12-10"), Channel: billing.BySlip, Full: true}
	for _, s := range []string{"2026-12-01", "2026-12-11", "2026-12-16", "2026-12-22"} {
		today := billing.MustParseDate(s)
		var paid []billing.Payment
		if today.Compare(slip.Date) >= 0 {
			paid = append(paid, slip)
		}
		st, err := p.StatusAt(failed, today, paid)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(today, st.State, st.Possible, st.Rule, st.State.Label(language.Japanese))
	}
	// Output:
	// 2026-12-01 suspended true D3 利用停止
	// 2026-12-11 suspended false D3 利用停止
	// 2026-12-16 suspended true D6 利用停止
	// 2026-12-22 active false D6 利用中
}

func ExampleCalendar_ChangeDeadline() {
	// CH2: a charge on the 25th means changing the card by the 20th;
	// 2026-12-20 is a Sunday, so the deadline moves earlier, to Friday.
	lead := billing.IIJmio().ChangeLeadDays
	for _, s := range []string{"2026-11-25", "2026-12-25"} {
		dl, err := billing.Calendar{}.ChangeDeadline(billing.MustParseDate(s), lead)
		fmt.Println(dl.Date, dl.Moved, dl.Rule, err)
	}
	// Output:
	// 2026-11-20 false CH2 <nil>
	// 2026-12-18 true CH2 <nil>
}

func ExampleYen() {
	fmt.Println(billing.Yen(1234), billing.Yen(-1234), billing.Yen(0))
	// Output: ¥1,234 -¥1,234 ¥0
}

func ExampleDunningPolicy_Reflection() {
	// D5: a slip paid on 2026-12-28 is reflected in 3–5 business days, over
	// the banks' year-end closing.
	w, err := billing.IIJmio().Reflection(billing.BySlip, billing.MustParseDate("2026-12-28"))
	fmt.Println(w.Earliest, w.Latest, err)
	// Output: 2027-01-04 2027-01-06 <nil>
}

func ExampleNewCalendar() {
	// A company closed on 2026-11-25 for system maintenance: counting on its
	// calendar skips that day too; the standard calendar is unchanged.
	cal, err := billing.NewCalendar(billing.MustParseDate("2026-11-25"))
	if err != nil {
		fmt.Println(err)
		return
	}
	tue := billing.MustParseDate("2026-11-24")
	next, err := cal.AddBusinessDays(tue, 1)
	fmt.Println(next, err)
	fmt.Println(billing.AddBusinessDays(tue, 1))
	// Output:
	// 2026-11-26 <nil>
	// 2026-11-25 <nil>
}

func ExampleLateFeeTerms_Fee() {
	// D7: ¥5,000 due on 2026-11-25 and paid on 2027-01-25, at the Civil
	// Code's statutory rate in force then (3% a year): 61 days from the day
	// after the due date, 5000 × 0.03 × 61 / 365 = 25.06…, rounded down.
	due := billing.MustParseDate("2026-11-25")
	terms, err := billing.StatutoryLateFee(due)
	if err != nil {
		fmt.Println(err)
		return
	}
	fee, err := terms.Fee(5000, due, billing.MustParseDate("2027-01-25"))
	fmt.Println(terms.RateBP, fee, err)
	// A clause of the caller's own: 14.6% a year, as a value.
	own := billing.LateFeeTerms{RateBP: 1460}
	fmt.Println(own.Fee(5000, due, billing.MustParseDate("2027-01-25")))
	// Output:
	// 300 ¥25 <nil>
	// ¥122 <nil>
}

func ExampleHolidaysIn() {
	hs, err := billing.HolidaysIn(2019)
	if err != nil {
		fmt.Println(err)
		return
	}
	// The enthronement: Apr 30 and May 2 are citizens' holidays between the
	// days the special law treats as holidays; May 6 is a substitute
	// holiday for Children's Day, a Sunday.
	for h := range hs.All() {
		if h.Date.Month == time.April && h.Date.Day >= 29 || h.Date.Month == time.May && h.Date.Day <= 6 {
			fmt.Println(h.Date, h.Name, "/", h.Label(language.English))
		}
	}
	// Output:
	// 2019-04-29 昭和の日 / Shōwa Day
	// 2019-04-30 休日 / Citizens' Holiday
	// 2019-05-01 休日（祝日扱い） / Day of the Emperor's Enthronement
	// 2019-05-02 休日 / Citizens' Holiday
	// 2019-05-03 憲法記念日 / Constitution Memorial Day
	// 2019-05-04 みどりの日 / Greenery Day
	// 2019-05-05 こどもの日 / Children's Day
	// 2019-05-06 休日 / Substitute Holiday
}

func ExampleError_Message() {
	_, err := billing.ParseDate("2026-02-30")
	var e *billing.Error
	if errors.As(err, &e) {
		fmt.Println(errors.Is(err, billing.ErrRange))
		fmt.Println(e.Message(language.Japanese))
		fmt.Println(e.Message(language.English))
	}
	_, err = billing.AddBusinessDays(billing.MustParseDate("2026-11-25"), 3000)
	if errors.As(err, &e) {
		fmt.Println(e.Field, e.Message(language.English))
	}
	// Output:
	// true
	// 存在しない日付です（"2026-02-30"）
	// no such date ("2026-02-30")
	// n business days: out of range (-2500 to 2500)
}
