"""Rollup tables: counts the unfiltered views need (summary and filter dropdowns, the actor network,
the map, the actors list), kept up to date at ingest and rebuilt from the events by ``rebuild``
(`lagebild refuse`), so a cold view reads a few thousand rollup rows instead of every event.

Each write adds its batch's counts with an upsert. Names are kept as their maximum, compared by
the database (as the GROUP BY of ``rebuild`` compares them), so both paths give identical rows.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import case, delete, func, insert, literal, select, text, tuple_, union
from sqlalchemy.orm import Session

from .schema import ActorRollup, ArticleRow, CountRollup, EdgeRollup, EventActorRow, EventRow, PointRollup

TABLES = (CountRollup, EdgeRollup, PointRollup, ActorRollup)


def _bigger(table: str, col: str) -> str:
    """The larger of the stored and the new value, NULL counting as smallest (as MAX() does)."""
    return (f"CASE WHEN excluded.{col} IS NOT NULL AND ({table}.{col} IS NULL OR excluded.{col} > {table}.{col}) "
            f"THEN excluded.{col} ELSE {table}.{col} END")


_UPSERT = {
    "agg_counts": "INSERT INTO agg_counts (kind, key, n) VALUES (:kind, :key, :n) "
                  "ON CONFLICT (kind, key) DO UPDATE SET n = agg_counts.n + excluded.n",
    "agg_edges": "INSERT INTO agg_edges (source_key, target_key, event_type, n, first_pk) "
                 "VALUES (:source_key, :target_key, :event_type, :n, :first_pk) "
                 "ON CONFLICT (source_key, target_key, event_type) DO UPDATE SET n = agg_edges.n + excluded.n, "
                 "first_pk = CASE WHEN excluded.first_pk < agg_edges.first_pk THEN excluded.first_pk "
                 "ELSE agg_edges.first_pk END",
    "agg_points": "INSERT INTO agg_points (lat, lon, event_type, n, name, country) "
                  "VALUES (:lat, :lon, :event_type, :n, :name, :country) "
                  "ON CONFLICT (lat, lon, event_type) DO UPDATE SET n = agg_points.n + excluded.n, "
                  f"name = {_bigger('agg_points', 'name')}, country = {_bigger('agg_points', 'country')}",
    "agg_actors": "INSERT INTO agg_actors (key, role, n, name, country, sector) "
                  "VALUES (:key, :role, :n, :name, :country, :sector) "
                  "ON CONFLICT (key, role) DO UPDATE SET n = agg_actors.n + excluded.n, "
                  f"name = {_bigger('agg_actors', 'name')}, country = {_bigger('agg_actors', 'country')}, "
                  f"sector = {_bigger('agg_actors', 'sector')}",
}


def _counts_of(ev: dict[str, Any]) -> list[tuple[str, str]]:
    """The (kind, key) counters one event row adds to."""
    out = [("type", ev["event_type"]), ("modality", ev["modality"])]
    out += [("country", c) for c in {ev["source_country"], ev["target_country"], ev["location_country"]} if c]
    if ev["location_country"]:
        out.append(("place", ev["location_country"]))
    if ev["attributed_to"]:
        out += [("source", name[:300]) for name in ev["attributed_to"].split("; ")]
    return out


def add(s: Session, n_articles: int, events: list[tuple[int, dict[str, Any]]], actors: list[dict[str, Any]]) -> None:
    """Count a batch of new articles, events (``(pk, event_values row)``) and their actor rows."""
    counts: Counter[tuple[str, str]] = Counter()
    counts["total", "articles"] += n_articles
    counts["total", "events"] += len(events)
    edges: dict[tuple[str, str, str], list[int]] = {}
    points: Counter[tuple[Any, ...]] = Counter()
    for pk, ev in events:
        counts.update(_counts_of(ev))
        if ev["source_key"] and ev["target_key"] and ev["source_key"] != ev["target_key"]:
            e = edges.setdefault((ev["source_key"], ev["target_key"], ev["event_type"]), [0, pk])
            e[0] += 1
            e[1] = min(e[1], pk)
        if ev["lat"] is not None and ev["lon"] is not None:
            points[ev["lat"], ev["lon"], ev["event_type"], ev["location_name"], ev["location_country"]] += 1
    people = Counter((a["key"], a["role"], a["name"], a["country"], a["sector"]) for a in actors)
    rows = {
        "agg_counts": [{"kind": k, "key": v, "n": n} for (k, v), n in counts.items() if n],
        "agg_edges": [{"source_key": a, "target_key": b, "event_type": t, "n": n, "first_pk": first}
                      for (a, b, t), (n, first) in edges.items()],
        "agg_points": [{"lat": lat, "lon": lon, "event_type": t, "n": n, "name": name, "country": c}
                       for (lat, lon, t, name, c), n in points.items()],
        "agg_actors": [{"key": k, "role": r, "n": n, "name": name, "country": c, "sector": sec}
                       for (k, r, name, c, sec), n in people.items()],
    }
    for table, params in rows.items():
        if params:  # one statement per row: rows of the same key within a batch upsert one after another
            s.execute(text(_UPSERT[table]), sorted(params, key=_order))


def _order(row: dict[str, Any]) -> tuple[str, ...]:
    return tuple("" if v is None else str(v) for v in row.values())


def rebuild(s: Session) -> None:
    """Recompute every rollup from the stored articles, events and actor rows (GROUP BYs)."""
    e, ea = EventRow, EventActorRow
    for table in TABLES:
        s.execute(delete(table))
    c = CountRollup.__table__
    cols = (c.c.kind, c.c.key, c.c.n)
    s.execute(insert(c).from_select(cols, select(literal("total"), literal("articles"), func.count())
                                    .select_from(ArticleRow)))
    s.execute(insert(c).from_select(cols, select(literal("total"), literal("events"), func.count()).select_from(e)))
    for kind, col in (("type", e.event_type), ("modality", e.modality)):
        s.execute(insert(c).from_select(cols, select(literal(kind), col, func.count()).group_by(col)))
    s.execute(insert(c).from_select(cols, select(literal("place"), e.location_country, func.count())
                                    .where(e.location_country.is_not(None))
                                    .group_by(e.location_country)))
    parts = union(*(select(e.pk, col.label("c")).where(col.is_not(None))
                    for col in (e.source_country, e.target_country, e.location_country))).subquery()
    s.execute(insert(c).from_select(cols, select(literal("country"), parts.c.c, func.count()).group_by(parts.c.c)))
    sources: Counter[str] = Counter()
    for joined, n in s.execute(select(e.attributed_to, func.count()).where(e.attributed_to.is_not(None))
                               .group_by(e.attributed_to)):
        for name in joined.split("; "):
            sources[name[:300]] += n
    if sources:
        s.execute(insert(c), [{"kind": "source", "key": k, "n": n} for k, n in sorted(sources.items())])
    t = EdgeRollup.__table__
    s.execute(insert(t).from_select(
        (t.c.source_key, t.c.target_key, t.c.event_type, t.c.n, t.c.first_pk),
        select(e.source_key, e.target_key, e.event_type, func.count(), func.min(e.pk))
        .where(e.source_key.is_not(None), e.target_key.is_not(None), e.source_key != e.target_key)
        .group_by(e.source_key, e.target_key, e.event_type)))
    t = PointRollup.__table__
    s.execute(insert(t).from_select(
        (t.c.lat, t.c.lon, t.c.event_type, t.c.n, t.c.name, t.c.country),
        select(e.lat, e.lon, e.event_type, func.count(), func.max(e.location_name), func.max(e.location_country))
        .where(e.lat.is_not(None), e.lon.is_not(None)).group_by(e.lat, e.lon, e.event_type)))
    t = ActorRollup.__table__
    s.execute(insert(t).from_select(
        (t.c.key, t.c.role, t.c.n, t.c.name, t.c.country, t.c.sector),
        select(ea.key, ea.role, func.count(), func.max(ea.name), func.max(ea.country), func.max(ea.sector))
        .group_by(ea.key, ea.role)))


def rebuild_store(store: Any) -> None:
    """``rebuild`` in one write transaction of ``store``."""
    with store.writing() as s:
        rebuild(s)


def snapshot(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every rollup row, sorted (to compare the incremental and the rebuilt tables)."""
    with Session(store.engine) as s:
        return {t.__tablename__: sorted(tuple(r) for r in s.execute(select(t.__table__)))
                for t in TABLES}


