// Package eligibility decides whether a carrier accepts a way of paying: the
// payment-method table of each carrier (rules M1–M10 and P1–P4 of docs/RULES.md),
// the checks on a card and its holder (C1–C6), and the reasons, in Japanese
// and English, behind every verdict.
//
// # Policies
//
// A [Policy] is a carrier's or a sales channel's rules as an immutable value.
// The presets are [IIJmio] (individual contracts on IIJmio's own channel),
// [IIJmioBiz] (corporate contracts, invoice payment, P4), [BicCamera] (IIJmio
// devices at Bic Camera, M10), and the three carriers of the seed's
// comparison, [Mineo], [UQMobile] and [OCNMobileONE] (P1–P3). Each knows its
// name, the rule IDs it encodes ([Policy.Rules]) and where its data comes
// from and when ([Policy.Source]: the seed says "2025年現在", a year
// without a month). A
// caller derives a custom policy with [Policy.With], [Policy.WithBrands] or
// [Policy.WithName]; the preset does not change.
//
// Beside the seed's presets are the carriers' published pages, checked in
// November 2026: [IIJmioPublished], [MineoPublished], [UQMobilePublished] and
// [OCNMobileONEPublished] (closed to new contracts since 2023-06-26:
// [Policy.ClosedSince], judged by [Policy.Check] on the application's day).
// Every cell of every preset names its [billing.Source], the seed article or a page,
// with a date, and so does every [Reason] drawn from it.
//
// # Verdicts and reasons
//
// [Policy.Accepts] answers from the method table alone: may this [Method] pay
// for this [Purpose]? [Policy.Check] judges a whole [Application]: method,
// purpose, contract holder, card, instalments, campaign code, combined
// methods and the time of the check. Both return a [Decision]: a [Verdict]
// (Rejected, the zero value; Accepted; Conditional, accepted under the
// conditions stated; Uncertain, reported to work for some, not guaranteed,
// or not stated by the seed) and every [Reason] behind it, not only the
// first. A Reason has a stable [Code] such as "card-expired", the rule ID,
// [Reason.Message] and, where the seed gives advice, [Reason.Remedy], both in
// Japanese and English. Verdict-neutral findings, such as the spelling
// variant through which a name matched, are [Decision] Notes.
//
// The rules at a glance: credit cards of the M1 brands for everything (M1);
// debit, prepaid, e-money and bank transfer refused at IIJmio (M2, M3, M7),
// with a card's Funding deciding which applies whatever method was chosen;
// the convenience-store slip only for arrears (M4); invoices only for
// corporate contracts (M5, P4); Bic points only at Bic Camera (M6, M10);
// devices in one lump sum, converted to instalments at the card company
// afterwards (M9); and for a card, a number of an accepted brand, a
// security code of the right length when given to [Policy.CheckTyped]
// (C5), not expired in JST at
// the time of the check (C4, with a note in the expiry month, CH3), issued
// in Japan (C2), not a corporate card on an individual contract (C1), and
// in the holder's name (C3).
//
// Bad input never panics: an unknown method or purpose, a malformed expiry,
// an absurd year (of the expiry or of the check time, outside
// 2000–2099), a field beyond its length bound
// (whatever the method) or a zero check time give Rejected with a reason
// coded "invalid-input" naming the field ([Reason].Field); [Decision.Err]
// turns those into errors. Every error of the package is an [*Error]: the
// function, the field (as its JSON key is spelt) and a sentinel of the
// module's categories ([ErrEmpty], [ErrTooLong], [ErrSyntax], [ErrRange],
// [ErrText], [ErrUnknown], [ErrCardNumber]; brand's error for a card
// number that does not parse), with [Error.Message] for a person in
// Japanese or English; no error quotes the input. Text is normalised (NFKC, width, case) before it
// is judged. Every bound is checked before any work that grows with the
// input: the UnmarshalText methods read at most 64 bytes, and
// JSON over [MaxApplicationJSON] or, for a Card, 4 KiB is refused before
// it is decoded. Names, the expiry, the issuer, the country and the
// campaign refuse invisible characters (bidirectional controls such as the
// right-to-left override, zero-width characters: [ErrText]) under
// every policy. A count of instalments outside 0–[MaxInstalments], which
// is what a card number typed into the field looks like, is refused when
// decoded ([ErrRange]) and never printed.
//
// # Where the seed is vague
//
//   - M2: PayPay Bank (PayPay銀行, formerly ジャパンネット銀行) and Suruga Bank
//     (スルガ銀行) debit cards give Uncertain ("debit-uncertain": not
//     guaranteed, not recommended) for the monthly charges and arrears, not
//     for a device alone (M9: credit card only, the seed's device table
//     marks debit ×); Rakuten Bank (楽天銀行) and all other
//     debit cards are Rejected, although one Q&A of the seed lists Rakuten
//     Bank among cards that registered.
//   - M8, M10: IIJmio's gift certificates are Conditional during a campaign
//     (a campaign code given), Rejected without, and Rejected combined with
//     points or a card. At Bic Camera M10 says "yes", so they are Accepted
//     there; the seed's table for Bic lost its symbols.
//   - M10, P1–P3: "debit partly" names no card, so it is Uncertain
//     ("debit-partly"), not Conditional. UQ mobile's bank transfer "with
//     conditions" is Conditional.
//   - P1–P3: the comparison covers four methods for monthly charges; every
//     other method and purpose of those carriers is Uncertain with
//     "not-stated", and of the card rules only validity (C4–C6) applies
//     there (C1–C3 are not among their [Policy.Rules]).
//
// # Card data
//
// An [Application]'s [Card] holds the card number parsed, as a
// [brand.Number] (its first 6 and last 4 digits, length and brand: the
// caller keeps the digits it was given), and no security code: the code is
// a parameter of [Policy.CheckTyped], judged (C5) and dropped. So
// nothing that prints an Application or Card, its own methods or any
// encoder or fmt verb that bypasses them, can show more of the number than
// its first 6 and last 4 digits, or the code at all. Free text (names,
// issuer, campaign) is printed by every fmt verb (%#v included), through
// Format, and by MarshalJSON, MarshalXML and GobEncode with any run of digits that may be
// a card number masked. A [Decision] holds no input: reasons carry codes,
// rule IDs and field names only. Decoding JSON ([Application.UnmarshalJSON])
// parses the number (a bad one is an error wrapping brand's), refuses
// unknown fields and never quotes the input in an error.
//
// # Holder names
//
// The card name (half-width romaji) is compared with the contract holder's
// kana by [MatchName] (rule C3): it accepts the passport-Hepburn spelling and
// the variants card issuers let applicants choose, says which [NameRule]s a
// match needed, and reports names in the wrong order or cut short.
// [NameProfile] values such as Standard and Strict choose how lenient the
// comparison is.
package eligibility
