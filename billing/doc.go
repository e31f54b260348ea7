// Package billing is a Japanese business-day calendar and the rules of what
// happens after a failed charge: the dunning timeline, the reflection of a
// payment, the deadline for changing the payment method, and late charges
// (rules CH1–CH3 and D1–D8 of docs/RULES.md).
//
// # Dates, months and yen
//
// [Date] is the module's one civil date (year, month, day, no zone): a due
// date, a holiday, a billing day. [DateOf] reads the date of a time.Time in
// Japan Standard Time (a fixed UTC+9, no time-zone database); an instant
// stays a time.Time. A Date parses with [ParseDate] (full-width digits
// accepted) and marshals as "2026-11-24"; the zero Date means "not given"
// and marshals as "". [YearMonth] is the module's one year-month (a card's
// expiry, a billing month), parsed from "2027-03" or as a card prints it,
// "03/27". [Yen] is an integer amount of yen that prints as "¥1,234".
//
// # Holidays and business days
//
// [Holiday] gives Japan's national holidays by the Act on National
// Holidays as amended — fixed days, Happy Monday days, equinox days,
// substitute and citizens' holidays and the one-off days — with the names
// the Cabinet Office lists, for the years [HolidayMinYear] to
// [HolidayMaxYear]; [NamedDate.Label] gives a name in English too. Equinox
// days are official through [EquinoxPublishedThrough] and predictions after
// it. Tests check every day from 1955 through 2027 against the Cabinet
// Office's list (its syukujitsu.csv, kept in billing/testdata), and the
// equinox days after 2027 against published predictions and an
// astronomical computation.
//
// [Calendar.IsBankHoliday] adds weekends and the banks' year-end closing (Dec 31 –
// Jan 3, Banking Act art. 15 and its enforcement order art. 5), and
// [AddBusinessDays] counts business days on that calendar. A [Calendar]
// adds closing days of the caller's own ([NewCalendar]); its zero value is
// the standard calendar, so Calendar{}.BusinessDaysBetween counts on it.
// Every function that can fail on its input returns an error: a date the
// calendar does not know is an [ErrRange] error, never a zero Date.
//
// # Rules and table
//
// The rules (billing/holiday.go) are the source; the answers come from a
// table generated from them (billing/holiday_table.go, about 12.6 KB): a
// bit for each day of 1955–2099 that is a holiday or a year-end weekday
// closing, a name index for each such day, and running counts of those days
// and of business days. `go generate ./billing` writes it by building the
// package with the kessai_holidayrules tag, in which [Holiday] and
// [Calendar.IsBankHoliday] answer from the rules, and asking them about every day;
// a test checks every day of the table against the rules again, and fails
// when the edition of the Cabinet Office's list or EquinoxPublishedThrough
// changes without the table being generated anew. Nothing is computed at
// start-up.
//
// So [Holiday] and [Calendar.IsBankHoliday] take constant time; [HolidaysIn] visits
// only the year's holidays and allocates nothing (a [Holidays] value holds
// them; [Holidays.All] ranges over them, and slices.AppendSeq appends them
// to a slice); and [AddBusinessDays] and
// [Calendar.BusinessDaysBetween] count business days with the running
// counts and a popcount rather than walking day by day, so that 2500
// business days cost what 5 do. A Calendar's own closing days add a binary
// search.
//
// # Failed charges
//
// A [DunningPolicy] places each step after a failed charge in a [Window],
// because the seed gives ranges ("数日以内" and "約1～2週間" for the same
// suspension, D3) and sometimes no figure at all. [IIJmio] follows the seed;
// [IIJmioPublished] follows IIJmio's own page on unpaid charges (a slip
// posted around the 6th–10th of the month, its deadline, only then a
// possible suspension, then cancellation; 7–10 days to confirm a slip
// payment). Every figure is a field of the policy, with its [Source] (the
// seed article or IIJmio's page; each [Event] carries it); the presets' docs
// say which figures come from the seed, from IIJmio's page, or are
// kessai's assumptions, which carry the zero Source: no source states
// them. A policy is a plain value that round-trips through
// JSON (billing/testdata/json holds the presets); [DunningPolicy.Validate]
// says whether a policy of the caller's own is usable.
//
// [DunningPolicy.Timeline] lists the steps ([EventKind], D1–D8) in date
// order; [DunningPolicy.StatusAt] says whether a line is active, past due,
// suspended or terminated on a given day ([State]), whether that is certain
// or only possible inside a window, and how a full payment ends the dunning
// after its reflection (D5, [DunningPolicy.Reflection]) and restoration
// (D6) delays.
//
// # Deadlines and late charges
//
// [Calendar.ChangeDeadline] is the last day a change of card counts for a
// charge (CH2: a charge on the 25th means the 20th, moved earlier to a
// business day; the lead is the policy's ChangeLeadDays);
// [Calendar.CardUpdateDeadline] applies CH3 to an expiring card.
// [LateFeeTerms] are late-charge clauses (遅延損害金, D7) computed on integer
// yen ([LateFeeTerms.Fee]), with their sources: [StatutoryLateFee] (the
// Civil Code's rate in force on the due date), [ConsumerCapLateFee] (the
// 14.6% ceiling) and [TelecomLateFee] (14.5%, waived within 15 days, the
// clause common in telecom terms); IIJmio's own clause was not verified,
// and the seed gives no rate.
//
// # Errors and messages
//
// Bad input never panics and never gets a silent default. Every error is an
// [*Error]: the function, the input (by its JSON key), the category
// ([ErrTooLong], [ErrSyntax], [ErrRange], [ErrUnknown], [ErrOrder] or
// [ErrConflict], for errors.Is), and what says where; its
// [Error.Message] is the sentence for a person in Japanese or English, and
// never shows a card number. The enumerations ([EventKind], [State],
// [Channel]) have a stable token, a Label in both languages and a parser.
//
// The package does no I/O, reads no clock and no time-zone database, and
// keeps no mutable state; policies and calendars are values safe to share.
// It imports nothing else of kessai but its internal packages.
package billing
