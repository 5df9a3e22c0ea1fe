"""Aggregated views, computed by the database: actors, the actor network and places are GROUP BYs
over indexed columns with limits; fused events and stories are plain reads of the tables that
ingest maintains (fuse/incremental.py). Unfiltered aggregates are cached until the data changes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, case, func, select, tuple_
from sqlalchemy.orm import Session

from . import rollups
from .db import Store
from .plain import day_range
from .queries import EventFilter, signature
from .schema import (
    LAST_DAY,
    LISTED,
    EventActorRow,
    EventRow,
    FusedDayRow,
    FusedMemberRow,
    FusedRow,
    StoryArticleRow,
    StoryCountryRow,
    StoryRow,
    trimmed,
)

SAMPLE = 50  # event ids listed per edge or place (the UI shows the first ones; ``weight`` counts all)
_lock = threading.Lock()


CACHE_SIZE = 256  # results kept per store (aggregates are small: limited lists)


def cached(store: Store, name: str, compute: Callable[[], Any]) -> Any:
    """``compute()`` once per state of the data (new articles or events invalidate it); the
    least recently used of ``CACHE_SIZE`` results is dropped first."""
    cache: OrderedDict[str, Any] = store.__dict__.setdefault("_view_cache", OrderedDict())
    key = signature(store)
    with _lock:
        hit = cache.get(name)
        if hit is not None and hit[0] == key:
            cache.move_to_end(name)
            return hit[1]
    value = compute()
    with _lock:
        cache[name] = (key, value)
        while len(cache) > CACHE_SIZE:
            cache.popitem(last=False)
    return value


def fkey(f: EventFilter | None) -> str:
    """A filter as a cache key."""
    return repr(sorted(vars(f).items())) if f is not None else "-"


_fkey = fkey


def _filtered(f: EventFilter | None, store: Store) -> Select[Any] | None:
    return f.apply(select(EventRow.pk), store.dialect) if f is not None and f.active() else None


def _cached_view(store: Store, name: str, f: EventFilter | None,
                 compute: Callable[[Select[Any] | None, EventFilter | None], Any]) -> Any:
    """A view over the (filtered) events, cached per filter: unfiltered under ``name`` alone.
    ``compute(sub, scoped)``: ``sub`` selects the filtered events; a filter by country and/or type
    alone comes as ``scoped`` instead (the view reads the rollups)."""
    sub = _filtered(f, store)
    key = name if sub is None else f"{name}:{_fkey(f)}"
    if rollups.scope_of(f) is not None:
        return cached(store, key, lambda: compute(None, f))
    return cached(store, key, lambda: compute(sub, None))


def actors(store: Store, f: EventFilter | None, limit: int, offset: int, words: list[str] | None = None
           ) -> tuple[int, list[dict[str, Any]]]:
    """Actors in the (filtered) events: how often each acts, is acted on and is cited; most active first."""
    ea = EventActorRow
    scope = rollups.scope_of(f)
    if scope == ("", None):
        rows = cached(store, "actors", lambda: _actor_rollup(store, scope))
        if words:
            rows = [a for a in rows if all(w in f"{a['actor_id']} {a['name'] or ''} {a['country'] or ''}".casefold()
                                           for w in words)]
    elif scope is not None:  # by a country and/or a type: the rollup's rows of that scope
        rows = cached(store, f"actors:{_fkey(f)}", lambda: _actor_rollup(store, scope))
    else:
        sub = _filtered(f, store)
        rows = cached(store, f"actors:{_fkey(f)}", lambda: _actor_rows(store, ea.event_pk.in_(sub)))
    return len(rows), rows[offset:offset + limit]


def _actor_rollup(store: Store, scope: rollups.Scope | rollups.DayScope = ("", None)) -> list[dict[str, Any]]:
    """The actors of a scope from the rollup table (what ``_actor_rows`` counts from the events)."""
    with Session(store.engine) as s:
        return _actor_list(rollups.actor_rows(s, scope=scope))


def _actor_list(rows: Any) -> list[dict[str, Any]]:
    out = [{"actor_id": k, "name": n, "country": c, "sector": sec, "as_source": int(a), "as_target": int(b),
            "cited": int(ci), "events": int(a) + int(b)} for k, n, c, sec, a, b, ci in rows]
    out.sort(key=lambda a: (-a["events"], -a["cited"], a["actor_id"]))
    return out


def _actor_rows(store: Store, cond: Any) -> list[dict[str, Any]]:
    ea = EventActorRow
    src = func.sum(case((ea.role == "source", 1), else_=0)).label("src")
    tgt = func.sum(case((ea.role == "target", 1), else_=0)).label("tgt")
    cited = func.sum(case((ea.role == "cited", 1), else_=0)).label("cited")
    q = select(ea.key, func.max(ea.name), func.max(ea.country), func.max(ea.sector), src, tgt, cited).group_by(ea.key)
    if cond is not None:
        q = q.where(cond)
    with Session(store.engine) as s:
        return _actor_list(s.execute(q).all())


def network(store: Store, f: EventFilter | None, limit: int = 300) -> dict[str, list[dict[str, Any]]]:
    """Who acts on whom: the ``limit`` heaviest edges per (source, target, event type), and their nodes."""
    return _cached_view(store, f"network:{limit}", f, lambda sub, scoped: _network(store, sub, limit, scoped))


def _network(store: Store, sub: Select[Any] | None, limit: int, scoped: EventFilter | None = None
             ) -> dict[str, list[dict[str, Any]]]:
    e = EventRow
    n = func.count().label("n")
    q = (select(e.source_key, e.target_key, e.event_type, n)
         .where(e.source_key.is_not(None), e.target_key.is_not(None), e.source_key != e.target_key)
         .group_by(e.source_key, e.target_key, e.event_type).order_by(n.desc(), func.min(e.pk))  # ties: first seen first
         .limit(limit))
    if sub is not None:
        q = q.where(e.pk.in_(sub))
    with Session(store.engine) as s:
        top = rollups.top_edges(s, limit, rollups.scope_of(scoped)) if sub is None else s.execute(q).all()
        samples = _samples(s, (e.source_key, e.target_key, e.event_type), [tuple(t[:3]) for t in top], sub, scoped)
        edges = [{"source": src, "target": tgt, "event_type": kind, "weight": int(weight),
                  "event_ids": samples.get((src, tgt, kind), [])} for src, tgt, kind, weight in top]
        keys = sorted({x["source"] for x in edges} | {x["target"] for x in edges})
        info = {}
        for i in range(0, len(keys), 500):  # names from the rollup: the same maxima as over event_actors
            for k, name, country, sector, *_ in rollups.actor_rows(s, keys[i:i + 500], cited=False):
                info[k] = {"name": name, "country": country, "sector": sector}
    nodes: dict[str, dict[str, Any]] = {}
    for x in edges:
        for k in (x["source"], x["target"]):
            node = nodes.setdefault(k, {"id": k, **info.get(k, {"name": k, "country": None, "sector": None}), "events": 0})
            node["events"] += x["weight"]
    return {"nodes": sorted(nodes.values(), key=lambda v: (-v["events"], v["id"])), "edges": edges}


def places(store: Store, f: EventFilter | None, limit: int = 500) -> dict[str, list[dict[str, Any]]]:
    """Event locations (the ``limit`` busiest points, with their event types) and events per country."""
    return _cached_view(store, f"places:{limit}", f, lambda sub, scoped: _places(store, sub, limit, scoped))


def _places(store: Store, sub: Select[Any] | None, limit: int, scoped: EventFilter | None = None
            ) -> dict[str, list[dict[str, Any]]]:
    import pycountry

    e = EventRow
    n = func.count().label("n")
    located = (e.lat.is_not(None), e.lon.is_not(None))
    where = (*located, e.pk.in_(sub)) if sub is not None else located
    with Session(store.engine) as s:
        if sub is None:  # the rollup: a few thousand rows, not every event
            top, types = rollups.top_points(s, limit, rollups.scope_of(scoped))
        else:
            top = s.execute(select(e.lat, e.lon, func.max(e.location_name), func.max(e.location_country), n).where(*where)
                            .group_by(e.lat, e.lon).order_by(n.desc(), e.lat, e.lon).limit(limit)).all()
            types = _point_types(s, [(lat, lon) for lat, lon, *_ in top], sub)
        samples = _samples(s, (e.lat, e.lon), [(lat, lon) for lat, lon, *_ in top], sub, scoped)
        points = [{"name": name, "country": country, "lat": lat, "lon": lon, "events": int(count),
                   "event_types": types.get((lat, lon), {}), "event_ids": samples.get((lat, lon), [])}
                  for lat, lon, name, country, count in top]
        if sub is None:
            per_country = list(rollups.counted(s, "place", rollups.scope_of(scoped)).items())
        else:
            cq = select(e.location_country, func.count().label("n")).where(e.location_country.is_not(None), e.pk.in_(sub))
            per_country = s.execute(cq.group_by(e.location_country).order_by(func.count().desc(), e.location_country)).all()
    countries = []
    for code, count in per_country:
        c = pycountry.countries.get(alpha_3=code)
        countries.append({"country": code, "name": c.name if c else code, "numeric": c.numeric if c else None,
                          "events": int(count)})
    return {"points": points, "countries": countries}


def _point_types(s: Session, keys: list[tuple[Any, ...]], sub: Select[Any]) -> dict[tuple[Any, ...], dict[str, int]]:
    """Filtered events per type at each of the points ``keys``."""
    e = EventRow
    types: dict[tuple[Any, ...], dict[str, int]] = {}
    for i in range(0, len(keys), 500):
        tq = select(e.lat, e.lon, e.event_type, func.count()).where(tuple_(e.lat, e.lon).in_(keys[i:i + 500]),
                                                                     e.pk.in_(sub))
        for lat, lon, kind, count in s.execute(tq.group_by(e.lat, e.lon, e.event_type)):
            types.setdefault((lat, lon), {})[kind] = int(count)
    return types


def _samples_lateral(s: Session, cols: tuple[Any, ...], keys: list[tuple[Any, ...]], scoped: EventFilter | None
                     ) -> dict[tuple[Any, ...], list[str]]:
    """PostgreSQL: the same index range scan per group, all groups in one query (a LATERAL join
    over the keys), instead of one round trip per group."""
    from sqlalchemy import column, true, values

    e = EventRow
    out: dict[tuple[Any, ...], list[tuple[int, str]]] = {}
    for i in range(0, len(keys), 500):
        v = values(*(column(f"k{j}", c.type) for j, c in enumerate(cols)), name="k").data(keys[i:i + 500])
        inner = select(e.pk, e.event_id).where(*(c == v.c[f"k{j}"] for j, c in enumerate(cols)))
        inner = (scoped.apply(inner) if scoped is not None else inner).order_by(e.pk).limit(SAMPLE).lateral()
        for row in s.execute(select(*v.c, inner.c.pk, inner.c.event_id).select_from(v).join(inner, true())):
            out.setdefault(tuple(row[:len(cols)]), []).append((row[-2], row[-1]))
    return {k: [i for _, i in sorted(ids)] for k, ids in out.items()}


def _samples(s: Session, cols: tuple[Any, ...], keys: list[tuple[Any, ...]], sub: Select[Any] | None,
             scoped: EventFilter | None = None) -> dict[tuple[Any, ...], list[str]]:
    """The first SAMPLE event ids of each group ``keys`` (values of ``cols``); over a filter, one
    windowed query per 500 groups (a query per group would evaluate the filter each time)."""
    out: dict[tuple[Any, ...], list[str]] = {}
    e = EventRow
    if sub is None and keys and s.get_bind().dialect.name == "postgresql":
        return _samples_lateral(s, cols, keys, scoped)
    if sub is None:  # unfiltered: an index range scan per group beats ranking every row of big groups
        for key in keys:
            cond = [c == v for c, v in zip(cols, key, strict=True)]
            q = select(e.event_id).where(*cond)
            q = scoped.apply(q) if scoped is not None else q  # a country or type: tested on the group's rows
            out[key] = list(s.scalars(q.order_by(e.pk).limit(SAMPLE)))
        return out
    for i in range(0, len(keys), 500):
        rank = func.row_number().over(partition_by=cols, order_by=e.pk).label("rank")
        inner = select(*cols, e.event_id, rank).where(tuple_(*cols).in_(keys[i:i + 500]))
        if sub is not None:
            inner = inner.where(e.pk.in_(sub))
        inner = inner.subquery()
        n = len(cols)
        for row in s.execute(select(inner).where(inner.c.rank <= SAMPLE).order_by(*inner.c[:n], inner.c.rank)):
            out.setdefault(tuple(row[:n]), []).append(row[n])
    return out


# -- fused events and stories: reads of the maintained tables ------------------------------------------
def fused_page(store: Store, f: EventFilter | None, limit: int, offset: int, min_sources: int = 1,
               contradicted: bool = False) -> tuple[int, list[dict[str, Any]]]:
    """Fused events by first report date; listed when any of their events passes ``f``."""
    conds = []
    if min_sources > 1:
        conds.append(FusedRow.corroboration >= min_sources)
    if contradicted:
        conds.append(FusedRow.contradicted.is_(True))
    order = (FusedRow.first_seen, FusedRow.fused_id)
    sub = _filtered(f, store)
    if sub is None:
        def count() -> int:
            with Session(store.engine) as s:
                return s.scalar(select(func.count()).select_from(FusedRow).where(*conds)) or 0

        def page() -> list[dict[str, Any]]:  # walks the order index
            with Session(store.engine) as s:
                q = select(FusedRow.pk).where(*conds).order_by(*order).offset(offset)
                return _items(s, list(s.scalars(q.limit(limit) if limit else q)), bool(limit))

        return cached(store, f"fused-count:{min_sources}:{contradicted}:-", count), page()

    def filtered() -> tuple[int, list[dict[str, Any]]]:
        # the fused events any filtered event belongs to, collected once (materialised, hashed) and
        # counted in the same query: probing every group in date order for a member that passes
        # cost seconds when the matches are the latest groups (a date filter)
        if dates_only(f):  # the groups' days, in list order, from one index (schema 10)
            m = (select(FusedDayRow.fused_pk, FusedDayRow.first_seen, FusedDayRow.fused_id)
                 .where(*day_range(FusedDayRow.day, f.since, f.until)).distinct().cte("m").prefix_with("MATERIALIZED"))
            base = select(m.c.fused_pk)
            if conds:
                base = base.join(FusedRow, FusedRow.pk == m.c.fused_pk).where(*conds)
            joined = base.add_columns(func.count().over())
            counted = select(func.count()).select_from(base.subquery())
            by = (m.c.first_seen, m.c.fused_id)
        else:
            m = (select(FusedMemberRow.fused_pk).where(FusedMemberRow.event_pk.in_(sub)).distinct()
                 .cte("m").prefix_with("MATERIALIZED"))
            joined = select(FusedRow.pk, func.count().over()).join(m, m.c.fused_pk == FusedRow.pk).where(*conds)
            counted = select(func.count()).select_from(FusedRow).join(m, m.c.fused_pk == FusedRow.pk).where(*conds)
            by = order
        q = joined.order_by(*by).offset(offset)
        with Session(store.engine) as s:
            rows = s.execute(q.limit(limit) if limit else q).all()
            total = rows[0][1] if rows else s.scalar(counted) or 0
            return int(total), _items(s, [pk for pk, _ in rows], bool(limit))

    total, items = cached(store, f"fused:{min_sources}:{contradicted}:{limit}:{offset}:{_fkey(f)}", filtered)
    return total, [dict(x) for x in items]


def dates_only(f: EventFilter | None) -> bool:
    """A filter by a date range alone: the fused list reads the groups' days (``fused_days``)."""
    return f is not None and bool(f.since or f.until) and not any(
        v is not None for k, v in vars(f).items() if k not in ("since", "until"))


