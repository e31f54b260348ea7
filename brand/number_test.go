package brand_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/brand"
)

// Test card numbers that payment processors publish for their test
// environments (Stripe, PayPal/Braintree, and for Mir YooKassa and Russian
// processors' lists). Each is checked with the reference Luhn before use.
var testCards = []struct {
	pan  string
	want brand.Brand
}{
	{"4111111111111111", brand.Visa},
	{"4242424242424242", brand.Visa},
	{"4012888888881881", brand.Visa},
	{"4000056655665556", brand.Visa}, // Visa debit (Stripe)
	{"4222222222222", brand.Visa},    // 13 digits
	{"5555555555554444", brand.Mastercard},
	{"5105105105105100", brand.Mastercard},
	{"2223003122003222", brand.Mastercard}, // 2-series
	{"378282246310005", brand.AmericanExpress},
	{"371449635398431", brand.AmericanExpress},
	{"378734493671000", brand.AmericanExpress},
	{"3530111333300000", brand.JCB},
	{"3566002020360505", brand.JCB},
	{"3566111111111113", brand.JCB},
	{"36227206271667", brand.DinersClub},   // 14 digits, 36 (Stripe)
	{"3056930009020004", brand.DinersClub}, // 16 digits, 305 (Stripe)
	{"6011111111111117", brand.Discover},
	{"6011000990139424", brand.Discover},
	{"6200000000000005", brand.UnionPay},
	{"6205500000000000004", brand.UnionPay}, // 19 digits
	{"6759649826438453", brand.Maestro},
	{"6304000000000000", brand.Maestro},
	{"2200000000000004", brand.Mir}, // YooKassa
	{"2201382000000013", brand.Mir},
}

// dinersOutside36 are published test numbers of 14-digit Diners Club cards
// outside 36 (PayPal's list: Carte Blanche 305, Diners Club 38). Decision 8
// in table.go accepts them: they parse as Diners Club, grouped 4-6-4.
var dinersOutside36 = []string{"30569309025904", "38520000023237"}

func TestParseDinersOutside36(t *testing.T) {
	for _, pan := range dinersOutside36 {
		if !refLuhn(pan) {
			t.Fatalf("test data: %s… fails the reference Luhn check", pan[:6])
		}
		n, err := brand.Parse(pan)
		if err != nil || n.Brand() != brand.DinersClub || n.Len() != 14 {
			t.Errorf("Parse(%q) = %v (%d digits), %v; want 14 digits of Diners Club (decision 8)", pan, n.Brand(), n.Len(), err)
			continue
		}
		if got, want := n.Format(), pan[:4]+" "+pan[4:6]+"**** "+pan[10:]; got != want {
			t.Errorf("Parse(%q).Format() = %q, want %q (4-6-4)", pan, got, want)
		}
	}
}

func TestParseTestCards(t *testing.T) {
	for _, tc := range testCards {
		t.Run(tc.want.String()+"/"+tc.pan[:6], func(t *testing.T) {
			if !refLuhn(tc.pan) {
				t.Fatalf("test data: %s… fails the reference Luhn check", tc.pan[:6])
			}
			n, err := brand.Parse(tc.pan)
			if err != nil {
				t.Fatalf("Parse(%q) error %v", tc.pan, err)
			}
			if got := n.Brand(); got != tc.want {
				t.Errorf("Parse(%q).Brand() = %v, want %v", tc.pan, got, tc.want)
			}
			if got, err := brand.Digits(tc.pan); got != tc.pan || err != nil {
				t.Errorf("Digits(%q) = %q, %v; want the input", tc.pan, got, err)
			}
			if got := n.Len(); got != len(tc.pan) {
				t.Errorf("Parse(%q).Len() = %d, want %d", tc.pan, got, len(tc.pan))
			}
			if got, want := n.Last4(), tc.pan[len(tc.pan)-4:]; got != want {
				t.Errorf("Parse(%q).Last4() = %q, want %q", tc.pan, got, want)
			}
			if got := brand.Detect(tc.pan); got != tc.want {
				t.Errorf("Detect(%q) = %v, want %v", tc.pan, got, tc.want)
			}
		})
	}
}

