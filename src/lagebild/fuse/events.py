"""Cross-document fusion: the same event told by many articles becomes one fused event.

Events match when type, source country and target country agree, their dates (each widened by
a few days; the publication date stands in for a missing one) overlap and they start in the same
calendar week, so reports that follow each other day after day do not chain into one fused event
spanning months (a fixed calendar, not the reports seen so far: the same in any order). Within a fused event,
syndicated copies (the same sentence in several articles) count as one report, so corroboration
counts independent sources, not articles. Disagreements are kept and shown, never averaged away.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlparse

from ..language.dates import date_range

SLACK = timedelta(days=3)  # reports of one event rarely agree on its day
MAX_SPAN = timedelta(days=62)  # a date vaguer than this ("2024") places an event by its publication
CERTAINTY = ["factual", "future", "hypothetical", "negated"]  # most to least certain that it happened
# Fused events and stories live within one period of this many days, counted from a Monday (calendar
# weeks): a development that goes on is a new fused event (and story) each week.
PERIOD_DAYS = 7
_EPOCH = date(1970, 1, 5)  # a Monday


def _published(article: dict[str, Any] | None) -> date | None:
    value = (article or {}).get("published")
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def publisher(article_id: str, article: dict[str, Any] | None) -> str:
    """Who published an article: its outlet as the metadata names it, else the URL's host, else
    its file or feed, else its id (each article then counts as its own outlet)."""
    article = article or {}
    named = article.get("outlet") or article.get("site_name")
    if named:
        return str(named)
    host = urlparse(article.get("url") or "").netloc.lower()
    if host:
        return host.removeprefix("www.")
    origin = (article.get("origin") or "").rsplit("/", 1)[-1].split(":")[0]
    return origin if origin and origin != "api" else article_id


def _country(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("country") or actor.get("actor_id")


def blocking_key(ev: dict[str, Any]) -> str:
    """Reports can only be one event when these agree: type, source and target country, and
    realis (a plan and its execution are two happenings; a report and its negation are one)."""
    realis = ev["modality"] in ("factual", "negated")
    return f"{ev['event_type']}|{_country(ev.get('source')) or ''}|{_country(ev.get('target')) or ''}|{int(realis)}"


def period(day: date | None) -> str:
    """The period (calendar week) ``day`` falls in, named by its first day; '' for no date."""
    if day is None:
        return ""
    return (day - timedelta(days=(day - _EPOCH).days % PERIOD_DAYS)).isoformat()


def fusion_key(ev: dict[str, Any], rng: tuple[date, date] | None) -> str:
    """The blocking key and the period the report's dates start in: only reports of one key and
    period can fuse (``rng``: the report's window, see ``window``)."""
    return f"{blocking_key(ev)}|{period(rng[0] if rng else None)}"


# dates this close to date.min/max cannot be widened by SLACK and MAX_SPAN (OverflowError): such a
# date ("im Jahr 1", a typo'd 9999) places nothing, as a vague one does
_FIRST_DAY, _LAST_DAY = date(2, 1, 1), date(9998, 12, 31)


def _placeable(rng: tuple[date, date] | None) -> bool:
    return rng is not None and _FIRST_DAY <= rng[0] and rng[1] <= _LAST_DAY


def window(ev: dict[str, Any], published: date | None) -> tuple[date, date] | None:
    """The event's dates; the publication date stands in for a missing, very vague or
    out-of-range one."""
    rng = date_range((ev.get("date") or {}).get("value"))
    if _placeable(rng) and rng[1] - rng[0] <= MAX_SPAN:  # type: ignore[index]
        return rng
    pub = (published, published) if published else None
    return pub if _placeable(pub) else None


def linked(a: tuple[tuple[date, date] | None, str | None], b: tuple[tuple[date, date] | None, str | None]) -> bool:
    """Two reports of one key link when their dates, each widened by SLACK, overlap, and they
    name no two different countries as the place (undated reports link only to undated ones)."""
    (ra, pa), (rb, pb) = a, b
    if ra is None or rb is None:
        return ra is None and rb is None
    if pa is not None and pb is not None and pa != pb:
        return False
    return ra[0] - SLACK <= rb[1] and rb[0] - SLACK <= ra[1]


def member_order(ev: dict[str, Any], rng: tuple[date, date] | None) -> tuple[str, str, int, str]:
    return (rng[0].isoformat() if rng else "9999", ev["article"], (ev.get("evidence") or {}).get("start") or 0,
            ev["event_id"])


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def group_indexes(items: list[tuple[str, tuple[date, date] | None, str | None]]) -> list[list[int]]:
    """Fused groups over (key, window, place) items: the connected components of ``linked``, so
    the result does not depend on the order events arrive in (ingest adds to the same groups).

    One sweep per key by start date; of the earlier reports still open at a start date, every one
    of the same place (or without one) links, and those all overlap each other, so one
    representative per place (the one open longest) is enough."""
    parent = list(range(len(items)))
    by_key: dict[str, list[int]] = {}
    for i, (key, _, _) in enumerate(items):
        by_key.setdefault(key, []).append(i)
    for idx in by_key.values():
        undated = [i for i in idx if items[i][1] is None]
        for i in undated[1:]:
            parent[_find(parent, i)] = _find(parent, undated[0])
        dated = sorted((i for i in idx if items[i][1] is not None), key=lambda i: items[i][1])  # type: ignore[arg-type, return-value]
        reps: dict[str | None, int] = {}  # place -> the open report that ends last
        for i in dated:
            lo, hi = items[i][1]  # type: ignore[misc]
            place = items[i][2]
            for p, j in reps.items():
                if (place is None or p is None or p == place) and items[j][1][1] + SLACK >= lo:  # type: ignore[index]
                    ra, rb = _find(parent, i), _find(parent, j)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
            j = reps.get(place)
            if j is None or items[j][1][1] < hi:  # type: ignore[index]
                reps[place] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(_find(parent, i), []).append(i)
    return list(groups.values())


def fuse_events(events: Iterable[dict[str, Any]], articles: dict[str, dict[str, Any]] | None = None
                ) -> list[dict[str, Any]]:
    """Group events (public JSON, see docs/events.md) that report the same happening.

    ``articles`` maps article id → {"published", "url", "title"}; it supplies the publication date
    for undated events and the publisher for counting independent sources. Fused events come
    ordered by their first report's date.
    """
    articles = articles or {}
    evs = list(events)
    windows = [window(e, _published(articles.get(e["article"]))) for e in evs]
    items = [(fusion_key(e, w), w, (e.get("location") or {}).get("country")) for e, w in zip(evs, windows, strict=True)]
    out = [summarise([evs[i] for i in g], [items[i][1] for i in g], articles) for g in group_indexes(items)]
    out.sort(key=lambda f: (f["first_seen"] or "9999", f["fused_id"]))
    return out


def _most_common(items: list[dict[str, Any] | None], key: str = "actor_id") -> dict[str, Any] | None:
    present = [x for x in items if x]
    if not present:
        return None
    counts = Counter(x.get(key) or x.get("name") for x in present)
    best = counts.most_common(1)[0][0]
    return next(x for x in present if (x.get(key) or x.get("name")) == best)


def _is_actor(a: dict[str, Any], actor: dict[str, Any] | None) -> bool:
    """True when a cited source is the event's own actor ('the Kremlin said Russia ...')."""
    if not actor:
        return False
    if a.get("name") and a.get("name") in (actor.get("name"), actor.get("actor_id")):
        return True
    return bool(a.get("country")) and a.get("country") == actor.get("country") and \
        (a.get("sector") == actor.get("sector") or not a.get("sector") or not actor.get("sector"))


def _independent_sources(members: list[dict[str, Any]], articles: dict[str, dict[str, Any]]
                         ) -> list[dict[str, Any]]:
    """Who independently tells of the event: each named original source once, never the actor
    itself; a report with no such source counts its outlet (once per outlet, unnamed sources
    included). A sentence syndicated to several articles counts once."""
    seen_sentences: set[str] = set()
    sources: dict[str, dict[str, Any]] = {}
    for ev in members:
        sentence = " ".join(ev["evidence"].get("sentence", "").split()).lower()
        if sentence in seen_sentences and sentence:
            continue
        seen_sentences.add(sentence)
        named = [a for a in ev.get("attribution") or []
                 if a.get("name") and a.get("name") != "unnamed" and not _is_actor(a, ev.get("source"))]
        for a in named:
            sources.setdefault(f"{a.get('name')}|{a.get('country')}",
                               {"name": a.get("name"), "country": a.get("country"), "sector": a.get("sector")})
        if not named:
            outlet = publisher(ev["article"], articles.get(ev["article"]))
            sources.setdefault(f"outlet@{outlet}", {"name": outlet, "country": None, "sector": "MEDIA"})
    return list(sources.values())


def _quantity_conflicts(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Counts of the same unit that cannot both be true (3,000 vs 12,000; 'at least 5,000' vs 2,000):
    one entry per pair of distinct claims with every event that makes either, not one per pair of
    reports (a group of 1,500 reports of a few figures gave 200k entries)."""
    claims: dict[tuple[Any, ...], tuple[dict[str, Any], set[str], set[tuple[str, str]]]] = {}
    for ev in members:
        for q in ev.get("quantities") or []:
            key = (q.get("unit"), float(q["value"]), q.get("qualifier") or "exact")
            _, ids, reports = claims.setdefault(key, (q, set(), set()))
            ids.add(ev["event_id"])
            reports.add((ev["article"], ev["event_id"]))
    out = []
    items = list(claims.items())
    for i, (ka, (a, ids_a, rep_a)) in enumerate(items):
        for kb, (b, ids_b, rep_b) in items[i + 1:]:
            if ka[0] != kb[0] or rep_a == rep_b and len(rep_a) == 1 or _compatible(a, b):
                continue  # other unit; one report's own two figures ("3 dead, 30 injured" share no unit); compatible
            out.append({"kind": "quantity", "detail": f"{a['text']} vs {b['text']}",
                        "event_ids": sorted(ids_a | ids_b), "unit": ka[0]})
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
        deniers = sorted({d.get("name") or d.get("country") or d.get("text") or "?" for e in denied for d in e["denied_by"]})
        out.append({"kind": "denial", "detail": f"denied by {', '.join(deniers)}",
                    "event_ids": sorted({e["event_id"] for e in denied})})
    sectors = {(e.get("source") or {}).get("sector") for e in members} - {None}
    if len(sectors) > 1:
        out.append({"kind": "source", "detail": f"actor given as {', '.join(sorted(sectors))}",
                    "event_ids": sorted({e["event_id"] for e in members if (e.get("source") or {}).get("sector")})})
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


def summarise(members: list[dict[str, Any]], windows: list[tuple[date, date] | None],
              articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The fused event of a group of reports (``windows``: each report's dates, see ``window``)."""
    order = sorted(range(len(members)), key=lambda i: member_order(members[i], windows[i]))
    members = [members[i] for i in order]
    dated = [w for w in windows if w is not None]
    lo = min((w[0] for w in dated), default=None)
    hi = max((w[1] for w in dated), default=None)
    first = members[0]
    fused_id = hashlib.sha1(f"{blocking_key(first)}|{first['event_id']}".encode()).hexdigest()[:16]
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
    seen_deniers: set[Any] = set()
    for e in members:
        for d in e.get("denied_by") or []:
            who = d.get("name") or d.get("text") or d.get("country")
            if who not in seen_deniers:
                seen_deniers.add(who)
                denied_by.append(d)
    return {
        "fused_id": fused_id,
        "event_type": first["event_type"],
        "source": _most_common([e.get("source") for e in members]),
        "target": _most_common([e.get("target") for e in members]),
        "location": _most_common(cities or located, key="name"),  # type: ignore[arg-type]
        "date": specific[0] if specific else None,
        "first_seen": lo.isoformat() if lo else None,
        "last_seen": hi.isoformat() if hi else None,
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
