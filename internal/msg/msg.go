// Package msg is kessai's one mechanism for text in two languages: a
// [Text] holds a Japanese and an English sentence, [Japanese] decides which
// one a language tag asks for, and [Category] names the categories of bad
// input that every package's sentinel errors share (docs/CONVENTIONS.md,
// "Errors"), each with its sentence in both languages and a stable token.
//
// The packages keep their own sentinels (errors.New, so that go doc shows
// plain text) and map them to a Category in their Error type's Message; the
// command-line tool and the browser build print what Message returns and
// never an error's English-only Error text.
package msg

import "golang.org/x/text/language"

// Text is one piece of text in Japanese and English.
type Text struct {
	JA, EN string
}

// In returns the Japanese text for a tag whose base language is Japanese and
// the English text for every other tag (language.Und included).
func (t Text) In(tag language.Tag) string {
	if Japanese(tag) {
		return t.JA
	}
	return t.EN
}

// IsZero reports whether t holds no text in either language.
func (t Text) IsZero() bool { return t.JA == "" && t.EN == "" }

// japaneseBase is the base language of language.Japanese, read once per
// call rather than kept in a package variable: Base is cheap and a package
// keeps no state.
func japaneseBase() language.Base {
	b, _ := language.Japanese.Base()
	return b
}

// Japanese reports whether tag asks for Japanese: its base language, as
// inferred by x/text when the tag names only a script or region, is "ja".
// "ja", "ja-JP", "ja-Jpan" and "und-JP" ask for Japanese; "en", "und" and
// every other language get English.
func Japanese(tag language.Tag) bool {
	b, conf := tag.Base()
	return conf != language.No && b == japaneseBase()
}

// Category is the category of a bad input, one per sentinel name across the
// module (docs/CONVENTIONS.md, "Errors").
type Category uint8

// The categories, in the order of the conventions' table. None is the zero
// value: not an input error of kessai's.
const (
	None       Category = iota
	Empty               // ErrEmpty: nothing given where something is needed
	TooLong             // ErrTooLong: longer than the documented bound
	Syntax              // ErrSyntax: not of the expected form
	Range               // ErrRange: of the form, outside the allowed values
	BadText             // ErrText: characters not allowed in the field
	Unknown             // ErrUnknown: a name that is no value of the enumeration
	Length              // ErrLength: a card number of a length its brand does not issue
	Checksum            // ErrChecksum: a card number's check digit
	CardNumber          // ErrCardNumber: a card number where none belongs
	Order               // ErrOrder: dates or values in the wrong order
	Conflict            // ErrConflict: values that contradict each other
	numCategories
)

var categories = [numCategories]struct {
	token string
	text  Text
}{
	None:       {"", Text{"入力が正しくありません", "invalid input"}},
	Empty:      {"empty", Text{"入力がありません", "nothing was given"}},
	TooLong:    {"too-long", Text{"長すぎます", "too long"}},
	Syntax:     {"syntax", Text{"形式が正しくありません", "not in the expected form"}},
	Range:      {"range", Text{"範囲の外です", "out of range"}},
	BadText:    {"text", Text{"使えない文字（制御文字や見えない書式文字、不正な UTF-8 など）があります", "holds characters that are not allowed (such as control or invisible format characters, or bad UTF-8)"}},
	Unknown:    {"unknown", Text{"知らない値です", "not a known value"}},
	Length:     {"length", Text{"桁数が正しくありません", "wrong number of digits"}},
	Checksum:   {"checksum", Text{"チェックディジットが合いません（どこかの数字が打ち間違いです）", "the check digit does not match (a digit is mistyped)"}},
	CardNumber: {"card-number", Text{"カード番号のような数字の並びがあります（表示しないため受け付けません）", "holds what looks like a card number (refused, so that it is never shown)"}},
	Order:      {"order", Text{"順序が正しくありません", "out of order"}},
	Conflict:   {"conflict", Text{"ほかの値と矛盾しています", "contradicts another value"}},
}

// Token returns the category's stable token ("empty", "too-long", "syntax",
// …), the error code the command-line tool prints; "" for None or a value
// that is not a category.
func (c Category) Token() string {
	if c >= numCategories {
		return ""
	}
	return categories[c].token
}

// Text returns the category's sentence in both languages; a value that is
// not a category gets None's.
func (c Category) Text() Text {
	if c >= numCategories {
		c = None
	}
	return categories[c].text
}

// Field joins a field's label and a sentence as one line of an error
// message: "カード番号: 桁数が正しくありません" or "card number: wrong
// number of digits". An empty label gives the sentence alone; a detail, when
// not zero, follows in brackets: "（16 桁）" / " (16 digits)".
func Field(tag language.Tag, label, sentence, detail Text) string {
	ja := Japanese(tag)
	s := sentence.EN
	if ja {
		s = sentence.JA
	}
	if l := label.In(tag); l != "" {
		if ja {
			s = l + "：" + s
		} else {
			s = l + ": " + s
		}
	}
	if d := detail.In(tag); d != "" {
		if ja {
			s += "（" + d + "）"
		} else {
			s += " (" + d + ")"
		}
	}
	return s
}

// SourceField returns the label of a field of a billing.Source, named by
// its JSON key ("title", "url", "asOf"), for every package whose input
// holds one; false for any other name.
func SourceField(key string) (Text, bool) {
	switch key {
	case "title":
		return Text{JA: "出典の題名", EN: "source's title"}, true
	case "url":
		return Text{JA: "出典の URL", EN: "source's address"}, true
	case "asOf":
		return Text{JA: "出典の日付", EN: "source's date"}, true
	}
	return Text{}, false
}
