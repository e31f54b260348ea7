package eligibility

import (
	"strconv"
	"strings"

	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/pan"
)

// MaxApplicationJSON bounds the JSON an [Application] is decoded from, in
// bytes, checked before any decoding: every field at its own bound written
// entirely in \u escapes (six bytes a byte) fits, with room for
// indentation. encoding/json reads the whole value before it calls
// UnmarshalJSON, so a server decoding a request body bounds its reader with
// it (an io.LimitReader or http.MaxBytesReader of MaxApplicationJSON bytes):
// an over-long body then costs nothing either. A [Card] on its own is
// bounded at 4 KiB.
const MaxApplicationJSON = 16 << 10

// maxCardJSON bounds the JSON a [Card] is decoded from, in bytes.
const maxCardJSON = 4 << 10

// instalmentsOK reports whether n is a count of instalments an application
// may ask for: 0–[MaxInstalments]. Any other count is refused, at decoding
// and by [Policy.Check], and never printed: a card number typed into the
// field is one.
func instalmentsOK(n int) bool { return n >= 0 && n <= MaxInstalments }

// instalmentsText is how String and %#v show a count of instalments:
// the count when it is in range, "out-of-range" otherwise.
func instalmentsText(n int) string {
	if !instalmentsOK(n) {
		return "out-of-range"
	}
	return strconv.Itoa(n)
}

// instalmentsJSON is how MarshalJSON writes a count of instalments: the
// count when it is in range (nil, left out, for 0), the string
// "out-of-range" otherwise, as invalid methods are written as their String.
func instalmentsJSON(n int) any {
	switch {
	case n == 0:
		return nil
	case !instalmentsOK(n):
		return "out-of-range"
	}
	return n
}

// combinedText is how String and %#v show the combined methods: at
// most 8 of them, then how many more there are.
func combinedText(ms []Method) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, m := range ms {
		if i == maxCombined {
			b.WriteString(" …(+" + strconv.Itoa(len(ms)-i) + " more)")
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(m.String())
	}
	b.WriteByte(']')
	return b.String()
}

// combinedNames is how MarshalJSON writes the combined methods: their
// names, at most 8 of them and then "…(+N more)".
func combinedNames(ms []Method) []string {
	if len(ms) == 0 {
		return nil
	}
	names := make([]string, 0, min(len(ms), maxCombined+1))
	for i, m := range ms {
		if i == maxCombined {
			names = append(names, "…(+"+strconv.Itoa(len(ms)-i)+" more)")
			break
		}
		names = append(names, m.String())
	}
	return names
}

// printable returns c with its text fields as they may be printed: a field
// over its bound as its first bytes without digits and "…(+N bytes)"
// ([bound.Clip]), a field within it with card numbers masked ([pan.Mask]:
// free text may hold a number typed into the wrong field) and invisible
// characters (bidirectional controls, zero-width characters …)
// replaced by U+FFFD. The number and the security code are left to
// String's own treatment.
func (c Card) printable() Card {
	c.Name = bound.Field(c.Name, maxCardNameLen, pan.Mask)
	c.Issuer = bound.Field(c.Issuer, maxIssuerLen, pan.Mask)
	c.Country = bound.Field(c.Country, maxCountryLen, pan.Mask)
	return c
}

// printable is [Card.printable] for the application's own text fields; its
// card's methods treat the card (once: a clipped field is longer than its
// bound, so clipping twice would clip the marker).
func (a Application) printable() Application {
	a.Holder.Kana = bound.Field(a.Holder.Kana, maxKanaLen, pan.Mask)
	a.Campaign = bound.Field(a.Campaign, maxCampaignLen, pan.Mask)
	return a
}

// noCampaign reports whether s gives no campaign code: blank, and within
// its bound (an over-long one is refused as too long, not trimmed).
func noCampaign(s string) bool {
	return len(s) <= maxCampaignLen && strings.TrimSpace(s) == ""
}

// visible adds invalid-input "text" for a field holding an
// invisible character (see [ErrText]) and reports whether it holds
// none.
func visible(d *Decision, field, s string) bool {
	if bound.HasInvisible(s) {
		d.add(invalid(field, "text"))
		return false
	}
	return true
}

// noCardNumber adds invalid-input "card-number" for a name holding a run
// of digits that may be a card number (internal/pan, the one detector) and
// reports whether it holds none.
func noCardNumber(d *Decision, field, s string) bool {
	if bound.HasDigit(s) && pan.Contains(s) { // most names have no digit: a quick test first
		d.add(invalid(field, "card-number"))
		return false
	}
	return true
}