// rangeEdges: every edge of every range in the list, and the
// neighbours one below and one above, written out by hand from the issue.
var rangeEdges = []struct {
	prefix string
	want   brand.Brand
}{
	// Mir 2200–2204; Mastercard 2221–2720 (decision 7).
	{"2199", brand.Unknown}, {"2200", brand.Mir}, {"2204", brand.Mir}, {"2205", brand.Unknown},
	{"2220", brand.Unknown}, {"2221", brand.Mastercard}, {"2720", brand.Mastercard}, {"2721", brand.Unknown},
	// Diners Club 300–305, 3095, 36, 38–39.
	{"2999", brand.Unknown}, {"300", brand.DinersClub}, {"305", brand.DinersClub}, {"306", brand.Unknown},
	{"3095", brand.DinersClub}, {"36", brand.DinersClub}, {"3599", brand.Unknown}, {"3700", brand.AmericanExpress},
	{"38", brand.DinersClub}, {"39", brand.DinersClub}, {"3999", brand.DinersClub},
	// JCB 2022 ranges; 3095 between them is Diners Club (decision 2).
	{"3087", brand.Unknown}, {"3088", brand.JCB}, {"3094", brand.JCB},
	{"3096", brand.JCB}, {"3102", brand.JCB}, {"3103", brand.Unknown},
	{"3111", brand.Unknown}, {"3112", brand.JCB}, {"3120", brand.JCB}, {"3121", brand.Unknown},
	{"3157", brand.Unknown}, {"3158", brand.JCB}, {"3159", brand.JCB}, {"3160", brand.Unknown},
	{"3336", brand.Unknown}, {"3337", brand.JCB}, {"3349", brand.JCB}, {"3350", brand.Unknown},
	// JCB 3528–3589.
	{"3527", brand.Unknown}, {"3528", brand.JCB}, {"3589", brand.JCB}, {"3590", brand.Unknown},
	// American Express 34, 37.
	{"3399", brand.Unknown}, {"34", brand.AmericanExpress}, {"3499", brand.AmericanExpress}, {"3500", brand.Unknown},
	{"3699", brand.DinersClub}, {"37", brand.AmericanExpress}, {"3799", brand.AmericanExpress},
	// Visa 4.
	{"4", brand.Visa}, {"49999999", brand.Visa}, {"50000000", brand.Maestro},
	// Maestro 500000–504174, 504176–506698, 506779–508999 (credit-card-type;
	// Elo's 504175, 506699–506778 and 509 are no brand here: decision 3).
	{"4999", brand.Visa}, {"500000", brand.Maestro}, {"5019", brand.Maestro},
	{"50417499", brand.Maestro}, {"504175", brand.Unknown}, {"50417600", brand.Maestro},
	{"50669899", brand.Maestro}, {"506699", brand.Unknown}, {"506778", brand.Unknown}, {"50677900", brand.Maestro},
	{"50899999", brand.Maestro}, {"509", brand.Unknown}, {"5099", brand.Unknown},
	// Mastercard 51–55 (decision 5).
	{"51", brand.Mastercard}, {"55", brand.Mastercard}, {"5599", brand.Mastercard},
	// Maestro 56–59, 60 and 61 less Discover's 6011, 63, 640–643, 66–69
	// (decision 3).
	{"56", brand.Maestro}, {"5999", brand.Maestro}, {"600000", brand.Maestro},
	// Discover 6011, 644–649, 65 (decision 4).
	{"60109999", brand.Maestro}, {"60110000", brand.Discover}, {"60119999", brand.Discover}, {"60120000", brand.Maestro},
	{"6199", brand.Maestro}, {"63", brand.Maestro}, {"64399999", brand.Maestro},
	{"64400000", brand.Discover}, {"649", brand.Discover}, {"65", brand.Discover}, {"65999999", brand.Discover},
	{"66000000", brand.Maestro}, {"6759", brand.Maestro}, {"676770", brand.Maestro}, {"69999999", brand.Maestro},
	// UnionPay 62 (622126–622925 included, decision 1; 62 whole, decision 12),
	// 81000000–81719999 (decision 10).
	{"61999999", brand.Maestro}, {"62000000", brand.UnionPay}, {"622125", brand.UnionPay}, {"622126", brand.UnionPay},
	{"622925", brand.UnionPay}, {"622926", brand.UnionPay}, {"62999999", brand.UnionPay}, {"63000000", brand.Maestro},
	{"80999999", brand.Unknown}, {"81000000", brand.UnionPay}, {"81099999", brand.UnionPay}, {"81100000", brand.UnionPay},
	{"8164", brand.UnionPay}, {"81719999", brand.UnionPay}, {"81720000", brand.Unknown}, {"8199", brand.Unknown}, {"82", brand.Unknown},
	// JCB's legacy 1800 and 2131 (decision 11).
	{"17999999", brand.Unknown}, {"18000000", brand.JCB}, {"18009999", brand.JCB}, {"18010000", brand.Unknown},
	{"21309999", brand.Unknown}, {"21310000", brand.JCB}, {"21319999", brand.JCB}, {"21320000", brand.Unknown},
	// Outside every brand.
	{"1", brand.Unknown}, {"7", brand.Unknown}, {"9", brand.Unknown}, {"0", brand.Unknown},
}

