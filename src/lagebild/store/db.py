"""Storage of articles and events with SQLAlchemy: SQLite by default, PostgreSQL via --db URL.

Events keep their full public JSON (the contract of `lagebild extract`) plus indexed columns for
the filters analysts use. An ingest run is one transaction: it lands whole or not at all.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    event,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from ..errors import InputError, StorageError
from ..language.dates import date_range
from ..model import Article, Event

DEFAULT_DB = "sqlite:///lagebild.db"
ID_LENGTH = 200


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(ID_LENGTH), unique=True, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    published: Mapped[date | None] = mapped_column(Date, index=True)
    origin: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EventRow(Base):
    __tablename__ = "events"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    event_type: Mapped[str] = mapped_column(String(16), index=True)
    modality: Mapped[str] = mapped_column(String(16), index=True)
    hedged: Mapped[bool] = mapped_column(Boolean)
    source_actor: Mapped[str | None] = mapped_column(String(100), index=True)
    source_country: Mapped[str | None] = mapped_column(String(3), index=True)
    source_sector: Mapped[str | None] = mapped_column(String(16))
    target_actor: Mapped[str | None] = mapped_column(String(100), index=True)
    target_country: Mapped[str | None] = mapped_column(String(3), index=True)
    target_sector: Mapped[str | None] = mapped_column(String(16))
    location_country: Mapped[str | None] = mapped_column(String(3))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    event_date: Mapped[date | None] = mapped_column(Date, index=True)  # start of the event's date (or publication)
    attributed_to: Mapped[str | None] = mapped_column(Text)  # names joined by "; ", for search
    denied: Mapped[bool] = mapped_column(Boolean)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


def normalise_url(url: str | None) -> str:
    """--db takes a SQLAlchemy URL or a plain file path (an SQLite file)."""
    url = url or os.environ.get("LAGEBILD_DB") or DEFAULT_DB
    return url if "://" in url else f"sqlite:///{url}"


def _safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _event_date(ev: dict[str, Any], published: date | None) -> date | None:
    """First day of the event's date (the filter column), else the publication date."""
    rng = date_range((ev.get("date") or {}).get("value"))
    return rng[0] if rng else published


@dataclass
class IngestStats:
    articles_added: int = 0
    articles_skipped: int = 0
    events_added: int = 0


class Store:
    """A database of articles and events; open it once, use it for many reads and writes."""

    def __init__(self, url: str | None = None, create: bool = True) -> None:
        self.url = normalise_url(url)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except (ArgumentError, NoSuchModuleError) as exc:
            raise StorageError(f"{_safe(self.url)}: not a usable database URL ({exc})") from None
        except ImportError as exc:
            raise StorageError(f"{_safe(self.url)}: database driver not installed ({exc.name}); "
                               "for PostgreSQL: pip install 'lagebild[postgres]'") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            if create:
                Base.metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise StorageError(f"{_safe(self.url)}: cannot open database: {_reason(exc)}") from None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed on success, rolled back (database unchanged) on any error."""
        with Session(self.engine) as s:
            try:
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
        """Add everything in one transaction, written in batches of ``batch`` articles.

        Items are consumed lazily and each batch is inserted with a few multi-row statements, then
        dropped from the session, so memory stays bounded on any input size; an error anywhere
        (a bad input further down the stream included) rolls the whole run back.
        """
        stats = IngestStats()
        try:
            with self.session() as s:
                pending: list[tuple[Article, list[Event]]] = []
                for item in items:
                    pending.append(item)
                    if len(pending) >= batch:
                        self._write_batch(s, pending, stats)
                        pending = []
                        if on_batch:
                            on_batch(stats)
                if pending:
                    self._write_batch(s, pending, stats)
                    if on_batch:
                        on_batch(stats)
        except SQLAlchemyError as exc:
            raise StorageError(f"{_safe(self.url)}: write failed, nothing stored: {_reason(exc)}") from None
        return stats

    def _write_batch(self, s: Session, items: list[tuple[Article, list[Event]]], stats: IngestStats) -> None:
        """Insert one batch: two lookups for duplicates and id clashes, then bulk inserts."""
        hashes = {a.content_hash for a, _ in items}
        ids = {a.id for a, _ in items}
        stored_hashes = set(s.scalars(select(ArticleRow.content_hash).where(ArticleRow.content_hash.in_(hashes))))
        stored_ids = set(s.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(ids))))
        now = datetime.now(timezone.utc)
        article_rows: list[dict[str, Any]] = []
        event_rows: list[dict[str, Any]] = []
        for article, events in items:
            h = article.content_hash
            if h in stored_hashes:
                stats.articles_skipped += 1
                continue
            where = article.origin or article.id
            if article.id in stored_ids:
                raise InputError(where, f"article id {article.id!r} is already stored with a different text; "
                                        "give it a unique id")
            if len(article.id) > ID_LENGTH:
                raise InputError(where, f"article id is longer than {ID_LENGTH} characters")
            stored_hashes.add(h)
            stored_ids.add(article.id)
            article_rows.append(dict(id=article.id, content_hash=h, title=article.title, url=article.url,
                                     lang=article.lang or "", published=article.published, origin=article.origin,
                                     text=article.text, ingested_at=now))
            kept = unique_events(events)
            event_rows.extend(event_values(ev.to_json(), article.published) for ev in kept)
            stats.articles_added += 1
            stats.events_added += len(kept)
        if article_rows:
            s.execute(insert(ArticleRow), article_rows)
        if event_rows:
            s.execute(insert(EventRow), event_rows)
        s.flush()
        s.expunge_all()

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
        q = q.order_by(EventRow.event_date.is_(None), EventRow.event_date, EventRow.pk).offset(offset)
        if limit:
            q = q.limit(limit)
        with Session(self.engine) as s:
            return [dict(d) for d in s.scalars(q)]

    def articles(self) -> list[dict[str, Any]]:
        with Session(self.engine) as s:
            rows = s.scalars(select(ArticleRow).order_by(ArticleRow.pk))
            return [{"id": r.id, "title": r.title, "url": r.url, "lang": r.lang,
                     "published": r.published.isoformat() if r.published else None, "origin": r.origin} for r in rows]

    def counts(self) -> dict[str, int]:
        with Session(self.engine) as s:
            return {"articles": s.scalar(select(func.count()).select_from(ArticleRow)) or 0,
                    "events": s.scalar(select(func.count()).select_from(EventRow)) or 0}


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


def event_values(ev: dict[str, Any], published: date | None) -> dict[str, Any]:
    """Column values of one event's row: the indexed filter columns plus the full public JSON."""
    src, tgt, loc = ev.get("source") or {}, ev.get("target") or {}, ev.get("location") or {}
    names = [a.get("name") or a.get("text") for a in ev.get("attribution") or []]
    return dict(event_id=ev["event_id"], article_id=ev["article"], event_type=ev["event_type"],
                modality=ev["modality"], hedged=bool(ev["hedged"]), source_actor=src.get("actor_id"),
                source_country=src.get("country"), source_sector=src.get("sector"), target_actor=tgt.get("actor_id"),
                target_country=tgt.get("country"), target_sector=tgt.get("sector"),
                location_country=loc.get("country"), lat=loc.get("lat"), lon=loc.get("lon"),
                event_date=_event_date(ev, published), attributed_to="; ".join(n for n in names if n) or None,
                denied=bool(ev.get("denied_by")), data=ev)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
