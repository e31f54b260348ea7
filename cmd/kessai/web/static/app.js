// The demo sign-up page: every answer comes from the kessai WebAssembly
// module (the global kessai object); this file only wires fields to calls
// and draws the JSON answers. No framework, no build step.
"use strict";

const $ = (id) => document.getElementById(id);
let lang = "ja";

// Labels of the page itself. Every rule message, remedy and verdict comes
// from the library in the language asked for.
const text = {
  ja: {
    title: "お支払い方法の登録", loading: "ルールを読み込んでいます…", ready: "準備ができました",
    cardSection: "カード", number: "カード番号", candidates: "候補", length: "桁数", luhn: "チェックディジット",
    masked: "マスク表示", code: "セキュリティコード", expiry: "有効期限 (MM/YY)", securityCode: "セキュリティコード",
    issuer: "発行会社 (任意)", country: "発行国", nameSection: "名義 (C3)", cardName: "カード名義 (ローマ字)",
    kana: "契約者氏名 (カナ)", checkSection: "申込内容の確認", preset: "事業者", method: "支払い方法", purpose: "用途",
    submit: "この内容で確認する", timelineSection: "支払いに失敗したら (D1–D8)", failedOn: "決済失敗日", dunning: "ルール",
    when: "時期", rule: "ルール", what: "内容",
    footer: "カード番号はブラウザーの外へ送信されません。判定はサーバーと同じ Go のルールを WebAssembly で実行しています。",
    digits: (n) => `${n} 桁`, incomplete: "入力中", valid: "正しい", invalid: "誤り", notChecked: "未確認",
    codeLen: (n) => `${n} 桁`, unknown: "不明", none: "該当なし",
    match: "一致", noMatch: "不一致", source: "出典", assumed: "時期は仮定（出典なし）", passport: (s) => `パスポート表記: ${s}`, reasons: "理由", notes: "補足",
    perf: (p) => `初回応答 ${p.first} ms (WebAssembly 読み込み ${p.load} ms) · 1 打鍵あたり 平均 ${p.mean} ms / 最大 ${p.max} ms (${p.n} 回)`,
    kinds: {
      failed: "登録カードでの決済に失敗", retry: "登録カードで再決済", notice: "SMS・メールでお知らせ",
      "dunning-email": "督促メール", advice: "エラーが続く場合は別カードへの変更を推奨", suspension: "利用停止の可能性",
      "slip-posted": "コンビニ払込票の郵送", "slip-deadline": "払込票の支払期限", termination: "契約解除の可能性・遅延損害金",
    },
  },
  en: {
    title: "Register a payment method", loading: "Loading the rules…", ready: "Ready",
    cardSection: "Card", number: "Card number", candidates: "Candidates", length: "Length", luhn: "Check digit",
    masked: "Masked", code: "Security code", expiry: "Expiry (MM/YY)", securityCode: "Security code",
    issuer: "Issuer (optional)", country: "Country of issue", nameSection: "Name on the card (C3)", cardName: "Name on the card (romaji)",
    kana: "Contract holder (kana)", checkSection: "Check the application", preset: "Carrier", method: "Payment method", purpose: "Purpose",
    submit: "Check", timelineSection: "If a payment fails (D1–D8)", failedOn: "Charge failed on", dunning: "Rules",
    when: "When", rule: "Rule", what: "What",
    footer: "The card number never leaves the browser. The same Go rules as on the server run here as WebAssembly.",
    digits: (n) => `${n} digit${n === 1 ? "" : "s"}`, incomplete: "typing", valid: "valid", invalid: "invalid", notChecked: "not checked",
    codeLen: (n) => `${n} digits`, unknown: "unknown", none: "none",
    match: "match", noMatch: "no match", source: "Source", assumed: "timing assumed (no source)", passport: (s) => `Passport spelling: ${s}`, reasons: "Reasons", notes: "Notes",
    perf: (p) => `first answer ${p.first} ms (WebAssembly load ${p.load} ms) · per keystroke mean ${p.mean} ms / max ${p.max} ms (${p.n} calls)`,
    kinds: {
      failed: "the charge on the registered card fails", retry: "the charge is retried on the registered card",
      notice: "notice by SMS / e-mail", "dunning-email": "dunning e-mail", advice: "errors in a row: consider another card",
      suspension: "service may be suspended", "slip-posted": "convenience-store payment slip mailed",
      "slip-deadline": "payment slip deadline", termination: "contract may be terminated; late charges may apply",
    },
  },
};
const t = (k) => text[lang][k];

