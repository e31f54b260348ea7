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
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

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

func run(args []string, e env) int {
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
