package main

import (
	"fmt"

	"github.com/kessai-jp/kessai/billing"
)

type billingDeadlineJSON struct {
	Charge   billing.Date `json:"charge"`
	LeadDays int          `json:"leadDays"`
	billing.Deadline
}

func deadlineCommand() command {
	return command{
		name: "deadline", args: "[-json] [-lang ja|en] [-lead DAYS] -charge DATE",
		summary: tr("カード変更が請求に間に合う最終日", "the last day a card change counts for a charge"),
		about: tr("カードの変更が請求日の請求に間に合う最終日（CH2: 25 日の請求には 20 日まで）。その日が営業日でなければ前の営業日に早める（CH1）。",
			"The last day a change of card counts for a charge (CH2: by the 20th for a charge on the 25th), moved earlier when that\nday is not a business day (CH1)."),
		exits:  helpExits("0 期限を表示した、2 入力または使い方の誤り。", "0 the deadline is printed; 2 bad input or usage."),
		define: func(f *flagSet) { defineDeadline(f) },
		run:    runDeadline,
	}
}

// maxLeadDays is the longest lead billing's ChangeDeadline takes
// (TestDeadlineLeadBound checks it).
const maxLeadDays = 60

type deadlineFlags struct {
	charge *string
	lead   *int
}

func defineDeadline(f *flagSet) deadlineFlags {
	return deadlineFlags{
		charge: f.String("charge", "", "DATE", tr("請求日、YYYY-MM-DD", "the charge day, YYYY-MM-DD")),
		lead: f.Int("lead", billing.IIJmio().ChangeLeadDays, 0, maxLeadDays, "DAYS",
			trf("期限から請求日までの日数 0–%d（記事: 25 日 → 20 日）", "calendar days between the deadline and the charge, 0–%d (the article: 25th → 20th)", maxLeadDays)),
	}
}

// runDeadline implements "kessai deadline": see deadlineCommand.
func runDeadline(c *cmd, args []string) int {
	spec := deadlineCommand()
	f := newFlagSet(c, &spec)
	fl := defineDeadline(f)
	if code, ok := f.parse(args); !ok {
		return code
	}
	if f.fs.NArg() > 0 {
		return c.fail(unexpectedArgument(f.fs.Arg(0), &spec))
	}
	charge, ce := dateFlag("charge", *fl.charge, true)
	if ce != nil {
		return c.fail(ce)
	}
	lead := *fl.lead
	dl, err := billing.Calendar{}.ChangeDeadline(charge, lead)
	if err != nil {
		return c.failFlag("charge", err)
	}
	if c.json {
		c.writeJSON(billingDeadlineJSON{charge, lead, dl})
		return exitOK
	}
	l := c.lang
	w := c.stdout
	fmt.Fprintln(w, trf("%s の請求: カードの変更は %s までに [%s]", "Charge on %s: finish the card change by %s [%s]",
		billingDay(charge, l), billingDay(dl.Date, l), dl.Rule).in(l))
	if dl.Moved {
		fmt.Fprintln(w, "  "+trf("請求の %d 日前の %s は営業日ではないため、その前の最後の営業日に早めた。",
			"%d days before the charge is %s, not a business day: moved earlier to the last business day before it,", lead, billingDay(dl.Nominal, l)).in(l))
		fmt.Fprintln(w, "  "+tr("休業日の変更は翌営業日にしか反映されず（CH1）、", "because a change made on a closed day is reflected only on the next business day (CH1),").in(l))
		fmt.Fprintln(w, "  "+tr("後ろにずらすと記事の猶予（CH2）が短くなるため。", "and moving later would shorten the lead the article gives (CH2).").in(l))
	}
	return exitOK
}
