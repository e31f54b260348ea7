package eligibility

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
)

// Expiry years outside 2000–2099 are absurd and give "invalid-input" with
// detail "range" (C4, C6); so does a check time (Application.At) whose year
// in JST is outside that range, since expiry cannot be judged against it. A
// two-digit expiry year YY means 20YY: cards carry no century, and no card
// valid today expired before 2000.
const (
	minExpiryYear = 2000 // the first year "YY" can mean
	maxExpiryYear = 2099 // the last year "YY" can mean
)

// jstOffset is Japan Standard Time's offset; Japan has no daylight saving
// time, so adding it to UTC is time.FixedZone("JST", 9*3600) without the
// allocation.
const jstOffset = 9 * time.Hour

// jstDate returns t's date in JST.
func jstDate(t time.Time) (int, time.Month, int) { return t.UTC().Add(jstOffset).Date() }

// Check judges a whole application against the policy and returns every
// finding (see [Decision]). In order:
//
//   - the application's own fields: Method, Purpose, At, Instalments,
//     Campaign, Combined, and the length bound of every text field, the
//     card's included, whatever the method ("invalid-input" naming the
//     field; a field beyond its bound is not looked at further);
//   - for a card method, the card: the number given (C6) and its brand
//     (M1); the expiry,
//     valid through the last day of its month in JST at At (C4; a note in
//     the expiry month, CH3); and where the policy's [Policy.Rules] hold C1–C3, the
//     issuing country (C2), a corporate card on an individual contract (C1)
//     and the card name against the holder's kana with [MatchName] (C3; a
//     note names the variant when it matched through one);
//   - the method table for the card's real kind (its Funding, when known:
//     credit M1, debit M2, prepaid M7), with the M2 issuer exceptions;
//   - gift certificates: a campaign code is needed, and they combine with
//     neither points nor a card (M8);
//   - instalments: none, pay in one lump sum (M9);
//   - every other combined method, once each, against the method table.
//
// The verdict is the most severe finding's (see [Decision]). Check never
// panics and never reads the clock. It does not judge a security code:
// [Policy.CheckTyped] does.
func (p Policy) Check(a Application) Decision { return p.check(a, "", "") }

// CheckTyped is [Policy.Check] for a form's input as typed, with the card
// number and the security code as parameters that no value of the module
// keeps. number, when not empty, is read with [brand.Parse] in place of
// a.Card.Number: one that does not parse gives "card-number-invalid" (C6)
// with the detail "syntax", "length", "checksum" or "empty",
// never a digit. code, when not empty, is judged for a card method against
// rule C5 (3 digits, 4 for American Express, full-width digits folded; see
// [brand.ValidSecurityCode]) and dropped. Either beyond its byte bound
// (96 and 16 bytes) is "invalid-input" ("too-long"),
// whatever the method. CheckTyped(a, "", "") is Check(a).
func (p Policy) CheckTyped(a Application, number, code string) Decision {
	return p.check(a, number, code)
}

