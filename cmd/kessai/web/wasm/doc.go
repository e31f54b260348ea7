// Command wasm is kessai compiled to WebAssembly for the browser: the rules a
// server applies (card numbers C5–C6, the holder's name C3, a carrier's
// payment methods M1–M10 and P1–P4, dunning D1–D8) answered in the page,
// before the form is sent.
//
// Build it with GOOS=js GOARCH=wasm and load it with the wasm_exec.js of the
// same Go release ($(go env GOROOT)/lib/wasm/wasm_exec.js); "kessai web" does
// both and serves a demo sign-up page that uses it:
//
//	GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o kessai.wasm ./cmd/kessai/web/wasm
//
// Built for any other platform it only says so and exits with status 2.
//
// # Loading
//
// The module sets a global object kessai and then calls globalThis.kessaiReady
// when the page has defined it:
//
//	<script src="wasm_exec.js"></script>
//	<script type="module">
//	const go = new Go();
//	const ready = new Promise((resolve) => { globalThis.kessaiReady = resolve; });
//	WebAssembly.instantiateStreaming(fetch("kessai.wasm"), go.importObject)
//	  .then(({instance}) => go.run(instance));
//	await ready; // kessai.card and the others are now defined
//	</script>
//
// # The JavaScript API
//
// Every method takes strings and returns one JSON document as a string, in
// the library's JSON dialect (camelCase keys, the key names of the CLI's
// -json output where they say the same thing; a source is the library's
// {"title" or "url", "asOf"} object, where the CLI prints it as one line).
// Calls are synchronous and independent; the module keeps no state between
// them. A call that cannot be judged answers {"error": {...}} and nothing
// else, an "invalid-input" finding naming the argument (field), whose
// detail is the token of the error's category ("syntax", "range",
// "card-number", …, as the CLI's error codes), with its message in Japanese
// (ja) and English (en) and the library's error text (text). A missing
// argument is "".
//
// kessai.card(input) reads a card number as it is typed: full-width digits,
// ideographic spaces and hyphens are fine. It answers the brand, the brands
// still possible (candidates), the number of digits, the Luhn state ("valid",
// "invalid" or "not-checked", as the CLI's -json), the security-code length (C5), and once the
// number is valid its masked forms; otherwise an error, the
// "card-number-invalid" finding (C6) whose detail says why ("empty",
// "length", "checksum", "syntax", "too-long"), and incomplete when more
// digits may still make it valid, so a form need not show the error yet:
//
//	JSON.parse(kessai.card("４１１１　１１１１　１１１１　１１１１"))
//	// {"brand":"Visa","candidates":["Visa"],"masked":"411111******1111",
//	//  "formatted":"4111 11** **** 1111","length":16,"luhn":"valid",
//	//  "securityCodeLength":3,"complete":true}
//	JSON.parse(kessai.card("37"))
//	// {"brand":"American Express","candidates":["American Express"],"length":2,
//	//  "luhn":"not-checked","securityCodeLength":4,"complete":false,"incomplete":true,
//	//  "error":{"code":"card-number-invalid","rule":"C6","field":"card.number",
//	//  "detail":"length","ja":"カード番号に誤りがあります。","en":"The card number is not valid.",
//	//  "remedyJa":"…","remedyEn":"…","text":"brand: Parse: number: 2 digits; …"}}
//
// kessai.name(cardName, kana, profile) compares the romaji name on the card
// with the contract holder's kana (C3) under profile "standard" (or "") or
// "strict": the kind of match, whether it is ok, each variant rule with its
// messages, the passport-Hepburn spelling of the kana, and the reason the
// application check would give (name-variant or name-mismatch, with its
// remedy):
//
//	JSON.parse(kessai.name("OHNO YUKO", "オオノ ユウコ", ""))
//	// {"profile":"standard","kind":"variant","ok":true,"rule":"C3",
//	//  "rules":[{"code":"oh-long-vowel","ja":"…","en":"…"}],"passport":"ONO YUKO",
//	//  "reason":{"code":"name-variant","rule":"C3","field":"card.name",
//	//  "detail":"variant: oh-long-vowel","ja":"…","en":"…"}}
//
// kessai.check(application, preset, lang, number, securityCode) judges a
// whole application, the JSON of eligibility.Application (or the object
// itself), against a preset (the seed's "iijmio", "iijmio-biz", "bic",
// "mineo", "uq", "ocn", or the carriers' published "iijmio-published",
// "mineo-published", "uq-published", "ocn-published"; kessai.options lists
// them) with messages in lang ("ja" or "en"): the verdict, its label, and
// every reason and note with its rule ID, message, remedy and, for a fact
// of the preset's table, its source ({"title" or "url", "asOf"}). The card number and the security code go as typed in
// number and securityCode, beside the application, as
// eligibility.Policy.CheckTyped takes them: a mistyped number is a C6
// reason, a code of the wrong length a C5 one, and neither is kept ("" for
// both judges the application's own card.number, and no code). "at" is
// required: the library never reads the clock, so the page passes its own.
//
//	JSON.parse(kessai.check({method: "credit", purpose: "monthly",
//	  holder: {kana: "ヤマダ タロウ"},
//	  card: {name: "YAMADA TARO", expiry: "01/21", country: "JP"},
//	  at: new Date().toISOString()}, "iijmio", "ja", "4111 1111 1111 1111", "123"))
//	// {"policy":"iijmio","policyName":"IIJmio","asOf":"2025","lang":"ja",
//	//  "verdict":"rejected","verdictText":"不可",
//	//  "reasons":[{"code":"card-expired","rule":"C4","verdict":"rejected","field":"card.expiry",
//	//  "message":"カードの有効期限が切れています。",
//	//  "remedy":"カード表面の有効期限を確認し、更新後のカード情報を登録してください。"}],
//	//  "notes":[{"code":"credit-accepted","rule":"M1","verdict":"accepted","message":"…"}]}
//
// kessai.timeline(date, preset) is the dunning timeline (D1–D8) after a
// charge failed on date (YYYY-MM-DD), under "iijmio" (the seed's rules) or
// "iijmio-published" (IIJmio's own page): each event's kind, its window
// (earliest, latest), rule and source. An event without "source" is one
// whose timing no source states: kessai's assumption (billing.Source's
// zero value), to be shown as assumed, not as sourced. A date it cannot
// take is an error on "date" whose detail is the token of the error's
// category: "empty", "too-long", "syntax" (not YYYY-MM-DD) or "range"
// (2026-02-30, or a year the calendar does not know).
//
//	JSON.parse(kessai.timeline("2026-11-25", "iijmio"))
//	// {"policy":"iijmio","failed":"2026-11-25","events":[{"kind":"failed",
//	//  "source":{"title":"iijmioの支払い方法を徹底比較!…","asOf":"2025"},
//	//  "earliest":"2026-11-25","latest":"2026-11-25","rule":"D1"},
//	//  {"kind":"retry","earliest":"2026-11-26","latest":"2026-11-28","rule":"D1"}, …]}
//
// kessai.options(lang) lists what a form offers, with the library's labels
// in lang: presets (with the date their data holds), methods, purposes and
// the dunning presets.
//
// # Card numbers
//
// No answer carries a card number except masked (at most the first 6 and the
// last 4 digits, as brand.Number shows it): a number typed into any field,
// even the wrong one, does not come back into JavaScript whole. Other text
// of an argument that cannot be judged may be quoted in the error's
// message, as the library's messages quote a date they cannot read. The library masks what it renders; the tests type
// numbers into every argument of every call and look for them in the answers.
package main
