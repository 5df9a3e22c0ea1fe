"""Cross-document fusion: the same event told by many articles becomes one fused event.

Events match when type, source country and target country agree and their dates (each widened by
a few days; the publication date stands in for a missing one) overlap. Within a fused event,
syndicated copies (the same sentence in several articles) count as one report, so corroboration
counts independent sources, not articles. Disagreements are kept and shown, never averaged away.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlparse

from ..language.dates import date_range

SLACK = timedelta(days=3)  # reports of one event rarely agree on its day
CERTAINTY = ["factual", "future", "hypothetical", "negated"]  # most to least certain that it happened


def _published(article: dict[str, Any] | None) -> date | None:
    value = (article or {}).get("published")
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def publisher(article_id: str, article: dict[str, Any] | None) -> str:
    """Who published an article: the URL's host, else the article id (each article its own outlet)."""
    host = urlparse((article or {}).get("url") or "").netloc.lower()
    return host.removeprefix("www.") or f"article:{article_id}"


Key = tuple[str, str | None, str | None, bool]


@dataclass
class _Cluster:
    key: Key
    lo: date | None
    hi: date | None
    members: list[dict[str, Any]] = field(default_factory=list)
    places: set[str] = field(default_factory=set)

    def accepts(self, rng: tuple[date, date] | None, place: str | None) -> bool:
        """Overlapping dates (with slack), and no other country as the place where both name one."""
        if place is not None and self.places and place not in self.places:
            return False
        if rng is None or self.lo is None or self.hi is None:
            return True
        return rng[0] - SLACK <= self.hi and self.lo <= rng[1] + SLACK

    def add(self, ev: dict[str, Any], rng: tuple[date, date] | None) -> None:
        self.members.append(ev)
        place = (ev.get("location") or {}).get("country")
        if place:
            self.places.add(place)
        if rng is not None:
            self.lo = rng[0] if self.lo is None else min(self.lo, rng[0])
            self.hi = rng[1] if self.hi is None else max(self.hi, rng[1])


