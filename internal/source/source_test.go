package source

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// TestTable: every source names a title or an address, not both, and a
// date; String holds them; JSON round-trips.
func TestTable(t *testing.T) {
	for id := range numIDs {
		s := Of(id)
		if id == None {
			if !s.IsZero() || s.String() != "" {
				t.Errorf("Of(None) = %q, want the zero Source", s)
			}
			continue
		}
		if s.IsZero() || s.AsOf() == "" || (s.Title() == "") == (s.URL() == "") {
			t.Errorf("Of(%d): title %q, url %q, asOf %q; want a title or an address, and a date", id, s.Title(), s.URL(), s.AsOf())
		}
		if str := s.String(); !strings.Contains(str, s.Title()+s.URL()) || !strings.Contains(str, "("+s.AsOf()+")") {
			t.Errorf("Of(%d).String() = %q", id, str)
		}
		b, err := json.Marshal(s)
		var back Source
		if err != nil || json.Unmarshal(b, &back) != nil || back != s || !back.Equal(s) {
			t.Errorf("Of(%d): JSON %s, back %v, %v", id, b, back, err)
		}
	}
	if got := Of(Seed).Title(); got != SeedTitle {
		t.Errorf("Of(Seed).Title() = %q", got)
	}
	if s := Of(numIDs); !s.IsZero() || s.String() != "" || !s.Equal(Source{}) {
		t.Errorf("an ID past the table: %q, want the zero Source", s)
	}
}

// TestJSON: the zero Source and the library's sources round-trip; any other
// source is ErrUnknown, without quoting the input.
func TestJSON(t *testing.T) {
	if b, err := json.Marshal(Source{}); err != nil || string(b) != "{}" {
		t.Errorf("json.Marshal(zero Source) = %s, %v; want {}", b, err)
	}
	for _, in := range []string{`{}`, `null`, `{"url":"https://www.iijmio.jp/mts/","asOf":"2026-11"}`} {
		var s Source
		if err := json.Unmarshal([]byte(in), &s); err != nil {
			t.Errorf("json.Unmarshal(%s): %v", in, err)
		}
	}
	for _, in := range []string{`{"url":"https://example.com/","asOf":"2026-11"}`, `{"title":1}`, `{"other":"4111111111111111"}`, `[]`} {
		var s Source
		err := json.Unmarshal([]byte(in), &s)
		if !errors.Is(err, ErrUnknown) || strings.Contains(err.Error(), "4111") {
			t.Errorf("json.Unmarshal(%s) = %v, want ErrUnknown", in, err)
		}
	}
}

// FuzzJSON: decoding never panics, never quotes its input in an error, and
// whatever it accepts encodes back to JSON that decodes to the same Source.
func FuzzJSON(f *testing.F) {
	f.Add(`{}`)                                                    // the zero Source
	f.Add(`{"url":"https://www.iijmio.jp/mts/","asOf":"2026-11"}`) // a published source
	f.Add(`{"title":"` + SeedTitle + `","asOf":"2025"}`)           // the seed
	f.Add(`{"url":"https://example.com/","asOf":"2026-11"}`)       // not one of the library's
	f.Add(`{"url":"4111 1111 1111 1111"}`)                         // a card number in the wrong place
	f.Add(`null`)
	f.Fuzz(func(t *testing.T, in string) {
		var s Source
		if err := json.Unmarshal([]byte(in), &s); err != nil {
			if len(in) >= 12 && strings.Contains(err.Error(), in) {
				t.Fatalf("error %q quotes the input", err)
			}
			return
		}
		b, err := json.Marshal(s)
		var back Source
		if err != nil || json.Unmarshal(b, &back) != nil || back != s {
			t.Fatalf("Source from %q: JSON %s, back %v, %v", in, b, back, err)
		}
	})
}
