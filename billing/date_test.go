package billing

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/kessai-jp/kessai/internal/pan"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		err  error
	}{
		{"2026-11-24", Date{2026, time.November, 24}, nil},
		{"0001-01-01", Date{1, time.January, 1}, nil},
		{"9999-12-31", Date{9999, time.December, 31}, nil},
		{"2024-02-29", Date{2024, time.February, 29}, nil},
		{"２０２６－１１－２４", Date{2026, time.November, 24}, nil}, // full-width digits and hyphens
		{"２０２６-11-２４", Date{2026, time.November, 24}, nil},
		{"2026-02-29", Date{}, ErrRange},
		{"2100-02-29", Date{}, ErrRange},
		{"0000-01-01", Date{}, ErrRange},
		{"2026-13-01", Date{}, ErrRange},
		{"2026-00-10", Date{}, ErrRange},
		{"2026-11-00", Date{}, ErrRange},
		{"", Date{}, ErrEmpty},
		{"2026-1-24", Date{}, ErrSyntax},
		{"2026/11/24", Date{}, ErrSyntax},
		{" 2026-11-24", Date{}, ErrSyntax},
		{"2026-11-24 ", Date{}, ErrSyntax},
		{"2026-11-2x", Date{}, ErrSyntax},
		{"+026-11-24", Date{}, ErrSyntax},
		{"2026-11-24T00:00:00", Date{}, ErrSyntax},
		{strings.Repeat("9", maxDateInput+1), Date{}, ErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Fatalf("ParseDate(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.err)
			}
			if err != nil {
				var pe *Error
				if !errors.As(err, &pe) || pe.Func != "ParseDate" {
					t.Fatalf("ParseDate(%q) error %T %+v, want *Error from ParseDate", tt.in, err, pe)
				}
				if !strings.HasPrefix(err.Error(), "billing: ") {
					t.Errorf("error %q lacks the package prefix", err)
				}
				if len(err.Error()) > 120 {
					t.Errorf("error %q is not bounded", err)
				}
			}
		})
	}
}

func TestDateOf(t *testing.T) {
	tests := []struct {
		t    time.Time
		want Date
	}{
		{time.Date(2026, 11, 24, 14, 59, 59, 0, time.UTC), Date{2026, 11, 24}},
		{time.Date(2026, 11, 24, 15, 0, 0, 0, time.UTC), Date{2026, 11, 25}}, // midnight JST
		{time.Date(2026, 12, 31, 15, 0, 0, 0, time.UTC), Date{2027, 1, 1}},
		{time.Date(2026, 11, 24, 0, 0, 0, 0, time.FixedZone("PST", -8*3600)), Date{2026, 11, 24}},
		{time.Date(2026, 11, 24, 23, 0, 0, 0, time.FixedZone("PST", -8*3600)), Date{2026, 11, 25}},
	}
	for _, tt := range tests {
		if got := DateOf(tt.t); got != tt.want {
			t.Errorf("DateOf(%v) = %v, want %v", tt.t, got, tt.want)
		}
	}
}

// TestDaysAgainstTime checks the integer day arithmetic against package time,
// the slow reference, over a wide span.
func TestDaysAgainstTime(t *testing.T) {
	for _, start := range []Date{{1, 1, 1}, {1582, 10, 1}, {1899, 12, 1}, {1955, 1, 1}, {1999, 12, 25}, {2096, 2, 1}, {9997, 6, 1}} {
		d := start
		ref := startUTC(start)
		for i := 0; i < 800; i++ {
			want := Date{ref.Year(), ref.Month(), ref.Day()}
			if d != want {
				t.Fatalf("AddDays walk from %v: got %v, want %v", start, d, want)
			}
			if d.Weekday() != ref.Weekday() {
				t.Fatalf("%v.Weekday() = %v, want %v", d, d.Weekday(), ref.Weekday())
			}
			if got := fromDays(d.days()); got != d {
				t.Fatalf("fromDays(days(%v)) = %v", d, got)
			}
			if got, want := daysBetween(start, d), i; got != want {
				t.Fatalf("daysBetween(%v, %v) = %d, want %d", start, d, got, want)
			}
			d = d.AddDays(1)
			ref = ref.AddDate(0, 0, 1)
		}
	}
}