def _country(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("country") or actor.get("actor_id")


def fuse_events(events: Iterable[dict[str, Any]], articles: dict[str, dict[str, Any]] | None = None
                ) -> list[dict[str, Any]]:
    """Group events (public JSON, see docs/events.md) that report the same happening.

    ``articles`` maps article id → {"published", "url", "title"}; it supplies the publication date
    for undated events and the publisher for counting independent sources.
    """
    articles = articles or {}
    clusters: dict[Key, list[_Cluster]] = {}
    ordered: list[_Cluster] = []
    evs = sorted(events, key=lambda e: (_sort_date(e, articles), e["article"], e["evidence"]["start"]))
    for ev in evs:
        # a plan and its execution are two happenings; a report and its negation are one, in dispute
        realis = ev["modality"] in ("factual", "negated")
        key = (ev["event_type"], _country(ev.get("source")), _country(ev.get("target")), realis)
        rng = date_range((ev.get("date") or {}).get("value"))
        if rng is None:
            pub = _published(articles.get(ev["article"]))
            rng = (pub, pub) if pub else None
        place = (ev.get("location") or {}).get("country")
        target = next((c for c in clusters.get(key, []) if c.accepts(rng, place)), None)
        if target is None:
            target = _Cluster(key, None, None)
            clusters.setdefault(key, []).append(target)
            ordered.append(target)
        target.add(ev, rng)
    return [_summarise(c, articles) for c in ordered]


def _sort_date(ev: dict[str, Any], articles: dict[str, dict[str, Any]]) -> str:
    rng = date_range((ev.get("date") or {}).get("value"))
    if rng:
        return rng[0].isoformat()
    pub = _published(articles.get(ev["article"]))
    return pub.isoformat() if pub else "9999"


def _most_common(items: list[dict[str, Any] | None], key: str = "actor_id") -> dict[str, Any] | None:
    present = [x for x in items if x]
    if not present:
        return None
    counts = Counter(x.get(key) or x.get("name") for x in present)
    best = counts.most_common(1)[0][0]
    return next(x for x in present if (x.get(key) or x.get("name")) == best)


def _independent_sources(members: list[dict[str, Any]], articles: dict[str, dict[str, Any]]
                         ) -> list[dict[str, Any]]:
    """Named sources, plus the outlet itself where an article asserts the event without a source;
    a sentence syndicated to several articles counts once."""
    seen_sentences: set[str] = set()
    sources: dict[str, dict[str, Any]] = {}
    for ev in members:
        sentence = " ".join(ev["evidence"].get("sentence", "").split()).lower()
        if sentence in seen_sentences and sentence:
            continue
        seen_sentences.add(sentence)
        outlet = publisher(ev["article"], articles.get(ev["article"]))
        for a in ev.get("attribution") or []:
            if a.get("name") == "unnamed":
                sources.setdefault(f"unnamed@{outlet}", {"name": f"unnamed ({outlet})", "country": a.get("country"),
                                                         "sector": a.get("sector")})
            else:
                sources.setdefault(f"{a.get('name')}|{a.get('country')}",
                                   {"name": a.get("name"), "country": a.get("country"), "sector": a.get("sector")})
        if not ev.get("attribution"):
            sources.setdefault(f"outlet@{outlet}", {"name": outlet, "country": None, "sector": "MEDIA"})
    return list(sources.values())


def _quantity_conflicts(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Counts of the same unit that cannot both be true (3,000 vs 12,000; 'at least 5,000' vs 2,000)."""
    by_unit: dict[str | None, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for ev in members:
        for q in ev.get("quantities") or []:
            by_unit.setdefault(q.get("unit"), []).append((q, ev))
    out = []
    for unit, qs in by_unit.items():
        for i, (a, ea) in enumerate(qs):
            for b, eb in qs[i + 1:]:
                if ea["article"] == eb["article"] and ea["event_id"] == eb["event_id"]:
                    continue
                if not _compatible(a, b):
                    out.append({"kind": "quantity", "detail": f"{a['text']} vs {b['text']}",
                                "event_ids": sorted({ea["event_id"], eb["event_id"]}), "unit": unit})
    return out


def _bounds(q: dict[str, Any]) -> tuple[float, float]:
    v = float(q["value"])
    return {"at_least": (v, float("inf")), "at_most": (0.0, v), "about": (v * 0.8, v * 1.2)}.get(
        q.get("qualifier") or "exact", (v * 0.95, v * 1.05))


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    return alo <= bhi and blo <= ahi


def _contradictions(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    denied = [e for e in members if e.get("denied_by")]
    if denied:
        deniers = sorted({d.get("country") or d.get("name") or "?" for e in denied for d in e["denied_by"]})
        out.append({"kind": "denial", "detail": f"denied by {', '.join(deniers)}",
                    "event_ids": sorted({e["event_id"] for e in denied})})
    happened = [e for e in members if e["modality"] == "factual"]
    not_happened = [e for e in members if e["modality"] == "negated"]
    if happened and not_happened:
        out.append({"kind": "modality", "detail": "reported as having happened and as not having happened",
                    "event_ids": sorted({e["event_id"] for e in happened + not_happened})})
    places = {(e.get("location") or {}).get("country") for e in members} - {None}
    if len(places) > 1:
        out.append({"kind": "location", "detail": f"placed in {', '.join(sorted(places))}",
                    "event_ids": sorted({e["event_id"] for e in members if e.get("location")})})
    out.extend(_quantity_conflicts(members))
    return out


def _days(rng: tuple[date, date] | None) -> int:
    """Length of a date range in days: the shortest is the most specific date."""
    return (rng[1] - rng[0]).days if rng else 10**6


def _summarise(c: _Cluster, articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    members = c.members
    first = members[0]
    fused_id = hashlib.sha1(f"{c.key}|{first['event_id']}".encode()).hexdigest()[:16]
    located = [e.get("location") for e in members if e.get("location")]
    cities = [loc for loc in located if loc and loc.get("name") and loc["name"] != (loc.get("country") or "")]
    dated = [e["date"] for e in members if e.get("date")]
    specific = sorted(dated, key=lambda d: _days(date_range(d["value"])))
    sources = _independent_sources(members, articles)
    quantities: list[dict[str, Any]] = []
    for e in members:
        for q in e.get("quantities") or []:
            if q not in quantities:
                quantities.append(q)
    denied_by: list[dict[str, Any]] = []
    for e in members:
        for d in e.get("denied_by") or []:
            if d not in denied_by:
                denied_by.append(d)
    return {
        "fused_id": fused_id,
        "event_type": c.key[0],
        "source": _most_common([e.get("source") for e in members]),
        "target": _most_common([e.get("target") for e in members]),
        "location": _most_common(cities or located, key="name"),  # type: ignore[arg-type]
        "date": specific[0] if specific else None,
        "first_seen": c.lo.isoformat() if c.lo else None,
        "last_seen": c.hi.isoformat() if c.hi else None,
        "modality": min((e["modality"] for e in members), key=CERTAINTY.index),
        "hedged": all(e["hedged"] for e in members),
        "event_ids": [e["event_id"] for e in members],
        "articles": sorted({e["article"] for e in members}),
        "sources": sources,
        "corroboration": len(sources),
        "contradictions": _contradictions(members),
        "denied_by": denied_by,
        "quantities": quantities,
    }
