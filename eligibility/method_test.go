package eligibility

import (
	"errors"
	"sort"
	"testing"

	"golang.org/x/text/language"
)

var (
	methodTestJA = language.Japanese
	methodTestEN = language.English
)

func TestAliasTablesSorted(t *testing.T) {
	if !sort.SliceIsSorted(methodAliases[:], func(i, j int) bool { return methodAliases[i].key < methodAliases[j].key }) {
		for i := 1; i < len(methodAliases); i++ {
			if methodAliases[i-1].key >= methodAliases[i].key {
				t.Errorf("methodAliases not sorted at %d: %q >= %q", i, methodAliases[i-1].key, methodAliases[i].key)
			}
		}
	}
	for i := 1; i < len(purposeAliases); i++ {
		if purposeAliases[i-1].key >= purposeAliases[i].key {
			t.Errorf("purposeAliases not sorted at %d: %q >= %q", i, purposeAliases[i-1].key, purposeAliases[i].key)
		}
	}
	// Every key must already be folded, or parseMethod could never find it.
	for _, a := range methodAliases {
		if f := fold(a.key); f != a.key {
			t.Errorf("methodAliases key %q folds to %q", a.key, f)
		}
	}
	for _, a := range purposeAliases {
		if f := fold(a.key); f != a.key {
			t.Errorf("purposeAliases key %q folds to %q", a.key, f)
		}
	}
}

func TestDebitIssuersSorted(t *testing.T) {
	for i := range debitIssuers {
		k := debitIssuers[i].key
		if fold(k) != k {
			t.Errorf("debitIssuers key %q is not folded (%q)", k, fold(k))
		}
		if i > 0 && debitIssuers[i-1].key >= k {
			t.Errorf("debitIssuers not sorted at %d: %q >= %q", i, debitIssuers[i-1].key, k)
		}
		// classifyIssuer's binary search needs a prefix-free key set.
		for j := range debitIssuers {
			if i != j && len(debitIssuers[j].key) >= len(k) && debitIssuers[j].key[:len(k)] == k {
				t.Errorf("debitIssuers key %q is a prefix of %q", k, debitIssuers[j].key)
			}
		}
	}
}

