package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
)

const checkSynopsis = "[-json] [-lang ja|en] [-policy iijmio|iijmio-biz|bic|mineo|uq|ocn] [-preset seed|published|both] [-existing] [-method M] [-purpose P] " +
	"[-kana KANA] [-card NUMBER] [-card-name NAME] [-expiry MM/YY] [-funding credit|debit|prepaid] [-issuer NAME] " +
	"[-country CC] [-corporate-card] [-corporate-holder] [-code CODE] [-instalments N] [-campaign CODE] " +
	"[-combined M,M] [-at RFC3339] | -stdin"

// maxStdin bounds the application read by -stdin, in bytes.
const maxStdin = 64 << 10

// reasonReport is one reason of a decision with its text in one language.
type reasonReport struct {
	Code    string `json:"code"`
	Rule    string `json:"rule,omitempty"`
	Verdict string `json:"verdict"`
	Field   string `json:"field,omitempty"`
	Detail  string `json:"detail,omitempty"`
	Message string `json:"message"`
	Remedy  string `json:"remedy,omitempty"`
	Source  string `json:"source,omitempty"`
}

// checkReport is what "kessai check" prints.
type checkReport struct {
	Policy      string                  `json:"policy"`
	PolicyName  string                  `json:"policyName"`
	AsOf        string                  `json:"asOf"`
	Lang        string                  `json:"lang"`
	Application eligibility.Application `json:"application"` // the number masked, no security code
	Verdict     string                  `json:"verdict"`
	VerdictText string                  `json:"verdictText"`
	Reasons     []reasonReport          `json:"reasons"`
	Notes       []reasonReport          `json:"notes"`
}

