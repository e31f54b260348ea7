package family_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/family"
)

// textEnum is what every enum of the package offers.
type textEnum interface {
	fmt.Stringer
	MarshalText() ([]byte, error)
}

func TestEnumsRoundTrip(t *testing.T) {
	tests := []struct {
		v     textEnum
		text  string
		parse func(string) (textEnum, error)
	}{
		{family.Aggregate, "aggregate", func(s string) (textEnum, error) { return family.ParseMode(s) }},
		{family.PerLine, "per-line", func(s string) (textEnum, error) { return family.ParseMode(s) }},
		{family.Voice, "voice", func(s string) (textEnum, error) { return family.ParseLineKind(s) }},
		{family.Data, "data", func(s string) (textEnum, error) { return family.ParseLineKind(s) }},
		{family.DataSMS, "data-sms", func(s string) (textEnum, error) { return family.ParseLineKind(s) }},
		{family.Standard, "standard", func(s string) (textEnum, error) { return family.ParseTaxCategory(s) }},
		{family.Reduced, "reduced", func(s string) (textEnum, error) { return family.ParseTaxCategory(s) }},
		{family.NonTaxable, "non-taxable", func(s string) (textEnum, error) { return family.ParseTaxCategory(s) }},
		{family.RoundDown, "down", func(s string) (textEnum, error) { return family.ParseRounding(s) }},
		{family.RoundHalfUp, "half-up", func(s string) (textEnum, error) { return family.ParseRounding(s) }},
		{family.RoundUp, "up", func(s string) (textEnum, error) { return family.ParseRounding(s) }},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := tt.v.String(); got != tt.text {
				t.Errorf("String() = %q, want %q", got, tt.text)
			}
			b, err := tt.v.MarshalText()
			if err != nil || string(b) != tt.text {
				t.Errorf("MarshalText() = %q, %v; want %q", b, err, tt.text)
			}
			for _, in := range []string{tt.text, " " + tt.text + "　", toFullWidth(tt.text)} {
				got, err := tt.parse(in)
				if err != nil || got != tt.v {
					t.Errorf("Parse(%q) = %v, %v; want %v", in, got, err, tt.v)
				}
			}
		})
	}
}

// toFullWidth writes ASCII letters, digits and hyphens in full width.
func toFullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > ' ' && r < 0x7f {
			r += 0xFF01 - '!'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestEnumsInvalid(t *testing.T) {
	tests := []struct {
		name string
		v    textEnum
		str  string
		want error
	}{
		{"unset mode", family.ModeUnset, "unset", family.ErrMode},
		{"mode 9", family.Mode(9), "Mode(9)", family.ErrMode},
		{"unknown kind", family.KindUnknown, "unknown", family.ErrKind},
		{"kind 9", family.LineKind(9), "LineKind(9)", family.ErrKind},
		{"unknown tax", family.TaxUnknown, "unknown", family.ErrTaxCategory},
		{"tax 9", family.TaxCategory(9), "TaxCategory(9)", family.ErrTaxCategory},
		{"rounding 9", family.Rounding(9), "Rounding(9)", family.ErrPlan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.v.String(); got != tt.str {
				t.Errorf("String() = %q, want %q", got, tt.str)
			}
			if b, err := tt.v.MarshalText(); !errors.Is(err, tt.want) {
				t.Errorf("MarshalText() = %q, %v; want %v", b, err, tt.want)
			}
		})
	}
	for _, in := range []string{"", "unset", "both", "aggregated", strings.Repeat("a", 65)} {
		if got, err := family.ParseMode(in); err == nil {
			t.Errorf("ParseMode(%q) = %v, want an error", in, got)
		}
	}
	if m, err := family.ParseMode("まとめ払い"); err != nil || m != family.Aggregate {
		t.Errorf("ParseMode(まとめ払い) = %v, %v; want aggregate", m, err)
	}
	if m, err := family.ParseMode("個別払い"); err != nil || m != family.PerLine {
		t.Errorf("ParseMode(個別払い) = %v, %v; want per-line", m, err)
	}
}

func TestModeJapanese(t *testing.T) {
	for m, want := range map[family.Mode]string{family.Aggregate: "まとめ払い", family.PerLine: "個別払い", family.ModeUnset: "未設定", 7: ""} {
		if got := m.Japanese(); got != want {
			t.Errorf("%v.Japanese() = %q, want %q", m, got, want)
		}
	}
}

