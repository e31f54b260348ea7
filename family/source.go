package family

// Source is where a preset's fact comes from: a public page, by its address,
// or the seed article, by its title; and AsOf, when the source was dated or
// read ("2024-09", "2026-11"). The zero Source names none: a caller's own
// figure.
type Source struct {
	Title string `json:"title,omitempty"` // the article's title, for the seed
	URL   string `json:"url,omitempty"`   // the page's address, for a published source
	AsOf  string `json:"asOf,omitempty"`  // "2024-09", "2026-11"
}

// IsZero reports whether s names no source.
func (s Source) IsZero() bool { return s == Source{} }

// String returns the source on one line: a page as its address with its
// date, the seed as 「title」 (2025); "" for the zero Source.
func (s Source) String() string {
	switch {
	case s.IsZero():
		return ""
	case s.URL != "":
		return s.URL + " (" + s.AsOf + ")"
	}
	return "「" + s.Title + "」 (" + s.AsOf + ")"
}

// The sources of the family discount (F4): a news article on its launch
// and a guide, which disagree on the cap.
var (
	gapsisSource = Source{URL: "https://gapsis.jp/2024/09/iijmio-kazokuwaribiki.html", AsOf: "2024-09"}
	areusSource  = Source{URL: "https://www.areus.jp/column/iijmio-family-discount-guide", AsOf: "2026-11"}
)