def _items(s: Session, pks: list[int], listed: bool) -> list[dict[str, Any]]:
    """The fused events ``pks`` in that order: list items (``item``, the trimmed JSON: kilobytes where
    ``data`` of a big group is megabytes) when ``listed``, else the whole JSON."""
    if not pks:
        return []
    got: dict[int, dict[str, Any]] = {}
    for i in range(0, len(pks), 500):
        chunk = pks[i:i + 500]
        if listed:
            got.update((pk, item) for pk, item in s.execute(select(FusedRow.pk, FusedRow.item).where(FusedRow.pk.in_(chunk))))
            missing = [pk for pk in chunk if got.get(pk) is None]  # summarised before schema 9
        else:
            missing = chunk
        if missing:
            for pk, data in s.execute(select(FusedRow.pk, FusedRow.data).where(FusedRow.pk.in_(missing))):
                got[pk] = trimmed(dict(data)) if listed else data
    return [dict(got[pk]) for pk in pks]


def fused_one(store: Store, fused_id: str) -> dict[str, Any] | None:
    with Session(store.engine) as s:
        data = s.scalar(select(FusedRow.data).where(FusedRow.fused_id == fused_id))
    return trimmed(dict(data), None) if data is not None else None


def story_page(store: Store, limit: int, offset: int, country: str | None = None, article: str | None = None
               ) -> tuple[int, list[dict[str, Any]]]:
    """Stories, largest first (without timelines; ``length`` counts the timeline's steps)."""
    conds = []
    if country:
        conds.append(StoryRow.pk.in_(select(StoryCountryRow.story_pk).where(StoryCountryRow.country == country.upper())))
    if article:
        conds.append(StoryRow.pk.in_(select(StoryArticleRow.story_pk).where(StoryArticleRow.article_id == article)))
    with Session(store.engine) as s:
        total = s.scalar(select(func.count()).select_from(StoryRow).where(*conds)) or 0
        q = (select(StoryRow.data, StoryRow.n_fused).where(*conds)
             .order_by(StoryRow.n_articles.desc(), StoryRow.n_fused.desc(), StoryRow.story_id).offset(offset))
        rows = s.execute(q.limit(limit) if limit else q).all()
    return total, [{**(trimmed(dict(d)) if limit else dict(d)), "length": int(n)} for d, n in rows]


