package eligibility

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/internal/pan"
)

// Bounds on the fields of an [Application], in bytes (entries for
// Combined), documented in the kessai package doc's table of bounds.
// [Policy.Check] answers "invalid-input" with detail "too-long" beyond them,
// whatever the method, before any other work on the field.
const (
	maxNumberLen       = 96  // Card.Number as typed in JSON: brand.Parse's bound
	maxCardNameLen     = 128 // Card.Name: track 1 holds 26 characters; full width triples bytes
	maxKanaLen         = 256 // Holder.Kana: some 80 kana, a company's name included
	maxIssuerLen       = 128 // Card.Issuer: a bank's or card company's name
	maxCountryLen      = 32  // Card.Country: a code or a country's name
	maxSecurityCodeLen = 16  // the code given to Policy.CheckTyped: 4 full-width digits with room for spaces
	maxCampaignLen     = 64  // Application.Campaign: a campaign code or entry ID
	maxExpiryLen       = 32  // Card.Expiry as text in JSON: "MM/YYYY" in full width with spaces
	maxCombined        = 8   // Application.Combined: entries
)

// MaxInstalments is the largest count of instalments an application may ask
// for (Application.Instalments, 0 to 99; M9 refuses any above 1 where the
// carrier offers none). It is exported so that a form can bound its field
// (a number input's max): any other count is refused when decoded and by
// [Policy.Check], and never printed, since a card number typed into the
// field is one.
const MaxInstalments = 99

// Application is one payment application, as a sign-up or card-change form
// collects it, judged by [Policy.Check].
//
// # The card number and the security code
//
// An Application holds no card number and no security code that anything
// could print. Its card number is a [brand.Number], which keeps only the
// first 6 and last 4 digits, the length and the brand: the caller keeps
// the digits it was given (and hands them to its gateway with
// [brand.Digits]). The security code is not a field at all: it is given to
// [Policy.CheckTyped] as a parameter, judged (C5) and dropped, as is the
// number as typed when the caller has not parsed it. So no printing of an
// Application, by its own methods or by any encoder or fmt verb that
// bypasses them (fmt on a struct holding it in an unexported field), can
// show more of the number than its first 6 and last 4 digits, nor the code.
//
// The other text fields are the caller's text: Format (every fmt verb,
// %#v included), MarshalJSON, MarshalXML and GobEncode (so log/slog's
// handlers too) print them with any run of digits that may be a card number
// masked (12 or more digits in any form people type, at most the first 6
// and last 4 shown), in case a number was typed into
// the wrong field. fmt printing an Application from a caller's unexported
// field, where it cannot call these methods, prints them as they are.
type Application struct {
	Method  Method  `json:"method"`
	Purpose Purpose `json:"purpose"`
	Holder  Holder  `json:"holder"`
	Card    Card    `json:"card"` // judged only when the method is a card (credit, debit, prepaid)
	// Instalments is the number of instalments wanted; 0 or 1 is a lump sum
	// (M9). Range 0–MaxInstalments: any other count is refused when decoded
	// and by Check, and printed as "out-of-range".
	Instalments int `json:"instalments,omitempty"`
	// Campaign is the campaign code or entry ID given with gift
	// certificates (M8); empty when there is none.
	Campaign string `json:"campaign,omitempty"`
	// Combined lists the other methods paying part of the same amount
	// (M8: gift certificates combine with nothing).
	Combined []Method `json:"combined,omitempty"`
	// At is the time of the check. Expiry is judged on its date in JST
	// (C4). Required, with its year in JST within MinExpiryYear to
	// MaxExpiryYear: the library never reads the clock.
	At time.Time `json:"at"`
}

// Holder is the contract holder.
type Holder struct {
	// Kana is the holder's name in kana, family name first, e.g.
	// "ヤマダ タロウ"; a company's name for a corporate holder.
	Kana string `json:"kana"`
	// Corporate is true for a corporate contract (法人契約).
	Corporate bool `json:"corporate,omitempty"`
	// Existing is true for a customer who already has a contract with the
	// carrier (a card change, not a sign-up); a carrier closed to new
	// contracts refuses the others (P3).
	Existing bool `json:"existing,omitempty"`
}

