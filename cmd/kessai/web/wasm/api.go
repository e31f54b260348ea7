package main

// api.go is the whole glue between the library and JavaScript: one function
// per JS method, each taking strings and returning one JSON document in the
// library's dialect (camelCase keys). main_js.go only converts arguments and
// results; everything here runs, and is tested and benchmarked, on any
// platform.

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/msg"
	"github.com/kessai-jp/kessai/internal/pan"
)

// message is a finding in both languages: the customer sentence and remedy
// (the text of the eligibility.Reason with the same code), and the
// library's error text as the machine detail.
type message struct {
	Code     eligibility.Code `json:"code"`
	Rule     string           `json:"rule,omitempty"`
	Field    string           `json:"field,omitempty"`
	Detail   string           `json:"detail,omitempty"`
	Ja       string           `json:"ja"`
	En       string           `json:"en"`
	RemedyJa string           `json:"remedyJa,omitempty"`
	RemedyEn string           `json:"remedyEn,omitempty"`
	Text     string           `json:"text,omitempty"` // the library's error, in English
}

func newMessage(r eligibility.Reason, err error) *message {
	m := &message{
		Code: r.Code, Rule: r.Rule, Field: r.Field, Detail: r.Detail,
		Ja: r.Message(language.Japanese), En: r.Message(language.English),
		RemedyJa: r.Remedy(language.Japanese), RemedyEn: r.Remedy(language.English),
	}
	if err != nil {
		m.Text = err.Error()
	}
	return m
}

// invalid is the "invalid-input" finding for an argument of the JS API.
func invalid(field, detail string, err error) *message {
	return newMessage(eligibility.Reason{Code: eligibility.CodeInvalidInput, Verdict: eligibility.Rejected, Field: field, Detail: detail}, err)
}

// fromError is the "invalid-input" finding for an input the library
// refused: its field, the category's token as detail (as Check gives it)
// and the error's own sentence in both languages
// (eligibility.Error.Message).
func fromError(err error) *message {
	m := invalid("", "syntax", err)
	var e *eligibility.Error
	if errors.As(err, &e) {
		m.Field, m.Detail = e.Field, detailOf(err)
		m.Ja, m.En = e.Message(language.Japanese), e.Message(language.English)
	}
	return m
}

// detailOf is the token of the category of an eligibility or billing
// error, as the CLI's error codes give it (internal/msg's categories, so
// the two cannot drift apart); "syntax" for any other.
func detailOf(err error) string {
	for _, c := range []struct {
		err error
		cat msg.Category
	}{
		{eligibility.ErrEmpty, msg.Empty}, {eligibility.ErrTooLong, msg.TooLong}, {eligibility.ErrSyntax, msg.Syntax},
		{eligibility.ErrRange, msg.Range}, {eligibility.ErrText, msg.BadText}, {eligibility.ErrUnknown, msg.Unknown},
		{eligibility.ErrCardNumber, msg.CardNumber},
		{billing.ErrEmpty, msg.Empty}, {billing.ErrTooLong, msg.TooLong}, {billing.ErrSyntax, msg.Syntax},
		{billing.ErrRange, msg.Range}, {billing.ErrUnknown, msg.Unknown}, {billing.ErrOrder, msg.Order},
		{billing.ErrConflict, msg.Conflict},
	} {
		if errors.Is(err, c.err) {
			return c.cat.Token()
		}
	}
	return msg.Syntax.Token()
}

// errorJSON is the answer to a call that could not be judged at all.
type errorJSON struct {
	Error *message `json:"error"`
}

