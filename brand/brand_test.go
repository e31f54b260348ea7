package brand_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/internal/textparse"
)

func TestBrandString(t *testing.T) {
	tests := []struct {
		b    brand.Brand
		want string
	}{
		{brand.Unknown, "Unknown"},
		{brand.Visa, "Visa"},
		{brand.Mastercard, "Mastercard"},
		{brand.AmericanExpress, "American Express"},
		{brand.JCB, "JCB"},
		{brand.DinersClub, "Diners Club"},
		{brand.Discover, "Discover"},
		{brand.UnionPay, "UnionPay"},
		{brand.Maestro, "Maestro"},
		{brand.Mir, "Mir"},
		{brand.Brand(10), "Brand(10)"},
		{brand.Brand(255), "Brand(255)"},
	}
	for _, tc := range tests {
		if got := tc.b.String(); got != tc.want {
			t.Errorf("Brand(%d).String() = %q, want %q", uint8(tc.b), got, tc.want)
		}
	}
}

func TestSecurityCodeLen(t *testing.T) {
	tests := []struct {
		b    brand.Brand
		want int
	}{
		{brand.Visa, 3}, {brand.Mastercard, 3}, {brand.AmericanExpress, 4}, {brand.JCB, 3},
		{brand.DinersClub, 3}, {brand.Discover, 3}, {brand.UnionPay, 3}, {brand.Maestro, 3},
		{brand.Mir, 3}, {brand.Unknown, 0}, {brand.Brand(42), 0},
	}
	for _, tc := range tests {
		t.Run("C5/"+tc.b.String(), func(t *testing.T) {
			if got := tc.b.SecurityCodeLen(); got != tc.want {
				t.Errorf("%v.SecurityCodeLen() = %d, want %d", tc.b, got, tc.want)
			}
		})
	}
}

func TestBrandValidLen(t *testing.T) {
	for b := brand.Unknown; b <= brand.Mir; b++ {
		for n := 0; n <= 25; n++ {
			if got, want := b.ValidLen(n), refValidLen(b, n); got != want {
				t.Errorf("%v.ValidLen(%d) = %v, want %v", b, n, got, want)
			}
		}
	}
	if brand.Brand(99).ValidLen(16) {
		t.Errorf("Brand(99).ValidLen(16) = true, want false")
	}
}

