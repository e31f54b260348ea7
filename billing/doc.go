// Package billing is a Japanese business-day calendar and the rules of what
// happens after a failed charge (rules CH1–CH3 and D1–D8 of kessai's SPEC).
//
// # Dates
//
// [Date] is a civil date read in Japan Standard Time ([DateOf], [JST]); it is
// comparable, parses with [ParseDate] and marshals as "2026-11-24". [Yen] is
// an integer amount of yen.
package billing
