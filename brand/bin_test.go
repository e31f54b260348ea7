package brand_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kessai-jp/kessai/brand"
)

// binRanges is a small BIN list made up for the tests: the prefixes are those
// of the published test card numbers, the issuers are placeholders that name
// no real issuer.
func binRanges() []brand.BINRange {
	return []brand.BINRange{
		{Low: "411111", High: "411111", Info: brand.BINInfo{Funding: brand.Credit, Issuer: "Test Issuer A", Country: "JP"}},
		{Low: "40000566", High: "40000566", Info: brand.BINInfo{Funding: brand.Debit, Issuer: "Test Issuer B", Country: "US"}},
		{Low: "35300000", High: "35309999", Info: brand.BINInfo{Funding: brand.Prepaid, Issuer: "Test Issuer C", Country: "JP"}},
		{Low: "378200", High: "378299", Info: brand.BINInfo{Funding: brand.Credit}},
	}
}

func TestBINTableLookup(t *testing.T) {
	ranges := binRanges()
	tbl, err := brand.NewBINTable(ranges)
	if err != nil {
		t.Fatalf("NewBINTable: %v", err)
	}
	// NewBINTable copies: changing the caller's slice changes nothing.
	ranges[0].Info.Issuer = "changed"
	ranges[0].Low, ranges[0].High = "000000", "999999"

	// whole: one range holds every number with the same first 6 digits, so
	// Lookup of a Number (which keeps only those) finds it too; otherwise
	// only LookupDigits, which reads 8 digits, does.
	tests := []struct {
		name   string
		pan    string
		want   brand.BINInfo
		wantOK bool
		whole  bool
	}{
		{"M1 credit, 6-digit range", "4111111111111111", brand.BINInfo{Funding: brand.Credit, Issuer: "Test Issuer A", Country: "JP"}, true, true},
		{"M2 debit, 8-digit range", "4000056655665556", brand.BINInfo{Funding: brand.Debit, Issuer: "Test Issuer B", Country: "US"}, true, false},
		{"M7 prepaid, low edge", "3530111333300000", brand.BINInfo{Funding: brand.Prepaid, Issuer: "Test Issuer C", Country: "JP"}, true, true},
		{"15 digits, range of 6-digit prefixes", "378282246310005", brand.BINInfo{Funding: brand.Credit}, true, true},
		{"miss below", "4012888888881881", brand.BINInfo{}, false, true},
		{"miss between", "4242424242424242", brand.BINInfo{}, false, true},
		{"miss above", "5555555555554444", brand.BINInfo{}, false, true},
		{"miss after 8-digit range", withCheck("35310000", 16), brand.BINInfo{}, false, true},
		{"hit at 8-digit high edge", withCheck("35309999", 16), brand.BINInfo{Funding: brand.Prepaid, Issuer: "Test Issuer C", Country: "JP"}, true, true},
		{"miss next to 8-digit range", withCheck("40000567", 16), brand.BINInfo{}, false, true},
		{"miss before 8-digit range", withCheck("40000565", 16), brand.BINInfo{}, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tbl.LookupDigits(spaced(tc.pan))
			if ok != tc.wantOK {
				t.Errorf("LookupDigits(%s…) ok = %v, want %v", tc.pan[:6], ok, tc.wantOK)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("LookupDigits(%s…) (-want +got):\n%s", tc.pan[:6], diff)
			}
			want, wantOK := tc.want, tc.wantOK
			if !tc.whole {
				want, wantOK = brand.BINInfo{}, false
			}
			got, ok = tbl.Lookup(brand.MustParse(tc.pan))
			if ok != wantOK {
				t.Errorf("Lookup(%s…) ok = %v, want %v", tc.pan[:6], ok, wantOK)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Lookup(%s…) (-want +got):\n%s", tc.pan[:6], diff)
			}
		})
	}
	if _, ok := tbl.LookupDigits("4111 1111 1111 1112"); ok {
		t.Errorf("LookupDigits(bad checksum) ok = true, want false")
	}
	if got := tbl.Len(); got != 4 {
		t.Errorf("Len() = %d, want 4", got)
	}
	if _, ok := tbl.Lookup(brand.Number{}); ok {
		t.Errorf("Lookup(zero Number) ok = true, want false")
	}
	var zero brand.BINTable
	if _, ok := zero.Lookup(brand.MustParse("4111111111111111")); ok {
		t.Errorf("zero BINTable Lookup ok = true, want false")
	}
}

