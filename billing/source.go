package billing

import "github.com/kessai-jp/kessai/internal/source"

// Source is where a figure comes from: an article by its title (the seed
// article's), or a public page by its address, and when it was dated or
// read ("2025", "2026-11"). The zero Source names none: a figure no source
// states, either a caller's own or, in a preset, kessai's assumption (the
// preset's doc says which), which what prints a source (the command-line
// tool, the browser build) shows as assumed. It is the one source type of
// the module (eligibility and family use it), compared with ==; its JSON
// is {"title" or "url", "asOf"}, {} for none (left out where it is
// tagged omitzero). A caller's policy may cite its own sources; their
// text is the caller's, bounded like the policy's name (each at most 256
// bytes: [DunningPolicy.Validate], [LateFeeTerms.Fee]) and given back as
// it is, in the events of the caller's policy. family checks a
// discount's source as it checks every text an invoice may print.
type Source struct {
	Title string `json:"title,omitempty"` // the article's title; "" for a page
	URL   string `json:"url,omitempty"`   // the page's address; "" for an article
	AsOf  string `json:"asOf,omitempty"`  // when the source was dated or read
}

// sourceOf returns the preset source id as a Source.
func sourceOf(id source.ID) Source {
	t, u, a := source.Text(id)
	return Source{Title: t, URL: u, AsOf: a}
}

// The sources of the presets' figures.
var (
	seedSource = sourceOf(source.Seed)
	// publishedSource is IIJmio's page on unpaid charges.
	publishedSource = sourceOf(source.IIJmioUnpaid)
)
