package eligibility

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

type nameCase struct {
	name       string // rule ID / NameRule code / example
	card, kana string
	kind       MatchKind
	rules      []NameRule
}

func runNameCases(t *testing.T, p NameProfile, tests []nameCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Match(tt.card, tt.kana)
			want := NameMatch{Kind: tt.kind, Rules: tt.rules}
			if err != nil {
				t.Fatalf("%v.Match(%q, %q) error %v, want %v", p, tt.card, tt.kana, err, want)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%v.Match(%q, %q) = %v, want %v (-want +got)\n%s", p, tt.card, tt.kana, got, want, diff)
			}
		})
	}
}

// TestMatchNamePassport checks the examples that Japan's passport offices
// publish with their Hepburn table (C3, SPEC "Public facts").
func TestMatchNamePassport(t *testing.T) {
	tests := []nameCase{
		{"C3/ONO", "ONO", "オオノ", Exact, nil},
		{"C3/OHNO/oh-long-vowel", "OHNO", "オオノ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/ONO-short", "ONO", "オノ", Exact, nil},
		{"C3/OTA", "OTA", "オオタ", Exact, nil},
		{"C3/KOTA", "KOTA", "コウタ", Exact, nil},
		{"C3/KONO", "KONO", "コウノ", Exact, nil},
		{"C3/KOHNO/oh-long-vowel", "KOHNO", "コウノ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/ITO", "ITO", "イトウ", Exact, nil},
		{"C3/ITOH/oh-long-vowel", "ITOH", "イトウ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/KATO", "KATO", "カトウ", Exact, nil},
		{"C3/YUKO", "YUKO", "ユウコ", Exact, nil},
		{"C3/YOKO", "YOKO", "ヨウコ", Exact, nil},
		{"C3/YUKI", "YUKI", "ユウキ", Exact, nil},
		{"C3/SHUJI", "SHUJI", "シュウジ", Exact, nil},
		{"C3/HYUGA", "HYUGA", "ヒュウガ", Exact, nil},
		{"C3/URYU", "URYU", "ウリュウ", Exact, nil},
		{"C3/NAMBA", "NAMBA", "ナンバ", Exact, nil},
		{"C3/HOMMA", "HOMMA", "ホンマ", Exact, nil},
		{"C3/SAMPEI", "SAMPEI", "サンペイ", Exact, nil},
		{"C3/SHIMBASHI", "SHIMBASHI", "シンバシ", Exact, nil},
		{"C3/SANSHI", "SANSHI", "サンシ", Exact, nil},
		{"C3/HOTCHI", "HOTCHI", "ホッチ", Exact, nil},
		{"C3/HATCHO", "HATCHO", "ハッチョウ", Exact, nil},
		{"C3/HATTORI", "HATTORI", "ハットリ", Exact, nil},
		{"C3/KIKKAWA", "KIKKAWA", "キッカワ", Exact, nil},
		{"C3/SENOO", "SENOO", "セノオ", Exact, nil},
		{"C3/SENOH/oh-long-vowel", "SENOH", "セノオ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/TAKATOO", "TAKATOO", "タカトオ", Exact, nil},
		{"C3/YOKOO", "YOKOO", "ヨコオ", Exact, nil},
		{"C3/MISONO", "MISONO", "ミソノウ", Exact, nil},
		{"C3/MISONOO", "MISONOO", "ミソノオ", Exact, nil},
		{"C3/AO", "AO", "アオウ", Exact, nil},
		{"C3/AOO", "AOO", "アオオ", Exact, nil},
		{"C3/KORI", "KORI", "コオリ", Exact, nil},
		{"C3/KOHRI/oh-long-vowel", "KOHRI", "コオリ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/NISHIKIKORI", "NISHIKIKORI", "ニシキコオリ", Exact, nil},
		{"C3/IO", "IO", "イオウ", Exact, nil},
		{"C3/NIINA", "NIINA", "ニイナ", Exact, nil},
		{"C3/KEIKO", "KEIKO", "ケイコ", Exact, nil},
		{"C3/KANNO", "KANNO", "カンノ", Exact, nil},
		{"C3/KANNOO", "KANNOO", "カンノオ", Exact, nil},
		{"C3/SHINYA", "SHINYA", "シンヤ", Exact, nil},
		{"C3/FUNIU", "FUNIU", "フニウ", Exact, nil},
		{"C3/FUNYU", "FUNYU", "フニュウ", Exact, nil},
		{"C3/URIU", "URIU", "ウリウ", Exact, nil},
		{"C3/SHIROZU", "SHIROZU", "シロウズ", Exact, nil},
		{"C3/MINEU", "MINEU", "ミネウ", Exact, nil},
		{"C3/SHIU", "SHIU", "シウ", Exact, nil},
		{"C3/INOUE", "INOUE", "イノウエ", Exact, nil},
		{"C3/OUCHI", "OUCHI", "オオウチ", Exact, nil},
		// After a syllable in U the ウ starts the next kanji's reading in
		// most names (JMnedict, nameWordBoundary): MATSUURA is exact.
		{"C3/MATSUURA", "MATSUURA", "マツウラ", Exact, nil},
		{"C3/MATSURA/word-boundary", "MATSURA", "マツウラ", Variant, []NameRule{nameWordBoundary}},
		{"C3/FUKA/word-boundary", "FUKA", "フウカ", Variant, []NameRule{nameWordBoundary}},
		{"C3/KOUCHIWA/word-boundary", "KOUCHIWA", "コウチワ", Variant, []NameRule{nameWordBoundary}},
		{"C3/TEI", "TEINA", "ティナ", Exact, nil},
		{"C3/FUA", "FUAMI", "ファミ", Exact, nil},
		{"C3/JIE", "JIENI", "ジェニ", Exact, nil},
		{"C3/CHIE", "CHIERU", "チェル", Exact, nil},
		{"C3/DEYU", "DEYUKU", "デュク", Exact, nil},
		{"C3/TSUE", "TSUERU", "ツェル", Exact, nil},
		{"C3/IE", "IERI", "イェリ", Exact, nil},
		{"C3/BUA", "BUAIORIN", "ヴァイオリン", Exact, nil},
		{"C3/BA", "BAIORIN", "ヴァイオリン", Exact, nil},
		{"C3/BU", "BUIKUTORU", "ヴィクトル", Exact, nil},
		{"C3/BI", "BIKUTORU", "ヴィクトル", Exact, nil},
		{"C3/JOJI", "JOJI", "ジョージ", Exact, nil},
		// More of the passport offices' published list, OH forms in
		// brackets there (C3, SPEC "Public facts").
		{"C3/MISONOH/oh-long-vowel", "MISONOH", "ミソノウ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/GOSHONOO", "GOSHONOO", "ゴショノオ", Exact, nil},
		{"C3/HONOO", "HONOO", "ホノオ", Exact, nil},
		{"C3/HONO", "HONO", "ホノウ", Exact, nil},
		{"C3/KANO", "KANO", "カノウ", Exact, nil},
		{"C3/TSUTOO", "TSUTOO", "ツトオ", Exact, nil},
		{"C3/TSUTO", "TSUTO", "ツトウ", Exact, nil},
		{"C3/INOO", "INOO", "イノオ", Exact, nil},
		{"C3/INOH/oh-long-vowel", "INOH", "イノウ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/MINEO", "MINEO", "ミネオ", Exact, nil},
		{"C3/GAMO", "GAMO", "ガモウ", Exact, nil},
		{"C3/SUGO", "SUGO", "スゴウ", Exact, nil},
		{"C3/SUGOO", "SUGOO", "スゴオ", Exact, nil},
		{"C3/MITOKA", "MITOKA", "ミトウカ", Exact, nil},
		{"C3/MITOHKA/oh-long-vowel", "MITOHKA", "ミトウカ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/SHIROHZU/oh-long-vowel", "SHIROHZU", "シロウズ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/NISHIKIKOHRI/oh-long-vowel", "NISHIKIKOHRI", "ニシキコオリ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/AOH/oh-long-vowel", "AOH", "アオウ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/IOH/oh-long-vowel", "IOH", "イオウ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/TOYAMA", "TOYAMA", "トオヤマ", Exact, nil},
		{"C3/TOHYAMA/oh-long-vowel", "TOHYAMA", "トオヤマ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/OHSHIMA/oh-long-vowel", "OHSHIMA", "オオシマ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/OTANI", "OTANI", "オオタニ", Exact, nil},
		{"C3/SAITO", "SAITO", "サイトウ", Exact, nil},
		{"C3/YUKA", "YUKA", "ユウカ", Exact, nil},
		{"C3/SHOICHI", "SHOICHI", "ショウイチ", Exact, nil},
		{"C3/RYOTARO", "RYOTARO", "リョウタロウ", Exact, nil},
		{"C3/NINA", "NINA", "ニーナ", Exact, nil},
		{"C3/SARI", "SARI", "サリー", Exact, nil},
		{"C3/KANDA", "KANDA", "カンダ", Exact, nil},
		{"C3/TEPPEI", "TEPPEI", "テッペイ", Exact, nil},
		{"C3/NIHOMBASHI", "NIHOMBASHI", "ニホンバシ", Exact, nil},
		{"C3/TOTTORI", "TOTTORI", "トットリ", Exact, nil},
		{"C3/full-name", "YAMADA TARO", "ヤマダ タロウ", Exact, nil},
		{"C3/full-name-track-form", "YAMADA/TARO", "ヤマダ タロウ", Exact, nil},
		{"C3/no-space-kana", "YAMADA TARO", "ヤマダタロウ", Exact, nil},
		{"C3/cross-part-vowel", "SATO UTA", "サトウ ウタ", Exact, nil},
		{"C3/cross-part-o", "ONO OSAMU", "オオノ オサム", Exact, nil},
		{"C3/half-width-kana", "YAMADA TARO", "ﾔﾏﾀﾞ ﾀﾛｳ", Exact, nil},
		{"C3/hiragana", "YAMADA TARO", "やまだ たろう", Exact, nil},
		{"C3/full-width-card", "ＹＡＭＡＤＡ　ＴＡＲＯ", "ヤマダ　タロウ", Exact, nil},
		{"C3/lower-case-card", "yamada taro", "ヤマダ タロウ", Exact, nil},
	}
	runNameCases(t, Standard, tests)
	t.Run("Strict", func(t *testing.T) { runNameCases(t, Strict, tests) })
}

