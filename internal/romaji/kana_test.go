package romaji

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestNormalizeKana(t *testing.T) {
	// C3: the holder's kana is normalised before it is judged.
	tests := []struct {
		name, in, want string
	}{
		{"C3/katakana", "ヤマダ タロウ", "ヤマダ タロウ"},
		{"C3/hiragana", "やまだ たろう", "ヤマダ タロウ"},
		{"C3/half-width", "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"},
		{"C3/half-width-handakuten", "ﾎﾝﾏ ｼﾝﾍﾟｲ", "ホンマ シンペイ"},
		{"C3/spacing-dakuten", "ヤマタ゛ タロウ", "ヤマダ タロウ"},
		{"C3/spacing-dakuten-hiragana", "やまた゛", "ヤマダ"},
		{"C3/spacing-handakuten", "シンヘ゜イ", "シンペイ"},
		{"C3/combining-dakuten", "ヤマタ\u3099", "ヤマダ"},
		{"C3/ideographic-space", "ヤマダ\u3000タロウ", "ヤマダ タロウ"},
		{"C3/repeated-spaces", "  ヤマダ \u3000 タロウ  ", "ヤマダ タロウ"},
		{"C3/middle-dot", "ジョン・スミス", "ジョン スミス"},
		{"C3/half-width-middle-dot", "ｼﾞｮﾝ･ｽﾐｽ", "ジョン スミス"},
		{"C3/long-mark", "ジョージ", "ジョージ"},
		{"C3/half-width-long-mark", "ｼﾞｮｰｼﾞ", "ジョージ"},
		{"C3/hyphen-as-long-mark", "ジョ-ジ", "ジョージ"},
		{"C3/minus-as-long-mark", "ジョ−ジ", "ジョージ"},
		{"C3/dash-as-long-mark", "ジョ―ジ", "ジョージ"},
		{"C3/full-width-hyphen", "ジョ－ジ", "ジョージ"},
		{"C3/small-ke", "ヶ", "ケ"},
		{"C3/iteration-mark", "サヽキ", "ササキ"},
		{"C3/voiced-iteration-mark", "いすゞ", "イスズ"},
		{"C3/no-space", "ヤマダタロウ", "ヤマダタロウ"},
		{"C3/mixed", "やまだ ﾀﾛｳ", "ヤマダ タロウ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, p := NormalizeKana(tt.in)
			if p.Fault != NoFault {
				t.Fatalf("NormalizeKana(%q) fault %v at %d, want %q", tt.in, p.Fault, p.Pos, tt.want)
			}
			if got := k.String(); got != tt.want {
				t.Errorf("NormalizeKana(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeKanaFaults(t *testing.T) {
	// C3: bad input is reported, with where, not guessed.
	long := ""
	for range MaxKanaRunes + 1 {
		long += "ア"
	}
	tests := []struct {
		name string
		in   string
		want Problem
	}{
		{"C3/empty", "", Problem{Empty, 0}},
		{"C3/only-spaces", " \u3000 ", Problem{Empty, 0}},
		{"C3/too-long-runes", long, Problem{TooLong, MaxKanaRunes}},
		{"C3/too-long-bytes", string(make([]byte, MaxKanaRunes*4+1)), Problem{TooLong, MaxKanaRunes}},
		{"C3/latin", "ヤマダ TARO", Problem{NotKana, 4}},
		{"C3/full-width-latin", "ヤマダ ＴＡＲＯ", Problem{NotKana, 4}},
		{"C3/kanji", "山田 タロウ", Problem{NotKana, 0}},
		{"C3/kanji-iteration", "ササ々", Problem{NotKana, 2}},
		{"C3/digit", "ヤマダ1", Problem{BadCharacter, 3}},
		{"C3/full-width-digit", "ヤマダ１", Problem{BadCharacter, 3}},
		{"C3/symbol", "ヤマダ!", Problem{BadCharacter, 3}},
		{"C3/invalid-utf8", "ヤマ\xffダ", Problem{BadCharacter, 2}},
		{"C3/leading-long-mark", "ーヤマ", Problem{BadCharacter, 0}},
		{"C3/long-mark-after-space", "ヤマ ータ", Problem{BadCharacter, 3}},
		{"C3/stray-dakuten", "ア゛", Problem{BadCharacter, 1}},
		{"C3/leading-iteration-mark", "ヽヤ", Problem{BadCharacter, 0}},
		{"C3/control", "ヤマ\x00ダ", Problem{BadCharacter, 2}},
		{"C3/final-sokuon", "ヤマッ", Problem{BadCharacter, 2}},
		{"C3/sokuon-before-space", "ヤッ タロウ", Problem{BadCharacter, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, p := NormalizeKana(tt.in)
			if p != tt.want {
				t.Errorf("NormalizeKana(%q) = %+v, want %+v", tt.in, p, tt.want)
			}
		})
	}
}

func TestKanaParts(t *testing.T) {
	for _, tt := range []struct {
		in    string
		parts int
	}{{"ヤマダ", 1}, {"ヤマダ タロウ", 2}, {"ジョン・ロナルド・スミス", 3}} {
		k, _ := NormalizeKana(tt.in)
		if got := k.Parts(); got != tt.parts {
			t.Errorf("NormalizeKana(%q).Parts() = %d, want %d", tt.in, got, tt.parts)
		}
	}
}

func TestNormalizeKanaAgreesWithNFKC(t *testing.T) {
	// The rune-by-rune fold (x/text/width and the sound-mark table) gives
	// what NFKC gives.
	for _, s := range []string{
		"ﾔﾏﾀﾞ ﾀﾛｳ", "ｶﾞｷﾞｸﾞｹﾞｺﾞ", "ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", "ﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞ", "ｳﾞｧｲｵﾘﾝ", "ﾜﾞ", "ｦﾞ", "ｻﾞｼﾞｽﾞｾﾞｿﾞ", "ﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞ",
		"カ゛キ゛", "ハ゜", "か゛", "ウ゛", "ワ゛", "ｱﾞ", "ﾝﾞ", "ﾞ", "ｰｱ", "ｱｰ", "ﾔﾏﾀﾞ･ﾀﾛｳ", "ｯﾀ", "ｨ",
	} {
		k, p := NormalizeKana(s)
		rk, rp := referenceKana(s)
		if k != rk || p.Fault != rp.Fault {
			t.Errorf("NormalizeKana(%q) = %q, %v; NFKC reference = %q, %v", s, k.String(), p.Fault, rk.String(), rp.Fault)
		}
	}
}

func TestSoundMarksAgreeWithNFC(t *testing.T) {
	// The sound-mark table joins exactly the pairs Unicode composes.
	for r := rune(0x30A1); r <= 0x30FA; r++ {
		for _, m := range []struct {
			mark rune
			fn   func(rune) (rune, bool)
		}{{'\u3099', voiced}, {'\u309A', semivoiced}} {
			want := []rune(norm.NFC.String(string([]rune{r, m.mark})))
			got, ok := m.fn(r)
			if composes := len(want) == 1; ok != composes || ok && got != want[0] {
				t.Errorf("%c+%U = %c, %v; NFC gives %q", r, m.mark, got, ok, string(want))
			}
		}
	}
}

// TestSmallKana: isSmall's bit table holds exactly the small katakana that
// join the kana before them, ァィゥェォャュョヮ, and nothing outside the
// katakana block.
func TestSmallKana(t *testing.T) {
	small := "ァィゥェォャュョヮ"
	for r := rune(0); r < 0x10000; r++ {
		if got, want := isSmall(r), strings.ContainsRune(small, r); got != want {
			t.Errorf("isSmall(%q) = %v, want %v", r, got, want)
		}
	}
}