func (p Policy) check(a Application, number, code string) Decision {
	var d Decision
	methodOK, purposeOK := a.Method.IsValid(), a.Purpose.IsValid()
	if !methodOK {
		d.add(invalid("method", "unknown"))
	}
	if !purposeOK {
		d.add(invalid("purpose", "unknown"))
	}
	atOK := false
	switch y, _, _ := jstDate(a.At); {
	case a.At.IsZero():
		d.add(invalid("at", "empty"))
	case y < minExpiryYear || y > maxExpiryYear:
		d.add(invalid("at", "range"))
	default:
		atOK = true
	}
	if a.Instalments < 0 || a.Instalments > MaxInstalments {
		d.add(invalid("instalments", "range"))
	}
	checkText(&d, "campaign", a.Campaign, maxCampaignLen)
	combinedOK := true
	if len(a.Combined) > maxCombined {
		d.add(invalid("combined", "too-long"))
		combinedOK = false
	} else {
		for i, m := range a.Combined {
			if !m.IsValid() {
				d.add(invalid("combined["+strconv.Itoa(i)+"]", "unknown"))
				combinedOK = false
			}
		}
	}
	in := checkBounds(&d, a)
	in.at = atOK
	in.code = checkLen(&d, "card.securityCode", code, maxSecurityCodeLen)
	in.number = checkLen(&d, "card.number", number, maxNumberLen)

	m := a.Method
	if methodOK && m.isCard() {
		m = p.checkCard(&d, a, number, code, in)
	}
	if !methodOK || !purposeOK {
		return d.finish()
	}

	c := p.cell(m, a.Purpose)
	switch {
	case m == DebitCard && p.debitExceptions && c.v == Rejected && c.code == codeDebitNotAccepted && a.Purpose != DevicePurchase:
		// M2's reported exceptions are cards that registered for the
		// monthly charges; M9 takes a device in one lump sum by credit
		// card only, and the seed names no debit card that does.
		d.add(debitException(a.Card.Issuer, in.issuer, c))
	case c.code == codeGiftCampaignConditions && noCampaign(a.Campaign):
		// M8: no campaign, no gift certificates.
		d.add(Reason{Code: codeGiftCampaignOnly, Rule: "M8", Verdict: Rejected})
	default:
		d.add(c.reason())
	}

	if combinedOK {
		p.checkCombined(&d, m, a)
	}
	// M9: the carrier offers no instalments.
	if a.Instalments > 1 && a.Instalments <= MaxInstalments && p.lumpSum.code != "" {
		r := p.lumpSum.reason()
		r.Field = "instalments"
		d.add(r)
	}
	// P3: a carrier closed to new sign-ups on the day of the application.
	if p.closed != 0 && atOK && !a.Holder.Existing {
		if r, ok := closure(p.closed, jstDay(a.At), Rejected); ok {
			d.add(r)
		}
	}
	return d.finish()
}

// within records which text fields of an application are within their
// bounds, so that only those are looked at.
type within struct {
	name, issuer, country, code, number, kana bool
	at                                        bool // At is set and within range
}

// checkBounds checks the length of every text field of the card and the
// holder, in constant time each, whatever the method: an over-long field
// is bad input even where it would not be judged. A name, the expiry, the
// issuer and the country within their bounds are then refused when they
// hold an invisible character ("text"), and the names when they
// hold a run of digits that may be a card number ("card-number"), whatever
// the policy judges.
func checkBounds(d *Decision, a Application) within {
	c := a.Card
	return within{
		name:    checkLen(d, "card.name", c.Name, maxCardNameLen) && visible(d, "card.name", c.Name) && noCardNumber(d, "card.name", c.Name),
		issuer:  checkLen(d, "card.issuer", c.Issuer, maxIssuerLen) && visible(d, "card.issuer", c.Issuer),
		country: checkLen(d, "card.country", c.Country, maxCountryLen) && visible(d, "card.country", c.Country),
		kana:    checkLen(d, "holder.kana", a.Holder.Kana, maxKanaLen) && visible(d, "holder.kana", a.Holder.Kana) && noCardNumber(d, "holder.kana", a.Holder.Kana),
	}
}

// checkCombined judges the other methods of a combined payment: each
// against the table, once however often it is listed, and M8's ban on
// combining gift certificates with points or a card, where the policy's
// gift certificates are IIJmio's campaign ones.
func (p Policy) checkCombined(d *Decision, m Method, a Application) {
	gift, other := m == GiftCertificate, m == Points || m.isCard()
	var seen uint32 = 1 << m
	for _, cm := range a.Combined {
		if seen&(1<<cm) != 0 {
			continue
		}
		seen |= 1 << cm
		gift = gift || cm == GiftCertificate
		other = other || cm == Points || cm.isCard()
		c := p.cell(cm, a.Purpose)
		switch {
		case c.code == codeGiftCampaignConditions && noCampaign(a.Campaign):
			d.add(Reason{Code: codeGiftCampaignOnly, Rule: "M8", Verdict: Rejected, Field: "combined"})
		case c.v != Accepted:
			d.add(c.reason())
		}
	}
	if gift && other && p.cell(GiftCertificate, a.Purpose).code == codeGiftCampaignConditions {
		d.add(Reason{Code: CodeGiftNotCombinable, Rule: "M8", Verdict: Rejected, Field: "combined"})
	}
}