func TestParseRangeEdges(t *testing.T) {
	for _, tc := range rangeEdges {
		length := 16
		if tc.want == brand.AmericanExpress {
			length = 15
		}
		// Both ends of a short prefix: the lowest and highest numbers in it.
		low := withCheck(tc.prefix, length)
		high := withCheck(tc.prefix+strings.Repeat("9", length-1-len(tc.prefix)), length)
		for _, pan := range []string{low, high} {
			t.Run(tc.prefix+"/"+pan[:8], func(t *testing.T) {
				if ref := refBrand(pan); ref != tc.want {
					t.Fatalf("test data: reference brand of %s… is %v, table says %v", pan[:8], ref, tc.want)
				}
				n, err := brand.Parse(pan)
				if err != nil {
					t.Fatalf("Parse(%q) error %v", pan, err)
				}
				if got := n.Brand(); got != tc.want {
					t.Errorf("Parse(%q).Brand() = %v, want %v", pan, got, tc.want)
				}
			})
		}
	}
}

// TestOverlapDecisions pins each overlap decision written next to the range
// table (table.go), with a number right inside the contested range.
func TestOverlapDecisions(t *testing.T) {
	tests := []struct {
		name   string
		prefix string
		want   brand.Brand
	}{
		{"1/622126-622925 is UnionPay not Discover/low", "622126", brand.UnionPay},
		{"1/622126-622925 is UnionPay not Discover/mid", "622500", brand.UnionPay},
		{"1/622126-622925 is UnionPay not Discover/high", "622925", brand.UnionPay},
		{"2/3095 is Diners Club", "3095", brand.DinersClub},
		{"2/3090 is JCB not Diners Club", "3090", brand.JCB},
		{"2/3099 is JCB not Diners Club", "3099", brand.JCB},
		{"3/broad Maestro 56 is Maestro", "5600", brand.Maestro},
		{"3/broad Maestro 6011 stays Discover", "6011", brand.Discover},
		{"3/broad Maestro 62 stays UnionPay", "6200", brand.UnionPay},
		{"3/broad Maestro 65 stays Discover", "6500", brand.Discover},
		{"3/broad Maestro 69 is Maestro", "6900", brand.Maestro},
		{"3/6304 Laser is Maestro", "6304", brand.Maestro},
		{"3/Elo 504175 is no brand", "504175", brand.Unknown},
		{"3/Elo 509 is no brand", "5090", brand.Unknown},
		{"3/Dankort 5019 is Maestro", "5019", brand.Maestro},
		{"3/Hipercard 606282 is Maestro", "606282", brand.Maestro},
		{"3/credit-card-type's Visa 493698 stays Visa", "493698", brand.Visa},
		{"4/65 RuPay and Elo ranges are Discover", "6521", brand.Discover},
		{"4/Elo 6516 is Discover", "6516", brand.Discover},
		{"4/81 RuPay range is UnionPay", "8100", brand.UnionPay},
		{"10/8172 is not UnionPay", "8172", brand.Unknown},
		{"11/JCB 1800", "1800", brand.JCB},
		{"11/JCB 2131", "2131", brand.JCB},
		{"5/Diners US and Canada 54 is Mastercard", "5400", brand.Mastercard},
		{"6/Visa Electron 4026 is Visa", "4026", brand.Visa},
		{"6/Dankort 4571 is Visa", "4571", brand.Visa},
		{"7/2210 between Mir and Mastercard is neither", "2210", brand.Unknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pan := withCheck(tc.prefix, 16)
			n, err := brand.Parse(pan)
			if err != nil {
				t.Fatalf("Parse(%q) error %v", pan, err)
			}
			if got := n.Brand(); got != tc.want {
				t.Errorf("Parse(%q).Brand() = %v, want %v", pan, got, tc.want)
			}
		})
	}
	// Decision 8: every Diners Club range takes 14 to 19 digits.
	for _, p := range []string{"300", "305", "3095", "36", "38", "39"} {
		for l := 13; l <= 20; l++ {
			pan := withCheck(p, l)
			want := l >= 14 && l <= 19
			t.Run(fmt.Sprintf("8/Diners %s %d digits", p, l), func(t *testing.T) {
				n, err := brand.Parse(pan)
				if want {
					if err != nil || n.Brand() != brand.DinersClub {
						t.Errorf("Parse(%q) = %v, %v, want Diners Club", pan, n.Brand(), err)
					}
					return
				}
				var e *brand.Error
				if !errors.As(err, &e) || e.Err != brand.ErrLength || e.Brand != brand.DinersClub {
					t.Errorf("Parse(%q) error %v, want ErrLength for Diners Club", pan, err)
				}
			})
		}
	}
}

