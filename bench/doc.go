// Package bench measures kessai's business-day calendar (package billing)
// against other Go calendars with Japan's holidays, on the same questions and
// in one run:
//
//	cd bench && go test -run '^$' -bench . -benchmem -count 3
//
// The peer is github.com/rickar/cal/v2 with its jp holiday set (the other Go
// libraries of Japanese holidays that we looked for are not served by the Go
// module proxy). Before any benchmark counts, TestHolidaysAgree and
// TestBusinessDaysAgree check that both sides give the same answers, and
// name every day where they do not and why.
//
// This is a module of its own so that the library's go.mod keeps only
// golang.org/x/text and github.com/google/go-cmp; it uses the library from
// the parent directory (a replace directive), never a published version.
package bench
