// Package source names the public sources kessai's presets rest on: the
// seed article, by its title, and the public pages the published presets
// were read from, by their addresses, each with the date it was dated or
// read. A preset keeps a source as its one-byte [ID]; packages eligibility,
// billing and family give it to callers as a billing.Source ([Text]). The
// facts and their addresses are listed in docs/RULES.md.
package source

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

// Text returns the title (the seed's), the address (a page's) and the
// date of source id; all "" for None and for an ID past the table.
func Text(id ID) (title, url, asOf string) {
	if id >= numIDs {
		id = None
	}
	e := table[id]
	return e.title, e.url, e.asOf
}
