package eligibility_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/eligibility"
)

func ExampleMatchName() {
	for _, card := range []string{"YAMADA TARO", "TARO YAMADA", "Yamada Tarou", "YAMADA HANAKO", "山田 太郎"} {
		m, err := eligibility.MatchName(card, "ヤマダ タロウ")
		if err != nil {
			fmt.Printf("%-14s error: %v\n", card, err)
			continue
		}
		fmt.Printf("%-14s %-5v %v %v\n", card, m.OK(), m.Kind, m.Rules)
	}
	// Output:
	// YAMADA TARO    true  exact []
	// TARO YAMADA    true  reordered [order-swapped]
	// Yamada Tarou   true  variant [ou-long-vowel]
	// YAMADA HANAKO  false mismatch []
	// 山田 太郎          error: eligibility: MatchName: card.name: syntax at character 1
}

func ExampleMatchName_rules() {
	m, err := eligibility.MatchName("OHNO YUUKO", "おおの ゆうこ")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range m.Rules {
		fmt.Printf("%s: %s / %s\n", r, r.Message(language.Japanese), r.Message(language.English))
	}
	// Output:
	// oh-long-vowel: オ段の長音をOHと表記(パスポートで申し出により選べる非ヘボン式の長音表記、例: OHNO) / long O written OH (a non-Hepburn long-vowel spelling passport offices allow on request, e.g. OHNO)
	// uu-long-vowel: 長音「うう」をかなのとおりUUと表記(例: YUUKO。2025年内閣告示の母音字を重ねる形) / long vowel うう written UU as the kana are (e.g. YUUKO; the 2025 cabinet notice's doubled form)
}

func ExampleNameProfile_Match() {
	for _, card := range []string{"SATO YUKO", "SATOH YUKO", "SATOU YUUKO"} {
		standard, _ := eligibility.Standard.Match(card, "サトウ ユウコ")
		strict, _ := eligibility.Strict.Match(card, "サトウ ユウコ")
		fmt.Printf("%-12s standard=%-9v %-31s strict=%v %v\n", card, standard.Kind, fmt.Sprint(standard.Rules), strict.Kind, strict.Rules)
	}
	// Output:
	// SATO YUKO    standard=exact     []                              strict=exact []
	// SATOH YUKO   standard=variant   [oh-long-vowel]                 strict=variant [oh-long-vowel]
	// SATOU YUUKO  standard=variant   [ou-long-vowel uu-long-vowel]   strict=mismatch []
}

func ExampleCardName() {
	for _, kana := range []string{"ヤマダ タロウ", "おおの ゆうこ", "ﾎﾝﾏ ｼﾝﾍﾟｲ", "ハットリ ジュンイチ"} {
		name, err := eligibility.CardName(kana)
		fmt.Println(name, err)
	}
	// Output:
	// YAMADA TARO <nil>
	// ONO YUKO <nil>
	// HOMMA SHIMPEI <nil>
	// HATTORI JUNICHI <nil>
}

func ExampleCardNameOptions_CardName() {
	opts := eligibility.CardNameOptions{OH: true, GivenFirst: true}
	name, err := opts.CardName("サトウ ヨウコ")
	fmt.Println(name, err)
	// Output:
	// YOHKO SATOH <nil>
}
