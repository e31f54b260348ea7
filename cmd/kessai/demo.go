package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

// demoAccount is the family account the demo bills: one mioID, two voice
// lines and a data line, each paid by its own holder's card in per-line mode.
// The amounts are illustrative, not IIJmio's prices (F4: the seed gives none).
// It is compiled in; the README runs "kessai family" on the same file.
//
//go:embed account.json
var demoAccount string

// demoAccountPath is where the demo's account is, from the repository root:
// the demo prints it so that its commands can be pasted into a shell there.
const demoAccountPath = "cmd/kessai/account.json"

// demoStep is one command of the tour and the exit status it must give.
type demoStep struct {
	title msg
	args  []string
	stdin string
	want  int
}

// demoSteps is the tour: every capability on fixed inputs, so the output is
// the same on every run. The card numbers are the test numbers that card
// processors publish, never a real card; the tour shows them masked, in the
// form they were typed.
var demoSteps = []demoStep{
	{title: tr("カード番号: ブランド、マスク表示、チェックディジット、セキュリティコードの桁数（C5）", "A card number: brand, masking, Luhn, security-code length (C5)"),
		args: []string{"card", "4111 1111 1111 1111"}},
	{title: tr("日本語キーボードで打つ全角数字と全角空白", "Full-width digits and spaces, as people type them on a Japanese keyboard"),
		args: []string{"card", "３７８２　８２２４６３　１０００５"}},
	{title: tr("カードのローマ字名義は契約者のカナ氏名か（C3）", "Is the romaji name on the card the holder's kana name? (C3)"),
		args: []string{"name", "-card", "OHNO YUKO", "-kana", "オオノ ユウコ"}},
	{title: tr("名が先でも同じ人（C3）", "Given name first is the same person (C3)"),
		args: []string{"name", "-card", "TARO YAMADA", "-kana", "ヤマダ タロウ"}},
	{title: tr("旧姓のカードは別人扱い（C3）", "A card in a former family name is not (C3)"),
		args: []string{"name", "-card", "SATO HANAKO", "-kana", "ヤマダ ハナコ"}, want: exitNegative},
	{title: tr("デビットカードを事業者ごとに（M2、P1–P3）", "Debit cards across carriers (M2, P1–P3)"),
		args: []string{"compare", "-method", "debit"}},
	{title: tr("端末だけの購入を 24 回払いで（M9）", "A device-only purchase in 24 instalments (M9)"),
		args: []string{"check", "-method", "credit", "-purpose", "device",
			"-kana", "ヤマダ タロウ", "-card", "4111 1111 1111 1111", "-card-name", "YAMADA TARO",
			"-expiry", "12/2028", "-funding", "credit", "-issuer", "三井住友カード", "-country", "JP",
			"-instalments", "24", "-at", "2026-11-24"}, want: exitNegative},
	{title: tr("2026-11-25 に決済が失敗: その後の流れ（D1–D8）", "A charge failed on 2026-11-25: what happens, day by day (D1–D8)"),
		args: []string{"timeline", "-failed", "2026-11-25"}},
	{title: tr("12-01 の状態と、11-30 にカードで払った場合（D5、D6）", "The state on 12-01, paid by card on 11-30 (D5, D6)"),
		args: []string{"timeline", "-failed", "2026-11-25", "-today", "2026-12-01", "-paid", "2026-11-30", "-via", "card"}},
	{title: tr("2026-12-25 の請求に間に合うカード変更の最終日（CH2）", "The last day a card change counts for the charge on 2026-12-25 (CH2)"),
		args: []string{"deadline", "-charge", "2026-12-25"}},
	{title: tr("2027 年の国民の祝日（銀行休業日の 12 月 31 日〜1 月 3 日は祝日ではないので含まない）", "Japan's national holidays in 2027 (bank closing days, Dec 31 – Jan 3, are not national holidays and are not listed)"),
		args: []string{"holidays", "2027"}},
	{title: tr("一つの mioID に 3 回線: まとめ払いか個別払いか（F1–F4）", "Three lines under one mioID: one invoice or one per line (F1–F4)"),
		args: []string{"family"}, stdin: demoAccount},
}

