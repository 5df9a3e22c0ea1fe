/* lagebild web UI: plain JavaScript over the REST API (/api), d3 and topojson vendored under
   /static/vendor. Pages are hash routes (#/events, #/article/ID, ...) so every view has a link. */
"use strict";

const TYPE_COLOURS = {
  AGREE: "#2e7d32", CONSULT: "#1976d2", SUPPORT: "#00897b", CONCEDE: "#7cb342", COOPERATE: "#0097a7",
  AID: "#43a047", RETREAT: "#9e9d24", REQUEST: "#5c6bc0", ACCUSE: "#f57c00", REJECT: "#8d6e63",
  THREATEN: "#e64a19", PROTEST: "#ab47bc", SANCTION: "#6d4c41", MOBILIZE: "#c62828", COERCE: "#ad1457",
  ASSAULT: "#b71c1c",
};
const colour = (t) => TYPE_COLOURS[t] || "#607d8b";
const root = document.getElementById("main");
let summary = null;

// -- small helpers ----------------------------------------------------------------------------
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

async function api(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) qs.set(k, v);
  const url = `/api/${path}${qs.toString() ? "?" + qs : ""}`;
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error((body.error && body.error.message) || `${r.status} ${r.statusText}`);
  return body;
}

function showError(err) {
  const box = document.getElementById("error");
  box.textContent = err ? String(err.message || err) : "";
  box.hidden = !err;
}

function route() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query] = raw.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  return { page: parts[0] || "events", arg: parts.slice(1).join("/"), params: new URLSearchParams(query || "") };
}

function go(page, params = {}, arg = "") {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) qs.set(k, v);
  location.hash = `#/${page}${arg ? "/" + encodeURIComponent(arg) : ""}${qs.toString() ? "?" + qs : ""}`;
}

const articleLink = (articleId, eventId) =>
  `#/article/${encodeURIComponent(articleId)}${eventId ? "?event=" + encodeURIComponent(eventId) : ""}`;
const SECTORS = {
  GOV: "government", MIL: "military", INTEL: "intelligence", MEDIA: "media", IGO: "international body", CIV: "civilians",
  REB: "rebels", BUS: "business", POL: "police", LEG: "parliament", JUD: "judiciary", NGO: "NGO", RES: "researchers",
};
const countryName = (code) => ((summary && summary.country_names) || {})[code] || code;
// A country-level actor as "Georgia (civilians)"; a person or organisation by its name.
function actorText(a) {
  if (!a) return "–";
  const id = a.actor_id || a.id;
  const code = [a.country, a.sector].filter(Boolean).join("-");
  if (id && id !== a.country && id !== code) return a.name || id;
  if (a.country) return a.sector ? `${countryName(a.country)} (${SECTORS[a.sector] || a.sector})` : countryName(a.country);
  return a.name || a.text || "–";
}
// A target no words of the text name: the system concluded it (a targetless act aimed at the doer's own country)
function inferredMark(a) {
  return a && a.inferred ? h("span", { class: "muted", "data-testid": "inferred", title: "no words of the article name this target: inferred" }, " (inferred)") : null;
}
// Who a claim is attributed to, by its canonical name: never the raw word ("Truppen") when the
// knowledge base resolved it to a country and sector.
function sourceText(a) {
  if (!a) return "";
  if (a.name === "unnamed") return `unnamed (${a.text})`;
  if (a.country && (!a.name || a.name === countryName(a.country) || (a.name === a.text && !/\s/.test(a.text)))) {
    return a.sector ? `${countryName(a.country)} (${SECTORS[a.sector] || a.sector})` : countryName(a.country);
  }
  return a.name || a.text;
}
const dateText = (d) => (d && typeof d === "object" ? d.value || d.text || "" : d || "");
const typeBadge = (t) => h("span", { class: "type", style: `background:${colour(t)}` }, t);
const names = (xs) => (xs || []).map(sourceText).filter(Boolean);
// deniers are governments as a rule: "Russia", not "Russia (government)"
const deniers = (xs) => [...new Set((xs || []).map((a) => (a.country && (!a.name || a.name === countryName(a.country)) ? countryName(a.country) : sourceText(a))))].filter(Boolean);
const QUAL = { at_least: "≥", at_most: "≤", about: "~" };
const quantityText = (qs) => (qs || []).map((q) => `${QUAL[q.qualifier] || ""}${Number(q.value).toLocaleString("en")} ${q.unit || ""}`.trim()).join(", ");
const VERBS = {
  AGREE: "agrees with", CONSULT: "meets", SUPPORT: "supports", CONCEDE: "concedes to", COOPERATE: "cooperates with",
  AID: "aids", RETREAT: "withdraws from", REQUEST: "asks", ACCUSE: "accuses", REJECT: "rejects", THREATEN: "threatens",
  PROTEST: "protests against", SANCTION: "sanctions", MOBILIZE: "mobilises against", COERCE: "coerces", ASSAULT: "attacks",
};
const ALONE = { MOBILIZE: "mobilises", AGREE: "agrees", CONSULT: "holds talks", PROTEST: "protests", RETREAT: "withdraws", ASSAULT: "attacks" };
// "Georgia (civilians) attacks Russia (military) in Tskhinvali": a step told in words, no "→ –"
function happening(x) {
  const who = actorText(x.source);
  const verb = x.target ? `${VERBS[x.event_type] || x.event_type.toLowerCase()} ${actorText(x.target)}${x.target.inferred ? " (inferred)" : ""}` : (ALONE[x.event_type] || x.event_type.toLowerCase());
  const where = x.location && (x.location.name || typeof x.location === "string") ? ` in ${x.location.name || x.location}` : "";
  const mod = x.modality && x.modality !== "factual" ? ` (${x.modality})` : "";
  return `${who} ${verb}${where}${mod}`;
}

