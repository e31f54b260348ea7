package brand_test

import (
	"errors"
	"fmt"

	"github.com/kessai-jp/kessai/brand"
)

func ExampleParse() {
	// As typed on a Japanese keyboard: full-width digits, ideographic spaces.
	n, err := brand.Parse("３５３０　１１１３　３３３０　００００")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Brand(), n, n.Len(), n.Brand().SecurityCodeLen())

	// A mistyped digit, and a stray letter: the errors say what and where,
	// never which digits.
	_, err = brand.Parse("4111 1111 1111 1112")
	fmt.Println(err, errors.Is(err, brand.ErrChecksum))
	_, err = brand.Parse("4111 1111 1111 111l")
	var pe *brand.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Pos, errors.Is(err, brand.ErrInvalidCharacter))
	}
	// Output:
	// JCB 353011******0000 16 3
	// brand: card number: check digit does not match (a digit is mistyped) true
	// 18 true
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
	n := brand.MustParse("3782 822463 10005")
	fmt.Println(n.Masked())
	fmt.Println(n.Format())
	fmt.Printf("%v %#v\n", n, n)
	fmt.Println(n.Last4(), n.BIN())
	// Output:
	// 378282*****0005
	// 3782 82**** *0005
	// 378282*****0005 brand.Number{American Express 378282*****0005}
	// 0005 378282
}

func ExampleNumber_Format() {
	// Grouped as each brand prints it, masked.
	for _, s := range []string{"4111111111111111", "378282246310005", "36227206271667", "6205500000000000004"} {
		n := brand.MustParse(s)
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
	fmt.Println(errors.Is(err, brand.ErrSecurityCode), errors.Is(err, brand.ErrLength))
	// Output:
	// <nil>
	// <nil>
	// brand: security code: 3 digits; American Express codes have 4
	// true true
}

func ExampleParseBrand() {
	b, err := brand.ParseBrand("AMEX")
	fmt.Println(b, b.SecurityCodeLen(), err)
	// Output:
	// American Express 4 <nil>
}
