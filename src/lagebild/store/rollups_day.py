"""Per-day rollups: the counts of ``rollups.py`` kept per event day and modality instead of per
scope, so a view filtered by a date range and/or a modality (with or without a type) sums the rows
of the days in its range (a few hundred per day) instead of counting every matching event.

Kept at ingest with one upsert per row, rebuilt from the events by ``rebuild`` (`lagebild
refuse`, schema 9's upgrade) with GROUP BYs; names are kept as their maximum as the database
compares them, so both paths give identical rows. Undated events count under ``LAST_DAY``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import case, delete, func, insert, literal, select, text, union
from sqlalchemy.orm import Session

from .plain import day_range
from .schema import (
    LAST_DAY,
    DayActorRollup,
    DayCountRollup,
    DayEdgeRollup,
    DayPointRollup,
    EventActorRow,
    EventRow,
)

DAY_TABLES = (DayCountRollup, DayEdgeRollup, DayPointRollup, DayActorRollup)


class DayScope(NamedTuple):
    """The rows a filter by dates, a modality and/or a type reads (None: not filtered by it)."""

    since: date | None
    until: date | None
    modality: str | None
    event_type: str | None


def day_scope_of(f: Any) -> DayScope | None:
    """The day rollup rows an event filter reads, or None when it filters by anything else."""
    if f is None or not any(getattr(f, k) is not None for k in ("since", "until", "modality")):
        return None
    if any(v is not None for k, v in vars(f).items() if k not in ("since", "until", "modality", "event_type")):
        return None
    return DayScope(f.since, f.until, f.modality, (f.event_type or "").upper() or None)


def _in(table: Any, ds: DayScope) -> list[Any]:
    """The day range (undated events: only without a date bound), modality and type of ``ds``."""
    conds = day_range(table.day, ds.since, ds.until)
    if ds.modality is not None:
        conds.append(table.modality == ds.modality)
    if ds.event_type:
        conds.append(table.event_type == ds.event_type)
    return conds


def _bigger(table: str, col: str) -> str:
    """The larger of the stored and the new value, NULL counting as smallest (as MAX() does)."""
    return (f"CASE WHEN excluded.{col} IS NOT NULL AND ({table}.{col} IS NULL OR excluded.{col} > {table}.{col}) "
            f"THEN excluded.{col} ELSE {table}.{col} END")


def _upserts(dialect: str) -> dict[str, str]:
    """One upsert per table; the day goes in as ISO text (SQLite's storage) or a cast date."""
    d = "CAST(:day AS DATE)" if dialect == "postgresql" else ":day"
    return {
        "agg_day_counts": "INSERT INTO agg_day_counts (day, modality, kind, key, event_type, n) "
                          f"VALUES ({d}, :modality, :kind, :key, :event_type, :n) "
                          "ON CONFLICT (day, modality, kind, key, event_type) DO UPDATE SET n = agg_day_counts.n + excluded.n",
        "agg_day_edges": "INSERT INTO agg_day_edges (day, modality, source_key, target_key, event_type, n, first_pk) "
                         f"VALUES ({d}, :modality, :source_key, :target_key, :event_type, :n, :first_pk) "
                         "ON CONFLICT (day, modality, source_key, target_key, event_type) DO UPDATE SET "
                         "n = agg_day_edges.n + excluded.n, first_pk = CASE WHEN excluded.first_pk < agg_day_edges.first_pk "
                         "THEN excluded.first_pk ELSE agg_day_edges.first_pk END",
        "agg_day_points": "INSERT INTO agg_day_points (day, modality, lat, lon, event_type, n, name, country) "
                          f"VALUES ({d}, :modality, :lat, :lon, :event_type, :n, :name, :country) "
                          "ON CONFLICT (day, modality, lat, lon, event_type) DO UPDATE SET n = agg_day_points.n + excluded.n, "
                          f"name = {_bigger('agg_day_points', 'name')}, country = {_bigger('agg_day_points', 'country')}",
        "agg_day_actors": "INSERT INTO agg_day_actors (day, modality, key, role, event_type, n, name, country, sector) "
                          f"VALUES ({d}, :modality, :key, :role, :event_type, :n, :name, :country, :sector) "
                          "ON CONFLICT (day, modality, key, role, event_type) DO UPDATE SET "
                          f"n = agg_day_actors.n + excluded.n, name = {_bigger('agg_day_actors', 'name')}, "
                          f"country = {_bigger('agg_day_actors', 'country')}, sector = {_bigger('agg_day_actors', 'sector')}",
    }


def add(s: Session, events: list[tuple[int, dict[str, Any]]], actors: list[dict[str, Any]]) -> None:
    """Count a batch of new events (``(pk, event_values row)``) and their actor rows per day and modality."""
    from .rollups import _counts_of

    counts: Counter[tuple[Any, ...]] = Counter()
    edges: dict[tuple[Any, ...], list[int]] = {}
    points: Counter[tuple[Any, ...]] = Counter()
    of_event: dict[int, tuple[str, str, str]] = {}
    for pk, ev in events:
        day, mod, kind = (ev["day"] or LAST_DAY).isoformat(), ev["modality"], ev["event_type"]
        of_event[pk] = (day, mod, kind)
        counts.update((day, mod, k, v, kind) for k, v in _counts_of(ev))
        if ev["source_key"] and ev["target_key"] and ev["source_key"] != ev["target_key"]:
            e = edges.setdefault((day, mod, ev["source_key"], ev["target_key"], kind), [0, pk])
            e[0] += 1
            e[1] = min(e[1], pk)
        if ev["lat"] is not None and ev["lon"] is not None:
            points[day, mod, ev["lat"], ev["lon"], kind, ev["location_name"], ev["location_country"]] += 1
    people: Counter[tuple[Any, ...]] = Counter()
    for a in actors:
        day, mod, kind = of_event[a["event_pk"]]
        people[day, mod, a["key"], a["role"], kind, a["name"], a["country"], a["sector"]] += 1
    rows = {
        "agg_day_counts": [{"day": d, "modality": m, "kind": k, "key": v, "event_type": t, "n": n}
                           for (d, m, k, v, t), n in counts.items()],
        "agg_day_edges": [{"day": d, "modality": m, "source_key": a, "target_key": b, "event_type": t, "n": n,
                           "first_pk": first} for (d, m, a, b, t), (n, first) in edges.items()],
        "agg_day_points": [{"day": d, "modality": m, "lat": lat, "lon": lon, "event_type": t, "n": n, "name": name,
                            "country": c} for (d, m, lat, lon, t, name, c), n in points.items()],
        "agg_day_actors": [{"day": d, "modality": m, "key": k, "role": r, "event_type": t, "n": n, "name": name,
                            "country": c, "sector": sec} for (d, m, k, r, t, name, c, sec), n in people.items()],
    }
    sql = _upserts(s.get_bind().dialect.name)
    for table, params in rows.items():
        if params:  # one statement per row: rows of the same key within a batch upsert one after another
            s.execute(text(sql[table]), params)


def rebuild(s: Session) -> None:
    """Recompute every per-day rollup from the stored events and actor rows (GROUP BYs), written in
    key order: a date range then reads adjacent pages (PostgreSQL's hashed GROUP BY wrote them in
    hash order, so one month of edges touched every page of the table)."""
    e, ea = EventRow, EventActorRow
    for table in DAY_TABLES:
        s.execute(delete(table))
    c = DayCountRollup.__table__
    cols = (c.c.day, c.c.modality, c.c.kind, c.c.key, c.c.event_type, c.c.n)

    def counted(kind: str, key: Any, *where: Any, source: Any = None) -> None:
        q = select(e.day, e.modality, literal(kind), key, e.event_type, func.count())
        q = q.select_from(source).join(e, e.pk == source.c.pk) if source is not None else q
        s.execute(insert(c).from_select(cols, q.where(*where).group_by(e.day, e.modality, key, e.event_type)))

    counted("total", literal("events"))
    counted("type", e.event_type)
    counted("modality", e.modality)
    counted("place", e.location_country, e.location_country.is_not(None))
    countries = union(*(select(e.pk, col.label("scope")).where(col.is_not(None))
                        for col in (e.source_country, e.target_country, e.location_country))).subquery()
    counted("country", countries.c.scope, source=countries)
    sources: Counter[tuple[Any, ...]] = Counter()
    for day, mod, joined, kind, n in s.execute(
            select(e.day, e.modality, e.attributed_to, e.event_type, func.count()).where(e.attributed_to.is_not(None))
            .group_by(e.day, e.modality, e.attributed_to, e.event_type)):
        for name in joined.split("; "):
            sources[day, mod, name[:300], kind] += n
    if sources:
        s.execute(insert(c), [{"day": d, "modality": m, "kind": "source", "key": k, "event_type": t, "n": n}
                              for (d, m, k, t), n in sorted(sources.items())])
    t = DayEdgeRollup.__table__
    s.execute(insert(t).from_select(
        (t.c.day, t.c.modality, t.c.source_key, t.c.target_key, t.c.event_type, t.c.n, t.c.first_pk),
        select(e.day, e.modality, e.source_key, e.target_key, e.event_type, func.count(), func.min(e.pk))
        .where(e.source_key.is_not(None), e.target_key.is_not(None), e.source_key != e.target_key)
        .group_by(e.day, e.modality, e.source_key, e.target_key, e.event_type)
        .order_by(e.day, e.modality, e.source_key, e.target_key, e.event_type)))
    t = DayPointRollup.__table__
    s.execute(insert(t).from_select(
        (t.c.day, t.c.modality, t.c.lat, t.c.lon, t.c.event_type, t.c.n, t.c.name, t.c.country),
        select(e.day, e.modality, e.lat, e.lon, e.event_type, func.count(), func.max(e.location_name),
               func.max(e.location_country))
        .where(e.lat.is_not(None), e.lon.is_not(None)).group_by(e.day, e.modality, e.lat, e.lon, e.event_type)
        .order_by(e.day, e.modality, e.lat, e.lon, e.event_type)))
    t = DayActorRollup.__table__
    s.execute(insert(t).from_select(
        (t.c.day, t.c.modality, t.c.key, t.c.role, t.c.event_type, t.c.n, t.c.name, t.c.country, t.c.sector),
        select(e.day, e.modality, ea.key, ea.role, e.event_type, func.count(), func.max(ea.name), func.max(ea.country),
               func.max(ea.sector))
        .select_from(ea).join(e, e.pk == ea.event_pk).group_by(e.day, e.modality, ea.key, ea.role, e.event_type)
        .order_by(e.day, e.modality, ea.key, ea.role, e.event_type)))
    if s.get_bind().dialect.name == "postgresql":  # statistics for the rows just written (an upgrade's new tables had none)
        for table in DAY_TABLES:
            s.execute(text(f"ANALYZE {table.__tablename__}"))


# -- reads: the same answers as rollups.py's readers, over the days, modality and type of a DayScope -----
def counted(s: Session, kind: str, ds: DayScope) -> dict[str, int]:
    """Events per value of one kind in the scope, most first (ties by value)."""
    t = DayCountRollup
    rows = s.execute(select(t.key, func.sum(t.n)).where(t.kind == kind, *_in(t, ds)).group_by(t.key)).all()
    return {k: int(v) for k, v in sorted(rows, key=lambda r: (-r[1], r[0])) if v}


def top_edges(s: Session, limit: int, ds: DayScope) -> list[tuple[str, str, str, int]]:
    """The ``limit`` heaviest network edges in the scope, ties by their first event."""
    t = DayEdgeRollup
    n = func.sum(t.n)
    q = (select(t.source_key, t.target_key, t.event_type, n).where(*_in(t, ds))
         .group_by(t.source_key, t.target_key, t.event_type).order_by(n.desc(), func.min(t.first_pk)).limit(limit))
    return [(a, b, k, int(w)) for a, b, k, w in s.execute(q)]


def top_points(s: Session, limit: int, ds: DayScope
               ) -> tuple[list[tuple[Any, ...]], dict[tuple[Any, ...], dict[str, int]]]:
    """The ``limit`` busiest map points in the scope (lat, lon, name, country, events) and their events per type."""
    return ranked_points(s, DayPointRollup, _in(DayPointRollup, ds), limit)


def ranked_points(s: Session, t: Any, conds: list[Any], limit: int
                  ) -> tuple[list[tuple[Any, ...]], dict[tuple[Any, ...], dict[str, int]]]:
    """The ``limit`` busiest points among the rows of point rollup ``t`` that pass ``conds``, and
    their events per type, from one grouped pass over those rows: a second query for the types of
    the top points named 500 (lat, lon) pairs, which PostgreSQL planned as 500 index scans (190 ms
    cold) and, with a modality alone (no day range to walk), tested every row against all pairs."""
    g = (select(t.lat, t.lon, t.event_type, func.sum(t.n).label("n"), func.max(t.name).label("name"),
                func.max(t.country).label("country")).where(*conds)
         .group_by(t.lat, t.lon, t.event_type).cte("g").prefix_with("MATERIALIZED"))
    n = func.sum(g.c.n)
    p = (select(g.c.lat, g.c.lon, func.max(g.c.name).label("name"), func.max(g.c.country).label("country"), n.label("n"))
         .group_by(g.c.lat, g.c.lon).order_by(n.desc(), g.c.lat, g.c.lon).limit(limit).subquery("p"))
    q = (select(p.c.lat, p.c.lon, p.c.name, p.c.country, p.c.n, g.c.event_type, g.c.n)
         .join(g, (g.c.lat == p.c.lat) & (g.c.lon == p.c.lon))
         .order_by(p.c.n.desc(), p.c.lat, p.c.lon, g.c.event_type))
    top: list[tuple[Any, ...]] = []
    types: dict[tuple[Any, ...], dict[str, int]] = {}
    for lat, lon, name, country, total, kind, count in s.execute(q):
        if (lat, lon) not in types:
            top.append((lat, lon, name, country, int(total)))
        types.setdefault((lat, lon), {})[kind] = int(count)
    return top, types


def actor_rows(s: Session, ds: DayScope, keys: list[str] | None = None, cited: bool = True) -> list[tuple[Any, ...]]:
    """Per actor key in the scope: its (max) name, country and sector and its events as source, target and cited."""
    return actor_sums(s, DayActorRollup, _in(DayActorRollup, ds), keys, cited)


def actor_sums(s: Session, t: Any, conds: list[Any], keys: list[str] | None = None, cited: bool = True
               ) -> list[tuple[Any, ...]]:
    """Per actor key among the rows of actor rollup ``t`` that pass ``conds`` (the per-scope and the
    per-day table alike): its (max) name, country and sector and its events as source, target and cited."""

    def role(r: str) -> Any:
        return func.sum(case((t.role == r, t.n), else_=0))

    q = select(t.key, func.max(t.name), func.max(t.country), func.max(t.sector), role("source"), role("target"),
               role("cited")).where(*conds).group_by(t.key)
    if not cited:
        q = q.where(t.role != "cited")
    if keys is not None:
        q = q.where(t.key.in_(keys))
    return [tuple(r) for r in s.execute(q)]