// -- events table -----------------------------------------------------------------------------
const FILTERS = ["q", "type", "modality", "country", "source", "actor", "since", "until", "denied", "article"];

function filterBar(params, onApply, keys = FILTERS) {
  const s = summary || { event_types: {}, modalities: {}, countries: {}, sources: {} };
  const field = {
    q: () => h("label", {}, "Search", h("input", { type: "search", name: "q", "data-testid": "filter-q", placeholder: "words in the evidence, actors, places…" })),
    type: () => h("label", {}, "Type", h("select", { name: "type", "data-testid": "filter-type" }, h("option", { value: "" }, "any"),
      Object.keys(s.event_types).sort().map((t) => h("option", { value: t }, `${t} (${s.event_types[t]})`)))),
    modality: () => h("label", {}, "Modality", h("select", { name: "modality", "data-testid": "filter-modality" }, h("option", { value: "" }, "any"),
      ["factual", "future", "hypothetical", "negated"].map((m) => h("option", { value: m }, m)))),
    country: () => h("label", {}, "Country", h("select", { name: "country", "data-testid": "filter-country" }, h("option", { value: "" }, "any"),
      Object.keys(s.countries).sort().map((c) => h("option", { value: c }, `${c} (${s.countries[c]})`)))),
    source: () => h("label", {}, "Source", h("select", { name: "source", "data-testid": "filter-source" }, h("option", { value: "" }, "any"),
      h("option", { value: "none" }, "the article itself"),
      Object.keys(s.sources).sort().map((c) => h("option", { value: c }, `${c} (${s.sources[c]})`)))),
    actor: () => h("label", {}, "Actor", h("input", { name: "actor", "data-testid": "filter-actor", placeholder: "PRK, POL-GOV, name" })),
    since: () => h("label", {}, "From", h("input", { type: "date", name: "since", "data-testid": "filter-since" })),
    until: () => h("label", {}, "To", h("input", { type: "date", name: "until", "data-testid": "filter-until" })),
    denied: () => h("label", {}, "Denied", h("select", { name: "denied", "data-testid": "filter-denied" }, h("option", { value: "" }, "any"),
      h("option", { value: "true" }, "denied"), h("option", { value: "false" }, "not denied"))),
    article: () => h("label", {}, "Article", h("input", { name: "article", "data-testid": "filter-article", placeholder: "article id" })),
  };
  const form = h("form", { class: "filters", "data-testid": "filters" }, keys.map((k) => field[k]()),
    h("button", { type: "submit", "data-testid": "apply" }, "Apply"),
    h("button", { type: "button", "data-testid": "reset", onclick: () => onApply({}) }, "Reset"));
  for (const el of form.querySelectorAll("input,select")) {
    el.value = params.get(el.name) || "";
    if (el.tagName === "SELECT") el.addEventListener("change", () => form.requestSubmit());
  }
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    onApply(Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== "")));
  });
  return form;
}

// The dropdowns' counts for the filters in force: "GEO (8)" is what choosing GEO gives with the
// other filters kept (a choice's own filter is left out of its count).
const FACET_OF = { type: "event_types", modality: "modalities", country: "countries", source: "sources" };
async function fillCounts(form, params, keys = FILTERS) {
  const counts = await api("facets", Object.fromEntries(keys.map((k) => [k, params.get(k) || ""])));
  for (const sel of form.querySelectorAll("select")) {
    const facet = counts[FACET_OF[sel.name]];
    if (!facet) continue;
    for (const opt of sel.options) {
      if (!opt.value || opt.value === "none") continue;
      opt.textContent = `${opt.value} (${facet[opt.value] || 0})`;
    }
  }
}