// kessaiPerf is read back by the browser test: the load milestones (module
// fetched and compiled, Go started and kessai set, first answer) and the
// duration of every call, in milliseconds from performance.now() (the
// server sends the cross-origin isolation headers that give it microsecond
// resolution).
const perf = (window.kessaiPerf = { instantiated: 0, loaded: 0, firstAnswer: 0, calls: { card: [], name: [], check: [], timeline: [], options: [] } });

function call(fn, ...args) {
  const t0 = performance.now();
  const out = kessai[fn](...args);
  perf.calls[fn].push(performance.now() - t0);
  if (!perf.firstAnswer) perf.firstAnswer = performance.now();
  return JSON.parse(out);
}

function setText(el, s) { el.textContent = s; }
function li(parent, s, cls) {
  const e = document.createElement("li");
  if (cls) e.className = cls;
  e.textContent = s;
  parent.appendChild(e);
  return e;
}

// Card number, as typed: brand, candidates, length and Luhn state.
let lastCard = null;
function renderCard() {
  const r = (lastCard = call("card", $("number").value));
  setText($("brand"), r.brand === "Unknown" ? "—" : r.brand);
  setText($("candidates"), r.candidates.length ? r.candidates.join(", ") : t("none"));
  setText($("length"), t("digits")(r.length) + (r.incomplete ? ` (${t("incomplete")})` : ""));
  setText($("luhn"), { valid: t("valid"), invalid: t("invalid") }[r.luhn] || t("notChecked"));
  setText($("masked"), r.masked || "—");
  setText($("codelen"), r.securityCodeLength ? t("codeLen")(r.securityCodeLength) : t("unknown"));
  const err = $("card-error");
  err.hidden = !r.error || r.incomplete;
  if (r.error) setText(err, `${r.error[lang]} ${lang === "ja" ? r.error.remedyJa : r.error.remedyEn}`);
  showPerf();
}

// Name and kana: the live C3 decision with its variant rules.
function renderName() {
  const card = $("card-name").value, kana = $("kana").value, box = $("name-decision"), rules = $("name-rules");
  rules.replaceChildren();
  setText($("passport"), "");
  if (!card.trim() || !kana.trim()) { box.className = "decision"; setText(box, "—"); return; }
  const r = call("name", card, kana, "standard");
  if (r.error) {
    box.className = "decision ng";
    setText(box, r.error[lang]);
  } else {
    box.className = "decision " + (r.ok ? "ok" : "ng");
    const head = (r.ok ? "✓ " + t("match") : "✗ " + t("noMatch")) + ` (${r.rule})`;
    setText(box, r.reason ? `${head}: ${r.reason[lang]}` : head);
    for (const x of r.rules) li(rules, `${x.code}: ${x[lang]}`);
    if (r.reason && !r.ok) li(rules, lang === "ja" ? r.reason.remedyJa : r.reason.remedyEn, "remedy");
    setText($("passport"), t("passport")(r.passport));
  }
  showPerf();
}

// The whole application against the chosen preset.
let submitted = false;
function application() {
  return {
    method: $("method").value, purpose: $("purpose").value, holder: { kana: $("kana").value },
    card: { name: $("card-name").value, expiry: $("expiry").value, issuer: $("issuer").value, country: $("country").value },
    at: new Date().toISOString(), // the library never reads the clock
  };
}
function renderCheck() {
  if (!submitted) return;
  // The number and the security code as typed go beside the application,
  // as the library's CheckTyped takes them: a mistyped number is a reason.
  const r = call("check", JSON.stringify(application()), $("preset").value, lang, $("number").value, $("security-code").value);
  const v = $("verdict"), list = $("reasons");
  list.replaceChildren();
  v.hidden = false;
  if (r.error) { v.className = "verdict ng"; setText(v, r.error[lang]); return; }
  v.className = "verdict " + ({ accepted: "ok", rejected: "ng" }[r.verdict] || "maybe");
  setText(v, `${r.verdictText} — ${r.policyName} (${r.asOf})`);
  for (const group of [r.reasons, r.notes]) {
    for (const x of group) {
      const e = li(list, `[${x.rule || "-"}] ${x.message}`, group === r.notes ? "note" : "reason");
      if (x.remedy) {
        const s = document.createElement("span");
        s.className = "remedy";
        s.textContent = x.remedy;
        e.appendChild(s);
      }
      appendSource(e, x.source);
    }
  }
}

