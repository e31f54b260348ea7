package billing

import "github.com/kessai-jp/kessai/internal/source"

// Source is where a preset's figure comes from: the seed article, by its
// title, or a public page, by its address, and when the source was dated or
// read ("2025", "2026-11"). The zero Source names none: a figure no source
// states, either a caller's own or, in a preset, kessai's assumption (the
// preset's doc says which). Its String is "", so what prints a source (the
// command-line tool, the browser build) says "assumption" instead of an
// empty source. It is the one source type of the module (eligibility and
// family use it): one byte, compared with == (and Equal, for go-cmp), with Title, URL, AsOf,
// IsZero and String, and JSON both ways ({"title" or "url", "asOf"}; {} for
// none).
type Source = source.Source

// The sources of the presets' figures.
var (
	seedSource = source.Of(source.Seed)
	// publishedSource is IIJmio's page on unpaid charges.
	publishedSource = source.Of(source.IIJmioUnpaid)
)