// nameVariantCases exercise each variant rule, named by its code (C3).
var nameVariantCases = []nameCase{
	{"C3/ou-long-vowel/SATOU", "SATOU", "サトウ", Variant, []NameRule{nameOULongVowel}},
	{"C3/ou-long-vowel/KATOU", "KATOU", "カトウ", Variant, []NameRule{nameOULongVowel}},
	{"C3/ou-long-vowel/long-mark", "JOUJI", "ジョージ", Variant, []NameRule{nameOULongVowel}},
	{"C3/word-boundary/KOUTA", "KOUTA", "コウタ", Variant, []NameRule{nameWordBoundary}},
	{"C3/oo-long-vowel/OONO", "OONO", "オオノ", Variant, []NameRule{nameOOLongVowel}},
	{"C3/u-before-e/KOE", "KOE", "コウエ", Variant, []NameRule{nameUBeforeE}},
	{"C3/u-before-e/SHOUEI", "SHOUEI", "ショウエイ", Variant, []NameRule{nameUBeforeE}},
	{"C3/uu-long-vowel/YUUKO", "YUUKO", "ユウコ", Variant, []NameRule{nameUULongVowel}},
	{"C3/uu-long-vowel/SHUUJI", "SHUUJI", "シュウジ", Variant, []NameRule{nameUULongVowel}},
	{"C3/ou+uu/Satou-Yuuko", "Satou Yuuko", "サトウ ユウコ", Variant, []NameRule{nameOULongVowel, nameUULongVowel}},
	{"C3/oh+exact/OHNO-YUKO", "OHNO YUKO", "オオノ ユウコ", Variant, []NameRule{nameOHLongVowel}},
	{"C3/doubled-vowel/SATOO", "SATOO", "サトウ", Variant, []NameRule{nameDoubledVowel}},
	{"C3/doubled-vowel/JOOJI", "JOOJI", "ジョージ", Variant, []NameRule{nameDoubledVowel}},
	{"C3/doubled-vowel/MARII", "MARII", "マリー", Variant, []NameRule{nameDoubledVowel}},
	{"C3/macron/SATŌ", "SATŌ", "サトウ", Variant, []NameRule{nameMacron}},
	{"C3/macron/YŪKO", "YŪKO", "ユウコ", Variant, []NameRule{nameMacron}},
	{"C3/macron/circumflex", "SATÔ YÛKO", "サトウ ユウコ", Variant, []NameRule{nameMacron}},
	{"C3/macron/ŌNO", "ŌNO", "オオノ", Variant, []NameRule{nameMacron}},
	{"C3/macron/SENŌ", "SENŌ", "セノオ", Variant, []NameRule{nameMacron}},
	{"C3/macron/JŌJI", "JŌJI", "ジョージ", Variant, []NameRule{nameMacron}},
	{"C3/n-before-bmp/NANBA", "NANBA", "ナンバ", Variant, []NameRule{nameNBeforeBMP}},
	{"C3/n-before-bmp/HONMA", "HONMA", "ホンマ", Variant, []NameRule{nameNBeforeBMP}},
	{"C3/n-before-bmp/SANPEI", "SANPEI", "サンペイ", Variant, []NameRule{nameNBeforeBMP}},
	{"C3/cch/HOCCHI", "HOCCHI", "ホッチ", Variant, []NameRule{nameCCH}},
	{"C3/kunrei-si/SIMIZU", "SIMIZU", "シミズ", Variant, []NameRule{nameKunreiSI}},
	{"C3/kunrei-ti/TIBA", "TIBA", "チバ", Variant, []NameRule{nameKunreiTI}},
	{"C3/kunrei-ti/HOTTI", "HOTTI", "ホッチ", Variant, []NameRule{nameKunreiTI}},
	{"C3/kunrei-tu/MATUMOTO", "MATUMOTO", "マツモト", Variant, []NameRule{nameKunreiTU}},
	{"C3/kunrei-hu/HUKUDA", "HUKUDA", "フクダ", Variant, []NameRule{nameKunreiHU}},
	{"C3/kunrei-zi/KAZIWARA", "KAZIWARA", "カジワラ", Variant, []NameRule{nameKunreiZI}},
	{"C3/kunrei-sy/SYUNSUKE", "SYUNSUKE", "シュンスケ", Variant, []NameRule{nameKunreiSY}},
	{"C3/kunrei-ty/TYAKO", "TYAKO", "チャコ", Variant, []NameRule{nameKunreiTY}},
	{"C3/kunrei-zy/ZYUNKO", "ZYUNKO", "ジュンコ", Variant, []NameRule{nameKunreiZY}},
	{"C3/kunrei/SATOU-SYUNSUKE", "SATOU SYUNSUKE", "サトウ シュンスケ", Variant, []NameRule{nameOULongVowel, nameKunreiSY}},
	{"C3/nihon-di/CHIDIWA", "CHIDIWA", "チヂワ", Variant, []NameRule{nameNihonDI}},
	{"C3/nihon-du/TSUDUKI", "TSUDUKI", "ツヅキ", Variant, []NameRule{nameNihonDU}},
	{"C3/nihon-wo/WO", "KAWORU", "カヲル", Variant, []NameRule{nameNihonWO}},
	{"C3/wapuro-nn/SHINNYA", "SHINNYA", "シンヤ", Variant, []NameRule{nameWapuroNN}},
	{"C3/wapuro-nn/KANNNO", "KANNNO", "カンノ", Variant, []NameRule{nameWapuroNN}},
	{"C3/wapuro-nn/NANNBA", "NANNBA", "ナンバ", Variant, []NameRule{nameWapuroNN}},
	{"C3/n-apostrophe/SHIN'YA", "SHIN'YA", "シンヤ", Variant, []NameRule{nameNApostrophe}},
	{"C3/wapuro-jy/JYUNKO", "JYUNKO", "ジュンコ", Variant, []NameRule{nameWapuroJY}},
	{"C3/wapuro-cy/CYAKO", "CYAKO", "チャコ", Variant, []NameRule{nameWapuroCY}},
	{"C3/v-sound/VIKUTORU", "VIKUTORU", "ヴィクトル", Variant, []NameRule{nameVSound}},
	{"C3/v-sound/VAIORIN", "VAIORIN", "ヴァイオリン", Variant, []NameRule{nameVSound}},
	{"C3/foreign-sound/TINA", "TINA", "ティナ", Variant, []NameRule{nameForeignSound}},
	{"C3/foreign-sound/FAMI", "FAMI", "ファミ", Variant, []NameRule{nameForeignSound}},
	{"C3/foreign-sound/JENI", "JENI", "ジェニ", Variant, []NameRule{nameForeignSound}},
	{"C3/foreign-sound/TSE", "TSERU", "ツェル", Variant, []NameRule{nameForeignSound}},
	{"C3/foreign-sound/YE", "YERI", "イェリ", Variant, []NameRule{nameForeignSound}},
	{"C3/foreign-sound/TYU", "TYURIPPU", "テュリップ", Variant, []NameRule{nameForeignSound}},
	{"C3/foreign-sound/FYU", "FYURI", "フュリ", Variant, []NameRule{nameForeignSound}},
	{"C3/order-swapped/TARO-YAMADA", "TARO YAMADA", "ヤマダ タロウ", Reordered, []NameRule{nameOrderSwapped}},
	{"C3/order-swapped/no-space-kana", "TARO YAMADA", "ヤマダタロウ", Reordered, []NameRule{nameOrderSwapped}},
	{"C3/order-swapped/with-variant", "Yuuko Satou", "サトウ ユウコ", Reordered, []NameRule{nameOULongVowel, nameUULongVowel, nameOrderSwapped}},
	{"C3/order-swapped/track-form", "TARO/YAMADA", "ヤマダ タロウ", Reordered, []NameRule{nameOrderSwapped}},
	{"C3/truncated", "HIGASHIKUNINOMIYA TOSHIHIK", "ヒガシクニノミヤ トシヒコ", Truncated, []NameRule{nameTruncated}},
	{"C3/truncated/mid-syllable", "HIGASHIKUNINOMIYA TOSHIHI", "ヒガシクニノミヤ トシヒコ", Mismatch, nil},
	{"C3/truncated/given-first", "TOSHIHIKO HIGASHIKUNINOMIY", "ヒガシクニノミヤ トシヒコ", Truncated, []NameRule{nameOrderSwapped, nameTruncated}},
	{"C3/truncated/complete-26", "HIGASHIKUNINOMIYA NARUHIKO", "ヒガシクニノミヤ ナルヒコ", Exact, nil},
	{"C3/nihon-dy/MIDYA", "MIDYA", "ミヂャ", Variant, []NameRule{nameNihonDY}},
	{"C3/nihon-wi-we/WI", "WIDA", "ヰダ", Variant, []NameRule{nameNihonWIWE}},
	{"C3/nihon-wi-we/WE", "SAWEKO", "サヱコ", Variant, []NameRule{nameNihonWIWE}},
	{"C3/macron/long-mark-a", "MARĪ", "マリー", Variant, []NameRule{nameMacron}},
	{"C3/oh-long-vowel/long-mark", "JOHJI", "ジョージ", Variant, []NameRule{nameOHLongVowel}},
}

