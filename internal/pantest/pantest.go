// Package pantest is the shared harness of kessai's card-number property
// tests: Luhn-valid numbers of every length in every form people type or
// paste them, and every way a Go program prints a value. It is imported by
// tests only.
//
// The two properties the packages' tests check with it:
//
//  1. A card number given to a function, in any form, never appears in any
//     output with more than its first 6 and last 4 digits: no run of digits
//     in the output, as internal/pan reads runs (through separators and
//     escapes), read again after undoing quoting, has more than 10 digits
//     ([Check]; runs that the same call prints without a number, such as
//     two dates side by side, are the call's own and not counted).
//  2. Two numbers that differ only in their hidden middle digits ([Pair])
//     give byte-identical output on every printing path ([Outputs]),
//     pointer addresses aside ([StripAddrs]).
package pantest

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kessai-jp/kessai/internal/pan"
)

// MaxShown is the longest run of a card number's digits an output may
// show: the first 6 and the last 4, never side by side more than that.
const MaxShown = pan.KeepFirst + pan.KeepLast

// Pair is two Luhn-valid numbers of the same length and brand that differ
// only in digits after the first 6 and before the last 4.
type Pair struct {
	A, B string
	// Amex is true for a 15-digit American Express number, typed 4-6-5.
	Amex bool
}

// Pairs returns a Pair for every length from 13 to 19 digits, each in a
// range of a brand that issues that length (Visa 13, 16 and 19; Diners
// Club 14; American Express 15; JCB 17 and 18), so that brand.Parse accepts
// both numbers.
func Pairs() []Pair {
	var out []Pair
	for _, p := range []struct {
		prefix string
		n      int
	}{
		{"4929", 13}, {"3612", 14}, {"3786", 15}, {"4539", 16}, {"3530", 17}, {"3566", 18}, {"4716", 19},
	} {
		a := luhnComplete(p.prefix, p.n, "73581926047358192604")
		b := luhnComplete(p.prefix, p.n, "26047358192604735819")
		// b takes a's first 6 and last 4 digits; its middle is fixed up
		// to keep the check digit valid.
		b = fixMiddle(a[:6] + b[6:p.n-4] + a[p.n-4:])
		out = append(out, Pair{A: a, B: b, Amex: p.n == 15})
	}
	return out
}

// luhnComplete fills prefix to n-1 digits from fill and appends the check
// digit.
func luhnComplete(prefix string, n int, fill string) string {
	body := prefix + fill[:n-1-len(prefix)]
	for c := byte('0'); c <= '9'; c++ {
		if luhn(body + string(c)) {
			return body + string(c)
		}
	}
	panic("pantest: no check digit")
}

// fixMiddle changes the first hidden digit of s so that its Luhn check
// passes, keeping the first 6 and the last 4.
func fixMiddle(s string) string {
	for c := byte('0'); c <= '9'; c++ {
		t := s[:6] + string(c) + s[7:]
		if luhn(t) {
			return t
		}
	}
	panic("pantest: cannot fix " + s[:6])
}