func TestParseLengths(t *testing.T) {
	prefixes := map[brand.Brand]string{
		brand.Unknown: "9", brand.Visa: "4", brand.Mastercard: "51", brand.AmericanExpress: "34",
		brand.JCB: "3530", brand.DinersClub: "36", brand.Discover: "6011", brand.UnionPay: "62",
		brand.Maestro: "6759", brand.Mir: "2200",
	}
	for b := brand.Unknown; b <= brand.Mir; b++ {
		for l := 8; l <= 20; l++ {
			pan := withCheck(prefixes[b], l)
			want := refNumberLen(pan) && l >= brand.MinDigits
			t.Run(fmt.Sprintf("C6/%v/%d", b, l), func(t *testing.T) {
				n, err := brand.Parse(pan)
				if want {
					if err != nil || n.Brand() != b {
						t.Errorf("Parse(%d digits of %v) = %v, %v, want %v", l, b, n.Brand(), err, b)
					}
					return
				}
				if !errors.Is(err, brand.ErrLength) {
					t.Errorf("Parse(%d digits of %v) error %v, want ErrLength", l, b, err)
				}
				var e *brand.Error
				if !errors.As(err, &e) || e.Digits != l {
					t.Errorf("Parse(%d digits of %v) error %#v, want an *Error with Digits %d", l, b, err, l)
				}
			})
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *brand.Error
	}{
		{"C6/empty", "", &brand.Error{Func: "Parse", Field: "number", Err: brand.ErrEmpty}},
		{"C6/separators only", " - 　－ ", &brand.Error{Func: "Parse", Field: "number", Err: brand.ErrEmpty}},
		{"C6/letter", "4111 1111 1111 111l", &brand.Error{Func: "Parse", Field: "number", Pos: 19, Err: brand.ErrSyntax}},
		{"C6/letter first", "x4111111111111111", &brand.Error{Func: "Parse", Field: "number", Pos: 1, Err: brand.ErrSyntax}},
		{"C6/full-width letter counts runes", "４１１１　ａ", &brand.Error{Func: "Parse", Field: "number", Pos: 6, Err: brand.ErrSyntax}},
		{"C6/letter after a run of digits", "41111111111x", &brand.Error{Func: "Parse", Field: "number", Pos: 12, Err: brand.ErrSyntax}},
		{"C6/full-width letter after a run of digits", "41111111１１１ｘ", &brand.Error{Func: "Parse", Field: "number", Pos: 12, Err: brand.ErrSyntax}},
		{"C6/comma", "4111,1111,1111,1111", &brand.Error{Func: "Parse", Field: "number", Pos: 5, Err: brand.ErrSyntax}},
		{"C6/slash, too short", "4111/1111", &brand.Error{Func: "Parse", Field: "number", Digits: 8, Brand: brand.Visa, Err: brand.ErrLength}},
		{"C6/plus sign", "+4111111111111111", &brand.Error{Func: "Parse", Field: "number", Pos: 1, Err: brand.ErrSyntax}},
		{"C6/invalid UTF-8", "4111\xff1111", &brand.Error{Func: "Parse", Field: "number", Pos: 5, Err: brand.ErrSyntax}},
		{"C6/Arabic-Indic digit", "4111٣", &brand.Error{Func: "Parse", Field: "number", Pos: 5, Err: brand.ErrSyntax}},
		{"C6/superscript digit", "4111²", &brand.Error{Func: "Parse", Field: "number", Pos: 5, Err: brand.ErrSyntax}},
		{"C6/circled digit", "4111①", &brand.Error{Func: "Parse", Field: "number", Pos: 5, Err: brand.ErrSyntax}},
		{"C6/too short, Visa", "4111 1111 111", &brand.Error{Func: "Parse", Field: "number", Digits: 11, Brand: brand.Visa, Err: brand.ErrLength}},
		{"C6/too short, prefix of several brands", "3", &brand.Error{Func: "Parse", Field: "number", Digits: 1, Err: brand.ErrLength}},
		{"C6/too long", "4111 1111 1111 1111 1111", &brand.Error{Func: "Parse", Field: "number", Digits: 20, Brand: brand.Visa, Err: brand.ErrLength}},
		{"C6/Visa 12 digits", "411111111111", &brand.Error{Func: "Parse", Field: "number", Digits: 12, Brand: brand.Visa, Err: brand.ErrLength}},
		{"C6/Amex 16 digits", "3782822463100005", &brand.Error{Func: "Parse", Field: "number", Digits: 16, Brand: brand.AmericanExpress, Err: brand.ErrLength}},
		{"C6/input over its bound", strings.Repeat(" ", brand.MaxInputLen) + "4", &brand.Error{Func: "Parse", Field: "number", Err: brand.ErrTooLong}},
		{"C6/checksum", "4111111111111112", &brand.Error{Func: "Parse", Field: "number", Digits: 16, Brand: brand.Visa, Err: brand.ErrChecksum}},
		{"C6/checksum, transposed digits", "4012 8888 8888 1818", &brand.Error{Func: "Parse", Field: "number", Digits: 16, Brand: brand.Visa, Err: brand.ErrChecksum}},
		{"C6/checksum, unknown brand", "9111111111111112", &brand.Error{Func: "Parse", Field: "number", Digits: 16, Err: brand.ErrChecksum}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := brand.Parse(tc.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want error %v", tc.in, n, tc.want.Err)
			}
			if n != (brand.Number{}) {
				t.Errorf("Parse(%q) returned a non-zero Number with error %v", tc.in, err)
			}
			var got *brand.Error
			if !errors.As(err, &got) {
				t.Fatalf("Parse(%q) error %T, want *Error", tc.in, err)
			}
			if diff := cmp.Diff(*tc.want, *got, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("Parse(%q) error (-want +got):\n%s", tc.in, diff)
			}
			if !errors.Is(err, tc.want.Err) {
				t.Errorf("errors.Is(Parse(%q), %v) = false", tc.in, tc.want.Err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "brand: Parse: number: ") {
				t.Errorf("Parse(%q) error text %q, want the prefix \"brand: Parse: number: \"", tc.in, msg)
			}
			for _, out := range []string{msg, got.Message(language.Japanese), got.Message(language.English)} {
				if d := digitsIn(tc.in); len(d) >= 5 && strings.Contains(out, d[:5]) {
					t.Errorf("Parse(%q) error text %q repeats the input's digits", tc.in, out)
				}
			}
		})
	}
}

// digitsIn returns the ASCII digits of s.
func digitsIn(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func TestParseErrorText(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"", "brand: Parse: number: no digits"},
		{"4111-x", "brand: Parse: number: invalid character (character 6; digits, spaces and hyphens only)"},
		{"911111111", "brand: Parse: number: 9 digits; a card number has 12 to 19"},
		{"411111111111", "brand: Parse: number: 12 digits; Visa numbers have 13 to 19"},
		{"625555555555", "brand: Parse: number: 12 digits; UnionPay numbers have 14 to 19"},
		{"3782822463100005", "brand: Parse: number: 16 digits; American Express numbers have 15"},
		{"3530", "brand: Parse: number: 4 digits; JCB numbers have 16 to 19, or 15 in the old 1800 and 2131 ranges"},
		{"352800000000001", "brand: Parse: number: 15 digits; JCB numbers have 16 to 19, or 15 in the old 1800 and 2131 ranges"},
		{"4111111111111112", "brand: Parse: number: check digit does not match (a digit is mistyped)"},
		{strings.Repeat("1", 97), "brand: Parse: number: input longer than 96 bytes"},
	}
	for _, tc := range tests {
		_, err := brand.Parse(tc.in)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Parse(%q) error %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestParseFullWidth(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"full-width digits", "４１１１１１１１１１１１１１１１"},
		{"full-width digits, ideographic spaces", "４１１１　１１１１　１１１１　１１１１"},
		{"full-width hyphens", "４１１１－１１１１－１１１１－１１１１"},
		{"prolonged sound mark typed for a hyphen", "４１１１ー１１１１ー１１１１ー１１１１"},
		{"half-width prolonged sound mark", "4111ｰ1111ｰ1111ｰ1111"},
		{"mixed widths", "4111　１１１１ 1111－１１１１"},
		{"hyphen, en dash, minus sign", "4111‐1111–1111−1111"},
		{"no-break space, tab, newline", "4111\u00a01111\t1111\n1111"},
		{"hyphens and spaces", " 4111-1111 - 1111-1111 "},
	}
	want := mustParse("4111111111111111")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := brand.Parse(tc.in)
			if err != nil {
				t.Fatalf("Parse(%q) error %v", tc.in, err)
			}
			if got != want {
				t.Errorf("Parse(%q) = %v, want %v", tc.in, got, want)
			}
		})
	}
}

