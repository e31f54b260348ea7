package romaji

import (
	"strings"
	"testing"
)

func TestNormalizeCard(t *testing.T) {
	// C3: the card name is normalised before it is judged.
	tests := []struct {
		name, in, want string
		len            int
	}{
		{"C3/upper", "YAMADA TARO", "YAMADA TARO", 11},
		{"C3/lower", "yamada taro", "YAMADA TARO", 11},
		{"C3/mixed-case", "Satou Yuuko", "SATOU YUUKO", 11},
		{"C3/full-width", "ＹＡＭＡＤＡ　ＴＡＲＯ", "YAMADA TARO", 11},
		{"C3/track-slash", "YAMADA/TARO", "YAMADA TARO", 11},
		{"C3/comma", "YAMADA, TARO", "YAMADA TARO", 11},
		{"C3/dot", "YAMADA.TARO", "YAMADA TARO", 11},
		{"C3/hyphen", "YAMADA-TARO", "YAMADA TARO", 11},
		{"C3/repeated-separators", "  YAMADA ,/ TARO  ", "YAMADA TARO", 11},
		{"C3/macron", "SATŌ YŪKO", "SATO^ YU^KO", 9},
		{"C3/circumflex", "SATÔ YÛKO", "SATO^ YU^KO", 9},
		{"C3/combining-macron", "SATO\u0304", "SATO^", 4},
		{"C3/lower-macron", "satō", "SATO^", 4},
		{"C3/acute-dropped", "RENÉ", "RENE", 4},
		{"C3/apostrophe", "SHIN'YA", "SHIN'YA", 7},
		{"C3/right-quote", "SHIN’YA", "SHIN'YA", 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, p := NormalizeCard(tt.in)
			if p.Fault != NoFault {
				t.Fatalf("NormalizeCard(%q) fault %v at %d", tt.in, p.Fault, p.Pos)
			}
			if got := string(c.b[:c.n]); got != tt.want {
				t.Errorf("NormalizeCard(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if c.Len() != tt.len {
				t.Errorf("NormalizeCard(%q).Len() = %d, want %d", tt.in, c.Len(), tt.len)
			}
			again, _ := NormalizeCard(c.String())
			if again != c {
				t.Errorf("NormalizeCard(%q).String() = %q does not normalise back", tt.in, c.String())
			}
		})
	}
}

func TestNormalizeCardFaults(t *testing.T) {
	// C3: kana or kanji in the card field, digits, symbols, over-long input.
	tests := []struct {
		name string
		in   string
		want Problem
	}{
		{"C3/empty", "", Problem{Empty, 0}},
		{"C3/separators-only", " / , ", Problem{Empty, 0}},
		{"C3/too-long", strings.Repeat("A", MaxCardRunes+1), Problem{TooLong, MaxCardRunes}},
		{"C3/too-long-bytes", strings.Repeat("Ａ", MaxCardRunes*2), Problem{TooLong, MaxCardRunes}},
		{"C3/katakana", "ヤマダ TARO", Problem{NotRomaji, 0}},
		{"C3/hiragana", "YAMADA たろう", Problem{NotRomaji, 7}},
		{"C3/half-width-kana", "ﾔﾏﾀﾞ", Problem{NotRomaji, 0}},
		{"C3/kanji", "山田 太郎", Problem{NotRomaji, 0}},
		{"C3/digit", "YAMADA TARO2", Problem{BadCharacter, 11}},
		{"C3/full-width-digit", "YAMADA ２", Problem{BadCharacter, 7}},
		{"C3/symbol", "YAMADA@TARO", Problem{BadCharacter, 6}},
		{"C3/non-latin-letter", "ØSTERGAARD", Problem{BadCharacter, 0}},
		{"C3/invalid-utf8", "YAMA\xffDA", Problem{BadCharacter, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, p := NormalizeCard(tt.in)
			if p != tt.want {
				t.Errorf("NormalizeCard(%q) = %+v, want %+v", tt.in, p, tt.want)
			}
		})
	}
}
