"""Rollup tables: counts the unfiltered views need (summary and filter dropdowns, the actor network,
the map, the actors list), kept up to date at ingest and rebuilt from the events by ``rebuild``
(`lagebild refuse`), so a cold view reads a few thousand rollup rows instead of every event.

Each write adds its batch's counts with an upsert. Names are kept as their maximum, compared by
the database (as the GROUP BY of ``rebuild`` compares them), so both paths give identical rows.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import delete, func, insert, literal, select, text, union
from sqlalchemy.orm import Session

from . import rollups_day
from .rollups_day import DAY_TABLES, DayScope
from .schema import ActorRollup, ArticleRow, CountRollup, EdgeRollup, EventActorRow, EventRow, PointRollup

TABLES = (CountRollup, EdgeRollup, PointRollup, ActorRollup, *DAY_TABLES)


def _bigger(table: str, col: str) -> str:
    """The larger of the stored and the new value, NULL counting as smallest (as MAX() does)."""
    return (f"CASE WHEN excluded.{col} IS NOT NULL AND ({table}.{col} IS NULL OR excluded.{col} > {table}.{col}) "
            f"THEN excluded.{col} ELSE {table}.{col} END")


_UPSERT = {
    "agg_counts": "INSERT INTO agg_counts (scope, kind, key, event_type, n) VALUES (:scope, :kind, :key, :event_type, :n) "
                  "ON CONFLICT (scope, kind, key, event_type) DO UPDATE SET n = agg_counts.n + excluded.n",
    "agg_edges": "INSERT INTO agg_edges (scope, source_key, target_key, event_type, n, first_pk) "
                 "VALUES (:scope, :source_key, :target_key, :event_type, :n, :first_pk) "
                 "ON CONFLICT (scope, source_key, target_key, event_type) DO UPDATE SET n = agg_edges.n + excluded.n, "
                 "first_pk = CASE WHEN excluded.first_pk < agg_edges.first_pk THEN excluded.first_pk "
                 "ELSE agg_edges.first_pk END",
    "agg_points": "INSERT INTO agg_points (scope, lat, lon, event_type, n, name, country) "
                  "VALUES (:scope, :lat, :lon, :event_type, :n, :name, :country) "
                  "ON CONFLICT (scope, lat, lon, event_type) DO UPDATE SET n = agg_points.n + excluded.n, "
                  f"name = {_bigger('agg_points', 'name')}, country = {_bigger('agg_points', 'country')}",
    "agg_actors": "INSERT INTO agg_actors (scope, key, role, event_type, n, name, country, sector) "
                  "VALUES (:scope, :key, :role, :event_type, :n, :name, :country, :sector) "
                  "ON CONFLICT (scope, key, role, event_type) DO UPDATE SET n = agg_actors.n + excluded.n, "
                  f"name = {_bigger('agg_actors', 'name')}, country = {_bigger('agg_actors', 'country')}, "
                  f"sector = {_bigger('agg_actors', 'sector')}",
}


def scopes(ev: dict[str, Any]) -> list[str]:
    """"" (every event) and each country the event involves: what the country filter matches."""
    return ["", *sorted({c for c in (ev["source_country"], ev["target_country"], ev["location_country"]) if c})]


def _counts_of(ev: dict[str, Any]) -> list[tuple[str, str]]:
    """The (kind, key) counters one event row adds to."""
    out = [("total", "events"), ("type", ev["event_type"]), ("modality", ev["modality"])]
    out += [("country", c) for c in scopes(ev)[1:]]
    if ev["location_country"]:
        out.append(("place", ev["location_country"]))
    if ev["attributed_to"]:
        out += [("source", name[:300]) for name in ev["attributed_to"].split("; ")]
    return out


def add(s: Session, n_articles: int, events: list[tuple[int, dict[str, Any]]], actors: list[dict[str, Any]]) -> None:
    """Count a batch of new articles, events (``(pk, event_values row)``) and their actor rows."""
    counts: Counter[tuple[str, str, str, str]] = Counter()
    counts["", "total", "articles", ""] += n_articles
    edges: dict[tuple[str, str, str, str], list[int]] = {}
    points: Counter[tuple[Any, ...]] = Counter()
    of_event: dict[int, tuple[list[str], str]] = {}
    for pk, ev in events:
        kind = ev["event_type"]
        where = scopes(ev)
        of_event[pk] = (where, kind)
        edge = ev["source_key"] and ev["target_key"] and ev["source_key"] != ev["target_key"]
        point = ev["lat"] is not None and ev["lon"] is not None
        for scope in where:
            counts.update((scope, k, v, kind) for k, v in _counts_of(ev))
            if edge:
                e = edges.setdefault((scope, ev["source_key"], ev["target_key"], kind), [0, pk])
                e[0] += 1
                e[1] = min(e[1], pk)
            if point:
                points[scope, ev["lat"], ev["lon"], kind, ev["location_name"], ev["location_country"]] += 1
    people: Counter[tuple[Any, ...]] = Counter()
    for a in actors:
        where, kind = of_event[a["event_pk"]]
        for scope in where:
            people[scope, a["key"], a["role"], kind, a["name"], a["country"], a["sector"]] += 1
    rows = {
        "agg_counts": [{"scope": sc, "kind": k, "key": v, "event_type": t, "n": n} for (sc, k, v, t), n in counts.items() if n],
        "agg_edges": [{"scope": sc, "source_key": a, "target_key": b, "event_type": t, "n": n, "first_pk": first}
                      for (sc, a, b, t), (n, first) in edges.items()],
        "agg_points": [{"scope": sc, "lat": lat, "lon": lon, "event_type": t, "n": n, "name": name, "country": c}
                       for (sc, lat, lon, t, name, c), n in points.items()],
        "agg_actors": [{"scope": sc, "key": k, "role": r, "event_type": t, "n": n, "name": name, "country": c,
                        "sector": sec} for (sc, k, r, t, name, c, sec), n in people.items()],
    }
    for table, params in rows.items():
        if params:  # one statement per row: rows of the same key within a batch upsert one after another
            s.execute(text(_UPSERT[table]), params)
    rollups_day.add(s, events, actors)


def rebuild(s: Session) -> None:
    """Recompute every rollup from the stored articles, events and actor rows (GROUP BYs), written in
    key order so the rows of one scope or key share pages (as `rollups_day.rebuild`)."""
    e, ea = EventRow, EventActorRow
    for table in TABLES:
        s.execute(delete(table))
    rollups_day.rebuild(s)
    # each event once per scope: "" and every country it involves (UNION drops repeats)
    involved = [select(e.pk, col.label("scope")).where(col.is_not(None))
                for col in (e.source_country, e.target_country, e.location_country)]
    sc = union(select(e.pk, literal("").label("scope")), *involved).subquery()
    countries = union(*involved).subquery()
    c = CountRollup.__table__
    cols = (c.c.scope, c.c.kind, c.c.key, c.c.event_type, c.c.n)
    s.execute(insert(c).from_select(cols, select(literal(""), literal("total"), literal("articles"), literal(""),
                                                 func.count()).select_from(ArticleRow)))

    def by_scope(kind: str, key: Any, *where: Any, extra: Any = None) -> None:
        q = select(sc.c.scope, literal(kind), key, e.event_type, func.count()).join(e, e.pk == sc.c.pk)
        if extra is not None:
            q = q.join(extra, extra.c.pk == e.pk)
        s.execute(insert(c).from_select(cols, q.where(*where).group_by(sc.c.scope, key, e.event_type)))

    by_scope("total", literal("events"))
    by_scope("type", e.event_type)
    by_scope("modality", e.modality)
    by_scope("place", e.location_country, e.location_country.is_not(None))
    by_scope("country", countries.c.scope, extra=countries)
    sources: Counter[tuple[str, str, str]] = Counter()
    for scope, joined, kind, n in s.execute(
            select(sc.c.scope, e.attributed_to, e.event_type, func.count()).join(e, e.pk == sc.c.pk)
            .where(e.attributed_to.is_not(None)).group_by(sc.c.scope, e.attributed_to, e.event_type)):
        for name in joined.split("; "):
            sources[scope, name[:300], kind] += n
    if sources:
        s.execute(insert(c), [{"scope": a, "kind": "source", "key": k, "event_type": t, "n": n}
                              for (a, k, t), n in sorted(sources.items())])
    t = EdgeRollup.__table__
    s.execute(insert(t).from_select(
        (t.c.scope, t.c.source_key, t.c.target_key, t.c.event_type, t.c.n, t.c.first_pk),
        select(sc.c.scope, e.source_key, e.target_key, e.event_type, func.count(), func.min(e.pk)).join(e, e.pk == sc.c.pk)
        .where(e.source_key.is_not(None), e.target_key.is_not(None), e.source_key != e.target_key)
        .group_by(sc.c.scope, e.source_key, e.target_key, e.event_type)
        .order_by(sc.c.scope, e.source_key, e.target_key, e.event_type)))
    t = PointRollup.__table__
    s.execute(insert(t).from_select(
        (t.c.scope, t.c.lat, t.c.lon, t.c.event_type, t.c.n, t.c.name, t.c.country),
        select(sc.c.scope, e.lat, e.lon, e.event_type, func.count(), func.max(e.location_name), func.max(e.location_country))
        .join(e, e.pk == sc.c.pk).where(e.lat.is_not(None), e.lon.is_not(None))
        .group_by(sc.c.scope, e.lat, e.lon, e.event_type).order_by(sc.c.scope, e.lat, e.lon, e.event_type)))
    t = ActorRollup.__table__
    s.execute(insert(t).from_select(
        (t.c.scope, t.c.key, t.c.role, t.c.event_type, t.c.n, t.c.name, t.c.country, t.c.sector),
        select(sc.c.scope, ea.key, ea.role, e.event_type, func.count(), func.max(ea.name), func.max(ea.country),
               func.max(ea.sector))
        .select_from(ea).join(e, e.pk == ea.event_pk).join(sc, sc.c.pk == e.pk)
        .group_by(sc.c.scope, ea.key, ea.role, e.event_type).order_by(sc.c.scope, ea.key, ea.role, e.event_type)))


def rebuild_store(store: Any) -> None:
    """``rebuild`` in one write transaction of ``store``."""
    with store.writing() as s:
        rebuild(s)


def snapshot(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every rollup row, sorted (to compare the incremental and the rebuilt tables)."""
    with Session(store.engine) as s:
        return {t.__tablename__: sorted(tuple(r) for r in s.execute(select(t.__table__)))
                for t in TABLES}