// checkCard runs the card checks and returns the method the card really is
// (its Funding when known).
func (p Policy) checkCard(d *Decision, a Application, number, code string, in within) Method {
	c := a.Card
	m := a.Method
	switch c.Funding {
	case brand.Credit:
		m = CreditCard
	case brand.Debit:
		m = DebitCard
	case brand.Prepaid:
		m = PrepaidCard
	case brand.FundingUnknown:
	default:
		d.add(invalid("card.funding", "unknown"))
	}

	// C6 input error, M1 brand.
	n := c.Number
	switch {
	case number == "":
		p.checkNumber(d, n)
	case !in.number:
		n = brand.Number{} // too long, reported with the bounds
	default:
		var err error
		if n, err = brand.Parse(number); err != nil {
			d.add(Reason{Code: CodeCardNumberInvalid, Rule: "C6", Verdict: Rejected, Field: "card.number", Detail: numberDetail(err)})
		} else {
			p.checkNumber(d, n)
		}
	}

	// C5: the security code is checked, never kept.
	if code != "" && in.code && !validSecurityCode(n.Brand(), code) {
		d.add(Reason{Code: CodeSecurityCodeInvalid, Rule: "C5", Verdict: Rejected, Field: "card.securityCode"})
	}

	checkExpiry(d, c.Expiry, a.At, in.at)

	if in.issuer && !validText(c.Issuer) {
		d.add(invalid("card.issuer", "text"))
	}
	if !p.holderRules {
		return m
	}

	// C2: issued in Japan.
	if in.country {
		switch countryClass(c.Country) {
		case countryUnknown:
			d.add(Reason{Code: codeCountryNotChecked, Rule: "C2", Verdict: Accepted, Field: "card.country"})
		case countryAbroad:
			d.add(Reason{Code: CodeCardIssuedAbroad, Rule: "C2", Verdict: Rejected, Field: "card.country"})
		case countryMalformed:
			d.add(invalid("card.country", "syntax"))
		case countryJapan:
		}
	}

	// C1: the holder's own card; a corporate card only on a corporate
	// contract, which only a policy for corporate contracts (IIJmio biz,
	// M5) has: on an individual one a corporate holder changes nothing.
	corporate := p.corporate && a.Holder.Corporate
	if c.Corporate && !corporate {
		d.add(Reason{Code: CodeCorporateCard, Rule: "C1", Verdict: Rejected, Field: "card.corporate"})
	}

	// C3: the card name against the holder's kana.
	switch {
	case !in.name || !in.kana:
	case corporate:
		d.add(Reason{Code: codeHolderNameNotChecked, Rule: "C3", Verdict: Accepted, Field: "card.name"})
	default:
		if r, ok := nameReason(MatchName(c.Name, a.Holder.Kana)); ok {
			d.add(r)
		}
	}
	return m
}

// checkNumber judges a parsed card number: C6, missing (the zero Number);
// M1, a brand the policy takes.
func (p Policy) checkNumber(d *Decision, n brand.Number) {
	if n == (brand.Number{}) {
		d.add(Reason{Code: CodeCardNumberInvalid, Rule: "C6", Verdict: Rejected, Field: "card.number", Detail: "empty"})
		return
	}
	if b := n.Brand(); !p.AcceptsBrand(b) {
		d.add(Reason{Code: CodeBrandNotAccepted, Rule: "M1", Verdict: Rejected, Field: "card.number", Detail: b.String()})
	}
}

// checkExpiry judges the expiry (C4): a card is valid through the last day
// of its expiry month, that day's end in JST, so it has expired from 00:00
// JST on the 1st of the next month, whatever zone at is given in. In the
// expiry month itself a note asks for the renewed card (CH3). When at is
// missing or out of range (atOK false; Check reports it) only the form is
// checked.
func checkExpiry(d *Decision, expiry billing.YearMonth, at time.Time, atOK bool) {
	switch {
	case expiry == billing.YearMonth{}:
		d.add(invalid("card.expiry", "empty"))
		return
	case !expiry.IsValid() || expiry.Year < minExpiryYear || expiry.Year > maxExpiryYear:
		d.add(invalid("card.expiry", "range"))
		return
	case !atOK:
		return
	}
	ny, nm, _ := jstDate(at)
	switch now, exp := ny*12+int(nm), expiry.Year*12+int(expiry.Month); {
	case now > exp:
		d.add(Reason{Code: CodeCardExpired, Rule: "C4", Verdict: Rejected, Field: "card.expiry"})
	case now == exp:
		d.add(Reason{Code: CodeCardExpiresSoon, Rule: "CH3", Verdict: Accepted, Field: "card.expiry"})
	}
}