func TestParseUnknownBrand(t *testing.T) {
	for l := 12; l <= 19; l++ {
		pan := withCheck("9", l)
		n, err := brand.Parse(pan)
		if err != nil || n.Brand() != brand.Unknown || n == (brand.Number{}) || n.Len() != l {
			t.Errorf("Parse(%q) = %v, %v, %v, want a valid Number of brand Unknown", pan, n.Brand(), n, err)
		}
	}
}

func TestNumberAccessors(t *testing.T) {
	tests := []struct {
		pan                   string
		masked, format, last4 string
	}{
		{"4111111111111111", "411111******1111", "4111 11** **** 1111", "1111"},
		{"378282246310005", "378282*****0005", "3782 82**** *0005", "0005"},
		{"36227206271667", "362272****1667", "3622 72**** 1667", "1667"},
		{"3056930009020004", "305693******0004", "3056 93** **** 0004", "0004"},
		{"36227206271667127", "362272*******7127", "3622 72** **** *7127", "7127"},
		{"67591357924685", "675913****4685", "6759 13** **4685", "4685"},     // 14 digits, not Diners: 4-4-6
		{"913579246801350", "913579*****1350", "9135 79** ***1 350", "1350"}, // 15 digits, not Amex: 4-4-4-3
		{"4222222222222", "422222***2222", "4222 22** *2222", "2222"},
		{"6205500000000000004", "620550*********0004", "6205 50** **** ***0 004", "0004"},
		{withCheck("9", 12), "900000**000" + withCheck("9", 12)[11:], "9000 00** 000" + withCheck("9", 12)[11:], "000" + withCheck("9", 12)[11:]},
	}
	for _, tc := range tests {
		t.Run(tc.pan[:6], func(t *testing.T) {
			n := mustParse(tc.pan)
			got := []string{n.Masked(), n.Format(), n.Last4(), n.String()}
			want := []string{tc.masked, tc.format, tc.last4, tc.masked}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Number %s… Masked, Format, Last4, String (-want +got):\n%s", tc.pan[:6], diff)
			}
		})
	}
}

