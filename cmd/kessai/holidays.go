package main

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/kessai-jp/kessai/billing"
	category "github.com/kessai-jp/kessai/internal/msg"
	"golang.org/x/text/width"
)

type billingHolidaysJSON struct {
	Year int `json:"year"`
	// EquinoxOfficial is false for years after billing.EquinoxPublishedThrough,
	// whose equinox days are predictions.
	EquinoxOfficial bool                `json:"equinoxOfficial"`
	Holidays        []billing.NamedDate `json:"holidays"`
}

func holidaysCommand() command {
	return command{
		name: "holidays", args: "[-json] [-lang ja|en] YEAR",
		summary: tr("その年の日本の国民の祝日", "Japan's national holidays of a year"),
		about: trf("その年（%d–%d）の国民の祝日と振替休日・国民の休日を、内閣府の名前で表示する。銀行の休業日（12 月 31 日〜1 月 3 日）は含まない。",
			"Japan's national holidays of a year (%d–%d), substitute and citizens' holidays included, by their English names (the\nCabinet Office's Japanese names in Japanese and in -json). Bank closing days (Dec 31 – Jan 3) are not national holidays\nand are not listed.",
			billing.HolidayMinYear, billing.HolidayMaxYear),
		exits:  helpExits("0 一覧を表示した、2 入力または使い方の誤り。", "0 the list is printed; 2 bad input or usage."),
		define: func(f *flagSet) {},
		run:    runHolidays,
	}
}

// runHolidays implements "kessai holidays": see holidaysCommand.
func runHolidays(c *cmd, args []string) int {
	spec := holidaysCommand()
	f := newFlagSet(c, &spec)
	// Flags may come after the year too (kessai holidays 2026 -lang en), as
	// after card's number: the flag package stops at the first argument,
	// so parsing resumes after each one, and after "--" all are arguments.
	var words []string
	for rest := args; ; {
		if code, ok := f.parse(rest); !ok {
			return code
		}
		if f.fs.NArg() == 0 {
			break
		}
		if n := len(rest) - f.fs.NArg(); n > 0 && rest[n-1] == "--" {
			words = append(words, f.fs.Args()...)
			break
		}
		words = append(words, f.fs.Arg(0))
		rest = f.fs.Args()[1:]
	}
	switch {
	case len(words) == 0:
		return c.fail(&cliError{Code: codeMissingArgument, Field: "year",
			Message: trf("年を指定してください（%d–%d）", "missing YEAR (%d–%d)", billing.HolidayMinYear, billing.HolidayMaxYear)})
	case len(words) > 1:
		return c.fail(unexpectedArgument(words[1], &spec))
	}
	// A year is four digits; full-width ones ("２０２７") are folded first.
	arg := words[0]
	bad := &cliError{Code: category.Syntax.Token(), Field: "year",
		Message: tr("年は 4 桁の数字です: ", "a year is four digits: ").append(quoted(arg))}
	if len(arg) > 4*len("０") {
		return c.fail(bad)
	}
	folded := width.Fold.String(arg)
	y, err := strconv.Atoi(folded)
	if len(folded) != 4 || err != nil || folded[0] < '0' || folded[0] > '9' {
		return c.fail(bad)
	}
	hs, err := billing.HolidaysIn(y)
	if err != nil {
		e := explain(err)
		e.Field = "year"
		return c.fail(e)
	}
	official := y <= billing.EquinoxPublishedThrough
	if c.json {
		c.writeJSON(billingHolidaysJSON{y, official, slices.Collect(hs.All())})
		return exitOK
	}
	for h := range hs.All() {
		fmt.Fprintf(c.stdout, "%s  %s\n", billingDay(h.Date, c.lang), h.Label(c.lang.tag()))
	}
	if !official {
		fmt.Fprintln(c.stdout, trf("注: %d 年より後の春分の日・秋分の日は予測。国立天文台が毎年 2 月に翌年の日を発表する。",
			"Note: equinox days after %d are predictions; the National Astronomical Observatory announces them each February for the next year.",
			billing.EquinoxPublishedThrough).in(c.lang))
	}
	return exitOK
}
