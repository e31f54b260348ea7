package family_test

import (
	"strconv"
	"testing"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/family"
)

// tenPeople are ten distinct holders (kana, card name), so that PerLine
// billing matches ten different names (C1), its worst case.
var tenPeople = [10][2]string{
	{takashiKana, takashiCard}, {hanakoKana, hanakoCard}, {yukiKana, yukiCard},
	{"ヤマダ サクラ", "YAMADA SAKURA"}, {"ヤマダ ケン", "YAMADA KEN"}, {"ヤマダ アキ", "YAMADA AKI"},
	{"ヤマダ ミカ", "YAMADA MIKA"}, {"ヤマダ ナミ", "YAMADA NAMI"}, {"ヤマダ リナ", "YAMADA RINA"},
	{"ヤマダ カナ", "YAMADA KANA"},
}

// benchAccount is 10 lines × 5 charges, the benchmark size, every
// line held by a different person with a card in their name, so both modes
// bill.
func benchAccount(mode family.Mode) family.Account {
	a := threeLines(mode)
	a.Lines = nil
	for i := range 10 {
		who := tenPeople[i]
		l := family.Line{
			ID: "line-" + strconv.Itoa(i), Kind: family.LineKind(1 + i%2), MioID: a.MioID,
			Holder: who[0], Card: family.Card{Name: who[1], Last4: "1234"},
		}
		for j := range 5 {
			l.Charges = append(l.Charges, charge("item "+strconv.Itoa(j), billing.Yen(1009+j*101)))
		}
		a.Lines = append(a.Lines, l)
	}
	return a
}

var (
	sinkInvoices   []family.Invoice
	sinkComparison family.Comparison
	sinkParts      []billing.Yen
)

func BenchmarkBill(b *testing.B) {
	for _, mode := range []family.Mode{family.Aggregate, family.PerLine} {
		b.Run(mode.String(), func(b *testing.B) {
			a, p := benchAccount(mode), family.IIJmioPlan(family.FamilyDiscountCap5)
			b.ReportAllocs()
			for b.Loop() {
				invs, err := family.Bill(a, p)
				if err != nil {
					b.Fatal(err)
				}
				sinkInvoices = invs
			}
		})
	}
}

func BenchmarkCompare(b *testing.B) {
	a, p := benchAccount(family.ModeUnset), family.IIJmioPlan(family.FamilyDiscountCap5)
	b.ReportAllocs()
	for b.Loop() {
		c, err := family.Compare(a, p)
		if err != nil {
			b.Fatal(err)
		}
		sinkComparison = c
	}
}

func BenchmarkSplit(b *testing.B) {
	weights := []int64{909, 909, 1009, 1, 2, 3, 5, 8, 13, 21}
	b.ReportAllocs()
	for b.Loop() {
		parts, err := family.Split(2827, weights)
		if err != nil {
			b.Fatal(err)
		}
		sinkParts = parts
	}
}
