package romaji

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// The fast paths of NormalizeCard and NormalizeKana (C3) must give exactly
// what the general paths give on every input they accept, and must accept
// the inputs they are meant for. These tests drive both paths explicitly.

// plainCard reports whether s is what cardFast is meant to take: ASCII
// letters, apostrophes and separators and the vowels with a macron or
// circumflex, precomposed or an ASCII vowel and one combining mark, at
// least one letter or apostrophe, within MaxCardRunes.
func plainCard(s string) bool {
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > MaxCardRunes {
		return false
	}
	named, vowel := false, false
	for _, r := range s {
		switch {
		case (r == '\u0304' || r == '\u0302') && vowel:
			vowel = false
			continue
		case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z' || r == '\''):
			named = true
			vowel = strings.ContainsRune("AEIOUaeiou", r)
			continue
		case strings.ContainsRune(" ,/.-_\t", r):
		case strings.ContainsRune("ĀĒĪŌŪāēīōūÂÊÎÔÛâêîôû", r):
			named = true
		default:
			return false
		}
		vowel = false
	}
	return named
}

// agreeCard checks cardFast(s) against cardGeneral(s).
func agreeCard(t *testing.T, s string) {
	t.Helper()
	var fast Card
	ok := cardFast(&fast, s)
	var slow Card
	p := cardGeneral(&slow, s)
	if ok != plainCard(s) {
		t.Fatalf("cardFast(%q) ok = %v, want %v", s, ok, !ok)
	}
	if !ok {
		if fast != (Card{}) {
			t.Fatalf("cardFast(%q) = %q, false; want the zero Card", s, fast.String())
		}
		return
	}
	if p.Fault != NoFault || fast != slow {
		t.Fatalf("cardFast(%q) = %q (len %d); cardGeneral = %q (len %d), %+v",
			s, fast.b[:], fast.len, slow.b[:], slow.len, p)
	}
}

// plainKana reports whether s is what kanaFast is meant to take: katakana
// U+30A1–U+30F6, ー, ASCII or ideographic spaces, within MaxKanaRunes,
// and no fault.
func plainKana(s string) bool {
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > MaxKanaRunes {
		return false
	}
	for _, r := range s {
		if r != ' ' && r != '\u3000' && r != longMark && (r < 0x30A1 || r > 0x30F6) {
			return false
		}
	}
	var k Kana
	p := kanaGeneral(&k, s)
	return p.Fault == NoFault
}

// agreeKana checks kanaFast(s) against kanaGeneral(s).
func agreeKana(t *testing.T, s string) {
	t.Helper()
	var fast Kana
	ok := kanaFast(&fast, s)
	var slow Kana
	p := kanaGeneral(&slow, s)
	if ok != plainKana(s) {
		t.Fatalf("kanaFast(%q) ok = %v, want %v", s, ok, !ok)
	}
	if !ok {
		if fast != (Kana{}) {
			t.Fatalf("kanaFast(%q) = %q, false; want the zero Kana", s, fast.String())
		}
		return
	}
	if p.Fault != NoFault || fast != slow {
		t.Fatalf("kanaFast(%q) = %q; kanaGeneral = %q, %+v", s, fast.String(), slow.String(), p)
	}
}

// cardAlphabet and kanaAlphabet hold what each fast path accepts and
// their neighbours, which it must leave to the general path: other
// separators, the bytes next to the letter ranges, non-ASCII letters; the
// katakana ends, ヵ ヶ, ー after ン or ッ, ッ ending a part, hiragana,
// half-width kana, ヷ, ・, ゛, a kanji, bad UTF-8.
var (
	cardAlphabet = []string{"A", "z", "m", " ", "Ō", "û", "/", "'", "-", "@", "[", "`", "{", ",", "\t", ".", "_", "1", "Ã", "é", "Ÿ", "\xc3", "\u0304", "\u0302", "\u0301", "ａ", "\u3000", "\xff", "\x00"}
	kanaAlphabet = []string{"ア", "ァ", "ン", "ッ", "ー", "ヵ", "ヶ", "ヴ", "ヷ", "ヺ", "・", "ヽ", "\u30a0",
		" ", "\u3000", "あ", "ｱ", "ﾞ", "゛", "\u3099", "-", "山", "A", "\xe3\x82", "\xe3\x82\x41", "\xff"}
)

// words returns every string of up to n elements of alphabet.
func words(alphabet []string, n int) []string {
	out := []string{""}
	level := []string{""}
	for range n {
		var next []string
		for _, w := range level {
			for _, a := range alphabet {
				next = append(next, w+a)
			}
		}
		out = append(out, next...)
		level = next
	}
	return out
}

// randomWord joins up to n random elements of alphabet.
func randomWord(rng *rand.Rand, alphabet []string, n int) string {
	var b strings.Builder
	for range rng.IntN(n + 1) {
		b.WriteString(alphabet[rng.IntN(len(alphabet))])
	}
	return b.String()
}