// TestMatchNameVariants checks each variant rule by its code (C3).
func TestMatchNameVariants(t *testing.T) {
	runNameCases(t, Standard, nameVariantCases)
}

// TestEveryNameRuleTested: every rule has a row of its own in
// nameVariantCases, named by its code.
func TestEveryNameRuleTested(t *testing.T) {
	for r := NameRule(1); r < numNameRules; r++ {
		found := false
		for _, c := range nameVariantCases {
			if strings.Contains(c.name, "/"+r.String()+"/") || strings.HasSuffix(c.name, "/"+r.String()) {
				found = found || slices.Contains(c.rules, r)
			}
		}
		if !found {
			t.Errorf("rule %s has no test row in nameVariantCases", r)
		}
	}
}

// TestMatchNameDifferentPeople: different people never match (C1, C3).
func TestMatchNameDifferentPeople(t *testing.T) {
	tests := []nameCase{
		{"C1/other-given-name", "YAMADA TARO", "ヤマダ ハナコ", Mismatch, nil},
		{"C1/other-family-name", "YAMADA TARO", "ヤマモト タロウ", Mismatch, nil},
		{"C3/SATO-SAITO", "SATO", "サイトウ", Mismatch, nil},
		{"C3/ONO-ONODERA", "ONO", "オノデラ", Mismatch, nil},
		{"C3/former-family-name", "SUZUKI HANAKO", "タナカ ハナコ", Mismatch, nil},
		{"C3/former-family-name-swapped", "HANAKO SUZUKI", "タナカ ハナコ", Mismatch, nil},
		{"C3/SENO-SENOO", "SENO", "セノオ", Mismatch, nil},
		{"C3/NINA-NIINA", "NINA", "ニイナ", Mismatch, nil},
		{"C3/KANO-KANNO", "KANO", "カンノ", Mismatch, nil},
		{"C3/OHNO-ONO", "OHNO", "オノ", Mismatch, nil},
		{"C3/macron-on-short-vowel", "SATŌ", "サト", Mismatch, nil},
		{"C3/family-name-only", "YAMADA", "ヤマダ タロウ", Mismatch, nil},
		{"C3/given-name-only", "TARO", "ヤマダ タロウ", Mismatch, nil},
		{"C3/extra-token", "YAMADA TARO JIRO", "ヤマダ タロウ", Mismatch, nil},
		{"C3/no-space-card", "YAMADATARO", "ヤマダ タロウ", Mismatch, nil},
		{"C3/long-vowel-across-parts", "SAT OUTA", "サトウ ウタ", Mismatch, nil},
		{"C3/short-card-not-truncated", "YAMADA TAR", "ヤマダ タロウ", Mismatch, nil},
		{"C3/initial", "T YAMADA", "ヤマダ タロウ", Mismatch, nil},
		{"C3/M-not-before-bmp", "HOMDA", "ホンダ", Mismatch, nil},
		{"C3/apostrophe-elsewhere", "YAMA'DA", "ヤマダ", Mismatch, nil},
		// Chains of variant rules that could make another name: each rule
		// needs the kana it stands for.
		{"C3/oo-needs-long-o", "OOHARA", "オハラ", Mismatch, nil},
		{"C3/oh-needs-long-o", "OHTA", "オタ", Mismatch, nil},
		{"C3/oh-is-not-ho", "KOHNO", "コホノ", Mismatch, nil},
		{"C3/oh-is-not-ho-final", "SATOH", "サトホ", Mismatch, nil},
		{"C3/oh-once", "OHHTA", "オオタ", Mismatch, nil},
		{"C3/oh-needs-long-o-final", "ITOH", "イト", Mismatch, nil},
		{"C3/ou-needs-u", "KOUTA", "コオタ", Mismatch, nil},
		{"C3/ou-needs-u-final", "GOTOU", "ゴト", Mismatch, nil},
		{"C3/uu-needs-u", "YUUKO", "ユコ", Mismatch, nil},
		{"C3/macron-needs-long", "YŪKO", "ユコ", Mismatch, nil},
		{"C3/doubled-needs-long-mark", "MARII", "マリ", Mismatch, nil},
		{"C3/tch-needs-sokuon", "HOTCHI", "ホチ", Mismatch, nil},
		{"C3/sokuon-needs-double", "HOCHI", "ホッチ", Mismatch, nil},
		{"C3/tch-once", "HOTTCHI", "ホッチ", Mismatch, nil},
		{"C3/nn-needs-n", "SHINNYA", "シニャ", Mismatch, nil},
		{"C3/n-apostrophe-needs-n", "SHIN'YA", "シニャ", Mismatch, nil},
		{"C3/m-needs-n", "HOMMA", "ホマ", Mismatch, nil},
		{"C3/yoon-is-not-ki-yo", "KYOKO", "キヨコ", Mismatch, nil},
		{"C3/jy-is-not-ji", "JYUN", "ジン", Mismatch, nil},
		{"C3/zy-is-not-zu", "ZYUN", "ズン", Mismatch, nil},
		{"C3/ty-is-not-te", "TYA", "テャ", Mismatch, nil},
		{"C3/uu-after-yoon-needs-u", "RYUUJI", "リュジ", Mismatch, nil},
		{"C3/v-is-not-wa", "VA", "ワ", Mismatch, nil},
		{"C3/bua-is-not-ba", "BUA", "バ", Mismatch, nil},
		{"C3/fields-not-letters", "YAMA DATARO", "ヤマダ タロウ", Mismatch, nil},
		{"C3/fields-not-letters-kana", "YAMADA TARO", "ヤマ ダタロウ", Mismatch, nil},
	}
	runNameCases(t, Standard, tests)
	t.Run("Strict", func(t *testing.T) { runNameCases(t, Strict, tests) })
}