func TestNumberZero(t *testing.T) {
	var n brand.Number
	got := []string{n.Masked(), n.Format(), n.Last4(), n.String()}
	want := []string{"", "", "", ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero Number strings (-want +got):\n%s", diff)
	}
	if text, err := n.MarshalText(); len(text) != 0 || err != nil {
		t.Errorf("zero Number: MarshalText() = %q, %v; want \"\", nil", text, err)
	}
	if n.Len() != 0 || n.Brand() != brand.Unknown {
		t.Errorf("zero Number: Len %d, Brand %v; want 0, Unknown", n.Len(), n.Brand())
	}
}

// distinctPANs returns numbers of every length 12 to 19 whose hidden digits
// do not repeat in runs, so that a run of them in an output is a leak and
// not a coincidence.
func distinctPANs() []string {
	return []string{
		withCheck("4929381756204", 16), withCheck("37869215304", 15), withCheck("3612345678", 14),
		withCheck("621987654321", 19), withCheck("9012345678", 12), withCheck("4135792468", 13),
		withCheck("35691827364509", 17), withCheck("621357924680135", 18), withCheck("67591357924", 14),
		withCheck("91357924680", 15),
	}
}

// TestNumberNeverPrinted checks the masking guarantee on every way a Number
// can be printed or encoded.
func TestNumberNeverPrinted(t *testing.T) {
	pans := distinctPANs()
	type holder struct {
		Card brand.Number
		Ptr  *brand.Number
	}
	for _, pan := range pans {
		n := mustParse(pan)
		js, err := json.Marshal(holder{n, &n})
		if err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
		text, _ := n.MarshalText()
		outs := map[string]string{
			"%v": fmt.Sprintf("%v", n), "%+v": fmt.Sprintf("%+v", n), "%#v": fmt.Sprintf("%#v", n),
			"%s": fmt.Sprintf("[%s]", n), "%q": fmt.Sprintf("%q", n), "struct %+v": fmt.Sprintf("%+v", holder{n, &n}),
			"struct %#v": fmt.Sprintf("%#v", holder{n, &n}), "JSON": string(js), "MarshalText": string(text),
			"Format": n.Format(), "Masked": n.Masked(), "AppendMasked": string(n.AppendMasked(nil)),
			"AppendFormat": string(n.AppendFormat(nil)),
		}
		for how, out := range outs {
			if strings.Contains(how, "#") {
				out = withoutHex(out)
			}
			if leaks(out, pan) || digitCount(out) > 2*10 {
				t.Errorf("%s of %s… = %q shows hidden digits", how, pan[:6], out)
			}
		}
		if got, want := n.Masked(), pan[:6]+strings.Repeat("*", len(pan)-10)+pan[len(pan)-4:]; got != want {
			t.Errorf("Masked of %s… = %q, want %q", pan[:6], got, want)
		}
	}
}

