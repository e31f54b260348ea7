package eligibility

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// FuzzMatchName checks MatchName on any input: no panic; an error is an
// *Error naming the name it could not read, with the zero match, and
// Strict fails exactly when MatchName does; Rules nil exactly when not a variant; and swapping the two
// tokens of a card name never changes OK (C3: family and given name compare
// as fields, in either order), unless the name is long enough to be a
// track cut, where the cut end decides.
func FuzzMatchName(f *testing.F) {
	// Seed corpus: the examples, track form, width and case, bad
	// input of each kind.
	for _, s := range [][2]string{
		{"TARO YAMADA", "ヤマダ タロウ"},
		{"OHNO YUKO", "オオノ ユウコ"},
		{"Satou Yuuko", "サトウ ユウコ"},
		{"YAMADA/TARO", "ﾔﾏﾀﾞ ﾀﾛｳ"},
		{"MATSUURA KOUCHIWA", "マツウラ コウチワ"},
		{"SHIN'YA KANNNO", "カンノ シンヤ"},
		{"SATO", "サイトウ"},
		{"ＳＡＴŌ　ＹÛＫＯ", "さとう　ゆうこ"},
		{"山田", "ヤマダ"},
		{"YAMADA", "YAMADA"},
		{"", ""},
		{"A A", "ア ア"},
		{"HIGASHIKUNINOMIYA TOSHIHIK", "ヒガシクニノミヤ トシヒコ"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, card, kana string) {
		m, err := MatchName(card, kana)
		invalid := err != nil
		var e *Error
		if invalid && (!errors.As(err, &e) || e.Field != "card.name" && e.Field != "holder.kana" || m.Kind != Mismatch || m.Rules != nil) {
			t.Fatalf("MatchName(%q, %q) = %v, %v: want an *Error naming a field and a zero match", card, kana, m, err)
		}
		if (m.Rules != nil) != (m.Kind == Variant || m.Kind == Reordered || m.Kind == Truncated) {
			t.Fatalf("MatchName(%q, %q) = %v: Rules and Kind disagree", card, kana, m)
		}
		s, serr := Strict.Match(card, kana)
		if (serr != nil) != invalid {
			t.Fatalf("Strict.Match(%q, %q) error %v but MatchName error %v", card, kana, serr, err)
		}
		if s.OK() && !m.OK() {
			t.Fatalf("Strict.Match(%q, %q) = %v but MatchName = %v", card, kana, s, m)
		}
		tokens := strings.Fields(card)
		if len(tokens) != 2 || !m.OK() && invalid || len(card) >= NameTrackLen-1 {
			return
		}
		swapped := tokens[1] + " " + tokens[0]
		if m2, _ := MatchName(swapped, kana); m2.OK() != m.OK() {
			t.Fatalf("MatchName(%q, %q) = %v but MatchName(%q, %q) = %v", card, kana, m, swapped, kana, m2)
		}
	})
}

// safeRows are kana rows whose consonants no spelling rule confuses with
// another row: a name differing in one of them is another name.
var safeRows = [...][5]string{
	{"カ", "キ", "ク", "ケ", "コ"},
	{"ナ", "ニ", "ヌ", "ネ", "ノ"},
	{"マ", "ミ", "ム", "メ", "モ"},
	{"ラ", "リ", "ル", "レ", "ロ"},
	{"ガ", "ギ", "グ", "ゲ", "ゴ"},
	{"バ", "ビ", "ブ", "ベ", "ボ"},
	{"パ", "ピ", "プ", "ペ", "ポ"},
}