# -- reads: what the views need without a filter, or filtered by a country and/or an event type ----------
Scope = tuple[str, str | None]  # ("" or a country code, an event type or None)


def scope_of(f: Any) -> Scope | DayScope | None:
    """The rollup rows an event filter reads: ``("", None)`` for none, the country and type for a
    filter by those alone, a ``DayScope`` for dates, a modality and/or a type (rollups_day.py);
    None when it filters by anything else (the view counts the events)."""
    if f is None or not f.active():
        return "", None
    days = rollups_day.day_scope_of(f)
    if days is not None:
        return days
    if any(v is not None for k, v in vars(f).items() if k not in ("country", "event_type")):
        return None
    return (f.country or "").upper(), (f.event_type or "").upper() or None


def _in(table: Any, scope: Scope) -> list[Any]:
    conds = [table.scope == scope[0]]
    if scope[1]:
        conds.append(table.event_type == scope[1])
    return conds


def counted(s: Session, kind: str, scope: Scope | DayScope = ("", None)) -> dict[str, int]:
    """Events per value of one kind in a scope, most first (ties by value)."""
    if isinstance(scope, DayScope):
        return rollups_day.counted(s, kind, scope)
    c = CountRollup
    n = func.sum(c.n)
    rows = s.execute(select(c.key, n).where(c.kind == kind, *_in(c, scope)).group_by(c.key)).all()
    return {k: int(v) for k, v in sorted(rows, key=lambda r: (-r[1], r[0])) if v}