// runCheck implements "kessai check": judge one payment application against
// a carrier's policy (rules M1–M10, C1–C6, P1–P4) and print the verdict with
// every reason, its rule ID, message and remedy in Japanese (-lang ja, the
// default) or English (-lang en). The application comes from flags or, with
// -stdin, as JSON on standard input (the form of eligibility.Application:
// {"method":"credit","purpose":"monthly","holder":{"kana":"…"},"card":{"number":"…",
// "name":"…","expiry":"MM/YY","funding":"credit","issuer":"…","country":"JP"},
// "at":"RFC3339"}; the security code only as -code, judged and dropped):
// one object, at most 64 KiB, no unknown fields. -at, or "at" in the JSON, defaults to the current time;
// the library itself never reads the clock. No error quotes a flag's or a
// field's value: a card number typed in the wrong place is never echoed.
//
// Exit status: 0 Accepted; 1 Rejected, Conditional or Uncertain (anything
// short of a plain yes); 2 bad usage (unknown flag value, unreadable JSON)
// or a decision with an "invalid-input" reason (the decision is printed
// first). The card number is printed masked and the security code never.
func runCheck(args []string, e env) int {
	fs := newFlags("check", checkSynopsis, e)
	asJSON := fs.Bool("json", false, "print the decision as JSON")
	lang := fs.String("lang", "ja", "language of messages: ja or en")
	policyID := fs.String("policy", "iijmio", "policy: iijmio, iijmio-biz, bic, mineo, uq or ocn")
	preset := fs.String("preset", "seed", "seed (the article), published (the carriers' pages) or both")
	existing := fs.Bool("existing", false, "the holder already has a contract (a card change, not a sign-up)")
	stdin := fs.Bool("stdin", false, "read the application as JSON from standard input")
	method := fs.String("method", "credit", "payment method: credit, debit, prepaid, bank, konbini, invoice, points, gift, emoney (or its Japanese name)")
	purpose := fs.String("purpose", "monthly", "purpose: monthly, device or arrears")
	kana := fs.String("kana", "", "the contract holder's name in kana, family name first")
	card := fs.String("card", "", "the card number as typed (never printed)")
	cardName := fs.String("card-name", "", "the name on the card, in romaji")
	expiry := fs.String("expiry", "", "the card's expiry, MM/YY or MM/YYYY")
	funding := fs.String("funding", "", "credit, debit or prepaid, when known")
	issuer := fs.String("issuer", "", "the card's issuer, e.g. 三井住友カード or PayPay銀行")
	country := fs.String("country", "", "where the card was issued, e.g. JP")
	corporateCard := fs.Bool("corporate-card", false, "the card is a corporate card")
	corporateHolder := fs.Bool("corporate-holder", false, "the contract is a corporate contract")
	code := fs.String("code", "", "the security code, checked for length only (never printed)")
	// -instalments is read as text: the flag package would quote a bad
	// value in its error, and a card number may be typed in the wrong flag.
	instalments := fs.String("instalments", "0", "number of instalments wanted (0 or 1: lump sum)")
	campaign := fs.String("campaign", "", "campaign code, for gift certificates")
	combined := fs.String("combined", "", "other methods paying part of the amount, comma-separated")
	at := fs.String("at", "", "time of the check, RFC3339 or YYYY-MM-DD (JST); default now")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return fail(e, "check", errors.New("unexpected argument; usage: kessai check "+checkSynopsis))
	}
	tag, err := parseLang(*lang)
	if err != nil {
		return fail(e, "check", err)
	}
	ps, err := presetPolicies(*policyID, *preset)
	if err != nil {
		return fail(e, "check", err)
	}

	var a eligibility.Application
	if *stdin {
		var conflict []string
		fs.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "json", "lang", "policy", "preset", "stdin", "at":
			default:
				conflict = append(conflict, "-"+f.Name)
			}
		})
		if len(conflict) > 0 {
			return fail(e, "check", fmt.Errorf("-stdin takes the application from JSON; drop %s", strings.Join(conflict, ", ")))
		}
		if a, err = readApplication(e.stdin); err != nil {
			return fail(e, "check", err)
		}
	} else {
		if a.Method, err = eligibility.ParseMethod(*method); err != nil {
			return fail(e, "check", err)
		}
		if a.Purpose, err = eligibility.ParsePurpose(*purpose); err != nil {
			return fail(e, "check", err)
		}
		if a.Card.Funding, err = eligibility.ParseFunding(*funding); err != nil {
			return fail(e, "check", err)
		}
		if a.Combined, err = parseMethods(*combined); err != nil {
			return fail(e, "check", err)
		}
		a.Holder = eligibility.Holder{Kana: *kana, Corporate: *corporateHolder, Existing: *existing}
		// Parsed for the report (the zero Number when it does not parse);
		// CheckTyped judges the number as typed (C6).
		a.Card.Number, _ = brand.Parse(*card)
		a.Card.Name, a.Card.Expiry = *cardName, *expiry
		a.Card.Issuer, a.Card.Country, a.Card.Corporate = *issuer, *country, *corporateCard
		if a.Instalments, err = parseInstalments(*instalments); err != nil {
			return fail(e, "check", err)
		}
		a.Campaign = *campaign
	}
	if *at != "" {
		if a.At, err = parseAt(*at); err != nil {
			return fail(e, "check", err)
		}
	}
	if a.At.IsZero() {
		a.At = time.Now() // the CLI is the one place that reads the clock
	}

	// With -preset both, the seed's answer and the published one, in that
	// order; the exit status is the worse of the two.
	var rs []checkReport
	status := exitOK
	for i, p := range ps {
		d := p.CheckTyped(a, *card, *code) // the number and code as typed, kept by nothing
		rs = append(rs, checkReport{
			Policy:      p.ID(),
			PolicyName:  p.Name(tag),
			AsOf:        p.AsOf().String(),
			Lang:        tag.String(),
			Application: a,
			Verdict:     d.Verdict.String(),
			VerdictText: d.Verdict.Label(tag),
			Reasons:     reports(d.Reasons, tag),
			Notes:       reports(d.Notes, tag),
		})
		if !*asJSON {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			writeCheckText(e.stdout, &rs[i], a, tag)
		}
		switch {
		case d.Has(eligibility.CodeInvalidInput):
			status = exitUsage
		case d.Verdict != eligibility.Accepted && status == exitOK:
			status = exitNegative
		}
	}
	if *asJSON {
		var err error
		if len(rs) == 1 {
			err = writeJSON(e.stdout, rs[0])
		} else {
			err = writeJSON(e.stdout, rs)
		}
		if err != nil {
			return fail(e, "check", err)
		}
	}
	return status
}

// presetPolicies returns the policies -policy and -preset name: the seed's
// preset, the published one, or both where the carrier has a published
// preset (IIJmio biz and the Bic Camera channel have none: their seed
// preset stands for both).
func presetPolicies(id, preset string) ([]eligibility.Policy, error) {
	seed, ok := eligibility.PolicyByID(id)
	if !ok || strings.HasSuffix(id, "-published") {
		return nil, errors.New("unknown -policy; want iijmio, iijmio-biz, bic, mineo, uq or ocn")
	}
	pub, hasPub := eligibility.PolicyByID(id + "-published")
	switch preset {
	case "seed":
		return []eligibility.Policy{seed}, nil
	case "published":
		if hasPub {
			return []eligibility.Policy{pub}, nil
		}
		return []eligibility.Policy{seed}, nil
	case "both":
		if hasPub {
			return []eligibility.Policy{seed, pub}, nil
		}
		return []eligibility.Policy{seed}, nil
	}
	return nil, errors.New("unknown -preset; want seed, published or both")
}

func reports(rs []eligibility.Reason, tag language.Tag) []reasonReport {
	out := make([]reasonReport, 0, len(rs))
	for _, r := range rs {
		out = append(out, reasonReport{
			Code: string(r.Code), Rule: r.Rule, Verdict: r.Verdict.String(), Field: r.Field, Detail: r.Detail,
			Message: r.Message(tag), Remedy: r.Remedy(tag), Source: r.Source.String(),
		})
	}
	return out
}

