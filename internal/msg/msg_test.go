package msg

import (
	"testing"

	"golang.org/x/text/language"
)

func TestJapanese(t *testing.T) {
	for _, tt := range []struct {
		tag  string
		want bool
	}{
		{"ja", true}, {"ja-JP", true}, {"ja-Jpan", true}, {"und-JP", true},
		{"en", false}, {"en-JP", false}, {"und", false}, {"fr", false}, {"zh-Hans", false},
	} {
		if got := Japanese(language.MustParse(tt.tag)); got != tt.want {
			t.Errorf("Japanese(%s) = %v, want %v", tt.tag, got, tt.want)
		}
	}
}

func TestCategories(t *testing.T) {
	seen := map[string]Category{}
	for c := Empty; c < numCategories; c++ {
		tok := c.Token()
		if tok == "" {
			t.Errorf("category %d has no token", c)
		}
		if o, ok := seen[tok]; ok {
			t.Errorf("categories %d and %d share token %q", o, c, tok)
		}
		seen[tok] = c
		if tx := c.Text(); tx.JA == "" || tx.EN == "" || tx.JA == tx.EN {
			t.Errorf("category %s: text %+v lacks a language", tok, tx)
		}
	}
	if None.Token() != "" || numCategories.Token() != "" {
		t.Error("None and out-of-range categories must have no token")
	}
	if numCategories.Text() != None.Text() {
		t.Error("an out-of-range category must read as None")
	}
}

func TestField(t *testing.T) {
	label := Text{"カード番号", "card number"}
	detail := Text{"16 桁", "16 digits"}
	for _, tt := range []struct {
		tag           language.Tag
		label, detail Text
		want          string
	}{
		{language.Japanese, label, detail, "カード番号：桁数が正しくありません（16 桁）"},
		{language.English, label, detail, "card number: wrong number of digits (16 digits)"},
		{language.Japanese, Text{}, Text{}, "桁数が正しくありません"},
		{language.English, Text{}, detail, "wrong number of digits (16 digits)"},
	} {
		if got := Field(tt.tag, tt.label, Length.Text(), tt.detail); got != tt.want {
			t.Errorf("Field(%v) = %q, want %q", tt.tag, got, tt.want)
		}
	}
}