func luhn(s string) bool {
	sum := 0
	for i := range len(s) {
		d := int(s[len(s)-1-i] - '0')
		if i%2 == 1 {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// Separators are the characters people type or paste between digit groups:
// one of each kind internal/pan and brand.Parse read through.
var Separators = []string{
	" ", "  ", "\u3000", "\u00a0", "\u2009", // spaces: ASCII, double, ideographic, non-breaking, thin
	"-", "－", "ー", "\u2013", "\u2014", "\u2212", // hyphen, full-width hyphen-minus, ー, en and em dash, minus sign
	".", "/", // dots and slashes
}

// Forms returns digits (ASCII, as from [Pairs]) in every form: plain, in
// full width, grouped by each separator (4-6-5 for American Express, fours
// otherwise) in ASCII and in full-width digits, inside longer text, behind
// an escape's letters, and in digits with a full stop.
func Forms(digits string, amex bool) []string {
	wide := toWide(digits)
	out := []string{digits, wide}
	for _, sep := range Separators {
		out = append(out, group(digits, sep, amex), group(wide, sep, amex))
	}
	g := group(digits, " ", amex)
	out = append(out, "card "+g+" please", "カード番号は"+group(wide, "ー", amex)+"です", "x"+digits+"x")
	// Behind the letters of an escape whose hexadecimal digits would
	// swallow the number's first (internal/pan reads \U, \u and \x
	// escapes), and in the digits with a full stop (⒈ … ⒐, and the
	// circled ⓪ of the same width) that a reader sees as digits.
	out = append(out, `\U`+digits, `\u`+digits, `x\x`+g, fullStop(digits))
	return out
}

// fullStop writes s (ASCII digits) in the digits with a full stop, ⒈ to
// ⒐ for 1 to 9, and ⓪ for 0: the digit zero with a full stop (🄀) takes
// four bytes in UTF-8, the others three, and a field clipped for its
// length (internal/bound.Clip: "…(+N bytes)") would tell how many zeros
// it hid.
func fullStop(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c == '0' {
			b.WriteRune('⓪')
		} else {
			b.WriteRune(rune(c-'1') + '\u2488')
		}
	}
	return b.String()
}

func toWide(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		b.WriteRune(rune(c-'0') + '０')
	}
	return b.String()
}

// group splits s (one rune a digit) into 4-6-5 or fours joined by sep.
func group(s, sep string, amex bool) string {
	rs := []rune(s)
	sizes := []int{4, 6, 5}
	if !amex {
		sizes = nil
		for n := len(rs); n > 0; n -= 4 {
			sizes = append(sizes, min(4, n))
		}
	}
	var parts []string
	i := 0
	for _, n := range sizes {
		parts = append(parts, string(rs[i:i+n]))
		i += n
	}
	return strings.Join(parts, sep)
}

// Caller is a caller's struct that holds a value in an unexported field,
// where fmt cannot call its String, GoString or Format methods and
// encoders do not look. Its exported ID gives json, xml and gob something
// to write.
type Caller struct {
	ID    int
	value any
}

// Outputs returns v printed every way: the fmt verbs %v, %+v, %#v, %s and
// %q, encoding/json, encoding/xml, encoding/gob, log/slog's text and
// JSON handlers, and, for an error, its Error; then the same for a
// [Caller] holding v in an unexported field (keys prefixed "caller ").
// An encoder's error is recorded as its output.
func Outputs(v any) map[string]string {
	out := map[string]string{}
	if d, ok := v.(Direct); ok {
		printAll(out, "", d.V)
		return out
	}
	printAll(out, "", v)
	printAll(out, "caller ", Caller{ID: 1, value: v})
	return out
}

// Direct marks a value that [Outputs] prints only itself, not inside a
// [Caller]: a value that holds the caller's own free text, which fmt
// prints as it is when it cannot call the value's methods.
type Direct struct{ V any }

func printAll(out map[string]string, prefix string, v any) {
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
		out[prefix+verb] = fmt.Sprintf(verb, v)
	}
	if err, ok := v.(error); ok && err != nil {
		out[prefix+"Error"] = err.Error()
	}
	out[prefix+"json"] = result(json.Marshal(v))
	out[prefix+"xml"] = result(xml.Marshal(v))
	var g bytes.Buffer
	if err := gob.NewEncoder(&g).Encode(v); err != nil {
		out[prefix+"gob"] = "error: " + err.Error()
	} else {
		out[prefix+"gob"] = g.String()
	}
	noTime := &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}
	var t, j bytes.Buffer
	slog.New(slog.NewTextHandler(&t, noTime)).Info("m", "v", v)
	slog.New(slog.NewJSONHandler(&j, noTime)).Info("m", "v", v)
	out[prefix+"slog text"], out[prefix+"slog json"] = t.String(), j.String()
}

