// Package billing is a Japanese business-day calendar and the rules of what
// happens after a failed charge: the dunning timeline, the reflection of a
// payment, the deadline for changing the payment method, and late charges
// (rules CH1–CH3 and D1–D8 of kessai's SPEC).
//
// # Dates and yen
//
// [Date] is a civil date (year, month, day) as read in Japan Standard Time
// ([DateOf], [JST]); it is comparable, parses with [ParseDate] (full-width
// digits accepted) and marshals as "2026-11-24". [Yen] is an integer amount
// of yen that prints as "¥1,234".
//
// # Holidays and business days
//
// [Holiday] gives Japan's national holidays by the Act on National
// Holidays as amended — fixed days, Happy Monday days, equinox days,
// substitute and citizens' holidays and the one-off days — with the names
// the Cabinet Office lists, for the years [HolidayMinYear] to
// [HolidayMaxYear]. Equinox days are official through
// [EquinoxPublishedThrough] and predictions after it. Tests check every day
// from 1955 through 2027 against the Cabinet Office's list
// ([HolidaySource]), and the equinox days after 2027 against published
// predictions and an astronomical computation.
//
// [IsBankHoliday] adds weekends and the banks' year-end closing (Dec 31 –
// Jan 3, Banking Act art. 15 and its enforcement order art. 5);
// [AddBusinessDays], [BusinessDaysBetween], [BusinessDayOnOrAfter] and
// [BusinessDayOnOrBefore] count on that calendar. A [Calendar] adds closing
// days of the caller's own ([NewCalendar]) and returns errors instead of the
// zero Date for input it does not know.
//
// # Rules and table
//
// The rules (billing/holiday.go) are the source; the answers come from a
// table generated from them (billing/holiday_table.go, about 12.6 KB): a
// bit for each day of 1955–2099 that is a holiday or a year-end weekday
// closing, a name index for each such day, and running counts of those days
// and of business days. `go generate ./billing` writes it by building the
// package with the kessai_holidayrules tag, in which [Holiday] and
// [IsBankHoliday] answer from the rules, and asking them about every day;
// a test checks every day of the table against the rules again, and fails
// when [HolidaySource] or [EquinoxPublishedThrough] changes without the
// table being generated anew. Nothing is computed at start-up.
//
// So [Holiday], [IsBankHoliday] and [IsBusinessDay] take constant time;
// [HolidaysIn] and [AppendHolidays] visit only the year's holidays; and
// [AddBusinessDays], [BusinessDaysBetween] and the rolls count business days
// with the running counts and a popcount rather than walking day by day, so
// that 2500 business days cost what 5 do. A Calendar's own closing days add
// a binary search.
//
// # Failed charges
//
// A [DunningPolicy] places each step after a failed charge in a [Window],
// because the seed gives ranges ("数日以内" and "約1～2週間" for the same
// suspension, D3) and sometimes no figure at all. [IIJmio] follows the seed;
// [IIJmioPublished] follows IIJmio's own page on unpaid charges (a slip
// posted around the 6th–10th of the month, its deadline, only then a
// possible suspension, then cancellation; 7–10 days to confirm a slip
// payment). Every figure is a field of the policy with its [Source] (the
// seed article or IIJmio's page; each [Event] carries it), and the
// constants the presets use say whether each comes from the seed, from
// IIJmio's page, or is kessai's assumption.
//
// [DunningPolicy.Timeline] lists the steps (D1–D8) in date order;
// [DunningPolicy.StatusAt] says whether a line is active, past due,
// suspended or terminated on a given day, with a [Certainty] for days inside
// a window, and how a full payment ends the dunning after its reflection
// (D5, [Reflection]) and restoration (D6) delays.
//
// # Deadlines and late charges
//
// [ChangeDeadline] is the last day a change of card counts for a charge
// (CH2: a charge on the 25th means the 20th, moved earlier to a business
// day); [Calendar.CardUpdateDeadline] applies CH3 to an expiring card.
// [LateFee] computes late charges (遅延損害金, D7) on integer yen with a rate
// the caller chooses (the seed gives none). [LateFeeTerms] are whole clauses
// with their sources: [StatutoryLateFee] (the Civil Code's rate in force on
// the due date), [ConsumerCapLateFee] (the 14.6% ceiling) and
// [TelecomLateFee] (14.5%, waived within 15 days, the clause common in
// telecom terms); IIJmio's own clause was not verified.
//
// # Errors
//
// Bad input never panics and never gets a silent default: functions with an
// error result return errors wrapping [ErrSyntax], [ErrTooLong],
// [ErrInvalidDate], [ErrOutOfRange], [ErrOrder] or [ErrInvalidArgument],
// with details in [*ParseError], [*DateError], [*CountError], [*YearError]
// and [*PolicyError]. The few functions without an error result document
// what they return for input they cannot use (the zero Date, false).
//
// The package does no I/O, reads no clock and no time-zone database, and
// keeps no mutable state; policies and calendars are values safe to share.
// It imports nothing else of kessai but its internal packages.
package billing