// Card is a card as given on a form. See [Application] on how the number is
// kept out of every rendering and why there is no security code field.
type Card struct {
	// Number is the parsed card number ([brand.Parse]); the zero Number is
	// "no number" (C6). In JSON it is the number as typed, parsed on
	// decoding, and written masked.
	Number brand.Number `json:"number"`
	Name   string       `json:"name"` // as on the card, half-width romaji (C3)
	// Expiry is the month the card expires (C4: it is good through that
	// month's last day); the zero YearMonth is "not given". In JSON it is
	// "2027-03" ("" for the zero YearMonth), and decoding also takes it as a
	// card prints it, "03/27" or "03/2027" ([billing.ParseYearMonth]).
	Expiry billing.YearMonth `json:"expiry"`
	// Funding is credit, debit or prepaid when known (e.g. from a BIN
	// lookup); when known it decides which of M1, M2, M7 applies, whatever
	// the Method says.
	Funding brand.Funding `json:"funding,omitempty"`
	// Issuer is the issuing company, e.g. "三井住友カード", "PayPay銀行"; it
	// decides the M2 debit exceptions.
	Issuer string `json:"issuer,omitempty"`
	// Country is where the card was issued (C2): "JP", "JPN", "Japan",
	// "Nippon", "Nihon" or "日本" for Japan, another ISO 3166 code (two or
	// three letters: "US", "KOR") otherwise; empty when unknown. Any other
	// text cannot be judged and is invalid input.
	Country string `json:"country,omitempty"`
	// Corporate is true for a corporate card (法人カード, C1).
	Corporate bool `json:"corporate,omitempty"`
}

// text renders the card with the number masked, for Format; see Application
// on the other fields.
func (c Card) text() string {
	c = c.printable()
	return fmt.Sprintf("{number:%s name:%q expiry:%q funding:%s issuer:%q country:%q corporate:%t}",
		c.Number.Masked(), c.Name, c.Expiry.String(), c.Funding,
		c.Issuer, c.Country, c.Corporate)
}

// goString renders the card as Go syntax with the number masked, for
// %#v.
func (c Card) goString() string {
	c = c.printable()
	return fmt.Sprintf("eligibility.Card{Number:%q, Name:%q, Expiry:%q, Funding:%d, Issuer:%q, Country:%q, Corporate:%t}",
		c.Number.Masked(), c.Name, c.Expiry.String(), uint8(c.Funding),
		c.Issuer, c.Country, c.Corporate)
}

// Format makes every fmt verb print the card with the number masked and
// each text field bounded, and %#v the card as Go syntax
// with the number masked.
func (c Card) Format(f fmt.State, verb rune) { format(f, verb, c.text(), c.goString()) }

func format(f fmt.State, verb rune, s, gs string) {
	if verb == 'v' && f.Flag('#') {
		s = gs
	}
	if verb == 'q' {
		s = pan.Mask(strconv.Quote(s)) // an escape's digits can lengthen a run
	}
	_, _ = f.Write([]byte(s))
}

// cardJSON is the JSON (and XML) form of a Card: the number as typed when
// decoding, masked when encoding.
type cardJSON struct {
	Number    string `json:"number" xml:"number"`
	Name      string `json:"name" xml:"name"`
	Expiry    string `json:"expiry" xml:"expiry"`
	Funding   string `json:"funding,omitempty" xml:"funding,omitempty"`
	Issuer    string `json:"issuer,omitempty" xml:"issuer,omitempty"`
	Country   string `json:"country,omitempty" xml:"country,omitempty"`
	Corporate bool   `json:"corporate,omitempty" xml:"corporate,omitempty"`
}

// expiryError is the sentinel for an expiry billing.ParseYearMonth refused:
// ErrSyntax for text that is no month, ErrRange for a month outside 1–12.
func expiryError(err error) error {
	if errors.Is(err, billing.ErrSyntax) {
		return ErrSyntax
	}
	return ErrRange
}

// shown returns the card as it may be shown: the number masked, free text
// as [Card.printable] gives it (masked, bounded, invisible characters
// replaced).
func (c Card) shown() cardJSON {
	c = c.printable()
	return cardJSON{
		Number: c.Number.Masked(), Name: c.Name, Expiry: c.Expiry.String(),
		Funding: fundingToken(c.Funding), Issuer: c.Issuer, Country: c.Country,
		Corporate: c.Corporate,
	}
}

// fundingToken is the funding's token, "" when unknown (and left out).
func fundingToken(f brand.Funding) string {
	if f == brand.FundingUnknown {
		return ""
	}
	return f.String()
}

