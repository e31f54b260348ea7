package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"

	"github.com/kessai-jp/kessai/internal/pan"
)

// This file is kessai's one output contract (written out for users in
// [contractText] and the README):
//
//   - Every line a person reads is in one language: Japanese by default,
//     English with -lang en. Names, kana and quoted input stay as typed.
//   - With -json, standard output holds exactly one JSON object for every
//     outcome, errors included ({"command": …, "error": {"code", "field",
//     "message": {"ja", "en"}}}), and standard error stays empty.
//   - Exit status 0 is yes, 1 is no or not fully yes, 2 is bad input or
//     usage.
//   - Everything written passes through [guard] on its way out: card numbers
//     masked by internal/pan, then invisible characters escaped.

// lang is the language of what a person reads.
type lang uint8

const (
	ja lang = iota // Japanese, the default
	en             // English, with -lang en
)

// String returns "ja" or "en".
func (l lang) String() string {
	if l == en {
		return "en"
	}
	return "ja"
}

// tag is the language tag the library's Label, Message and Remedy take.
func (l lang) tag() language.Tag {
	if l == en {
		return language.English
	}
	return language.Japanese
}

// parseLang accepts ja or en (and tags based on them, like ja-JP).
func parseLang(s string) (lang, bool) {
	switch s {
	case "ja", "jp", "ja-JP":
		return ja, true
	case "en", "en-US", "en-GB":
		return en, true
	}
	if len(s) > 16 {
		return ja, false
	}
	if t, err := language.Parse(s); err == nil {
		switch b, _ := t.Base(); b.String() {
		case "ja":
			return ja, true
		case "en":
			return en, true
		}
	}
	return ja, false
}

// msg is one text in both languages.
type msg struct {
	Ja string `json:"ja"`
	En string `json:"en"`
}

// in returns the text in language l.
func (m msg) in(l lang) string {
	if l == en {
		return m.En
	}
	return m.Ja
}

// tr builds a msg from its two texts.
func tr(jaText, enText string) msg { return msg{jaText, enText} }

// trf builds a msg from two formats taking the same arguments.
func trf(jaFormat, enFormat string, args ...any) msg {
	return msg{fmt.Sprintf(jaFormat, args...), fmt.Sprintf(enFormat, args...)}
}

// prefix returns m with p put before it in each language.
func (m msg) prefix(p msg) msg { return msg{p.Ja + m.Ja, p.En + m.En} }

// cliError is every error kessai reports: a stable code a script can test,
// the field or flag it is about (empty when none), and the message in both
// languages. Library errors become cliErrors in [explain].
type cliError struct {
	Code    string `json:"code"`
	Field   string `json:"field,omitempty"`
	Message msg    `json:"message"`
}

// Error returns the English message.
func (e *cliError) Error() string { return e.Message.En }

// errorReport is the one JSON object printed for an error with -json.
type errorReport struct {
	Command string    `json:"command"`
	Error   *cliError `json:"error"`
}

// cmd is a running subcommand: its streams, its name, and the output
// choices every subcommand takes (-lang, -json).
type cmd struct {
	env
	name string
	lang lang
	json bool
}

// fail reports e and returns exitUsage: with -json as the one object on
// standard output, otherwise as one line on standard error.
func (c *cmd) fail(e *cliError) int {
	e.Field = safeField(e.Field)
	if c.json {
		c.writeJSON(errorReport{Command: c.name, Error: e})
	} else {
		fmt.Fprintf(c.stderr, "%s: %s\n", strings.TrimSpace("kessai "+c.name), e.Message.in(c.lang))
	}
	return exitUsage
}

// failErr reports a library error through the catalogue ([explain]).
func (c *cmd) failErr(err error) int { return c.fail(explain(err)) }

// failFlag reports a library error about the value of flag name.
func (c *cmd) failFlag(name string, err error) int { return c.fail(onFlag(name, explain(err))) }

// onFlag puts flag name on e: its field, and "-name: " before its message.
func onFlag(name string, e *cliError) *cliError {
	if e.Field != "" { // the library's name for the field gives way to the flag's
		p := e.Field + ": "
		e.Message = msg{strings.TrimPrefix(e.Message.Ja, p), strings.TrimPrefix(e.Message.En, p)}
	}
	e.Field = name
	e.Message = e.Message.prefix(tr("-"+name+": ", "-"+name+": "))
	return e
}

// writeJSON prints v as indented JSON. An encoding error is a bug in kessai;
// it is reported as the one object instead.
func (c *cmd) writeJSON(v any) {
	if err := writeJSON(c.stdout, v); err != nil {
		writeJSON(c.stdout, errorReport{Command: c.name, Error: &cliError{Code: codeInternal,
			Message: tr("内部エラー: JSON を書けません", "internal error: cannot write JSON")}})
	}
}