// nameReason turns the matcher's answer into a reason: none for an exact
// match, a note for a match through a variant (which one, C3), a refusal
// for a mismatch, and invalid-input for a name that cannot be read.
func nameReason(nm NameMatch, err error) (Reason, bool) {
	if err != nil {
		field := "card.name"
		var e *Error
		if errors.As(err, &e) {
			field = e.Field
		}
		return invalid(field, category(err).Token()), true
	}
	switch nm.Kind {
	case Exact:
		if len(nm.Rules) == 0 {
			return Reason{}, false
		}
	case Variant, Reordered, Truncated, Mismatch:
	}
	// The detail is the matcher's stable codes: its kind, then the rules a
	// match needed ("reordered: order-swapped").
	detail := nm.Kind.String()
	for i, r := range nm.Rules {
		if i == 0 {
			detail += ": "
		} else {
			detail += ", "
		}
		detail += r.String()
	}
	if nm.OK() {
		return Reason{Code: CodeHolderNameVariant, Rule: "C3", Verdict: Accepted, Field: "card.name", Detail: detail}, true
	}
	return Reason{Code: CodeHolderNameMismatch, Rule: "C3", Verdict: Rejected, Field: "card.name", Detail: detail}, true
}

// checkText adds invalid-input for a text field beyond its bound or not
// valid text.
func checkText(d *Decision, field, s string, max int) {
	switch {
	case len(s) > max:
		d.add(invalid(field, "too-long"))
	case !validText(s):
		d.add(invalid(field, "text"))
	}
}

// checkLen adds invalid-input for a field beyond its bound and reports
// whether the field is within it.
func checkLen(d *Decision, field, s string, max int) bool {
	if len(s) > max {
		d.add(invalid(field, "too-long"))
		return false
	}
	return true
}

// numberDetail names what is wrong with a number that brand.Parse refused.
func numberDetail(err error) string {
	switch {
	case errors.Is(err, brand.ErrEmpty):
		return "empty"
	case errors.Is(err, brand.ErrSyntax):
		return "syntax"
	case errors.Is(err, brand.ErrLength):
		return "length"
	case errors.Is(err, brand.ErrChecksum):
		return "checksum"
	}
	return "syntax"
}

// validSecurityCode checks C5: the brand's length when the brand is known
// (brand.ValidSecurityCode, which folds full-width digits), 3 or 4 digits
// when the number did not parse.
func validSecurityCode(b brand.Brand, s string) bool {
	if b != brand.Unknown {
		return brand.ValidSecurityCode(b, s) == nil
	}
	n := 0
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			return false
		}
		n++
	}
	return n == 3 || n == 4
}

type issuerClass uint8

const (
	issuerOther issuerClass = iota
	issuerPayPayBank
	issuerSurugaBank
	issuerRakutenBank
)

// debitIssuers are the issuers of M2, folded (see fold), prefix-free and
// sorted for binary search (TestDebitIssuersSorted). ジャパンネット銀行 is
// PayPay Bank's name before April 2021; cards issued under it still carry
// it.
var debitIssuers = [...]struct {
	key   string
	class issuerClass
}{
	{"japannetbank", issuerPayPayBank},
	{"paypaybank", issuerPayPayBank},
	{"paypay銀行", issuerPayPayBank},
	{"rakutenbank", issuerRakutenBank},
	{"surugabank", issuerSurugaBank},
	{"ジャパンネット銀行", issuerPayPayBank},
	{"スルガ銀行", issuerSurugaBank},
	{"ペイペイ銀行", issuerPayPayBank}, // PayPay銀行 as read aloud, typed in kana
	{"楽天銀行", issuerRakutenBank},
}

