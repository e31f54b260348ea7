// Package kessai encodes the payment rules of Japanese mobile carriers,
// IIJmio first, as pure functions and immutable values.
//
// kessai (決済, "settlement") answers the questions a carrier's sign-up form,
// billing system, support desk or a comparison site asks. The work is split
// into four packages; this package holds only this overview and an end-to-end
// example.
//
//   - [github.com/kessai-jp/kessai/brand]: card numbers. Brand detection from
//     a partial number as it is typed, length and Luhn checks, masking, the
//     card's funding (credit, debit, prepaid), and security-code length
//     (rule C5, and the input errors of C6).
//   - [github.com/kessai-jp/kessai/eligibility]: which payment methods a
//     carrier accepts for which purpose, and whether a card and its romaji
//     name fit the contract holder (rules M1–M10, C1–C6, P1–P4).
//   - [github.com/kessai-jp/kessai/billing]: a Japanese business-day calendar
//     and what happens day by day after a failed charge (rules CH1–CH3,
//     D1–D8).
//   - [github.com/kessai-jp/kessai/family]: several lines under one mioID,
//     billed on one card or line by line, to the yen (rules F1–F4).
//
// Imports go one way: eligibility uses brand and billing (dates, months,
// sources); family uses billing, and eligibility for the holder-name
// check. The package example follows one
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
//
// # Bounds
//
// Every input has a bound, checked before any work that grows with the
// input (decoders bound their input before copying or decoding it), so an
// over-long input is refused at the same cost at 1 KiB as at 100 MiB (each
// package's TestSizeFlat checks allocation and time at 1 KiB, 1 MiB and
// 10 MiB, and at 100 MiB with go test -tags kessai_huge). Beyond its bound
// an input gets the error or answer in the last column. The first column
// names the bound's constant, or, for a package that keeps its bounds
// unexported (brand, billing, family), the function or field whose input it
// bounds. Names, IDs and descriptions refuse the invisible characters that
// can make a screen show text reordered
// (bidirectional controls such as U+202E, zero-width characters, the soft
// hyphen, the byte-order mark); a card-number field reads them as
// separators. A number that may be a card number is refused in an amount, a
// count or a name, never printed.
//
//	bound                              value        input                                        beyond it
//	brand.Parse                        96 bytes     Parse, Digits, Detect, Candidates, Luhn       ErrTooLong; Unknown; nil; false
//	brand.Candidates                   19 digits    Parse, Digits, Detect, Candidates             ErrLength; Unknown; nil
//	brand.ValidSecurityCode            16 bytes     ValidSecurityCode                             ErrTooLong
//	brand enum names                   64 bytes     Brand and Funding UnmarshalText               ErrTooLong
//	eligibility enum names             64 bytes     every eligibility enum's UnmarshalText        ErrTooLong
//	eligibility.MaxApplicationJSON     16384 bytes  Application.UnmarshalJSON                     ErrTooLong, not decoded
//	eligibility card JSON              4096 bytes   Card.UnmarshalJSON                            ErrTooLong, not decoded
//	eligibility card.number            96 bytes     the number given to CheckTyped or in JSON     invalid-input too-long; ErrTooLong
//	eligibility card.name              128 bytes    Card.Name                                     Check: invalid-input too-long
//	eligibility card.expiry            32 bytes     Card.Expiry as text in JSON                   ErrTooLong
//	eligibility card.issuer            128 bytes    Card.Issuer                                   Check: invalid-input too-long
//	eligibility card.country           32 bytes     Card.Country                                  Check: invalid-input too-long
//	eligibility card.securityCode      16 bytes     the code given to CheckTyped                  invalid-input too-long
//	eligibility holder.kana            256 bytes    Holder.Kana                                   Check: invalid-input too-long
//	eligibility campaign               64 bytes     Application.Campaign                          Check: invalid-input too-long
//	eligibility combined               8 entries    Application.Combined                          ErrTooLong; Check: too-long
//	eligibility.MaxInstalments         99           Application.Instalments (0 to 99)             ErrRange; Check: range
//	eligibility name on the card       64 runes     MatchName's card name                         ErrTooLong
//	eligibility name in kana           64 runes     MatchName's and CardName's kana               ErrTooLong
//	eligibility Policy.WithName        64 bytes     each of WithName's ID and names               ErrTooLong
//	billing.ParseDate                  64 bytes     ParseDate, ParseYearMonth and every           ErrTooLong
//	                                                UnmarshalText
//	billing.DunningPolicy.StatusAt     100          payments given to StatusAt                    ErrRange
//	billing.NewCalendar                10000        closing days given to NewCalendar             ErrRange
//	billing.AddBusinessDays            2500         |n| of AddBusinessDays                        ErrRange
//	billing.Calendar.BusinessDaysBetween  3660 days  BusinessDaysBetween's span                   ErrRange
//	billing.Calendar.ChangeDeadline    60 days      the lead, DunningPolicy.ChangeLeadDays        ErrRange
//	billing.Offset.Max                 366 days     a dunning step's calendar or business days    ErrRange
//	billing.LateFeeTerms.Fee           10,000,000,000 yen  Fee's principal                        ErrRange
//	billing.LateFeeTerms.RateBP        10000        100% a year                                   ErrRange
//	billing.LateFeeTerms.GraceDays     36600 days   the grace period and Fee's span               ErrRange
//	billing.DunningPolicy.Name         64 bytes     DunningPolicy.Name (Validate, Timeline,       ErrTooLong
//	                                                StatusAt), LateFeeTerms.Name (Fee)
//	billing.Source                     256 bytes    each of a caller's source's title, address    ErrTooLong
//	                                                and date (Validate, Fee)
//	family.Account.Lines               100          lines given to Bill                           ErrTooLong
//	family.Account.Conditions          8            Account.Conditions                            ErrTooLong
//	family.Discount.Requires           64 bytes     Discount.Requires, each of Account.Conditions ErrTooLong
//	family.Line.Charges                100          charges of one line                           ErrTooLong
//	family.Line.ID                     64 bytes     Account.MioID, Line.ID, Line.MioID            ErrTooLong
//	family.Card.Name                   128 bytes    Owner.Kana, Holder.Kana, User, Card.Name,     ErrTooLong
//	                                                Discount.Name
//	family.Charge.Description          240 bytes    Charge.Description                            ErrTooLong
//	family.Charge.Amount               10,000,000 yen  Charge.Amount, Discount.PerLine            ErrRange
//	family.Plan.Discounts              8            Plan.Discounts                                ErrTooLong
//	family.Discount.Source             256 bytes    each of a discount's source's title, address  ErrTooLong
//	                                                and date
//
// The enumerations' UnmarshalText methods read at most
// 64 bytes in every package. What the library prints is bounded too: an
// eligibility.Application or Card prints each field over its bound as its
// first 32 bytes, digits shown as '*', and "…(+N bytes)", in at most 8 KiB
// whatever its fields hold, and invisible characters as U+FFFD.
package kessai
