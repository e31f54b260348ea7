package kessai_test

import (
	"encoding"
	"go/ast"
	"slices"
	"testing"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/family"
)

// enumZero is one enumeration's zero value, for TestEnumZero.
type enumZero struct {
	name  string
	zero  interface{ IsValid() bool }
	marsh encoding.TextMarshaler
	read  func([]byte) (isZero bool, err error) // UnmarshalText into a non-zero value
}

func zeroOf[E comparable, P interface {
	*E
	encoding.TextUnmarshaler
}](name string, nonZero E, zero interface {
	IsValid() bool
	encoding.TextMarshaler
}) enumZero {
	return enumZero{name, zero, zero, func(b []byte) (bool, error) {
		v := nonZero
		err := P(&v).UnmarshalText(b)
		var z E
		return v == z, err
	}}
}

// TestEnumZero checks every enumeration's zero value against
// docs/CONVENTIONS.md ("Enumerations", "JSON"): a zero that IsValid
// reports false for means "not given" and is "" both ways; a zero that is
// a meaningful default is valid and has its own token, which reads back.
func TestEnumZero(t *testing.T) {
	enums := []enumZero{
		zeroOf[brand.Brand]("brand.Brand", brand.Visa, brand.Brand(0)),
		zeroOf[brand.Funding]("brand.Funding", brand.Credit, brand.Funding(0)),
		zeroOf[eligibility.Method]("eligibility.Method", eligibility.CreditCard, eligibility.Method(0)),
		zeroOf[eligibility.Purpose]("eligibility.Purpose", eligibility.DevicePurchase, eligibility.Purpose(0)),
		zeroOf[eligibility.Verdict]("eligibility.Verdict", eligibility.Accepted, eligibility.Verdict(0)),
		zeroOf[eligibility.MatchKind]("eligibility.MatchKind", eligibility.Exact, eligibility.MatchKind(0)),
		zeroOf[eligibility.NameRule]("eligibility.NameRule", eligibility.NameRule(1), eligibility.NameRule(0)),
		zeroOf[eligibility.NameProfile]("eligibility.NameProfile", eligibility.Strict, eligibility.NameProfile(0)),
		zeroOf[billing.EventKind]("billing.EventKind", billing.KindRetry, billing.EventKind(0)),
		zeroOf[billing.State]("billing.State", billing.PastDue, billing.State(0)),
		zeroOf[billing.Channel]("billing.Channel", billing.BySlip, billing.Channel(0)),
		zeroOf[family.Mode]("family.Mode", family.PerLine, family.Mode(0)),
		zeroOf[family.TaxCategory]("family.TaxCategory", family.NonTaxable, family.TaxCategory(0)),
	}
	for _, e := range enums {
		t.Run(e.name, func(t *testing.T) {
			b, err := e.marsh.MarshalText()
			if err != nil {
				t.Fatalf("zero %s: MarshalText error %v", e.name, err)
			}
			switch valid := e.zero.IsValid(); {
			case !valid && len(b) != 0:
				t.Errorf("zero %s (not given) marshals %q, want \"\"", e.name, b)
			case valid && len(b) == 0:
				t.Errorf("zero %s (a meaningful default) marshals \"\", want its token", e.name)
			}
			if isZero, err := e.read(b); err != nil || !isZero {
				t.Errorf("%s.UnmarshalText(%q) = zero %v, %v; want the zero value back", e.name, b, isZero, err)
			}
		})
	}

	// Every enumeration of the API (an integer type with UnmarshalText) is
	// in the list.
	var listed []string
	for _, e := range enums {
		listed = append(listed, e.name)
	}
	for _, p := range parseAPI(t) {
		integers := map[string]bool{}
		var unmarshalers []string
		for _, f := range p.files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.GenDecl:
					for _, s := range d.Specs {
						if ts, ok := s.(*ast.TypeSpec); ok {
							if id, ok := ts.Type.(*ast.Ident); ok && isInteger(id.Name) {
								integers[ts.Name.Name] = true
							}
						}
					}
				case *ast.FuncDecl:
					if r := recvName(d); d.Name.Name == "UnmarshalText" && ast.IsExported(r) {
						unmarshalers = append(unmarshalers, r)
					}
				}
			}
		}
		for _, r := range unmarshalers {
			if name := p.name + "." + r; integers[r] && !slices.Contains(listed, name) {
				t.Errorf("%s is not in TestEnumZero", name)
			}
		}
	}
}
