package eligibility_test

import (
	"testing"

	"github.com/kessai-jp/kessai/eligibility"
)

// checkAllocBudget: a full, accepted card application allocates the
// decision's notes (1); one more is allowed for the name matcher.
const checkAllocBudget = 2

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

// BenchmarkCheckDebitException: a debit card, whose issuer is folded and
// looked up (M2).
func BenchmarkCheckDebitException(b *testing.B) {
	p, a := eligibility.IIJmio(), goodApp()
	a.Method, a.Card.Issuer = eligibility.DebitCard, "PayPay銀行"
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
		sinkRows = eligibility.Compare(eligibility.DebitCard, eligibility.MonthlyCharges, ps...)
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
}