// TestNumberUnexportedField checks a Number that fmt cannot call String on:
// in an unexported field, fmt prints its stored fields. No verb may show a
// hidden run of the number's digits, as digits or as their ASCII codes in
// decimal or hexadecimal.
func TestNumberUnexportedField(t *testing.T) {
	type request struct {
		user string
		card brand.Number
	}
	for _, pan := range distinctPANs() {
		var v any = request{"u", mustParse(pan)} // any: keeps vet's printf check quiet
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d"} {
			out := fmt.Sprintf(verb, v)
			for i := 6; i+4 <= len(pan)-4; i++ {
				run := pan[i : i+4]
				var dec, hex, vals []string
				for _, c := range []byte(run) {
					dec = append(dec, fmt.Sprint(c))
					hex = append(hex, fmt.Sprintf("%x", c))
					vals = append(vals, string(c))
				}
				for _, enc := range []string{run, strings.Join(dec, " "), strings.Join(hex, ""), strings.ToUpper(strings.Join(hex, "")), strings.Join(vals, " ")} {
					if strings.Contains(out, enc) {
						t.Errorf("Sprintf(%q, struct with a Number of %s…) = %q shows hidden digits %q", verb, pan[:6], out, enc)
					}
				}
			}
		}
	}
}

func TestNumberNoUnmarshal(t *testing.T) {
	var v struct{ Card brand.Number }
	err := json.Unmarshal([]byte(`{"Card":"411111******1111"}`), &v)
	if err == nil {
		t.Errorf("json.Unmarshal into a Number = nil error, want an error (there is no UnmarshalText)")
	}
}