// TestMatchNameAmbiguous records names that one romanisation cannot tell
// apart (C3): passport Hepburn itself does not write long vowels, so KATO
// is カトウ and カト, OHARA オオハラ and オハラ; and the keyboard habit NN
// makes KANNO, the passport form of カンノ, also a spelling of カンオ. The
// first are Exact, as the passport gives no other form; the second is only
// a Variant, which Strict rejects.
func TestMatchNameAmbiguous(t *testing.T) {
	tests := []nameCase{
		{"C3/KATO-long", "KATO", "カトウ", Exact, nil},
		{"C3/KATO-short", "KATO", "カト", Exact, nil},
		{"C3/OHARA-long", "OHARA", "オオハラ", Exact, nil},
		{"C3/OHARA-short", "OHARA", "オハラ", Exact, nil},
		{"C3/wapuro-nn/KANNO", "KANNO", "カンオ", Variant, []NameRule{nameWapuroNN}},
		{"C3/wapuro-nn/KENNICHI", "KENNICHI", "ケンイチ", Variant, []NameRule{nameWapuroNN}},
	}
	runNameCases(t, Standard, tests)
	t.Run("Strict", func(t *testing.T) {
		runNameCases(t, Strict, []nameCase{
			{"C3/KATO-long", "KATO", "カトウ", Exact, nil},
			{"C3/wapuro-nn/KANNO", "KANNO", "カンオ", Mismatch, nil},
		})
	})
}

