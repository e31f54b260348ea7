// Package source names the public sources kessai's presets rest on: the
// seed article, by its title, and the public pages the published presets
// were read from, by their addresses, each with the date it was dated or
// read. Packages eligibility, billing and family share its [Source] type
// (each as its own Source), so a source is one value, one byte, across the
// module. The facts and their addresses are listed in docs/RULES.md.
package source

import (
	"bytes"
	"encoding/json"
	"errors"
)

// ID names one source.
type ID uint8

// The sources.
const (
	None             ID = iota // no source: a caller's own figure
	Seed                       // the seed article (2025)
	IIJmioPayment              // IIJmio's page on payment and devices
	IIJmioUnpaid               // IIJmio's page on unpaid charges
	Mineo                      // a guide to mineo's payment methods
	UQMobile                   // UQ mobile's page on bills
	OCN                        // a report on OCN mobile ONE's closure
	FamilyDiscount5            // the family discount's launch article (cap 5)
	FamilyDiscount10           // a guide to the family discount (cap 10)
	CivilCode                  // the Civil Code (statutory interest, art. 404)
	ConsumerContract           // the Consumer Contract Act (art. 9)
	TelecomTerms               // the late-interest clause of telecom terms
	numIDs
)

// SeedTitle is the seed article's title as it prints it.
const SeedTitle = "iijmioの支払い方法を徹底比較!クレジットカードやデビット対応と最新注意点"

// table holds each source's title or address and its date; the published
// pages were read in November 2026.
var table = [numIDs]struct{ title, url, asOf string }{
	None:             {},
	Seed:             {title: SeedTitle, asOf: "2025"},
	IIJmioPayment:    {url: "https://www.iijmio.jp/mts/", asOf: "2026-11"},
	IIJmioUnpaid:     {url: "https://www.iijmio.jp/invoice/letter_en.html", asOf: "2026-11"},
	Mineo:            {url: "https://sumaho-hiroba.com/mineo-payment-method/", asOf: "2026-11"},
	UQMobile:         {url: "https://www.uqwimax.jp/signup/mobile/support/bill", asOf: "2026-11"},
	OCN:              {url: "https://lifestyle.assist-all.co.jp/?p=49582", asOf: "2026-11"},
	FamilyDiscount5:  {url: "https://gapsis.jp/2024/09/iijmio-kazokuwaribiki.html", asOf: "2024-09"},
	FamilyDiscount10: {url: "https://www.areus.jp/column/iijmio-family-discount-guide", asOf: "2026-11"},
	CivilCode:        {url: "https://laws.e-gov.go.jp/law/129AC0000000089", asOf: "2026-11"},
	ConsumerContract: {url: "https://laws.e-gov.go.jp/law/412AC0000000061", asOf: "2026-11"},
	TelecomTerms:     {url: "https://lawinsider.com/zh/clause/延滞利息/_1", asOf: "2026-11"},
}

// Source is where a preset's fact comes from: the seed article, by its
// title, or a public page, by its address, and when the source was dated or
// read ("2025", "2026-11"). The zero Source names none. A Source is one
// byte and compares with == (and Equal, for go-cmp).
type Source struct{ id ID }

// Of returns the source id names.
func Of(id ID) Source { return Source{id} }

func (s Source) entry() struct{ title, url, asOf string } {
	if s.id >= numIDs {
		return table[None]
	}
	return table[s.id]
}

// Title returns the article's title, for the seed; "" for a page.
func (s Source) Title() string { return s.entry().title }

// URL returns the page's address, for a published source; "" for the seed.
func (s Source) URL() string { return s.entry().url }

// AsOf returns when the source was dated or read: "2025", "2026-11".
func (s Source) AsOf() string { return s.entry().asOf }

// IsZero reports whether s names no source.
func (s Source) IsZero() bool { return s.id == None || s.id >= numIDs }

// Equal reports whether s and t name the same source.
func (s Source) Equal(t Source) bool { return s.entry() == t.entry() }

// String returns the source on one line: the seed as 「title」 (2025), a
// page as its address with its date; "" for the zero Source.
func (s Source) String() string {
	switch e := s.entry(); {
	case s.IsZero():
		return ""
	case e.url != "":
		return e.url + " (" + e.asOf + ")"
	default:
		return "「" + e.title + "」 (" + e.asOf + ")"
	}
}

// jsonForm is the JSON form of a Source.
type jsonForm struct {
	Title string `json:"title,omitempty"`
	URL   string `json:"url,omitempty"`
	AsOf  string `json:"asOf,omitempty"`
}

// MarshalJSON writes {"title": …, "asOf": …} or {"url": …, "asOf": …}; {}
// for the zero Source.
func (s Source) MarshalJSON() ([]byte, error) {
	e := s.entry()
	return json.Marshal(jsonForm{e.title, e.url, e.asOf})
}

// ErrUnknown reports JSON that is not one of the sources MarshalJSON writes.
var ErrUnknown = errors.New("source: not one of kessai's sources")

// UnmarshalJSON reads what MarshalJSON writes: one of the sources, or {}
// (or null) for none. Anything else is [ErrUnknown], which does not quote
// the input.
func (s *Source) UnmarshalJSON(b []byte) error {
	var j jsonForm
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return ErrUnknown
	}
	for id := range numIDs {
		if e := table[id]; e.title == j.Title && e.url == j.URL && e.asOf == j.AsOf {
			*s = Source{id}
			return nil
		}
	}
	return ErrUnknown
}