async function eventsPage(r, main) {
  const p = r.params;
  const limit = 50;
  const offset = Number(p.get("offset") || 0);
  const query = Object.fromEntries(FILTERS.map((k) => [k, p.get(k) || ""]));
  const bar = filterBar(p, (f) => go("events", f));
  main.replaceChildren(h("h1", {}, "Events"), bar);
  const [page] = await Promise.all([api("events", { ...query, limit, offset }), fillCounts(bar, p)]);
  const focus = p.get("focus");
  const when = (e) => {
    if (dateText(e.date)) return h("span", { "data-testid": "event-date" }, dateText(e.date));
    const pub = e.article_meta && e.article_meta.published;
    return pub ? h("span", { "data-testid": "event-date", class: "muted published", title: "no date in the text: the article's publication date" }, pub, h("sup", {}, " pub."))
      : h("span", { class: "muted" }, "–");
  };
  const rows = page.items.map((e) => h("tr", { id: `ev-${e.event_id}`, "data-event": e.event_id, class: e.event_id === focus ? "focus" : null },
    h("td", { class: "nowrap" }, when(e)),
    h("td", {}, typeBadge(e.event_type)),
    h("td", {}, actorText(e.source)),
    h("td", {}, e.target ? actorText(e.target) : h("span", { class: "muted" }, "–"), inferredMark(e.target)),
    h("td", {}, e.location ? `${e.location.name}${e.location.country ? " (" + countryName(e.location.country) + ")" : ""}` : h("span", { class: "muted" }, "–")),
    h("td", { class: "evidence", "data-testid": "evidence" }, `“${(e.evidence && e.evidence.text) || ""}”`,
      quantityText(e.quantities) ? h("div", { class: "muted" }, "how many: ", quantityText(e.quantities)) : null),
    h("td", {}, names(e.attribution).join("; ") || h("span", { class: "muted" }, "the article")),
    h("td", {}, h("span", { class: "tag" }, e.modality), e.hedged ? h("span", { class: "tag hedged" }, "hedged") : null,
      e.denied_by.length ? h("span", { class: "tag denied" }, "denied by " + deniers(e.denied_by).join(", ")) : null),
    h("td", {}, h("a", { href: articleLink(e.article, e.event_id), "data-testid": "article-link", title: e.article }, (e.article_meta && e.article_meta.title) || e.article)),
  ));
  const pager = h("div", { class: "pager" },
    h("button", { disabled: offset === 0, onclick: () => go("events", { ...query, offset: Math.max(0, offset - limit) }) }, "‹ previous"),
    h("span", { "data-testid": "total" }, page.total ? `${offset + 1}–${offset + page.items.length} of ${page.total.toLocaleString("en")}${page.capped ? "+" : ""} events` : "no events match"),
    h("button", { disabled: !page.next, onclick: () => go("events", { ...query, offset: offset + limit }) }, "next ›"));
  main.append(pager, h("div", { class: "scroll" }, h("table", { "data-testid": "events-table" },
    h("thead", {}, h("tr", {}, ["Date", "Type", "Source", "Target", "Place", "Evidence", "According to", "Claim", "Article"].map((c) => h("th", {}, c)))),
    h("tbody", {}, rows))));
  if (focus) document.getElementById(`ev-${focus}`)?.scrollIntoView({ block: "center" });
}

