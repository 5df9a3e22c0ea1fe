"""Storage of articles and events with SQLAlchemy: SQLite by default, PostgreSQL via --db URL.

Events keep their full public JSON (the contract of `lagebild extract`) plus indexed columns for
the filters analysts use. An ingest run commits in batches of whole articles: a run that stops
keeps what it committed, and the same run again resumes.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import create_engine, func, insert, inspect, or_, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session

from ..errors import InputError, OptionError, StorageError
from ..model import Article, Event
from . import search
from .connections import close_engine, listen, lock, reason
from .schema import (
    ID_LENGTH,
    SCHEMA_VERSION,
    ArticleRow,
    Base,
    EventActorRow,
    EventRow,
    MetaRow,
    actor_values,
    event_values,
    haystack,
)
from .upgrade import add_missing_columns as _add_missing_columns
from .upgrade import add_missing_indexes as _add_missing_indexes
from .upgrade import fill_fused_days, fill_fused_items

__all__ = ["Base", "EventRow", "ArticleRow", "Store", "IngestStats", "event_values"]

DEFAULT_DB = "sqlite:///lagebild.db"
BUSY_TIMEOUT = 120.0  # seconds a writer waits for another one before giving up


def normalise_url(url: str | None) -> str:
    """--db takes a SQLAlchemy URL or a plain file path (an SQLite file)."""
    url = url or os.environ.get("LAGEBILD_DB") or DEFAULT_DB
    return url if "://" in url else f"sqlite:///{url}"


def _safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


@dataclass
class IngestStats:
    articles_added: int = 0
    articles_skipped: int = 0
    events_added: int = 0


class Store:
    """A database of articles and events; open it once, use it for many reads and writes.

    Writes are short transactions (one per batch of whole articles) that wait for each other:
    SQLite in WAL mode with a busy timeout and ``BEGIN IMMEDIATE``, PostgreSQL with an advisory
    lock, so concurrent ingests, watchers and API posts queue instead of failing, and readers see
    each batch as it lands. ``close()`` (or ``with Store(...)``) checkpoints and releases the file.
    """

    def __init__(self, url: str | None = None, create: bool = True, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.url = normalise_url(url)
        sqlite = self.url.startswith("sqlite")
        try:
            self.engine: Engine = create_engine(self.url, future=True,
                                                connect_args={"timeout": busy_timeout} if sqlite else {})
        except (ArgumentError, NoSuchModuleError) as exc:
            # a usage error (exit 2), named as the option that gives it (or LAGEBILD_DB), as every bad option value
            raise OptionError("--db", f"{_safe(self.url)!r} is not a usable database URL ({exc}); give a file path "
                                      "or a URL such as sqlite:///events.db or postgresql://HOST/DB") from None
        except ImportError as exc:
            raise StorageError(f"{_safe(self.url)}: database driver not installed ({exc.name}); "
                               "for PostgreSQL: pip install 'lagebild[postgres]'") from None
        self.dialect = self.engine.dialect.name
        listen(self.engine)
        self._writer = self.engine.execution_options(lagebild_write=True)
        ref = weakref.ref(self)
        # a forked worker must never use (or close) the parent's connections; the parent closes
        # the file cleanly at exit, however the command ends
        os.register_at_fork(after_in_child=lambda: (s := ref()) is not None and s.engine.dispose(close=False))
        self._finalizer = weakref.finalize(self, close_engine, self.engine)
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            if self._current():
                pass  # tables, indexes and derived data are as this version makes them: no DDL, no reflection
            elif create or self._has_tables():
                self._prepare()
        except SQLAlchemyError as exc:
            raise StorageError(f"{_safe(self.url)}: cannot open database: {reason(exc)}") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Checkpoint the SQLite write-ahead log into the main file and close every connection, so
        no WAL is left behind (another process still holding the file keeps it, as it must).
        Also runs when the Store is garbage-collected or the process exits."""
        close_engine(self.engine)

    def _current(self) -> bool:
        """The database was made or upgraded by this schema version (one indexed read)."""
        try:
            with self.engine.connect() as conn:
                return conn.execute(select(MetaRow.value).where(MetaRow.key == "schema")).scalar() == SCHEMA_VERSION
        except SQLAlchemyError:
            return False  # no tables yet

    def _has_tables(self) -> bool:
        return inspect(self.engine).has_table("articles")

    def _prepare(self) -> None:
        """Create missing tables and search indexes; bring a file of an older schema up to date."""
        with self._writer.begin() as conn:
            lock(conn)
            Base.metadata.create_all(conn)
            search.create(conn)
            version = conn.execute(select(MetaRow.value).where(MetaRow.key == "schema")).scalar()
            if version == SCHEMA_VERSION:
                return
            if version in ("3", "4", "5", "6", "7", "8", "9", "10"):
                from . import rollups, rollups_day

                # (11) the inferred-target flag: false for the events stored before (their JSON has no flag either)
                _add_missing_columns(conn)
                if version == "10":
                    conn.execute(MetaRow.__table__.delete().where(MetaRow.key == "schema"))
                    conn.execute(insert(MetaRow), [{"key": "schema", "value": SCHEMA_VERSION}])
                    return
                _add_missing_indexes(conn)  # (9) the covering indexes got the day and the modality
                if version != "9":
                    fill_fused_items(conn)  # (9) fused list items
                if version not in ("8", "9"):
                    search.reindex(conn)  # the index rows got order keys (8)
                if version in ("3", "4"):  # the rollup tables came (4) and got scopes (5): count them again
                    for table in rollups.TABLES:
                        table.__table__.drop(conn, checkfirst=True)
                        table.__table__.create(conn)
                    rollups.rebuild(Session(bind=conn))
                elif version != "9":  # the per-day rollups came (9)
                    rollups_day.rebuild(Session(bind=conn))
                fill_fused_days(conn)  # (10) the days of the fused events
                conn.execute(MetaRow.__table__.delete().where(MetaRow.key == "schema"))
                conn.execute(insert(MetaRow), [{"key": "schema", "value": SCHEMA_VERSION}])
                return
            old = version is None and conn.execute(select(func.count()).select_from(EventRow)).scalar()
            _add_missing_columns(conn)
            _add_missing_indexes(conn)
            conn.execute(MetaRow.__table__.delete().where(MetaRow.key == "schema"))
            conn.execute(insert(MetaRow), [{"key": "schema", "value": SCHEMA_VERSION}])
        if old or version is not None:
            from .upgrade import rebuild_derived

            rebuild_derived(self)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read transaction."""
        with Session(self.engine) as s:
            yield s

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction that waits for other writers; committed on success, rolled back on
        any error."""
        with Session(self._writer) as s:
            try:
                lock(s.connection())
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        hs = list(hashes)
        found: set[str] = set()
        with Session(self.engine) as s:
            for i in range(0, len(hs), 500):
                found.update(s.scalars(select(ArticleRow.content_hash).where(ArticleRow.content_hash.in_(hs[i:i + 500]))))
        return found

    def add_many(self, items: Iterable[tuple[Article, list[Event]]], batch: int = 500,
                 on_batch: Callable[[IngestStats], None] | None = None) -> IngestStats:
        """Store articles with their events, one transaction per ``batch`` articles.

        Each article lands together with all its events, fused at once into the fused events and
        stories. Items are consumed lazily, so memory stays bounded. If the input stops (a bad
        input, Ctrl-C), the complete articles read so far are committed before the error goes on;
        an InputError then says how many were kept, and running the same input again resumes
        (stored articles are recognised by their text and skipped).
        """
        stats = IngestStats()
        pending: list[tuple[Article, list[Event]]] = []
        writing = False

        def flush() -> None:
            nonlocal pending, writing
            writing = True
            self._commit(pending, stats)
            writing = False
            pending = []
            if on_batch:
                on_batch(stats)

        try:
            for item in items:
                pending.append(item)
                if len(pending) >= batch:
                    flush()
            if pending:
                flush()
        except SQLAlchemyError as exc:
            raise StorageError(f"{_safe(self.url)}: write failed after {stats.articles_added} article(s) were "
                               f"stored: {reason(exc)}") from None
        except InputError as exc:
            if pending and not writing:
                flush()
            raise InputError(exc.where, f"{exc.problem} (stopped here; {stats.articles_added} article(s) of this run "
                                        "are stored; run it again to resume)") from None
        except BaseException:
            if pending and not writing:
                flush()
            raise
        return stats

    def _commit(self, items: list[tuple[Article, list[Event]]], stats: IngestStats) -> None:
        with self.writing() as s:
            error = self._write_batch(s, items, stats)
        if error is not None:
            raise error

    def _write_batch(self, s: Session, items: list[tuple[Article, list[Event]]], stats: IngestStats
                     ) -> InputError | None:
        """Insert one batch (the articles before a bad one, if any, which it returns)."""
        hashes = {a.content_hash for a, _ in items}
        ids = {a.id for a, _ in items}
        stored_hashes = set(s.scalars(select(ArticleRow.content_hash).where(ArticleRow.content_hash.in_(hashes))))
        stored_ids = set(s.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(ids))))
        now = datetime.now(timezone.utc)
        article_rows: list[dict[str, Any]] = []
        event_rows: list[dict[str, Any]] = []
        error = None
        added = skipped = n_events = 0
        for article, events in items:
            h = article.content_hash
            if h in stored_hashes:
                skipped += 1
                continue
            where = article.origin or article.id
            if article.id in stored_ids:
                error = InputError(where, f"article id {article.id!r} is already stored with a different text; "
                                          "give it a unique id")
                break
            if len(article.id) > ID_LENGTH:
                error = InputError(where, f"article id is longer than {ID_LENGTH} characters")
                break
            stored_hashes.add(h)
            stored_ids.add(article.id)
            kept = unique_events(events)
            article_rows.append(dict(id=article.id, content_hash=h, title=article.title, url=article.url,
                                     lang=article.lang or "", published=article.published, origin=article.origin,
                                     text=article.text, ingested_at=now, n_events=len(kept)))
            event_rows.extend(event_values(ev.to_json(), article.published) for ev in kept)
            added += 1
            n_events += len(kept)
        write_rows(s, article_rows, event_rows)
        s.flush()
        s.expunge_all()
        stats.articles_added += added
        stats.articles_skipped += skipped
        stats.events_added += n_events
        return error

    # -- queries ---------------------------------------------------------------------------------
    def events(self, actor: str | None = None, event_type: str | None = None, since: date | None = None,
               until: date | None = None, modality: str | None = None, article: str | None = None,
               country: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored events (their public JSON), filtered; ordered by event date, then article order."""
        q = select(EventRow.data)
        if actor:
            low = actor.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")  # literal, not wildcards
            like = f"%{low}%"
            q = q.where(or_(func.lower(EventRow.source_actor).like(like, escape="\\"),
                            func.lower(EventRow.target_actor).like(like, escape="\\"),
                            func.lower(EventRow.source_country) == actor.lower(),
                            func.lower(EventRow.target_country) == actor.lower(),
                            func.lower(func.coalesce(EventRow.attributed_to, "")).like(like, escape="\\")))
        if country:
            q = q.where(or_(EventRow.source_country == country.upper(), EventRow.target_country == country.upper()))
        if event_type:
            q = q.where(EventRow.event_type == event_type.upper())
        if modality:
            q = q.where(EventRow.modality == modality)
        if article:
            q = q.where(EventRow.article_id == article)
        if since:
            q = q.where(EventRow.event_date >= since)
        if until:
            q = q.where(EventRow.event_date <= until)
        q = q.order_by(EventRow.day, EventRow.pk).offset(offset)
        if limit:
            q = q.limit(limit)
        with Session(self.engine) as s:
            return [dict(d) for d in s.scalars(q)]

    def articles(self) -> list[dict[str, Any]]:
        """Every article's metadata (no text); for small stores and tests."""
        with Session(self.engine) as s:
            rows = s.execute(select(ArticleRow.id, ArticleRow.title, ArticleRow.url, ArticleRow.lang,
                                    ArticleRow.published, ArticleRow.origin).order_by(ArticleRow.pk))
            return [{"id": r.id, "title": r.title, "url": r.url, "lang": r.lang,
                     "published": r.published.isoformat() if r.published else None, "origin": r.origin} for r in rows]

    def counts(self) -> dict[str, int]:
        with Session(self.engine) as s:
            return {"articles": s.scalar(select(func.count()).select_from(ArticleRow)) or 0,
                    "events": s.scalar(select(func.count()).select_from(EventRow)) or 0}


def write_rows(s: Session, article_rows: list[dict[str, Any]], event_rows: list[dict[str, Any]], fuse: bool = True) -> None:
    """Insert articles and events with everything derived from them: search indexes, the actors
    table, the rollups, and (unless a bulk load rebuilds it after) incremental fusion."""
    from ..fuse.incremental import add_events
    from . import rollups

    if article_rows:
        s.execute(insert(ArticleRow), article_rows)
        pks = dict(s.execute(select(ArticleRow.id, ArticleRow.pk).where(ArticleRow.id.in_([r["id"] for r in article_rows]))
                             ).all())
        search.add(s, "articles_fts", ((pks[r["id"]], search.order_key(pks[r["id"]], r.get("published")),
                                        f"{r['title'] or ''} {r['id']} {r['text']}") for r in article_rows))
    if not event_rows:
        rollups.add(s, len(article_rows), [], [])
        return
    pks: dict[str, int] = {}
    for i in range(0, len(event_rows), 500):
        chunk = event_rows[i:i + 500]
        s.execute(insert(EventRow), chunk)
        pks.update(s.execute(select(EventRow.event_id, EventRow.pk)
                             .where(EventRow.event_id.in_([r["event_id"] for r in chunk]))).all())
    search.add(s, "events_fts", ((pks[r["event_id"]], search.order_key(pks[r["event_id"]], r["day"]), haystack(r["data"]))
                                 for r in event_rows))
    actors = [a for r in event_rows for a in actor_values(pks[r["event_id"]], r["data"])]
    if actors:
        s.execute(insert(EventActorRow), actors)
    rollups.add(s, len(article_rows), [(pks[r["event_id"]], r) for r in event_rows], actors)
    if not fuse:
        return
    meta = {r["id"]: {"published": r["published"].isoformat() if r["published"] else None, "url": r["url"],
                      "title": r["title"]} for r in article_rows}
    add_events(s, [(pks[r["event_id"]], r["data"]) for r in event_rows], meta)


def unique_events(events: list[Event]) -> list[Event]:
    """One row per event id: an exact repeat (same type, actors and span) adds nothing and must not
    fail a whole ingest run on the unique constraint."""
    seen: set[str] = set()
    out = []
    for ev in events:
        if ev.event_id not in seen:
            seen.add(ev.event_id)
            out.append(ev)
    return out