def story_one(store: Store, story_id: str, steps: int = 1000) -> dict[str, Any] | None:
    """One story with its timeline (the first ``steps`` fused events by date) and its first
    ``steps`` articles (``n_articles`` counts all)."""
    from ..fuse.stories import timeline_entry

    with Session(store.engine) as s:
        row = s.execute(select(StoryRow.pk, StoryRow.data, StoryRow.n_fused).where(StoryRow.story_id == story_id)).first()
        if row is None:
            return None
        members = [dict(d) for d in s.scalars(select(FusedRow.data).where(FusedRow.story_pk == row.pk)
                                              .order_by(FusedRow.first_seen, FusedRow.fused_id).limit(steps))]
    # each step with its who, whom and where, so a reader can write a readable line
    entries = [{**timeline_entry(m), **{k: m.get(k) for k in ("source", "target", "location", "modality")}} for m in members]
    return {**trimmed(dict(row.data), steps), "length": int(row.n_fused), "fused_ids": [m["fused_id"] for m in members],
            "timeline": entries}


def story_members(store: Store, story_id: str, steps: int = 1000) -> list[dict[str, Any]]:
    """The fused events of one story (the first ``steps`` by date) as lists show them (``trimmed``:
    a story's thousand members in full JSON cost the stories list hundreds of ms)."""
    with Session(store.engine) as s:
        pk = s.scalar(select(StoryRow.pk).where(StoryRow.story_id == story_id))
        if pk is None:
            return []
        pks = list(s.scalars(select(FusedRow.pk).where(FusedRow.story_pk == pk)
                             .order_by(FusedRow.first_seen, FusedRow.fused_id).limit(steps)))
        return _items(s, pks, True)


def story_of_article(store: Store, article_id: str) -> str | None:
    with Session(store.engine) as s:
        return s.scalar(select(StoryRow.story_id).join(StoryArticleRow, StoryArticleRow.story_pk == StoryRow.pk)
                        .where(StoryArticleRow.article_id == article_id))


__all__ = ["LAST_DAY", "LISTED", "trimmed", "actors", "network", "places", "fused_page", "fused_one", "story_page", "story_one"]
