package family

import (
	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/internal/source"
)

// sourceOf returns the source id as a billing.Source.
func sourceOf(id source.ID) billing.Source {
	t, u, a := source.Text(id)
	return billing.Source{Title: t, URL: u, AsOf: a}
}

// The sources of the family discount (F4): a news article on its launch
// and a guide, which disagree on the cap.
var (
	gapsisSource = sourceOf(source.FamilyDiscount5)
	areusSource  = sourceOf(source.FamilyDiscount10)
)
