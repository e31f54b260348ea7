// Package kessai encodes the payment rules of Japanese mobile carriers,
// IIJmio first, as pure functions and immutable values.
//
// kessai (決済, "settlement") answers the questions a carrier's sign-up form,
// billing system, support desk or a comparison site asks. The work is split
// into four packages; this package holds only this overview and an end-to-end
// example.
//
//   - [github.com/kessai-jp/kessai/brand]: card numbers. Brand detection from
//     a partial number as it is typed, length and Luhn checks, masking, BIN
//     tables the caller builds, and security-code length (rule C5, and the
//     input errors of C6).
//   - [github.com/kessai-jp/kessai/eligibility]: which payment methods a
//     carrier accepts for which purpose, and whether a card and its romaji
//     name fit the contract holder (rules M1–M10, C1–C6, P1–P4).
//   - [github.com/kessai-jp/kessai/billing]: a Japanese business-day calendar
//     and what happens day by day after a failed charge (rules CH1–CH3,
//     D1–D8).
//   - [github.com/kessai-jp/kessai/family]: several lines under one mioID,
//     billed on one card or line by line, to the yen (rules F1–F4).
//
// Imports go one way: eligibility uses brand; family uses billing, and
// eligibility for the holder-name check. The package example follows one
// customer through all four: a card typed in full width, the romaji name on
// it against the kana on the contract, the whole application against
// IIJmio's rules, a failed charge, and three lines billed both ways. The
// command kessai (cmd/kessai) answers the same questions from a shell.
//
// # Rule IDs
//
// Every rule comes from one Japanese article on IIJmio's payment methods and
// carries an ID (M for methods, C for cards, CH for changing the method, D for
// dunning, F for family billing, P for other carriers). Doc comments, reasons
// returned to callers and tests cite these IDs, so a decision can be traced to
// the sentence it rests on. Where the article is vague or contradicts itself
// the library says so: a window instead of a point in time, an Uncertain
// verdict instead of a guess, and a named, overridable parameter instead of a
// hidden constant.
//
// # Design
//
// The library does no I/O: no files, network, environment, clock or time-zone
// database. "Now" is always a parameter and Japan Standard Time is
// time.FixedZone("JST", 9*3600). Policies and calendars are immutable values,
// safe to share between goroutines. Bad input gets an error usable with
// errors.Is and errors.As, never a panic and never a silent default. A card
// number given to the library, in any form people type it, shows at most its
// first 6 and last 4 digits in anything that comes back, through every fmt
// verb, encoding/json, encoding/xml, encoding/gob and log/slog (the README
// states the guarantee as the property tests check it).
package kessai
