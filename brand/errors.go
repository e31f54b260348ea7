package brand

import (
	"errors"
	"strconv"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/internal/msg"
)

// The sentinel errors, one per category of bad input (docs/CONVENTIONS.md,
// "Errors"); rule C6 lists "input error (number, code, expiry)" among the
// reasons a card registration fails. Every error the package returns is an
// [*Error] wrapping one of them: test with [errors.Is], and read the field
// and the position with [errors.As].
var (
	// ErrEmpty: no digits in a number or a security code, nothing in a name.
	ErrEmpty = errors.New("brand: empty")
	// ErrTooLong: an input longer than its byte bound (96 bytes for a card
	// number, 16 for a security code, 64 for a brand or funding name),
	// refused before it is read.
	ErrTooLong = errors.New("brand: too long")
	// ErrSyntax: a character that does not belong: in a card number
	// anything but digits and separators, in a security code anything but
	// digits, in a name anything but letters and separators.
	ErrSyntax = errors.New("brand: syntax")
	// ErrLength: a card number with a count of digits its brand does not
	// issue, or a security code with a count its brand does not use (C5).
	ErrLength = errors.New("brand: length")
	// ErrChecksum: the number's check digit does not match (Luhn, ISO/IEC
	// 7812-1 annex B), which is what most typing mistakes produce.
	ErrChecksum = errors.New("brand: checksum")
	// ErrUnknown: a brand or funding name that is none of the package's,
	// a value that is not a declared constant, or a security code checked
	// for a brand whose code length is not known.
	ErrUnknown = errors.New("brand: unknown")
)

// Error describes bad input: what was called, on which input, the
// category, and where. It never holds the input itself, so neither its
// fields nor its text can leak a card number or a security code.
//
// Field tells the inputs apart: "number" (a card number), "securityCode",
// "brand" and "funding". Every error of [ValidSecurityCode] has Field
// "securityCode", which is how a form tells a wrong code from a wrong
// number. An [ErrSyntax] error has a position, Pos: the first character
// that does not belong; no other error has one.
type Error struct {
	// Func is the function or method called, such as "Parse",
	// "ValidSecurityCode" or "Brand.UnmarshalText".
	Func string
	// Field is the input, in the JSON key's spelling: "number",
	// "securityCode", "brand" or "funding".
	Field string
	// Err is the category: one of the package's sentinel errors.
	Err error
	// Pos is the position of the fault, counted in characters (runes)
	// from 1 for the first, as a person counts them; 0 when the error has
	// no position.
	Pos int
	// Digits is the number of digits read, for ErrLength and ErrChecksum;
	// 0 otherwise.
	Digits int
	// Brand is the brand implied by the leading digits of a number
	// (Unknown when none), or the brand a security code was checked for.
	Brand Brand
}

// Error returns a one-line description in English, such as "brand: Parse:
// number: 12 digits; Visa numbers have 13 to 19". It names the position
// and the count of digits, never a digit.
func (e *Error) Error() string {
	s := "brand: " + e.Func + ": " + e.Field + ": "
	switch e.Err {
	case ErrEmpty:
		if e.Field == "brand" || e.Field == "funding" {
			return s + "no letters"
		}
		return s + "no digits"
	case ErrTooLong:
		return s + "input longer than " + strconv.Itoa(e.bound()) + " bytes"
	case ErrSyntax:
		s += "invalid character (character " + strconv.Itoa(e.Pos)
		switch e.Field {
		case "number":
			return s + "; digits, spaces and hyphens only)"
		case "securityCode":
			return s + "; digits only)"
		default:
			return s + "; letters, spaces and hyphens only)"
		}
	case ErrLength:
		if e.Field == "securityCode" {
			return s + plural(e.Digits, "digit") + "; " + e.Brand.String() + " codes have " + strconv.Itoa(e.Brand.SecurityCodeLen())
		}
		return s + plural(e.Digits, "digit") + "; " + e.lengthsEN()
	case ErrChecksum:
		return s + "check digit does not match (a digit is mistyped)"
	case ErrUnknown:
		switch e.Field {
		case "securityCode":
			return s + "code length unknown for brand " + e.Brand.String()
		case "funding":
			return s + "not a known funding (credit, debit, prepaid or unknown)"
		default:
			return s + "not a known brand"
		}
	case nil:
		return s + "invalid"
	default:
		return s + e.Err.Error()
	}
}

// Unwrap returns the sentinel error, e.Err.
func (e *Error) Unwrap() error { return e.Err }

