package family_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/family"
)

const (
	gapsis = "https://gapsis.jp/2024/09/iijmio-kazokuwaribiki.html"
	areus  = "https://www.areus.jp/column/iijmio-family-discount-guide"
)

// TestFamilyDiscountFacts: each condition of the family discount, each row
// naming the source that states it.
func TestFamilyDiscountFacts(t *testing.T) {
	tests := []struct {
		fact, source string
		d            family.Discount
		check        func(d family.Discount) bool
	}{
		{"¥100 a line", gapsis, family.IIJmio(5).Discounts[0], func(d family.Discount) bool { return d.PerLine == 100 }},
		{"tax included (100円(税込))", gapsis, family.IIJmio(5).Discounts[0], func(d family.Discount) bool { return d.TaxIncluded }},
		{"voice lines", gapsis, family.IIJmio(5).Discounts[0], func(d family.Discount) bool { return d.VoiceOnly }},
		{"2 or more lines", gapsis, family.IIJmio(5).Discounts[0], func(d family.Discount) bool { return d.MinLines == 2 }},
		{"same mioID", gapsis, family.IIJmio(5).Discounts[0], func(d family.Discount) bool { return d.SameMioID }},
		{"notice e-mail consent", gapsis, family.IIJmio(5).Discounts[0], func(d family.Discount) bool { return d.Requires == "notice-email-consent" }},
		{"F4 cap 5", gapsis, family.IIJmio(5).Discounts[0], func(d family.Discount) bool { return d.Cap == 5 }},
		{"F4 cap 10", areus, family.IIJmio(10).Discounts[0], func(d family.Discount) bool { return d.Cap == 10 }},
	}
	// F4: a cap neither source gives is the caller's figure: no source.
	for _, cap := range []int{1, 3, 4, 6, 9, 11, 100} {
		t.Run(fmt.Sprintf("F4 cap %d is no source's", cap), func(t *testing.T) {
			if d := family.IIJmio(cap).Discounts[0]; d.Source != (billing.Source{}) || d.Cap != cap {
				t.Errorf("IIJmio(%d).Discounts[0] = cap %d, source %q; want cap %d with no source", cap, d.Cap, d.Source, cap)
			}
			if d := family.IIJmioPublished(cap).Discounts[0]; d.Source != (billing.Source{}) {
				t.Errorf("IIJmioPublished(%d).Discounts[0].Source = %q, want none", cap, d.Source)
			}
		})
	}
	for _, tc := range tests {
		t.Run(tc.fact, func(t *testing.T) {
			if !tc.check(tc.d) {
				t.Errorf("IIJmio(%d).Discounts[0]: %+v does not state %q", tc.d.Cap, tc.d, tc.fact)
			}
			if tc.d.Source.URL != tc.source || tc.d.Source.AsOf == "" {
				t.Errorf("IIJmio(%d).Discounts[0].Source = %v, want %s with a date", tc.d.Cap, tc.d.Source, tc.source)
			}
		})
	}
}

// TestTaxIncludedDiscount: a ¥100 tax-included discount takes exactly ¥100
// a discounted line off the tax-included total (gapsis.jp: 100円(税込)),
// in both modes, while the tax stays computed once per
// invoice per rate and base plus tax is the net tax-included total.
func TestTaxIncludedDiscount(t *testing.T) {
	for lines := 2; lines <= 7; lines++ {
		for fee := billing.Yen(100); fee < 3000; fee += 137 {
			for _, mode := range []family.Mode{family.Aggregate, family.PerLine} {
				name := fmt.Sprintf("%d lines/¥%d/%v", lines, fee, mode)
				a := voiceLines(lines, 1)
				a.Mode = mode
				for i := range a.Lines {
					a.Lines[i].Charges[0].Amount = fee + billing.Yen(i)
				}
				with, without := family.IIJmio(5), noDiscount()
				got, err := family.Bill(a, with)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				base, err := family.Bill(a, without)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				for i := range got {
					var faces billing.Yen
					for _, l := range got[i].Lines {
						for _, d := range l.Discounts {
							faces += d.Amount
						}
					}
					if drop := base[i].Total - got[i].Total; drop != faces {
						t.Errorf("%s: invoice %d total %v, without the discount %v: fell by %v, want exactly %v", name, i, got[i].Total, base[i].Total, drop, faces)
					}
					for _, tl := range got[i].Taxes {
						if tl.Base+tl.Tax != got[i].Total || tl.Tax > tl.Base {
							t.Errorf("%s: tax line %+v, total %v: want base + tax = total", name, tl, got[i].Total)
						}
					}
				}
				want := min(lines, 5) * 100
				var total billing.Yen
				for i := range got {
					total += base[i].Total - got[i].Total
				}
				if total != billing.Yen(want) {
					t.Errorf("%s: the discount took %v off in all, want ¥%d", name, total, want)
				}
			}
		}
	}
}

