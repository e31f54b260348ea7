package billing_test

import (
	"fmt"

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
	// Output:
	// 2026-11-24
	// 2026-11-30
	// 2027-01-04
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
	slip := billing.Payment{Date: billing.MustParseDate("2026-12-10"), Channel: billing.Slip, Full: true}
	for _, s := range []string{"2026-12-01", "2026-12-11", "2026-12-16", "2026-12-22"} {
		today := billing.MustParseDate(s)
		var paid []billing.Payment
		if !today.Before(slip.Date) {
			paid = append(paid, slip)
		}
		st, err := p.StatusAt(failed, today, paid)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(today, st.State, st.Certainty, st.Rule)
	}
	// Output:
	// 2026-12-01 suspended possible D3
	// 2026-12-11 suspended certain D3
	// 2026-12-16 suspended possible D6
	// 2026-12-22 active certain D6
}

func ExampleChangeDeadline() {
	// CH2: a charge on the 25th means changing the card by the 20th;
	// 2026-12-20 is a Sunday, so the deadline moves earlier, to Friday.
	fmt.Println(billing.ChangeDeadline(billing.MustParseDate("2026-11-25")))
	fmt.Println(billing.ChangeDeadline(billing.MustParseDate("2026-12-25")))
	// Output:
	// 2026-11-20
	// 2026-12-18
}

func ExampleYen() {
	fmt.Println(billing.Yen(1234), billing.Yen(-1234), billing.Yen(0))
	fee, err := billing.LateFee(10000, billing.LegalRate2020,
		billing.MustParseDate("2026-11-25"), billing.MustParseDate("2026-12-25"), billing.Days365)
	fmt.Println(fee, err)
	// Output:
	// ¥1,234 -¥1,234 ¥0
	// ¥24 <nil>
}

func ExampleReflection() {
	e, l, _ := billing.Reflection(billing.Slip, billing.MustParseDate("2026-12-28"))
	fmt.Println(e, l)
	// Output: 2027-01-04 2027-01-06
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
	// 2026-11-25
}

func ExampleLateFee() {
	// D7: ¥5,000 due on 2026-11-25 and paid on 2027-01-25, at the Civil
	// Code's statutory 3% a year: 61 days from the day after the due date,
	// 5000 × 0.03 × 61 / 365 = 25.06…, rounded down.
	fee, err := billing.LateFee(5000, billing.LegalRate2020,
		billing.MustParseDate("2026-11-25"), billing.MustParseDate("2027-01-25"), billing.Days365)
	fmt.Println(fee, err)
	// Output: ¥25 <nil>
}

func ExampleHolidaysIn() {
	hs, err := billing.HolidaysIn(2019)
	if err != nil {
		fmt.Println(err)
		return
	}
	// The enthronement: Apr 30 and May 2 are citizens' holidays between the
	// days the special law treats as holidays.
	for _, h := range hs[4:8] {
		fmt.Println(h.Date, h.Name)
	}
	// Output:
	// 2019-04-29 昭和の日
	// 2019-04-30 休日
	// 2019-05-01 休日（祝日扱い）
	// 2019-05-02 休日
}
