package brand_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/internal/textparse"
)

// TestErrorMessage: every function's errors give the sentence for a person
// in Japanese and in English (rule C6: the form says which input to
// correct): the input's label, the category's sentence, the detail; never
// a digit of the input, a field key, a sentinel's text or a rule ID.
func TestErrorMessage(t *testing.T) {
	parse := func(s string) error { _, err := brand.Parse(s); return err }
	digits := func(s string) error { _, err := brand.Digits(s); return err }
	parseBrand := func(s string) error { _, err := textparse.Parse[brand.Brand](s); return err }
	parseFunding := func(s string) error { _, err := textparse.Parse[brand.Funding](s); return err }
	tests := []struct {
		name   string
		err    error
		ja, en string
	}{
		{"C6/empty", parse(" - "), "カード番号：入力がありません", "card number: nothing was given"},
		{"C6/too long", parse(strings.Repeat("4", 97)),
			"カード番号：長すぎます（96 バイトまで）", "card number: too long (at most 96 bytes)"},
		{"C6/letter", parse("4111 1111 1111 111l"),
			"カード番号：形式が正しくありません（19 文字目。使えるのは数字、空白、ハイフン）",
			"card number: not in the expected form (character 19; digits, spaces and hyphens only)"},
		{"C6/length of a brand", parse("4111 1111 1111 1111 1111"),
			"カード番号：桁数が正しくありません（20 桁。Visaの番号は 13〜19 桁）",
			"card number: wrong number of digits (20 digits; Visa numbers have 13 to 19)"},
		{"C6/length, no brand", digits("9"),
			"カード番号：桁数が正しくありません（1 桁。カード番号は 12〜19 桁）",
			"card number: wrong number of digits (1 digit; a card number has 12 to 19)"},
		{"C6/length, American Express", parse("3782 822463 100005"),
			"カード番号：桁数が正しくありません（16 桁。アメリカン・エキスプレスの番号は 15 桁）",
			"card number: wrong number of digits (16 digits; American Express numbers have 15)"},
		{"C6/checksum", parse("4111 1111 1111 1112"),
			"カード番号：チェックディジットが合いません（どこかの数字が打ち間違いです）",
			"card number: the check digit does not match (a digit is mistyped)"},
		{"C5/length", brand.ValidSecurityCode(brand.Visa, "1234"),
			"セキュリティコード：桁数が正しくありません（4 桁。Visaのコードは 3 桁）",
			"security code: wrong number of digits (4 digits; Visa codes have 3)"},
		{"C5/unknown brand", brand.ValidSecurityCode(brand.Unknown, "123"),
			"セキュリティコード：ブランドがわからないため桁数を確かめられません",
			"security code: the brand is not known, so the code's length cannot be checked"},
		{"C5/letter", brand.ValidSecurityCode(brand.Visa, "12a"),
			"セキュリティコード：形式が正しくありません（3 文字目。使えるのは数字だけ）",
			"security code: not in the expected form (character 3; digits only)"},
		{"C5/too long", brand.ValidSecurityCode(brand.Visa, strings.Repeat("1", 17)),
			"セキュリティコード：長すぎます（16 バイトまで）", "security code: too long (at most 16 bytes)"},
		{"brand/unknown", parseBrand("Laser"), "ブランド：知らない値です", "brand: not a known value"},
		{"brand/empty", parseBrand(""), "ブランド：入力がありません", "brand: nothing was given"},
		{"funding/unknown", parseFunding("charge"),
			"カード種別：知らない値です（クレジット、デビット、プリペイド、不明のいずれか）",
			"funding: not a known value (credit, debit, prepaid or unknown)"},
		{"funding/syntax", parseFunding("credit!"), "カード種別：形式が正しくありません（7 文字目）",
			"funding: not in the expected form (character 7)"},
	}
	ruleID := regexp.MustCompile(`\b[A-Z]{1,2}\d+\b`)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var e *brand.Error
			if !errors.As(tc.err, &e) {
				t.Fatalf("error %#v, want an *Error", tc.err)
			}
			for _, l := range []struct {
				tag  language.Tag
				want string
			}{{language.Japanese, tc.ja}, {language.MustParse("ja-JP"), tc.ja}, {language.English, tc.en}, {language.Und, tc.en}} {
				got := e.Message(l.tag)
				if got != l.want {
					t.Errorf("Message(%v) = %q, want %q", l.tag, got, l.want)
				}
				if ruleID.MatchString(got) || strings.Contains(got, "securityCode") || strings.Contains(got, e.Func+":") || got == e.Error() {
					t.Errorf("Message(%v) = %q holds a rule ID, a field key or an error's text", l.tag, got)
				}
			}
		})
	}
}
