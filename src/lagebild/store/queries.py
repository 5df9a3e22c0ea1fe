"""Read-only queries behind the REST API and the web UI: filtered pages with totals, actors,
network edges, places, and the article text with its highlighted spans.

They live beside ``db.Store`` (not in it) so the storage layer stays small; all of them only read.
Filters that SQL can index run in SQL; full-text search runs over the filtered events in Python,
because the JSON column is stored ASCII-escaped and ``LIKE`` would miss "ß" or "ä".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from .db import ArticleRow, EventRow, Store

MODALITIES = ("factual", "future", "hypothetical", "negated")


@dataclass
class EventFilter:
    """The filters analysts combine; every field is optional and all given ones must hold."""

    actor: str | None = None  # actor id, country code or name: source, target or attributed source
    country: str | None = None  # ISO3 of source, target or location
    event_type: str | None = None
    modality: str | None = None
    source: str | None = None  # who it is attributed to (name), "none" for the article's own voice
    since: date | None = None
    until: date | None = None
    article: str | None = None
    q: str | None = None  # full-text search over evidence, actors, places and sources
    denied: bool | None = None

    def apply(self, q: Select[Any]) -> Select[Any]:
        """Add the SQL-expressible filters to a select over ``EventRow``."""
        if self.actor:
            low = self.actor.lower()
            like = f"%{like_escape(low)}%"
            q = q.where(or_(func.lower(EventRow.source_actor).like(like, escape="\\"),
                            func.lower(EventRow.target_actor).like(like, escape="\\"),
                            func.lower(EventRow.source_country) == low, func.lower(EventRow.target_country) == low,
                            func.lower(func.coalesce(EventRow.attributed_to, "")).like(like, escape="\\")))
        if self.country:
            c = self.country.upper()
            q = q.where(or_(EventRow.source_country == c, EventRow.target_country == c, EventRow.location_country == c))
        if self.event_type:
            q = q.where(EventRow.event_type == self.event_type.upper())
        if self.modality:
            q = q.where(EventRow.modality == self.modality)
        if self.source:
            if self.source.lower() == "none":
                q = q.where(EventRow.attributed_to.is_(None))
            else:
                q = q.where(func.lower(func.coalesce(EventRow.attributed_to, "")).like(
                    f"%{like_escape(self.source.lower())}%", escape="\\"))
        if self.since:
            q = q.where(EventRow.event_date >= self.since)
        if self.until:
            q = q.where(EventRow.event_date <= self.until)
        if self.article:
            q = q.where(EventRow.article_id == self.article)
        if self.denied is not None:
            q = q.where(EventRow.denied.is_(self.denied))
        return q


def _ordered(q: Select[Any]) -> Select[Any]:
    return q.order_by(EventRow.event_date.is_(None), EventRow.event_date, EventRow.pk)


def haystack(ev: dict[str, Any]) -> str:
    """The words an analyst may search an event by, case-folded."""
    parts: list[Any] = [ev.get("event_type"), ev.get("trigger"), ev.get("article"), ev.get("modality")]
    for key in ("source", "target", "location"):
        part = ev.get(key) or {}
        parts += [part.get("text"), part.get("name"), part.get("actor_id"), part.get("country")]
    for a in (ev.get("attribution") or []) + (ev.get("denied_by") or []):
        parts += [a.get("text"), a.get("name")]
    evidence = ev.get("evidence") or {}
    parts += [evidence.get("sentence"), (ev.get("date") or {}).get("value")]
    return " ".join(str(p) for p in parts if p).casefold()


def matches(ev: dict[str, Any], text: str) -> bool:
    """True when every word of ``text`` occurs in the event's searchable words."""
    hay = haystack(ev)
    return all(word in hay for word in text.casefold().split())


