package family_test

import (
	"fmt"
	"testing"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/family"
	"github.com/kessai-jp/kessai/internal/pantest"
	"github.com/kessai-jp/kessai/internal/textparse"
)

// billed bills a in both modes with plan p, returning everything that
// comes back: invoices and errors. (Compare returns totals and Bill's
// errors: nothing more of the text.)
func billed(a family.Account, p family.Plan) []any {
	var out []any
	for _, m := range []family.Mode{family.Aggregate, family.PerLine} {
		a.Mode = m
		invs, err := family.Bill(a, p)
		out = append(out, invs, err)
	}
	return out
}

// accountWith returns billed of threeLines with s in one text field.
func accountWith(set func(a *family.Account, s string)) func(s string) []any {
	return func(s string) []any {
		a := threeLines(family.Aggregate)
		a.Lines = append([]family.Line(nil), a.Lines...)
		a.Lines[0].Charges = append([]family.Charge(nil), a.Lines[0].Charges...)
		set(&a, s)
		return billed(a, family.IIJmio(5))
	}
}

// familyEntries are the exported functions and methods of package family
// that take text, each given s and returning every value it gives back
// (errors included): Bill and Compare with s in each text field of
// Account, Line, Charge and the plan's discount, and the enum parsers.
var familyEntries = []struct {
	name string
	f    func(s string) []any
}{
	{"Account.MioID", accountWith(func(a *family.Account, s string) { a.MioID = s })},
	{"Account.Owner", accountWith(func(a *family.Account, s string) { a.Owner.Kana = s })},
	{"Account.Card.Name", accountWith(func(a *family.Account, s string) { a.Card.Name = s })},
	{"Account.Card.Last4", accountWith(func(a *family.Account, s string) { a.Card.Last4 = s })},
	{"Line.ID", accountWith(func(a *family.Account, s string) { a.Lines[0].ID = s })},
	{"Line.MioID", accountWith(func(a *family.Account, s string) { a.Lines[0].MioID = s })},
	{"Line.Holder", accountWith(func(a *family.Account, s string) { a.Lines[0].Holder.Kana = s })},
	{"Line.User", accountWith(func(a *family.Account, s string) { a.Lines[0].User = s })},
	{"Line.Card.Name", accountWith(func(a *family.Account, s string) { a.Lines[0].Card.Name = s })},
	{"Line.Card.Last4", accountWith(func(a *family.Account, s string) { a.Lines[0].Card.Last4 = s })},
	{"Charge.Description", accountWith(func(a *family.Account, s string) { a.Lines[0].Charges[0].Description = s })},
	{"Discount.Name", func(s string) []any {
		p := family.IIJmio(5)
		p.Discounts = append([]family.Discount(nil), p.Discounts...)
		p.Discounts[0].Name = s
		return append(billed(threeLines(family.Aggregate), p), p.Validate())
	}},
	{"Card", func(s string) []any {
		// A Card holds the caller's text as given, which fmt prints as it
		// is from a caller's unexported field: printed directly.
		c := family.Card{Name: s, Last4: s}
		var back family.Card
		err := back.UnmarshalText([]byte(s))
		return []any{pantest.Direct{V: c}, pantest.Direct{V: &c}, fmt.Sprint(c), fmt.Sprintf("%#v", c), back, err}
	}},
	{"Parse enums", func(s string) []any {
		m, err1 := textparse.Parse[family.Mode](s)
		c, err2 := textparse.Parse[family.TaxCategory](s)
		return []any{m, err1, c, err2}
	}},
	{"UnmarshalText", func(s string) []any {
		var m family.Mode
		var c family.TaxCategory
		b := []byte(s)
		return []any{m.UnmarshalText(b), c.UnmarshalText(b)}
	}},
	{"Account in a struct", func(s string) []any {
		// A caller's struct holding an account whose cards come from the
		// number given: printed every way, from an unexported field too.
		n, _ := brand.Parse(s)
		a := threeLines(family.Aggregate)
		a.Card.Last4 = n.Last4()
		type session struct {
			user    string
			account family.Account
			card    brand.Number
		}
		return []any{session{"u", a, n}, a}
	}},
}

// TestGuard checks the card-number properties of package pantest on every
// entry point that takes text, with every number in every form: no output
// shows more than its first 6 and last 4 digits, and numbers that differ
// only in hidden digits print alike, on every printing path.
func TestGuard(t *testing.T) {
	for _, e := range familyEntries {
		t.Run(e.name, func(t *testing.T) {
			pantest.Run(t, e.name, pantest.Sample(), e.f)
		})
	}
}

// FuzzGuard is TestGuard with fuzzed text around the number, a '|' between
// them (see brand's FuzzGuard).
func FuzzGuard(f *testing.F) {
	for i, s := range [][2]string{{"", ""}, {"fee ", " yen"}, {"月額", "円"}, {"090-", "-1234"}, {`\u00a0`, "&#160;"}, {"line-", ""}} {
		f.Add(s[0], s[1], uint16(i*37), uint8(i))
	}
	cases := pantest.Cases()
	f.Fuzz(func(t *testing.T, prefix, suffix string, which uint16, entry uint8) {
		c := cases[int(which)%len(cases)].Wrap(prefix+"|", "|"+suffix)
		e := familyEntries[int(entry)%len(familyEntries)]
		pantest.Call(t, e.name, c, pantest.Loose(prefix, suffix), e.f)
	})
}