// TestMatchNameUBeforeE: an ウ before エ after O or U is a long vowel when
// the two are one reading (唱栄 ショウエイ SHOEI, 香江 コウエ KOE, 優栄
// ユウエイ YUEI) and not across kanji (井上 イノウエ INOUE); kana alone
// cannot tell, so both spellings match in both profiles, the less common
// one, as measured on JMnedict (testdata/jmnedict_sample.txt's header), a
// variant (C3, SPEC "Public facts").
func TestMatchNameUBeforeE(t *testing.T) {
	tests := []nameCase{
		{"C3/u-before-e/SHOEI", "SHOEI", "ショウエイ", Exact, nil},
		{"C3/u-before-e/SHOUEI", "SHOUEI", "ショウエイ", Variant, []NameRule{nameUBeforeE}},
		{"C3/u-before-e/SHOHEI", "SHOHEI", "ショウエイ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/u-before-e/YUEI", "YUEI", "ユウエイ", Exact, nil},
		{"C3/u-before-e/YUUEI", "YUUEI", "ユウエイ", Variant, []NameRule{nameUBeforeE}},
		{"C3/u-before-e/KOUE", "KOUE", "コウエ", Exact, nil},
		{"C3/u-before-e/KOE", "KOE", "コウエ", Variant, []NameRule{nameUBeforeE}},
		{"C3/u-before-e/INOUE", "INOUE", "イノウエ", Exact, nil},
		{"C3/u-before-e/INOE", "INOE", "イノウエ", Variant, []NameRule{nameUBeforeE}},
		{"C3/u-before-e/INOUE-TARO", "INOUE TARO", "イノウエタロウ", Exact, nil},
		{"C3/u-before-e/INOE-TARO", "INOE TARO", "イノウエタロウ", Variant, []NameRule{nameUBeforeE}},
		{"C3/u-before-e/INOE-not-INE", "INE", "イノウエ", Mismatch, nil},
	}
	runNameCases(t, Standard, tests)
	t.Run("Strict", func(t *testing.T) { runNameCases(t, Strict, tests) })
}

// TestMatchNameStrict: the Strict profile accepts passport Hepburn only,
// with the long-vowel spellings passport offices allow on request (C3).
func TestMatchNameStrict(t *testing.T) {
	runNameCases(t, Strict, []nameCase{
		{"C3/strict/exact", "YAMADA TARO", "ヤマダ タロウ", Exact, nil},
		{"C3/strict/oh-long-vowel", "OHNO YUKO", "オオノ ユウコ", Variant, []NameRule{nameOHLongVowel}},
		{"C3/strict/word-boundary", "MATSURA", "マツウラ", Variant, []NameRule{nameWordBoundary}},
		{"C3/strict/order-swapped", "TARO YAMADA", "ヤマダ タロウ", Reordered, []NameRule{nameOrderSwapped}},
		{"C3/strict/truncated", "HIGASHIKUNINOMIYA TOSHIHIK", "ヒガシクニノミヤ トシヒコ", Truncated, []NameRule{nameTruncated}},
		// The decision documented on Strict: an ウ written out after a plain
		// syllable may be a word boundary in the kanji (passport spelling)
		// or a long vowel (not); Strict accepts it as a variant, never as
		// exact. Written out at a part's end or after ユ, ヨ or a yōon it
		// can only be a long vowel, which Strict rejects.
		{"C3/strict/word-boundary/KOUCHIWA", "KOUCHIWA", "コウチワ", Variant, []NameRule{nameWordBoundary}},
		{"C3/strict/word-boundary/KOUTA", "KOUTA", "コウタ", Variant, []NameRule{nameWordBoundary}},
		{"C3/strict/word-boundary/KOUSUKE", "KOUSUKE", "コウスケ", Variant, []NameRule{nameWordBoundary}},
		{"C3/strict/word-boundary/with-oh", "OHNO KOUTA", "オオノ コウタ", Variant, []NameRule{nameOHLongVowel, nameWordBoundary}},
		// The long-vowel spellings passport offices allow on request (OH,
		// OO, OU: https://www.sf.us.emb-japan.go.jp/itpr_ja/m03_01_13.html,
		// https://www.pref.miyagi.jp/site/passport/kinyuurei.html), each a
		// variant naming its rule; UU is not among them.
		{"C3/strict/ou-long-vowel/final", "KATOU", "カトウ", Variant, []NameRule{nameOULongVowel}},
		{"C3/strict/ou-long-vowel/after-yo", "YOUKO", "ヨウコ", Variant, []NameRule{nameOULongVowel}},
		{"C3/strict/ou-long-vowel/after-yoon", "SHOUTA", "ショウタ", Variant, []NameRule{nameOULongVowel}},
		{"C3/strict/ou-long-vowel/after-vowel", "OUMI", "オウミ", Variant, []NameRule{nameOULongVowel}},
		{"C3/strict/ou-long-vowel", "SATOU", "サトウ", Variant, []NameRule{nameOULongVowel}},
		{"C3/strict/oo-long-vowel", "OONO", "オオノ", Variant, []NameRule{nameOOLongVowel}},
		{"C3/strict/oo-long-vowel/TOOYAMA", "TOOYAMA", "トオヤマ", Variant, []NameRule{nameOOLongVowel}},
		{"C3/strict/uu-long-vowel/after-yu", "YUUKI", "ユウキ", Mismatch, nil},
		{"C3/strict/uu-long-vowel", "YUUKO", "ユウコ", Mismatch, nil},
		{"C3/strict/doubled-vowel", "SATOO", "サトウ", Mismatch, nil},
		{"C3/strict/macron", "SATŌ", "サトウ", Mismatch, nil},
		{"C3/strict/n-before-bmp", "NANBA", "ナンバ", Mismatch, nil},
		{"C3/strict/cch", "HOCCHI", "ホッチ", Mismatch, nil},
		{"C3/strict/kunrei-tu", "MATUMOTO", "マツモト", Mismatch, nil},
		{"C3/strict/wapuro-nn", "SHINNYA", "シンヤ", Mismatch, nil},
		{"C3/strict/wapuro-jy", "JYUNKO", "ジュンコ", Mismatch, nil},
		{"C3/strict/v-sound", "VIKUTORU", "ヴィクトル", Mismatch, nil},
		{"C3/strict/foreign-sound", "TINA", "ティナ", Mismatch, nil},
	})
}

