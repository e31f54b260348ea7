package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"
)

// The bounds of package family, as the table in package kessai's doc gives
// them.
const (
	familyMaxLines       = 100
	familyMaxCharges     = 100
	familyMaxIDBytes     = 64
	familyMaxDescription = 240
	familyMaxAmount      = 10_000_000
)

// largestAccount is the largest account the library bills, written out in
// full: 100 lines of 100 charges, every text field at its byte bound
// (descriptions of 240 bytes in three-byte kanji), every amount at
// ¥10,000,000 less a tenth (the 10,000 charges stay within the 11 digits
// kessai prints), indented as a person would write it.
func largestAccount(t *testing.T) []byte {
	t.Helper()
	text := func(n int) string { return strings.Repeat("料", n/len("料")) }
	id := func(i int) string {
		s := fmt.Sprintf("line-%03d-", i)
		return s + strings.Repeat("x", familyMaxIDBytes-len(s))
	}
	type charge struct {
		Description string `json:"description"`
		Amount      int64  `json:"amount"`
		Tax         string `json:"tax"`
	}
	type holder struct {
		Kana string `json:"kana"`
	}
	type line struct {
		ID      string   `json:"id"`
		Voice   bool     `json:"voice"`
		MioID   string   `json:"mioID"`
		Holder  holder   `json:"holder"`
		Card    string   `json:"card"`
		Charges []charge `json:"charges"`
	}
	acct := struct {
		MioID string         `json:"mioID"`
		Owner holder         `json:"owner"`
		Card  string         `json:"card"`
		Date  string         `json:"date"`
		Lines []line         `json:"lines"`
		Plan  map[string]any `json:"plan"`
	}{MioID: "mio-" + strings.Repeat("m", familyMaxIDBytes-4), Owner: holder{"ヤマダ タカシ"}, Card: "YAMADA TAKASHI ****1111",
		Date: "2026-11-25", Plan: map[string]any{"maxLines": familyMaxLines, "familyDiscount": "cap10"}}
	for i := range familyMaxLines {
		l := line{ID: id(i), MioID: acct.MioID, Holder: holder{"ヤマダ タカシ"}, Card: "YAMADA TAKASHI ****1111"}
		for range familyMaxCharges {
			l.Charges = append(l.Charges, charge{text(familyMaxDescription), familyMaxAmount - 1_000_000, "standard"})
		}
		acct.Lines = append(acct.Lines, l)
	}
	b, err := json.MarshalIndent(acct, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFamilyInputCapClaim tests the claim of family's help and the README
// exactly: 100 lines × 100 charges fit in the 4 MiB cap, with every
// description at its 240-byte bound.
func TestFamilyInputCapClaim(t *testing.T) {
	in := largestAccount(t)
	if len(in) > maxFamilyInput {
		t.Fatalf("the largest account is %d bytes, over the cap of %d", len(in), maxFamilyInput)
	}
	if maxFamilyInput != 4<<20 || !strings.Contains(familyUsage.En, "at most 4 MiB: 100 lines × 100 charges fit") {
		t.Errorf("the help does not state the cap that is tested")
	}
	code, out, errOut := runCmd([]string{"family", "-json", "-mode", "per-line"}, string(in))
	if code != exitOK || errOut != "" {
		t.Fatalf("family on the largest account (%d bytes): exit %d, stderr %q\n%.600s", len(in), code, errOut, out)
	}
	t.Logf("largest account: %d bytes of %d", len(in), maxFamilyInput)
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// TestStdinBounded: standard input over its cap is refused with a clear
// error after reading at most one byte past the cap, before any decoding,
// for family and check -stdin alike.
func TestStdinBounded(t *testing.T) {
	for _, tt := range []struct {
		args  []string
		limit int
	}{
		{[]string{"family", "-json"}, maxFamilyInput},
		{[]string{"check", "-json", "-stdin"}, maxStdin},
	} {
		// Not JSON at all past the cap: a decoder would report a syntax
		// error; the bound speaks first.
		r := &countingReader{r: io.MultiReader(strings.NewReader(strings.Repeat(" ", tt.limit)), strings.NewReader(strings.Repeat("x", 10<<20)))}
		var out, errb strings.Builder
		code := run(tt.args, env{stdin: r, stdout: &out, stderr: &errb})
		var rep errorReport
		if err := json.Unmarshal([]byte(out.String()), &rep); err != nil || code != exitUsage || rep.Error.Code != "too-long" {
			t.Errorf("kessai %q over the cap: exit %d, %s", tt.args, code, out.String())
		}
		if r.n > tt.limit+1 {
			t.Errorf("kessai %q read %d bytes, want at most %d", tt.args, r.n, tt.limit+1)
		}
	}
}

// TestFamilyAmountIsNotACardNumber: a card number typed as an amount is
// refused, never printed (its digit groups would defeat masking).
func TestFamilyAmountIsNotACardNumber(t *testing.T) {
	in := sub(`"amount": 1009`, `"amount": 4539148803436467`)
	for _, args := range [][]string{{"family"}, {"family", "-json"}} {
		code, out, errOut := runCmd(args, in)
		if code != exitUsage || strings.Contains(out+errOut, "4,539") || strings.Contains(out+errOut, "453914") {
			t.Errorf("kessai %q: exit %d:\n%s%s", args, code, out, errOut)
		}
	}
}

// TestFamilyTotalPrintable: an account whose total would need 12 digits
// (10,000 charges at ¥10,000,000, with tax) is refused with
// code range, never printed; -json still prints one object.
func TestFamilyTotalPrintable(t *testing.T) {
	in := strings.ReplaceAll(string(largestAccount(t)), fmt.Sprintf(`"amount": %d`, familyMaxAmount-1_000_000), fmt.Sprintf(`"amount": %d`, familyMaxAmount))
	code, out, errOut := runCmd([]string{"family", "-json", "-mode", "per-line"}, in)
	var r errorReport
	if err := json.Unmarshal([]byte(out), &r); err != nil || code != exitUsage || errOut != "" || r.Error.Code != "range" {
		t.Errorf("exit %d, %v:\n%.400s", code, err, out)
	}
}

// TestFamilyBadDateNamesField: a date the account's JSON cannot hold
// (2026-02-30, 2026-13-01, not a date) is reported on the field "date",
// with the field's label in both languages, as every other bad field is.
func TestFamilyBadDateNamesField(t *testing.T) {
	for _, tt := range []struct{ date, code string }{{"2026-02-30", "range"}, {"2026-13-01", "range"}, {"11/25", "syntax"}} {
		_, out, _ := runCmd([]string{"family", "-json"}, sub(`"date": "2026-11-25"`, `"date": "`+tt.date+`"`))
		var r struct {
			Error struct {
				Code    string `json:"code"`
				Field   string `json:"field"`
				Message struct{ JA, EN string }
			} `json:"error"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%s: %v\n%s", tt.date, err, out)
		}
		e := r.Error
		if e.Code != tt.code || e.Field != "date" || !strings.HasPrefix(e.Message.JA, "日付：") || !strings.HasPrefix(e.Message.EN, "date: ") {
			t.Errorf("%s: %+v, want %s on date, labelled", tt.date, e, tt.code)
		}
	}
}
