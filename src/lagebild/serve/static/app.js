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
const actorText = (a) => (a ? `${a.name || a.text}${a.actor_id && a.actor_id !== a.name ? " (" + a.actor_id + ")" : ""}` : "–");
const dateText = (d) => (d && typeof d === "object" ? d.value || d.text || "" : d || "");
const typeBadge = (t) => h("span", { class: "type", style: `background:${colour(t)}` }, t);
const names = (xs) => (xs || []).map((a) => a.name || a.text).filter(Boolean);

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

async function eventsPage(r, main) {
  const p = r.params;
  const limit = 50;
  const offset = Number(p.get("offset") || 0);
  const query = Object.fromEntries(FILTERS.map((k) => [k, p.get(k) || ""]));
  main.replaceChildren(h("h1", {}, "Events"), filterBar(p, (f) => go("events", f)));
  const page = await api("events", { ...query, limit, offset });
  const focus = p.get("focus");
  const rows = page.items.map((e) => h("tr", { id: `ev-${e.event_id}`, "data-event": e.event_id, class: e.event_id === focus ? "focus" : null },
    h("td", {}, dateText(e.date) || h("span", { class: "muted" }, "–")),
    h("td", {}, typeBadge(e.event_type)),
    h("td", {}, actorText(e.source)),
    h("td", {}, actorText(e.target)),
    h("td", {}, e.location ? `${e.location.name} (${e.location.country || "?"})` : "–"),
    h("td", {}, h("span", { class: "tag" }, e.modality), e.hedged ? h("span", { class: "tag hedged" }, "hedged") : null),
    h("td", {}, names(e.attribution).join("; ") || h("span", { class: "muted" }, "article")),
    h("td", {}, e.denied_by.length ? h("span", { class: "tag denied" }, "denied by " + names(e.denied_by).join(", ")) : ""),
    h("td", {}, h("a", { href: articleLink(e.article, e.event_id), "data-testid": "article-link" }, e.article)),
  ));
  const pager = h("div", { class: "pager" },
    h("button", { disabled: offset === 0, onclick: () => go("events", { ...query, offset: Math.max(0, offset - limit) }) }, "‹ previous"),
    h("span", { "data-testid": "total" }, page.total ? `${offset + 1}–${offset + page.items.length} of ${page.total} events` : "no events match"),
    h("button", { disabled: offset + limit >= page.total, onclick: () => go("events", { ...query, offset: offset + limit }) }, "next ›"));
  main.append(pager, h("table", { "data-testid": "events-table" },
    h("thead", {}, h("tr", {}, ["Date", "Type", "Source", "Target", "Location", "Modality", "According to", "Denial", "Article"].map((c) => h("th", {}, c)))),
    h("tbody", {}, rows)));
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
    h("div", { class: "row" }, h("b", {}, actorText(e.source)), " → ", actorText(e.target), e.location ? ` in ${e.location.name}` : ""),
    h("div", { class: "row muted" }, "according to: ", names(e.attribution).join("; ") || "the article"),
    e.denied_by.length ? h("div", { class: "row" }, h("span", { class: "tag denied" }, "denied by " + names(e.denied_by).join(", "))) : null,
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

// -- stories: fused events on a timeline -------------------------------------------------------
async function storiesPage(r, main) {
  main.replaceChildren(h("h1", {}, "Stories"));
  const stories = await api("stories", { limit: 500 });
  if (!stories.items.length) { main.append(h("p", { class: "muted" }, "No stories yet: ingest more articles.")); return; }
  const current = r.arg || stories.items[0].story_id;
  const list = h("div", { class: "list", "data-testid": "story-list" }, stories.items.map((s) => h("a", {
    class: `item${s.story_id === current ? " active" : ""}`, href: `#/stories/${encodeURIComponent(s.story_id)}` },
  h("b", {}, s.title || s.story_id), h("div", { class: "muted" }, `${dateText(s.start)} – ${dateText(s.end)} · ${s.length} step(s)`))));
  const detail = h("div", {});
  main.append(h("div", { class: "split", style: "grid-template-columns: minmax(16rem,1fr) minmax(0,3fr)" }, list, detail));
  const story = await api(`stories/${encodeURIComponent(current)}`);
  detail.append(h("h2", { "data-testid": "story-title" }, story.title || story.story_id),
    h("div", { class: "muted" }, `${dateText(story.start)} – ${dateText(story.end)} · countries: ${(story.countries || []).join(", ") || "–"}`),
    h("div", { class: "row" }, "articles: ", (story.articles || []).map((id, i) => [i ? ", " : "", h("a", { href: articleLink(id) }, id)])));
  const items = (story.timeline || []).map((t) => ({ ...t, when: new Date(dateText(t.date).split("/")[0]) }))
    .filter((t) => !isNaN(t.when)).sort((a, b) => a.when - b.when);
  const width = Math.max(640, detail.clientWidth || 800);
  const height = 90 + 26 * items.length;
  // a margin of days around the story keeps a one-day story from being drawn in hours
  const [first, last] = items.length ? d3.extent(items, (t) => t.when) : [new Date(), new Date()];
  const pad = Math.max(2, Math.round((last - first) / 864e5 / 10));
  // labels in a column on the left, dots on the time axis on the right: nothing overflows
  const labelW = Math.round(width * 0.46);
  const x = d3.scaleUtc().domain([d3.utcDay.offset(first, -pad), d3.utcDay.offset(last, pad)]).range([labelW + 30, width - 30]);
  const svg = d3.select(detail).append("svg").attr("class", "chart").attr("data-testid", "timeline").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("g").attr("transform", `translate(0,${height - 30})`).call(d3.axisBottom(x).ticks(5).tickFormat(d3.utcFormat("%Y-%m-%d")));
  const g = svg.selectAll("g.timeline-item").data(items).join("g").attr("class", "timeline-item")
    .attr("transform", (t, i) => `translate(0,${30 + i * 26})`)
    .on("click", (ev, t) => showFused(t.fused_id, fusedBox));
  g.append("line").attr("x1", labelW + 10).attr("x2", (t) => x(t.when)).attr("stroke", "#dde").attr("stroke-dasharray", "2,3");
  g.append("line").attr("x1", (t) => x(t.when)).attr("x2", (t) => x(t.when)).attr("y2", (t, i) => height - 60 - i * 26).attr("stroke", "#ccd").attr("stroke-dasharray", "2,3");
  g.append("circle").attr("cx", (t) => x(t.when)).attr("r", 7).attr("fill", (t) => colour(t.event_type));
  g.append("text").attr("x", 10).attr("dy", "0.35em").text((t) => `${dateText(t.date)} · ${t.summary || t.event_type}`).each(function () {
    // shorten a label that does not fit its column; the full text is in the tooltip
    const el = d3.select(this);
    let text = el.text();
    while (this.getComputedTextLength() > labelW && text.length > 4) { text = text.slice(0, -2); el.text(text + "…"); }
  });
  g.filter((t) => t.contradicted).append("circle").attr("cx", (t) => x(t.when)).attr("r", 10).attr("fill", "none").attr("stroke", "#c0392b").attr("stroke-width", 2);
  g.append("title").text((t) => `${t.summary || t.fused_id}${t.contradicted ? " — contradicted" : ""}`);
  const fusedBox = h("div", { "data-testid": "fused-detail" });
  detail.append(fusedBox);
  if (items.length) showFused(items[0].fused_id, fusedBox);
}

async function showFused(fusedId, box) {
  const f = await api(`fused/${encodeURIComponent(fusedId)}`);
  const events = await Promise.all((f.event_ids || []).slice(0, 20).map((id) => api(`events/${id}`).catch(() => null)));
  box.replaceChildren(h("h2", {}, "Fused event"), h("div", { class: "card" },
    h("div", { class: "row" }, typeBadge(f.event_type), " ", h("span", { class: "tag" }, f.modality || ""), " ", dateText(f.date),
      f.first_seen ? h("span", { class: "muted" }, ` (reported for ${f.first_seen}${f.last_seen && f.last_seen !== f.first_seen ? " – " + f.last_seen : ""})`) : null),
    h("div", { class: "row" }, h("b", {}, actorText(f.source)), " → ", actorText(f.target), f.location ? ` in ${f.location.name || f.location}` : ""),
    h("div", { class: "row" }, `corroborated by ${f.corroboration ?? 0} independent source(s): `, (f.sources || []).map((s) => s.name).join(", ") || "–"),
    (f.contradictions || []).length ? h("div", { class: "row" }, h("span", { class: "tag denied" }, "contradictions: " + f.contradictions.map((c) => c.detail || c.kind).join("; "))) : null,
    (f.denied_by || []).length ? h("div", { class: "row" }, h("span", { class: "tag denied" }, "denied by " + names(f.denied_by).join(", "))) : null,
    h("div", { class: "row" }, "reported in: ", events.filter(Boolean).map((e, i) => [i ? ", " : "", h("a", { href: articleLink(e.article, e.event_id) }, e.article_meta?.title || e.article)]))));
}

// -- map --------------------------------------------------------------------------------------
let world = null;
async function mapPage(r, main) {
  const p = r.params;
  main.replaceChildren(h("h1", {}, "Map of event locations"), filterBar(p, (f) => go("map", f), ["type", "modality", "since", "until", "q"]));
  const query = Object.fromEntries(["type", "modality", "since", "until", "q"].map((k) => [k, p.get(k) || ""]));
  const [places, topo] = await Promise.all([api("places", query), world || fetch("/static/vendor/countries-110m.json").then((x) => x.json())]);
  world = topo;
  const countries = topojson.feature(topo, topo.objects.countries);
  const byNumeric = new Map(places.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const width = 960, height = 500;
  const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  if (places.points.length) {
    // zoom on the events, keeping some context around them
    const pts = { type: "MultiPoint", coordinates: places.points.map((q) => [q.lon, q.lat]) };
    const [[x0, y0], [x1, y1]] = d3.geoBounds(pts);
    const pad = Math.max(8, (x1 - x0) * 0.35, (y1 - y0) * 0.35);
    projection.fitExtent([[20, 20], [width - 20, height - 20]], { type: "MultiPoint", coordinates: [[x0 - pad, Math.max(-85, y0 - pad)], [x1 + pad, Math.min(85, y1 + pad)]] });
  }
  const path = d3.geoPath(projection);
  const maxC = d3.max(places.countries, (c) => c.events) || 1;
  const shade = d3.scaleSequential([0, maxC], d3.interpolateBlues);
  const svg = d3.select(main).append("svg").attr("class", "chart").attr("data-testid", "map").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("path").attr("d", path({ type: "Sphere" })).attr("fill", "#e8f1f8");
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "map-country").attr("d", path)
    .attr("data-country", (d) => byNumeric.get(String(d.id).padStart(3, "0"))?.country || null)
    .attr("fill", (d) => { const c = byNumeric.get(String(d.id).padStart(3, "0")); return c ? shade(c.events * 0.8 + maxC * 0.2) : "#d5dadd"; })
    .append("title").text((d) => { const c = byNumeric.get(String(d.id).padStart(3, "0")); return `${d.properties.name}${c ? ": " + c.events + " event(s)" : ""}`; });
  const radius = d3.scaleSqrt([1, d3.max(places.points, (q) => q.events) || 1], [5, 16]);
  const list = h("div", { "data-testid": "map-events" });
  svg.append("g").selectAll("circle").data(places.points).join("circle").attr("class", "map-point").attr("data-testid", "map-point")
    .attr("cx", (q) => projection([q.lon, q.lat])[0]).attr("cy", (q) => projection([q.lon, q.lat])[1]).attr("r", (q) => radius(q.events))
    .attr("fill", (q) => colour(Object.entries(q.event_types).sort((a, b) => b[1] - a[1])[0][0]))
    .on("click", (ev, q) => showPlace(q, list))
    .append("title").text((q) => `${q.name} (${q.country}): ${Object.entries(q.event_types).map(([t, n]) => `${n} ${t}`).join(", ")}`);
  svg.append("g").selectAll("text").data(places.points).join("text").attr("font-size", 11).attr("pointer-events", "none")
    .attr("x", (q) => projection([q.lon, q.lat])[0] + radius(q.events) + 3).attr("y", (q) => projection([q.lon, q.lat])[1] + 4).text((q) => q.name);
  main.append(typeLegend(), list);
}

async function showPlace(place, box) {
  const events = await Promise.all(place.event_ids.slice(0, 50).map((id) => api(`events/${id}`)));
  box.replaceChildren(h("h2", {}, `${place.name}: ${place.events} event(s)`), h("div", { class: "cards" }, events.map((e) => h("div", { class: "card" },
    typeBadge(e.event_type), " ", actorText(e.source), " → ", actorText(e.target), " · ", dateText(e.date), " · ",
    h("a", { href: articleLink(e.article, e.event_id) }, e.article_meta?.title || e.article)))));
}

function typeLegend(types) {
  const present = types || Object.keys((summary && summary.event_types) || {});
  return h("div", { class: "legend", "data-testid": "type-legend" }, present.sort().map((t) => h("span", {}, h("i", { class: "swatch", style: `background:${colour(t)}` }), t)));
}

// -- actor network ----------------------------------------------------------------------------
async function networkPage(r, main) {
  const p = r.params;
  const keys = ["type", "country", "since", "until", "q"];
  main.replaceChildren(h("h1", {}, "Actor network"), h("p", { class: "muted" }, "Who acts on whom: an arrow per source, target and event type; its width is the number of events. Click an actor for its events."),
    filterBar(p, (f) => go("network", f), keys));
  const net = await api("network", Object.fromEntries(keys.map((k) => [k, p.get(k) || ""])));
  if (!net.edges.length) { main.append(h("p", { class: "muted" }, "No events with both a source and a target match.")); return; }
  const width = 960, height = 560;
  const nodes = net.nodes.map((n) => ({ ...n }));
  const links = net.edges.map((e) => ({ ...e }));
  // parallel edges between the same pair are drawn as arcs with different bends
  const pairCount = new Map();
  for (const l of links) { const k = [l.source, l.target].sort().join("|"); l.bend = pairCount.get(k) || 0; pairCount.set(k, l.bend + 1); }
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((n) => n.id).distance(150))
    .force("charge", d3.forceManyBody().strength(-500))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("collide", d3.forceCollide(40)).stop();
  for (let i = 0; i < 300; i++) sim.tick();
  for (const n of nodes) { n.x = Math.max(40, Math.min(width - 40, n.x)); n.y = Math.max(30, Math.min(height - 30, n.y)); }
  const size = d3.scaleSqrt([1, d3.max(nodes, (n) => n.events)], [8, 22]);
  const stroke = d3.scaleLinear([1, d3.max(links, (l) => l.weight)], [1.5, 7]);
  const svg = d3.select(main).append("svg").attr("class", "chart").attr("data-testid", "network").attr("viewBox", `0 0 ${width} ${height}`);
  const defs = svg.append("defs");
  for (const t of new Set(links.map((l) => l.event_type))) {
    defs.append("marker").attr("id", `arrow-${t}`).attr("viewBox", "0 -5 10 10").attr("refX", 10).attr("markerWidth", 6).attr("markerHeight", 6)
      .attr("orient", "auto").append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", colour(t));
  }
  svg.append("g").selectAll("path").data(links).join("path").attr("class", "edge").attr("data-testid", "edge")
    .attr("stroke", (l) => colour(l.event_type)).attr("stroke-width", (l) => stroke(l.weight))
    .attr("marker-end", (l) => `url(#arrow-${l.event_type})`)
    .attr("d", (l) => {
      const [sx, sy, tx, ty] = [l.source.x, l.source.y, l.target.x, l.target.y];
      const len = Math.hypot(tx - sx, ty - sy) || 1;
      const r = size(l.target.events) + 4;
      const ex = tx - ((tx - sx) / len) * r, ey = ty - ((ty - sy) / len) * r;
      const bend = 0.15 + 0.25 * l.bend;
      const cx = (sx + ex) / 2 - (ey - sy) * bend, cy = (sy + ey) / 2 + (ex - sx) * bend;
      return `M${sx},${sy}Q${cx},${cy} ${ex},${ey}`;
    })
    .append("title").text((l) => `${l.source.id} → ${l.target.id}: ${l.weight} ${l.event_type}`);
  const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node").attr("data-testid", "node").attr("data-actor", (n) => n.id)
    .attr("transform", (n) => `translate(${n.x},${n.y})`).on("click", (ev, n) => go("events", { actor: n.id }));
  node.append("circle").attr("r", (n) => size(n.events)).attr("fill", "#37474f");
  node.append("text").attr("x", (n) => size(n.events) + 4).attr("dy", "0.35em").text((n) => n.name && n.name !== n.id ? `${n.name} (${n.id})` : n.id);
  node.append("title").text((n) => `${n.id}: ${n.events} event(s)`);
  main.append(typeLegend([...new Set(links.map((l) => l.event_type))]));
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
