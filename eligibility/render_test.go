package eligibility_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"golang.org/x/text/language"
)

// renderings returns every way a value can be printed.
func renderings(v any) map[string]string {
	out := map[string]string{
		"%v":  fmt.Sprintf("%v", v),
		"%+v": fmt.Sprintf("%+v", v),
		"%#v": fmt.Sprintf("%#v", v),
		"%s":  fmt.Sprintf("%s", v),
		"%q":  fmt.Sprintf("%q", v),
		"%x":  fmt.Sprintf("%x", v),
	}
	if b, err := json.Marshal(v); err == nil {
		out["json"] = string(b)
	} else {
		out["json"] = "error: " + err.Error()
	}
	return out
}

// decisionTexts returns every text a decision yields in both languages.
func decisionTexts(d eligibility.Decision) []string {
	var out []string
	for _, s := range renderings(d) {
		out = append(out, s)
	}
	for _, r := range append(append([]eligibility.Reason{}, d.Reasons...), d.Notes...) {
		for _, tag := range []language.Tag{language.Japanese, language.English} {
			out = append(out, r.Message(tag), r.Remedy(tag))
		}
	}
	return out
}

// TestNoNumberInOutput: no rendering of an application, card or decision
// holds the card number or the security code.
func TestNoNumberInOutput(t *testing.T) {
	const code = "9876"
	for _, number := range []string{visa, amex, "4111-1111-1111-1111", "４１１１１１１１１１１１１１１１", "4111111111111112", jcb} {
		t.Run(number, func(t *testing.T) {
			a := goodApp()
			a.Card.Number, _ = brand.Parse(number) // the zero Number when it does not parse
			a.Card.Issuer = "issuer " + number     // typed into the wrong field
			digits := strings.Map(func(r rune) rune {
				switch {
				case r >= '0' && r <= '9':
					return r
				case r >= '０' && r <= '９':
					return r - '０' + '0'
				}
				return -1
			}, number)
			check := func(what, s string) {
				t.Helper()
				flat := strings.NewReplacer(" ", "", "-", "").Replace(s)
				if strings.Contains(flat, digits) || strings.Contains(s, number) {
					t.Errorf("%s shows the card number: %s", what, s)
				}
				if strings.Contains(s, code) {
					t.Errorf("%s shows the security code: %s", what, s)
				}
			}
			for verb, s := range renderings(a) {
				check("Application "+verb, s)
			}
			for verb, s := range renderings(&a) {
				check("*Application "+verb, s)
			}
			for verb, s := range renderings(a.Card) {
				check("Card "+verb, s)
			}
			for _, p := range eligibility.Presets() {
				for _, s := range decisionTexts(p.CheckTyped(a, "", code)) {
					check(p.ID()+" decision", s)
				}
			}
		})
	}
}