func result(b []byte, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

// Shown returns how many digits of a card number s can show side by side:
// the longest run of digits as internal/pan reads runs, in s and in s with
// its escapes undone (Go's and JSON's backslash escapes, XML's character
// references), so that quoting cannot hide a run.
func Shown(s string) int {
	return max(pan.LongestRun(s), pan.LongestRun(Unescape(s)))
}

var xmlRef = regexp.MustCompile(`&#(x[0-9A-Fa-f]+|[0-9]+);`)

// Unescape undoes backslash escapes (\t, \xNN, \uXXXX, \UXXXXXXXX …) and
// XML character references in s, leaving anything else as it is.
func Unescape(s string) string {
	s = xmlRef.ReplaceAllStringFunc(s, func(m string) string {
		num := m[2 : len(m)-1]
		base := 10
		if num[0] == 'x' {
			num, base = num[1:], 16
		}
		r, err := strconv.ParseInt(num, base, 32)
		if err != nil || !utf8.ValidRune(rune(r)) {
			return m
		}
		return string(rune(r))
	})
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		if s[0] == '\\' {
			if r, _, tail, err := strconv.UnquoteChar(s, 0); err == nil {
				b.WriteRune(r)
				s = tail
				continue
			}
		}
		b.WriteByte(s[0])
		s = s[1:]
	}
	return b.String()
}

var addr = regexp.MustCompile(`0x[0-9a-f]{6,}`)

// StripAddrs replaces pointer addresses in s, which differ from run to run.
func StripAddrs(s string) string { return addr.ReplaceAllString(s, "0xADDR") }

// Check runs property 1 on outs, the outputs of one call given a number:
// it returns a description of every output that shows more than MaxShown
// digits side by side, pointer addresses aside. base holds the outputs of
// the same call given text without a number: a run of digits that is
// there too (two dates side by side in a printed invoice) is the call's
// own, not the number's, and is not counted.
func Check(outs, base map[string]string) []string {
	var own map[string]bool
	var bad []string
	for k, s := range outs {
		if Shown(StripAddrs(s)) <= MaxShown {
			continue // the quick test: no run is long enough
		}
		if own == nil {
			own = ownRuns(base)
		}
		for _, r := range runs(s) {
			if len(r) > MaxShown && !own[r] {
				bad = append(bad, fmt.Sprintf("%s shows %d digits: %q", k, len(r), s))
				break
			}
		}
	}
	return bad
}

// ownRuns returns the set of runs in base.
func ownRuns(base map[string]string) map[string]bool {
	own := map[string]bool{}
	for _, s := range base {
		for _, r := range runs(s) {
			own[r] = true
		}
	}
	return own
}

// runs returns the digits of every run in s and in s unescaped, pointer
// addresses aside, as internal/pan reads runs: digits of any script with
// separators and combining marks between them, each digit as its ASCII
// value (or '#' for one without a decimal value).
func runs(s string) []string {
	s = StripAddrs(s)
	var out []string
	for _, t := range []string{s, Unescape(s)} {
		var cur []byte
		for _, r := range t {
			switch {
			case pan.IsDigit(r):
				cur = append(cur, digitValue(r))
			case pan.IsSeparator(r) || unicode.In(r, unicode.Mn, unicode.Me):
			default:
				if len(cur) > 0 {
					out = append(out, string(cur))
					cur = nil
				}
			}
		}
		if len(cur) > 0 {
			out = append(out, string(cur))
		}
	}
	return out
}

func digitValue(r rune) byte {
	switch {
	case r >= '0' && r <= '9':
		return byte(r)
	case r >= '０' && r <= '９':
		return byte(r - '０' + '0')
	}
	switch {
	case r == '⓪', r == '\U0001f100':
		return '0'
	case r >= '\u2488' && r <= '\u2490':
		return byte(r - '\u2488' + '1')
	}
	for _, z := range []rune{'٠', '۰', '०', '০', '੦', '૦', '୦', '௦', '౦', '೦', '൦', '๐', '໐', '༠', '၀', '០', '᠐'} {
		if r >= z && r <= z+9 {
			return byte(r - z + '0')
		}
	}
	return '#'
}