// encode marshals v without HTML escaping (the page inserts text with
// textContent, never as markup) and hands it to [answer].
func encode(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// Unreachable: every answer is plain structs of strings,
		// numbers and library values that marshal without error.
		return `{"error":{"code":"internal","ja":"内部エラー","en":"internal error"}}`
	}
	return answer(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

// answer is the one way out to JavaScript of every answer. The library
// masks card numbers in everything it renders (brand.Number,
// eligibility.Application, error texts), and no answer repeats an input;
// should one still hold a run of digits that may be a card number,
// internal/pan, the one detector every output of kessai passes through,
// masks it here (TestNoCardNumberInAnswer, TestAnswerMasks).
func answer(b []byte) string { return string(pan.MaskBytes(b)) }

// cardJSON is the answer of kessai.card, with the keys of "kessai card -json".
type cardJSON struct {
	Brand           brand.Brand   `json:"brand"`
	Candidates      []brand.Brand `json:"candidates"`
	Masked          string        `json:"masked,omitempty"`
	Formatted       string        `json:"formatted,omitempty"`
	Length          int           `json:"length"`
	Luhn            string        `json:"luhn"` // "valid", "invalid" or "not-checked", as the CLI's -json
	SecurityCodeLen int           `json:"securityCodeLength,omitempty"`
	Complete        bool          `json:"complete"`             // a valid number
	Incomplete      bool          `json:"incomplete,omitempty"` // too few digits yet: keep typing
	Error           *message      `json:"error,omitempty"`
}

// card reads a card number as it is being typed (C5, C6): the brand, the
// brands still possible, length and Luhn state, the masked forms once it is
// a valid number, and otherwise the error as a "card-number-invalid" finding
// in Japanese and English. Incomplete marks a number that more digits may
// still make valid, so a form need not show the error yet.
func card(input string) string {
	r := cardJSON{Candidates: brand.Candidates(input), Luhn: "not-checked"}
	if r.Candidates == nil {
		r.Candidates = []brand.Brand{} // [] in JSON, not null
	}
	n, err := brand.Parse(input)
	if err == nil {
		r.Brand, r.Masked, r.Formatted = n.Brand(), n.Masked(), n.Format()
		r.Length = len(r.Masked)
		r.Luhn, r.SecurityCodeLen, r.Complete = "valid", n.Brand().SecurityCodeLen(), true
		return encode(r)
	}
	detail := "syntax" // the tokens Policy.CheckTyped gives
	var pe *brand.Error
	if errors.As(err, &pe) {
		r.Brand = pe.Brand
		r.Length = pe.Digits
		switch {
		case errors.Is(err, brand.ErrEmpty):
			detail, r.Incomplete = "empty", true
		case errors.Is(err, brand.ErrTooLong):
			detail = "too-long"
		case errors.Is(err, brand.ErrSyntax):
			detail = "syntax"
		case errors.Is(err, brand.ErrChecksum):
			detail, r.Luhn = "checksum", "invalid"
		case errors.Is(err, brand.ErrLength):
			detail = "length"
			// As "kessai card": more digits may still make a number while
			// it is short of the fewest any brand has, or while a brand
			// remains whose numbers in this range can be longer.
			r.Incomplete = pe.Digits < minDigits || len(r.Candidates) > 0
		}
	}
	if r.Brand == brand.Unknown {
		r.Brand = brand.Detect(input)
	}
	r.SecurityCodeLen = r.Brand.SecurityCodeLen()
	reason, _ := eligibility.ReasonFor(eligibility.CodeCardNumberInvalid)
	reason.Field, reason.Detail = "card.number", detail
	r.Error = newMessage(reason, err)
	return encode(r)
}

// minDigits is the fewest digits of a card number brand.Parse accepts, of
// a brand it does not know.
const minDigits = 12

// nameRule is one variant rule a name match needed (C3).
type nameRule struct {
	Code string `json:"code"`
	Ja   string `json:"ja"`
	En   string `json:"en"`
}

// nameJSON is the answer of kessai.name, with the keys of "kessai name
// -json" (less the inputs, which the page has).
type nameJSON struct {
	Profile  eligibility.NameProfile `json:"profile"`
	Kind     eligibility.MatchKind   `json:"kind"`
	OK       bool                    `json:"ok"`
	Rule     string                  `json:"rule"`
	Rules    []nameRule              `json:"rules"`
	Passport string                  `json:"passport,omitempty"` // the passport-Hepburn card name for the kana
	Reason   *message                `json:"reason,omitempty"`   // name-variant or name-mismatch, as Check reports it
}

// name compares a card name with the holder's kana (C3) under a profile
// ("standard" or "strict"; "" is standard): the decision, each variant rule
// with its messages, and the passport-Hepburn spelling of the kana.
func name(cardName, kana, profile string) string {
	var p eligibility.NameProfile
	if profile != "" {
		if err := p.UnmarshalText([]byte(profile)); err != nil {
			return encode(errorJSON{invalid("profile", "unknown", err)})
		}
	}
	m, err := p.Match(cardName, kana)
	if err != nil {
		// The field and detail of the "invalid-input" reason Check gives,
		// with the library's message, and no match beside it.
		return encode(errorJSON{fromError(err)})
	}
	r := nameJSON{Profile: p, Kind: m.Kind, OK: m.OK(), Rule: "C3", Rules: make([]nameRule, 0, len(m.Rules))}
	var rules []string
	for _, rule := range m.Rules {
		r.Rules = append(r.Rules, nameRule{Code: rule.String(), Ja: rule.Message(language.Japanese), En: rule.Message(language.English)})
		rules = append(rules, rule.String())
	}
	r.Passport, _ = eligibility.CardName(kana) // the kana was just accepted
	if m.Kind != eligibility.Exact || len(m.Rules) > 0 {
		// The reason Check gives for this match, detail and all: the
		// matcher's kind, then the rules it needed.
		code := eligibility.CodeHolderNameMismatch
		if m.OK() {
			code = eligibility.CodeHolderNameVariant
		}
		reason, _ := eligibility.ReasonFor(code)
		reason.Field, reason.Detail = "card.name", m.Kind.String()
		if len(rules) > 0 {
			reason.Detail += ": " + strings.Join(rules, ", ")
		}
		r.Reason = newMessage(reason, nil)
	}
	return encode(r)
}

// reasonJSON is one reason of a decision in the language asked for.
type reasonJSON struct {
	Code    eligibility.Code    `json:"code"`
	Rule    string              `json:"rule,omitempty"`
	Verdict eligibility.Verdict `json:"verdict"`
	Field   string              `json:"field,omitempty"`
	Detail  string              `json:"detail,omitempty"`
	Message string              `json:"message"`
	Remedy  string              `json:"remedy,omitempty"`
	Source  billing.Source      `json:"source,omitzero"` // where a preset's fact comes from
}

// checkJSON is the answer of kessai.check, with the keys of "kessai check
// -json" less the application, which the page has.
type checkJSON struct {
	Policy      string              `json:"policy"`
	PolicyName  string              `json:"policyName"`
	AsOf        string              `json:"asOf"`
	Lang        string              `json:"lang"`
	Verdict     eligibility.Verdict `json:"verdict"`
	VerdictText string              `json:"verdictText"`
	Reasons     []reasonJSON        `json:"reasons"`
	Notes       []reasonJSON        `json:"notes"`
}

// lang reads "ja" or "en".
func lang(s string) (language.Tag, bool) {
	switch s {
	case "ja":
		return language.Japanese, true
	case "en":
		return language.English, true
	}
	return language.Und, false
}

// check judges an application (the JSON of eligibility.Application; "at"
// is required, since the library never reads the clock) against a preset
// policy (eligibility.PolicyByID), with messages in lang ("ja" or "en").
// number and code are the card number and the security code as typed, passed
// to Policy.CheckTyped, which keeps neither: a number that does not parse
// is a C6 reason, not an error; "" for either leaves the application's own
// number, or no code.
func check(application, preset, langName, number, code string) string {
	tag, ok := lang(langName)
	if !ok {
		return encode(errorJSON{invalid("lang", "unknown", errors.New(`want "ja" or "en"`))})
	}
	p, ok := eligibility.PolicyByID(preset)
	if !ok {
		return encode(errorJSON{invalid("preset", "unknown", errors.New("unknown preset"))})
	}
	var a eligibility.Application
	// Decoded by the Application itself, not through encoding/json, which
	// checks the syntax first with errors of its own: every fault is then
	// the library's *Error, its field, category and message.
	if err := a.UnmarshalJSON([]byte(application)); err != nil {
		return encode(errorJSON{fromError(err)})
	}
	d := p.CheckTyped(a, number, code)
	return encode(checkJSON{
		Policy: p.ID(), PolicyName: p.Name(tag), AsOf: p.Source().AsOf, Lang: langName,
		Verdict: d.Verdict, VerdictText: d.Verdict.Label(tag),
		Reasons: reasons(d.Reasons, tag), Notes: reasons(d.Notes, tag),
	})
}

func reasons(rs []eligibility.Reason, tag language.Tag) []reasonJSON {
	out := make([]reasonJSON, 0, len(rs))
	for _, r := range rs {
		out = append(out, reasonJSON{Code: r.Code, Rule: r.Rule, Verdict: r.Verdict, Field: r.Field,
			Detail: r.Detail, Message: r.Message(tag), Remedy: r.Remedy(tag), Source: r.Source})
	}
	return out
}

// option is one choice of a form's selector: the token the API takes and
// its label in the language asked for.
type option struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	AsOf  string `json:"asOf,omitempty"` // for a preset: when its data holds
}

