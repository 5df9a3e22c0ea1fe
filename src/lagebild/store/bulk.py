"""Bulk loading: many articles and events into a store at once, through the same tables and the
same derived values as the write path (``db.write_rows``), then fusion and rollups rebuilt once.

Where ``write_rows`` inserts a batch and reads the new primary keys back, the loader numbers rows
itself (it holds the write lock, so nobody else inserts meanwhile) and hands whole batches to the
driver: ``executemany`` on SQLite, ``COPY`` on PostgreSQL. That makes loading a generated store of
a million events minutes instead of an hour (benchmarks/generate.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from . import search
from .schema import ArticleRow, EventActorRow, EventRow, actor_values, haystack


class BulkLoader:
    """Append articles and events to a store in big batches; call ``finish()`` to rebuild fusion
    and rollups. Only for loading a store nobody else writes to at the same time."""

    def __init__(self, store: Any, cache_mib: int = 512) -> None:
        self.store = store
        if store.dialect == "sqlite":
            # SQLite's default page cache (2 MiB) makes every batch re-read and re-write the pages of
            # the unique indexes (random hashes): a large cache keeps them, the load gets ~CPU-bound
            def big_cache(dbapi_conn: Any, _record: Any) -> None:
                cur = dbapi_conn.cursor()
                cur.execute(f"PRAGMA cache_size=-{cache_mib * 1024}")
                cur.execute("PRAGMA temp_store=MEMORY")
                cur.close()

            event.listen(store.engine, "connect", big_cache)
            store.engine.dispose()  # connections opened from now on get it
        with Session(store.engine) as s:
            self.next_article = int(s.scalar(select(func.max(ArticleRow.pk))) or 0) + 1
            self.next_event = int(s.scalar(select(func.max(EventRow.pk))) or 0) + 1
            self.next_actor = int(s.scalar(select(func.max(EventActorRow.pk))) or 0) + 1
        # into an empty store, the secondary indexes are built once at the end (one sort each)
        # instead of taking a million random inserts each; unique ones stay and keep checking
        self.dropped: list[Any] = []
        if self.next_article == 1 and self.next_event == 1:
            with store.writing() as s:
                for table in (ArticleRow.__table__, EventRow.__table__, EventActorRow.__table__):
                    for index in sorted(table.indexes, key=lambda i: i.name):
                        if not index.unique:
                            index.drop(s.connection())
                            self.dropped.append(index)

    def add(self, article_rows: list[dict[str, Any]], event_rows: list[dict[str, Any]]) -> None:
        """Write one batch (rows as ``db.write_rows`` takes them) in one transaction."""
        arts = []
        for r in article_rows:
            arts.append({**r, "pk": self.next_article})
            self.next_article += 1
        evs = []
        for r in event_rows:
            evs.append({**r, "pk": self.next_event})
            self.next_event += 1
        actors = []
        for r in evs:
            for a in actor_values(r["pk"], r["data"]):
                actors.append({**a, "pk": self.next_actor})
                self.next_actor += 1
        art_fts = [(r["pk"], search.order_key(r["pk"], r.get("published")),
                    f"{r['title'] or ''} {r['id']} {r['text']}".casefold()) for r in arts]
        ev_fts = [(r["pk"], search.order_key(r["pk"], r["day"]), haystack(r["data"])) for r in evs]
        with self.store.writing() as s:
            if self.store.dialect == "postgresql":
                _copy_pg(s, arts, evs, actors, art_fts, ev_fts)
            else:
                conn = s.connection()
                conn.execute(ArticleRow.__table__.insert(), arts)
                conn.execute(EventRow.__table__.insert(), evs)
                if actors:
                    conn.execute(EventActorRow.__table__.insert(), actors)
                search.add(conn, "articles_fts", art_fts)
                search.add(conn, "events_fts", ev_fts)

    def finish(self, progress: Any = None) -> tuple[int, int]:
        """Rebuild the fused events, stories and rollups from everything stored (``lagebild
        refuse``); returns the numbers of fused events and stories."""
        from ..fuse.incremental import rebuild

        with self.store.writing() as s:
            for index in self.dropped:
                index.create(s.connection())
        self.dropped = []
        if self.store.dialect == "postgresql":
            with self.store.writing() as s:
                for table in ("articles", "events", "event_actors"):
                    s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'pk'), "
                                   f"(SELECT coalesce(max(pk), 0) + 1 FROM {table}), false)"))
        from .rollups import rebuild_store

        if self.store.dialect == "postgresql":  # statistics for the planner before the rebuilds query
            with self.store.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
        rebuild_store(self.store)
        return rebuild(self.store, progress)


def _copy_pg(s: Session, arts: list[dict[str, Any]], evs: list[dict[str, Any]], actors: list[dict[str, Any]],
             art_fts: list[tuple[int, int, str]], ev_fts: list[tuple[int, int, str]]) -> None:
    """PostgreSQL: COPY the rows; the search vectors are computed by the server from a temporary
    table of texts (COPY cannot call ``to_tsvector``)."""
    raw = s.connection().connection.driver_connection
    with raw.cursor() as cur:
        for table, rows in ((ArticleRow.__table__, arts), (EventRow.__table__, evs), (EventActorRow.__table__, actors)):
            if not rows:
                continue
            cols = [c.name for c in table.columns]
            with cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row([_pg_value(r.get(c)) for c in cols])
        for index, rows in (("articles_fts", art_fts), ("events_fts", ev_fts)):
            if not rows:
                continue
            cur.execute("CREATE TEMP TABLE IF NOT EXISTS bulk_texts (pk bigint, ord bigint, body text) "
                        "ON COMMIT DELETE ROWS")
            with cur.copy("COPY bulk_texts (pk, ord, body) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            vec = " || ".join(f"to_tsvector('{c}', body)" for c in search._PG_CONFIGS)
            cur.execute(f"INSERT INTO {index} (pk, ord, tsv) SELECT pk, ord, {vec} FROM bulk_texts "
                        "ON CONFLICT (pk) DO NOTHING")
            cur.execute("DELETE FROM bulk_texts")


def _pg_value(v: Any) -> Any:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v


def load(store: Any, batches: Iterable[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> BulkLoader:
    """Write every ``(article rows, event rows)`` batch; the caller then calls ``finish()``."""
    loader = BulkLoader(store)
    for arts, evs in batches:
        loader.add(arts, evs)
    return loader
