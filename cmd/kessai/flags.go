package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/width"

	category "github.com/kessai-jp/kessai/internal/msg"
)

// flagHelp is what help prints for one flag: the placeholder of its value
// (empty for a boolean) and its meaning in both languages.
type flagHelp struct {
	name  string
	arg   string
	usage msg
	def   string // the default shown, empty for none
}

// flagSet is a subcommand's flags. The flag package parses; kessai writes
// every message itself, in the chosen language, and never lets the flag
// package print a value that was typed.
type flagSet struct {
	fs    *flag.FlagSet
	c     *cmd
	spec  *command
	flags []flagHelp
	json  *bool
	lang  *string
}

// newFlagSet returns the flag set of subcommand c, with -json and -lang.
func newFlagSet(c *cmd, spec *command) *flagSet {
	fs := flag.NewFlagSet("kessai "+spec.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	f := &flagSet{fs: fs, c: c, spec: spec}
	f.json = f.Bool("json", tr("結果を JSON オブジェクト 1 個で標準出力に書く（エラーも）", "print one JSON object on standard output (errors too)"))
	f.lang = f.String("lang", "", "ja|en", tr("人が読む文の言語: ja（既定）または en", "language of what a person reads: ja (the default) or en"))
	return f
}

// String defines a string flag.
func (f *flagSet) String(name, def, arg string, usage msg) *string {
	f.flags = append(f.flags, flagHelp{name, arg, usage, def})
	return f.fs.String(name, def, usage.En)
}

// Bool defines a boolean flag.
func (f *flagSet) Bool(name string, usage msg) *bool {
	f.flags = append(f.flags, flagHelp{name, "", usage, ""})
	return f.fs.Bool(name, false, usage.En)
}

// Int defines an integer flag whose value may be typed in full-width
// digits; a value outside lo..hi is refused while parsing.
func (f *flagSet) Int(name string, def, lo, hi int, arg string, usage msg) *int {
	f.flags = append(f.flags, flagHelp{name, arg, usage, strconv.Itoa(def)})
	v := &intValue{n: def, lo: lo, hi: hi}
	f.fs.Var(v, name, usage.En)
	return &v.n
}

// intValue is an integer flag: ASCII or full-width digits, a sign allowed,
// within lo..hi.
type intValue struct {
	n, lo, hi int
	fault     category.Category // why the last value was refused, for the error's code
}

// errIntFlag is returned by intValue.Set; the message is written by
// [flagSet.parse] from the flag's range, never from the value.
var errIntFlag = errors.New("not a whole number in range")

func (v *intValue) String() string { return strconv.Itoa(v.n) }

func (v *intValue) Set(s string) error {
	if len(s) > 8*len("０") {
		v.fault = category.TooLong
		return errIntFlag
	}
	n, err := strconv.Atoi(strings.TrimSpace(width.Fold.String(s)))
	switch {
	case errors.Is(err, strconv.ErrRange), err == nil && (n < v.lo || n > v.hi):
		v.fault = category.Range // -lead 99: a whole number, outside the flag's range
		return errIntFlag
	case err != nil:
		v.fault = category.Syntax
		return errIntFlag
	}
	v.n = n
	return nil
}

// parse parses args. It returns false and the exit status when the command
// must stop: help was asked for (printed to standard output, status 0) or
// a flag was bad (reported, status 2). The output choices (-json, -lang)
// were read before parsing by [scanOutput], so even a bad flag is reported
// in the chosen language and form.
func (f *flagSet) parse(args []string) (code int, ok bool) {
	err := f.fs.Parse(args)
	if err == flag.ErrHelp {
		f.c.help(f.spec)
		return exitOK, false
	}
	if err != nil {
		return f.c.fail(f.flagError(err)), false
	}
	if _, ok := parseLang(*f.lang); !ok && *f.lang != "" {
		return f.c.fail(badLang(*f.lang)), false
	}
	return 0, true
}

// flagError turns an error of the flag package into a cliError. The flag
// package's messages have fixed shapes (flag.FlagSet.parseOne); a value
// typed is never copied from them.
func (f *flagSet) flagError(err error) *cliError {
	s := err.Error()
	cut := func(prefix string) (string, bool) { return strings.CutPrefix(s, prefix) }
	if name, ok := cut("flag provided but not defined: -"); ok {
		return &cliError{Code: codeUnknownFlag, Field: name,
			Message: tr("不明なフラグです: ", "unknown flag: ").append(quoted("-" + name)).
				append(trf("（%s -h で一覧）", " (%s -h lists them)", strings.TrimSpace("kessai "+f.spec.name)))}
	}
	if name, ok := cut("flag needs an argument: -"); ok {
		return &cliError{Code: codeMissingValue, Field: name,
			Message: trf("-%s に値がありません", "-%s needs a value", name)}
	}
	if rest, ok := cut("bad flag syntax: "); ok {
		return &cliError{Code: codeBadFlag, Message: tr("フラグの書き方が正しくありません: ", "bad flag syntax: ").append(quoted(rest))}
	}
	// "invalid value %q for flag -%s: %v" and "invalid boolean value %q for -%s: %v".
	name := ""
	if i := strings.LastIndex(s, " for flag -"); i >= 0 {
		name = s[i+len(" for flag -"):]
	} else if i := strings.LastIndex(s, " for -"); i >= 0 {
		name = s[i+len(" for -"):]
	}
	name, _, _ = strings.Cut(name, ":")
	if fl := f.fs.Lookup(name); fl != nil {
		if v, ok := fl.Value.(*intValue); ok {
			return &cliError{Code: v.fault.Token(), Field: name,
				Message: trf("-%s は %d から %d までの整数で指定してください", "-%s takes a whole number from %d to %d", name, v.lo, v.hi)}
		}
		return &cliError{Code: category.Syntax.Token(), Field: name,
			Message: trf("-%s の値が正しくありません（真偽値のフラグは -%s または -%s=false）", "bad value for -%s (a boolean flag is -%s or -%s=false)", name, name, name)}
	}
	return &cliError{Code: codeBadFlag, Message: tr("フラグを読めません", "cannot read the flags")}
}

// append returns m with n after it in each language.
func (m msg) append(n msg) msg { return msg{m.Ja + n.Ja, m.En + n.En} }

// badLang is the error for an unknown -lang value.
func badLang(v string) *cliError {
	return &cliError{Code: category.Unknown.Token(), Field: "lang",
		Message: tr("-lang は ja または en です: ", "-lang is ja or en: ").append(quoted(v))}
}

// visited reports whether flag name was set on the command line.
func (f *flagSet) visited(name string) bool {
	set := false
	f.fs.Visit(func(fl *flag.Flag) { set = set || fl.Name == name })
	return set
}

// help prints the help of command spec to standard output: with -json as
// one object, otherwise as text.
func (c *cmd) help(spec *command) {
	var b strings.Builder
	writeHelp(&b, spec, c.lang)
	if c.json {
		c.writeJSON(struct {
			Command string `json:"command"`
			Help    string `json:"help"`
		}{spec.name, b.String()})
		return
	}
	io.WriteString(c.stdout, b.String())
}

// writeHelp writes a command's help: synopsis, description, flags, the
// exit statuses and the output contract.
func writeHelp(w io.Writer, spec *command, l lang) {
	t := func(m msg) string { return m.in(l) }
	fmt.Fprintf(w, "%s kessai %s\n", t(tr("使い方:", "usage:")), strings.TrimSpace(spec.name+" "+spec.args))
	fmt.Fprintf(w, "\n%s\n", t(spec.about))
	// The flags, from a throw-away set defined as the command defines them.
	c := &cmd{name: spec.name, lang: l}
	fs := newFlagSet(c, spec)
	if spec.define != nil {
		spec.define(fs)
	}
	fmt.Fprintf(w, "\n%s\n", t(tr("フラグ:", "flags:")))
	for _, fl := range fs.flags {
		head := "  -" + fl.name
		if fl.arg != "" {
			head += " " + fl.arg
		}
		fmt.Fprintln(w, head)
		line := t(fl.usage)
		if fl.def != "" {
			line += t(trf("（既定値 %s）", " (default %s)", fl.def))
		}
		fmt.Fprintf(w, "      %s\n", line)
	}
	if spec.more.Ja != "" {
		fmt.Fprintf(w, "\n%s\n", t(spec.more))
	}
	fmt.Fprintf(w, "\n%s\n", t(spec.exits))
	fmt.Fprintf(w, "%s\n", t(contractText))
}

// contractText is the output contract, printed in every help.
var contractText = tr(
	"出力: 既定は日本語（-lang en で英語）。-json では結果もエラーも JSON オブジェクト 1 個だけを標準出力に書き、標準エラーには何も書かない。\n"+
		"エラーの JSON: {\"command\": …, \"error\": {\"code\": 固定のコード, \"field\": フラグや項目, \"message\": {\"ja\": …, \"en\": …}}}。\n"+
		"エラーのコード: 入力の誤りはその種類（empty、too-long、syntax、range、text、unknown、length、checksum、card-number、order、conflict）、"+
		"使い方の誤りは unknown-command、unknown-flag、bad-flag、missing-flag、missing-argument、missing-value、unexpected-argument、"+
		"それ以外は io（読めない・配信できない）、internal（kessai の不具合）。\n"+
		"カード番号は、どこに入力されても先頭 6 桁と末尾 4 桁しか表示しない。",
	"Output: Japanese by default (English with -lang en). With -json, one JSON object on standard output for every outcome, errors included; nothing on standard error.\n"+
		"An error in JSON: {\"command\": …, \"error\": {\"code\": a stable code, \"field\": the flag or field, \"message\": {\"ja\": …, \"en\": …}}}.\n"+
		"Error codes: bad input gives its category (empty, too-long, syntax, range, text, unknown, length, checksum, card-number, order, conflict); "+
		"bad usage unknown-command, unknown-flag, bad-flag, missing-flag, missing-argument, missing-value, unexpected-argument; "+
		"anything else io (cannot read, cannot serve) or internal (a bug in kessai).\n"+
		"A card number, wherever it is typed, is shown with at most its first 6 and last 4 digits.")

// scanOutput reads -json and -lang from args before the flags are parsed,
// so that an error in any flag is already reported in the chosen form. It
// stops at "--" like the flag package. An unknown -lang value is reported
// later by parse; here it leaves Japanese.
func scanOutput(args []string) (l lang, asJSON bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") {
			continue
		}
		switch name {
		case "json":
			if !hasValue {
				asJSON = true
			} else if v, err := strconv.ParseBool(value); err == nil {
				asJSON = v
			} // a bad value leaves the choice made so far; parse reports it

		case "lang":
			if !hasValue && i+1 < len(args) {
				value = args[i+1]
				i++
			}
			if v, ok := parseLang(value); ok {
				l = v
			}
		}
	}
	return l, asJSON
}