func TestCardFastAgrees(t *testing.T) {
	// C3: named inputs first, then every word of up to 4 symbols, then
	// random long ones around the MaxCardRunes bound.
	for _, s := range []string{
		"YAMADA TARO", "yamada taro", "  Yamada   Taro  ", "A", " ", "", "YAMADA  ", "YAMADA/TARO",
		strings.Repeat("A", MaxCardRunes), strings.Repeat("A", MaxCardRunes+1),
		strings.Repeat("A", MaxCardRunes-1) + " ", strings.Repeat(" ", MaxCardRunes-1) + "A",
		strings.Repeat("AB ", 21) + "C", "SATŌ", "TARO2", "SATŌ YŪKO", "satô yûko", "O'NEIL/ANN", "-A-", "'",
		strings.Repeat("Ō", MaxCardRunes), strings.Repeat("Ō", MaxCardRunes+1), "O\u0304", "A\xc3", "ÉMILE",
		"SATO\u0304 YU\u0302KO", "so\u0304", "K\u0304", "O\u0304\u0304", "O\u0304\u0301", "Ō\u0304", " \u0304", "\u0304A",
		strings.Repeat("O\u0304", MaxCardRunes/2), strings.Repeat("O\u0304", MaxCardRunes/2) + "O",
	} {
		t.Run("C3/"+s, func(t *testing.T) { agreeCard(t, s) })
	}
	t.Run("C3/exhaustive", func(t *testing.T) {
		for _, s := range words(cardAlphabet, 4) {
			agreeCard(t, s)
		}
	})
	t.Run("C3/latin", func(t *testing.T) {
		// Every rune of Latin-1 and Latin Extended-A and -B in a name: the
		// vowels with a macron or circumflex take the fast path, the rest
		// the general one.
		for r := rune(0x80); r < 0x250; r++ {
			agreeCard(t, "SAT"+string(r)+" YUKO")
		}
	})
	t.Run("C3/random", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(1, 2))
		plain := append(cardAlphabet[:9:9], "\u0304", "\u0302", "E")
		for range 20000 {
			agreeCard(t, randomWord(rng, plain, MaxCardRunes+2))
			agreeCard(t, randomWord(rng, plain, 30)+randomWord(rng, cardAlphabet, 2)+randomWord(rng, plain, 30))
		}
	})
}

func TestKanaFastAgrees(t *testing.T) {
	// C3: named inputs first, then every word of up to 4 symbols, then
	// random long ones around the MaxKanaRunes bound.
	for _, s := range []string{
		"ヤマダ タロウ", "ヤマダ　タロウ", "  ヤマダ 　 タロウ  ", "ヤマダタロウ", "サトー", "ヶ", "ヵ", "コンー", "カッー", "ハット",
		"ハッ ト", "ッ", "ー", "　", "", "ヤマダ ｰ", strings.Repeat("ア", MaxKanaRunes), strings.Repeat("ア", MaxKanaRunes+1),
		strings.Repeat("ア", MaxKanaRunes) + " ", strings.Repeat("ア", MaxKanaRunes-1) + "　", "やまだ たろう", "ﾔﾏﾀﾞ",
	} {
		t.Run("C3/"+s, func(t *testing.T) { agreeKana(t, s) })
	}
	t.Run("C3/exhaustive", func(t *testing.T) {
		for _, s := range words(kanaAlphabet, 4) {
			agreeKana(t, s)
		}
	})
	t.Run("C3/random", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(3, 4))
		plain := kanaAlphabet[:7] // ア ァ ン ッ ー ヵ ヶ
		plain = append(plain[:len(plain):len(plain)], " ", "\u3000", "ヴ")
		for range 20000 {
			agreeKana(t, randomWord(rng, plain, MaxKanaRunes+2))
			agreeKana(t, randomWord(rng, plain, 30)+randomWord(rng, kanaAlphabet, 2)+randomWord(rng, plain, 30))
		}
	})
}

// FuzzCardFastAgrees: cardFast takes exactly the names plainCard
// describes and gives what cardGeneral gives.
func FuzzCardFastAgrees(f *testing.F) {
	// Seed corpus: plain names in each case with extra spaces, the bound,
	// and inputs the fast path must leave alone (slash, digit, macron,
	// full width, empty).
	for _, s := range []string{
		"YAMADA TARO", "yamada taro", " Yamada  Taro ", strings.Repeat("A", MaxCardRunes),
		strings.Repeat("a", MaxCardRunes+1), "YAMADA/TARO", "TARO2", "SATŌ", "ＹＡＭＡＤＡ", "", "   ",
	} {
		f.Add(s)
	}
	f.Fuzz(agreeCard)
}

// FuzzKanaFastAgrees: kanaFast takes exactly the plain katakana names with
// no fault and gives what kanaGeneral gives.
func FuzzKanaFastAgrees(f *testing.F) {
	// Seed corpus: plain names with each space, ヵ ヶ, ー, the bound, and
	// inputs the fast path must leave alone (faults of ー and ッ,
	// hiragana, half width, a sound mark, bad UTF-8, empty).
	for _, s := range []string{
		"ヤマダ タロウ", "ヤマダ　タロウ", " ヤマダ  タロウ ", "ヶ", "サトー", strings.Repeat("ア", MaxKanaRunes+1),
		"ンー", "ハッ ト", "やまだ", "ﾔﾏﾀﾞ", "カ゛", "\xe3\x82", "", "　",
	} {
		f.Add(s)
	}
	f.Fuzz(agreeKana)
}

