/* lagebild web UI, the drawn views: story timelines, the map and the actor network (d3).
   Loaded before app.js, whose helpers (h, api, actorText, ...) they call when drawn. */
"use strict";

// -- stories: fused events on a timeline -------------------------------------------------------
const STORIES_PER_PAGE = 20;
const span = (a, b) => (a && b && a !== b ? `${a} – ${b}` : a || b || "undated");

// words of `text` in lines no wider than `width` pixels, in the font of the SVG text element
// `textEl`, measured on a canvas: asking the SVG element for its length forces a layout per word,
// seconds for a timeline of a thousand steps
let wrapCtx = null;
function wrapText(textEl, text, width) {
  wrapCtx = wrapCtx || document.createElement("canvas").getContext("2d");
  const style = getComputedStyle(textEl);
  wrapCtx.font = `${style.fontWeight} ${textEl.getAttribute("font-size") || parseFloat(style.fontSize)}px ${style.fontFamily}`;
  const measure = (t) => wrapCtx.measureText(t).width * 1.04; // a little slack for rounding in SVG
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let line = "";
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && measure(next) > width) { lines.push(line); line = w; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

async function storiesPage(r, main) {
  main.replaceChildren(h("h1", {}, "Stories"));
  const stories = await api("stories", { limit: 500 });
  if (!stories.items.length) { main.append(h("p", { class: "muted" }, "No stories yet: ingest more articles.")); return; }
  const q = (r.params.get("q") || "").trim();
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = (s) => `${s.title || ""} ${(s.countries || []).map((c) => c + " " + countryName(c)).join(" ")} ${(s.articles || []).join(" ")}`.toLowerCase();
  const matching = stories.items.filter((s) => words.every((w) => hay(s).includes(w)));
  const pages = Math.max(1, Math.ceil(matching.length / STORIES_PER_PAGE));
  const pageNo = Math.min(pages, Math.max(1, Number(r.params.get("page") || 1)));
  const shown = matching.slice((pageNo - 1) * STORIES_PER_PAGE, pageNo * STORIES_PER_PAGE);
  const current = r.arg || (shown[0] || stories.items[0]).story_id;
  const keep = (extra) => ({ q, page: pageNo > 1 ? pageNo : "", ...extra });
  const search = h("input", { type: "search", name: "q", value: q, placeholder: "title, country, article", "data-testid": "stories-q" });
  const form = h("form", { class: "filters", onsubmit: (e) => { e.preventDefault(); go("stories", { q: search.value }); } },
    h("label", {}, "Search stories", search), h("button", { type: "submit" }, "Search"));
  const pager = h("div", { class: "pager", "data-testid": "stories-pager" },
    h("button", { disabled: pageNo <= 1, onclick: () => go("stories", keep({ page: pageNo - 1 }), current) }, "‹"),
    h("span", { "data-testid": "stories-total" }, matching.length ? `${(pageNo - 1) * STORIES_PER_PAGE + 1}–${(pageNo - 1) * STORIES_PER_PAGE + shown.length} of ${matching.length} stories` : "no story matches"),
    h("button", { disabled: pageNo >= pages, onclick: () => go("stories", keep({ page: pageNo + 1 }), current) }, "›"));
  const qs = (extra) => { const u = new URLSearchParams(Object.entries(keep(extra)).filter(([, v]) => v !== "")); return u.toString() ? "?" + u : ""; };
  const list = h("div", { class: "list", "data-testid": "story-list" }, shown.map((s) => h("a", {
    class: `item${s.story_id === current ? " active" : ""}`, href: `#/stories/${encodeURIComponent(s.story_id)}${qs({})}` },
  h("b", {}, s.title || s.story_id), h("div", { class: "muted" }, `${span(dateText(s.start), dateText(s.end))} · ${s.articles.length} article(s) · ${s.length} step(s)`))));
  const detail = h("div", { class: "story-detail" });
  main.append(h("div", { class: "split stories" }, h("div", {}, form, pager, list), detail));
  const story = await api(`stories/${encodeURIComponent(current)}`);
  detail.append(h("h2", { "data-testid": "story-title" }, story.title || story.story_id),
    h("div", { class: "muted" }, `${span(dateText(story.start), dateText(story.end))} · countries: ${(story.countries || []).map(countryName).join(", ") || "–"}`),
    h("div", { class: "row" }, "articles: ", (story.articles || []).map((id, i) => [i ? ", " : "", h("a", { href: articleLink(id) }, id)])));
  const items = (story.timeline || []).map((t) => ({ ...t, when: new Date(dateText(t.date).split("/")[0]) }))
    .filter((t) => !isNaN(t.when)).sort((a, b) => a.when - b.when);
  const width = Math.max(340, Math.min(1000, detail.clientWidth || 800));
  const narrow = width < 600;
  // labels in a column on the left (wrapped, never cut), dots on the time axis on the right
  const labelW = Math.round(width * (narrow ? 0.55 : 0.5));
  const [first, last] = items.length ? d3.extent(items, (t) => t.when) : [new Date(), new Date()];
  const pad = Math.max(2, Math.round((last - first) / 864e5 / 10));
  const x = d3.scaleUtc().domain([d3.utcDay.offset(first, -pad), d3.utcDay.offset(last, pad)]).range([labelW + 24, width - 44]);
  const svg = d3.select(detail).append("svg").attr("class", "chart").attr("data-testid", "timeline").attr("width", "100%");
  const probe = svg.append("text").attr("font-size", 12);
  let y = 16;
  for (const t of items) {
    t.lines = wrapText(probe.node(), `${dateText(t.date)} · ${happening(t)}${t.corroboration ? ` · ${t.corroboration} source(s)` : ""}`, labelW - 16);
    const rowH = Math.max(26, t.lines.length * 15 + 11);
    t.y = y + rowH / 2; // each step in its own band: a wrapped label never reaches the next one
    y += rowH;
  }
  probe.remove();
  const height = y + 40;
  svg.attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("g").attr("transform", `translate(0,${height - 30})`).call(d3.axisBottom(x).ticks(narrow ? 2 : 5).tickFormat(d3.utcFormat(narrow ? "%b %d" : "%Y-%m-%d")));
  const g = svg.selectAll("g.timeline-item").data(items).join("g").attr("class", "timeline-item")
    .attr("transform", (t) => `translate(0,${t.y})`)
    .on("click", (ev, t) => showFused(t.fused_id, fusedBox));
  g.append("line").attr("x1", labelW).attr("x2", (t) => x(t.when)).attr("stroke", "#dde").attr("stroke-dasharray", "2,3");
  g.append("line").attr("x1", (t) => x(t.when)).attr("x2", (t) => x(t.when)).attr("y2", (t) => height - 30 - t.y).attr("stroke", "#ccd").attr("stroke-dasharray", "2,3");
  g.append("circle").attr("cx", (t) => x(t.when)).attr("r", 7).attr("fill", (t) => colour(t.event_type));
  g.filter((t) => t.contradicted).append("circle").attr("cx", (t) => x(t.when)).attr("r", 10).attr("fill", "none").attr("stroke", "#c0392b").attr("stroke-width", 2);
  const label = g.append("text").attr("class", "step-label").attr("font-size", 12).attr("y", (t) => -((t.lines.length - 1) * 15) / 2);
  label.selectAll("tspan").data((t) => t.lines).join("tspan").attr("x", 8).attr("dy", (l, i) => (i ? 15 : 4)).text((l) => l);
  g.append("title").text((t) => `${happening(t)}${t.contradicted ? " — contradicted" : ""}`);
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
    h("div", { class: "row" }, h("b", {}, happening(f))),
    h("div", { class: "row" }, `corroborated by ${f.corroboration ?? 0} independent source(s): `, (f.sources || []).map((s) => s.name).join(", ") || "–"),
    (f.contradictions || []).length ? h("div", { class: "row" }, h("span", { class: "tag denied" }, "contradictions: " + f.contradictions.map((c) => c.detail || c.kind).join("; "))) : null,
    (f.denied_by || []).length ? h("div", { class: "row" }, h("span", { class: "tag denied" }, "denied by " + deniers(f.denied_by).join(", "))) : null,
    h("div", { class: "row" }, "reported in: ", events.filter(Boolean).map((e, i) => [i ? ", " : "", h("a", { href: articleLink(e.article, e.event_id) }, e.article_meta?.title || e.article)]))));
}