func TestAddDaysBounds(t *testing.T) {
	tests := []struct {
		d    Date
		n    int
		want Date
	}{
		{Date{2026, 11, 24}, 0, Date{2026, 11, 24}},
		{Date{2026, 11, 24}, -24, Date{2026, 10, 31}},
		{Date{2026, 12, 31}, 1, Date{2027, 1, 1}},
		{Date{9999, 12, 31}, 1, Date{}},
		{Date{1, 1, 1}, -1, Date{}},
		{Date{2026, 11, 24}, math.MaxInt, Date{}},
		{Date{2026, 11, 24}, math.MinInt, Date{}},
		{Date{}, 1, Date{}},
		{Date{2026, 2, 30}, 0, Date{}},
	}
	for _, tt := range tests {
		if got := tt.d.AddDays(tt.n); got != tt.want {
			t.Errorf("%v.AddDays(%d) = %v, want %v", dateText(tt.d), tt.n, got, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	a, b := Date{2026, 11, 24}, Date{2026, 11, 25}
	if a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Errorf("Compare(%v, %v) wrong", a, b)
	}
	if !a.before(b) || a.after(b) || !b.after(a) || a.before(a) {
		t.Errorf("Before/After(%v, %v) wrong", a, b)
	}
	if (Date{2025, 12, 31}).Compare(Date{2026, 1, 1}) != -1 || (Date{2026, 2, 1}).Compare(Date{2026, 1, 31}) != 1 {
		t.Error("Compare across months/years wrong")
	}
}

func TestDateText(t *testing.T) {
	d := Date{2026, 11, 24}
	b, err := json.Marshal(struct{ D Date }{d})
	if err != nil || string(b) != `{"D":"2026-11-24"}` {
		t.Fatalf("json.Marshal = %s, %v", b, err)
	}
	var v struct{ D Date }
	if err := json.Unmarshal(b, &v); err != nil || v.D != d {
		t.Fatalf("json.Unmarshal = %v, %v", v.D, err)
	}
	// The zero Date is "not given": "" both ways; any other invalid date
	// does not marshal.
	if b, err := (Date{}).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Date{}.MarshalText() = %q, %v, want \"\"", b, err)
	}
	if _, err := (Date{2026, 2, 30}).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("Date{2026, 2, 30}.MarshalText() error = %v, want ErrRange", err)
	}
	v.D = d
	if err := json.Unmarshal([]byte(`{"D":""}`), &v); err != nil || v.D != (Date{}) {
		t.Errorf(`Unmarshal "" = %v, %v, want the zero Date`, v.D, err)
	}
	if err := json.Unmarshal([]byte(`{"D":"2026-02-30"}`), &v); !errors.Is(err, ErrRange) {
		t.Errorf("Unmarshal 2026-02-30 error = %v, want ErrRange", err)
	}
	if got := (Date{}).String(); got != "" {
		t.Errorf("Date{}.String() = %q, want \"\"", got)
	}
	if got := (Date{2026, 2, 30}).String(); got != "invalid date" {
		t.Errorf("Date{2026, 2, 30}.String() = %q", got)
	}
}

func TestYenString(t *testing.T) {
	tests := []struct {
		y    Yen
		want string
	}{
		{0, "¥0"},
		{1, "¥1"},
		{999, "¥999"},
		{1000, "¥1,000"},
		{1234, "¥1,234"},
		{-1234, "-¥1,234"},
		{1234567, "¥1,234,567"},
		{-100000, "-¥100,000"},
		{math.MaxInt64, "¥9,223,372,036,854,775,807"},
		{math.MinInt64, "-¥9,223,372,036,854,775,808"},
	}
	for _, tt := range tests {
		if got := tt.y.String(); got != tt.want {
			t.Errorf("Yen(%d).String() = %q, want %q", int64(tt.y), got, tt.want)
		}
	}
}

// TestParseDateMasksCardNumbers: a card number typed into a date field never
// reaches the error text, in any width or grouping; a date's own digits do.
func TestParseDateMasksCardNumbers(t *testing.T) {
	tests := []struct {
		in, show string
	}{
		{"4111111111111111", `"411111******1111"`},
		{"4111 1111 1111 1111", `"4111 11** **** 1111"`},
		{"4111-1111-1111-1111", `"4111-11**-****-1111"`},
		{"4111ー1111ー1111ー1111", `"4111ー11**ー****ー1111"`},
		{"4111 1111 1111 1111", `"4111\u00a011**\u00a0****\u00a01111"`},
		{"４１１１１１１１１１１１１１１１", `"４１１１１１＊＊＊＊＊＊１１１１"`},
		{"date 4111111111111111 and more text to be long enough for the bound", `"date **************** and more t…(+35 bytes)"`},
		// Spaces spread an over-long number past what pan.Mask would look
		// at: the clip shows no digit.
		{"45391488034" + strings.Repeat(" ", 118) + "36467", `"***********` + strings.Repeat(" ", 21) + `…(+102 bytes)"`},
		{"2026-11-24T00:00:00", `"2026-11-24T00:00:00"`},
		{"2026-02-30", `"2026-02-30"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseDate(tt.in)
			if err == nil {
				t.Fatalf("ParseDate(%q) succeeded", tt.in)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.show) {
				t.Errorf("ParseDate(%q) error = %q, want it to show %s", tt.in, msg, tt.show)
			}
			if n := pan.LongestRun(msg); n > pan.KeepFirst+pan.KeepLast {
				t.Errorf("ParseDate(%q) error %q shows a run of %d digits", tt.in, msg, n)
			}
		})
	}
}