// -- article view -----------------------------------------------------------------------------
function highlighted(text, spans) {
  // split the text at every span boundary; each piece is marked with all spans covering it
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { out.push(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const ids = [...new Set(covering.flatMap((s) => s.event_ids))];
    out.push(h("mark", { class: `hl ${kinds.join(" ")}`, "data-kinds": kinds.join(" "), "data-events": ids.join(" "),
      title: [...new Set(covering.flatMap((s) => s.labels))].join("\n") }, piece));
  }
  return out;
}

function focusEvent(eventId) {
  for (const m of root.querySelectorAll("mark.hl")) m.classList.toggle("focus", m.dataset.events.split(" ").includes(eventId));
  for (const c of root.querySelectorAll(".card[data-event]")) c.classList.toggle("focus", c.dataset.event === eventId);
  root.querySelector(`mark.hl.evidence.focus`)?.scrollIntoView({ block: "center" });
}

async function articlePage(r, main) {
  const a = await api(`articles/${encodeURIComponent(r.arg)}`);
  const legend = h("div", { class: "legend" },
    h("span", {}, h("i", { class: "swatch", style: "background:var(--evidence)" }), "evidence of an event"),
    h("span", {}, h("i", { class: "swatch", style: "background:var(--attribution)" }), "source it is attributed to"),
    h("span", {}, h("i", { class: "swatch", style: "background:var(--denial)" }), "who denies it"));
  const cards = a.events.map((e) => h("div", { class: "card", "data-event": e.event_id, "data-testid": "event-card", onclick: () => focusEvent(e.event_id) },
    h("div", { class: "row" }, typeBadge(e.event_type), " ", h("span", { class: "tag" }, e.modality), e.hedged ? h("span", { class: "tag hedged" }, "hedged") : null,
      " ", h("span", { class: "muted" }, dateText(e.date))),
    h("div", { class: "row" }, h("b", {}, happening(e))),
    quantityText(e.quantities) ? h("div", { class: "row", "data-testid": "quantities" }, "how many: ", h("b", {}, quantityText(e.quantities))) : null,
    h("div", { class: "row muted" }, "according to: ", names(e.attribution).join("; ") || "the article"),
    e.denied_by.length ? h("div", { class: "row" }, h("span", { class: "tag denied" }, "denied by " + deniers(e.denied_by).join(", "))) : null,
    h("div", { class: "row" }, h("a", { href: `#/events?article=${encodeURIComponent(a.id)}&focus=${e.event_id}`, "data-testid": "back-to-table" }, "↩ in the events table"))));
  main.replaceChildren(
    h("h1", { "data-testid": "article-title" }, a.title || a.id),
    h("div", { class: "muted" }, [a.id, a.lang, a.published, a.url].filter(Boolean).join(" · ")),
    legend,
    h("div", { class: "split" },
      h("div", { class: "article-text", "data-testid": "article-text", lang: a.lang }, highlighted(a.text, a.spans)),
      h("div", {}, h("h2", {}, `${a.events.length} event(s)`), h("div", { class: "cards" }, cards))));
  const ev = r.params.get("event");
  if (ev) focusEvent(ev);
}

async function articlesPage(r, main) {
  const q = r.params.get("q") || "";
  const input = h("input", { type: "search", name: "q", value: q, placeholder: "title or text", "data-testid": "articles-q" });
  const form = h("form", { class: "filters", onsubmit: (e) => { e.preventDefault(); go("articles", { q: input.value }); } },
    h("label", {}, "Search articles", input), h("button", { type: "submit" }, "Search"));
  const page = await api("articles", { q, limit: 500 });
  main.replaceChildren(h("h1", {}, "Articles"), form, h("table", { "data-testid": "articles-table" },
    h("thead", {}, h("tr", {}, ["Published", "Title", "Language", "Events"].map((c) => h("th", {}, c)))),
    h("tbody", {}, page.items.map((a) => h("tr", {}, h("td", {}, a.published || "–"),
      h("td", {}, h("a", { href: articleLink(a.id) }, a.title || a.id)), h("td", {}, a.lang),
      h("td", {}, h("a", { href: `#/events?article=${encodeURIComponent(a.id)}` }, String(a.events))))))));
}

// -- shell ------------------------------------------------------------------------------------
const PAGES = { events: eventsPage, article: articlePage, articles: articlesPage, stories: storiesPage, map: mapPage, network: networkPage };

let renders = 0;
async function render() {
  const r = route();
  showError(null);
  for (const a of document.querySelectorAll("header nav a[data-page]")) {
    a.classList.toggle("active", a.dataset.page === r.page || (r.page === "article" && a.dataset.page === "articles"));
  }
  const seq = ++renders;
  document.body.dataset.page = r.page;
  delete document.body.dataset.ready;
  delete document.body.dataset.hash;
  try {
    if (!summary) {
      summary = await api("summary");
      document.getElementById("counts").textContent = `${summary.counts.articles} articles · ${summary.counts.events} events`;
    }
    // each route draws into its own view; a slower, older route then writes into a detached one
    const view = h("div", { class: "view" });
    root.replaceChildren(view);
    await (PAGES[r.page] || eventsPage)(r, view);
  } catch (err) {
    if (seq === renders) showError(err);
  }
  if (seq !== renders) return; // a newer route is being drawn
  document.body.dataset.ready = r.page; // tests and screenshots wait for these two
  document.body.dataset.hash = location.hash;
}

window.addEventListener("hashchange", render);
render();
