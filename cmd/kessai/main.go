// Command kessai answers the payment-rule questions of the kessai library from
// the command line: card numbers, holder names, which payment methods a carrier
// accepts, what follows a failed charge, and how family lines are billed.
//
// Usage:
//
//	kessai [-json] [-lang ja|en] <command> [flags] [arguments]
//
// Run kessai with no arguments for the list of commands, and "kessai help
// <command>" or "kessai <command> -h" for a command's flags. Every command
// speaks Japanese by default and English with -lang en, and with -json
// prints exactly one JSON object on standard output, errors included; both
// flags may come before the command or among its own. Exit status: 0 yes,
// 1 no or not fully yes, 2 bad input or usage. A card number is never
// echoed, not even in an error (see out.go for the contract).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/width"
)

// env is what a command may touch: its streams. Commands never read the
// environment or open files, so the tests drive them with buffers; web,
// which builds and serves the browser demo, is the one exception.
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
	summary msg
	about   msg              // what help says the command does
	more    msg              // more help after the flags, if any
	exits   msg              // the command's exit statuses
	define  func(f *flagSet) // defines the command's flags, for help
	run     func(c *cmd, args []string) int
}

// commands lists every subcommand, in the order usage prints them. It is a
// function, not a variable, because the demo runs the other commands through
// run, which reads this list.
func commands() []command {
	return []command{
		demoCommand(),
		cardCommand(),
		nameCommand(),
		checkCommand(),
		compareCommand(),
		timelineCommand(),
		holidaysCommand(),
		deadlineCommand(),
		familyCommand(),
	}
}

func main() {
	// web is a server, not a question: see web.go.
	if name, args, err := splitCommand(newFlagSet(&cmd{}, &command{}), os.Args[1:]); err == nil && name == "web" {
		os.Exit(runWebMain(args))
	}
	os.Exit(run(os.Args[1:], env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}))
}

// run runs the command args name and returns its exit status. Whatever the
// command prints goes through [guard] on its way out, so no output of
// kessai shows a card number, whatever argument, flag or input field it was
// typed into, nor a raw bidirectional control.
func run(args []string, e env) int {
	var out, errOut bytes.Buffer
	code := dispatch(args, env{stdin: e.stdin, stdout: &out, stderr: &errOut})
	e.stdout.Write(guard(out.Bytes()))
	e.stderr.Write(guard(errOut.Bytes()))
	return code
}

func dispatch(args []string, e env) int {
	l, asJSON := scanOutput(args)
	top := &cmd{env: e, name: "", lang: l, json: asJSON}
	// kessai, kessai -h, kessai -lang en, kessai -json: the usage. The
	// output flags may come before the command too (kessai -lang en card
	// …): they are checked here and passed on to it.
	name, args, err := splitCommand(newFlagSet(top, &command{}), args)
	switch {
	case err == flag.ErrHelp || err == nil && name == "":
		top.usage()
		return exitOK
	case err != nil:
		return top.fail(explain(err))
	}
	l, asJSON = scanOutput(args) // the same choices, read as the command reads them
	if name == "help" {
		// help [flags] [COMMAND] [flags]: the output flags are checked on
		// either side of the command's name, as for any command.
		top.name, top.lang, top.json = "help", l, asJSON
		topic, rest, err := splitCommand(newFlagSet(top, &command{}), args)
		if err == nil && topic != "" {
			f := newFlagSet(top, &command{})
			if perr := f.fs.Parse(rest); perr != nil && perr != flag.ErrHelp {
				err = f.flagError(perr)
			} else if _, ok := parseLang(*f.lang); !ok && *f.lang != "" {
				err = badLang(*f.lang)
			} else if f.fs.NArg() > 0 {
				err = &cliError{Code: codeUnexpectedArgument, Field: "args",
					Message: tr("help に渡せるコマンドは 1 つです: ", "help takes one command: ").append(quoted(f.fs.Arg(0)))}
			}
		}
		switch {
		case err == flag.ErrHelp || err == nil && topic == "":
			top.usage()
			return exitOK
		case err != nil:
			return top.fail(explain(err))
		}
		for _, c := range helpCommands() {
			if c.name == topic {
				sub := &cmd{env: e, name: c.name, lang: l, json: asJSON}
				sub.help(&c)
				return exitOK
			}
		}
		return top.fail(unknownCommand(topic))
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(&cmd{env: e, name: c.name, lang: l, json: asJSON}, args)
		}
	}
	return top.fail(unknownCommand(name))
}

