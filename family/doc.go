// Package family bills the mobile lines of one mioID (IIJmio's account
// ID), either all together on the owner's card (まとめ払い, aggregate) or
// each line on its own card (個別払い, per-line), to the yen, with the family
// discount and consumption tax (rules F1–F4 and C1 of kessai's
// specification).
//
// # Modes
//
// An [Account] has a [Mode]. In [Aggregate] mode (F1) [Bill] returns one
// [Invoice] to the owner's card with every line as a breakdown; every line
// must be under the account's mioID ([ErrMioID]). In [PerLine] mode (F2) it
// returns one invoice per line, each charged to that line's own card. C1
// holds in both: a card must be in the name of the person it pays for, so
// the owner's card must match the owner's kana name, and a line's card its
// holder's, as judged by [github.com/kessai-jp/kessai/eligibility.MatchName]
// ([ErrHolder]). The mode is chosen at sign-up and can be changed later
// (F3); [SwitchRule.Effective] says from which billing cycle a change
// requested on a date applies, as a [Window] where the seed is vague.
//
// # Consumption tax
//
// Invoices follow the qualified-invoice system (適格請求書等保存方式,
// インボイス制度, from 2023-10-01): for each invoice and each tax rate, the
// tax-exclusive charges are summed, discounts taken off, and the tax
// computed and rounded once, by the [Plan]'s [Rounding] (down by default).
// Rates change over time, so the [Plan] carries a [TaxRate] table and the
// account's billing date picks the rate in force ([JapanTaxRates]: 10%
// standard and 8% reduced since 2019-10-01). Mobile charges are
// [Standard]-rated.
//
// Because tax is rounded per invoice, one aggregate invoice and several
// per-line invoices for the same charges can differ by a few yen. [Compare]
// bills both ways and reports the difference rather than hiding it.
//
// # Family discount
//
// Discounts are data ([Discount], F4): the kind of line that qualifies,
// whether only lines under the account's mioID count, the minimum number of
// qualifying lines, a cap on discounted lines, the amount per line and
// whether it applies in aggregate mode only, whether the amount is tax
// included, a named condition billing data cannot show, and its [Source].
// The seed names no amounts; [IIJmioFamilyDiscount] is the discount as
// public third-party sources describe it: ¥100 off per voice line per month,
// tax included, with 2 or more voice lines under one mioID and the notice
// e-mail consent ([NoticeEmailConsent], listed in Account.Conditions). Those
// sources disagree on the cap, 5 lines or 10, so the cap is a parameter:
// [FamilyDiscountCap5] or [FamilyDiscountCap10] (each names its source). A
// tax-included discount takes exactly its amount off the invoice's
// tax-included total: the tax is computed once per invoice per rate on what
// is left, and the discount's tax-exclusive part is the rest
// ([Discount.TaxIncluded]). A discount's cap is filled with the qualifying
// lines in ascending order of line ID.
//
// # Who holds a mioID's lines
//
// F2 as the seed states it lets a family member hold a line under the
// owner's mioID and pay for it with a card in their own name ([IIJmioPlan]);
// the published reading, that one mioID's lines are all in its holder's name,
// is [Plan.OneHolder] ([IIJmioPublishedPlan]).
//
// # Exact splits
//
// Yen are integers and every split keeps the total exact. The tax of an
// aggregate invoice is shared among its lines by the largest-remainder
// method ([Split]): floors first, then one yen each to the largest
// remainders, ties to the line that comes first in ascending ID order.
//
// # Input
//
// Bad input gets an [*InputError] naming the line and field and wrapping a
// sentinel such as [ErrNoLines], [ErrDuplicateLine], [ErrMioID],
// [ErrTooManyLines], [ErrAmount], [ErrRange], [ErrTaxCategory],
// [ErrHolder] or [ErrMode]; never a panic. Text is width-folded and
// NFC-normalised before it is compared (full-width letters and digits,
// half-width katakana, the ideographic space). Inputs are bounded
// ([MaxLinesLimit], [MaxChargesPerLine], [MaxDescriptionBytes], …) and
// checked before other work, the enumerations' UnmarshalText methods
// included, so an over-long input costs the same at any size. A [Card]
// keeps only the printed name and the last four digits, and any text with
// a card-number-like run of digits is refused ([ErrCardNumber]), so no card
// number can reach an invoice or an error.
//
// Numbers are not text. A name (the owner, a line's holder and user, the
// name on a card) has no digits and no backslash, in either mode ([ErrText], or
// [ErrCardNumber] for a run that may be a card number), and an amount
// above [MaxChargeAmount] is refused ([ErrRange]) without being echoed:
// a card number typed into an amount field is never billed or printed, and
// no sum of an invoice can overflow. Every text field refuses control
// characters and the invisible format characters that can make a screen
// show text reordered: bidirectional controls (the right-to-left override
// U+202E among them), zero-width characters, the soft hyphen, the
// byte-order mark ([ErrText]).
//
// # Cost
//
// Bill validates and folds each distinct text once (a line's mioID equal to
// the account's, a holder equal to the owner or the previous line's, a
// description equal to the previous line's at the same position are not
// checked again), matches each distinct card name and holder pair once
// (C1), keeps its line workspace on the stack for up to 16 lines, and
// allocates at most five backing arrays for the invoices. In PerLine mode with a
// different holder on every line, the name matches take about a third of
// the time, as much as building the invoices (CPU profile of
// BenchmarkBill/per-line).
//
// The package does no I/O, reads no clock and keeps no mutable state;
// plans are values safe to share between goroutines.
package family
