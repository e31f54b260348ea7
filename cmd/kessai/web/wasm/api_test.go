package main

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/pan"
	"github.com/kessai-jp/kessai/internal/textparse"
)

// decode unmarshals an answer into a generic value, failing on invalid JSON.
func decode(t *testing.T, s string) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("answer is not a JSON object: %v\n%s", err, s)
	}
	return v
}

// pick returns the answer's values at the given keys (dotted paths).
func pick(v map[string]any, keys ...string) map[string]any {
	out := map[string]any{}
	for _, k := range keys {
		var x any = v
		for _, part := range strings.Split(k, ".") {
			m, _ := x.(map[string]any)
			x = m[part]
		}
		out[k] = x
	}
	return out
}

func TestCard(t *testing.T) {
	invalidNumber, _ := eligibility.ReasonFor(eligibility.CodeCardNumberInvalid)
	for _, tc := range []struct {
		name, input string
		want        map[string]any
	}{
		{"C6 empty", "", map[string]any{"brand": "Unknown", "length": 0.0, "complete": false, "incomplete": true, "error.detail": "empty"}},
		{"C5 Visa while typing", "41", map[string]any{"brand": "Visa", "length": 2.0, "complete": false, "incomplete": true, "error.detail": "length", "luhn": "not-checked"}},
		{"C5 full-width Visa", "４１１１　１１１１　１１１１　１１１１", map[string]any{"brand": "Visa", "length": 16.0, "complete": true, "incomplete": nil, "error.detail": nil}},
		{"C5 American Express", "3782 822463 10005", map[string]any{"brand": "American Express", "length": 15.0, "complete": true, "incomplete": nil, "error.detail": nil}},
		{"C6 checksum", "4111 1111 1111 1112", map[string]any{"brand": "Visa", "length": 16.0, "complete": false, "incomplete": nil, "error.detail": "checksum"}},
		{"C6 letter", "4111 11a1", map[string]any{"brand": "Unknown", "length": 0.0, "complete": false, "incomplete": nil, "error.detail": "syntax"}},
		{"C6 too long", "4111 1111 1111 1111 1111", map[string]any{"brand": "Visa", "length": 20.0, "complete": false, "incomplete": nil, "error.detail": "length"}},
		{"C6 over brand.Parse's bound", strings.Repeat(" ", 97) + "4", map[string]any{"brand": "Unknown", "length": 0.0, "complete": false, "incomplete": nil, "error.detail": "too-long"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := decode(t, card(tc.input))
			keys := make([]string, 0, len(tc.want))
			for k := range tc.want {
				keys = append(keys, k)
			}
			if diff := cmp.Diff(tc.want, pick(v, keys...)); diff != "" {
				t.Errorf("card(%q) (-want +got):\n%s", tc.input, diff)
			}
			if e, ok := v["error"].(map[string]any); ok {
				if e["ja"] != invalidNumber.Message(language.Japanese) || e["en"] != invalidNumber.Message(language.English) || e["remedyJa"] == "" {
					t.Errorf("card(%q) error %v: want the card-number-invalid reason's messages in both languages", tc.input, e)
				}
			}
		})
	}
	v := decode(t, card("4111111111111111"))
	if diff := cmp.Diff(map[string]any{"masked": "411111******1111", "formatted": "4111 11** **** 1111", "securityCodeLength": 3.0, "luhn": "valid"},
		pick(v, "masked", "formatted", "securityCodeLength", "luhn")); diff != "" {
		t.Errorf("card(Visa) (-want +got):\n%s", diff)
	}
}

