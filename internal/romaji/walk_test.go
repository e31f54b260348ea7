package romaji

import (
	"bufio"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// sampleNames reads the kana of the person names in eligibility's sample
// of JMnedict (CC BY-SA 4.0, EDRDG; see that file's header): surnames and
// given names apart.
func sampleNames(t *testing.T) (surnames, given []string) {
	t.Helper()
	f, err := os.Open("../../eligibility/testdata/jmnedict_sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		switch {
		case strings.HasPrefix(fs[0], "#") || len(fs) != 3:
		case fs[2] == "surname":
			surnames = append(surnames, fs[0])
		default:
			given = append(given, fs[0])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(surnames) < 1000 || len(given) < 1000 {
		t.Fatalf("%d surnames and %d given names in the sample, want 1000 of each", len(surnames), len(given))
	}
	return surnames, given
}

// walkPerByte bounds the steps of Match on a real name per rune of kana and
// byte of card.
const walkPerByte = 2

// TestWalksAnswerRealNames: for real full names (the JMnedict sample's
// surnames, each with a given name), spelt in passport Hepburn, with OH,
// and with random variant spellings, one letter changed or not, the family
// name first or not, the kana with a space or without, the walks answer
// every one without the dynamic programme ([walkSearch]), give the
// reference's answer, and take at most walkPerByte steps a byte of input
// (C3). This is what keeps real names within a few times an exact match
// (BenchmarkMatchNameCorpus in eligibility).
func TestWalksAnswerRealNames(t *testing.T) {
	surnames, given := sampleNames(t)
	rng := rand.New(rand.NewPCG(13, 13))
	checked := 0
	for i, s := range surnames {
		g := given[(i*7)%len(given)]
		spaced := mustKana(t, s+" "+g)
		unspaced := mustKana(t, s+g)
		spellings := []string{
			string(AppendHepburn(nil, &spaced, false, false)),
			string(AppendHepburn(nil, &spaced, true, false)),
			string(AppendHepburn(nil, &spaced, false, true)),
			randomSpelling(rng, spaced.r[:spaced.n], ^Mask(0)&^bit(Truncated)),
			randomSpelling(rng, spaced.r[:spaced.n], StrictRules&^bit(Truncated)),
		}
		mutated := []byte(spellings[0])
		mutated[rng.IntN(len(mutated))] = 'X'
		spellings = append(spellings, string(mutated))
		for _, card := range spellings {
			c, p := NormalizeCard(strings.ReplaceAll(card, "^", "\u0304"))
			if p.Fault != NoFault {
				continue
			}
			for _, k := range []*Kana{&spaced, &unspaced} {
				if k == &unspaced && c.Tokens() == 2 && c.cut(^Mask(0)) != 0 {
					continue // cut by the track: the search's splits walk
				}
				mask, cost, ok, handled, _ := walkSearch(&c, k, ^Mask(0))
				if !handled {
					t.Errorf("C3: walkSearch(%q, %q) gave up", c.String(), k.String())
					continue
				}
				wm, wc, wok := matchRef(&c, k, ^Mask(0))
				if mask != wm || cost != wc || ok != wok {
					t.Errorf("C3: walkSearch(%q, %q) = %b, %d, %v; reference %b, %d, %v", c.String(), k.String(), mask, cost, ok, wm, wc, wok)
				}
				_, _, _, steps := matchTries(&c, k, ^Mask(0), splitBudget(k.n), splitTries, true)
				if limit := walkPerByte * (k.Len() + c.n); steps > limit {
					t.Errorf("C3: Match(%q, %q): %d steps, want at most %d", c.String(), k.String(), steps, limit)
				}
				checked++
			}
		}
	}
	t.Logf("%d real names, spelling and layout, answered by walks", checked)
}
