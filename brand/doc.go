// Package brand reads payment-card numbers as people type them: it tells the
// brand, checks length and check digit, masks the number for display, and
// checks the form of the security code.
//
// It answers the first questions of a carrier's card-registration form: is
// this number mistyped, which brand is it, how long is its security code?
// Whether the brand, the funding (credit, debit, prepaid) or the holder is
// accepted is package eligibility's business (rules M1, M2, M7, C1–C4, in
// docs/RULES.md).
//
// # Card numbers
//
// [Parse] accepts ASCII and full-width digits with separators between them:
// the characters people type or paste between digit groups (every kind of
// space, hyphens and dashes, ー, minus signs, dots, slashes, invisible
// format characters), the same set kessai's card-number detector reads
// through. It checks the length the brand issues and the Luhn check digit
// ([Luhn]), and returns a [Number]: a small comparable value holding what
// may be shown and what the rules need, with accessors such as
// [Number.Last4] and [Number.Masked]. [Digits] gives the normalised digits,
// for the payment gateway. A number of no known brand, with a valid length
// (12 to 19 digits) and check digit, parses with brand [Unknown].
//
// # Brands and as-you-type detection
//
// The brands are [Visa], [Mastercard], [AmericanExpress], [JCB],
// [DinersClub], [Discover], [UnionPay], [Maestro] and [Mir]. Their ranges are
// one sorted table of 8-digit prefixes, searched by binary search; where
// published range lists disagree (UnionPay's 622126–622925 in Discover's
// list, Diners Club's 309 against JCB's 2022 ranges, Maestro's old broad
// ranges, 65, Diners Club's 14-digit numbers outside 36) the decision and
// its source are written next to the table in table.go. [Candidates] lists
// every brand a partial number can still become, so a form can show the
// brand logos that remain; [Detect] gives the brand once one remains.
//
// [Brand] and [Funding] are enumerations with the module's usual methods:
// String gives the stable token, Label the name for a person in Japanese or
// English ([Brand.Label] of [AmericanExpress] in Japanese is
// "アメリカン・エキスプレス"), MarshalText the token, and
// [Brand.UnmarshalText] and [Funding.UnmarshalText] read the token, the
// Japanese label and the common short forms.
//
// # Masking guarantee
//
// A card number given to this package, in any form Parse reads and inside
// longer text, shows at most its first 6 and last 4 digits in anything the
// package gives back but the string of [Digits] (whose job is to give the
// digits to a gateway), as every fmt verb (%v, %+v, %#v, %s, %q),
// encoding/json, encoding/xml, encoding/gob and log/slog's handlers print
// it: [Number.String], [Number.Masked], [Number.Format] and
// [Number.MarshalText] are masked, with at least 2 digits hidden, as PCI
// DSS allows for display; %#v prints a Number's fields, which hold only
// the 6 and the 4 digits (as hexadecimal integers), the length and the
// brand; encoding/gob refuses a Number. Errors say what is wrong and where
// (a character's position, a count of digits), never which digits, in
// Error and in [Error.Message] alike. TestGuard and FuzzGuard check it on
// every function that takes text.
//
// Why a Number keeps only the first 6 and last 4 digits: fmt printing a
// caller's struct that holds a Number in an unexported field cannot call
// its methods and prints its fields instead, and so do other reflection
// printers. Whatever a Number holds, such printing shows, and digits kept
// in any reversible form (scrambled with a key in the source, as they once
// were) would be a number recovered from a log line in one line of code and
// missed by any log scanner. So the Number holds only what masking and the
// rules need (the 6 and 4 digits, the length and the brand), in fields
// ordered so that printing them never puts more than those side by side;
// two Numbers that differ only in hidden digits are equal and print
// byte-identically. The digits a gateway needs stay with the caller, who
// was given them: [Digits] normalises them with Parse's checks. The cost:
// no Number method returns the full digits. No type stores a security
// code.
//
// # Security codes
//
// [ValidSecurityCode] checks a code's form against rule C5: 3 digits, 4 for
// American Express ([Brand.SecurityCodeLen]). Only the issuer can tell
// whether a code is right.
//
// # Funding
//
// A card number does not say whether the card is credit, debit or prepaid,
// or where it was issued; an issuer's or processor's BIN list does, and the
// caller looks the number up in its own list (the package ships no BIN
// data). [Funding] names the answer; rules M1, M2 and M7 in package
// eligibility turn on it.
//
// # Rule IDs
//
// The rules here come from kessai's rule digest (docs/RULES.md):
//
//   - C5: the security code has 3 digits, 4 for American Express
//     ([Brand.SecurityCodeLen], [ValidSecurityCode]).
//   - C6: among registration failures, "input error (number, code, expiry)"
//     and "unsupported brand": the errors of [Parse] and of
//     [ValidSecurityCode] tell a form which input to correct (by
//     [Error.Field]) and what is wrong with it, and [Brand] lets package
//     eligibility decide on the brand.
//   - M1, M2, M7 and C2 are decided in package eligibility from a [Brand] and
//     a [Funding]; C4 (expiry) is eligibility's too.
//
// # Errors
//
// Every error is an [*Error]: the function called (Func), the input (Field:
// "number", "securityCode", "brand" or "funding"), the category (Err, one of
// [ErrEmpty], [ErrTooLong], [ErrSyntax], [ErrLength], [ErrChecksum],
// [ErrUnknown], the names every package of the module gives these
// categories) and where (the position of a character, the count of
// digits, the brand). Test with [errors.Is] and [errors.As]; show a person
// [Error.Message], in Japanese or English, never the English Error text.
// Every input has a byte bound (96 bytes for a number, 16 for a security
// code, 64 for a name), checked before any work.
//
// # Performance
//
// [Parse] of a valid number (full-width input included), [Detect], [Luhn]
// and [ValidSecurityCode] of a valid code do not allocate; [Candidates]
// allocates its slice, [Number.Masked] and [Number.Format] their string,
// and an error costs one allocation. Parse reads a run of ASCII digits
// eight bytes at a time. TestNoAllocs and the benchmarks guard this.
package brand