func TestCardRendering(t *testing.T) {
	c := eligibility.Card{Number: mustParse(visa), Name: "YAMADA TARO", Expiry: ym("12/27"), Funding: brand.Credit, Issuer: "三井住友カード", Country: "JP"}
	if got, want := fmt.Sprint(c), `{number:411111******1111 name:"YAMADA TARO" expiry:"2027-12" funding:credit issuer:"三井住友カード" country:"JP" corporate:false}`; got != want {
		t.Errorf("fmt.Sprint(Card) = %s, want %s", got, want)
	}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"number":"411111******1111","name":"YAMADA TARO","expiry":"2027-12","funding":"credit","issuer":"三井住友カード","country":"JP"}`; got != want {
		t.Errorf("json.Marshal(Card) = %s, want %s", got, want)
	}
	if got := fmt.Sprint(eligibility.Card{}); !strings.Contains(got, "{number: name:") {
		t.Errorf("fmt.Sprint(Card{}) = %s, want an empty number", got)
	}
}

// TestApplicationJSONInput: a form posts the number as typed; the decoded
// application is judged like the literal one. The security code has no
// field: it goes to CheckTyped.
func TestApplicationJSONInput(t *testing.T) {
	in := `{"method":"credit","purpose":"monthly","holder":{"kana":"ヤマダ タロウ"},
		"card":{"number":"4111 1111 1111 1111","name":"YAMADA TARO","expiry":"12/27","funding":"credit",
		"issuer":"三井住友カード","country":"JP"},"at":"2025-06-15T12:00:00+09:00"}`
	var a eligibility.Application
	if err := json.Unmarshal([]byte(in), &a); err != nil {
		t.Fatalf("json.Unmarshal: %v", err)
	}
	want := goodApp()
	if a.Card != want.Card || a.Method != want.Method || a.Purpose != want.Purpose || a.Holder != want.Holder || !a.At.Equal(want.At) {
		t.Errorf("decoded %#v, want %#v", a, want)
	}
	for _, bad := range []string{
		`{"method":"cash"}`,
		`{"purpose":"later"}`,
		`{"card":{"funding":"gold"}}`,
		`{"combined":["credit","cheque"]}`,
		`{"card":{"securityCode":"123"}}`,
	} {
		var a eligibility.Application
		if err := json.Unmarshal([]byte(bad), &a); err == nil {
			t.Errorf("json.Unmarshal(%s) error nil, want one", bad)
		}
	}
}

var (
	jaTagExt = language.Japanese
	enTagExt = language.English
)

// TestApplicationJSONErrors: decoding names the bad field with a sentinel
// and never quotes the value, which could be a card number typed into the
// wrong field; a list of combined methods is a list of names, not base64.
func TestApplicationJSONErrors(t *testing.T) {
	tests := []struct {
		in    string
		field string
		err   error
	}{
		{`{"at":"4111111111111111"}`, "at", eligibility.ErrSyntax},
		{`{"at":"2025-06-15"}`, "at", eligibility.ErrSyntax},
		{`{"at":"` + strings.Repeat("4", 100) + `"}`, "at", eligibility.ErrTooLong},
		{`{"instalments":41111111111111111111111}`, "instalments", eligibility.ErrSyntax},
		{`{"instalments":"12"}`, "instalments", eligibility.ErrSyntax},
		{`{"combined":"AQI="}`, "combined", eligibility.ErrSyntax},
		{`{"combined":["debit","4111111111111111"]}`, "combined[1]", eligibility.ErrUnknown},
		{`{"combined":["debit","` + strings.Repeat("x", 100) + `"]}`, "combined[1]", eligibility.ErrTooLong},
		{`{"combined":["points","points","points","points","points","points","points","points","points"]}`, "combined", eligibility.ErrTooLong},
		{`{"card":{"corporate":41111111111111111111}}`, "card.corporate", eligibility.ErrSyntax},
		{`{"card":{"funding":"4111111111111111"}}`, "card.funding", brand.ErrSyntax}, // textparse.Parse[brand.Funding]'s error
		{`{"method":"4111111111111111"}`, "method", eligibility.ErrUnknown},
		// C6: the number is parsed on decoding; brand's errors name no digit.
		{`{"card":{"number":"4111111111111112"}}`, "card.number", brand.ErrChecksum},
		{`{"card":{"number":"4111-1111-1111-111x"}}`, "card.number", brand.ErrSyntax},
		{`{"card":{"number":"4111 1111 1111"}}`, "card.number", brand.ErrLength},
		{`{"card":{"number":"` + strings.Repeat("4", 200) + `"}}`, "card.number", eligibility.ErrTooLong},
	}
	for _, tc := range tests {
		var a eligibility.Application
		err := json.Unmarshal([]byte(tc.in), &a)
		var ie *eligibility.Error
		if !errors.As(err, &ie) || ie.Field != tc.field || !errors.Is(err, tc.err) {
			t.Errorf("json.Unmarshal(%s) error %v, want an *Error for %q wrapping %v", tc.in, err, tc.field, tc.err)
		}
		if err != nil && digitRun.MatchString(err.Error()) {
			t.Errorf("json.Unmarshal(%s) error %q quotes the value", tc.in, err)
		}
	}
	var a eligibility.Application
	in := `{"method":"gift","purpose":"device","campaign":"SPRING","combined":["ポイント","credit card"],"at":"2025-06-15T10:00:00.5+09:00"}`
	if err := json.Unmarshal([]byte(in), &a); err != nil {
		t.Fatalf("json.Unmarshal(%s): %v", in, err)
	}
	want := eligibility.Application{Method: eligibility.GiftCertificate, Purpose: eligibility.DevicePurchase, Campaign: "SPRING",
		Combined: []eligibility.Method{eligibility.Points, eligibility.CreditCard}, At: time.Date(2025, time.June, 15, 10, 0, 0, 500000000, jst)}
	if !a.At.Equal(want.At) || a.Method != want.Method || a.Purpose != want.Purpose || a.Campaign != want.Campaign || !slices.Equal(a.Combined, want.Combined) {
		t.Errorf("json.Unmarshal(%s) = %#v, want %#v", in, a, want)
	}
	// What MarshalJSON writes decodes to the same application, but for the
	// one exception to the round trip: the number is written masked, which
	// does not parse back.
	orig := goodApp()
	orig.Combined = []eligibility.Method{eligibility.Points}
	b, err := json.Marshal(orig)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"number":"411111******1111"`) {
		t.Errorf("json.Marshal(goodApp()) = %s, want the number masked", b)
	}
	var back eligibility.Application
	if err := json.Unmarshal(b, &back); !errors.Is(err, brand.ErrSyntax) {
		t.Errorf("json.Unmarshal(%s) error %v, want brand.ErrSyntax: a masked number does not parse", b, err)
	}
	orig.Card.Number = brand.Number{}
	if err := json.Unmarshal([]byte(strings.Replace(string(b), "411111******1111", "", 1)), &back); err != nil {
		t.Fatalf("json.Unmarshal(%s without the number): %v", b, err)
	}
	if back.Card != orig.Card || back.Holder != orig.Holder || !back.At.Equal(orig.At) || !slices.Equal(back.Combined, orig.Combined) {
		t.Errorf("round trip of %s = %#v, want %#v", b, back, orig)
	}
}