// MarshalJSON encodes the card with the number masked ("411111******1111",
// "" for the zero Number). This is the one place JSON does not round-trip:
// a masked number does not parse back.
func (c Card) MarshalJSON() ([]byte, error) { return json.Marshal(c.shown()) }

// MarshalXML encodes the card as MarshalJSON does, for encoding/xml, which
// would otherwise write the fields as they are.
func (c Card) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return e.EncodeElement(c.shown(), start)
}

// GobEncode encodes the card as MarshalJSON does, for encoding/gob, which
// would otherwise write the fields as they are.
func (c Card) GobEncode() ([]byte, error) { return c.MarshalJSON() }

// GobDecode decodes what GobEncode wrote, as [Card.UnmarshalJSON] does: a
// masked number does not parse back.
func (c *Card) GobDecode(b []byte) error { return c.UnmarshalJSON(b) }

// UnmarshalJSON decodes a card as a form would send it: the number as typed,
// parsed with [brand.Parse] ("" or absent: the zero Number), funding as
// "credit", "debit", "prepaid" or "", the expiry as [billing.ParseYearMonth]
// reads it ("2027-03", "03/27"; "" or absent: the zero YearMonth). A
// number that does not parse is an
// [*Error] for "card.number" wrapping brand's error (errors.Is with
// [brand.ErrChecksum] and the others), which never shows a digit. There is
// no security code field: it is an unknown field ([ErrUnknown]), as
// the code goes to [Policy.CheckTyped] only. JSON over 4 KiB
// is refused before any decoding ([ErrTooLong]); text that is no JSON
// object, or is followed by anything but white space, is [ErrSyntax] for
// "card". See [Application.UnmarshalJSON] on what errors show.
func (c *Card) UnmarshalJSON(b []byte) error {
	if len(b) > maxCardJSON {
		return &Error{Func: "Card.UnmarshalJSON", Field: "card", Err: ErrTooLong}
	}
	var j cardJSON
	if err := decodeStrict(b, &j); err != nil {
		return jsonError(err, "Card.UnmarshalJSON", "card.", "card")
	}
	var f brand.Funding
	var err error
	if j.Funding != "" {
		if err = f.UnmarshalText([]byte(j.Funding)); err != nil {
			return &Error{Func: "Card.UnmarshalJSON", Field: "card.funding", Err: err}
		}
	}
	var n brand.Number
	switch {
	case len(j.Number) > maxNumberLen:
		return &Error{Func: "Card.UnmarshalJSON", Field: "card.number", Err: ErrTooLong}
	case j.Number != "":
		if n, err = brand.Parse(j.Number); err != nil {
			return &Error{Func: "Card.UnmarshalJSON", Field: "card.number", Err: err}
		}
	}
	var exp billing.YearMonth
	if j.Expiry != "" {
		if len(j.Expiry) > maxExpiryLen {
			return &Error{Func: "Card.UnmarshalJSON", Field: "card.expiry", Err: ErrTooLong}
		}
		if exp, err = billing.ParseYearMonth(j.Expiry); err != nil {
			// billing's error is not wrapped: it quotes the input.
			return &Error{Func: "Card.UnmarshalJSON", Field: "card.expiry", Err: expiryError(err)}
		}
	}
	*c = Card{Number: n, Name: j.Name, Expiry: exp, Funding: f, Issuer: j.Issuer,
		Country: j.Country, Corporate: j.Corporate}
	return nil
}

// text renders the application, for Format, with the card as Card renders it.
// Each text field is printed with card numbers masked and invisible
// characters (bidirectional controls, zero-width characters …) replaced by
// U+FFFD; a field over its bound (see the bounds table in the kessai package doc) as its first 32 bytes with
// every digit shown as '*' and "…(+N bytes)", and more than 8
// combined methods as the first of them and "…(+N more)"; instalments
// outside 0–[MaxInstalments] as "out-of-range". So the output is bounded
// (at most 8 KiB) whatever the fields hold, and so are every fmt
// verb and MarshalJSON.
func (a Application) text() string {
	a = a.printable()
	return fmt.Sprintf("{method:%s purpose:%s holder:{kana:%q corporate:%t existing:%t} card:%s instalments:%s campaign:%q combined:%s at:%s}",
		a.Method, a.Purpose, a.Holder.Kana, a.Holder.Corporate, a.Holder.Existing, a.Card.text(),
		instalmentsText(a.Instalments), a.Campaign, combinedText(a.Combined), a.At.Format(time.RFC3339))
}

