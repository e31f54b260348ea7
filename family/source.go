package family

import "github.com/kessai-jp/kessai/internal/source"

// The sources of the family discount (F4): a news article on its launch
// and a guide, which disagree on the cap.
var (
	gapsisSource = source.Of(source.FamilyDiscount5)
	areusSource  = source.Of(source.FamilyDiscount10)
)