// FuzzMatchNameConsonant builds a kana name from the fuzzer's bytes, takes
// its CardName, and checks that the card matches it exactly, and does not
// match the same name with one consonant of the family name changed (C1, C3:
// different people never match).
func FuzzMatchNameConsonant(f *testing.F) {
	// Seed corpus: family and given names as row/vowel bytes, the position
	// and row of the changed consonant.
	f.Add([]byte{0, 1, 2, 3}, []byte{4, 5}, uint8(0), uint8(1))
	f.Add([]byte{10, 20, 30}, []byte{7, 8, 9}, uint8(2), uint8(5))
	f.Add([]byte{1}, []byte{1}, uint8(0), uint8(3))
	f.Fuzz(func(t *testing.T, family, given []byte, at, row uint8) {
		if len(family) == 0 || len(given) == 0 || len(family) > 8 || len(given) > 8 {
			return
		}
		build := func(b []byte, change int, newRow int) string {
			var sb strings.Builder
			for i, x := range b {
				r, v := int(x/5)%len(safeRows), int(x%5)
				if i == change {
					r = newRow
				}
				sb.WriteString(safeRows[r][v])
			}
			return sb.String()
		}
		kana := build(family, -1, 0) + " " + build(given, -1, 0)
		card, err := CardName(kana)
		if err != nil {
			t.Fatalf("CardName(%q): %v", kana, err)
		}
		if m, err := MatchName(card, kana); err != nil || m.Kind != Exact {
			t.Fatalf("MatchName(CardName(%q) = %q) = %v, want exact", kana, card, m)
		}
		pos := int(at) % len(family)
		oldRow := int(family[pos]/5) % len(safeRows)
		newRow := (oldRow + 1 + int(row)%(len(safeRows)-1)) % len(safeRows)
		other := build(family, pos, newRow) + " " + build(given, -1, 0)
		if m, _ := MatchName(card, other); m.OK() {
			t.Fatalf("MatchName(%q, %q) = %v, want no match (card is for %q)", card, other, m, kana)
		}
	})
}

// FuzzParseNameEnums: parseMatchKind, parseNameRule and parseNameProfile
// never panic; an error is an *Error naming its field, with the zero value;
// a parsed value is valid and reads back from its token (in upper case
// too) and its Japanese label, and its text form.
func FuzzParseNameEnums(f *testing.F) {
	for _, s := range []string{
		"exact", "VARIANT", "表記ゆれ", "oh-long-vowel", "OH の長音", "Kunrei TU", "ｓｔｒｉｃｔ", "厳格",
		"", "\xff", "passport-hepburn", "MatchKind(9)", strings.Repeat("a", 65),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(name string, ok bool, err error, zero bool, field string, again func() []string, parse func(string) (string, error), self string) {
			var e *Error
			switch {
			case err != nil && (!zero || !errors.As(err, &e) || e.Field != field):
				t.Fatalf("%s(%q): error %v, zero %t", name, s, err, zero)
			case err == nil && !ok:
				t.Fatalf("%s(%q) gave an invalid value", name, s)
			case err == nil:
				for _, in := range again() {
					if back, err := parse(in); err != nil || back != self {
						t.Fatalf("%s(%q) = %s, then %s(%q) = %s, %v", name, s, self, name, in, back, err)
					}
				}
			}
		}
		k, err := parseMatchKind(s)
		check("MatchKind.UnmarshalText", k.IsValid(), err, k == 0, "matchKind",
			func() []string { return []string{k.String(), strings.ToUpper(k.String()), k.Label(language.Japanese)} },
			func(in string) (string, error) { v, err := parseMatchKind(in); return v.String(), err }, k.String())
		r, err := parseNameRule(s)
		check("NameRule.UnmarshalText", r.IsValid(), err, r == 0, "nameRule",
			func() []string { return []string{r.String(), strings.ToUpper(r.String()), r.Label(language.Japanese)} },
			func(in string) (string, error) { v, err := parseNameRule(in); return v.String(), err }, r.String())
		p, err := parseNameProfile(s)
		check("NameProfile.UnmarshalText", p.IsValid(), err, p == 0, "nameProfile",
			func() []string { return []string{p.String(), strings.ToUpper(p.String()), p.Label(language.Japanese)} },
			func(in string) (string, error) { v, err := parseNameProfile(in); return v.String(), err }, p.String())
	})
}
