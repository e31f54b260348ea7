package kessai_test

import (
	"encoding"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/family"
)

// textDecoder is one UnmarshalText or GobDecode method of the API, called
// directly, as encoding/gob and a caller call it.
type textDecoder struct {
	name  string
	valid string               // text the method reads
	field string               // the Field of its errors
	call  func(b []byte) error // the method, on a fresh value
	errs  []error              // the sentinels for valid text with data after it
}

func textOf[T any, P interface {
	*T
	encoding.TextUnmarshaler
}](name, valid, field string, sentinels ...error) textDecoder {
	return textDecoder{name, valid, field, func(b []byte) error { var v T; return P(&v).UnmarshalText(b) }, sentinels}
}

// isAny reports whether err wraps one of sentinels.
func isAny(err error, sentinels []error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// typedError returns the Field and the two messages of err when it is one
// of the packages' *Error.
func typedError(err error) (field, ja, en string, ok bool) {
	var (
		b *brand.Error
		e *eligibility.Error
		g *billing.Error
		f *family.Error
	)
	switch {
	case errors.As(err, &b):
		return b.Field, b.Message(language.Japanese), b.Message(language.English), true
	case errors.As(err, &e):
		return e.Field, e.Message(language.Japanese), e.Message(language.English), true
	case errors.As(err, &g):
		return g.Field, g.Message(language.Japanese), g.Message(language.English), true
	case errors.As(err, &f):
		return f.Field, f.Message(language.Japanese), f.Message(language.English), true
	}
	return "", "", "", false
}

// TestTextDecodersRefuseTrailingData checks every text decoder of the four
// packages, called directly: text it reads, followed by anything but white
// space (a card number, a letter), is refused with the package's *Error
// wrapping the sentinel, for the field, with a message in both languages,
// and no error shows the card number.
func TestTextDecodersRefuseTrailingData(t *testing.T) {
	const pan = "4539148803436467" // passes the Luhn check
	decoders := []textDecoder{
		textOf[brand.Brand]("brand.Brand", "visa", "brand", brand.ErrSyntax, brand.ErrUnknown),
		textOf[brand.Funding]("brand.Funding", "credit", "funding", brand.ErrSyntax, brand.ErrUnknown),
		textOf[eligibility.Method]("eligibility.Method", "credit", "method", eligibility.ErrUnknown),
		textOf[eligibility.Purpose]("eligibility.Purpose", "monthly", "purpose", eligibility.ErrUnknown),
		textOf[eligibility.Verdict]("eligibility.Verdict", eligibility.Accepted.String(), "verdict", eligibility.ErrUnknown),
		textOf[eligibility.MatchKind]("eligibility.MatchKind", eligibility.Exact.String(), "matchKind", eligibility.ErrUnknown),
		textOf[eligibility.NameRule]("eligibility.NameRule", eligibility.NameRule(1).String(), "nameRule", eligibility.ErrUnknown),
		textOf[eligibility.NameProfile]("eligibility.NameProfile", eligibility.Strict.String(), "nameProfile", eligibility.ErrUnknown),
		textOf[billing.EventKind]("billing.EventKind", "retry", "kind", billing.ErrUnknown),
		textOf[billing.State]("billing.State", "past-due", "state", billing.ErrUnknown),
		textOf[billing.Channel]("billing.Channel", "slip", "channel", billing.ErrUnknown),
		textOf[billing.Date]("billing.Date", "2026-01-02", "", billing.ErrSyntax),
		textOf[billing.YearMonth]("billing.YearMonth", "03/27", "", billing.ErrSyntax),
		textOf[family.Mode]("family.Mode", "per-line", "mode", family.ErrUnknown),
		textOf[family.TaxCategory]("family.TaxCategory", "standard", "tax", family.ErrUnknown),
		textOf[family.Card]("family.Card", "YAMADA TARO ****1234", "card", family.ErrSyntax),
		{"family.Card.GobDecode", "YAMADA TARO ****1234", "card",
			func(b []byte) error { var c family.Card; return c.GobDecode(b) }, []error{family.ErrSyntax}},
	}
	for _, d := range decoders {
		t.Run(d.name, func(t *testing.T) {
			if err := d.call([]byte(d.valid)); err != nil {
				t.Fatalf("%s(%q) = %v, want nil", d.name, d.valid, err)
			}
			for _, in := range []string{d.valid + " " + pan, d.valid + pan, d.valid + " x", d.valid + "\x00"} {
				err := d.call([]byte(in))
				if !isAny(err, d.errs) {
					t.Errorf("%s(%q) = %v, want one of %v", d.name, in, err, d.errs)
					continue
				}
				field, ja, en, ok := typedError(err)
				if !ok || field != d.field {
					t.Errorf("%s(%q) = %#v, want the package's *Error for %q", d.name, in, err, d.field)
					continue
				}
				if ja == "" || en == "" || ja == en {
					t.Errorf("%s(%q): Message = %q (ja), %q (en), want two different sentences", d.name, in, ja, en)
				}
				for _, s := range []string{err.Error(), ja, en} {
					if strings.Contains(s, pan) || strings.Contains(s, pan[:7]) || strings.Contains(s, pan[5:]) {
						t.Errorf("%s(%q): %q shows more of the card number than its first 6 and last 4 digits", d.name, in, s)
					}
				}
			}
		})
	}
}