func TestNumberComparable(t *testing.T) {
	a := mustParse("4111 1111 1111 1111")
	b := mustParse("４１１１１１１１１１１１１１１１")
	c := mustParse("4242424242424242")
	if a != b {
		t.Errorf("MustParse of the same digits in two forms: %v != %v", a, b)
	}
	if a == c {
		t.Errorf("MustParse of different numbers compare equal: %v == %v", a, c)
	}
	m := map[brand.Number]int{a: 1}
	if m[b] != 1 {
		t.Errorf("Number as map key: lookup with an equal Number missed")
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		r := recover()
		if r == nil {
			t.Fatalf("MustParse of a bad number did not panic")
		}
		if err, ok := r.(error); !ok || !errors.Is(err, brand.ErrChecksum) {
			t.Errorf("MustParse panicked with %v, want an error matching ErrChecksum", r)
		}
	}()
	mustParse("4111111111111112")
}

func TestLuhn(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"0", true},
		{"18", true},
		{"79927398713", true}, // the classic example of the algorithm
		{"79927398710", false},
		{"4111111111111111", true},
		{"4111111111111112", false},
		{"4111 1111 1111 1111", false}, // separators are not digits
		{"４１１１", false},
		{"4111111111111111a", false},
		{strings.Repeat("0", brand.MaxInputLen), true},
		{strings.Repeat("0", brand.MaxInputLen+1), false}, // over the bound
	}
	for _, tc := range tests {
		if got := brand.Luhn(tc.in); got != tc.want {
			t.Errorf("Luhn(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	for _, tc := range testCards {
		if !brand.Luhn(tc.pan) {
			t.Errorf("Luhn(%q) = false, want true", tc.pan)
		}
	}
}

func TestLuhnAgreesWithReference(t *testing.T) {
	// Every single-digit change of a valid number fails the check.
	for _, tc := range testCards {
		for i := range len(tc.pan) {
			for c := byte('0'); c <= '9'; c++ {
				s := tc.pan[:i] + string(c) + tc.pan[i+1:]
				if got, want := brand.Luhn(s), refLuhn(s); got != want {
					t.Errorf("Luhn(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestNumberGoSyntax: a Number has no GoString, so %#v prints its fields:
// the first 6 digits and the last 4 as integers (hexadecimal), with the
// validity flag between them, the length and the brand; nothing else of
// the number (see the package doc, "Masking guarantee").
func TestNumberGoSyntax(t *testing.T) {
	for _, pan := range distinctPANs() {
		n := mustParse(pan)
		head, err1 := strconv.Atoi(pan[:6])
		tail, err2 := strconv.Atoi(pan[len(pan)-4:])
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		want := fmt.Sprintf("brand.Number{head:%#x, valid:true, tail:%#x, n:%#x, brand:%#x}", head, tail, len(pan), uint8(n.Brand()))
		if got := fmt.Sprintf("%#v", n); got != want {
			t.Errorf("%%#v of %s… = %s, want %s", pan[:6], got, want)
		}
	}
	if got, want := fmt.Sprintf("%#v", brand.Number{}), "brand.Number{head:0x0, valid:false, tail:0x0, n:0x0, brand:0x0}"; got != want {
		t.Errorf("%%#v of the zero Number = %s, want %s", got, want)
	}
}