func demoCommand() command {
	return command{
		name: "demo", args: "[-json] [-lang ja|en]",
		summary: tr("組み込みの入力ですべての機能を巡る（既定の仕事）", "a tour of every capability on built-in inputs (the default job)"),
		about: tr("組み込みの入力で各コマンドを実行し、コマンド行とその出力を表示する。表示されたコマンドはリポジトリのルートでそのまま実行でき、\n"+
			"同じ出力になる（カード番号は入力した形のままマスクして表示する）。",
			"Runs each command on built-in inputs and prints the command line before its output. Each command shown can be\n"+
				"pasted into a shell at the repository root and gives the output shown (card numbers are shown masked, in the form typed)."),
		exits:  helpExits("0 すべての手順が期待どおり、1 期待と違う終了ステータスの手順がある（kessai の不具合）、2 使い方の誤り。", "0 every step gave its expected status; 1 a step did not (a bug in kessai); 2 bad usage."),
		define: func(f *flagSet) {},
		run:    runDemo,
	}
}

// demoStepJSON is one step of the tour with -json: the command and its
// one JSON object.
type demoStepJSON struct {
	Title   string          `json:"title"`
	Command string          `json:"command"`
	Exit    int             `json:"exit"`
	Output  json.RawMessage `json:"output"`
}

// stepArgs are the arguments a step runs with in language l: the
// command's own, with -lang en added for English, so what is shown is what
// runs.
func (s demoStep) stepArgs(l lang, asJSON bool) []string {
	args := []string{s.args[0]}
	if asJSON {
		args = append(args, "-json")
	}
	if l == en {
		args = append(args, "-lang", "en")
	}
	return append(args, s.args[1:]...)
}

// runDemo runs every step of the tour and prints each command line before
// its output. It fails only when a step does not give the status it must,
// which would be a bug in kessai.
func runDemo(c *cmd, args []string) int {
	spec := demoCommand()
	f := newFlagSet(c, &spec)
	if code, ok := f.parse(args); !ok {
		return code
	}
	if f.fs.NArg() > 0 {
		return c.fail(unexpectedArgument(f.fs.Arg(0), &spec))
	}
	var steps []demoStepJSON
	for i, s := range demoSteps {
		args := s.stepArgs(c.lang, c.json)
		line := "kessai " + shellQuote(args)
		if s.stdin != "" {
			line += " < " + demoAccountPath
		}
		var out bytes.Buffer
		se := env{stdin: strings.NewReader(s.stdin), stdout: &out, stderr: &out}
		got := run(args, se)
		if got != s.want {
			return c.fail(&cliError{Code: codeInternal,
				Message: trf("手順 %d（%s）の終了ステータスが %d、期待は %d", "step %d (%s) exited %d, want %d", i+1, s.args[0], got, s.want)})
		}
		if c.json {
			steps = append(steps, demoStepJSON{s.title.in(c.lang), line, got, json.RawMessage(bytes.TrimSpace(out.Bytes()))})
			continue
		}
		if i > 0 {
			fmt.Fprintln(c.stdout)
		}
		fmt.Fprintf(c.stdout, "# %s\n$ %s\n", s.title.in(c.lang), line)
		if got != exitOK {
			fmt.Fprintf(c.stdout, "%s%s\n", out.String(), exitNote(got, c.lang))
		} else {
			c.stdout.Write(out.Bytes())
		}
	}
	if c.json {
		c.writeJSON(struct {
			Steps []demoStepJSON `json:"steps"`
			Web   string         `json:"web"`
		}{steps, demoWeb})
		return exitOK
	}
	fmt.Fprintf(c.stdout, "\n# %s\n$ %s\n", demoWebTitle.in(c.lang), demoWeb)
	return exitOK
}

// demoWeb is the command that serves the same rules in a browser, a demo
// sign-up page. The tour names it last rather than running it: it serves
// until stopped.
const demoWeb = "kessai web"

var demoWebTitle = tr("同じ規則をブラウザで: 申し込み画面のデモ（WebAssembly）。表示されるアドレスを開き、Ctrl-C で止める",
	"The same rules in a browser: a sign-up page demo (WebAssembly); open the address it prints, stop it with Ctrl-C")

// shellQuote joins args as a POSIX shell needs them typed. A card number
// is shown as typed; the output guard masks it on the way out.
func shellQuote(args []string) string {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		if a != "" && !strings.ContainsAny(a, " \t\n'\"\\$`*?[]#~=%<>|&;(){}!　") {
			b.WriteString(a)
			continue
		}
		b.WriteByte('\'')
		b.WriteString(strings.ReplaceAll(a, "'", `'\''`))
		b.WriteByte('\'')
	}
	return b.String()
}

// exitNote is how the demo shows a step's exit status other than 0.
func exitNote(code int, l lang) string {
	return trf("（終了ステータス %d）", "(exit %d)", code).in(l)
}
