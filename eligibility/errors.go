package eligibility

import (
	"errors"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/internal/msg"
)

// The sentinels of bad input, one per category of docs/CONVENTIONS.md
// ("Errors"). Every error this package returns is an [*Error] wrapping one
// of them (or, for a card number that does not parse, package brand's
// error); so is every error of [Decision.Err].
var (
	// ErrEmpty: nothing given where something is needed: a required field
	// empty or zero (the check time, the expiry), a name of separators only.
	ErrEmpty = errors.New("eligibility: empty")
	// ErrTooLong: a text, a list or a JSON value longer than its documented
	// bound, refused before any other work on it.
	ErrTooLong = errors.New("eligibility: too long")
	// ErrSyntax: text not of its field's form: an expiry or a time that
	// does not parse, a JSON value of the wrong type, kana in a card name
	// (cards carry half-width romaji) or Latin letters or kanji in the
	// holder's kana name.
	ErrSyntax = errors.New("eligibility: syntax")
	// ErrRange: a number of the right form outside its documented range: an
	// expiry month outside 1–12 or its year outside 2000–2099, a check time
	// whose year is outside that range, instalments outside 0–99.
	ErrRange = errors.New("eligibility: out of range")
	// ErrText: characters not allowed in the field: bad UTF-8, control
	// characters, invisible ones (bidirectional controls such as U+202E,
	// zero-width characters, the soft hyphen, the byte-order mark: Unicode
	// Cf, Zl, Zp), and in a name digits and symbols. [Policy.Check] refuses
	// invisible characters in every text field but the card number's (where
	// they separate digits, as brand.Parse reads them).
	ErrText = errors.New("eligibility: invalid text")
	// ErrUnknown: a name that is no value of the enumeration: a method,
	// purpose, verdict, funding, match kind, name rule or name profile, or
	// a JSON field an [Application] or a [Card] does not have.
	ErrUnknown = errors.New("eligibility: unknown")
	// ErrCardNumber: a name (the holder's kana, the name on the card) that
	// holds a run of digits that may be a card number, typed into the
	// wrong field; [Policy.Check] refuses it under every policy, and it is
	// never printed.
	ErrCardNumber = errors.New("eligibility: card number in a name")
)

// Error reports bad input in one field: the function called, the field (in
// its JSON key's spelling: "method", "card.expiry", "combined[1]",
// "holder.kana"), the category ([ErrEmpty], [ErrTooLong], …) and, for a
// name, where: an error about a name ([MatchName], [CardName]) has a
// position, Pos (in the name's NFKC form when only that shows the fault);
// no other error has one. Its text and [Error.Message] name the field and
// the category, never the value, which could be a card number.
type Error struct {
	Func  string // the function or method called, e.g. "Method.UnmarshalText", "MatchName", "Card.UnmarshalJSON"
	Field string // the input field, as its JSON key is spelt
	Err   error  // one of the sentinels, or brand's error for a card number that does not parse
	// Pos is the position of the fault, counted in characters (runes)
	// from 1 for the first, as a person counts them; 0 when the error has
	// no position.
	Pos int
}

// Error returns "eligibility: Func: field: category", with the position
// of a fault in a name: "eligibility: MatchName: card.name: invalid text
// at character 8".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("eligibility: ")
	if e.Func != "" {
		b.WriteString(e.Func + ": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	if e.Err != nil {
		b.WriteString(strings.TrimPrefix(strings.TrimPrefix(e.Err.Error(), "eligibility: "), "brand: "))
	} else {
		b.WriteString("bad input")
	}
	if e.Pos > 0 {
		b.WriteString(" at character " + strconv.Itoa(e.Pos))
	}
	return b.String()
}

// Unwrap returns the sentinel (or brand's error).
func (e *Error) Unwrap() error { return e.Err }

// Message returns the error as a sentence for a person, in Japanese for a
// Japanese tag and in English otherwise: the field's label, what is wrong,
// and where or what is expected when that helps ("支払い方法：知らない値です
// （credit、debit、…）", "card name: holds characters that are not allowed
// (character 8)"). It never holds the value, a field key or a code. A card
// number that does not parse speaks through brand's error.
func (e *Error) Message(tag language.Tag) string {
	if m, ok := e.Err.(interface{ Message(language.Tag) string }); ok {
		return m.Message(tag)
	}
	sentence := category(e.Err).Text()
	if errors.Is(e.Err, ErrUnknown) && (e.Field == "application" || e.Field == "card") {
		sentence = msg.Text{JA: "知らない項目があります", EN: "has a field it does not know"} // never named: it could be a card number
	}
	return msg.Field(tag, fieldLabel(e.Field), sentence, e.detail())
}