func TestName(t *testing.T) {
	for _, tc := range []struct {
		name, card, kana, profile string
		want                      map[string]any
	}{
		{"C3 exact", "YAMADA TARO", "ヤマダ タロウ", "", map[string]any{"kind": "exact", "ok": true, "passport": "YAMADA TARO", "reason.code": nil, "error.code": nil}},
		{"C3 OH variant", "OHNO YUKO", "オオノ ユウコ", "standard", map[string]any{"kind": "variant", "ok": true, "passport": "ONO YUKO", "reason.code": "name-variant", "reason.detail": "variant: oh-long-vowel", "error.code": nil}},
		{"C3 former name", "SATO HANAKO", "ヤマダ ハナコ", "strict", map[string]any{"kind": "mismatch", "ok": false, "passport": "YAMADA HANAKO", "reason.code": "name-mismatch", "reason.detail": "mismatch", "error.code": nil}},
		// A name that cannot be judged answers the error alone: no
		// "mismatch" beside it for a page to show.
		{"C3 empty kana", "YAMADA TARO", " ", "", map[string]any{"kind": nil, "ok": nil, "passport": nil, "reason.code": nil, "error.code": "invalid-input", "error.field": "holder.kana", "error.detail": "empty"}},
		{"C3 bad card name", "YAMADA 1", "ヤマダ タロウ", "", map[string]any{"kind": nil, "ok": nil, "passport": nil, "reason.code": nil, "error.code": "invalid-input", "error.field": "card.name", "error.detail": "text"}},
		{"C3 card number as the name", "4111 1111 1111 1111", "ヤマダ タロウ", "", map[string]any{"kind": nil, "ok": nil, "error.code": "invalid-input", "error.field": "card.name", "error.detail": "card-number"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := decode(t, name(tc.card, tc.kana, tc.profile))
			keys := make([]string, 0, len(tc.want))
			for k := range tc.want {
				keys = append(keys, k)
			}
			if diff := cmp.Diff(tc.want, pick(v, keys...)); diff != "" {
				t.Errorf("name(%q, %q, %q) (-want +got):\n%s", tc.card, tc.kana, tc.profile, diff)
			}
		})
	}
	// The variant rules carry the library's messages in both languages.
	v := decode(t, name("OHNO YUKO", "オオノ ユウコ", ""))
	oh, err := textparse.Parse[eligibility.NameRule]("oh-long-vowel")
	if err != nil {
		t.Fatal(err)
	}
	want := []any{map[string]any{"code": "oh-long-vowel",
		"ja": oh.Message(language.Japanese), "en": oh.Message(language.English)}}
	if diff := cmp.Diff(want, v["rules"]); diff != "" {
		t.Errorf("name(OHNO YUKO) rules (-want +got):\n%s", diff)
	}
	if v := decode(t, name("A", "ア", "lenient")); pick(v, "error.field")["error.field"] != "profile" {
		t.Errorf("name with an unknown profile: %v, want an invalid-input error on profile", v)
	}
}