def totals(s: Session, scope: Scope | DayScope = ("", None)) -> dict[str, int]:
    """Stored articles, and the events in a scope (all events: as ``Store.counts()`` gives them)."""
    c = CountRollup
    articles = s.scalar(select(c.n).where(c.scope == "", c.kind == "total", c.key == "articles")) or 0
    return {"articles": int(articles), "events": counted(s, "total", scope).get("events", 0)}


def top_edges(s: Session, limit: int, scope: Scope | DayScope = ("", None)) -> list[tuple[str, str, str, int]]:
    """The ``limit`` heaviest network edges in a scope, ties by their first event."""
    if isinstance(scope, DayScope):
        return rollups_day.top_edges(s, limit, scope)
    t = EdgeRollup
    return [tuple(r) for r in s.execute(select(t.source_key, t.target_key, t.event_type, t.n).where(*_in(t, scope))
                                        .order_by(t.n.desc(), t.first_pk).limit(limit))]


def top_points(s: Session, limit: int, scope: Scope | DayScope = ("", None)
               ) -> tuple[list[tuple[Any, ...]], dict[tuple[Any, ...], dict[str, int]]]:
    """The ``limit`` busiest map points in a scope (lat, lon, name, country, events) and their events per type."""
    if isinstance(scope, DayScope):
        return rollups_day.top_points(s, limit, scope)
    return rollups_day.ranked_points(s, PointRollup, _in(PointRollup, scope), limit)


def actor_rows(s: Session, keys: list[str] | None = None, cited: bool = True, scope: Scope | DayScope = ("", None)
               ) -> list[tuple[Any, ...]]:
    """Per actor key in a scope: its (max) name, country and sector and its events as source, target and cited."""
    if isinstance(scope, DayScope):
        return rollups_day.actor_rows(s, scope, keys, cited)
    return rollups_day.actor_sums(s, ActorRollup, _in(ActorRollup, scope), keys, cited)
