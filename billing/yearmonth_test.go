package billing

import (
	"errors"
	"testing"
	"time"
)

// TestParseYearMonth: C4 reads a card's expiry month, F3/F4 a billing
// month; one parser takes both forms.
func TestParseYearMonth(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want YearMonth
		err  error
	}{
		{"2027-03", YearMonth{2027, time.March}, nil},
		{"03/27", YearMonth{2027, time.March}, nil},
		{"3/27", YearMonth{2027, time.March}, nil},
		{"03/2027", YearMonth{2027, time.March}, nil},
		{"03 / 27", YearMonth{2027, time.March}, nil},
		{"０３／２７", YearMonth{2027, time.March}, nil},
		{"２０２７－０３", YearMonth{2027, time.March}, nil},
		{"12/99", YearMonth{2099, time.December}, nil},
		{"13/27", YearMonth{}, ErrRange},
		{"00/27", YearMonth{}, ErrRange},
		{"2027-13", YearMonth{}, ErrRange},
		{"0000-01", YearMonth{}, ErrRange},
		{"", YearMonth{}, ErrEmpty},
		{"03/", YearMonth{}, ErrSyntax},
		{"/27", YearMonth{}, ErrSyntax},
		{"03/027", YearMonth{}, ErrSyntax},
		{"003/27", YearMonth{}, ErrSyntax},
		{"03/27/1", YearMonth{}, ErrSyntax},
		{"2027-3", YearMonth{}, ErrSyntax},
		{"2027/03", YearMonth{}, ErrSyntax},
		{"x3/27", YearMonth{}, ErrSyntax},
		{string(make([]byte, maxDateInput+1)), YearMonth{}, ErrTooLong},
	} {
		got, err := ParseYearMonth(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("ParseYearMonth(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestYearMonthArithmetic(t *testing.T) {
	for _, tt := range []struct {
		ym   YearMonth
		n    int
		want YearMonth
	}{
		{YearMonth{2026, time.December}, 1, YearMonth{2027, time.January}},
		{YearMonth{2027, time.January}, -1, YearMonth{2026, time.December}},
		{YearMonth{2026, time.March}, -15, YearMonth{2024, time.December}},
		{YearMonth{2026, time.March}, 0, YearMonth{2026, time.March}},
		{YearMonth{2026, time.March}, 25, YearMonth{2028, time.April}},
	} {
		got := tt.ym.AddMonths(tt.n)
		if got != tt.want {
			t.Errorf("%v.AddMonths(%d) = %v, want %v", tt.ym, tt.n, got, tt.want)
		}
		if c := tt.ym.Compare(got); (tt.n > 0 && c != -1) || (tt.n < 0 && c != 1) || (tt.n == 0 && c != 0) {
			t.Errorf("%v.Compare(%v) = %d", tt.ym, got, c)
		}
	}
	feb := YearMonth{2028, time.February}
	if feb.Last() != (Date{2028, time.February, 29}) {
		t.Errorf("Last of %v = %v", feb, feb.Last())
	}
	if d := MustParseDate("2026-11-30"); d.YearMonth() != (YearMonth{2026, time.November}) {
		t.Errorf("Date.YearMonth = %v", d.YearMonth())
	}
}

func TestYearMonthText(t *testing.T) {
	for _, tt := range []struct {
		ym   YearMonth
		text string
	}{
		{YearMonth{2027, time.March}, "2027-03"},
		{YearMonth{987, time.October}, "0987-10"},
		{YearMonth{}, ""},
	} {
		b, err := tt.ym.MarshalText()
		if err != nil || string(b) != tt.text || tt.ym.String() != tt.text {
			t.Errorf("MarshalText(%#v) = %q, %v; String %q; want %q", tt.ym, b, err, tt.ym.String(), tt.text)
		}
		var back YearMonth
		if err := back.UnmarshalText(b); err != nil || back != tt.ym {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, tt.ym)
		}
	}
	bad := YearMonth{2027, 13}
	if _, err := bad.MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("MarshalText(%#v) error = %v", bad, err)
	}
	if s := bad.String(); s != "YearMonth(2027-13)" {
		t.Errorf("String(%#v) = %q", bad, s)
	}
}

func FuzzParseYearMonth(f *testing.F) {
	for _, s := range []string{"2027-03", "03/27", "０３／２７", "3 / 2027", "", "13/27"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ym, err := ParseYearMonth(s)
		if err != nil {
			return
		}
		if !ym.IsValid() {
			t.Fatalf("ParseYearMonth(%q) = invalid %#v without error", s, ym)
		}
		b, err := ym.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseYearMonth(string(b))
		if err != nil || back != ym {
			t.Fatalf("round trip %q → %v → %q → %v, %v", s, ym, b, back, err)
		}
	})
}
