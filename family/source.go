package family

import "github.com/kessai-jp/kessai/internal/source"

// Source is where a preset's fact comes from: a public page, by its address,
// or the seed article, by its title, and when the source was dated or read
// ("2024-09", "2026-11"). The zero Source names none: a caller's own figure.
// It is one type with eligibility.Source and billing.Source: one byte,
// compared with == (and Equal, for go-cmp), with Title, URL, AsOf, IsZero
// and String, and JSON both ways ({"title" or "url", "asOf"}; {} for none).
type Source = source.Source

// The sources of the family discount (F4): a news article on its launch
// and a guide, which disagree on the cap.
var (
	gapsisSource = source.Of(source.FamilyDiscount5)
	areusSource  = source.Of(source.FamilyDiscount10)
)