func TestParseMethod(t *testing.T) {
	tests := []struct {
		in   string
		want Method
	}{
		// CLI short names
		{"credit", CreditCard}, {"debit", DebitCard}, {"prepaid", PrepaidCard}, {"bank", BankTransfer},
		{"konbini", ConvenienceStore}, {"invoice", Invoice}, {"points", Points}, {"gift", GiftCertificate},
		{"emoney", EMoney},
		// English
		{"Credit Card", CreditCard}, {"CreditCard", CreditCard}, {"bank-transfer", BankTransfer},
		{"Convenience Store", ConvenienceStore}, {"gift_certificate", GiftCertificate}, {"E-Money", EMoney},
		{"Bic points", Points}, {"PayPay", EMoney}, {"楽天ペイ", EMoney}, {"Vプリカ", PrepaidCard},
		// Japanese, as the seed writes them
		{"クレジットカード", CreditCard}, {"デビットカード", DebitCard}, {"プリペイドカード", PrepaidCard},
		{"口座振替", BankTransfer}, {"コンビニ払い", ConvenienceStore}, {"請求書払", Invoice}, {"請求書払い", Invoice},
		{"ビックポイント払い", Points}, {"ギフト券", GiftCertificate}, {"電子マネー", EMoney},
		// width and script
		{"ｸﾚｼﾞｯﾄｶｰﾄﾞ", CreditCard}, {"ＤＥＢＩＴ", DebitCard}, {"こんびに", ConvenienceStore}, {"　credit　", CreditCard},
	}
	for _, tc := range tests {
		got, err := parseMethod(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("parseMethod(%q) = %v, %v, want %v", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"", "cash", "クレジ", "credit card please", string(make([]byte, MaxNameLen+1))} {
		got, err := parseMethod(in)
		var ie *Error
		if err == nil || !errors.As(err, &ie) || ie.Field != "method" || ie.Func != "Method.UnmarshalText" {
			t.Errorf("parseMethod(%q) = %v, %v, want an *Error for method", in, got, err)
		}
	}
	if _, err := parseMethod("cash"); !errors.Is(err, ErrUnknown) {
		t.Errorf("parseMethod(cash) error %v, want ErrUnknown", err)
	}
	if _, err := parseMethod(string(make([]byte, MaxNameLen+1))); !errors.Is(err, ErrTooLong) {
		t.Errorf("parseMethod(long) error %v, want ErrTooLong", err)
	}
}

func TestEnumRoundTrip(t *testing.T) {
	for _, m := range methods() {
		b, err := m.MarshalText()
		if err != nil {
			t.Fatalf("%d.MarshalText() error %v", m, err)
		}
		var back Method
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Errorf("Method round trip %v -> %q -> %v, %v", m, b, back, err)
		}
		if m.String() != string(b) || m.Label(methodTestJA) == "" || m.Label(methodTestEN) == "" {
			t.Errorf("Method %d: String %q, text %q, labels %q %q", m, m.String(), b, m.Label(methodTestJA), m.Label(methodTestEN))
		}
		if got, err := parseMethod(m.Label(methodTestJA)); err != nil || got != m {
			t.Errorf("parseMethod(%q) = %v, %v, want %v", m.Label(methodTestJA), got, err, m)
		}
		if got, err := parseMethod(m.Label(methodTestEN)); err != nil || got != m {
			t.Errorf("parseMethod(%q) = %v, %v, want %v", m.Label(methodTestEN), got, err, m)
		}
	}
	for _, p := range purposes() {
		b, err := p.MarshalText()
		var back Purpose
		if err != nil || back.UnmarshalText(b) != nil || back != p {
			t.Errorf("Purpose round trip %v -> %q -> %v, %v", p, b, back, err)
		}
		for _, s := range []string{p.Label(methodTestJA), p.Label(methodTestEN)} {
			if got, err := parsePurpose(s); err != nil || got != p {
				t.Errorf("parsePurpose(%q) = %v, %v, want %v", s, got, err, p)
			}
		}
	}
	for v := Rejected; v < numVerdicts; v++ {
		b, err := v.MarshalText()
		var back Verdict
		if err != nil || back.UnmarshalText(b) != nil || back != v {
			t.Errorf("Verdict round trip %v -> %q -> %v, %v", v, b, back, err)
		}
		if got, err := parseVerdict(v.Label(methodTestJA)); err != nil || got != v {
			t.Errorf("parseVerdict(%q) = %v, %v, want %v", v.Label(methodTestJA), got, err, v)
		}
	}
	// The zero Method and Purpose are invalid; the zero Verdict is Rejected.
	for _, tc := range []struct {
		name string
		ok   bool
		str  string
	}{
		{"Method(0)", Method(0).IsValid(), Method(0).String()},
		{"Method(10)", Method(numMethods).IsValid(), Method(numMethods).String()},
		{"Purpose(0)", Purpose(0).IsValid(), Purpose(0).String()},
		{"Verdict(4)", Verdict(numVerdicts).IsValid(), Verdict(numVerdicts).String()},
	} {
		if tc.ok || tc.str != tc.name {
			t.Errorf("%s: IsValid = %t, String = %q", tc.name, tc.ok, tc.str)
		}
	}
	// The zero Method and Purpose mean "not given": "" both ways
	// (docs/CONVENTIONS.md, "JSON"); any other invalid value has no text.
	for _, tc := range []struct {
		name  string
		marsh func() ([]byte, error)
		unmar func([]byte) (uint8, error)
	}{
		{"Method", Method(0).MarshalText, func(b []byte) (uint8, error) { m := CreditCard; err := m.UnmarshalText(b); return uint8(m), err }},
		{"Purpose", Purpose(0).MarshalText, func(b []byte) (uint8, error) { p := DevicePurchase; err := p.UnmarshalText(b); return uint8(p), err }},
	} {
		if b, err := tc.marsh(); err != nil || len(b) != 0 {
			t.Errorf("%s(0).MarshalText() = %q, %v, want \"\"", tc.name, b, err)
		}
		for _, in := range [][]byte{nil, {}} {
			if got, err := tc.unmar(in); err != nil || got != 0 {
				t.Errorf("%s.UnmarshalText(%q) = %d, %v, want 0", tc.name, in, got, err)
			}
		}
	}
	for _, bad := range []func() ([]byte, error){Method(numMethods).MarshalText, Method(255).MarshalText, Purpose(numPurposes).MarshalText} {
		_, err := bad()
		var e *Error
		if !errors.Is(err, ErrUnknown) || !errors.As(err, &e) || e.Field == "" {
			t.Errorf("MarshalText of an invalid value: error %v, want ErrUnknown naming its field", err)
		} else if ja, en := e.Message(language.Japanese), e.Message(language.English); ja == "" || en == "" || ja == en {
			t.Errorf("MarshalText of an invalid value: messages ja %q en %q", ja, en)
		}
	}
	if Verdict(0) != Rejected {
		t.Errorf("zero Verdict = %v, want rejected", Verdict(0))
	}
}

func TestWorse(t *testing.T) {
	order := []Verdict{Accepted, Conditional, Uncertain, Rejected}
	for i, a := range order {
		for j, b := range order {
			want := order[max(i, j)]
			if got := worse(a, b); got != want {
				t.Errorf("worse(%v, %v) = %v, want %v", a, b, got, want)
			}
		}
	}
}