// Same runs property 2 on the outputs of one call given the two numbers of
// a Pair: it returns a description of every path whose outputs differ.
func Same(a, b map[string]string) []string {
	var bad []string
	for k, s := range a {
		if StripAddrs(s) != StripAddrs(b[k]) {
			bad = append(bad, fmt.Sprintf("%s differs:\n  %q\n  %q", k, s, b[k]))
		}
	}
	return bad
}

// Case is one number of a [Pair] in one form, and its sibling in the same
// form: the texts given to a function under test.
type Case struct {
	Name string
	A, B string
}

// Cases returns every Pair in every form of [Forms] ([Sample] with the race
// detector on).
func Cases() []Case {
	if race {
		return Sample()
	}
	var out []Case
	for _, p := range Pairs() {
		fa, fb := Forms(p.A, p.Amex), Forms(p.B, p.Amex)
		for i := range fa {
			out = append(out, Case{Name: fmt.Sprintf("%d/%q", len(p.A), fa[i]), A: fa[i], B: fb[i]})
		}
	}
	return out
}

// Sample is a shorter [Cases] for entry points that are slow to call
// thousands of times: every form of [Forms], each with two of the pairs in
// turn, so that every form and every length is tried. With the race
// detector on (which these tests, running no goroutines, gain nothing
// from) each form is tried with one pair.
func Sample() []Case {
	ps := Pairs()
	rounds := 2
	if race {
		rounds = 1
	}
	var out []Case
	for r := range rounds {
		for i := range Forms(ps[0].A, ps[0].Amex) {
			p := ps[(i+3*r)%len(ps)]
			fa, fb := Forms(p.A, p.Amex), Forms(p.B, p.Amex)
			out = append(out, Case{Name: fmt.Sprintf("%d/%q", len(p.A), fa[i]), A: fa[i], B: fb[i]})
		}
	}
	return out
}

// Wrap returns c with prefix and suffix around both texts.
func (c Case) Wrap(prefix, suffix string) Case {
	return Case{Name: c.Name, A: prefix + c.A + suffix, B: prefix + c.B + suffix}
}

// Call gives f the two texts of c and checks the outputs of every value f
// returns (each printed by [Outputs]): property 2 always, property 1
// unless loose (for text around the number that has digit runs of its own,
// where a run of the output is not the number's alone). what names the call
// in failures.
func Call(t testing.TB, what string, c Case, loose bool, f func(s string) []any) {
	t.Helper()
	call(t, what, c, loose, f, outputsOf(f, "x"))
}

// Run is Call for every case of cases, with f's outputs for text without a
// number ([Check]'s base) computed once.
func Run(t testing.TB, what string, cases []Case, f func(s string) []any) {
	t.Helper()
	base := outputsOf(f, "x")
	for _, c := range cases {
		call(t, what, c, false, f, base)
	}
}

func call(t testing.TB, what string, c Case, loose bool, f func(s string) []any, base map[string]string) {
	t.Helper()
	a, b := outputsOf(f, c.A), outputsOf(f, c.B)
	if !loose {
		for _, e := range Check(a, base) {
			t.Errorf("%s(%q): %s", what, c.A, e)
		}
	}
	for _, e := range Same(a, b) {
		t.Errorf("%s(%q) and (%q): %s", what, c.A, c.B, e)
	}
}

// outputsOf returns the outputs of every value f(s) returns.
func outputsOf(f func(s string) []any, s string) map[string]string {
	m := map[string]string{}
	for i, v := range f(s) {
		for k, o := range Outputs(v) {
			m[fmt.Sprintf("value %d %s", i, k)] = o
		}
	}
	return m
}

// Loose reports whether text put around a number has digits or escapes of
// its own, so that property 1 cannot be measured on the outputs.
func Loose(around ...string) bool {
	for _, s := range around {
		if Shown(s) > 0 || strings.ContainsAny(s, "\\&") {
			return true
		}
	}
	return false
}