// goString renders the application as Go syntax, for %#v, with the card
// as Card's Format renders it for %#v.
func (a Application) goString() string {
	a = a.printable()
	return fmt.Sprintf("eligibility.Application{Method:%d, Purpose:%d, Holder:eligibility.Holder{Kana:%q, Corporate:%t, Existing:%t}, Card:%s, Instalments:%s, Campaign:%q, Combined:%s, At:%q}",
		uint8(a.Method), uint8(a.Purpose), a.Holder.Kana, a.Holder.Corporate, a.Holder.Existing, a.Card.goString(),
		instalmentsText(a.Instalments), a.Campaign, combinedText(a.Combined), a.At.Format(time.RFC3339))
}

// Format makes every fmt verb print the application with the number masked
// and each text field bounded, and %#v the application as Go
// syntax with the number masked.
func (a Application) Format(f fmt.State, verb rune) { format(f, verb, a.text(), a.goString()) }

// applicationJSON is the JSON form an [Application] is decoded from.
// Combined is a list of method names: as []Method, encoding/json would also
// take a base64 string for it, Method being a byte. At is parsed here so
// that a malformed time is reported without quoting it.
type applicationJSON struct {
	Method      Method   `json:"method"`
	Purpose     Purpose  `json:"purpose"`
	Holder      Holder   `json:"holder"`
	Card        Card     `json:"card"`
	Instalments int      `json:"instalments,omitempty"`
	Campaign    string   `json:"campaign,omitempty"`
	Combined    []string `json:"combined,omitempty"`
	At          string   `json:"at,omitempty"`
}

// maxTimeLen bounds the RFC 3339 text of Application.At in JSON.
const maxTimeLen = 64

// UnmarshalJSON decodes an application as a form would send it: methods and
// purposes by name ([Method.UnmarshalText], [Purpose.UnmarshalText]), the card as
// [Card.UnmarshalJSON] reads it, combined methods as a list of names (at
// most 8) and the time in RFC 3339 ("" or absent: the zero
// time, which [Policy.Check] reports as missing). An unknown field is an
// error ([ErrUnknown]), not ignored; JSON over [MaxApplicationJSON]
// bytes is refused before any decoding ([ErrTooLong]), and a count of
// instalments outside 0–[MaxInstalments] is [ErrRange]. Text that is no
// JSON object, or is followed by anything but white space, is [ErrSyntax]
// for "application", whether encoding/json, [Application.GobDecode] or
// the caller calls this method. Every error is an [*Error] naming its
// field; no error quotes a value or an unknown field's name, either of
// which could be a card number typed in the wrong place.
func (a *Application) UnmarshalJSON(b []byte) error {
	if len(b) > MaxApplicationJSON {
		return &Error{Func: "Application.UnmarshalJSON", Field: "application", Err: ErrTooLong}
	}
	var j applicationJSON
	if err := decodeStrict(b, &j); err != nil {
		return jsonError(err, "Application.UnmarshalJSON", "", "application")
	}
	if len(j.Combined) > maxCombined {
		return &Error{Func: "Application.UnmarshalJSON", Field: "combined", Err: ErrTooLong}
	}
	if !instalmentsOK(j.Instalments) {
		// Not kept and not echoed: it may be a card number.
		return &Error{Func: "Application.UnmarshalJSON", Field: "instalments", Err: ErrRange}
	}
	var combined []Method
	if j.Combined != nil {
		combined = make([]Method, len(j.Combined))
		for i, s := range j.Combined {
			m, err := parseMethod(s)
			if err != nil {
				return &Error{Func: "Application.UnmarshalJSON", Field: "combined[" + strconv.Itoa(i) + "]", Err: sentinel(err)}
			}
			combined[i] = m
		}
	}
	var at time.Time
	switch {
	case len(j.At) > maxTimeLen:
		return &Error{Func: "Application.UnmarshalJSON", Field: "at", Err: ErrTooLong}
	case j.At != "":
		t, err := time.Parse(time.RFC3339, j.At)
		if err != nil {
			return &Error{Func: "Application.UnmarshalJSON", Field: "at", Err: ErrSyntax}
		}
		at = t
	}
	*a = Application{Method: j.Method, Purpose: j.Purpose, Holder: j.Holder, Card: j.Card,
		Instalments: j.Instalments, Campaign: j.Campaign, Combined: combined, At: at}
	return nil
}

