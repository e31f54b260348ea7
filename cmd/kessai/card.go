package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kessai-jp/kessai/brand"
)

func cardCommand() command {
	return command{
		name: "card", args: "[-json] [-lang ja|en] NUMBER",
		summary: tr("カード番号のブランド、マスク表示、チェックディジット、セキュリティコードの桁数", "brand, masked number, Luhn and security-code length of a card number"),
		about: tr("カード番号（全角数字、空白やハイフン区切りも可）のブランド、マスクした番号、桁数、チェックディジット（Luhn）、\n"+
			"セキュリティコードの桁数（C5）と、入力途中ならまだ可能なブランドを表示する。番号は複数の引数に分けてもよい。",
			"The brand, masked number, length, check digit (Luhn), security-code length (C5) and, while the number is being typed,\n"+
				"the brands still possible, of a card number (full-width digits, spaces and hyphens allowed). NUMBER may span several arguments."),
		exits: helpExits("0 正しい番号、2 入力途中・桁数違い・打ち間違い・番号でない入力（わかったことは表示する）。",
			"0 a valid number; 2 incomplete, wrong length, mistyped or not a number (what is known is still printed)."),
		define: func(f *flagSet) {},
		run:    runCard,
	}
}

// cardReport is what "kessai card" prints. Every field is safe to print: the
// number appears only masked (brand.Number.Masked, .Format). A report with
// an error (a wrong length or check digit) names its command, as every
// error object does ({"command": "card", "error": …}), with what could be
// read of the number beside it.
type cardReport struct {
	Command         string        `json:"command,omitempty"` // "card" with Error, else empty
	Brand           brand.Brand   `json:"brand"`
	Masked          string        `json:"masked,omitempty"`
	Formatted       string        `json:"formatted,omitempty"`
	Length          int           `json:"length"`
	Luhn            string        `json:"luhn"` // "valid", "invalid" or "not-checked"
	SecurityCodeLen int           `json:"securityCodeLength,omitempty"`
	Candidates      []brand.Brand `json:"candidates"`
	Complete        bool          `json:"complete"`             // a valid number
	Incomplete      bool          `json:"incomplete,omitempty"` // too few digits yet
	Error           *cliError     `json:"error,omitempty"`
}

// runCard implements "kessai card": see cardCommand. A number that does not
// parse exits with status 2; the number is never echoed, not even in flag
// errors.
func runCard(c *cmd, args []string) int {
	spec := cardCommand()
	f := newFlagSet(c, &spec)
	// Only dash-arguments without digits go to the flag parser: a number
	// typed with a leading hyphen ("-4111…") is part of the number.
	var flagArgs, words []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-lang" || a == "--lang":
			flagArgs = append(flagArgs, a)
			if i+1 < len(args) {
				i++
				flagArgs = append(flagArgs, args[i])
			}
		case strings.HasPrefix(a, "-") && !strings.ContainsFunc(a, isDigitRune):
			flagArgs = append(flagArgs, a)
		default:
			words = append(words, a)
		}
	}
	if code, ok := f.parse(flagArgs); !ok {
		return code
	}
	words = append(words, f.fs.Args()...)
	if len(words) == 0 {
		return c.fail(&cliError{Code: codeMissingArgument, Field: "number",
			Message: tr("カード番号がありません（使い方: kessai card NUMBER）", "missing NUMBER (usage: kessai card NUMBER)")})
	}
	input := strings.Join(words, " ")

	r, err := cardCheck(input)
	if err != nil && r == nil {
		return c.failErr(err)
	}
	if err != nil {
		r.Command = c.name
		r.Error = explain(err) // the category's code; "incomplete" says more digits may yet make a number
		if r.Incomplete {
			r.Error.Message = r.Error.Message.append(tr("（入力途中）", " (incomplete)"))
		}
	}
	if c.json {
		c.writeJSON(r)
	} else {
		writeCardText(c.stdout, r, c.lang)
		if r.Error != nil {
			fmt.Fprintf(c.stderr, "kessai card: %s\n", r.Error.Message.in(c.lang))
		}
	}
	if err != nil {
		return exitUsage
	}
	return exitOK
}

// minDigits is the fewest digits of a card number brand.Parse accepts, of
// a brand it does not know (TestMinDigits).
const minDigits = 12