// label is an input's name in a message, by Field.
func label(field string) msg.Text {
	switch field {
	case "number":
		return msg.Text{JA: "カード番号", EN: "card number"}
	case "securityCode":
		return msg.Text{JA: "セキュリティコード", EN: "security code"}
	case "brand":
		return msg.Text{JA: "ブランド", EN: "brand"}
	case "funding":
		return msg.Text{JA: "カード種別", EN: "funding"}
	}
	return msg.Text{}
}

// category maps the sentinels to the module's categories of bad input.
func category(err error) msg.Category {
	switch err {
	case ErrEmpty:
		return msg.Empty
	case ErrTooLong:
		return msg.TooLong
	case ErrSyntax:
		return msg.Syntax
	case ErrLength:
		return msg.Length
	case ErrChecksum:
		return msg.Checksum
	case ErrUnknown:
		return msg.Unknown
	}
	return msg.None
}

// Message returns the sentence for the person who typed the input, in
// Japanese for a tag whose base language is Japanese and in English for
// every other tag: the input's name, what is wrong and, where it helps,
// the detail, such as "カード番号：桁数が正しくありません（12 桁。Visaの番号は
// 13〜19 桁）". It never holds a digit of the input, a code or a rule ID.
func (e *Error) Message(tag language.Tag) string {
	sentence := category(e.Err).Text()
	var detail msg.Text
	switch e.Err {
	case ErrTooLong:
		n := strconv.Itoa(e.bound())
		detail = msg.Text{JA: n + " バイトまで", EN: "at most " + n + " bytes"}
	case ErrSyntax:
		p := strconv.Itoa(e.Pos)
		switch e.Field {
		case "number":
			detail = msg.Text{JA: p + " 文字目。使えるのは数字、空白、ハイフン", EN: "character " + p + "; digits, spaces and hyphens only"}
		case "securityCode":
			detail = msg.Text{JA: p + " 文字目。使えるのは数字だけ", EN: "character " + p + "; digits only"}
		default:
			detail = msg.Text{JA: p + " 文字目", EN: "character " + p}
		}
	case ErrLength:
		n := strconv.Itoa(e.Digits)
		if e.Field == "securityCode" {
			c := strconv.Itoa(e.Brand.SecurityCodeLen())
			detail = msg.Text{JA: n + " 桁。" + e.Brand.Label(language.Japanese) + "のコードは " + c + " 桁",
				EN: plural(e.Digits, "digit") + "; " + e.Brand.String() + " codes have " + c}
			break
		}
		detail = msg.Text{JA: n + " 桁。" + e.lengthsJA(), EN: plural(e.Digits, "digit") + "; " + e.lengthsEN()}
	case ErrUnknown:
		switch e.Field {
		case "securityCode":
			sentence = msg.Text{JA: "ブランドがわからないため桁数を確かめられません", EN: "the brand is not known, so the code's length cannot be checked"}
		case "funding":
			detail = msg.Text{JA: "クレジット、デビット、プリペイド、不明のいずれか", EN: "credit, debit, prepaid or unknown"}
		}
	}
	return msg.Field(tag, label(e.Field), sentence, detail)
}

// lengthsEN and lengthsJA give the lengths of e.Brand's numbers, such as
// "Visa numbers have 13 to 19" and "Visaの番号は 13〜19 桁"; JCB's by its
// ranges, which issue different lengths.
func (e *Error) lengthsEN() string {
	if e.Brand == Unknown || !e.Brand.IsValid() {
		return "a card number has " + brandInfos[Unknown].lengths.text()
	}
	if e.Brand == JCB {
		return "JCB numbers have " + len16to19.text() + ", or 15 in the old 1800 and 2131 ranges"
	}
	return e.Brand.String() + " numbers have " + brandInfos[e.Brand].lengths.text()
}

func (e *Error) lengthsJA() string {
	l := brandInfos[Unknown].lengths
	who := "カード番号"
	if e.Brand != Unknown && e.Brand.IsValid() {
		l, who = brandInfos[e.Brand].lengths, e.Brand.Label(language.Japanese)+"の番号"
	}
	if e.Brand == JCB {
		// Its main ranges (3528–3589, the 2022 ones) issue 16 to 19
		// digits, only the old 1800 and 2131 15 (table.go, decision 11).
		return who + "は " + len16to19.textJA() + " 桁、1800・2131 の範囲は 15 桁"
	}
	return who + "は " + l.textJA() + " 桁"
}

// bound is the byte bound of e's input.
func (e *Error) bound() int {
	switch e.Field {
	case "number":
		return maxInputLen
	case "securityCode":
		return maxCodeInput
	default:
		return maxName
	}
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}