func TestCheck(t *testing.T) {
	const app = `{"method":"credit","purpose":"monthly","holder":{"kana":"ヤマダ タロウ"},
		"card":{"name":"YAMADA TARO","expiry":"01/21","country":"JP"},
		"at":"2026-11-29T10:00:00+09:00"}`
	const visa = "４１１１　１１１１　１１１１　１１１１"
	withNumber := strings.Replace(app, `"card":{`, `"card":{"number":"4111 1111 1111 1111",`, 1)
	valid := strings.Replace(app, "01/21", "12/30", 1)
	expired, _ := eligibility.ReasonFor(eligibility.CodeCardExpired)
	invalidNumber, _ := eligibility.ReasonFor(eligibility.CodeCardNumberInvalid)
	for _, tc := range []struct {
		name, app, preset, lang, number, code string
		want                                  map[string]any
	}{
		{"C4 expired ja", app, "iijmio", "ja", visa, "", map[string]any{"verdict": "rejected", "verdictText": eligibility.Rejected.Label(language.Japanese),
			"policyName": "IIJmio", "reasons.0.code": "card-expired", "reasons.0.remedy": expired.Remedy(language.Japanese)}},
		{"C4 expired en", app, "iijmio", "en", visa, "", map[string]any{"verdict": "rejected", "verdictText": eligibility.Rejected.Label(language.English),
			"policyName": "IIJmio", "reasons.0.code": "card-expired", "reasons.0.remedy": expired.Remedy(language.English)}},
		{"C4 number in the application", withNumber, "iijmio", "en", "", "", map[string]any{"verdict": "rejected", "reasons.0.code": "card-expired"}},
		{"M1 accepted", valid, "mineo", "en", visa, "123", map[string]any{"verdict": "accepted", "policyName": "mineo", "reasons.0.code": nil}},
		{"C6 mistyped number", valid, "iijmio", "ja", "4111 1111 1111 1112", "", map[string]any{"verdict": "rejected",
			"reasons.0.code": "card-number-invalid", "reasons.0.detail": "checksum", "reasons.0.remedy": invalidNumber.Remedy(language.Japanese)}},
		{"C6 no number", valid, "iijmio", "en", "", "", map[string]any{"verdict": "rejected", "reasons.0.code": "card-number-invalid", "reasons.0.detail": "empty"}},
		{"C5 short code", valid, "iijmio", "en", visa, "12", map[string]any{"verdict": "rejected", "reasons.0.code": "security-code-invalid"}},
		{"M2 published, with its source", strings.Replace(valid, `"credit"`, `"debit"`, 1), "iijmio-published", "en", visa, "", map[string]any{"verdict": "rejected",
			"reasons.0.code": "debit-not-accepted", "reasons.0.source.url": eligibility.IIJmioPublished().Accepts(eligibility.DebitCard, eligibility.MonthlyCharges).Reasons[0].Source.URL}},
		{"unknown preset", app, "docomo", "ja", visa, "", map[string]any{"error.code": "invalid-input", "error.field": "preset"}},
		{"unknown lang", app, "iijmio", "fr", visa, "", map[string]any{"error.code": "invalid-input", "error.field": "lang"}},
		{"not JSON", "{", "iijmio", "ja", visa, "", map[string]any{"error.code": "invalid-input", "error.field": "application", "error.detail": "syntax"}},
		{"security code in the application", `{"card":{"securityCode":"123"}}`, "iijmio", "ja", "", "", map[string]any{"error.code": "invalid-input", "error.field": "card"}},
		{"too long", `{"campaign":"` + strings.Repeat("x", eligibility.MaxApplicationJSON) + `"}`, "iijmio", "ja", "", "", map[string]any{"error.code": "invalid-input", "error.detail": "too-long"}},
		{"no time", `{"method":"credit","purpose":"monthly"}`, "iijmio", "en", visa, "", map[string]any{"verdict": "rejected", "reasons.0.code": "invalid-input", "reasons.0.field": "at"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := decode(t, check(tc.app, tc.preset, tc.lang, tc.number, tc.code))
			// Arrays are reached through their index as a key.
			flat := flatten(v)
			got := map[string]any{}
			for k := range tc.want {
				got[k] = flat[k]
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("check(%s, %q, %q, %q, %q) (-want +got):\n%s", tc.name, tc.preset, tc.lang, tc.number, tc.code, diff)
			}
		})
	}
}

// flatten turns nested objects and arrays into dotted keys.
func flatten(v any) map[string]any {
	out := map[string]any{}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				walk(prefix+k+".", e)
			}
		case []any:
			for i, e := range x {
				walk(prefix+itoa(i)+".", e)
			}
		default:
			out[strings.TrimSuffix(prefix, ".")] = x
		}
	}
	walk("", v)
	return out
}

func itoa(i int) string { return string(rune('0' + i)) }

func TestTimeline(t *testing.T) {
	failed := billing.MustParseDate("2026-11-25")
	for _, p := range []billing.DunningPolicy{billing.IIJmio(), billing.IIJmioPublished()} {
		events, err := p.Timeline(failed)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(timelineJSON{Policy: p.Name, Failed: failed, Events: events})
		if got := timeline("2026-11-25", p.Name); got != string(want) {
			t.Errorf("timeline(2026-11-25, %q) =\n%s\nwant\n%s", p.Name, got, want)
		}
	}
	// The detail is the token of the error's category, whichever
	// sentinel it wraps: a day that does not exist is "range", not the
	// "syntax" of a date in another form.
	for _, tc := range []struct{ date, preset, field, detail string }{
		{"2026-11-25", "docomo", "preset", "unknown"},
		{"2026-13-01", "iijmio", "date", "range"},
		{"2026-02-30", "iijmio", "date", "range"},
		{"2026/11/25", "iijmio", "date", "syntax"},
		{"", "iijmio", "date", "empty"},
		{strings.Repeat("2", 65), "iijmio", "date", "too-long"},
		{"0001-01-01", "iijmio", "date", "range"}, // before the calendar's years: Timeline's error
	} {
		v := pick(decode(t, timeline(tc.date, tc.preset)), "error.field", "error.detail", "error.ja", "error.en")
		if v["error.field"] != tc.field || v["error.detail"] != tc.detail {
			t.Errorf("timeline(%q, %q) = %v, want an invalid-input error on %s, detail %q", tc.date, tc.preset, v, tc.field, tc.detail)
		}
		if ja, en := v["error.ja"], v["error.en"]; ja == "" || en == "" || ja == en {
			t.Errorf("timeline(%q, %q): messages ja %q en %q", tc.date, tc.preset, ja, en)
		}
	}
}

