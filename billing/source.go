package billing

// Source is where a preset's figure comes from: the seed article, by its
// title, or a public page, by its address; and AsOf, when the source was
// dated or read ("2025": the seed's 【2025年現在】; "2026-11": the month the
// page was read). The zero Source names none: a caller's own figure.
type Source struct {
	Title string `json:"title,omitempty"` // the article's title, for the seed
	URL   string `json:"url,omitempty"`   // the page's address, for a published source
	AsOf  string `json:"asOf,omitempty"`  // "2025", "2026-11"
}

// IsZero reports whether s names no source.
func (s Source) IsZero() bool { return s == Source{} }

// String returns the source on one line: the seed as 「title」 (2025), a
// page as its address with the month it was read; "" for the zero Source.
func (s Source) String() string {
	switch {
	case s.IsZero():
		return ""
	case s.URL != "":
		return s.URL + " (" + s.AsOf + ")"
	}
	return "「" + s.Title + "」 (" + s.AsOf + ")"
}

// The sources of the presets' figures.
var (
	seedSource = Source{Title: "iijmioの支払い方法を徹底比較!クレジットカードやデビット対応と最新注意点", AsOf: "2025"}
	// publishedSource is IIJmio's page on unpaid charges.
	publishedSource = Source{URL: "https://www.iijmio.jp/invoice/letter_en.html", AsOf: "2026-11"}
)