// appendSource adds where a preset's fact comes from: the seed article by
// its title or a public page by its address, and its date.
function appendSource(parent, src) {
  if (!src || !(src.url || src.title)) return;
  const s = document.createElement("span");
  s.className = "source";
  s.textContent = `${t("source")}: ${src.url || src.title}${src.asOf ? ` (${src.asOf})` : ""}`;
  parent.appendChild(s);
}

// The dunning timeline of a failed charge.
function renderTimeline() {
  const body = $("timeline").tBodies[0];
  body.replaceChildren();
  const r = call("timeline", $("failed").value, $("dunning").value);
  if (r.error) { const row = body.insertRow(); row.insertCell().colSpan = 3; row.cells[0].textContent = r.error[lang]; return; }
  let lastSource = "";
  for (const ev of r.events) {
    const row = body.insertRow();
    row.insertCell().textContent = ev.earliest === ev.latest ? ev.earliest : `${ev.earliest} – ${ev.latest}`;
    row.insertCell().textContent = ev.rule;
    const what = row.insertCell();
    what.textContent = t("kinds")[ev.kind] || ev.kind;
    // A source is shown where it changes, not on every row; a step with no
    // source has an assumed timing (kessai's assumption), said on its row.
    const src = JSON.stringify(ev.source || {});
    if (!ev.source || !(ev.source.url || ev.source.title)) {
      const s = document.createElement("span");
      s.className = "source";
      s.textContent = t("assumed");
      what.appendChild(s);
    } else if (src !== lastSource) appendSource(what, ev.source);
    lastSource = src;
  }
}

function fillSelect(sel, opts) {
  const keep = sel.value;
  sel.replaceChildren(...opts.map((o) => new Option(o.asOf ? `${o.label} (${o.asOf})` : o.label, o.id)));
  if (keep) sel.value = keep;
}

function setLang(l) {
  lang = l;
  document.documentElement.lang = l;
  $("lang-ja").setAttribute("aria-pressed", String(l === "ja"));
  $("lang-en").setAttribute("aria-pressed", String(l === "en"));
  for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
  if (!window.kessai) return;
  const o = call("options", l);
  fillSelect($("preset"), o.presets);
  fillSelect($("method"), o.methods);
  fillSelect($("purpose"), o.purposes);
  fillSelect($("dunning"), o.dunning); // labels in lang, from the library
  setText($("status"), t("ready"));
  renderCard(); renderName(); renderCheck(); renderTimeline();
}

function showPerf() {
  const xs = perf.calls.card.concat(perf.calls.name);
  if (!xs.length) return;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  setText($("perf"), t("perf")({
    first: perf.firstAnswer.toFixed(0), load: perf.instantiated.toFixed(0),
    mean: mean.toFixed(3), max: Math.max(...xs).toFixed(3), n: xs.length,
  }));
}

// todayJST is today's date in Japan, the sample failed charge's day.
function todayJST() {
  return new Date(Date.now() + 9 * 3600e3).toISOString().slice(0, 10);
}

async function start() {
  setLang("ja");
  const go = new Go();
  const ready = new Promise((resolve) => { window.kessaiReady = resolve; });
  const { instance } = await WebAssembly.instantiateStreaming(fetch("kessai.wasm"), go.importObject);
  perf.instantiated = performance.now();
  go.run(instance);
  await ready;
  perf.loaded = performance.now();
  for (const e of document.querySelectorAll("input, select, button")) e.disabled = false;
  $("failed").value = todayJST();
  $("number").addEventListener("input", () => { renderCard(); renderCheck(); });
  for (const id of ["card-name", "kana"]) $(id).addEventListener("input", () => { renderName(); renderCheck(); });
  for (const id of ["expiry", "security-code", "issuer", "country", "preset", "method", "purpose"]) $(id).addEventListener("input", renderCheck);
  for (const id of ["failed", "dunning"]) $(id).addEventListener("input", renderTimeline);
  $("form").addEventListener("submit", (e) => { e.preventDefault(); submitted = true; renderCheck(); });
  $("lang-ja").addEventListener("click", () => setLang("ja"));
  $("lang-en").addEventListener("click", () => setLang("en"));
  setLang("ja");
  document.body.dataset.ready = "true";
}

start().catch((err) => {
  setText($("status"), String(err));
  document.body.dataset.ready = "error";
});