// -- map --------------------------------------------------------------------------------------
let world = null;
async function mapPage(r, main) {
  const p = r.params;
  const keys = ["type", "modality", "since", "until", "q"];
  const bar = filterBar(p, (f) => go("map", f), keys);
  main.replaceChildren(h("h1", {}, "Map of event locations"), bar);
  const query = Object.fromEntries(keys.map((k) => [k, p.get(k) || ""]));
  const [places, all, topo] = await Promise.all([api("places", query), api("events", { ...query, limit: 1 }),
    world || fetch("/static/vendor/countries-110m.json").then((x) => x.json()), fillCounts(bar, p, keys)]);
  world = topo;
  const located = d3.sum(places.points, (q) => q.events);
  const unplaced = Math.max(0, all.total - located);
  // a capped total (a text search counted up to 10,000) is a lower bound: no "unplaced" figure from it
  main.append(h("p", { class: "muted", "data-testid": "map-unplaced" }, !all.total ? "No events match."
    : all.capped ? `${located} event(s) shown at ${places.points.length} place(s), of more than ${all.total.toLocaleString("en")} matching events.`
    : `${located} of ${all.total} event(s) shown at ${places.points.length} place(s); ${unplaced} event(s) have no place with coordinates and are not on the map.`));
  const countries = topojson.feature(topo, topo.objects.countries);
  const byNumeric = new Map(places.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const width = 960, height = 540, m = 36;
  // Mercator framed on the events (with context around them); the ocean fills the whole view, so
  // no globe edge shows and nothing is cut off
  const projection = d3.geoMercator();
  if (places.points.length) {
    const lons = places.points.map((q) => q.lon), lats = places.points.map((q) => q.lat);
    const [lo0, lo1, la0, la1] = [d3.min(lons), d3.max(lons), d3.min(lats), d3.max(lats)];
    const pad = Math.max(6, (lo1 - lo0) * 0.15, (la1 - la0) * 0.15);
    const frame = { type: "MultiPoint", coordinates: [[Math.max(-179, lo0 - pad), Math.max(-75, la0 - pad)], [Math.min(179, lo1 + pad), Math.min(80, la1 + pad)]] };
    projection.fitExtent([[m, m], [width - m, height - m]], frame);
  } else {
    projection.fitExtent([[m, m], [width - m, height - m]], { type: "MultiPoint", coordinates: [[-170, -60], [170, 75]] });
  }
  const path = d3.geoPath(projection);
  const maxC = d3.max(places.countries, (c) => c.events) || 1;
  const shade = d3.scaleSequential([0, maxC], d3.interpolateBlues);
  const svg = d3.select(main).append("svg").attr("class", "chart").attr("data-testid", "map").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("rect").attr("width", width).attr("height", height).attr("fill", "#e8f1f8");
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "map-country").attr("d", path)
    .attr("data-country", (d) => byNumeric.get(String(d.id).padStart(3, "0"))?.country || null)
    .attr("fill", (d) => { const c = byNumeric.get(String(d.id).padStart(3, "0")); return c ? shade(c.events * 0.8 + maxC * 0.2) : "#d5dadd"; })
    .append("title").text((d) => { const c = byNumeric.get(String(d.id).padStart(3, "0")); return `${d.properties.name}${c ? ": " + c.events + " event(s)" : ""}`; });
  const radius = d3.scaleSqrt([1, d3.max(places.points, (q) => q.events) || 1], [5, 16]);
  const pts = places.points.map((q) => { const [x, y] = projection([q.lon, q.lat]); return { ...q, x, y, r: radius(q.events) }; });
  const list = h("div", { "data-testid": "map-events" });
  svg.append("g").selectAll("circle").data(pts).join("circle").attr("class", "map-point").attr("data-testid", "map-point")
    .attr("cx", (q) => q.x).attr("cy", (q) => q.y).attr("r", (q) => q.r)
    .attr("fill", (q) => colour(Object.entries(q.event_types).sort((a, b) => b[1] - a[1])[0][0]))
    .on("click", (ev, q) => showPlace(q, list))
    .append("title").text((q) => `${q.name} (${countryName(q.country)}): ${Object.entries(q.event_types).map(([t, n]) => `${n} ${t}`).join(", ")}`);
  // labels: the first free spot of right, left, above, below; a label that fits nowhere is left
  // out (its name is in the point's tooltip) rather than drawn over another
  const taken = pts.map((q) => ({ x0: q.x - q.r, x1: q.x + q.r, y0: q.y - q.r, y1: q.y + q.r }));
  const clash = (b) => b.x0 < 2 || b.y0 < 2 || b.x1 > width - 2 || b.y1 > height - 2
    || taken.some((t) => b.x0 < t.x1 && t.x0 < b.x1 && b.y0 < t.y1 && t.y0 < b.y1);
  const labels = [];
  for (const q of [...pts].sort((a, b) => b.events - a.events)) {
    const w = textWidth(q.name), hgt = 13;
    const spots = [[q.x + q.r + 3, q.y - hgt / 2], [q.x - q.r - 3 - w, q.y - hgt / 2], [q.x - w / 2, q.y - q.r - 2 - hgt], [q.x - w / 2, q.y + q.r + 2]];
    const spot = spots.map(([x, y]) => ({ x0: x, y0: y, x1: x + w, y1: y + hgt })).find((b) => !clash(b));
    if (spot) { taken.push(spot); labels.push({ name: q.name, x: spot.x0, y: spot.y0 + hgt - 3 }); }
  }
  svg.append("g").selectAll("text").data(labels).join("text").attr("class", "map-label").attr("data-testid", "map-label")
    .attr("font-size", LABEL_FONT).attr("pointer-events", "none").attr("x", (l) => l.x).attr("y", (l) => l.y).text((l) => l.name);
  main.append(typeLegend(), list);
}

