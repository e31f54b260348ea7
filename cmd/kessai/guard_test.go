package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kessai-jp/kessai/internal/pan"
)

// The card-number guard's property tests (the card-number issue): a
// Luhn-valid number typed in any form into any argument, flag or
// standard-input field of any subcommand never comes out with more than
// its first 6 and last 4 digits, and two numbers that differ only in those
// hidden digits give byte-identical output.

// panSeparators are the separators people type or paste between digit
// groups: spaces of every kind, hyphens and dashes, ー, minus signs, dots,
// slashes; "" is no separator at all.
var panSeparators = []string{"", " ", "  ", "\u3000", "\u00a0", "\u2009", "-", "\uff0d", "ー", "\u2013", "\u2014", "\u2212", ".", "/"}

// panNumber is a Luhn-valid number and its twin: the same first 6 and last
// 4 digits, other hidden digits, also Luhn-valid.
type panNumber struct {
	digits, twin []byte
	amex         bool
}

// luhnDigit returns the check digit that makes d (without it) Luhn-valid.
func luhnDigit(d []byte) byte {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if (len(d)-1-i)%2 == 0 { // doubled: it will stand at an odd place from the right
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return byte('0' + (10-sum%10)%10)
}

// newPANNumber draws a number of n digits (a 15-digit American Express
// number when amex) and its twin.
func newPANNumber(r *rand.Rand, n int, amex bool) panNumber {
	for {
		d := make([]byte, n-1)
		for i := range d {
			d[i] = byte('0' + r.IntN(10))
		}
		d[0] = '4'
		if amex {
			d[0], d[1] = '3', '7'
		}
		d = append(d, luhnDigit(d))
		// The twin: +1 and −1 on two hidden digits at even places from
		// the right (not doubled), which keeps the Luhn sum.
		var even []int
		for k := pan.KeepFirst; k < n-pan.KeepLast; k++ {
			if (n-1-k)%2 == 0 {
				even = append(even, k)
			}
		}
		for _, i := range even {
			for _, j := range even {
				if i != j && d[i] < '9' && d[j] > '0' {
					twin := append([]byte(nil), d...)
					twin[i]++
					twin[j]--
					return panNumber{d, twin, amex}
				}
			}
		}
	}
}

// panForm writes digits grouped with sep (4-6-5 for American Express,
// fours otherwise), in full-width digits when wide, inside a sentence when
// inText.
func panForm(digits []byte, amex bool, sep string, wide, inText bool) string {
	var groups []int
	if amex {
		groups = []int{4, 6, 5}
	} else {
		for left := len(digits); left > 0; left -= 4 {
			groups = append(groups, min(4, left))
		}
	}
	var b strings.Builder
	at := 0
	for gi, g := range groups {
		if gi > 0 {
			b.WriteString(sep)
		}
		for _, c := range digits[at : at+g] {
			if wide {
				b.WriteRune('０' + rune(c-'0'))
			} else {
				b.WriteByte(c)
			}
		}
		at += g
	}
	if inText {
		return "カード番号は " + b.String() + " です"
	}
	return b.String()
}

// injection is one place a number can be typed: the arguments and the
// standard input with the text p in it.
type injection struct {
	name  string
	run   func(p string) (args []string, stdin string)
	jsonN bool // p also goes in as a JSON number when it is digits only
}

// baseArgs make every other flag of a command valid, so that the flag under
// test is the one judged.
var baseArgs = map[string][]string{
	"name":     {"-card", "YAMADA TARO", "-kana", "ヤマダ タロウ"},
	"check":    {"-at", "2026-11-24"},
	"compare":  {"-method", "debit"},
	"timeline": {"-failed", "2026-11-25", "-today", "2026-12-01"},
	"deadline": {"-charge", "2026-12-25"},
	"holidays": {"2027"},
}

// injections lists every argument, flag and standard-input field of every
// subcommand.
func injections() []injection {
	var ins []injection
	add := func(name string, f func(p string) ([]string, string)) {
		ins = append(ins, injection{name: name, run: f})
	}
	add("command", func(p string) ([]string, string) { return []string{p}, "" })
	add("help topic", func(p string) ([]string, string) { return []string{"help", p}, "" })
	for _, c := range commands() {
		name := c.name
		stdin := ""
		if name == "family" {
			stdin = demoAccount
		}
		add(name+" argument", func(p string) ([]string, string) { return []string{name, p}, stdin })
		add(name+" -json argument", func(p string) ([]string, string) { return []string{name, "-json", p}, stdin })
		add(name+" as a flag", func(p string) ([]string, string) { return []string{name, "-" + p}, stdin })
		fs := newFlagSet(&cmd{name: name}, &c)
		c.define(fs)
		for _, fl := range fs.flags {
			flagName := fl.name
			base := append([]string{name}, baseArgs[name]...)
			add(name+" -"+flagName, func(p string) ([]string, string) {
				return append(append([]string(nil), base...), "-"+flagName, p), stdin
			})
			add(name+" -json -"+flagName+"=", func(p string) ([]string, string) {
				return append(append([]string(nil), base...), "-json", "-"+flagName+"="+p), stdin
			})
		}
	}
	for _, path := range []string{"method", "purpose", "holder.kana", "card.number", "card.name", "card.expiry", "card.funding",
		"card.issuer", "card.country", "card.securityCode", "campaign", "combined.0", "at", "instalments"} {
		for _, asJSON := range []bool{false, true} {
			args := []string{"check", "-stdin"}
			if asJSON {
				args = append(args, "-json")
			}
			ins = append(ins, injection{name: strings.Join(args, " ") + " " + path, jsonN: true, run: func(p string) ([]string, string) {
				return args, withField(goodApplication, path, p)
			}})
		}
	}
	for _, path := range []string{"mioID", "owner", "card.name", "card.last4", "date", "lines.0.id", "lines.0.kind", "lines.0.mioID",
		"lines.0.holder", "lines.1.user", "lines.0.card.name", "lines.0.card.last4", "lines.0.charges.0.description",
		"lines.0.charges.0.amount", "lines.0.charges.0.tax", "plan.familyDiscount", "plan.rounding", "plan.maxLines"} {
		for _, args := range [][]string{{"family"}, {"family", "-json"}, {"family", "-mode", "per-line"}} {
			ins = append(ins, injection{name: strings.Join(args, " ") + " " + path, jsonN: true, run: func(p string) ([]string, string) {
				return args, withField(demoAccount, path, p)
			}})
		}
	}
	return ins
}

// withField returns the JSON object doc with the field at path (dotted,
// numbers index arrays) set to p: a JSON number when p is a number token
// "#123", a string otherwise.
func withField(doc, path, p string) string {
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		panic(err)
	}
	var val any = p
	if n, ok := strings.CutPrefix(p, "#"); ok {
		val = json.Number(n)
	}
	keys := strings.Split(path, ".")
	cur := v
	for i, k := range keys {
		last := i == len(keys)-1
		switch c := cur.(type) {
		case map[string]any:
			if last {
				c[k] = val
			} else {
				if c[k] == nil {
					if _, err := strconv.Atoi(keys[i+1]); err == nil {
						c[k] = []any{""}
					} else {
						c[k] = map[string]any{}
					}
				}
				cur = c[k]
			}
		case []any:
			j, _ := strconv.Atoi(k)
			if last {
				c[j] = val
			} else {
				cur = c[j]
			}
		}
	}
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// checkGuarded runs in and its twin with the number and reports what leaks.
func checkGuarded(t *testing.T, in injection, text, twinText string) {
	t.Helper()
	args, stdin := in.run(text)
	code, out, errOut := runCmd(args, stdin)
	for _, s := range append([]string{out, errOut}, jsonStrings(out)...) {
		if n := pan.LongestRun(s); n >= pan.MinDigits {
			t.Errorf("%s with %q: a run of %d digits comes out:\n%s%s", in.name, text, n, out, errOut)
			return
		}
	}
	if strings.Contains(strings.Join(args, " "), "-json") && !strings.HasPrefix(args[0], "help") && args[0] != text {
		if err := oneObject(out); err != nil {
			t.Errorf("%s with %q: stdout is not one JSON object (%v):\n%s", in.name, text, err, out)
		}
	}
	args2, stdin2 := in.run(twinText)
	code2, out2, errOut2 := runCmd(args2, stdin2)
	if code != code2 || out != out2 || errOut != errOut2 {
		t.Errorf("%s: numbers differing only in hidden digits give different output:\n%q\n%s%s\n---\n%q\n%s%s", in.name, text, out, errOut, twinText, out2, errOut2)
	}
}

// jsonStrings returns every string inside s when s is JSON: the decoded
// text, escapes undone.
func jsonStrings(s string) []string {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return nil
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			out = append(out, x)
		case map[string]any:
			for k, e := range x {
				out = append(out, k)
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
	return out
}

// TestNoCardNumberLeaks types a Luhn-valid number, in every separator form,
// in ASCII and full-width digits, alone and inside a sentence, 13 to 19
// digits and American Express 4-6-5, into every injection point.
func TestNoCardNumberLeaks(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	lengths := []int{13, 14, 15, 16, 17, 18, 19}
	forms := 0
	for _, in := range injections() {
		for si, sep := range panSeparators {
			for _, wide := range []bool{false, true} {
				if testing.Short() && (si+forms)%3 != 0 {
					forms++
					continue
				}
				forms++
				n := lengths[forms%len(lengths)]
				amex := forms%5 == 0
				if amex {
					n = 15
				}
				num := newPANNumber(r, n, amex)
				inText := forms%2 == 0
				checkGuarded(t, in, panForm(num.digits, amex, sep, wide, inText), panForm(num.twin, amex, sep, wide, inText))
				if in.jsonN && sep == "" && !wide {
					checkGuarded(t, in, "#"+string(num.digits), "#"+string(num.twin))
				}
			}
		}
	}
}

// TestPANForms: the forms the tests type are what they claim, and every
// one of them is a number the detector finds.
func TestPANForms(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := 13; n <= 19; n++ {
		num := newPANNumber(r, n, false)
		for _, d := range [][]byte{num.digits, num.twin} {
			if luhnDigit(d[:len(d)-1]) != d[len(d)-1] {
				t.Errorf("%s is not Luhn-valid", d)
			}
		}
		if string(num.digits[:6]) != string(num.twin[:6]) || string(num.digits[n-4:]) != string(num.twin[n-4:]) || string(num.digits) == string(num.twin) {
			t.Errorf("twin %s of %s differs outside the hidden digits", num.twin, num.digits)
		}
		for _, sep := range panSeparators {
			for _, wide := range []bool{false, true} {
				if s := panForm(num.digits, false, sep, wide, true); pan.LongestRun(s) != n {
					t.Errorf("pan.LongestRun(%q) = %d, want %d", s, pan.LongestRun(s), n)
				}
			}
		}
	}
	if got := panForm([]byte("378282246310005"), true, "-", false, false); got != "3782-822463-10005" {
		t.Errorf("American Express form = %q", got)
	}
	if got := panForm([]byte("4111111111111111"), false, "　", true, false); got != "４１１１　１１１１　１１１１　１１１１" || !utf8.ValidString(got) {
		t.Errorf("full-width form = %q", got)
	}
}

// FuzzNoCardNumberLeaks: any separator text the detector accepts, between
// the groups of a number typed into any injection point.
func FuzzNoCardNumberLeaks(f *testing.F) {
	for i, sep := range panSeparators {
		f.Add(uint16(i*7), sep, uint8(16), i%2 == 0, i%3 == 0)
	}
	f.Add(uint16(3), "\u200b", uint8(19), false, true) // zero-width space
	f.Add(uint16(5), "\u30fb", uint8(13), true, false) // katakana middle dot
	ins := injections()
	f.Fuzz(func(t *testing.T, point uint16, sep string, n uint8, wide, inText bool) {
		for _, r := range sep {
			if !pan.IsSeparator(r) {
				return
			}
		}
		if len(sep) > 8 {
			return
		}
		length := 13 + int(n)%7
		num := newPANNumber(rand.New(rand.NewPCG(uint64(point), uint64(n))), length, false)
		in := ins[int(point)%len(ins)]
		checkGuarded(t, in, panForm(num.digits, false, sep, wide, inText), panForm(num.twin, false, sep, wide, inText))
	})
}

var _ = fmt.Sprint

// TestMistypedNumberHidden: a card number typed with a character that is
// no separator (a letter o for a zero, commas, ～, an underscore) does not
// parse, and internal/pan does not read it as one number (or reads a
// run of it beside another); the -json report still shows none of its
// digits (C6). One whose check digit is wrong shows its first 6 and last
// 4, as the golden files show.
func TestMistypedNumberHidden(t *testing.T) {
	for _, typed := range []string{
		"4539１488ｏ03436467", "4539,1488,0343,6467", "4539_1488_0343_6467", "4539～1488～0343～6467",
		"4539*1488*0343*6467", "(4539)14880343-6467", "4539148803,436467", "4539,148803436467", strings.Repeat("4539148803436467", 8),
	} {
		_, out, _ := runCmd([]string{"check", "-json", "-method", "credit", "-card", typed}, "")
		var r struct {
			Application struct {
				Card struct {
					Number string `json:"number"`
					Valid  bool   `json:"valid"`
				} `json:"card"`
			} `json:"application"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("check -json -card %q: %v\n%s", typed, err, out)
		}
		n, _, _ := strings.Cut(r.Application.Card.Number, "…(+") // an over-long text is clipped: "…(+N bytes)"
		if r.Application.Card.Valid || n == "" || strings.IndexFunc(n, pan.IsDigit) >= 0 {
			t.Errorf("check -json -card %q: number %q (valid %v), want the text with no digit", typed, n, r.Application.Card.Valid)
		}
		for _, group := range []string{"4539", "1488", "0343", "6467", "148803", "436467"} {
			if strings.Contains(out, group) {
				t.Errorf("check -json -card %q: the output shows %s:\n%s", typed, group, out)
			}
		}
	}
}