func TestParseBrand(t *testing.T) {
	tests := []struct {
		in      string
		want    brand.Brand
		wantErr error
	}{
		{"Visa", brand.Visa, nil},
		{"VISA", brand.Visa, nil},
		{"American Express", brand.AmericanExpress, nil},
		{"americanexpress", brand.AmericanExpress, nil},
		{"AMEX", brand.AmericanExpress, nil},
		{"Diners Club", brand.DinersClub, nil},
		{"diners-club", brand.DinersClub, nil},
		{"Diners", brand.DinersClub, nil},
		{"ＪＣＢ", brand.JCB, nil},
		{"MC", brand.Mastercard, nil},
		{"Master Card", brand.Mastercard, nil},
		{"UnionPay", brand.UnionPay, nil},
		{"Union Pay", brand.UnionPay, nil},
		{"Unknown", brand.Unknown, nil},
		{"Mir", brand.Mir, nil},
		{"RuPay", brand.Unknown, brand.ErrUnknown},
		{"", brand.Unknown, brand.ErrEmpty},
		{"  ", brand.Unknown, brand.ErrEmpty},
		{"Visa1", brand.Unknown, brand.ErrSyntax},
		{"4111111111111111", brand.Unknown, brand.ErrSyntax},
		{string(make([]byte, 65)), brand.Unknown, brand.ErrTooLong},
		// The Japanese labels and the katakana people type.
		{"アメリカン・エキスプレス", brand.AmericanExpress, nil},
		{"アメリカンエキスプレス", brand.AmericanExpress, nil},
		{"ｱﾒﾘｶﾝ･ｴｷｽﾌﾟﾚｽ", brand.AmericanExpress, nil},
		{"アメックス", brand.AmericanExpress, nil},
		{"ダイナースクラブ", brand.DinersClub, nil},
		{"ダイナース", brand.DinersClub, nil},
		{"マスターカード", brand.Mastercard, nil},
		{"ビザ", brand.Visa, nil},
		{"銀聯", brand.UnionPay, nil},
		{"ユニオンペイ", brand.UnionPay, nil},
		{"ディスカバー", brand.Discover, nil},
		{"マエストロ", brand.Maestro, nil},
		{"ミール", brand.Mir, nil},
		{"不明", brand.Unknown, nil},
		{"ジェーシービー", brand.Unknown, brand.ErrUnknown},
		{"Visa!", brand.Unknown, brand.ErrSyntax},
		{"\xff", brand.Unknown, brand.ErrSyntax},
	}
	for _, tc := range tests {
		got, err := textparse.Parse[brand.Brand](tc.in)
		if got != tc.want || !errors.Is(err, tc.wantErr) || (err == nil) != (tc.wantErr == nil) {
			t.Errorf("ParseBrand(%q) = %v, %v, want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
		}
		if err != nil && len(tc.in) > 4 && strings.Contains(err.Error(), tc.in) {
			t.Errorf("ParseBrand(%q) error %q repeats the input", tc.in, err)
		}
		var e *brand.Error
		if err != nil && (!errors.As(err, &e) || e.Func != "Brand.UnmarshalText" || e.Field != "brand") {
			t.Errorf("ParseBrand(%q) error %#v, want an *Error for ParseBrand, field brand", tc.in, err)
		}
	}
}

// TestBrandLabel: every brand has a Japanese and an English label, the
// Japanese one as Japanese payment pages write the brand, and ParseBrand
// reads both back.
func TestBrandLabel(t *testing.T) {
	tests := []struct {
		b      brand.Brand
		ja, en string
	}{
		{brand.Unknown, "不明", "Unknown"},
		{brand.Visa, "Visa", "Visa"},
		{brand.Mastercard, "Mastercard", "Mastercard"},
		{brand.AmericanExpress, "アメリカン・エキスプレス", "American Express"},
		{brand.JCB, "JCB", "JCB"},
		{brand.DinersClub, "ダイナースクラブ", "Diners Club"},
		{brand.Discover, "ディスカバー", "Discover"},
		{brand.UnionPay, "銀聯", "UnionPay"},
		{brand.Maestro, "マエストロ", "Maestro"},
		{brand.Mir, "ミール", "Mir"},
		{brand.Brand(10), "Brand(10)", "Brand(10)"},
	}
	for _, tc := range tests {
		for _, l := range []struct {
			tag  language.Tag
			want string
		}{{language.Japanese, tc.ja}, {language.MustParse("ja-JP"), tc.ja}, {language.English, tc.en}, {language.Und, tc.en}} {
			if got := tc.b.Label(l.tag); got != l.want {
				t.Errorf("%v.Label(%v) = %q, want %q", tc.b, l.tag, got, l.want)
			}
			if !tc.b.IsValid() {
				continue
			}
			if got, err := textparse.Parse[brand.Brand](l.want); got != tc.b || err != nil {
				t.Errorf("ParseBrand(%q) = %v, %v, want %v", l.want, got, err, tc.b)
			}
		}
	}
}

// textRoundTrip checks that every value of vals reads back from its text
// form.
func textRoundTrip[T interface {
	comparable
	MarshalText() ([]byte, error)
}, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, vals []T) {
	t.Helper()
	for _, v := range vals {
		text, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error %v", v, err)
		}
		var got T
		if err := P(&got).UnmarshalText(text); err != nil || got != v {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", text, got, err, v)
		}
	}
}

func TestBrandTextRoundTrip(t *testing.T) {
	var all []brand.Brand
	for b := brand.Unknown; b <= brand.Mir; b++ {
		all = append(all, b)
	}
	textRoundTrip(t, all)
	if _, err := brand.Brand(77).MarshalText(); !errors.Is(err, brand.ErrUnknown) {
		t.Errorf("Brand(77).MarshalText() error %v, want ErrBrandName", err)
	}
	type card struct {
		Brands []brand.Brand
	}
	in := card{[]brand.Brand{brand.JCB, brand.AmericanExpress}}
	js, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"Brands":["JCB","American Express"]}`; string(js) != want {
		t.Errorf("json.Marshal = %s, want %s", js, want)
	}
	var out card
	if err := json.Unmarshal(js, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	var b brand.Brand
	if err := b.UnmarshalText([]byte("Laser")); !errors.Is(err, brand.ErrUnknown) || b != brand.Unknown {
		t.Errorf("UnmarshalText(Laser) = %v, %v, want Unknown unchanged, ErrBrandName", b, err)
	}
}
