package eligibility_test

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/eligibility"
)

// trailingPAN is a card number (it passes the Luhn check) put after a JSON
// value: no error may show it, or any part of it.
const trailingPAN = "4539148803436467"

// TestDecodeDirect calls the JSON and gob decoders as a caller or
// encoding/gob does, without encoding/json in front: every error is an
// *Error wrapping a sentinel, for the right field, with a message in both
// languages, and data after the one value is refused.
func TestDecodeDirect(t *testing.T) {
	decoders := []struct {
		name  string
		field string
		call  func([]byte) error
	}{
		{"Application.UnmarshalJSON", "application", func(b []byte) error { var a eligibility.Application; return a.UnmarshalJSON(b) }},
		{"Application.GobDecode", "application", func(b []byte) error { var a eligibility.Application; return a.GobDecode(b) }},
		{"Card.UnmarshalJSON", "card", func(b []byte) error { var c eligibility.Card; return c.UnmarshalJSON(b) }},
		{"Card.GobDecode", "card", func(b []byte) error { var c eligibility.Card; return c.GobDecode(b) }},
	}
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"blank", " \n"},
		{"cut short", "{"},
		{"trailing comma", `{"name":"TARO",}`},
		{"not an object", `"x"`},
		{"a list", `[]`},
		{"a number after", `{} ` + trailingPAN},
		{"a number after, no space", `{}` + trailingPAN},
		{"a second object", `{} {}`},
		{"text after", `{"name":"TARO"} x`},
		{"a number after a field", `{"name":"TARO"}` + "\n" + trailingPAN},
	}
	for _, d := range decoders {
		for _, tc := range tests {
			t.Run(d.name+"/"+tc.name, func(t *testing.T) {
				in := tc.in
				if d.field == "application" {
					in = strings.Replace(in, `"name":"TARO"`, `"campaign":"X"`, 1)
				}
				err := d.call([]byte(in))
				if !errors.Is(err, eligibility.ErrSyntax) {
					t.Fatalf("%s(%q) = %v, want ErrSyntax", d.name, in, err)
				}
				var e *eligibility.Error
				if !errors.As(err, &e) || e.Field != d.field {
					t.Fatalf("%s(%q) = %#v, want an *Error for %q", d.name, in, err, d.field)
				}
				ja, en := e.Message(language.Japanese), e.Message(language.English)
				if ja == "" || en == "" || ja == en {
					t.Errorf("%s(%q): Message = %q (ja), %q (en), want two different sentences", d.name, in, ja, en)
				}
				for _, s := range []string{err.Error(), ja, en} {
					if strings.Contains(s, trailingPAN[:4]) || strings.Contains(s, trailingPAN[len(trailingPAN)-4:]) {
						t.Errorf("%s(%q): %q shows the card number", d.name, in, s)
					}
				}
			})
		}
		t.Run(d.name+"/white space after", func(t *testing.T) {
			if err := d.call([]byte("{} \t\r\n")); err != nil {
				t.Errorf("%s(%q) = %v, want nil: white space after the value is allowed", d.name, "{} \t\r\n", err)
			}
		})
	}
}

// TestDecodeDirectField checks that an error about one field still names
// that field when the decoder is called directly.
func TestDecodeDirectField(t *testing.T) {
	tests := []struct {
		in    string
		field string
		err   error
	}{
		{`{"instalments":"x"}`, "instalments", eligibility.ErrSyntax},
		{`{"holder":{"kana":1}}`, "holder.kana", eligibility.ErrSyntax},
		{`{"card":{"name":1}}`, "card.name", eligibility.ErrSyntax},
		{`{"card":{"name":"TARO",}}`, "application", eligibility.ErrSyntax},
		{`{"method":"nothing"}`, "method", eligibility.ErrUnknown},
		{`{"` + trailingPAN + `":1}`, "application", eligibility.ErrUnknown},
	}
	for _, tc := range tests {
		var a eligibility.Application
		err := a.UnmarshalJSON([]byte(tc.in))
		var e *eligibility.Error
		if !errors.Is(err, tc.err) || !errors.As(err, &e) || e.Field != tc.field {
			t.Errorf("Application.UnmarshalJSON(%s) = %v, want an *Error for %q wrapping %v", tc.in, err, tc.field, tc.err)
			continue
		}
		if strings.Contains(err.Error(), trailingPAN[:4]) {
			t.Errorf("Application.UnmarshalJSON(%s) = %q, shows the card number", tc.in, err)
		}
	}
}
