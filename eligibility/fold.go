package eligibility

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/msg"
)

// isJapanese reports whether t asks for Japanese text.
func isJapanese(t language.Tag) bool { return msg.Japanese(t) }

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
// [ErrText]).
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
