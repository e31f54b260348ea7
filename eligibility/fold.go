package eligibility

import (
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/kessai-jp/kessai/internal/bound"
)

// Sentinel errors for the categories of bad input. Errors returned by this
// package wrap one of them in an [*InputError] naming the field; so does
// [Decision.Err] for the "invalid-input" reasons of a decision.
var (
	// ErrUnknownMethod: a method value or name that is not a [Method].
	ErrUnknownMethod = errors.New("eligibility: unknown payment method")
	// ErrUnknownPurpose: a purpose value or name that is not a [Purpose].
	ErrUnknownPurpose = errors.New("eligibility: unknown purpose")
	// ErrUnknownVerdict: a verdict value or name that is not a [Verdict].
	ErrUnknownVerdict = errors.New("eligibility: unknown verdict")
	// ErrUnknownFunding: a funding value or name that is not credit, debit
	// or prepaid.
	ErrUnknownFunding = errors.New("eligibility: unknown funding")
	// ErrTooLong: a text or list longer than its documented bound.
	ErrTooLong = errors.New("eligibility: input too long")
	// ErrMalformed: text that does not have its field's form, such as an
	// expiry that is not "MM/YY" or "MM/YYYY".
	ErrMalformed = errors.New("eligibility: malformed input")
	// ErrRange: a number outside its documented range: an expiry month
	// outside 1–12, a year outside [MinExpiryYear]–[MaxExpiryYear],
	// instalments outside 0–[MaxInstalments].
	ErrRange = errors.New("eligibility: out of range")
	// ErrInvalidText: text that is not valid UTF-8, or holds control
	// characters or invisible ones: bidirectional controls (U+202A–U+202E,
	// U+2066–U+2069, U+200E, U+200F, U+061C), zero-width characters, the
	// soft hyphen, the byte-order mark, line and paragraph separators
	// (Unicode Cf, Zl, Zp). [Policy.Check] refuses them in every text field
	// but the card number's (where they separate digits, as brand.Parse
	// reads them) with "invalid-input" detail "invalid-text".
	ErrInvalidText = errors.New("eligibility: invalid text")
	// ErrCardNumber: a name (the holder's kana, the name on the card) that
	// holds a run of digits that may be a card number, typed into the
	// wrong field; [Policy.Check] refuses it under every policy with
	// "invalid-input" detail "card-number", and it is never printed.
	ErrCardNumber = errors.New("eligibility: card number in a name")
	// ErrMissing: a required field is empty or zero.
	ErrMissing = errors.New("eligibility: missing field")
	// ErrUnknownField: JSON input with a field that an [Application] or a
	// [Card] does not have.
	ErrUnknownField = errors.New("eligibility: unknown field")
)

// InputError reports bad input in one field. Its text names the field and
// the category, never the value (which could be a card number).
type InputError struct {
	Field string // e.g. "method", "card.expiry", "combined[1]"
	Err   error  // one of the sentinels above
}

// Error returns the sentinel's text and the field, e.g. "eligibility:
// input too long (field card.name)".
func (e *InputError) Error() string {
	msg := "eligibility: bad input"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return msg + " (field " + e.Field + ")"
}

// Unwrap returns the sentinel.
func (e *InputError) Unwrap() error { return e.Err }

// isJapanese reports whether t asks for Japanese text.
func isJapanese(t language.Tag) bool {
	b, _ := t.Base()
	return b.String() == "ja"
}

// fold normalises a name for lookup: NFKC (full-width Latin and digits to
// ASCII, half-width katakana to full-width, the ideographic space to a space),
// lower case, hiragana to katakana, and without spaces, hyphens, underscores,
// dots and the middle dot. Invalid UTF-8 becomes U+FFFD first. fold is
// idempotent (FuzzFold): dropping a separator or turning ひらがな into
// カタカナ can leave a sequence that composes (C + U+0327 once "C¸" lost its
// space; カ + U+3099), so the passes repeat until nothing changes.
func fold(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	for range 4 {
		s = foldPass(norm.NFKC.String(s))
		// foldPass leaves nothing for itself to change, so s is a fixed
		// point once NFKC leaves it alone; the quick check costs less
		// than another pass.
		if norm.NFKC.IsNormalString(s) {
			break
		}
	}
	return s
}

func foldPass(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '_' || r == '.' || r == '・':
			continue
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= 'ぁ' && r <= 'ゖ':
			r += 'ァ' - 'ぁ'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// validText reports whether s is valid UTF-8 without control characters
// or invisible ones (bidirectional controls, zero-width characters …: see
// [ErrInvalidText]).
func validText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || bound.Invisible(r) {
			return false
		}
	}
	return true
}