// classifyIssuer finds the M2 issuer an issuer name starts with, after
// folding and without a leading 株式会社 or (株).
func classifyIssuer(s string) issuerClass {
	if len(s) > maxIssuerLen {
		return issuerOther
	}
	k := fold(s)
	k = strings.TrimPrefix(k, "株式会社")
	k = strings.TrimPrefix(k, "(株)")
	// The keys are prefix-free, so the only key that can be a prefix of k
	// is the greatest key ≤ k.
	i := sort.Search(len(debitIssuers), func(i int) bool { return debitIssuers[i].key > k })
	if i > 0 && strings.HasPrefix(k, debitIssuers[i-1].key) {
		return debitIssuers[i-1].class
	}
	return issuerOther
}

// debitException applies M2's reported exceptions to a debit card that the
// table refuses: PayPay Bank and Suruga Bank debit cards have registered
// for some people (Uncertain: not guaranteed, not recommended); Rakuten Bank
// debit and every other debit card are refused. The seed contradicts itself
// (one Q&A lists Rakuten Bank among cards that registered; another passage
// calls PayPay Bank and Suruga Bank cards unusable); this follows its debit
// table and rule M2 (docs/RULES.md).
func debitException(issuer string, issuerOK bool, c cell) Reason {
	if !issuerOK {
		return c.reason() // too long to be one of M2's issuers
	}
	switch classifyIssuer(issuer) {
	case issuerPayPayBank:
		return Reason{Code: CodeDebitUncertain, Rule: "M2", Verdict: Uncertain, Field: "card.issuer", Detail: "paypay-bank"}
	case issuerSurugaBank:
		return Reason{Code: CodeDebitUncertain, Rule: "M2", Verdict: Uncertain, Field: "card.issuer", Detail: "suruga-bank"}
	case issuerRakutenBank:
		return Reason{Code: codeDebitNotAccepted, Rule: "M2", Verdict: Rejected, Field: "card.issuer", Detail: "rakuten-bank"}
	case issuerOther:
	}
	return c.reason()
}

// asciiCountry classifies a country given in ASCII letters only (at most
// 8, around spaces), without allocating; ok is false for anything else.
func asciiCountry(s string) (k countryKind, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > 8 {
		return 0, false
	}
	var buf [8]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			return 0, false
		}
		buf[i] = c
	}
	switch w := string(buf[:len(s)]); {
	case w == "":
		return countryUnknown, true
	case japanName(w):
		return countryJapan, true
	case len(w) == 2 || len(w) == 3:
		return countryAbroad, true // another ISO 3166 code
	}
	return countryMalformed, true // a name kessai does not read: not judged
}

// japanName reports whether w, folded (lower case, width folded), names
// Japan: its ISO codes, its names in English, romaji and Japanese.
func japanName(w string) bool {
	switch w {
	case "jp", "jpn", "japan", "nippon", "nihon", "日本", "日本国", "にほん", "にっぽん", "ニホン", "ニッポン":
		return true
	}
	return false
}

type countryKind uint8

const (
	countryUnknown countryKind = iota
	countryJapan
	countryAbroad
	countryMalformed
)

// countryClass classifies an issuer country (C2): Japan by code or name,
// abroad for any other ISO 3166 code (two or three letters); any other
// text is no country kessai can read (countryMalformed: invalid input,
// not a guess that the card is foreign: "Nippon" was refused as abroad).
func countryClass(s string) countryKind {
	if strings.TrimSpace(s) == "" {
		return countryUnknown
	}
	if k, ok := asciiCountry(s); ok {
		return k // the common case, an ISO code, without folding
	}
	if !validText(s) {
		return countryMalformed
	}
	k := fold(s)
	switch {
	case k == "":
		return countryUnknown
	case japanName(k):
		return countryJapan
	}
	if n := utf8.RuneCountInString(k); n == 2 || n == 3 {
		for _, r := range k {
			if r < 'a' || r > 'z' {
				return countryMalformed
			}
		}
		return countryAbroad // another ISO 3166 code, written in full width
	}
	return countryMalformed
}