func TestOptions(t *testing.T) {
	for _, l := range []string{"ja", "en"} {
		tag, _ := lang(l)
		v := flatten(decode(t, options(l)))
		ps := eligibility.Presets()
		if v["presets.0.id"] != ps[0].ID() || v["presets.0.label"] != ps[0].Name(tag) {
			t.Errorf("options(%s) presets: %v", l, v)
		}
		if p := eligibility.IIJmioPublished(); v["presets.6.id"] != p.ID() || v["presets.6.label"] != p.Name(tag) {
			t.Errorf("options(%s): the first published preset is %v, %v; want %s", l, v["presets.6.id"], v["presets.6.label"], p.ID())
		}
		if v["methods.0.label"] != allMethods()[0].Label(tag) || v["dunning.1.id"] != billing.IIJmioPublished().Name {
			t.Errorf("options(%s): %v", l, v)
		}
		// The dunning presets' labels are in lang, not their IDs.
		want := map[string][2]string{"ja": {"IIJmio（記事）", "IIJmio（公式ページ）"}, "en": {"IIJmio (the article)", "IIJmio (published)"}}[l]
		if v["dunning.0.label"] != want[0] || v["dunning.1.label"] != want[1] {
			t.Errorf("options(%s) dunning labels %v, %v; want %v", l, v["dunning.0.label"], v["dunning.1.label"], want)
		}
	}
	if v := decode(t, options("de")); pick(v, "error.field")["error.field"] != "lang" {
		t.Errorf("options(de) = %v, want an invalid-input error on lang", v)
	}
}

// TestNoCardNumberInAnswer types a card number into every argument of
// every call and checks that no answer holds more than the 6 + 4 digits a
// masked number shows.
func TestNoCardNumberInAnswer(t *testing.T) {
	run := regexp.MustCompile(`[0-9０-９][0-9０-９ 　\-－]{10,}[0-9０-９]`)
	numbers := []string{"4111111111111111", "４１１１　１１１１　１１１１　１１１１", "4111-1111-1111-1111", "378282246310005"}
	for _, n := range numbers {
		app := `{"method":"credit","holder":{"kana":"` + n + `"},"card":{"number":"` + n + `","name":"` + n +
			`","expiry":"` + n + `","issuer":"` + n + `","country":"` + n + `"},"campaign":"` + n + `","at":"2026-11-29T10:00:00+09:00"}`
		withCode := strings.Replace(app, `"card":{`, `"card":{"securityCode":"`+n+`",`, 1)
		answers := []string{
			card(n), card(n + "1"), card(n + "x"), card(n + n),
			name(n, "ヤマダ", ""), name("YAMADA", n, ""), name("YAMADA", "ヤマダ", n),
			check(app, "iijmio", "ja", "", ""), check(app, "iijmio", "ja", n, n), check(app, "iijmio", "en", n+"1", n+"x"),
			check(withCode, "iijmio", "ja", n, n), check(app, n, "en", n, n), check(app, "iijmio", n, n, n), check(n, "iijmio", "ja", n, n),
			check(`{"method":"`+n+`"}`, "iijmio", "en", n, n), check(`{"`+n+`":1}`, "iijmio", "en", "", ""),
			timeline(n, "iijmio"), timeline("2026-11-25", n), options(n),
		}
		for i, a := range answers {
			for _, m := range run.FindAllString(a, -1) {
				digits := 0
				for _, r := range m {
					if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
						digits++
					}
				}
				if digits > 10 {
					t.Errorf("answer %d for %q shows %d digits: %q in %s", i, n, digits, m, a)
				}
			}
		}
	}
}