func TestApplicationJSONUnknownField(t *testing.T) {
	for _, tc := range []struct{ in, field string }{
		{`{"pan":"4111111111111111"}`, "application"},
		{`{"4111111111111111":1}`, "application"},
		{`{"card":{"cvv":"123"}}`, "card"},
	} {
		var a eligibility.Application
		err := json.Unmarshal([]byte(tc.in), &a)
		var ie *eligibility.Error
		if !errors.As(err, &ie) || ie.Field != tc.field || !errors.Is(err, eligibility.ErrUnknown) {
			t.Errorf("json.Unmarshal(%s) error %v, want ErrUnknown for %q", tc.in, err, tc.field)
		}
		if err != nil && (digitRun.MatchString(err.Error()) || strings.Contains(err.Error(), "cvv")) {
			t.Errorf("json.Unmarshal(%s) error %q quotes the input", tc.in, err)
		}
	}
}

// TestCardExpiryJSON: C4, the expiry in JSON is "2027-03" and decodes as
// a card prints it too; what is not a month is an *Error for card.expiry
// that never quotes the input.
func TestCardExpiryJSON(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want billing.YearMonth
		err  error
	}{
		{`"2027-03"`, billing.YearMonth{Year: 2027, Month: time.March}, nil},
		{`"03/27"`, billing.YearMonth{Year: 2027, Month: time.March}, nil},
		{`"3/2027"`, billing.YearMonth{Year: 2027, Month: time.March}, nil},
		{`"０３／２７"`, billing.YearMonth{Year: 2027, Month: time.March}, nil},
		{`""`, billing.YearMonth{}, nil},
		{`"13/27"`, billing.YearMonth{}, eligibility.ErrRange},
		{`"00/27"`, billing.YearMonth{}, eligibility.ErrRange},
		{`"1227"`, billing.YearMonth{}, eligibility.ErrSyntax},
		{`"12/027"`, billing.YearMonth{}, eligibility.ErrSyntax},
		{`"12/27/01"`, billing.YearMonth{}, eligibility.ErrSyntax},
		{`"4111111111111111"`, billing.YearMonth{}, eligibility.ErrSyntax},
		{`"` + strings.Repeat("1", 33) + `"`, billing.YearMonth{}, eligibility.ErrTooLong},
	} {
		var c eligibility.Card
		err := json.Unmarshal([]byte(`{"expiry":`+tc.in+`}`), &c)
		var e *eligibility.Error
		switch {
		case tc.err == nil && (err != nil || c.Expiry != tc.want):
			t.Errorf("C4/%s: Expiry %v, error %v, want %v", tc.in, c.Expiry, err, tc.want)
		case tc.err != nil && (!errors.Is(err, tc.err) || !errors.As(err, &e) || e.Field != "card.expiry"):
			t.Errorf("C4/%s: error %v, want %v for card.expiry", tc.in, err, tc.err)
		case err != nil && strings.Contains(err.Error(), strings.Trim(tc.in, `"`)):
			t.Errorf("C4/%s: error %q quotes the input", tc.in, err)
		}
		if tc.err == nil {
			b, _ := json.Marshal(c)
			var back eligibility.Card
			if err := json.Unmarshal(b, &back); err != nil || back != c {
				t.Errorf("C4/%s: %s does not round-trip: %+v, %v", tc.in, b, back, err)
			}
		}
	}
}