// writeJSON prints v as indented JSON, without HTML escaping. Encoding to a
// buffer first means a failure prints nothing.
func writeJSON(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// safeField returns a field name as it may be printed: it may come from
// the command line (an unknown flag's name), so it is masked, cut to
// maxEcho characters and stripped of hidden characters like any echo.
func safeField(s string) string {
	if s == "" {
		return ""
	}
	q := quote(s, en)
	return q[1 : len(q)-1]
}

// maxEcho is the most characters of a bad value an error quotes.
const maxEcho = 40

// quote returns user text as kessai quotes it in a message: card numbers
// masked first (internal/pan, on the whole value before anything else
// touches it), cut to maxEcho characters, control and invisible format
// characters escaped (see [hidden]), inside 「」 in Japanese and "" in
// English. It never uses %q, whose escapes of U+3000 or U+00A0 would split
// a number's digits before masking could see them.
func quote(s string, l lang) string {
	s = pan.Mask(s)
	if utf8.RuneCountInString(s) > maxEcho {
		n := 0
		for i := range s {
			if n == maxEcho {
				s = s[:i] + "…"
				break
			}
			n++
		}
	}
	b := escape([]byte(s), func(r rune) bool { return hidden(r) || r == '\n' || r == '\t' })
	if l == en {
		return `"` + string(b) + `"`
	}
	return "「" + string(b) + "」"
}

// quoted returns quote(s) in both languages.
func quoted(s string) msg { return msg{quote(s, ja), quote(s, en)} }

// guard returns b as kessai may print it: every card number masked by
// internal/pan (which also reads JSON's \uXXXX and \t escapes, so numbers
// inside encoded strings are found), then every hidden character escaped.
// [run] passes all output through it.
//
// Masking is done line by line: a newline kessai prints ends a run, so a
// date at the end of one line and a date at the start of the next are not
// taken for a card number. User text never brings a newline of its own:
// [quote] escapes it, JSON escapes it, and the library refuses control
// characters in the fields it prints.
func guard(b []byte) []byte {
	var out []byte
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line = b[:i+1]
		}
		b = b[len(line):]
		out = append(out, pan.MaskBytes(line)...)
	}
	return escapeHidden(out)
}

// hidden reports whether r must not be printed raw: control characters
// other than tab and newline (a terminal obeys them), and format characters
// (Unicode Cf: the bidirectional controls U+202A–U+202E, U+2066–U+2069,
// U+200E, U+200F, U+061C, which make a terminal show text reversed, and the
// zero-width characters that hide text).
func hidden(r rune) bool {
	if r == '\n' || r == '\t' {
		return false
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

// escapeHidden writes each hidden character of b as a \uXXXX escape (a
// surrogate pair beyond U+FFFF), which reads the same in text and is the
// same character in a JSON string. Bytes that are not UTF-8 become U+FFFD.
func escapeHidden(b []byte) []byte { return escape(b, hidden) }

// escape writes each character of b for which esc is true as a \uXXXX
// escape; see [escapeHidden].
func escape(b []byte, esc func(rune) bool) []byte {
	i := 0
	for ; i < len(b); i++ {
		if c := b[i]; c >= utf8.RuneSelf || c < ' ' || c == 0x7f {
			break
		}
	}
	if i == len(b) {
		return b
	}
	var out []byte
	start := 0
	for i < len(b) {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			out = append(out, b[start:i]...)
			out = append(out, "\uFFFD"...)
			i++
			start = i
			continue
		}
		if esc(r) {
			out = append(out, b[start:i]...)
			out = appendEscape(out, r)
			start = i + size
		}
		i += size
	}
	if out == nil {
		return b
	}
	return append(out, b[start:]...)
}

// appendEscape appends r as \uXXXX, or a surrogate pair beyond the BMP.
func appendEscape(dst []byte, r rune) []byte {
	if r > 0xffff {
		r -= 0x10000
		dst = appendEscape(dst, 0xd800+(r>>10))
		return appendEscape(dst, 0xdc00+(r&0x3ff))
	}
	s := strconv.FormatInt(int64(r), 16)
	dst = append(dst, `\u`...)
	dst = append(dst, strings.Repeat("0", 4-len(s))...)
	return append(dst, s...)
}

// sourceText returns a source on one line, as the tool prints it: the
// seed article as 「title」 (2025), a page as its address with its date; ""
// for the zero Source (no source: an assumption, which the caller says).
func sourceText(s billing.Source) string {
	switch {
	case s == billing.Source{}:
		return ""
	case s.URL != "":
		return s.URL + " (" + s.AsOf + ")"
	}
	return "「" + s.Title + "」 (" + s.AsOf + ")"
}