func TestMatchNameInvalid(t *testing.T) {
	// C3: bad input is reported as an error, not guessed.
	tests := []struct {
		name       string
		card, kana string
		err        error
		field      string
		pos        int
	}{
		{"C3/empty-card", "", "ヤマダ タロウ", ErrEmpty, "card.name", 0},
		{"C3/blank-card", " / ", "ヤマダ タロウ", ErrEmpty, "card.name", 0},
		{"C3/kanji-card", "山田 太郎", "ヤマダ タロウ", ErrSyntax, "card.name", 1},
		{"C3/kana-card", "YAMADA タロウ", "ヤマダ タロウ", ErrSyntax, "card.name", 8},
		{"C3/digit-card", "YAMADA TARO2", "ヤマダ タロウ", ErrText, "card.name", 12},
		{"C3/symbol-card", "YAMADA&TARO", "ヤマダ タロウ", ErrText, "card.name", 7},
		{"C3/long-card", strings.Repeat("A", NameMaxCardRunes+1), "ヤマダ タロウ", ErrTooLong, "card.name", 0},
		{"C3/empty-kana", "YAMADA TARO", "", ErrEmpty, "holder.kana", 0},
		{"C3/latin-kana", "YAMADA TARO", "YAMADA TARO", ErrSyntax, "holder.kana", 1},
		{"C3/kanji-kana", "YAMADA TARO", "山田 太郎", ErrSyntax, "holder.kana", 1},
		{"C3/digit-kana", "YAMADA TARO", "ヤマダ タロウ2", ErrText, "holder.kana", 8},
		{"C3/long-kana", "YAMADA TARO", strings.Repeat("ア", NameMaxKanaRunes+1), ErrTooLong, "holder.kana", 0},
		{"C3/both-bad-card-first", "", "", ErrEmpty, "card.name", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range []NameProfile{Standard, Strict} {
				got, err := p.Match(tt.card, tt.kana)
				if got.Kind != Mismatch || got.OK() || got.Rules != nil {
					t.Errorf("%v.Match(%q, %q) = %v, want the zero match with an error", p, tt.card, tt.kana, got)
				}
				if !errors.Is(err, tt.err) {
					t.Errorf("%v.Match(%q, %q) error %v, want %v", p, tt.card, tt.kana, err, tt.err)
				}
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("%v.Match(%q, %q) error %T, want *Error", p, tt.card, tt.kana, err)
				}
				if e.Func != "NameProfile.Match" || e.Field != tt.field || e.Pos != tt.pos {
					t.Errorf("%v.Match(%q, %q) error = {%q %q %d}, want {NameProfile.Match %q %d}", p, tt.card, tt.kana, e.Func, e.Field, e.Pos, tt.field, tt.pos)
				}
			}
			_, err := MatchName(tt.card, tt.kana)
			var e *Error
			if !errors.As(err, &e) || e.Func != "MatchName" || !errors.Is(err, tt.err) {
				t.Errorf("MatchName(%q, %q) error %v, want an *Error from MatchName wrapping %v", tt.card, tt.kana, err, tt.err)
			}
		})
	}
}