// optionsJSON is the answer of kessai.options.
type optionsJSON struct {
	Presets  []option `json:"presets"`  // eligibility.Presets, then the published ones, for check
	Methods  []option `json:"methods"`  // eligibility.Methods
	Purposes []option `json:"purposes"` // eligibility.Purposes
	Dunning  []option `json:"dunning"`  // the billing presets, for timeline
}

// options lists what a form offers for check and timeline, with the
// library's labels in lang, so that a page hard-codes none of them: the
// seed's presets and the ones from the carriers' published pages.
func options(langName string) string {
	tag, ok := lang(langName)
	if !ok {
		return encode(errorJSON{invalid("lang", "unknown", errors.New(`want "ja" or "en"`))})
	}
	var o optionsJSON
	published := []eligibility.Policy{eligibility.IIJmioPublished(), eligibility.MineoPublished(),
		eligibility.UQMobilePublished(), eligibility.OCNMobileONEPublished()}
	for _, p := range append(eligibility.Presets(), published...) {
		o.Presets = append(o.Presets, option{ID: p.ID(), Label: p.Name(tag), AsOf: p.Source().AsOf})
	}
	for _, m := range allMethods() {
		o.Methods = append(o.Methods, option{ID: m.String(), Label: m.Label(tag)})
	}
	for _, p := range allPurposes() {
		o.Purposes = append(o.Purposes, option{ID: p.String(), Label: p.Label(tag)})
	}
	for _, p := range dunningPresets() {
		o.Dunning = append(o.Dunning, option{ID: p.Name, Label: dunningLabel(p.Name).In(tag)})
	}
	return encode(o)
}

