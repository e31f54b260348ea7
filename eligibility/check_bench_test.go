package eligibility_test

import (
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/brand"

	"github.com/kessai-jp/kessai/eligibility"
)

// checkAllocBudget: a full, accepted card application allocates the
// decision's notes slice and nothing else (the name matcher and the number
// parser work on the stack).
const checkAllocBudget = 1

// debitAllocBudget: a PayPay Bank debit card also folds the issuer's name
// (M2), which allocates.
const debitAllocBudget = 3

var (
	sinkDecision eligibility.Decision
	sinkRows     []eligibility.Row
)

// BenchmarkCheck: a full card application (number, name, expiry, code,
// issuer, country); the budget is 3 µs/op.
func BenchmarkCheck(b *testing.B) {
	p, a := eligibility.IIJmio(), goodApp()
	b.ReportAllocs()
	for b.Loop() {
		sinkDecision = p.Check(a)
	}
}

// BenchmarkCheckTyped: the application of BenchmarkCheck with the number
// and the security code as a form sends them (full width, as typed), so
// that the number is parsed in the call: what Check measured before a Card
// held a parsed brand.Number.
func BenchmarkCheckTyped(b *testing.B) {
	p, a := eligibility.IIJmio(), goodApp()
	a.Card.Number = brand.Number{}
	b.ReportAllocs()
	for b.Loop() {
		sinkDecision = p.CheckTyped(a, "４１１１　１１１１　１１１１　１１１１", "１２３")
	}
}

// BenchmarkCheckDebitException: a debit card, whose issuer is folded and
// looked up (M2).
func BenchmarkCheckDebitException(b *testing.B) {
	p, a := eligibility.IIJmio(), debitApp()
	b.ReportAllocs()
	for b.Loop() {
		sinkDecision = p.Check(a)
	}
}

// debitApp is goodApp paid with a PayPay Bank debit card (M2: Uncertain).
func debitApp() eligibility.Application {
	a := goodApp()
	a.Method, a.Card.Funding, a.Card.Issuer = eligibility.DebitCard, brand.Debit, "PayPay銀行"
	return a
}

// worstApp fills every field up to its bound with input that is expensive
// to judge (full-width text to fold, a name in the wrong order): the worst
// case within the bounds should stay fast.
func worstApp() eligibility.Application {
	a := goodApp()
	a.Method, a.Card.Funding = eligibility.DebitCard, brand.Debit
	a.Card.Number = mustParse("４１１１　１１１１　１１１１　１１１１")
	a.Card.Name = "ＴＡＲＯＵ　ＹＡＭＡＡＤＡ"
	a.Holder.Kana = strings.Repeat("ｱ", eligibility.MaxKanaLen/len("ｱ")-len(" ﾀﾛｳ")) + " ﾀﾛｳ"
	a.Card.Issuer = strings.Repeat("ｽ", eligibility.MaxIssuerLen/len("ｽ"))
	a.Card.Country = strings.Repeat("Ｊ", eligibility.MaxCountryLen/len("Ｊ"))
	a.Card.Expiry = ym("　０６　／　２０２５　")
	a.Campaign = strings.Repeat("Ｃ", eligibility.MaxCampaignLen/len("Ｃ"))
	a.Combined = []eligibility.Method{eligibility.Points, eligibility.GiftCertificate, eligibility.EMoney, eligibility.Invoice,
		eligibility.BankTransfer, eligibility.ConvenienceStore, eligibility.PrepaidCard, eligibility.CreditCard}
	a.Instalments = eligibility.MaxInstalments
	return a
}

// BenchmarkCheckWorstCase: every field at its bound.
func BenchmarkCheckWorstCase(b *testing.B) {
	p, a := eligibility.IIJmio(), worstApp()
	b.ReportAllocs()
	for b.Loop() {
		sinkDecision = p.Check(a)
	}
}

func BenchmarkAccepts(b *testing.B) {
	p := eligibility.IIJmio()
	b.ReportAllocs()
	for b.Loop() {
		sinkDecision = p.Accepts(eligibility.DebitCard, eligibility.MonthlyCharges)
	}
}

func BenchmarkCompare(b *testing.B) {
	ps := eligibility.Presets()
	b.ReportAllocs()
	for b.Loop() {
		sinkRows = eligibility.CompareCarriers(eligibility.DebitCard, eligibility.MonthlyCharges, ps...)
	}
}

// TestCheckAllocs guards the allocation budget of the hot paths: Accepts
// allocates only the decision's slice; a full card application a handful
// (the decision's slices and the name matcher's work).
func TestCheckAllocs(t *testing.T) {
	p, a := eligibility.IIJmio(), goodApp()
	if got := testing.AllocsPerRun(100, func() { sinkDecision = p.Accepts(eligibility.DebitCard, eligibility.MonthlyCharges) }); got > 1 {
		t.Errorf("Accepts: %v allocs/op, want <= 1", got)
	}
	if got := testing.AllocsPerRun(100, func() { sinkDecision = p.Check(a) }); got > checkAllocBudget {
		t.Errorf("Check(full card application): %v allocs/op, want <= %d", got, checkAllocBudget)
	}
	typed := a
	typed.Card.Number = brand.Number{}
	if got := testing.AllocsPerRun(100, func() { sinkDecision = p.CheckTyped(typed, "4111 1111 1111 1111", "123") }); got > checkAllocBudget {
		t.Errorf("CheckTyped(full card application as typed): %v allocs/op, want <= %d", got, checkAllocBudget)
	}
	debit := debitApp()
	if got := testing.AllocsPerRun(100, func() { sinkDecision = p.Check(debit) }); got > debitAllocBudget {
		t.Errorf("Check(PayPay Bank debit application): %v allocs/op, want <= %d", got, debitAllocBudget)
	}
}
