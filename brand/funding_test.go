package brand_test

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/internal/textparse"
)

func TestFundingString(t *testing.T) {
	tests := []struct {
		f    brand.Funding
		want string
	}{
		{brand.FundingUnknown, "unknown"}, {brand.Credit, "credit"}, {brand.Debit, "debit"},
		{brand.Prepaid, "prepaid"}, {brand.Funding(4), "Funding(4)"},
	}
	for _, tc := range tests {
		if got := tc.f.String(); got != tc.want {
			t.Errorf("Funding(%d).String() = %q, want %q", uint8(tc.f), got, tc.want)
		}
		if got, want := tc.f.IsValid(), tc.f <= brand.Prepaid; got != want {
			t.Errorf("Funding(%d).IsValid() = %v, want %v", uint8(tc.f), got, want)
		}
	}
}

func TestFundingText(t *testing.T) {
	textRoundTrip(t, []brand.Funding{brand.FundingUnknown, brand.Credit, brand.Debit, brand.Prepaid})
	got := brand.Debit
	if err := got.UnmarshalText([]byte("CREDIT")); err != nil || got != brand.Credit {
		t.Errorf("UnmarshalText(CREDIT) = %v, %v, want credit", got, err)
	}
	if err := got.UnmarshalText([]byte("charge")); !errors.Is(err, brand.ErrUnknown) || got != brand.Credit {
		t.Errorf("UnmarshalText(charge) = %v, %v, want credit unchanged, ErrUnknown", got, err)
	}
	if err := got.UnmarshalText([]byte("credit" + strings.Repeat(" ", 1<<16))); !errors.Is(err, brand.ErrTooLong) || got != brand.Credit {
		t.Errorf("UnmarshalText(64 KiB) = %v, %v, want credit unchanged, ErrTooLong", got, err)
	}
	if _, err := brand.Funding(7).MarshalText(); !errors.Is(err, brand.ErrUnknown) {
		t.Errorf("Funding(7).MarshalText() error %v, want ErrUnknown", err)
	}
}

// TestParseFunding: the tokens in any case and width, the Japanese labels
// with and without "カード", and the errors, each an *Error for field
// "funding" (rules M1, M2, M7 turn on the funding).
func TestParseFunding(t *testing.T) {
	tests := []struct {
		in      string
		want    brand.Funding
		wantErr error
	}{
		{"credit", brand.Credit, nil},
		{"CREDIT", brand.Credit, nil},
		{"ｄｅｂｉｔ", brand.Debit, nil},
		{"Prepaid", brand.Prepaid, nil},
		{"unknown", brand.FundingUnknown, nil},
		{"クレジット", brand.Credit, nil},
		{"M1/クレジットカード", brand.FundingUnknown, brand.ErrSyntax},
		{"クレジットカード", brand.Credit, nil},
		{"デビット", brand.Debit, nil},
		{"デビットカード", brand.Debit, nil},
		{"ﾃﾞﾋﾞｯﾄ", brand.Debit, nil},
		{"プリペイド", brand.Prepaid, nil},
		{"プリペイドカード", brand.Prepaid, nil},
		{"不明", brand.FundingUnknown, nil},
		{"不明カード", brand.FundingUnknown, brand.ErrUnknown},
		{"charge", brand.FundingUnknown, brand.ErrUnknown},
		{"", brand.FundingUnknown, brand.ErrEmpty},
		{" ", brand.FundingUnknown, brand.ErrEmpty},
		{"credit1", brand.FundingUnknown, brand.ErrSyntax},
		{"4111111111111111", brand.FundingUnknown, brand.ErrSyntax},
		{strings.Repeat("a", 65), brand.FundingUnknown, brand.ErrTooLong},
	}
	for _, tc := range tests {
		got, err := textparse.Parse[brand.Funding](tc.in)
		if got != tc.want || !errors.Is(err, tc.wantErr) || (err == nil) != (tc.wantErr == nil) {
			t.Errorf("ParseFunding(%q) = %v, %v, want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
		}
		var e *brand.Error
		if err != nil && (!errors.As(err, &e) || e.Func != "Funding.UnmarshalText" || e.Field != "funding") {
			t.Errorf("ParseFunding(%q) error %#v, want an *Error for ParseFunding, field funding", tc.in, err)
		}
	}
}

// TestFundingLabel: the labels in both languages, and ParseFunding reads
// them back.
func TestFundingLabel(t *testing.T) {
	tests := []struct {
		f      brand.Funding
		ja, en string
	}{
		{brand.FundingUnknown, "不明", "unknown"},
		{brand.Credit, "クレジット", "credit"},
		{brand.Debit, "デビット", "debit"},
		{brand.Prepaid, "プリペイド", "prepaid"},
		{brand.Funding(9), "Funding(9)", "Funding(9)"},
	}
	for _, tc := range tests {
		if got := tc.f.Label(language.Japanese); got != tc.ja {
			t.Errorf("%v.Label(ja) = %q, want %q", tc.f, got, tc.ja)
		}
		if got := tc.f.Label(language.English); got != tc.en {
			t.Errorf("%v.Label(en) = %q, want %q", tc.f, got, tc.en)
		}
		if !tc.f.IsValid() {
			continue
		}
		for _, s := range []string{tc.ja, tc.en} {
			if got, err := textparse.Parse[brand.Funding](s); got != tc.f || err != nil {
				t.Errorf("ParseFunding(%q) = %v, %v, want %v", s, got, err, tc.f)
			}
		}
	}
}