def event_page(store: Store, f: EventFilter, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """One page of events matching ``f``, and how many match in all."""
    with Session(store.engine) as s:
        if f.q:
            found = [dict(d) for d in s.scalars(_ordered(f.apply(select(EventRow.data)))) if matches(d, f.q)]
            return len(found), found[offset:offset + limit]
        total = s.scalar(f.apply(select(func.count()).select_from(EventRow))) or 0
        rows = s.scalars(_ordered(f.apply(select(EventRow.data))).offset(offset).limit(limit))
        return total, [dict(d) for d in rows]


def all_events(store: Store, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Every event matching ``f`` (for aggregates: network, map, actors, fusion)."""
    f = f or EventFilter()
    with Session(store.engine) as s:
        found = [dict(d) for d in s.scalars(_ordered(f.apply(select(EventRow.data))))]
    return [e for e in found if matches(e, f.q)] if f.q else found


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    with Session(store.engine) as s:
        data = s.scalar(select(EventRow.data).where(EventRow.event_id == event_id))
    return dict(data) if data is not None else None


def _article_meta(r: ArticleRow, n_events: int | None = None) -> dict[str, Any]:
    meta: dict[str, Any] = {"id": r.id, "title": r.title, "url": r.url, "lang": r.lang,
                            "published": r.published.isoformat() if r.published else None, "origin": r.origin}
    if n_events is not None:
        meta["events"] = n_events
    return meta


def article_page(store: Store, q: str | None, lang: str | None, limit: int,
                 offset: int) -> tuple[int, list[dict[str, Any]]]:
    """Articles (newest first) with their event counts; ``q`` searches title and text."""
    counts = select(EventRow.article_id, func.count().label("n")).group_by(EventRow.article_id).subquery()
    sel = select(ArticleRow, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.article_id == ArticleRow.id)
    if lang:
        sel = sel.where(ArticleRow.lang == lang)
    sel = sel.order_by(ArticleRow.published.is_(None), ArticleRow.published.desc(), ArticleRow.pk)
    with Session(store.engine) as s:
        rows = [(r, n) for r, n in s.execute(sel)]
    if q:
        words = q.casefold().split()
        rows = [(r, n) for r, n in rows if all(w in f"{r.title or ''} {r.id} {r.text}".casefold() for w in words)]
    return len(rows), [_article_meta(r, n) for r, n in rows[offset:offset + limit]]


def article_titles(store: Store) -> dict[str, dict[str, Any]]:
    """Article metadata by id (no text), e.g. for fusion and for labelling events."""
    with Session(store.engine) as s:
        return {r.id: _article_meta(r) for r in s.scalars(select(ArticleRow).order_by(ArticleRow.pk))}


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """The article with its full text, its events and the character spans to highlight."""
    with Session(store.engine) as s:
        row = s.scalar(select(ArticleRow).where(ArticleRow.id == article_id))
        if row is None:
            return None
        meta = _article_meta(row)
        meta["text"] = row.text
    events = all_events(store, EventFilter(article=article_id))
    meta["events"] = events
    meta["spans"] = highlight_spans(meta["text"], events)
    return meta


def _find_near(text: str, needle: str, lo: int, hi: int, anchor: int) -> tuple[int, int] | None:
    """Offsets of ``needle`` in ``text[lo:hi]`` nearest to ``anchor``, else anywhere in the text."""
    if not needle:
        return None
    for a, b in ((lo, hi), (0, len(text))):
        best, i = None, text.find(needle, a, b)
        while i != -1:
            if best is None or abs(i - anchor) < abs(best - anchor):
                best = i
            i = text.find(needle, i + 1, b)
        if best is not None:
            return best, best + len(needle)
    return None


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_DENIAL_CUE = re.compile(r"bestreit|dementi|zurückgewiesen|weist|wiesen|leugne|den(y|ies|ied)|reject|dismiss|refute",
                         re.IGNORECASE)


def _denial_sentence(text: str, deniers: list[str], claim_start: int) -> tuple[int, int] | None:
    """The sentence that voices the denial: from the claim on, the one naming most of the deniers,
    preferring one with a denial verb and, on a tie, the earliest."""
    best: tuple[int, int, int] | None = None
    best_span: tuple[int, int] | None = None
    for m in _SENTENCE.finditer(text, claim_start):
        named = sum(d in m.group() for d in deniers)
        if not named:
            continue
        score = (named, 1 if _DENIAL_CUE.search(m.group()) else 0, -m.start())
        if best is None or score > best:
            best, best_span = score, (m.start(), m.end())
    return best_span


def _offsets(text: str, entry: dict[str, Any]) -> tuple[int, int] | None:
    """The offsets an attribution or denial entry carries, when they still fit the article text."""
    start, end = entry.get("start"), entry.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return start, end
    return None


def highlight_spans(text: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Spans to mark in the article: each event's evidence (exact offsets), and the words of its
    attribution and denials, at the offsets they carry; events stored before those offsets existed
    are searched instead: attribution in the evidence sentence, a denial in the sentence that voices it.
    Spans of the same kind and place are merged, listing all their events."""
    spans: list[dict[str, Any]] = []
    for ev in events:
        evd = ev.get("evidence") or {}
        start, end = evd.get("start"), evd.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        eid = ev["event_id"]
        spans.append({"kind": "evidence", "start": start, "end": end, "event_id": eid,
                      "label": f"{ev['event_type']} ({ev['modality']})"})
        sentence = evd.get("sentence") or ""
        s_start = text.find(sentence, max(0, start - len(sentence)), end + len(sentence)) if sentence else -1
        s_lo, s_hi = (s_start, s_start + len(sentence)) if s_start != -1 else (start, end)
        for a in ev.get("attribution") or []:
            hit = _offsets(text, a) or _find_near(text, a.get("text") or "", s_lo, s_hi, start)
            if hit:
                spans.append({"kind": "attribution", "start": hit[0], "end": hit[1], "event_id": eid,
                              "label": f"according to {a.get('name') or a.get('text')}"})
        deniers = [d for d in ev.get("denied_by") or [] if d.get("text")]
        where = _denial_sentence(text, [d["text"] for d in deniers], s_lo) if deniers else None
        for d in deniers:
            hit = _offsets(text, d) or (_find_near(text, d["text"], *where, where[0]) if where else None)
            hit = hit or _find_near(text, d["text"], s_lo, s_hi, start)
            if hit:
                spans.append({"kind": "denial", "start": hit[0], "end": hit[1], "event_id": eid,
                              "label": f"denied by {d.get('name') or d['text']}"})
    merged: dict[tuple[str, int, int], dict[str, Any]] = {}
    for sp in spans:
        key = (sp.pop("kind"), sp["start"], sp["end"])
        m = merged.setdefault(key, {"kind": key[0], "start": key[1], "end": key[2], "event_ids": [], "labels": []})
        if sp["event_id"] not in m["event_ids"]:
            m["event_ids"].append(sp["event_id"])
        if sp["label"] not in m["labels"]:
            m["labels"].append(sp["label"])
    spans = list(merged.values())
    spans.sort(key=lambda sp: (sp["start"], -sp["end"], sp["kind"]))
    return spans


def _actor_key(actor: dict[str, Any]) -> str:
    return actor.get("actor_id") or actor.get("name") or actor.get("text") or "?"


def actors(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Actors with how often they act, are acted on, and are cited as a source; most active first."""
    info: dict[str, dict[str, Any]] = {}
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    for ev in events:
        for role, actor in (("source", ev.get("source")), ("target", ev.get("target"))):
            if actor:
                key = _actor_key(actor)
                info.setdefault(key, {"actor_id": key, "name": actor.get("name"), "country": actor.get("country"),
                                      "sector": actor.get("sector")})
                roles[key][role] += 1
        for a in ev.get("attribution") or []:
            if a.get("name") and a.get("name") != "unnamed":
                key = a["name"] if not a.get("country") else f"{a['country']}-{a['sector']}" if a.get("sector") else a["name"]
                info.setdefault(key, {"actor_id": key, "name": a.get("name"), "country": a.get("country"),
                                      "sector": a.get("sector")})
                roles[key]["cited"] += 1
    out = []
    for key, meta in info.items():
        r = roles[key]
        out.append({**meta, "as_source": r["source"], "as_target": r["target"], "cited": r["cited"],
                    "events": r["source"] + r["target"]})
    out.sort(key=lambda a: (-a["events"], -a["cited"], a["actor_id"]))
    return out


def network(events: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Who acts on whom: one edge per (source, target, type) weighted by its number of events."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for ev in events:
        src, tgt = ev.get("source"), ev.get("target")
        if not src or not tgt:
            continue
        s, t = _actor_key(src), _actor_key(tgt)
        if s == t:
            continue
        for key, actor in ((s, src), (t, tgt)):
            node = nodes.setdefault(key, {"id": key, "name": actor.get("name"), "country": actor.get("country"),
                                          "sector": actor.get("sector"), "events": 0})
            node["events"] += 1
        edge = edges.setdefault((s, t, ev["event_type"]), {"source": s, "target": t, "event_type": ev["event_type"],
                                                           "weight": 0, "event_ids": []})
        edge["weight"] += 1
        edge["event_ids"].append(ev["event_id"])
    return {"nodes": sorted(nodes.values(), key=lambda n: -n["events"]),
            "edges": sorted(edges.values(), key=lambda e: -e["weight"])}


def places(events: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Event locations (one point per place, with its events) and event counts per country."""
    import pycountry

    points: dict[tuple[float, float], dict[str, Any]] = {}
    per_country: Counter[str] = Counter()
    for ev in events:
        loc = ev.get("location") or {}
        if loc.get("country"):
            per_country[loc["country"]] += 1
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        p = points.setdefault((loc["lat"], loc["lon"]), {"name": loc.get("name"), "country": loc.get("country"),
                                                         "lat": loc["lat"], "lon": loc["lon"], "events": 0,
                                                         "event_types": Counter(), "event_ids": []})
        p["events"] += 1
        p["event_types"][ev["event_type"]] += 1
        p["event_ids"].append(ev["event_id"])
    countries = []
    for code, n in per_country.most_common():
        c = pycountry.countries.get(alpha_3=code)
        countries.append({"country": code, "name": c.name if c else code, "numeric": c.numeric if c else None, "events": n})
    return {"points": [{**p, "event_types": dict(p["event_types"])} for p in points.values()], "countries": countries}


def facets(store: Store) -> dict[str, Any]:
    """What the filters can choose from: types, modalities, countries, sources, the date range."""
    with Session(store.engine) as s:
        types = dict(s.execute(select(EventRow.event_type, func.count()).group_by(EventRow.event_type)).all())
        mods = dict(s.execute(select(EventRow.modality, func.count()).group_by(EventRow.modality)).all())
        # events per country as the country filter counts them: once per event, whether the country
        # is its source, target or location (a sum per column counted some events twice)
        countries: Counter[str] = Counter()
        cols = (EventRow.source_country, EventRow.target_country, EventRow.location_country)
        for row in s.execute(select(*cols).group_by(*cols).add_columns(func.count())):
            for code in {c for c in row[:3] if c}:
                countries[code] += row[3]
        sources: Counter[str] = Counter()
        for joined, n in s.execute(select(EventRow.attributed_to, func.count()).where(EventRow.attributed_to.is_not(None))
                                   .group_by(EventRow.attributed_to)):
            for name in joined.split("; "):
                sources[name] += n
        first, last = s.execute(select(func.min(EventRow.event_date), func.max(EventRow.event_date))).one()
    return {"counts": store.counts(), "event_types": types, "modalities": mods, "countries": dict(countries.most_common()),
            "sources": dict(sources.most_common()),
            "dates": {"first": first.isoformat() if first else None, "last": last.isoformat() if last else None}}


def article_hash(store: Store, article_id: str) -> str | None:
    """The content hash stored under an article id (None if the id is free)."""
    with Session(store.engine) as s:
        return s.scalar(select(ArticleRow.content_hash).where(ArticleRow.id == article_id))


def signature(store: Store) -> tuple[int, int]:
    """Changes whenever events are added or removed: the key for caching derived results."""
    with Session(store.engine) as s:
        n, top = s.execute(select(func.count(), func.max(EventRow.pk)).select_from(EventRow)).one()
    return int(n or 0), int(top or 0)


def like_escape(text: str) -> str:
    """``text`` matched literally by LIKE (with escape "\\"): "%" and "_" are not wildcards here."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
