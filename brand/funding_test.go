package brand_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kessai-jp/kessai/brand"
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
	if err := got.UnmarshalText([]byte("charge")); !errors.Is(err, brand.ErrFunding) || got != brand.Credit {
		t.Errorf("UnmarshalText(charge) = %v, %v, want credit unchanged, ErrFunding", got, err)
	}
	if err := got.UnmarshalText([]byte("credit" + strings.Repeat(" ", 1<<16))); !errors.Is(err, brand.ErrFunding) || got != brand.Credit {
		t.Errorf("UnmarshalText(64 KiB) = %v, %v, want credit unchanged, ErrFunding", got, err)
	}
	if _, err := brand.Funding(7).MarshalText(); !errors.Is(err, brand.ErrFunding) {
		t.Errorf("Funding(7).MarshalText() error %v, want ErrFunding", err)
	}
}
