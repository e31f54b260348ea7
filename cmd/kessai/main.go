// Command kessai answers the payment-rule questions of the kessai library from
// the command line: card numbers, holder names, which payment methods a carrier
// accepts, what follows a failed charge, and how family lines are billed.
//
// Usage:
//
//	kessai <command> [flags] [arguments]
//
// Run kessai with no arguments for the list of commands, and
// "kessai <command> -h" for a command's flags. Every command that prints a
// result accepts -json. Exit status: 0 for a positive answer, 1 for a
// negative one where the command defines it (a name that does not match, a
// rejected application), 2 for bad input or usage. A card number is never
// echoed, not even in an error.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/kessai-jp/kessai/brand"
	"golang.org/x/text/width"
)

// env is what a command may touch: its streams. Commands never read the
// environment or open files, so the tests drive them with buffers.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// Exit statuses shared by every command.
const (
	exitOK       = 0 // a positive answer
	exitNegative = 1 // a well-formed question with a negative answer
	exitUsage    = 2 // bad input or usage
)

type command struct {
	name    string
	args    string // the synopsis after the name
	summary string
	run     func(args []string, e env) int
}

// commands lists every subcommand, in the order usage prints them. It is a
// function, not a variable, because the demo runs the other commands through
// run, which reads this list.
func commands() []command {
	return []command{
		{"demo", demoSynopsis, "a tour of every capability on built-in inputs (the default job)", runDemo},
		{"card", cardSynopsis, "brand, masked number, Luhn and security-code length of a card number", runCard},
		{"name", nameSynopsis, "does the romaji name on a card match the holder's kana?", runName},
		{"check", checkSynopsis, "check a payment application against a carrier's policy", runCheck},
		{"compare", compareSynopsis, "compare carriers for one payment method", runCompare},
		{"timeline", timelineSynopsis, "the dunning schedule after a failed charge", runTimeline},
		{"holidays", holidaysSynopsis, "Japan's national holidays of a year", runHolidays},
		{"deadline", deadlineSynopsis, "the last day a card change counts for a charge", runDeadline},
		{"family", familySynopsis, "bill a family account in aggregate and per-line mode, side by side", runFamily},
	}
}

func main() {
	os.Exit(run(os.Args[1:], env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}))
}

// run runs the command args name and returns its exit status. Whatever the
// command prints goes through [maskPANs] on its way out, so no output of
// kessai shows a card number, whatever argument or flag it was typed into.
func run(args []string, e env) int {
	var out, errOut bytes.Buffer
	code := dispatch(args, env{stdin: e.stdin, stdout: &out, stderr: &errOut})
	e.stdout.Write(maskPANs(out.Bytes()))
	e.stderr.Write(maskPANs(errOut.Bytes()))
	return code
}

func dispatch(args []string, e env) int {
	if len(args) == 0 {
		usage(e.stdout)
		return exitOK
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		usage(e.stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(args[1:], e)
		}
	}
	fmt.Fprintf(e.stderr, "kessai: unknown command %q; run kessai with no arguments for the list\n", name)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "kessai: payment rules of Japanese mobile carriers (IIJmio first)")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage:")
	for _, c := range commands() {
		fmt.Fprintln(w, strings.TrimRight(fmt.Sprintf("  kessai %-9s %s", c.name, c.args), " "))
		fmt.Fprintf(w, "            %s\n", c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Exit status: 0 yes, 1 no (name mismatch, rejected), 2 bad input or usage.")
}

// newFlags returns a flag set for a subcommand that reports to e.stderr and
// returns errors instead of exiting.
func newFlags(name, synopsis string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet("kessai "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: kessai %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args into fs. It returns false, and the exit status to
// use, when parsing stopped: -h asked for help (status 0) or a flag was bad
// (status 2).
func parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	switch err := fs.Parse(args); {
	case err == flag.ErrHelp:
		return exitOK, false
	case err != nil:
		return exitUsage, false
	}
	return 0, true
}

// fail prints a one-line error for command name and returns exitUsage. Callers
// pass errors from the library, whose text never contains a card number.
func fail(e env, name string, err error) int {
	fmt.Fprintf(e.stderr, "kessai %s: %v\n", name, err)
	return exitUsage
}

// minPANDigits is the fewest digits a card number has (brand.MinDigits).
const minPANDigits = brand.MinDigits

// maskPANs returns b with every run of minPANDigits or more digits masked
// as the library masks a card number: the first 6 and the last 4 digits
// kept, the others replaced by '*'. Digits may be ASCII or full width, with
// single spaces, ideographic spaces or hyphens between them, as people type
// card numbers. Nothing kessai prints legitimately has such a run (dates
// are at most 8 digits), so this only ever hides a number that was typed
// where it did not belong and echoed back.
func maskPANs(b []byte) []byte {
	type digit struct{ at, size int }
	var run []digit
	out := b
	copied := false
	flush := func() {
		if len(run) >= minPANDigits {
			if !copied {
				out = bytes.Clone(b)
				copied = true
			}
			for _, d := range run[6 : len(run)-4] {
				// A full-width digit becomes '＊': the same three bytes and
				// the same two columns.
				if d.size == 1 {
					out[d.at] = '*'
				} else {
					copy(out[d.at:], "＊")
				}
			}
		}
		run = run[:0]
	}
	sep := false // the previous rune was a separator inside a run
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			run = append(run, digit{i, size})
			sep = false
		case (r == ' ' || r == '-' || r == '　' || r == '－') && len(run) > 0 && !sep:
			sep = true
		default:
			flush()
			sep = false
		}
		i += size
	}
	flush()
	return out
}

// columns is the number of terminal columns s takes: East Asian wide and
// full-width characters (UAX #11, golang.org/x/text/width) take two, every
// other character one.
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// padColumns pads s with spaces to n terminal columns (see [columns]).
func padColumns(s string, n int) string {
	if w := columns(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
