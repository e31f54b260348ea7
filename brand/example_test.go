package brand_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/internal/textparse"
)

func ExampleParse() {
	// As typed on a Japanese keyboard: full-width digits, ideographic spaces.
	n, err := brand.Parse("３５３０　１１１３　３３３０　００００")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Brand(), n, n.Brand().SecurityCodeLen())

	// A mistyped digit, a stray letter, a digit too few: the errors say
	// what and where, never which digits, in English for a log and in
	// Japanese or English for the person typing.
	_, err = brand.Parse("4111 1111 1111 1112")
	fmt.Println(err, errors.Is(err, brand.ErrChecksum))
	_, err = brand.Parse("4111 1111 1111 111l")
	var e *brand.Error
	if errors.As(err, &e) {
		fmt.Println(e.Field, e.Pos, errors.Is(err, brand.ErrSyntax))
		fmt.Println(e.Message(language.Japanese))
	}
	_, err = brand.Parse("3782 822463 1000")
	if errors.As(err, &e) {
		fmt.Println(e.Message(language.Japanese))
		fmt.Println(e.Message(language.English))
	}
	// Output:
	// JCB 353011******0000 3
	// brand: Parse: number: check digit does not match (a digit is mistyped) true
	// number 19 true
	// カード番号：形式が正しくありません（19 文字目。使えるのは数字、空白、ハイフン）
	// カード番号：桁数が正しくありません（14 桁。アメリカン・エキスプレスの番号は 15 桁）
	// card number: wrong number of digits (14 digits; American Express numbers have 15)
}

func ExampleDetect() {
	for _, typed := range []string{"3", "35", "37", "4", "5", "50", "622126"} {
		fmt.Printf("%-7s %v\n", typed, brand.Detect(typed))
	}
	// Output:
	// 3       Unknown
	// 35      JCB
	// 37      American Express
	// 4       Visa
	// 5       Unknown
	// 50      Maestro
	// 622126  UnionPay
}

func ExampleCandidates() {
	fmt.Println(brand.Candidates("3"))
	fmt.Println(brand.Candidates("30"))
	fmt.Println(brand.Candidates("3095"))
	fmt.Println(brand.Candidates("9"))
	// Output:
	// [American Express JCB Diners Club]
	// [JCB Diners Club]
	// [Diners Club]
	// []
}

func ExampleNumber_Masked() {
	n, err := brand.Parse("3782 822463 10005")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Masked())
	fmt.Println(n.Format())
	fmt.Printf("%v %s\n", n, n)
	fmt.Println(n.Last4(), len(n.Masked()))
	// Output:
	// 378282*****0005
	// 3782 82**** *0005
	// 378282*****0005 378282*****0005
	// 0005 15
}

func ExampleNumber_Format() {
	// Grouped as each brand prints it, masked.
	for _, s := range []string{"4111111111111111", "378282246310005", "36227206271667", "6205500000000000004"} {
		n, err := brand.Parse(s)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-16s %s\n", n.Brand(), n.Format())
	}
	// Output:
	// Visa             4111 11** **** 1111
	// American Express 3782 82**** *0005
	// Diners Club      3622 72**** 1667
	// UnionPay         6205 50** **** ***0 004
}

func ExampleDigits() {
	const typed = "４２４２ー４２４２ー４２４２ー４２４２"
	n, err := brand.Parse(typed)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Brand(), n) // what may be shown and kept
	// The caller keeps what was typed; the full digits go to the payment
	// gateway only, never to a screen or log.
	pan, err := brand.Digits(typed)
	fmt.Println(len(pan), err)
	// Output:
	// Visa 424242******4242
	// 16 <nil>
}

func ExampleValidSecurityCode() {
	fmt.Println(brand.ValidSecurityCode(brand.Visa, "123"))
	fmt.Println(brand.ValidSecurityCode(brand.AmericanExpress, "１２３４")) // full width
	err := brand.ValidSecurityCode(brand.AmericanExpress, "123")
	fmt.Println(err)
	// Field tells a wrong code from a wrong number.
	var e *brand.Error
	if errors.As(err, &e) {
		fmt.Println(e.Field, errors.Is(err, brand.ErrLength))
		fmt.Println(e.Message(language.Japanese))
	}
	// Output:
	// <nil>
	// <nil>
	// brand: ValidSecurityCode: securityCode: 3 digits; American Express codes have 4
	// securityCode true
	// セキュリティコード：桁数が正しくありません（3 桁。アメリカン・エキスプレスのコードは 4 桁）
}

func ExampleBrand_UnmarshalText() {
	for _, name := range []string{"AMEX", "アメリカン・エキスプレス", "ダイナース"} {
		b, err := textparse.Parse[brand.Brand](name)
		fmt.Println(b, "/", b.Label(language.Japanese), b.SecurityCodeLen(), err)
	}
	// Output:
	// American Express / アメリカン・エキスプレス 4 <nil>
	// American Express / アメリカン・エキスプレス 4 <nil>
	// Diners Club / ダイナースクラブ 3 <nil>
}

func ExampleFunding_UnmarshalText() {
	for _, s := range []string{"credit", "デビットカード", "プリペイド"} {
		f, err := textparse.Parse[brand.Funding](s)
		fmt.Println(f, f.Label(language.Japanese), err)
	}
	_, err := textparse.Parse[brand.Funding]("charge")
	fmt.Println(errors.Is(err, brand.ErrUnknown))
	// Output:
	// credit クレジット <nil>
	// debit デビット <nil>
	// prepaid プリペイド <nil>
	// true
}
