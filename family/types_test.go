package family_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/family"
	"github.com/kessai-jp/kessai/internal/pan"
	"github.com/kessai-jp/kessai/internal/textparse"
)

// textEnum is what every enum of the package offers.
type textEnum interface {
	fmt.Stringer
	IsValid() bool
	Label(language.Tag) string
	MarshalText() ([]byte, error)
}

func TestEnumsRoundTrip(t *testing.T) {
	mode := func(s string) (textEnum, error) { return textparse.Parse[family.Mode](s) }
	tax := func(s string) (textEnum, error) { return textparse.Parse[family.TaxCategory](s) }
	tests := []struct {
		v      textEnum
		text   string
		ja, en string
		parse  func(string) (textEnum, error)
	}{
		{family.Aggregate, "aggregate", "まとめ払い", "aggregate payment", mode},
		{family.PerLine, "per-line", "個別払い", "per-line payment", mode},
		{family.Standard, "standard", "標準税率", "standard rate", tax},
		{family.NonTaxable, "non-taxable", "非課税", "non-taxable", tax},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := tt.v.String(); got != tt.text || !tt.v.IsValid() {
				t.Errorf("String() = %q, IsValid() = %v; want %q, true", got, tt.v.IsValid(), tt.text)
			}
			if ja, en := tt.v.Label(language.Japanese), tt.v.Label(language.English); ja != tt.ja || en != tt.en {
				t.Errorf("Label = %q, %q; want %q, %q", ja, en, tt.ja, tt.en)
			}
			b, err := tt.v.MarshalText()
			if err != nil || string(b) != tt.text {
				t.Errorf("MarshalText() = %q, %v; want %q", b, err, tt.text)
			}
			for _, in := range []string{tt.text, strings.ToUpper(tt.text), " " + tt.text + "　", toFullWidth(tt.text), tt.ja} {
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
		want error // of MarshalText; nil: "" for the zero value
	}{
		{"unset mode", family.Mode(0), "", nil},
		{"mode 9", family.Mode(9), "Mode(9)", family.ErrUnknown},
		{"unset tax", family.TaxCategory(0), "", nil},
		{"tax 9", family.TaxCategory(9), "TaxCategory(9)", family.ErrUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.v.String(); got != tt.str || tt.v.IsValid() || tt.v.Label(language.Japanese) != "" {
				t.Errorf("String() = %q, IsValid() = %v; want %q, false, no label", got, tt.v.IsValid(), tt.str)
			}
			b, err := tt.v.MarshalText()
			if !errors.Is(err, tt.want) || (tt.want == nil && string(b) != "") {
				t.Errorf("MarshalText() = %q, %v; want %v", b, err, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		in   string
		want error
	}{
		{"　", family.ErrEmpty}, {"unset", family.ErrUnknown}, {"both", family.ErrUnknown},
		{"aggregated", family.ErrUnknown}, {strings.Repeat("a", 65), family.ErrTooLong},
	} {
		got, err := textparse.Parse[family.Mode](tt.in)
		var e *family.Error
		if !errors.Is(err, tt.want) || !errors.As(err, &e) || e.Func != "Mode.UnmarshalText" || e.Field != "mode" {
			t.Errorf("ParseMode(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	// The zero value reads back from "", as MarshalText writes it.
	m := family.Aggregate
	if err := m.UnmarshalText(nil); err != nil || m != 0 {
		t.Errorf("UnmarshalText(\"\") = %v, %v; want the zero Mode", m, err)
	}
}

// TestCardNeverPrintsANumber checks that a card number typed into a Card
// does not come out of fmt's verbs, text or JSON.
func TestCardNeverPrintsANumber(t *testing.T) {
	tests := []struct {
		card family.Card
		want string
	}{
		{family.Card{Name: "YAMADA HANAKO", Last4: "2222"}, "YAMADA HANAKO ****2222"},
		{family.Card{Name: "ＹＡＭＡＤＡ　ＨＡＮＡＫＯ", Last4: "２２２２"}, "YAMADA HANAKO ****2222"},
		{family.Card{Name: "YAMADA HANAKO", Last4: "4111111111111111"}, "YAMADA HANAKO ****????"},
		{family.Card{Name: "4111 1111 1111 1111", Last4: "1111"}, "? ****1111"},
		{family.Card{Name: "?"}, "? ****????"},
		{family.Card{}, ""},
	}
	for _, tt := range tests {
		for _, got := range []string{fmt.Sprint(tt.card), fmt.Sprintf("%s", tt.card), fmt.Sprintf("%+v", tt.card)} {
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
		// JSON shows the card as String does.
		want := `"card":"` + tt.want + `"`
		a.Mode, a.Date = family.Aggregate, billing.Date{Year: 2026, Month: 11, Day: 25}
		for _, v := range []any{struct {
			Card family.Card `json:"card"`
		}{tt.card}, family.Invoice{Card: tt.card, Date: billDate, RatesFrom: billDate}} {
			got, err := json.Marshal(v)
			if err != nil || !strings.Contains(string(got), want) || strings.Contains(string(got), "41111111") || strings.Contains(string(got), "4111 1111") {
				t.Errorf("json.Marshal(%T with card %v) = %s, %v; want it to hold %s and no card number", v, tt.card, got, err, want)
			}
		}
	}
}

// TestCardText: the text form reads back; other forms are refused with
// the category that says why, never echoing the text.
func TestCardText(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want family.Card
		err  error
	}{
		{"YAMADA TARO ****1234", family.Card{Name: "YAMADA TARO", Last4: "1234"}, nil},
		{"ＹＡＭＡＤＡ　ＴＡＲＯ ****１２３４", family.Card{Name: "YAMADA TARO", Last4: "1234"}, nil},
		{"", family.Card{}, nil},
		{"YAMADA TARO 1234", family.Card{}, family.ErrSyntax},
		{"YAMADA TARO ****12345", family.Card{}, family.ErrSyntax},
		{"YAMADA TARO ****????", family.Card{}, family.ErrSyntax},
		{" ****1234", family.Card{}, family.ErrEmpty},
		{"4111 1111 1111 1111 ****1111", family.Card{}, family.ErrCardNumber},
		{"YAMADA\u202eTARO ****1234", family.Card{}, family.ErrText},
		{strings.Repeat("A", 200) + " ****1234", family.Card{}, family.ErrTooLong},
	} {
		var c family.Card
		err := c.UnmarshalText([]byte(tt.in))
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) || c != tt.want {
			t.Errorf("UnmarshalText(%q) = %#v, %v; want %#v, %v", tt.in, c, err, tt.want, tt.err)
		}
		if err != nil && (strings.Contains(err.Error(), "4111") || strings.Contains(err.Error(), "YAMADA")) {
			t.Errorf("UnmarshalText(%q): error %q echoes the text", tt.in, err)
		}
	}
}

func TestErrorText(t *testing.T) {
	tests := []struct {
		err    *family.Error
		want   string
		ja, en string
	}{
		{&family.Error{Func: "Bill", Line: "line-1", Field: "charges[0].amount", Err: family.ErrRange},
			`family: Bill: line "line-1": charges[0].amount: out of range`,
			"回線「line-1」の金額：範囲の外です", `amount of line "line-1": out of range`},
		{&family.Error{Func: "Bill", Field: "lines", Err: family.ErrEmpty}, "family: Bill: lines: empty",
			"回線：入力がありません", "lines: nothing was given"},
		{&family.Error{Func: "Bill", Field: "owner.kana", Err: family.ErrText}, "family: Bill: owner.kana: text not allowed",
			"契約者の名前：使えない文字（制御文字や見えない書式文字、不正な UTF-8 など）があります",
			"owner's name: holds characters that are not allowed (such as control or invisible format characters, or bad UTF-8)"},
		{&family.Error{}, "family: invalid input", "入力が正しくありません", "invalid input"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if ja, en := tt.err.Message(language.Japanese), tt.err.Message(language.English); ja != tt.ja || en != tt.en {
			t.Errorf("Message = %q, %q; want %q, %q", ja, en, tt.ja, tt.en)
		}
	}
}

// FuzzParseEnums checks the enum parsers on any text: no panic; a value
// parsed prints in a form that parses back to it and marshals; anything
// refused is an *Error wrapping ErrEmpty, ErrUnknown or ErrTooLong.
func FuzzParseEnums(f *testing.F) {
	// Seed corpus: every accepted form, full-width and padded variants, the
	// Japanese labels, the zero values' old names (refused) and junk.
	for _, s := range []string{
		"aggregate", "per-line", "まとめ払い", "個別払い", "ａｇｇｒｅｇａｔｅ", " per-line　", "unset", "AGGREGATE",
		"standard", "reduced", "non-taxable", "標準税率", "非課税", "unknown", "",
		"\xff", strings.Repeat("a", 65),
	} {
		f.Add(s)
	}
	type parser struct {
		name  string
		parse func(string) (textEnum, error)
	}
	parsers := []parser{
		{"mode", func(s string) (textEnum, error) { return textparse.Parse[family.Mode](s) }},
		{"tax", func(s string) (textEnum, error) { return textparse.Parse[family.TaxCategory](s) }},
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range parsers {
			v, err := p.parse(s)
			if err != nil {
				var ie *family.Error
				if !errors.As(err, &ie) || !(errors.Is(err, family.ErrUnknown) || errors.Is(err, family.ErrEmpty) || errors.Is(err, family.ErrTooLong)) {
					t.Fatalf("parse %s %q: error %T %v, want an *Error wrapping ErrUnknown, ErrEmpty or ErrTooLong", p.name, s, err, err)
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

// FuzzCardText: whatever text a Card is read from, UnmarshalText never
// panics; a card it accepts writes a text form that reads back to the same
// card, and no error echoes a run that may be a card number.
func FuzzCardText(f *testing.F) {
	for _, s := range []string{
		"YAMADA TARO ****1234", "ＹＡＭＡＤＡ　ＴＡＲＯ ****１２３４", "", " ****1234", "YAMADA TARO 1234",
		"4111 1111 1111 1111 ****1111", "YAMADA ****TARO ****12345", "? ****????", "YAMADA\u202eTARO ****1234",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c family.Card
		if err := c.UnmarshalText([]byte(s)); err != nil {
			var e *family.Error
			if !errors.As(err, &e) || pan.Contains(err.Error()) || pan.Contains(e.Message(language.Japanese)) {
				t.Fatalf("UnmarshalText(%q): error %v", s, err)
			}
			return
		}
		b, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back family.Card
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Fatalf("UnmarshalText(%q) = %#v, writes %q, which reads back as %#v, %v", s, c, b, back, err)
		}
		if pan.Contains(string(b)) {
			t.Fatalf("UnmarshalText(%q) = %#v, writes %q", s, c, b)
		}
	})
}
