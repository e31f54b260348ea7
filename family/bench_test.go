package family_test

import (
	"strconv"
	"testing"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/eligibility"
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
// bill: in PerLine mode ten distinct names to match (C1), the worst case.
// Each line carries the same five items, as real bills do ("monthly fee"
// on every line); the strings are built per line, so they are equal but
// not shared.
func benchAccount(mode family.Mode) family.Account {
	a := threeLines(mode)
	a.Lines = nil
	for i := range 10 {
		who := tenPeople[i]
		l := family.Line{
			ID: "line-" + strconv.Itoa(i), Voice: i%2 == 0, MioID: a.MioID,
			Holder: eligibility.Holder{Kana: who[0]}, Card: family.Card{Name: who[1], Last4: "1234"},
		}
		for j := range 5 {
			l.Charges = append(l.Charges, charge("item "+strconv.Itoa(j), billing.Yen(1009+j*101)))
		}
		a.Lines = append(a.Lines, l)
	}
	return a
}

// threeHolders is benchAccount with a typical family: the owner holds and
// pays for eight lines, two members one line each, so PerLine billing
// matches three names (C1).
func threeHolders(mode family.Mode) family.Account {
	a := benchAccount(mode)
	for i := 3; i < len(a.Lines); i++ { // lines 0 and 3 to 9
		l := &a.Lines[i]
		l.Holder.Kana, l.Card.Name = tenPeople[0][0], tenPeople[0][1]
	}
	return a
}

// distinctText is benchAccount with every description different, so that
// no text is checked only once: the worst case for text checks.
func distinctText(mode family.Mode) family.Account {
	a := benchAccount(mode)
	for i := range a.Lines {
		for j := range a.Lines[i].Charges {
			c := &a.Lines[i].Charges[j]
			c.Description = "line " + strconv.Itoa(i) + " item " + strconv.Itoa(j) + " (illustrative)"
		}
	}
	return a
}

var (
	sinkInvoices []family.Invoice
	sinkParts    []billing.Yen
)

// benchCase is an account to bill in benchmarks and allocation guards.
type benchCase struct {
	name string
	a    family.Account
}

// benchCases are 10 lines × 5 charges each. The first two are the issue's
// budget cases (5 µs/op): ten distinct holders, so PerLine billing matches
// ten names (C1), its worst case. three-holders is a typical family;
// distinct-text has no repeated text at all.
func benchCases() []benchCase {
	return []benchCase{
		{"aggregate", benchAccount(family.Aggregate)},
		{"per-line", benchAccount(family.PerLine)},
		{"per-line-three-holders", threeHolders(family.PerLine)},
		{"aggregate-distinct-text", distinctText(family.Aggregate)},
		{"per-line-distinct-text", distinctText(family.PerLine)},
	}
}

func BenchmarkBill(b *testing.B) {
	for _, bc := range benchCases() {
		b.Run(bc.name, func(b *testing.B) { benchBill(b, bc.a, family.IIJmio(5)) })
	}
}

// benchBill bills a under p b.N times.
func benchBill(b *testing.B, a family.Account, p family.Plan) {
	b.ReportAllocs()
	for b.Loop() {
		invs, err := family.Bill(a, p)
		if err != nil {
			b.Fatal(err)
		}
		sinkInvoices = invs
	}
}

func BenchmarkSplit(b *testing.B) {
	b.Run("ten", func(b *testing.B) { benchSplit(b, 2827, []int64{909, 909, 1009, 1, 2, 3, 5, 8, 13, 21}) })
	// The worst case within bounds: the most parts, all remainders equal,
	// one yen short of one each.
	b.Run("worst", func(b *testing.B) {
		weights := make([]int64, family.MaxSplitParts)
		for i := range weights {
			weights[i] = 1
		}
		benchSplit(b, family.MaxSplitParts-1, weights)
	})
}

// benchSplit splits total by weights b.N times.
func benchSplit(b *testing.B, total billing.Yen, weights []int64) {
	b.ReportAllocs()
	for b.Loop() {
		parts, err := family.Split(total, weights)
		if err != nil {
			b.Fatal(err)
		}
		sinkParts = parts
	}
}

// worstAccount is the largest account within bounds: MaxLinesLimit voice
// lines of MaxChargesPerLine charges, every line held by a different
// person (card names from eligibility.CardName), every description
// different, amounts whose tax leaves remainders to split. Illustrative
// amounts.
func worstAccount(tb testing.TB, mode family.Mode) family.Account {
	a := threeLines(mode)
	a.Lines = nil
	kana := []rune("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ")
	for i := range family.MaxLines {
		holder := "ヤマダ " + string(kana[i%len(kana)]) + string(kana[(i/len(kana)+i)%len(kana)]) + "コ"
		card, err := eligibility.CardName(holder)
		if err != nil {
			tb.Fatal(err)
		}
		l := family.Line{ID: "line-" + strconv.Itoa(1000+i), Voice: true, MioID: a.MioID,
			Holder: eligibility.Holder{Kana: holder}, Card: family.Card{Name: card, Last4: "1234"}}
		for j := range family.MaxChargesPerLine {
			l.Charges = append(l.Charges, family.Charge{
				Description: "line " + strconv.Itoa(i) + " item " + strconv.Itoa(j) + " (illustrative)",
				Amount:      billing.Yen(1001 + 7*i + j), Tax: family.TaxCategory(1 + j%2)})
		}
		a.Lines = append(a.Lines, l)
	}
	return a
}

// BenchmarkBillWorst bills the largest account within bounds: 100 lines of
// 100 charges, 100 names to match (C1) in PerLine mode.
func BenchmarkBillWorst(b *testing.B) {
	p := family.IIJmio(10)
	p.MaxLines = family.MaxLines
	for _, mode := range []family.Mode{family.Aggregate, family.PerLine} {
		b.Run(mode.String(), func(b *testing.B) { benchBill(b, worstAccount(b, mode), p) })
	}
}
