package eligibility

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

//go:generate go run jmnedict_gen.go -in=${ENAMDICT}

// jmnedictName is one row of testdata/jmnedict_sample.txt.
type jmnedictName struct {
	kana, kanji, typ string
}

// jmnedictSample reads testdata/jmnedict_sample.txt, a sample of
// JMnedict/ENAMDICT's person names (CC BY-SA 4.0, EDRDG; see the file's
// header and jmnedict_gen.go).
func jmnedictSample(t testing.TB) []jmnedictName {
	t.Helper()
	f, err := os.Open("testdata/jmnedict_sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []jmnedictName
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 3 {
			t.Fatalf("jmnedict_sample.txt: bad row %q", line)
		}
		out = append(out, jmnedictName{fs[0], fs[1], fs[2]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// The spellings a test writer gives each kana, independent of the
// matcher's tables: modified Hepburn (hep) and keyboard input in its two
// common styles (kunrei-like: SI, TI, TU, HU, ZI, SYA; Hepburn-like: SHI,
// CHI, TSU, FU, JI, SHA), and the vowel each ends in.
type kanaSpell struct {
	hep, kbdK, kbdH string
	vowel           byte
}

// testKana holds the rows of testKanaRows.
var testKana = testKanaRows()

func testKanaRows() map[rune]kanaSpell {
	m := map[rune]kanaSpell{}
	// Rows: kana, Hepburn, keyboard (kunrei-like), keyboard (Hepburn-like).
	rows := `ア A A A|イ I I I|ウ U U U|エ E E E|オ O O O|カ KA KA KA|キ KI KI KI|ク KU KU KU|ケ KE KE KE|コ KO KO KO
ガ GA GA GA|ギ GI GI GI|グ GU GU GU|ゲ GE GE GE|ゴ GO GO GO|サ SA SA SA|シ SHI SI SHI|ス SU SU SU|セ SE SE SE|ソ SO SO SO
ザ ZA ZA ZA|ジ JI ZI JI|ズ ZU ZU ZU|ゼ ZE ZE ZE|ゾ ZO ZO ZO|タ TA TA TA|チ CHI TI CHI|ツ TSU TU TSU|テ TE TE TE|ト TO TO TO
ダ DA DA DA|ヂ JI DI DI|ヅ ZU DU DU|デ DE DE DE|ド DO DO DO|ナ NA NA NA|ニ NI NI NI|ヌ NU NU NU|ネ NE NE NE|ノ NO NO NO
ハ HA HA HA|ヒ HI HI HI|フ FU HU FU|ヘ HE HE HE|ホ HO HO HO|バ BA BA BA|ビ BI BI BI|ブ BU BU BU|ベ BE BE BE|ボ BO BO BO
パ PA PA PA|ピ PI PI PI|プ PU PU PU|ペ PE PE PE|ポ PO PO PO|マ MA MA MA|ミ MI MI MI|ム MU MU MU|メ ME ME ME|モ MO MO MO
ヤ YA YA YA|ユ YU YU YU|ヨ YO YO YO|ラ RA RA RA|リ RI RI RI|ル RU RU RU|レ RE RE RE|ロ RO RO RO|ワ WA WA WA|ヰ I WI WI
ヱ E WE WE|ヲ O WO WO|ヴ VU VU VU`
	for _, row := range strings.FieldsFunc(rows, func(r rune) bool { return r == '|' || r == '\n' }) {
		f := strings.Fields(row)
		h := f[1]
		m[[]rune(f[0])[0]] = kanaSpell{h, f[2], f[3], h[len(h)-1]}
	}
	return m
}

// testYoon spells a kana and a small ャュョ: Hepburn, kunrei-like and
// Hepburn-like keyboard input.
func testYoon(a, b rune) (hep, kbdK, kbdH string, ok bool) {
	v := map[rune]string{'ャ': "A", 'ュ': "U", 'ョ': "O"}[b]
	if v == "" {
		return "", "", "", false
	}
	switch a {
	case 'シ':
		return "SH" + v, "SY" + v, "SH" + v, true
	case 'チ':
		return "CH" + v, "TY" + v, "CH" + v, true
	case 'ジ':
		return "J" + v, "ZY" + v, "JY" + v, true
	case 'ヂ':
		return "J" + v, "DY" + v, "DY" + v, true
	}
	s, ok := testKana[a]
	if !ok || s.vowel != 'I' || len(s.hep) != 2 {
		return "", "", "", false
	}
	c := s.hep[:1] + "Y" + v
	return c, c, c, true
}

// testSpellings writes kana three ways (C3): modified Hepburn (long vowels
// with macrons, ん as N and N' before a vowel or Y, っ doubling, T before
// CH), and keyboard input in its two styles (every kana as typed, ん as
// NN, ー as the vowel again). It reports false for kana it has no row for
// (foreign-sound pairs, small vowels), which the test skips.
func testSpellings(kana string) (hep, kbdK, kbdH string, ok bool) {
	k := []rune(kana)
	var h, kk, kh strings.Builder
	var vowel byte    // the vowel the spelling ends in
	absorbed := false // the kana before was written as a long vowel
	for i := 0; i < len(k); i++ {
		r := k[i]
		var sh, sk, sj string
		switch {
		case i+1 < len(k) && strings.ContainsRune("ャュョ", k[i+1]):
			var yok bool
			sh, sk, sj, yok = testYoon(r, k[i+1])
			if !yok {
				return "", "", "", false
			}
			i++
		case r == 'ン':
			sh, sk, sj = "N", "NN", "NN"
			if i+1 < len(k) && strings.ContainsRune("アイウエオヤユヨ", k[i+1]) {
				sh = "N'"
			}
			h.WriteString(sh)
			kk.WriteString(sk)
			kh.WriteString(sj)
			vowel, absorbed = 0, false
			continue
		case r == 'ッ':
			if i+1 == len(k) {
				return "", "", "", false
			}
			next, nk, nh, ok := testSpellings(string(k[i+1:]))
			if !ok || next == "" || strings.ContainsRune("AIUEO'", rune(next[0])) {
				return "", "", "", false
			}
			if strings.HasPrefix(next, "CH") {
				h.WriteByte('T')
			} else {
				h.WriteByte(next[0])
			}
			kk.WriteByte(nk[0])
			kh.WriteByte(nh[0])
			continue
		case r == 'ー':
			if vowel == 0 {
				return "", "", "", false
			}
			h.WriteString("\u0304")
			kk.WriteByte(vowel)
			kh.WriteByte(vowel)
			absorbed = true
			continue
		case (r == 'オ' || r == 'ウ') && vowel == 'O' && !absorbed, r == 'ウ' && vowel == 'U' && !absorbed:
			// A long vowel: a macron in modified Hepburn, the kana as
			// typed on a keyboard.
			h.WriteString("\u0304")
			kk.WriteRune(map[rune]rune{'オ': 'O', 'ウ': 'U'}[r])
			kh.WriteRune(map[rune]rune{'オ': 'O', 'ウ': 'U'}[r])
			absorbed = true
			continue
		default:
			s, ok := testKana[r]
			if !ok || i+1 < len(k) && strings.ContainsRune("ァィゥェォヮ", k[i+1]) {
				return "", "", "", false
			}
			sh, sk, sj = s.hep, s.kbdK, s.kbdH
		}
		h.WriteString(sh)
		kk.WriteString(sk)
		kh.WriteString(sj)
		vowel, absorbed = sh[len(sh)-1], false
	}
	return h.String(), kk.String(), kh.String(), true
}

// TestMatchNameJMnedict runs every name of the JMnedict sample (C3): its
// passport spelling (CardName, with and without OH) matches in both
// profiles, Exact without OH; its modified Hepburn spelling and its two
// keyboard spellings match in the Standard profile. Then no two names of
// different passport spellings match: each name's passport spelling
// against the kana of its neighbours in passport-spelling order (the
// likeliest to collide) and of names a fixed stride away, in the Strict
// profile and the Standard one. The few that do are logged and counted
// (2 in Strict, 3 in Standard of 58212 pairs when this was written), and
// each must go through a rule that makes one card name spell two kana by
// design (byDesign below).
func TestMatchNameJMnedict(t *testing.T) {
	names := jmnedictSample(t)
	if len(names) < 3000 {
		t.Fatalf("%d names in the sample, want at least 3000", len(names))
	}
	type entry struct{ kana, passport string }
	var all []entry
	seen := map[string]bool{}
	var spelt, hepburn, keyboard int
	for _, n := range names {
		passport, err := CardName(n.kana)
		if err != nil {
			t.Errorf("CardName(%q) (%s): %v", n.kana, n.kanji, err)
			continue
		}
		oh, _ := CardNameOptions{OH: true}.CardName(n.kana)
		for _, p := range []NameProfile{Standard, Strict} {
			if m, err := p.Match(passport, n.kana); err != nil || m.Kind != Exact {
				t.Errorf("%v.Match(%q, %q) (%s) = %v, want exact", p, passport, n.kana, n.kanji, m)
			}
			if m, _ := p.Match(oh, n.kana); !m.OK() {
				t.Errorf("%v.Match(%q, %q) (%s, OH) = %v, want a match", p, oh, n.kana, n.kanji, m)
			}
		}
		spelt += 2
		if hep, kbdK, kbdH, ok := testSpellings(n.kana); ok {
			for _, s := range []string{hep, kbdK, kbdH} {
				if m, _ := MatchName(s, n.kana); !m.OK() {
					t.Errorf("MatchName(%q, %q) (%s) = %v, want a match", s, n.kana, n.kanji, m)
				}
			}
			hepburn++
			keyboard += 2
		}
		if !seen[n.kana] {
			seen[n.kana] = true
			all = append(all, entry{n.kana, passport})
		}
	}
	slices.SortFunc(all, func(a, b entry) int { return strings.Compare(a.passport, b.passport) })

	pairs, hits := 0, map[NameProfile]int{}
	// The rules that make one card name spell two kana by design: the OH
	// option (KOHI: コヒ, or コウイ with OH), an ウ kana cannot place (INOE:
	// イノエ, or イノウエ read as one reading), NN for ん (KANNO: カンノ, or
	// カンオ typed), a doubled vowel.
	byDesign := []NameRule{nameOHLongVowel, nameWordBoundary, nameUBeforeE, nameOOLongVowel, nameOULongVowel, nameUULongVowel, nameWapuroNN, nameDoubledVowel}
	check := func(a, b entry) {
		if a.passport == b.passport {
			return // one passport spelling: the same card name by law
		}
		pairs++
		for _, p := range []NameProfile{Strict, Standard} {
			m, _ := p.Match(a.passport, b.kana)
			if !m.OK() {
				continue
			}
			hits[p]++
			t.Logf("%v.Match(%q, %q) = %v: %s's passport spelling also spells %s", p, a.passport, b.kana, m, a.kana, b.kana)
			if !slices.ContainsFunc(m.Rules, func(r NameRule) bool { return slices.Contains(byDesign, r) }) {
				t.Errorf("%v.Match(%q, %q) = %v: %s's passport spelling names %s", p, a.passport, b.kana, m, a.kana, b.kana)
			}
		}
	}
	const near, stride = 8, 97
	for i := range all {
		for d := 1; d <= near && i+d < len(all); d++ {
			check(all[i], all[i+d])
			check(all[i+d], all[i])
		}
		check(all[i], all[(i*stride+1)%len(all)])
	}
	t.Logf("%d names (%d distinct kana): %d passport spellings, %d modified Hepburn, %d keyboard, all matching", len(names), len(all), spelt, hepburn, keyboard)
	t.Logf("%d pairs of different passport spellings: %d match in Strict, %d in Standard, each through a rule that joins two kana by design", pairs, hits[Strict], hits[Standard])
	if pairs < 50000 || hits[Standard]*1000 > pairs {
		t.Errorf("%d pairs, %d matching in Standard: want at least 50000 pairs and at most one in a thousand matching", pairs, hits[Standard])
	}
}

// TestMatchNamePassportPublished seeds the examples Japan's passport
// offices publish with their Hepburn rules, each row naming its page (C3,
// SPEC "Public facts"): every one matches in both profiles, as Exact when
// it is the passport-Hepburn spelling, which CardName then writes, and as
// a Variant naming the rule of a long-vowel spelling allowed on request.
func TestMatchNamePassportPublished(t *testing.T) {
	const (
		yamanashi = "http://www.pref.yamanashi.jp/passport/88771041769.html"
		miyagi    = "https://www.pref.miyagi.jp/site/passport/kinyuurei.html"
		boston    = "https://www.boston.us.emb-japan.go.jp/itpr_ja/passport7.html"
		sf        = "https://www.sf.us.emb-japan.go.jp/itpr_ja/m03_01_13.html"
		table     = "https://jiom.hatenablog.com/entry/20180907/p1" // quotes a passport office's 長音表記表
		list      = "http://passport.blogdehp.ne.jp/category/1191865.html"
	)
	oh, oo, ou := []NameRule{nameOHLongVowel}, []NameRule{nameOOLongVowel}, []NameRule{nameOULongVowel}
	wb := []NameRule{nameWordBoundary}
	tests := []struct {
		source     string
		card, kana string
		kind       MatchKind
		rules      []NameRule
	}{
		{yamanashi, "HONDA", "ホンダ", Exact, nil},
		{yamanashi, "NAMBU", "ナンブ", Exact, nil},
		{yamanashi, "HOMMA", "ホンマ", Exact, nil},
		{yamanashi, "SAMPEI", "サンペイ", Exact, nil},
		{yamanashi, "KIKKAWA", "キッカワ", Exact, nil},
		{yamanashi, "HOTCHI", "ホッチ", Exact, nil},
		{yamanashi, "HATCHO", "ハッチョウ", Exact, nil},
		{yamanashi, "OTA", "オオタ", Exact, nil},
		{yamanashi, "SAITO", "サイトウ", Exact, nil},
		{yamanashi, "YOKO", "ヨウコ", Exact, nil},
		{miyagi, "NAMBA", "ナンバ", Exact, nil},
		{miyagi, "HATTORI", "ハットリ", Exact, nil},
		{miyagi, "SATO", "サトウ", Exact, nil},
		{miyagi, "SATOH", "サトウ", Variant, oh},
		{miyagi, "ONO", "オオノ", Exact, nil},
		{miyagi, "OHNO", "オオノ", Variant, oh},
		{miyagi, "KOHJI", "コウジ", Variant, oh},
		{miyagi, "YOHKO", "ヨウコ", Variant, oh},
		{miyagi, "ITO", "イトウ", Exact, nil},
		{miyagi, "ITOH", "イトウ", Variant, oh},
		{miyagi, "TAKATOO", "タカトオ", Exact, nil},
		{boston, "KORI", "コオリ", Exact, nil},
		{boston, "KOHRI", "コオリ", Variant, oh},
		{boston, "KONO", "コウノ", Exact, nil},
		{boston, "KOHNO", "コウノ", Variant, oh},
		{boston, "OGI", "オウギ", Exact, nil},
		{boston, "OHGI", "オウギ", Variant, oh},
		{sf, "OHTA", "オオタ", Variant, oh},
		{sf, "KATOH", "カトウ", Variant, oh},
		{table, "OONO", "オオノ", Variant, oo},
		{table, "TOYAMA", "トオヤマ", Exact, nil},
		{table, "TOHYAMA", "トオヤマ", Variant, oh},
		{table, "TOOYAMA", "トオヤマ", Variant, oo},
		// KOUNO is the OU spelling of 河野; after a plain syllable an
		// written ウ may also start a kanji's reading, the rule it reports.
		{table, "KOUNO", "コウノ", Variant, wb},
		{table, "KATOU", "カトウ", Variant, ou},
		{table, "YOUKO", "ヨウコ", Variant, ou},
		{table, "TAKATOH", "タカトウ", Variant, oh},
		{table, "TAKATOU", "タカトウ", Variant, ou},
		{list, "SENOO", "セノオ", Exact, nil},
		{list, "SENOH", "セノオ", Variant, oh},
		{list, "MISONO", "ミソノウ", Exact, nil},
		{list, "MISONOO", "ミソノオ", Exact, nil},
		{list, "GOSHONOO", "ゴショノオ", Exact, nil},
		{list, "KORI", "コオリ", Exact, nil},
		{list, "YOKOO", "ヨコオ", Exact, nil},
		{list, "AO", "アオウ", Exact, nil},
		{list, "AOO", "アオオ", Exact, nil},
		{list, "HONOO", "ホノオ", Exact, nil},
		{list, "HONO", "ホノウ", Exact, nil},
		{list, "KANO", "カノウ", Exact, nil},
		{list, "TSUTOO", "ツトオ", Exact, nil},
		{list, "TSUTO", "ツトウ", Exact, nil},
		{list, "KOUCHIWA", "コウチワ", Variant, wb}, // 小団輪, 長音ではない
		{list, "INOO", "イノオ", Exact, nil},
		{list, "INO", "イノウ", Exact, nil},
		{list, "FUNIU", "フニウ", Exact, nil},
		{list, "FUNYU", "フニュウ", Exact, nil},
		{list, "SHIROZU", "シロウズ", Exact, nil},
		{list, "MINEU", "ミネウ", Exact, nil},
		{list, "MINEO", "ミネオ", Exact, nil},
		{list, "GAMO", "ガモウ", Exact, nil},
		{list, "SUGO", "スゴウ", Exact, nil},
		{list, "SUGOO", "スゴオ", Exact, nil},
		{list, "SHIU", "シウ", Exact, nil}, // 紫羽, 長音ではない
		{list, "NISHIKIKORI", "ニシキコオリ", Exact, nil},
		{list, "IO", "イオウ", Exact, nil},
		{list, "URYU", "ウリュウ", Exact, nil},
		{list, "URIU", "ウリウ", Exact, nil},
		{list, "KANNOO", "カンノオ", Exact, nil},
		{list, "MITOKA", "ミトウカ", Exact, nil},
		{list, "MITOHKA", "ミトウカ", Variant, oh},
	}
	for _, tt := range tests {
		t.Run("C3/"+tt.card, func(t *testing.T) {
			for _, p := range []NameProfile{Standard, Strict} {
				got, _ := p.Match(tt.card, tt.kana)
				if got.Kind != tt.kind || !slices.Equal(got.Rules, tt.rules) {
					t.Errorf("%v.Match(%q, %q) = %v, want %v %v (source %s)", p, tt.card, tt.kana, got, tt.kind, tt.rules, tt.source)
				}
			}
			if tt.kind == Exact {
				if got, err := CardName(tt.kana); err != nil || got != tt.card {
					t.Errorf("CardName(%q) = %q, %v, want %q (source %s)", tt.kana, got, err, tt.card, tt.source)
				}
			}
		})
	}
}

// TestJMnedictFigures ties CardName's choice where kana alone cannot place
// an ウ (C3) to the figures measured on JMnedict, which the sample's header
// records (jmnedict_gen.go) and the docs of nameWordBoundary and
// nameUBeforeE quote: CardName writes the reading most names have.
func TestJMnedictFigures(t *testing.T) {
	b, err := os.ReadFile("testdata/jmnedict_sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	header := string(b[:strings.Index(string(b), " rows follow.")])
	tests := []struct {
		name     string
		line     string // the header's line, as the docs quote it
		one, two int    // one reading (a long vowel), across kanji
		kana     string // a name of that kind
		long     string // CardName when the ウ is a long vowel
		written  string // CardName when it starts the next kanji's reading
	}{
		{"C3/u-before-e/final", "ウ before a final エ", 30, 85, "イノウエ", "INOE", "INOUE"},
		{"C3/u-before-e/ei", "ウ before エイ", 121, 0, "ショウエイ", "SHOEI", "SHOUEI"},
		{"C3/u-before-e/more", "ウ before エ and another kana", 129, 1, "ヤマノウエノ", "YAMANOENO", "YAMANOUENO"},
		{"C3/word-boundary/o", "ウ after a plain syllable in O", 3888, 208, "コウタ", "KOTA", "KOUTA"},
		{"C3/word-boundary/u", "ウ after a plain syllable in U", 117, 151, "マツウラ", "MATSURA", "MATSUURA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var one, two int
			i := strings.Index(header, "#   "+tt.line)
			if i < 0 {
				t.Fatalf("header has no line %q", tt.line)
			}
			rest := header[i:]
			rest = rest[strings.Index(rest, ": ")+2:]
			if _, err := fmt.Sscanf(rest, "%d one reading", &one); err != nil {
				t.Fatalf("header line %q: %v", tt.line, err)
			}
			rest = rest[strings.Index(rest, ", ")+2:]
			if _, err := fmt.Sscanf(rest, "%d across kanji", &two); err != nil {
				t.Fatalf("header line %q: %v", tt.line, err)
			}
			if one != tt.one || two != tt.two {
				t.Errorf("header: %s: %d one reading, %d across kanji; the docs quote %d, %d", tt.line, one, two, tt.one, tt.two)
			}
			want := tt.long
			if two > one {
				want = tt.written
			}
			if got, err := CardName(tt.kana); err != nil || got != want {
				t.Errorf("CardName(%q) = %q, %v, want %q (%d one reading, %d across kanji)", tt.kana, got, err, want, one, two)
			}
		})
	}
}