async function showPlace(place, box) {
  const events = await Promise.all(place.event_ids.slice(0, 50).map((id) => api(`events/${id}`)));
  box.replaceChildren(h("h2", {}, `${place.name}: ${place.events} event(s)`), h("div", { class: "cards" }, events.map((e) => h("div", { class: "card" },
    typeBadge(e.event_type), " ", happening(e), " · ", dateText(e.date) || (e.article_meta?.published ? e.article_meta.published + " (published)" : "undated"), " · ",
    h("a", { href: articleLink(e.article, e.event_id) }, e.article_meta?.title || e.article)))));
}

function typeLegend(types) {
  const present = types || Object.keys((summary && summary.event_types) || {});
  return h("div", { class: "legend", "data-testid": "type-legend" }, present.sort().map((t) => h("span", {}, h("i", { class: "swatch", style: `background:${colour(t)}` }), t)));
}

// -- actor network ----------------------------------------------------------------------------
const LABEL_FONT = 11;
let measureCtx = null;
function textWidth(text) {
  measureCtx = measureCtx || document.createElement("canvas").getContext("2d");
  measureCtx.font = `${LABEL_FONT}px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif`;
  return measureCtx.measureText(text).width * 1.08 + 4; // a little slack for the halo and font fallback
}

// A node's box: the circle with its label centred below it. Boxes are kept apart by rectangleCollide.
function nodeBox(n) {
  const w = Math.max(2 * n.r, n.labelW);
  return { x0: n.x - w / 2, x1: n.x + w / 2, y0: n.y - n.r, y1: n.y + n.r + LABEL_FONT + 6 };
}