// TestCardNeverPrintsANumber checks that a card number typed into a Card
// does not come out of String, GoString, %v or JSON.
func TestCardNeverPrintsANumber(t *testing.T) {
	tests := []struct {
		card family.Card
		want string
	}{
		{family.Card{Name: "YAMADA HANAKO", Last4: "2222"}, "YAMADA HANAKO ****2222"},
		{family.Card{Name: "ＹＡＭＡＤＡ　ＨＡＮＡＫＯ", Last4: "２２２２"}, "YAMADA HANAKO ****2222"},
		{family.Card{Name: "YAMADA HANAKO", Last4: "4111111111111111"}, "YAMADA HANAKO ****????"},
		{family.Card{Name: "4111 1111 1111 1111", Last4: "1111"}, "? ****1111"},
		{family.Card{}, "? ****????"},
	}
	for _, tt := range tests {
		for _, got := range []string{tt.card.String(), fmt.Sprintf("%v", tt.card), fmt.Sprintf("%+v", tt.card)} {
			if got != tt.want {
				t.Errorf("Card%v printed %q, want %q", []string{tt.card.Name, "…"}, got, tt.want)
			}
		}
		gs := fmt.Sprintf("%#v", tt.card)
		if strings.Contains(gs, "4111 1111") || strings.Contains(gs, "41111111") || !strings.Contains(gs, tt.want) {
			t.Errorf("%%#v printed %q, want it to hold %q and no card number", gs, tt.want)
		}
		a := family.Account{Card: tt.card}
		if s := fmt.Sprintf("%v %+v %#v", a, a, a); strings.Contains(s, "41111111") || strings.Contains(s, "4111 1111") {
			t.Errorf("an Account printed a card number: %s", s)
		}
		// JSON shows the fields as String does.
		name, last4, _ := strings.Cut(tt.want, " ****")
		want := `{"name":` + strconv.Quote(name) + `,"last4":"` + last4 + `"}`
		a.Mode, a.Date = family.Aggregate, billing.Date{Year: 2026, Month: 11, Day: 25}
		for _, v := range []any{tt.card, a, family.Payer{Card: tt.card}} {
			got, err := json.Marshal(v)
			if err != nil || !strings.Contains(string(got), want) || strings.Contains(string(got), "41111111") || strings.Contains(string(got), "4111 1111") {
				t.Errorf("json.Marshal(%T with card %v) = %s, %v; want it to hold %s and no card number", v, tt.card, got, err, want)
			}
		}
	}
}

func TestInputErrorText(t *testing.T) {
	tests := []struct {
		err  *family.InputError
		want string
	}{
		{&family.InputError{Line: "line-1", Field: "charges[0].amount", Err: family.ErrAmount},
			`family: line "line-1": charges[0].amount: negative amount`},
		{&family.InputError{Field: "lines", Err: family.ErrNoLines}, "family: lines: no lines"},
		{&family.InputError{Field: "card.name", Err: family.ErrHolder, Detail: "C1: mismatch"},
			"family: card.name: card holder does not match (C1: mismatch)"},
		{&family.InputError{}, "family: invalid input"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

// FuzzParseEnums checks the enum parsers on any text: no panic; a value
// parsed prints in a form that parses back to it and marshals; anything
// refused is an *InputError wrapping the enum's sentinel (or ErrTooLong).
func FuzzParseEnums(f *testing.F) {
	// Seed corpus: every accepted form, full-width and padded variants, the
	// Japanese mode names, the zero values' names (refused) and junk.
	for _, s := range []string{
		"aggregate", "per-line", "まとめ払い", "個別払い", "ａｇｇｒｅｇａｔｅ", " per-line　", "unset",
		"voice", "data", "data-sms", "ｄａｔａ－ｓｍｓ", "unknown",
		"standard", "reduced", "non-taxable", "down", "half-up", "up", "",
		"\xff", strings.Repeat("a", 65),
	} {
		f.Add(s)
	}
	type parser struct {
		name     string
		sentinel error
		parse    func(string) (textEnum, error)
	}
	parsers := []parser{
		{"mode", family.ErrMode, func(s string) (textEnum, error) { return family.ParseMode(s) }},
		{"kind", family.ErrKind, func(s string) (textEnum, error) { return family.ParseLineKind(s) }},
		{"tax", family.ErrTaxCategory, func(s string) (textEnum, error) { return family.ParseTaxCategory(s) }},
		{"rounding", family.ErrPlan, func(s string) (textEnum, error) { return family.ParseRounding(s) }},
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range parsers {
			v, err := p.parse(s)
			if err != nil {
				var ie *family.InputError
				if !errors.As(err, &ie) || !(errors.Is(err, p.sentinel) || errors.Is(err, family.ErrTooLong)) {
					t.Fatalf("parse %s %q: error %T %v, want an *InputError wrapping %v", p.name, s, err, err, p.sentinel)
				}
				continue
			}
			again, err := p.parse(v.String())
			if err != nil || again != v {
				t.Fatalf("parse %s %q = %v; parsing %q again gives %v, %v", p.name, s, v, v.String(), again, err)
			}
			if b, err := v.MarshalText(); err != nil || string(b) != v.String() {
				t.Fatalf("parse %s %q = %v; MarshalText = %q, %v", p.name, s, v, b, err)
			}
		}
	})
}