// dunningLabel is the label of a dunning preset for a person, as the
// eligibility presets name theirs.
func dunningLabel(id string) msg.Text {
	if id == billing.IIJmioPublished().Name {
		return msg.Text{JA: "IIJmio（公式ページ）", EN: "IIJmio (published)"}
	}
	return msg.Text{JA: "IIJmio（記事）", EN: "IIJmio (the article)"}
}

// dunningPresets are the billing policies timeline offers.
func dunningPresets() []billing.DunningPolicy {
	return []billing.DunningPolicy{billing.IIJmio(), billing.IIJmioPublished()}
}

// billingInvalid is invalid with the sentence of billing's error, which
// says what is wrong with the date in both languages, and the token of its
// category as detail: ParseDate("2026-02-30") is "range", not "syntax".
func billingInvalid(field string, err error) *message {
	m := invalid(field, detailOf(err), err)
	var be *billing.Error
	if errors.As(err, &be) {
		m.Ja, m.En = be.Message(language.Japanese), be.Message(language.English)
	}
	return m
}

// timelineJSON is the answer of kessai.timeline, with the keys of "kessai
// timeline -json".
type timelineJSON struct {
	Policy string          `json:"policy"`
	Failed billing.Date    `json:"failed"`
	Events []billing.Event `json:"events"`
}

// timeline is the dunning timeline (D1–D8) after a charge failed on date
// (YYYY-MM-DD) under a billing preset: "iijmio" (the seed) or
// "iijmio-published" (IIJmio's own page).
func timeline(date, preset string) string {
	var p billing.DunningPolicy
	for _, q := range dunningPresets() {
		if q.Name == preset {
			p = q
		}
	}
	if p.Name == "" {
		return encode(errorJSON{invalid("preset", "unknown", errors.New(`want "iijmio" or "iijmio-published"`))})
	}
	failed, err := billing.ParseDate(date)
	if err != nil {
		return encode(errorJSON{billingInvalid("date", err)})
	}
	events, err := p.Timeline(failed)
	if err != nil {
		return encode(errorJSON{billingInvalid("date", err)})
	}
	return encode(timelineJSON{Policy: p.Name, Failed: failed, Events: events})
}

// allMethods lists the payment methods in declaration order: the
// constants from CreditCard while IsValid holds.
func allMethods() []eligibility.Method {
	var ms []eligibility.Method
	for m := eligibility.CreditCard; m.IsValid(); m++ {
		ms = append(ms, m)
	}
	return ms
}

// allPurposes lists the purposes in declaration order.
func allPurposes() []eligibility.Purpose {
	var ps []eligibility.Purpose
	for p := eligibility.MonthlyCharges; p.IsValid(); p++ {
		ps = append(ps, p)
	}
	return ps
}