// TestDiscountConsent: without the notice e-mail consent there is no family
// discount (gapsis.jp, areus.jp: the notice e-mail setting must be on).
func TestDiscountConsent(t *testing.T) {
	for _, tc := range []struct {
		name       string
		conditions []string
		want       billing.Yen
	}{
		{"consent given", []string{"notice-email-consent"}, 182},
		{"no consent", nil, 0},
		{"another condition only", []string{"something-else"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := threeLines(family.Aggregate)
			a.Conditions = tc.conditions
			got, err := family.Bill(a, family.IIJmio(5))
			if err != nil {
				t.Fatal(err)
			}
			if got[0].Discount != tc.want {
				t.Errorf("Bill(conditions %q).Discount = %v, want %v", tc.conditions, got[0].Discount, tc.want)
			}
		})
	}
	a := threeLines(family.Aggregate)
	a.Conditions = make([]string, family.MaxConditions+1)
	if _, err := family.Bill(a, family.IIJmio(5)); !errors.Is(err, family.ErrTooLong) {
		t.Errorf("Bill with %d conditions: %v, want ErrTooLong", len(a.Conditions), err)
	}
}

// TestHolderReadings: F2 as the seed states it (a family member holds a
// line under the owner's mioID and pays with their own card) and the
// published reading (one mioID's lines are all in its holder's name).
func TestHolderReadings(t *testing.T) {
	ownerOnly := func(mode family.Mode) family.Account {
		a := threeLines(mode)
		for i := range a.Lines {
			a.Lines[i].Holder, a.Lines[i].Card = eligibility.Holder{Kana: takashiKana}, a.Card
		}
		return a
	}
	tests := []struct {
		name string
		a    family.Account
		p    family.Plan
		err  error
	}{
		{"seed F2: members' own lines and cards, per line", threeLines(family.PerLine), family.IIJmio(5), nil},
		{"seed F2: members' lines, aggregate", threeLines(family.Aggregate), family.IIJmio(5), nil},
		{"published: members' lines under the owner's mioID refused", threeLines(family.PerLine), family.IIJmioPublished(5), family.ErrConflict},
		{"published: refused in aggregate too", threeLines(family.Aggregate), family.IIJmioPublished(5), family.ErrConflict},
		{"published: every line in the owner's name", ownerOnly(family.PerLine), family.IIJmioPublished(5), nil},
		{"published: a line under another mioID may have its own holder", func() family.Account {
			a := ownerOnly(family.PerLine)
			a.Lines[0].MioID, a.Lines[0].Holder, a.Lines[0].Card = "mio-0002", eligibility.Holder{Kana: hanakoKana}, family.Card{Name: hanakoCard, Last4: "2222"}
			return a
		}(), family.IIJmioPublished(5), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := family.Bill(tc.a, tc.p)
			if !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
				t.Errorf("Bill = %v, want %v", err, tc.err)
			}
		})
	}
}

// TestCallerSource: a plan's discount may cite the caller's own source
// (F4's presets cite theirs); its text is checked like the plan's other
// text: bounded, no invisible character, no card number.
func TestCallerSource(t *testing.T) {
	for _, tt := range []struct {
		name  string
		src   billing.Source
		field string
		want  error
	}{
		{"own page", billing.Source{URL: "https://example.jp/family", AsOf: "2026-10"}, "", nil},
		{"card number", billing.Source{Title: "会員 4539 1488 0343 6467", AsOf: "2026"}, "discounts[0].source.title", family.ErrCardNumber},
		{"bidirectional override", billing.Source{URL: "https://example.jp/\u202e", AsOf: "2026"}, "discounts[0].source.url", family.ErrText},
		{"too long", billing.Source{URL: "https://example.jp/" + strings.Repeat("a", 256), AsOf: "2026"}, "discounts[0].source.url", family.ErrTooLong},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := family.IIJmio(5)
			p.Discounts[0].Source = tt.src
			err := p.Validate()
			var e *family.Error
			switch {
			case tt.want == nil && err != nil:
				t.Errorf("Validate = %v, want nil", err)
			case tt.want != nil && (!errors.Is(err, tt.want) || !errors.As(err, &e) || e.Field != tt.field):
				t.Errorf("Validate = %v, want %v on %s", err, tt.want, tt.field)
			case tt.want != nil && strings.Contains(err.Error()+e.Message(language.Japanese), "4539"):
				t.Errorf("the error shows the source's text: %v", err)
			case tt.want != nil && !strings.HasPrefix(e.Message(language.Japanese), "出典の") || tt.want != nil && !strings.HasPrefix(e.Message(language.English), "source's "):
				t.Errorf("Message = %q / %q, want the source's field named", e.Message(language.Japanese), e.Message(language.English))
			}
		})
	}
}