func writeCheckText(w io.Writer, r *checkReport, a eligibility.Application, tag language.Tag) {
	ja := tag == language.Japanese
	label := func(jaText, enText string) string {
		if ja {
			return jaText
		}
		return enText
	}
	if r.VerdictText == r.Verdict {
		fmt.Fprintf(w, "%s: %s\n", label("判定", "verdict"), r.Verdict)
	} else {
		fmt.Fprintf(w, "%s: %s (%s)\n", label("判定", "verdict"), r.VerdictText, r.Verdict)
	}
	fmt.Fprintf(w, "%s: %s (%s %s)\n", label("事業者", "policy"), r.PolicyName, label("データ時点", "data as of"), r.AsOf)
	fmt.Fprintf(w, "%s: %s / %s\n", label("支払い方法", "method"), labelOr(a.Method.Label(tag), a.Method.String()), labelOr(a.Purpose.Label(tag), a.Purpose.String()))
	if a.Method.IsCard() {
		fmt.Fprintf(w, "%s: %v\n", label("カード", "card"), a.Card)
	}
	fmt.Fprintf(w, "%s: %s\n", label("確認時刻", "checked at"), a.At.Format(time.RFC3339))
	if len(r.Reasons) > 0 {
		fmt.Fprintln(w, label("理由:", "reasons:"))
		for _, x := range r.Reasons {
			writeReason(w, x, label("対処", "remedy"))
		}
	}
	if len(r.Notes) > 0 {
		fmt.Fprintln(w, label("補足:", "notes:"))
		for _, x := range r.Notes {
			writeReason(w, x, label("対処", "remedy"))
		}
	}
	var srcs []string
	for _, x := range append(append([]reasonReport{}, r.Reasons...), r.Notes...) {
		if x.Source != "" && !slices.Contains(srcs, x.Source) {
			srcs = append(srcs, x.Source)
		}
	}
	if len(srcs) > 0 {
		fmt.Fprintf(w, "%s: %s\n", label("出典", "source"), strings.Join(srcs, "; "))
	}
}

func labelOr(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

func writeReason(w io.Writer, x reasonReport, remedy string) {
	rule := x.Rule
	if rule == "" {
		rule = "-"
	}
	fmt.Fprintf(w, "  [%s] %s: %s\n", rule, x.Code, x.Message)
	if x.Remedy != "" {
		fmt.Fprintf(w, "      %s: %s\n", remedy, x.Remedy)
	}
}

// parseLang accepts ja or en (and tags based on them, like ja-JP).
func parseLang(s string) (language.Tag, error) {
	t, err := language.Parse(s)
	if err == nil {
		switch b, _ := t.Base(); b.String() {
		case "ja":
			return language.Japanese, nil
		case "en":
			return language.English, nil
		}
	}
	return language.Und, errors.New("unknown -lang; want ja or en")
}

// parseAt reads RFC3339, or a date YYYY-MM-DD taken as midnight JST.
func parseAt(s string) (time.Time, error) {
	if len(s) > 64 {
		return time.Time{}, errors.New("-at too long; want RFC3339, e.g. 2025-06-15T10:00:00+09:00")
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", s, time.FixedZone("JST", 9*3600)); err == nil {
		return t, nil
	}
	return time.Time{}, errors.New("bad -at; want RFC3339, e.g. 2025-06-15T10:00:00+09:00, or YYYY-MM-DD")
}

// parseMethods reads a comma-separated list of methods.
func parseMethods(s string) ([]eligibility.Method, error) {
	if len(s) > eligibility.MaxCombined*(eligibility.MaxNameLen+1) {
		return nil, fmt.Errorf("-combined too long; at most %d methods", eligibility.MaxCombined)
	}
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	if len(parts) > eligibility.MaxCombined {
		return nil, fmt.Errorf("-combined lists %d methods; at most %d", len(parts), eligibility.MaxCombined)
	}
	out := make([]eligibility.Method, 0, len(parts))
	for _, p := range parts {
		m, err := eligibility.ParseMethod(strings.TrimSpace(p))
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// parseInstalments reads -instalments: a whole number; its range (0 to
// eligibility.MaxInstalments) is the library's to judge.
func parseInstalments(s string) (int, error) {
	const msg = "bad -instalments; want a whole number, 0 or 1 for a lump sum"
	if len(s) > 16 {
		return 0, errors.New(msg)
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, errors.New(msg)
	}
	return n, nil
}

// readApplication decodes one application from r: at most maxStdin bytes
// holding exactly one JSON object. The library's decoder refuses unknown
// fields and never quotes the input in its errors.
func readApplication(r io.Reader) (eligibility.Application, error) {
	var a eligibility.Application
	b, err := io.ReadAll(io.LimitReader(r, maxStdin+1))
	if err != nil {
		return a, fmt.Errorf("reading standard input: %w", err)
	}
	if len(b) > maxStdin {
		return a, fmt.Errorf("application on standard input longer than %d bytes", maxStdin)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&a); err != nil {
		return a, fmt.Errorf("application JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return eligibility.Application{}, errors.New("application JSON: more than one value on standard input")
	}
	return a, nil
}