// splitCommand reads the output flags (-json, -lang, -h) that come before
// the command and returns the command's name and its arguments, those
// flags first, so the command parses and applies them as its own. name is
// empty when no command follows the flags. err is flag.ErrHelp for -h, or
// a *cliError for a flag that is not one of them or a bad value.
func splitCommand(f *flagSet, args []string) (name string, rest []string, err error) {
	if err := f.fs.Parse(args); err == flag.ErrHelp {
		return "", nil, err
	} else if err != nil {
		return "", nil, f.flagError(err)
	}
	if _, ok := parseLang(*f.lang); !ok && *f.lang != "" {
		return "", nil, badLang(*f.lang)
	}
	if f.fs.NArg() == 0 {
		return "", nil, nil
	}
	global := args[:len(args)-f.fs.NArg()]
	if n := len(global); n > 0 && global[n-1] == "--" {
		global = global[:n-1]
	}
	return f.fs.Arg(0), append(slices.Clip(global), f.fs.Args()[1:]...), nil
}

func unknownCommand(name string) *cliError {
	return &cliError{Code: codeUnknownCommand, Field: "command",
		Message: tr("不明なコマンドです: ", "unknown command: ").append(quoted(name)).
			append(tr("（kessai だけで一覧）", " (run kessai with no arguments for the list)"))}
}

// usage prints the list of commands and the output contract.
func (c *cmd) usage() {
	var b strings.Builder
	writeUsage(&b, c.lang)
	if c.json {
		c.writeJSON(struct {
			Usage string `json:"usage"`
		}{b.String()})
		return
	}
	io.WriteString(c.stdout, b.String())
}

func writeUsage(w io.Writer, l lang) {
	fmt.Fprintln(w, tr("kessai: 日本の携帯電話会社（まず IIJmio）の支払いルール", "kessai: payment rules of Japanese mobile carriers (IIJmio first)").in(l))
	fmt.Fprintln(w)
	fmt.Fprintln(w, tr("使い方:", "Usage:").in(l))
	for _, c := range helpCommands() {
		fmt.Fprintln(w, strings.TrimRight(fmt.Sprintf("  kessai %-9s %s", c.name, c.args), " "))
		fmt.Fprintf(w, "            %s\n", c.summary.in(l))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, tr("kessai help COMMAND と kessai COMMAND -h は同じヘルプを標準出力に書く。すべてのコマンドが -lang ja|en と -json を受け付ける。"+
		"この二つはコマンドの前に置いてもよい（kessai -lang en card …）。",
		"kessai help COMMAND and kessai COMMAND -h print the same help to standard output. Every command takes -lang ja|en and -json, "+
			"after its name or before it (kessai -lang en card …).").in(l))
	fmt.Fprintln(w, exitText.in(l))
	fmt.Fprintln(w, contractText.in(l))
}

// exitText is the exit-status contract every command keeps.
var exitText = tr(
	"終了ステータス: 0 は「はい」、1 は「いいえ」または完全な「はい」ではない"+
		"（name: 不一致、check: 不可・条件付き・不確実、family: 二つの請求方法の一方が使えない）、2 は入力または使い方の誤り。",
	"Exit status: 0 yes; 1 no or not fully yes "+
		"(name: no match; check: rejected, conditional or uncertain; family: one of the two modes does not apply); 2 bad input or usage.")

// helpExits builds a command's exit-status text.
func helpExits(jaText, enText string) msg {
	return tr("終了ステータス: "+jaText, "Exit status: "+enText)
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