// detail is what Message adds after the category: the position of a fault
// in a name, or the values an enumeration takes.
func (e *Error) detail() msg.Text {
	switch {
	case e.Pos > 0:
		at := msg.Text{JA: strconv.Itoa(e.Pos) + " 文字目", EN: "character " + strconv.Itoa(e.Pos)}
		switch {
		case errors.Is(e.Err, ErrText) && (e.Field == "card.name" || e.Field == "holder.kana"):
			at.JA, at.EN = at.JA+"。名前に数字や記号は使えません", at.EN+"; a name has no digits or symbols"
		case !errors.Is(e.Err, ErrSyntax):
		case e.Field == "card.name":
			at.JA, at.EN = at.JA+"。カード名義はローマ字です", at.EN+"; a card name is in romaji"
		case e.Field == "holder.kana":
			at.JA, at.EN = at.JA+"。カナかひらがなで書きます", at.EN+"; the name is written in kana"
		}
		return at
	case !errors.Is(e.Err, ErrUnknown):
		return msg.Text{}
	}
	switch fieldKey(e.Field) {
	case "method", "combined":
		return msg.Text{JA: "credit、debit、prepaid、bank、konbini、invoice、points、gift、emoney（または日本語名）のいずれか",
			EN: "one of credit, debit, prepaid, bank, konbini, invoice, points, gift, emoney (or its Japanese name)"}
	case "purpose":
		return msg.Text{JA: "monthly、device、arrears のいずれか", EN: "one of monthly, device, arrears"}
	case "card.funding":
		return msg.Text{JA: "credit、debit、prepaid のいずれか", EN: "one of credit, debit, prepaid"}
	}
	return msg.Text{}
}

// category returns the category of err: one of this package's sentinels,
// or a brand error for a card number.
func category(err error) msg.Category {
	for _, c := range [...]struct {
		err error
		cat msg.Category
	}{
		{ErrEmpty, msg.Empty}, {ErrTooLong, msg.TooLong}, {ErrSyntax, msg.Syntax},
		{ErrRange, msg.Range}, {ErrText, msg.BadText}, {ErrUnknown, msg.Unknown},
		{ErrCardNumber, msg.CardNumber},
		{brand.ErrEmpty, msg.Empty}, {brand.ErrLength, msg.Length}, {brand.ErrChecksum, msg.Checksum},
	} {
		if errors.Is(err, c.err) {
			return c.cat
		}
	}
	if err != nil {
		return msg.Syntax // a card number brand.Parse refuses for another reason
	}
	return msg.None
}

// fieldKey returns a field's key without a list index: "combined[1]" is
// "combined".
func fieldKey(field string) string {
	if i := strings.IndexByte(field, '['); i >= 0 {
		return field[:i]
	}
	return field
}

// fieldLabel returns the label of a field for people; an unknown field
// has none.
func fieldLabel(field string) msg.Text {
	switch fieldKey(field) {
	case "application":
		return msg.Text{JA: "申込み", EN: "application"}
	case "method":
		return msg.Text{JA: "支払い方法", EN: "payment method"}
	case "purpose":
		return msg.Text{JA: "用途", EN: "purpose"}
	case "verdict":
		return msg.Text{JA: "判定", EN: "verdict"}
	case "holder":
		return msg.Text{JA: "契約者", EN: "holder"}
	case "holder.kana":
		return msg.Text{JA: "契約者名（カナ）", EN: "holder's name in kana"}
	case "holder.existing":
		return msg.Text{JA: "既存の契約", EN: "existing contract"}
	case "card":
		return msg.Text{JA: "カード", EN: "card"}
	case "card.number":
		return msg.Text{JA: "カード番号", EN: "card number"}
	case "card.name":
		return msg.Text{JA: "カード名義", EN: "name on the card"}
	case "card.expiry":
		return msg.Text{JA: "有効期限", EN: "expiry"}
	case "card.funding":
		return msg.Text{JA: "カード種別", EN: "funding"}
	case "card.issuer":
		return msg.Text{JA: "発行会社", EN: "issuer"}
	case "card.country":
		return msg.Text{JA: "発行国", EN: "issuing country"}
	case "card.corporate":
		return msg.Text{JA: "法人カード", EN: "corporate card"}
	case "card.securityCode":
		return msg.Text{JA: "セキュリティコード", EN: "security code"}
	case "instalments":
		return msg.Text{JA: "分割回数", EN: "instalments"}
	case "campaign":
		return msg.Text{JA: "キャンペーンコード", EN: "campaign code"}
	case "combined":
		return msg.Text{JA: "併用する支払い方法", EN: "combined methods"}
	case "at":
		return msg.Text{JA: "確認時刻", EN: "time of the check"}
	case "id":
		return msg.Text{JA: "方針の ID", EN: "policy ID"}
	case "ja":
		return msg.Text{JA: "方針の名前（日本語）", EN: "policy name in Japanese"}
	case "en":
		return msg.Text{JA: "方針の名前（英語）", EN: "policy name in English"}
	case "brands":
		return msg.Text{JA: "カードブランド", EN: "card brands"}
	case "matchKind":
		return msg.Text{JA: "一致の種類", EN: "match kind"}
	case "nameRule":
		return msg.Text{JA: "表記ゆれの規則", EN: "name rule"}
	case "nameProfile":
		return msg.Text{JA: "名義の照合プロファイル", EN: "name profile"}
	}
	return msg.Text{}
}

// errorOf returns the sentinel for a category token of an "invalid-input"
// reason's Detail.
func errorOf(detail string) error {
	switch detail {
	case "empty":
		return ErrEmpty
	case "too-long":
		return ErrTooLong
	case "range":
		return ErrRange
	case "text":
		return ErrText
	case "unknown":
		return ErrUnknown
	case "card-number":
		return ErrCardNumber
	}
	return ErrSyntax
}
