// Package family bills the mobile lines of one mioID (IIJmio's account
// ID), either all together on the owner's card (まとめ払い, aggregate) or
// each line on its own card (個別払い, per-line), to the yen, with the family
// discount and consumption tax (rules F1–F4 and C1 of docs/RULES.md).
//
// # Modes
//
// An [Account] has a [Mode]. In [Aggregate] mode (F1) [Bill] returns one
// [Invoice] to the owner's card with every line as a breakdown; every line
// must be under the account's mioID ([ErrConflict]). In [PerLine] mode (F2) it
// returns one invoice per line, each charged to that line's own card. C1
// holds in both: a card must be in the name of the person it pays for, so
// the owner's card must match the owner's kana name, and a line's card its
// holder's, as judged by [github.com/kessai-jp/kessai/eligibility.MatchName]
// ([ErrConflict]). Owners and holders are [eligibility.Holder] values, the
// module's one holder type. The mode is chosen at sign-up and can be changed
// later (F3); [Plan.SwitchEffective] says from which charge a change
// requested on a date applies, as a [billing.Window] of charge days where
// the seed is vague.
//
// # Consumption tax
//
// Invoices follow the qualified-invoice system (適格請求書等保存方式,
// インボイス制度, from 2023-10-01): for each invoice and each tax rate, the
// tax-exclusive charges are summed, discounts taken off, and the tax
// computed and rounded down (切り捨て) once. Rates change over time, so the
// account's billing date picks the rate in force (10% since 2019-10-01;
// 3%, 5% and 8% before, back to 1989-04-01; see [Plan]) and every invoice
// says from when it holds (Invoice.RatesFrom). Mobile charges are
// [Standard]-rated; a late charge is [NonTaxable].
//
// Because tax is rounded per invoice, one aggregate invoice and several
// per-line invoices for the same charges can differ by a few yen: bill the
// account in both modes to see the difference (the example of Bill does).
//
// # Family discount
//
// Discounts are data ([Discount], F4): whether only voice lines qualify,
// whether only lines under the account's mioID count, the minimum number of
// qualifying lines, a cap on discounted lines, the amount per line and
// whether it applies in aggregate mode only, whether the amount is tax
// included, a named condition billing data cannot show, and its source.
// The seed names no amounts; [IIJmio]'s discount is the one public
// third-party sources describe: ¥100 off per voice line per month, tax
// included, with 2 or more voice lines under one mioID and the notice
// e-mail consent ("notice-email-consent", listed in Account.Conditions).
// Those sources disagree on the cap, 5 lines or 10, so the cap is the
// preset's parameter, IIJmio(5) or IIJmio(10) (each names its source). A
// tax-included discount takes exactly its amount off the invoice's
// tax-included total: the tax is computed once per invoice per rate on what
// is left, and the discount's tax-exclusive part is the rest
// ([Discount.TaxIncluded]). A discount's cap is filled with the qualifying
// lines in ascending order of line ID.
//
// # Who holds a mioID's lines
//
// F2 as the seed states it lets a family member hold a line under the
// owner's mioID and pay for it with a card in their own name ([IIJmio]);
// the published reading, that one mioID's lines are all in its holder's name,
// is [Plan.OneHolder] ([IIJmioPublished]).
//
// # Exact splits
//
// Yen are integers and every split keeps the total exact. The tax of an
// aggregate invoice is shared among its lines by the largest-remainder
// method: floors first, then one yen each to the largest remainders, ties
// to the line that comes first in ascending ID order.
//
// # Input
//
// Bad input gets an [*Error] naming the function, the line and the field
// and wrapping a sentinel named for its category ([ErrEmpty], [ErrTooLong],
// [ErrSyntax], [ErrRange], [ErrText], [ErrUnknown], [ErrCardNumber],
// [ErrConflict]); never a panic. [Error.Message] gives the sentence for a
// person in Japanese or English. Text is width-folded and
// NFC-normalised before it is compared (full-width letters and digits,
// half-width katakana, the ideographic space). Inputs are bounded (100
// lines, 100 charges a line, 240 bytes a description, …: the table of
// bounds in package kessai's doc) and checked before other work, the
// enumerations' UnmarshalText methods included, so an over-long input
// costs the same at any size. A [Card]
// keeps only the printed name and the last four digits, and any text with
// a card-number-like run of digits is refused ([ErrCardNumber]), so no card
// number can reach an invoice or an error.
//
// Numbers are not text. A name (the owner, a line's holder and user, the
// name on a card) has no digits and no backslash, in either mode ([ErrText], or
// [ErrCardNumber] for a run that may be a card number), and an amount
// above ¥10,000,000 is refused ([ErrRange]) without being echoed:
// a card number typed into an amount field is never billed or printed, and
// no sum of an invoice can overflow. Every text field refuses control
// characters and the invisible format characters that can make a screen
// show text reordered: bidirectional controls (the right-to-left override
// U+202E among them), zero-width characters, the soft hyphen, the
// byte-order mark ([ErrText]).
//
// # JSON
//
// Every type marshals to camelCase JSON and reads back what it wrote
// (golden files in testdata/json): enums as their tokens ("aggregate",
// "standard"; "" for an unset one), a [Card] as its text form
// ("YAMADA TARO ****1234"; "" for none), amounts as whole yen, dates as
// billing.Date writes them.
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
// its instructions, twice as many as building the invoices (callgrind of
// BenchmarkBill/per-line).
//
// The package does no I/O, reads no clock and keeps no mutable state;
// plans are values safe to share between goroutines.
package family