// passportRef is passport as it was before its shortcut for a kana on its
// own: latticeAt at every position, the first edge taken.
func passportRef(c []byte, k []rune) bool {
	var es edges
	var long bool
	var pv byte
	at := -1
	j := 0
	for i := 0; i < len(k); {
		if k[i] == ' ' {
			if j == len(c) || c[j] != ' ' {
				return false
			}
			i, j = i+1, j+1
			continue
		}
		for at < i {
			at++
			start := at == 0 || k[at-1] == ' '
			if start {
				pv = 0
			} else {
				pv = vowelAfter(k[at-1], pv)
			}
			long = longStep(k, at, len(k), start, !start && long, pv)
		}
		latticeAt(k, i, long, pv, &es)
		if es.n == 0 {
			return false
		}
		e := &es.e[0]
		l := e.len()
		if j+l > len(c) || !hasPrefix(e, c[j:j+l]) {
			return false
		}
		i, j = i+int(e.n), j+l
	}
	return j == len(c)
}

// agreePassport checks passport against passportRef for kana k and the
// card spellings: its passport spelling, a random spelling under every
// rule, each with every letter changed in turn to a few others, and each
// cut short. It returns how many of them passportRef accepted.
func agreePassport(t *testing.T, rng *rand.Rand, k *Kana) int {
	t.Helper()
	kk := k.r[:k.n]
	hep := string(AppendHepburn(nil, k, false, false))
	cards := []string{hep, randomSpelling(rng, kk, ^Mask(0)), string(AppendHepburn(nil, k, true, false))}
	for _, s := range cards[:3] {
		for i := range len(s) {
			cards = append(cards, s[:i], s[:i]+"O"+s[i+1:], s[:i]+"U"+s[i+1:], s[:i]+"H"+s[i+1:])
		}
	}
	accepted := 0
	for _, s := range cards {
		got, _ := passport([]byte(s), kk)
		want := passportRef([]byte(s), kk)
		if got != want {
			t.Fatalf("passport(%q, %q) = %v, latticeAt at every kana says %v", s, k.String(), got, want)
		}
		if want {
			accepted++
		}
	}
	return accepted
}

func TestPassportAgreesWithLattice(t *testing.T) {
	// C3: names built from every kind of lattice position (fuzzKana), so
	// that the shortcut for a kana on its own meets each neighbour.
	rng := rand.New(rand.NewPCG(5, 6))
	accepted := 0
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(fuzzKana[rng.IntN(len(fuzzKana))])
		}
		k, p := NormalizeKana(b.String())
		if p.Fault != NoFault {
			continue
		}
		accepted += agreePassport(t, rng, &k)
	}
	if accepted < 5000 {
		t.Errorf("passport accepted %d spellings, want at least 5000", accepted)
	}
}

// FuzzPassportAgreesWithLattice: passport agrees with latticeAt at every
// kana for any kana name.
func FuzzPassportAgreesWithLattice(f *testing.F) {
	// Seed corpus: plain names, yōon and foreign pairs, ッ, ン before B/M/P,
	// long vowels, ー, and a random seed for the spelling.
	for _, s := range []string{"ヤマダ タロウ", "キョウコ", "ティファニー", "ハットリ ホッチ", "ナンバ ホンマ", "オオノ サトウ ユウコ", "セノオ", "ヴィ"} {
		f.Add(s, uint64(1))
	}
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		k, p := NormalizeKana(s)
		if p.Fault != NoFault {
			return
		}
		agreePassport(t, rand.New(rand.NewPCG(seed, 7)), &k)
	})
}

// TestFaultLeavesZero: NormalizeCard and NormalizeKana give the zero value
// with every fault, also one found after part of the name was written
// (C3: bad input is reported, nothing of it kept).
func TestFaultLeavesZero(t *testing.T) {
	for _, s := range append(words([]string{"ア", "ッ", "ン", "ー", " ", "゛", "ｶ", "ﾞ", "A", "\u3099"}, 4), "ハッ ト", "ア゛", "コンー") {
		if k, p := NormalizeKana(s); p.Fault != NoFault && k != (Kana{}) {
			t.Fatalf("NormalizeKana(%q) = %q, %+v; want the zero Kana with a fault", s, k.String(), p)
		}
	}
	for _, s := range words([]string{"A", "O", " ", "\u0304", "\u0323", "Ø", "1", "ǅ", "ﬀ", "Ａ"}, 4) {
		if c, p := NormalizeCard(s); p.Fault != NoFault && c != (Card{}) {
			t.Fatalf("NormalizeCard(%q) = %q, %+v; want the zero Card with a fault", s, c.b[:], p)
		}
	}
}