// Pairs of nodes whose boxes (with `padding`) may overlap: a sweep over the boxes sorted by their
// left edge compares each only with those starting before it ends, not every pair (a network of a
// few hundred actors was seconds of layout).
function nearPairs(nodes, padding) {
  const boxes = nodes.map((n, i) => ({ i, b: nodeBox(n) })).sort((a, c) => a.b.x0 - c.b.x0);
  const pairs = [];
  for (let a = 0; a < boxes.length; a++) {
    const right = boxes[a].b.x1 + padding;
    for (let c = a + 1; c < boxes.length && boxes[c].b.x0 < right; c++) {
      const [p, q] = [boxes[a], boxes[c]];
      if (Math.min(p.b.y1, q.b.y1) - Math.max(p.b.y0, q.b.y0) + padding > 0) pairs.push([Math.min(p.i, q.i), Math.max(p.i, q.i)]);
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

// A force that pushes overlapping node boxes apart along the axis of least overlap.
function rectangleCollide(padding = 6) {
  let nodes = [];
  const force = (alpha) => {
    for (const [i, j] of nearPairs(nodes, padding)) {
      const a = nodeBox(nodes[i]), b = nodeBox(nodes[j]);
      const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + padding;
      const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + padding;
      if (ox <= 0 || oy <= 0) continue;
      const [p, q] = [nodes[i], nodes[j]];
      const k = alpha === undefined ? 0.5 : Math.max(0.5, alpha);
      if (ox < oy) { const d = (p.x < q.x ? -1 : 1) * ox * k / 2; p.x += d; q.x -= d; }
      else { const d = (p.y < q.y ? -1 : 1) * oy * k / 2; p.y += d; q.y -= d; }
    }
  };
  force.initialize = (ns) => { nodes = ns; };
  return force;
}

function overlaps(nodes, padding = 2) {
  return nearPairs(nodes, padding).length > 0;
}

async function networkPage(r, main) {
  const p = r.params;
  const keys = ["type", "country", "since", "until", "q"];
  main.replaceChildren(h("h1", {}, "Actor network"), h("p", { class: "muted" }, "Who acts on whom: an arrow per source, target and event type; its width is the number of events. Drag to pan, scroll or pinch to zoom; click an actor for its events."),
    filterBar(p, (f) => go("network", f), keys));
  const [net] = await Promise.all([api("network", Object.fromEntries(keys.map((k) => [k, p.get(k) || ""]))),
    fillCounts(main.querySelector("form.filters"), p, keys)]);
  if (!net.edges.length) { main.append(h("p", { class: "muted" }, "No events with both a source and a target match.")); return; }
  const size = d3.scaleSqrt([1, d3.max(net.nodes, (n) => n.events) || 1], [7, 18]);
  const nodes = net.nodes.map((n) => { const label = actorText(n); return { ...n, label, r: size(n.events), labelW: textWidth(label) }; });
  const links = net.edges.map((e) => ({ ...e }));
  // parallel edges between the same pair are drawn as arcs with different bends
  const pairCount = new Map();
  for (const l of links) { const k = [l.source, l.target].sort().join("|"); l.bend = pairCount.get(k) || 0; pairCount.set(k, l.bend + 1); }
  // on a phone the layout grows downwards, so labels keep a readable size
  const narrow = (main.clientWidth || 960) < 600;
  // a fixed seed: the same data gives the same picture on every load
  const sim = d3.forceSimulation(nodes).randomSource(d3.randomLcg(0.4242))
    .force("link", d3.forceLink(links).id((n) => n.id).distance((l) => 70 + (l.source.labelW + l.target.labelW) / 3).strength(0.6))
    .force("charge", d3.forceManyBody().strength(-420))
    .force("x", d3.forceX(0).strength(narrow ? 0.3 : 0.06)).force("y", d3.forceY(0).strength(narrow ? 0.02 : 0.09))
    .force("boxes", rectangleCollide(8)).stop();
  for (let i = 0; i < 400; i++) sim.tick();
  const settle = rectangleCollide(8);
  settle.initialize(nodes);
  for (let i = 0; i < 300 && overlaps(nodes, 8); i++) settle();
  // fit to view: the box around every node and label, with a margin
  const boxes = nodes.map(nodeBox);
  const m = 24;
  let [x0, x1] = [d3.min(boxes, (b) => b.x0) - m, d3.max(boxes, (b) => b.x1) + m];
  let [y0, y1] = [d3.min(boxes, (b) => b.y0) - m, d3.max(boxes, (b) => b.y1) + m];
  // a small network is not blown up: the view is at least 900 x 500 units, centred on it
  const [minW, minH] = narrow ? [Math.max(300, main.clientWidth), 400] : [900, 500];
  if (x1 - x0 < minW) { const c = (x0 + x1) / 2; [x0, x1] = [c - minW / 2, c + minW / 2]; }
  if (y1 - y0 < minH) { const c = (y0 + y1) / 2; [y0, y1] = [c - minH / 2, c + minH / 2]; }
  const stroke = d3.scaleLinear([1, d3.max(links, (l) => l.weight) || 1], [1.5, 6]);
  const svg = d3.select(main).append("svg").attr("class", "chart network").attr("data-testid", "network")
    .attr("viewBox", `${x0} ${y0} ${x1 - x0} ${y1 - y0}`).attr("preserveAspectRatio", "xMidYMid meet");
  const defs = svg.append("defs");
  for (const t of new Set(links.map((l) => l.event_type))) {
    defs.append("marker").attr("id", `arrow-${t}`).attr("viewBox", "0 -5 10 10").attr("refX", 10).attr("markerWidth", 9).attr("markerHeight", 9)
      .attr("markerUnits", "userSpaceOnUse").attr("orient", "auto").append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", colour(t));
  }
  const view = svg.append("g").attr("class", "viewport");
  view.append("g").selectAll("path").data(links).join("path").attr("class", "edge").attr("data-testid", "edge")
    .attr("stroke", (l) => colour(l.event_type)).attr("stroke-width", (l) => stroke(l.weight))
    .attr("marker-end", (l) => `url(#arrow-${l.event_type})`)
    .attr("d", (l) => {
      const [sx, sy, tx, ty] = [l.source.x, l.source.y, l.target.x, l.target.y];
      if (l.source === l.target) return `M${sx},${sy - l.source.r}c30,-40 60,0 ${l.source.r},${l.source.r}`;
      const len = Math.hypot(tx - sx, ty - sy) || 1;
      const rr = l.target.r + 3;
      const ex = tx - ((tx - sx) / len) * rr, ey = ty - ((ty - sy) / len) * rr;
      const bend = 0.12 + 0.22 * l.bend;
      const cx = (sx + ex) / 2 - (ey - sy) * bend, cy = (sy + ey) / 2 + (ex - sx) * bend;
      return `M${sx},${sy}Q${cx},${cy} ${ex},${ey}`;
    })
    .append("title").text((l) => `${l.source.id} → ${l.target.id}: ${l.weight} ${l.event_type}`);
  const node = view.append("g").selectAll("g").data(nodes).join("g").attr("class", "node").attr("data-testid", "node").attr("data-actor", (n) => n.id)
    .attr("transform", (n) => `translate(${n.x},${n.y})`).on("click", (ev, n) => go("events", { actor: n.id }));
  node.append("circle").attr("r", (n) => n.r).attr("fill", "#37474f");
  node.append("text").attr("class", "label").attr("text-anchor", "middle").attr("y", (n) => n.r + LABEL_FONT + 1)
    .attr("font-size", LABEL_FONT).text((n) => n.label);
  node.append("title").text((n) => `${n.label} [${n.id}]: ${n.events} event(s)`);
  const zoom = d3.zoom().scaleExtent([0.3, 8]).on("zoom", (ev) => view.attr("transform", ev.transform));
  svg.call(zoom).on("dblclick.zoom", null);
  const fit = h("button", { type: "button", "data-testid": "fit", onclick: () => svg.transition().duration(250).call(zoom.transform, d3.zoomIdentity) }, "Fit to view");
  main.append(h("div", { class: "pager" }, fit, h("span", { class: "muted" }, `${nodes.length} actors, ${links.length} links`)),
    typeLegend([...new Set(links.map((l) => l.event_type))]));
}