# -- reads: what the unfiltered views need ---------------------------------------------------------
def counted(s: Session, kind: str) -> dict[str, int]:
    """Events per value of one kind, most first (ties by value)."""
    c = CountRollup
    rows = s.execute(select(c.key, c.n).where(c.kind == kind, c.n > 0)).all()
    return {k: int(n) for k, n in sorted(rows, key=lambda r: (-r[1], r[0]))}


def totals(s: Session) -> dict[str, int]:
    """Stored articles and events, as ``Store.counts()`` gives them."""
    found = counted(s, "total")
    return {"articles": found.get("articles", 0), "events": found.get("events", 0)}


def top_edges(s: Session, limit: int) -> list[tuple[str, str, str, int]]:
    """The ``limit`` heaviest network edges, ties by their first event."""
    t = EdgeRollup
    return [tuple(r) for r in s.execute(select(t.source_key, t.target_key, t.event_type, t.n)
                                        .order_by(t.n.desc(), t.first_pk).limit(limit))]


def top_points(s: Session, limit: int) -> tuple[list[tuple[Any, ...]], dict[tuple[Any, ...], dict[str, int]]]:
    """The ``limit`` busiest map points (lat, lon, name, country, events) and their events per type."""
    t = PointRollup
    n = func.sum(t.n)
    top = [tuple(r) for r in s.execute(select(t.lat, t.lon, func.max(t.name), func.max(t.country), n)
                                       .group_by(t.lat, t.lon).order_by(n.desc(), t.lat, t.lon).limit(limit))]
    types: dict[tuple[Any, ...], dict[str, int]] = {}
    keys = [(lat, lon) for lat, lon, *_ in top]
    for i in range(0, len(keys), 500):
        for lat, lon, kind, count in s.execute(select(t.lat, t.lon, t.event_type, t.n)
                                               .where(tuple_(t.lat, t.lon).in_(keys[i:i + 500]))
                                               .order_by(t.lat, t.lon, t.event_type)):
            types.setdefault((lat, lon), {})[kind] = int(count)
    return top, types


def actor_rows(s: Session, keys: list[str] | None = None, cited: bool = True) -> list[tuple[Any, ...]]:
    """Per actor key: its (max) name, country and sector and its events as source, target and cited."""
    t = ActorRollup

    def role(r: str) -> Any:
        return func.sum(case((t.role == r, t.n), else_=0))

    q = select(t.key, func.max(t.name), func.max(t.country), func.max(t.sector), role("source"), role("target"),
               role("cited")).group_by(t.key)
    if not cited:
        q = q.where(t.role != "cited")
    if keys is not None:
        q = q.where(t.key.in_(keys))
    return [tuple(r) for r in s.execute(q)]