// TestAnswerMasks checks the last line of defence: a card number that
// reached an answer, in any form pan knows, leaves it masked.
func TestAnswerMasks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"x":"4111111111111111"}`, `{"x":"411111******1111"}`},
		{`{"x":"４１１１　１１１１　１１１１　１１１１"}`, `{"x":"４１１１　１１＊＊　＊＊＊＊　１１１１"}`},
		{`{"x":"4111\u00a01111\u00a01111\u00a01111"}`, `{"x":"4111\u00a011**\u00a0****\u00a01111"}`},
		{`{"failed":"2026-11-25","length":16}`, `{"failed":"2026-11-25","length":16}`},
	} {
		if got := answer([]byte(tc.in)); got != tc.want {
			t.Errorf("answer(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestAllocs keeps the per-keystroke calls to their allocation budgets
// (today's counts: the JSON encoder, the answer string, the library's
// strings and error): a change that allocates more fails here first.
func TestAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates on its own; the budgets hold without -race")
	}
	for _, tc := range []struct {
		name   string
		call   func() string
		budget float64
	}{
		{"card valid", func() string { return card("４１１１　１１１１　１１１１　１１１１") }, 9},
		{"card typing", func() string { return card("４１１１　１") }, 15},
		{"card checksum", func() string { return card("4111 1111 1111 1112") }, 11},
		{"name exact", func() string { return name("YAMADA TARO", "ヤマダ タロウ", "") }, 7},
		{"name variant", func() string { return name("OHNO YUKO", "オオノ ユウコ", "") }, 13},
		{"name typing", func() string { return name("OHNO YUKO", "オオノ ユ", "") }, 10},
	} {
		if got := testing.AllocsPerRun(100, func() { sink = tc.call() }); got > tc.budget {
			t.Errorf("%s: %v allocations, budget %v", tc.name, got, tc.budget)
		}
	}
}

// typed is what a form sends while a full-width card number is typed: one
// call per prefix.
func typed(s string) []string {
	var out []string
	for i := range s {
		if i > 0 {
			out = append(out, s[:i])
		}
	}
	return append(out, s)
}

// BenchmarkCard is one keystroke in the card-number field: the answer for
// one prefix of a full-width number, JSON and all.
func BenchmarkCard(b *testing.B) {
	prefixes := typed("４１１１　１１１１　１１１１　１１１１")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sink = card(prefixes[i%len(prefixes)])
		i++
	}
}

// BenchmarkName is one keystroke in the kana field.
func BenchmarkName(b *testing.B) {
	prefixes := typed("オオノ ユウコ")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sink = name("OHNO YUKO", prefixes[i%len(prefixes)], "")
		i++
	}
}

// BenchmarkCheck is one submission of a whole application.
func BenchmarkCheck(b *testing.B) {
	const app = `{"method":"credit","purpose":"monthly","holder":{"kana":"ヤマダ タロウ"},
		"card":{"name":"YAMADA TARO","expiry":"12/30","country":"JP"},"at":"2026-11-29T10:00:00+09:00"}`
	b.ReportAllocs()
	for b.Loop() {
		sink = check(app, "iijmio", "ja", "４１１１　１１１１　１１１１　１１１１", "123")
	}
}

var sink string

// FuzzAPI types anything into every argument of every call: each answers
// one JSON object, never panics, and never shows a run of digits that may
// be a card number (internal/pan).
func FuzzAPI(f *testing.F) {
	// Seeds: a number as typed, a name and kana, an application, a date,
	// and inputs that are none of these.
	for _, s := range []string{
		"", "4", "４１１１　１１１１　１１１１　１１１１", "3782-822463-10005", "OHNO YUKO", "オオノ ユウコ", "ｵｵﾉ ﾕｳｺ",
		`{"method":"credit","purpose":"monthly","holder":{"kana":"ヤマダ タロウ"},"card":{"number":"4111111111111111","expiry":"01/21"},"at":"2026-11-29T10:00:00+09:00"}`, "123", "１２３４",
		"2026-11-25", "iijmio", "iijmio-published", "strict", "ja", "\xff\x00\"\\", "{}", "[]", "null",
	} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, out := range []string{
			card(a), name(a, b, ""), name(b, a, a), check(a, "iijmio", "ja", b, b), check(a, b, "en", a, a),
			check(`{"card":{"number":"`+a+`"}}`, "iijmio", b, "", ""), check(`{"method":"credit"}`, "iijmio", "ja", a, b),
			timeline(a, "iijmio"), timeline("2026-11-25", a), options(a),
		} {
			var v map[string]any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("not one JSON object: %v\n%s", err, out)
			}
			if pan.Contains(out) {
				t.Fatalf("an answer shows a run of digits that may be a card number: %s", out)
			}
		}
	})
}