// isDigitRune reports whether r is an ASCII or full-width digit.
func isDigitRune(r rune) bool { return '0' <= r && r <= '9' || '０' <= r && r <= '９' }

// cardCheck parses input. It returns a report and a nil error for a valid
// number; a partial report and the error for a number of the wrong length
// or check digit, whose digits are all readable; and no report, only the
// error, for input that is not a number at all.
func cardCheck(input string) (*cardReport, error) {
	cands := brand.Candidates(input)
	if cands == nil {
		cands = []brand.Brand{}
	}
	n, err := brand.Parse(input)
	if err == nil {
		return &cardReport{
			Brand:           n.Brand(),
			Masked:          n.Masked(),
			Formatted:       n.Format(),
			Length:          len(n.Masked()),
			Luhn:            "valid",
			SecurityCodeLen: n.Brand().SecurityCodeLen(),
			Candidates:      cands,
			Complete:        true,
		}, nil
	}
	var pe *brand.Error
	if !errors.As(err, &pe) || (pe.Err != brand.ErrLength && pe.Err != brand.ErrChecksum) {
		return nil, err
	}
	b := pe.Brand
	if b == brand.Unknown {
		b = brand.Detect(input)
	}
	r := &cardReport{
		Brand:           b,
		Length:          pe.Digits,
		Luhn:            "not-checked",
		SecurityCodeLen: b.SecurityCodeLen(),
		Candidates:      cands,
	}
	switch {
	case pe.Err == brand.ErrChecksum:
		r.Luhn = "invalid"
	case pe.Digits < minDigits || len(cands) > 0:
		// Still being typed: more digits may make it a number. A brand
		// stays a candidate while its numbers in the range typed may have
		// this many digits or more (brand.Candidates); this many is wrong,
		// so more may be right: a 15-digit Visa or a 14-digit Diners Club
		// outside 36 is incomplete, a 16-digit American Express is not.
		r.Incomplete = true
	}
	return r, err
}

// brandName is a brand's name in the reader's language (brand's Label).
func brandName(b brand.Brand, l lang) string {
	if b == brand.Unknown {
		return tr("不明", "unknown").in(l)
	}
	return b.Label(l.tag())
}

// writeFields prints label: value lines, the values aligned.
func writeFields(w io.Writer, rows [][2]string) {
	width := 0
	for _, r := range rows {
		width = max(width, columns(r[0]))
	}
	for _, r := range rows {
		fmt.Fprintf(w, "%s  %s\n", padColumns(r[0]+":", width+1), r[1])
	}
}

func writeCardText(w io.Writer, r *cardReport, l lang) {
	t := func(jaText, enText string) string { return tr(jaText, enText).in(l) }
	digits := func(n int) string {
		if l == en && n == 1 {
			return "1 digit"
		}
		return fmt.Sprintf(t("%d 桁", "%d digits"), n)
	}
	rows := [][2]string{{t("ブランド", "brand"), brandName(r.Brand, l)}}
	if r.Complete {
		rows = append(rows, [2]string{t("番号", "number"), r.Formatted}, [2]string{t("マスク", "masked"), r.Masked})
	}
	length := digits(r.Length)
	if r.Incomplete {
		length += t("（入力途中）", " (incomplete)")
	}
	rows = append(rows, [2]string{t("桁数", "length"), length})
	luhn := map[string]string{"valid": t("正しい", "valid"), "invalid": t("合わない（打ち間違い）", "invalid (mistyped)"), "not-checked": t("未確認", "not checked")}[r.Luhn]
	rows = append(rows, [2]string{t("チェックディジット", "luhn"), luhn})
	code := t("不明（ブランドが不明）", "unknown (brand not known)")
	if r.SecurityCodeLen > 0 {
		code = digits(r.SecurityCodeLen)
	}
	rows = append(rows, [2]string{t("セキュリティコード", "security code"), code})
	names := make([]string, len(r.Candidates))
	for i, b := range r.Candidates {
		names[i] = brandName(b, l)
	}
	cands := strings.Join(names, t("、", ", "))
	if cands == "" {
		cands = t("既知のブランドなし", "none of the known brands")
	}
	rows = append(rows, [2]string{t("候補", "candidates"), cands})
	writeFields(w, rows)
}
