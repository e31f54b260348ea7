package main

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/kessai-jp/kessai/brand"
)

// demoAccount is the family account the demo bills: one mioID, two voice
// lines and a data line, each paid by its own holder's card in per-line mode.
// The amounts are illustrative, not IIJmio's prices (F4: the seed gives none).
// It is compiled in; the README runs "kessai family" on the same file.
//
//go:embed account.json
var demoAccount string

// demoStep is one command of the tour and the exit status it must give.
type demoStep struct {
	title string
	args  []string
	stdin string
	want  int
}

// demoSteps is the tour: every capability on fixed inputs, so the output is
// the same on every run. The card numbers are the test numbers that card
// processors publish, never a real card.
var demoSteps = []demoStep{
	{title: "A card number: brand, masking, Luhn, security-code length (C5)",
		args: []string{"card", "4111 1111 1111 1111"}},
	{title: "Full-width digits, as people type them on a Japanese keyboard",
		args: []string{"card", "３７８２　８２２４６３　１０００５"}},
	{title: "Is the romaji name on the card the holder's kana name? (C3)",
		args: []string{"name", "-card", "OHNO YUKO", "-kana", "オオノ ユウコ"}},
	{title: "Given name first is the same person (C3)",
		args: []string{"name", "-card", "TARO YAMADA", "-kana", "ヤマダ タロウ"}},
	{title: "A card in a former family name is not (C3)",
		args: []string{"name", "-card", "SATO HANAKO", "-kana", "ヤマダ ハナコ"}, want: exitNegative},
	{title: "Debit cards across carriers (M2, P1–P3)",
		args: []string{"compare", "-lang", "en", "-method", "debit"}},
	{title: "A device-only purchase in 24 instalments (M9)",
		args: []string{"check", "-lang", "en", "-method", "credit", "-purpose", "device",
			"-kana", "ヤマダ タロウ", "-card", "4111 1111 1111 1111", "-card-name", "YAMADA TARO",
			"-expiry", "12/2028", "-funding", "credit", "-issuer", "三井住友カード", "-country", "JP",
			"-instalments", "24", "-at", "2026-11-24"}, want: exitNegative},
	{title: "A charge failed on 2026-11-25: what happens, day by day (D1–D8)",
		args: []string{"timeline", "-failed", "2026-11-25"}},
	{title: "The last day a card change counts for the charge on 2026-12-25 (CH2)",
		args: []string{"deadline", "-charge", "2026-12-25"}},
	{title: "Japan's national holidays in 2027 (bank holidays, with Dec 31 – Jan 3)",
		args: []string{"holidays", "2027"}},
	{title: "Three lines under one mioID: one invoice or one per line (F1–F4)",
		args: []string{"family"}, stdin: demoAccount},
}

const demoSynopsis = ""

// runDemo runs every step of the tour and prints each command line before
// its output. It fails only when a step does not give the status it must,
// which would be a bug in kessai.
func runDemo(args []string, e env) int {
	fs := newFlags("demo", demoSynopsis, e)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	for i, s := range demoSteps {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprintf(e.stdout, "# %s\n$ kessai %s", s.title, shellQuote(s.args))
		if s.stdin != "" {
			fmt.Fprint(e.stdout, " < account.json")
		}
		fmt.Fprintln(e.stdout)
		se := env{stdin: strings.NewReader(s.stdin), stdout: e.stdout, stderr: e.stdout}
		if got := run(s.args, se); got != s.want {
			fmt.Fprintf(e.stderr, "kessai demo: %q exited %d, want %d\n", s.args[0], got, s.want)
			return exitNegative
		}
	}
	return exitOK
}

// shellQuote joins args as a POSIX shell would need them typed, except that
// an argument that is a card number is shown in its masked, grouped form: the
// demo never prints a full number, not even a published test number.
func shellQuote(args []string) string {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		if n, err := brand.Parse(a); err == nil {
			a = n.Format()
		}
		if a != "" && !strings.ContainsAny(a, " \t\n'\"\\$`*?[]#~=%<>|&;(){}　") {
			b.WriteString(a)
			continue
		}
		b.WriteByte('\'')
		b.WriteString(strings.ReplaceAll(a, "'", `'\''`))
		b.WriteByte('\'')
	}
	return b.String()
}