func TestNameErrorText(t *testing.T) {
	// C3: the text and the message say what and where without echoing the
	// input.
	_, err := MatchName("YAMADA 4111111111111111", "ヤマダ")
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("MatchName(card with digits) error %v, want *Error", err)
	}
	for _, tt := range []struct{ got, want string }{
		{e.Error(), "eligibility: MatchName: card.name: card number in a name"},
		{e.Message(language.Japanese), "カード名義：カード番号のような数字の並びがあります（表示しないため受け付けません）"},
		{e.Message(language.English), "name on the card: holds what looks like a card number (refused, so that it is never shown)"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	// As Check judges a name: an invisible character first, then a card
	// number, whatever else the name holds.
	for _, tt := range []struct {
		card string
		want error
	}{
		{"たろう 4111111111111111", ErrCardNumber},
		{"TARO\u202e 4111111111111111", ErrText},
	} {
		if _, err := MatchName(tt.card, "ヤマダ タロウ"); !errors.Is(err, tt.want) {
			t.Errorf("MatchName(%q) error %v, want %v", tt.card, err, tt.want)
		}
		d := IIJmio().Check(Application{Method: CreditCard, Purpose: MonthlyCharges, Holder: Holder{Kana: "ヤマダ タロウ"},
			Card: Card{Name: tt.card}})
		want := map[error]string{ErrCardNumber: "card-number", ErrText: "text"}[tt.want]
		found := false
		for _, r := range d.Reasons {
			found = found || r.Field == "card.name" && r.Detail == want
		}
		if !found {
			t.Errorf("Check with card name %q: %v, want invalid-input %s on card.name", tt.card, d.Reasons, want)
		}
	}
	// A digit that is no card number: characters a name does not have.
	_, err = MatchName("YAMADA 4", "ヤマダ")
	if !errors.As(err, &e) || !errors.Is(err, ErrText) || e.Pos != 8 {
		t.Fatalf("MatchName(card with a digit) error %v, want ErrText at character 8", err)
	}
	for _, tt := range []struct{ got, want string }{
		{e.Error(), "eligibility: MatchName: card.name: invalid text at character 8"},
		{e.Message(language.Japanese), "カード名義：使えない文字（制御文字や見えない書式文字、不正な UTF-8 など）があります（8 文字目。名前に数字や記号は使えません）"},
		{e.Message(language.English), "name on the card: holds characters that are not allowed (such as control or invisible format characters, or bad UTF-8) (character 8; a name has no digits or symbols)"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestMatchNameKind(t *testing.T) {
	// OK exactly for the matching kinds.
	for _, tt := range []struct {
		card, kana string
	}{
		{"YAMADA TARO", "ヤマダ タロウ"}, {"TARO YAMADA", "ヤマダ タロウ"}, {"SATOU", "サトウ"},
		{"SATO", "サイトウ"},
	} {
		m, err := MatchName(tt.card, tt.kana)
		if err != nil {
			t.Fatalf("MatchName(%q, %q) error %v", tt.card, tt.kana, err)
		}
		ok := m.Kind == Exact || m.Kind == Variant || m.Kind == Reordered || m.Kind == Truncated
		if m.OK() != ok {
			t.Errorf("MatchName(%q, %q).OK() = %v, want %v", tt.card, tt.kana, m.OK(), ok)
		}
	}
}

func TestUnknownProfile(t *testing.T) {
	got, err := NameProfile(9).Match("YAMADA TARO", "ヤマダ タロウ")
	if got.OK() || got.Kind != Mismatch || !errors.Is(err, ErrUnknown) {
		t.Errorf("NameProfile(9).Match = %v, %v, want an ErrUnknown error", got, err)
	}
}

func TestCardName(t *testing.T) {
	// C3: the passport-Hepburn card name, to pre-fill a form.
	tests := []struct {
		name string
		opt  CardNameOptions
		kana string
		want string
	}{
		{"C3/basic", CardNameOptions{}, "ヤマダ タロウ", "YAMADA TARO"},
		{"C3/long-vowels", CardNameOptions{}, "オオノ ユウコ", "ONO YUKO"},
		{"C3/oh-long-vowel", CardNameOptions{OH: true}, "オオノ ユウコ", "OHNO YUKO"},
		{"C3/oh-final", CardNameOptions{OH: true}, "サトウ ケイコ", "SATOH KEIKO"},
		{"C3/oh-final-o", CardNameOptions{OH: true}, "セノオ", "SENOH"},
		{"C3/given-first", CardNameOptions{GivenFirst: true}, "ヤマダ タロウ", "TARO YAMADA"},
		{"C3/given-first-oh", CardNameOptions{OH: true, GivenFirst: true}, "イトウ ヨウコ", "YOHKO ITOH"},
		{"C3/hiragana-half-width", CardNameOptions{}, "やまだ　ﾀﾛｳ", "YAMADA TARO"},
		{"C3/final-o", CardNameOptions{}, "セノオ マサオ", "SENOO MASAO"},
		{"C3/m-before-bmp", CardNameOptions{}, "ホンマ サンペイ", "HOMMA SAMPEI"},
		{"C3/tch", CardNameOptions{}, "ホッチ ジュンイチ", "HOTCHI JUNICHI"},
		{"C3/sokuon", CardNameOptions{}, "ハットリ キョウコ", "HATTORI KYOKO"},
		{"C3/NIINA", CardNameOptions{}, "ニイナ シンヤ", "NIINA SHINYA"},
		{"C3/INOUE", CardNameOptions{}, "イノウエ シュウヘイ", "INOUE SHUHEI"},
		{"C3/word-boundary/MATSUURA", CardNameOptions{}, "マツウラ", "MATSUURA"},
		{"C3/word-boundary/KOTA", CardNameOptions{}, "コウタ", "KOTA"},
		{"C3/u-before-e/SHOEI", CardNameOptions{}, "ショウエイ", "SHOEI"},
		{"C3/u-before-e/YUEI", CardNameOptions{}, "ユウエイ", "YUEI"},
		{"C3/u-before-e/KOUE", CardNameOptions{}, "コウエ", "KOUE"},
		{"C3/foreign", CardNameOptions{}, "ヴァレンティーノ", "BUARENTEINO"},
		{"C3/wo", CardNameOptions{}, "カヲル", "KAORU"},
		{"C3/no-space", CardNameOptions{GivenFirst: true}, "ヤマダタロウ", "YAMADATARO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.opt.CardName(tt.kana)
			if err != nil || got != tt.want {
				t.Errorf("%+v.CardName(%q) = %q, %v, want %q", tt.opt, tt.kana, got, err, tt.want)
			}
			if tt.opt == (CardNameOptions{}) {
				if got2, _ := CardName(tt.kana); got2 != got {
					t.Errorf("CardName(%q) = %q, want %q", tt.kana, got2, got)
				}
			}
			// Round trip: the card name matches the kana it came from.
			want := Exact
			switch {
			case tt.opt.GivenFirst && strings.Contains(got, " "):
				want = Reordered
			case tt.opt.OH && got != mustCardName(t, tt.kana):
				want = Variant
			}
			if m, _ := Strict.Match(got, tt.kana); m.Kind != want {
				t.Errorf("Strict.Match(%q, %q) = %v, want %v", got, tt.kana, m, want)
			}
		})
	}
}

func mustCardName(t *testing.T, kana string) string {
	t.Helper()
	s, err := CardName(kana)
	if err != nil {
		t.Fatalf("CardName(%q): %v", kana, err)
	}
	return s
}

func TestCardNameErrors(t *testing.T) {
	for _, tt := range []struct {
		name, kana string
		err        error
	}{
		{"C3/empty", "", ErrEmpty},
		{"C3/kanji", "山田 太郎", ErrSyntax},
		{"C3/latin", "Yamada", ErrSyntax},
		{"C3/digit", "ヤマダ3", ErrText},
		{"C3/too-long", strings.Repeat("ア", 65), ErrTooLong},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CardName(tt.kana)
			if got != "" || !errors.Is(err, tt.err) {
				t.Errorf("CardName(%q) = %q, %v, want %v", tt.kana, got, err, tt.err)
			}
		})
	}
}

func TestNameRuleText(t *testing.T) {
	// Every rule is valid, has a unique stable token and a label in both
	// languages, and parses back from either.
	seen := map[string]bool{}
	for r := NameRule(1); r < numNameRules; r++ {
		code := r.String()
		if !r.IsValid() || code == "" || strings.HasPrefix(code, "NameRule(") || seen[code] {
			t.Errorf("NameRule(%d).String() = %q: invalid, empty or duplicate", r, code)
		}
		seen[code] = true
		ja, en := r.Label(language.Japanese), r.Label(language.English)
		mja, men := r.Message(language.Japanese), r.Message(language.English)
		if ja == "" || en == "" || ja == en || mja == "" || men == "" || mja == men {
			t.Errorf("NameRule(%s): Label %q / %q, Message %q / %q, want Japanese and English", code, ja, en, mja, men)
		}
		if r.Label(language.MustParse("ja-JP")) != ja || r.Message(language.MustParse("ja-JP")) != mja {
			t.Errorf("NameRule(%s) in ja-JP is not Japanese", code)
		}
		if r.Label(language.German) != en || r.Message(language.German) != men {
			t.Errorf("NameRule(%s) in de is not English", code)
		}
		for _, in := range []string{code, strings.ToUpper(code), ja} {
			if got, err := parseNameRule(in); err != nil || got != r {
				t.Errorf("parseNameRule(%q) = %v, %v, want %v", in, got, err, r)
			}
		}
	}
	for _, bad := range []NameRule{0, numNameRules, 255} {
		if bad.IsValid() || bad.Label(language.English) != "" || bad.Message(language.English) != "" {
			t.Errorf("NameRule(%d) is valid or has a label", bad)
		}
		if bad == 0 {
			// The zero NameRule is no rule: "" both ways
			// (docs/CONVENTIONS.md, "JSON").
			if b, err := bad.MarshalText(); err != nil || len(b) != 0 {
				t.Errorf("NameRule(0).MarshalText() = %q, %v, want \"\"", b, err)
			}
			if r := nameOHLongVowel; r.UnmarshalText(nil) != nil || r != 0 {
				t.Errorf("NameRule.UnmarshalText(\"\") = %v, want the zero NameRule", r)
			}
			continue
		}
		if _, err := bad.MarshalText(); !errors.Is(err, ErrUnknown) {
			t.Errorf("NameRule(%d).MarshalText() error %v, want ErrUnknown", bad, err)
		}
	}
	for _, tt := range []struct {
		r    NameRule
		code string
	}{{nameOHLongVowel, "oh-long-vowel"}, {nameKunreiTU, "kunrei-tu"}, {nameOrderSwapped, "order-swapped"}, {nameTruncated, "truncated"}} {
		if tt.r.String() != tt.code {
			t.Errorf("%d.String() = %q, want %q", tt.r, tt.r.String(), tt.code)
		}
	}
}

// TestNameEnums: MatchKind and NameProfile have the enumeration's whole
// set: valid values, labels in both languages, tokens and Japanese labels
// that parse back, and errors for the rest.
func TestNameEnums(t *testing.T) {
	for k := Mismatch; k < numMatchKinds; k++ {
		ja, en := k.Label(language.Japanese), k.Label(language.English)
		if !k.IsValid() || ja == "" || en == "" || ja == en {
			t.Errorf("MatchKind %v: valid %t, labels %q / %q", k, k.IsValid(), ja, en)
		}
		for _, in := range []string{k.String(), strings.ToUpper(k.String()), ja} {
			if got, err := parseMatchKind(in); err != nil || got != k {
				t.Errorf("parseMatchKind(%q) = %v, %v, want %v", in, got, err, k)
			}
		}
	}
	for p := Standard; p < numNameProfiles; p++ {
		ja, en := p.Label(language.Japanese), p.Label(language.English)
		if !p.IsValid() || ja == "" || en == "" || ja == en {
			t.Errorf("NameProfile %v: valid %t, labels %q / %q", p, p.IsValid(), ja, en)
		}
		for _, in := range []string{p.String(), strings.ToUpper(p.String()), ja} {
			if got, err := parseNameProfile(in); err != nil || got != p {
				t.Errorf("parseNameProfile(%q) = %v, %v, want %v", in, got, err, p)
			}
		}
	}
	if MatchKind(9).IsValid() || NameProfile(9).IsValid() || MatchKind(9).Label(language.English) != "" {
		t.Error("MatchKind(9) or NameProfile(9) is valid")
	}
	for _, err := range []error{
		func() error { _, err := MatchKind(9).MarshalText(); return err }(),
		func() error { _, err := NameProfile(9).MarshalText(); return err }(),
		func() error { _, err := parseMatchKind(""); return err }(),
		func() error { _, err := parseNameProfile("lenient"); return err }(),
		func() error { _, err := parseNameRule("passport-hepburn"); return err }(),
	} {
		var e *Error
		if !errors.Is(err, ErrUnknown) || !errors.As(err, &e) {
			t.Errorf("error %v, want ErrUnknown in an *Error", err)
		}
	}
	if _, err := parseMatchKind(strings.Repeat("a", 65)); !errors.Is(err, ErrTooLong) {
		t.Errorf("parseMatchKind(65 bytes) error %v, want ErrTooLong", err)
	}
}

func TestMatchKindString(t *testing.T) {
	want := []string{"mismatch", "exact", "variant", "reordered", "truncated"}
	for k := Mismatch; k < numMatchKinds; k++ {
		if k.String() != want[k] {
			t.Errorf("MatchKind(%d).String() = %q, want %q", k, k.String(), want[k])
		}
	}
	if got := MatchKind(99).String(); got != "MatchKind(99)" {
		t.Errorf("MatchKind(99).String() = %q", got)
	}
	if Standard.String() != "standard" || Strict.String() != "strict" || NameProfile(7).String() != "NameProfile(7)" {
		t.Errorf("NameProfile.String() = %q %q %q", Standard, Strict, NameProfile(7))
	}
}

func TestNameMatchJSON(t *testing.T) {
	// NameMatch marshals as its fields and round-trips.
	tests := []struct {
		m  NameMatch
		js string
	}{
		{mustMatch(t, "YAMADA TARO", "ヤマダ タロウ"), `{"kind":"exact"}`},
		{mustMatch(t, "YUUKO SATOU", "サトウ ユウコ"), `{"kind":"reordered","rules":["ou-long-vowel","uu-long-vowel","order-swapped"]}`},
		{mustMatch(t, "SATO", "サイトウ"), `{"kind":"mismatch"}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.m)
		if err != nil || string(b) != tt.js {
			t.Errorf("json.Marshal(%v) = %s, %v, want %s", tt.m, b, err, tt.js)
		}
		var back NameMatch
		if err := json.Unmarshal(b, &back); err != nil || !slices.Equal(back.Rules, tt.m.Rules) || back.Kind != tt.m.Kind {
			t.Errorf("json.Unmarshal(%s) = %v, %v, want %v", b, back, err, tt.m)
		}
	}
}

// TestNameAllocs guards the allocation budget of the issue: MatchName of a
// two-token name within 6 allocations (one for the rule list), none at all
// for an exact match; CardName one (the result).
func TestNameAllocs(t *testing.T) {
	for _, tt := range []struct {
		card, kana string
		max        float64
	}{
		{"YAMADA TARO", "ヤマダ タロウ", 0},
		{"TARO YAMADA", "ヤマダ タロウ", 1},
		{"Satou Yuuko", "サトウ ユウコ", 1},
		{"SATO", "サイトウ", 0},
		{"YAMADA/TARO", "ﾔﾏﾀﾞ ﾀﾛｳ", 0},
		{"ＹＡＭＡＤＡ　ＴＡＲＯ", "やまだ　たろう", 0},
	} {
		got := testing.AllocsPerRun(100, func() { sinkMatch, _ = MatchName(tt.card, tt.kana) })
		if got > tt.max {
			t.Errorf("MatchName(%q, %q): %v allocs/op, want <= %v", tt.card, tt.kana, got, tt.max)
		}
	}
	got := testing.AllocsPerRun(100, func() { sinkString, _ = CardName("ヤマダ タロウ") })
	if got > 1 {
		t.Errorf("CardName: %v allocs/op, want <= 1", got)
	}
}

func TestNameTextRoundTrip(t *testing.T) {
	for k := Mismatch; k < numMatchKinds; k++ {
		b, _ := k.MarshalText()
		var got MatchKind
		if err := got.UnmarshalText(b); err != nil || got != k {
			t.Errorf("MatchKind.UnmarshalText(%q) = %v, %v, want %v", b, got, err, k)
		}
	}
	for r := NameRule(1); r < numNameRules; r++ {
		b, _ := r.MarshalText()
		var got NameRule
		if err := got.UnmarshalText(b); err != nil || got != r {
			t.Errorf("NameRule.UnmarshalText(%q) = %v, %v, want %v", b, got, err, r)
		}
	}
	for _, p := range []NameProfile{Standard, Strict} {
		b, _ := p.MarshalText()
		var got NameProfile
		if err := got.UnmarshalText(b); err != nil || got != p {
			t.Errorf("NameProfile.UnmarshalText(%q) = %v, %v, want %v", b, got, err, p)
		}
	}
	var k MatchKind
	var r NameRule
	var p NameProfile
	for _, err := range []error{k.UnmarshalText([]byte("exactly")), r.UnmarshalText([]byte("unknown")), p.UnmarshalText([]byte("lenient"))} {
		var e *Error
		if !errors.Is(err, ErrUnknown) || !errors.As(err, &e) {
			t.Errorf("UnmarshalText(bad) = %v, want ErrUnknown in an *Error", err)
		}
	}
	if got := k.UnmarshalText([]byte("x")).Error(); got != "eligibility: MatchKind.UnmarshalText: matchKind: unknown" {
		t.Errorf("MatchKind.UnmarshalText(x) error = %q", got)
	}
}

// mustMatch is MatchName for names that can be judged.
func mustMatch(t *testing.T, card, kana string) NameMatch {
	t.Helper()
	m, err := MatchName(card, kana)
	if err != nil {
		t.Fatalf("MatchName(%q, %q) error %v", card, kana, err)
	}
	return m
}