func TestBINTableOverlap(t *testing.T) {
	tests := []struct {
		name           string
		ranges         []brand.BINRange
		indexA, indexB int
	}{
		{"same range", []brand.BINRange{{Low: "411111", High: "411111"}, {Low: "411111", High: "411111"}}, 0, 1},
		{"8-digit inside 6-digit", []brand.BINRange{{Low: "411111", High: "411111"}, {Low: "41111150", High: "41111160"}}, 0, 1},
		{"6-digit around 8-digit, given later", []brand.BINRange{{Low: "41111150", High: "41111160"}, {Low: "411111", High: "411111"}}, 1, 0},
		{"8-digit range across a 6-digit range's end", []brand.BINRange{{Low: "411111", High: "411111"}, {Low: "41111199", High: "41111200"}}, 0, 1},
		{"6-digit range starting inside an 8-digit one", []brand.BINRange{{Low: "41111050", High: "41111100"}, {Low: "411111", High: "411112"}}, 0, 1},
		{"partial overlap", []brand.BINRange{{Low: "500000", High: "500010"}, {Low: "400000", High: "400001"}, {Low: "500010", High: "500020"}}, 0, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := brand.NewBINTable(tc.ranges)
			if !errors.Is(err, brand.ErrOverlap) {
				t.Fatalf("NewBINTable error %v, want ErrOverlap", err)
			}
			var oe *brand.OverlapError
			if !errors.As(err, &oe) {
				t.Fatalf("NewBINTable error %T, want *OverlapError", err)
			}
			want := &brand.OverlapError{A: tc.ranges[tc.indexA], B: tc.ranges[tc.indexB], IndexA: tc.indexA, IndexB: tc.indexB}
			if diff := cmp.Diff(want, oe); diff != "" {
				t.Errorf("OverlapError (-want +got):\n%s", diff)
			}
			for _, r := range []brand.BINRange{oe.A, oe.B} {
				if !strings.Contains(err.Error(), r.Low+"–"+r.High) {
					t.Errorf("error %q does not name range %s–%s", err, r.Low, r.High)
				}
			}
		})
	}
	// Adjacent ranges do not overlap.
	if _, err := brand.NewBINTable([]brand.BINRange{{Low: "411110", High: "411110"}, {Low: "41111100", High: "41111199"}, {Low: "411112", High: "411119"}}); err != nil {
		t.Errorf("NewBINTable of adjacent ranges: %v", err)
	}
}

func TestBINTableMalformed(t *testing.T) {
	ok := brand.BINRange{Low: "411111", High: "411111"}
	tests := []struct {
		name string
		bad  brand.BINRange
	}{
		{"lengths differ", brand.BINRange{Low: "411111", High: "41111199"}},
		{"7 digits", brand.BINRange{Low: "4111111", High: "4111111"}},
		{"empty", brand.BINRange{}},
		{"not digits", brand.BINRange{Low: "41111a", High: "41111a"}},
		{"full-width digits", brand.BINRange{Low: "４１１", High: "４１１"}},
		{"low above high", brand.BINRange{Low: "411112", High: "411111"}},
		{"funding out of range", brand.BINRange{Low: "411112", High: "411112", Info: brand.BINInfo{Funding: brand.Funding(9)}}},
		{"country lower case", brand.BINRange{Low: "411112", High: "411112", Info: brand.BINInfo{Country: "jp"}}},
		{"country alpha-3", brand.BINRange{Low: "411112", High: "411112", Info: brand.BINInfo{Country: "JPN"}}},
		{"issuer too long", brand.BINRange{Low: "411112", High: "411112", Info: brand.BINInfo{Issuer: strings.Repeat("x", brand.MaxIssuerLen+1)}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := brand.NewBINTable([]brand.BINRange{ok, tc.bad})
			var re *brand.BINRangeError
			if !errors.Is(err, brand.ErrBINRange) || !errors.As(err, &re) || re.Index != 1 {
				t.Errorf("NewBINTable with %+v: error %v, want a *BINRangeError for index 1", tc.bad, err)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "brand: BIN range 1: ") {
				t.Errorf("error text %q, want prefix \"brand: BIN range 1: \"", err)
			}
		})
	}
}

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
	js, err := json.Marshal(brand.BINInfo{Funding: brand.Prepaid, Country: "JP"})
	if want := `{"Funding":"prepaid","Issuer":"","Country":"JP"}`; err != nil || string(js) != want {
		t.Errorf("json.Marshal(BINInfo) = %s, %v, want %s", js, err, want)
	}
}
