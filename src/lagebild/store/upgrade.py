"""Bring a database made by an older lagebild up to date: fill the columns, search indexes, actor
rows, rollups and event counts added since, then rebuild the fused events and stories."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, delete, func, inspect, select

from . import search
from .schema import ArticleRow, Base, EventActorRow, EventRow, actor_values, event_values, haystack


def rebuild_derived(store: Any, chunk: int = 2000) -> None:
    """Recompute everything derived from the stored articles and events (in one transaction)."""
    from ..fuse.incremental import rebuild

    with store.writing() as s:
        conn = s.connection()
        s.execute(delete(EventActorRow))
        search.drop(conn)
        search.create(conn)
        pubs = dict(s.execute(select(ArticleRow.id, ArticleRow.published)).all())
        last = 0
        t = EventRow.__table__
        cols = ("source_key", "target_key", "location_name", "day")
        upd = t.update().where(t.c.pk == bindparam("b_pk")).values(**{c: bindparam(c) for c in cols})
        while True:
            rows = s.execute(select(EventRow.pk, EventRow.data).where(EventRow.pk > last).order_by(EventRow.pk)
                             .limit(chunk)).all()
            if not rows:
                break
            last = rows[-1].pk
            values, texts = [], []
            for pk, data in rows:
                v = event_values(data, pubs.get(data["article"]))
                values.append({"b_pk": pk, **{c: v[c] for c in cols}})
                texts.append((pk, search.order_key(pk, v["day"]), haystack(data)))
            s.execute(upd, values)
            actors = [a for pk, data in rows for a in actor_values(pk, data)]
            if actors:
                s.execute(EventActorRow.__table__.insert(), actors)
            search.add(s, "events_fts", texts)
        counts = select(func.count()).where(EventRow.article_id == ArticleRow.id).scalar_subquery()
        s.execute(ArticleRow.__table__.update().values(n_events=counts))
        last = 0
        while True:
            rows = s.execute(select(ArticleRow.pk, ArticleRow.id, ArticleRow.title, ArticleRow.text, ArticleRow.published)
                             .where(ArticleRow.pk > last).order_by(ArticleRow.pk).limit(chunk)).all()
            if not rows:
                break
            last = rows[-1].pk
            search.add(s, "articles_fts", ((r.pk, search.order_key(r.pk, r.published), f"{r.title or ''} {r.id} {r.text}")
                                            for r in rows))
        from .rollups import rebuild as rebuild_rollups

        rebuild_rollups(s)
    rebuild(store)


def add_missing_columns(conn: Any) -> None:
    """Columns added since a file was made (``create_all`` adds tables, not columns)."""
    have = {f"{t}.{c['name']}" for t in ("events", "articles", "fused") for c in inspect(conn).get_columns(t)}
    for table, col in (("events", "source_key"), ("events", "target_key"), ("events", "location_name"),
                       ("events", "day"), ("articles", "n_events"), ("fused", "item"), ("events", "target_inferred")):
        if f"{table}.{col}" not in have:
            kind = {"n_events": "INTEGER DEFAULT 0", "day": "DATE", "item": "JSON",
                    "target_inferred": "BOOLEAN DEFAULT FALSE"}.get(col, "VARCHAR(200)")
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {col} {kind}")


def fill_fused_items(conn: Any, chunk: int = 500) -> None:
    """Schema 9: each fused event's list item (``trimmed(data)``), so a list page never reads the
    whole JSON of a big group (megabytes: every event id, every contradiction)."""
    from .schema import FusedRow, trimmed

    t = FusedRow.__table__
    upd = t.update().where(t.c.pk == bindparam("b_pk")).values(item=bindparam("item"))
    last = 0
    while True:
        rows = conn.execute(select(t.c.pk, t.c.data).where(t.c.pk > last, t.c.item.is_(None)).order_by(t.c.pk)
                            .limit(chunk)).all()
        if not rows:
            return
        last = rows[-1].pk
        conn.execute(upd, [{"b_pk": pk, "item": trimmed(dict(data))} for pk, data in rows if data is not None])


def fill_fused_days(conn: Any) -> None:
    """Schema 10: the days of each fused event's members (``fused_days``), in one statement from
    the member and event tables (the events' ``day`` and the groups' list order)."""
    from .schema import LAST_DAY, EventRow, FusedDayRow, FusedMemberRow, FusedRow

    m, e, f = FusedMemberRow, EventRow, FusedRow
    rows = (select(m.fused_pk, e.day, f.first_seen, f.fused_id).distinct()
            .join(e, e.pk == m.event_pk).join(f, f.pk == m.fused_pk).where(e.day < LAST_DAY))
    conn.execute(FusedDayRow.__table__.delete())
    conn.execute(FusedDayRow.__table__.insert().from_select(["fused_pk", "day", "first_seen", "fused_id"], rows))
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ANALYZE fused_days")  # the planner has no statistics for the new rows yet


def add_missing_indexes(conn: Any) -> None:
    """Indexes added since a file was made (``create_all`` adds those of new tables only); the
    ones they replaced go."""
    from .schema import OBSOLETE_INDEXES

    for name in OBSOLETE_INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            index.create(conn, checkfirst=True)