// decodeStrict decodes one JSON value into v, refusing unknown fields and
// anything but white space after the value (json.Decoder reads one value
// and leaves the rest, which encoding/json checks only when it calls
// UnmarshalJSON itself, not when a caller or GobDecode does).
// (json.Decoder's DisallowUnknownFields does not reach into an
// UnmarshalJSON method, so each one asks for it again.)
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if len(bytes.TrimLeft(b[dec.InputOffset():], " \t\r\n")) > 0 {
		return errTrailing
	}
	return nil
}

// errTrailing is decodeStrict's error for data after the value; jsonError
// makes it an [ErrSyntax] for the object.
var errTrailing = errors.New("trailing data")

// jsonError turns every error of decodeStrict into an [*Error], none of
// which quotes the input (encoding/json's texts can: a number that does not
// fit, an unknown field's name, the character at fault): a type error
// names its field (after prefix, for a nested object), an unknown field the
// object, and text that is no JSON, is cut short or goes on after the value
// is [ErrSyntax] for the object. An [*Error] from a field's own decoder (a
// method, the card) is returned as it is.
func jsonError(err error, fn, prefix, object string) error {
	var (
		te *json.UnmarshalTypeError
		ie *Error
	)
	switch {
	case errors.As(err, &ie):
		return ie
	case errors.As(err, &te) && te.Field != "":
		return &Error{Func: fn, Field: prefix + te.Field, Err: ErrSyntax}
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return &Error{Func: fn, Field: object, Err: ErrUnknown}
	}
	return &Error{Func: fn, Field: object, Err: ErrSyntax}
}

// sentinel returns the sentinel an [*Error] wraps, or err itself.
func sentinel(err error) error {
	var ie *Error
	if errors.As(err, &ie) && ie.Err != nil {
		return ie.Err
	}
	return err
}

// applicationShown is an [Application] as it may be shown: see
// [Application.MarshalJSON]. Instalments is the count, or "out-of-range".
type applicationShown struct {
	Method      string      `json:"method" xml:"method"`
	Purpose     string      `json:"purpose" xml:"purpose"`
	Holder      holderShown `json:"holder" xml:"holder"`
	Card        Card        `json:"card" xml:"card"`
	Instalments any         `json:"instalments,omitempty" xml:"instalments,omitempty"`
	Campaign    string      `json:"campaign,omitempty" xml:"campaign,omitempty"`
	Combined    []string    `json:"combined,omitempty" xml:"combined,omitempty"`
	At          string      `json:"at,omitempty" xml:"at,omitempty"`
}

type holderShown struct {
	Kana      string `json:"kana" xml:"kana"`
	Corporate bool   `json:"corporate,omitempty" xml:"corporate,omitempty"`
	Existing  bool   `json:"existing,omitempty" xml:"existing,omitempty"`
}

// enumText is the JSON text of a method or purpose in an application:
// its token, "" for the zero value, and its String for any other invalid
// value.
func enumText[E interface {
	~uint8
	fmt.Stringer
}](e E) string {
	if e == 0 {
		return ""
	}
	return e.String()
}

func (a Application) shown() applicationShown {
	a = a.printable()
	var at string
	if !a.At.IsZero() {
		at = a.At.Format(time.RFC3339Nano)
	}
	return applicationShown{enumText(a.Method), enumText(a.Purpose), holderShown{a.Holder.Kana, a.Holder.Corporate, a.Holder.Existing}, a.Card,
		instalmentsJSON(a.Instalments), a.Campaign, combinedNames(a.Combined), at}
}

// MarshalJSON encodes the application with the card encoded by
// [Card.MarshalJSON] and free text masked as String masks it. The zero
// Method and Purpose (none given) are "", as their MarshalText writes
// them, so that they read back; any other invalid method or purpose is
// written as its String ("Method(42)"), so that a bad application can still
// be logged.
func (a Application) MarshalJSON() ([]byte, error) { return json.Marshal(a.shown()) }

// MarshalXML encodes the application as MarshalJSON does, for encoding/xml,
// which would otherwise write the fields as they are.
func (a Application) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return e.EncodeElement(a.shown(), start)
}

// GobEncode encodes the application as MarshalJSON does, for encoding/gob,
// which would otherwise write the fields as they are.
func (a Application) GobEncode() ([]byte, error) { return a.MarshalJSON() }

// GobDecode decodes what GobEncode wrote, as [Application.UnmarshalJSON]
// does: a masked card number does not parse back.
func (a *Application) GobDecode(b []byte) error { return a.UnmarshalJSON(b) }
