"""Read-only queries behind the REST API, the web UI and the CLI: filtered pages with totals,
the article text with its highlighted spans. Aggregates (actors, network, places, fused events,
stories) are in ``aggregates.py``.

Everything filters, pages and counts in SQL over indexed columns, and full-text search runs in the
engine (``search.py``): no request reads all rows, and a page of articles never loads their texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, false, func, or_, select, union_all
from sqlalchemy.orm import Session

from . import search
from .db import Store
from .highlights import highlight_spans
from .plain import day_range
from .schema import ArticleRow, EventRow, FusedMemberRow, FusedRow, haystack

__all__ = ["EventFilter", "event_page", "event", "article_page", "article", "facets", "haystack"]

MODALITIES = ("factual", "future", "hypothetical", "negated")


@dataclass
class EventFilter:
    """The filters analysts combine; every field is optional and all given ones must hold."""

    actor: str | None = None  # actor id, country code or name: source, target or attributed source
    country: str | None = None  # ISO3 of source, target or location
    event_type: str | None = None
    modality: str | None = None
    source: str | None = None  # who it is attributed to (name), "none" for the article's own voice
    since: date | None = None
    until: date | None = None
    article: str | None = None
    q: str | None = None  # full-text search over evidence, actors, places and sources
    denied: bool | None = None
    inferred: bool | None = None  # the target is the system's conclusion (home_targets.py), no words of the text

    def active(self) -> bool:
        return any(v is not None for v in vars(self).values())

    def narrowed(self, dialect: str = "sqlite") -> bool:
        """A text search whose count stops at CAP: with other filters, or alone on an engine that
        does not count searches exactly (``search.exact_counts``)."""
        return bool(self.q) and (not search.exact_counts(dialect)
                                 or any(v is not None for k, v in vars(self).items() if k != "q"))

    def apply(self, q: Select[Any], dialect: str = "sqlite") -> Select[Any]:
        """Add the filters to a select over ``EventRow`` (full-text search through the engine's index)."""
        if self.q:
            cond = search.matching(dialect, "events_fts", self.q, EventRow.pk)
            q = q.where(cond if cond is not None else false())
        if self.actor:
            low = self.actor.lower()
            like = f"%{like_escape(low)}%"
            q = q.where(or_(func.lower(EventRow.source_actor).like(like, escape="\\"),
                            func.lower(EventRow.target_actor).like(like, escape="\\"),
                            func.lower(EventRow.source_country) == low, func.lower(EventRow.target_country) == low,
                            func.lower(func.coalesce(EventRow.attributed_to, "")).like(like, escape="\\")))
        if self.country:
            c = self.country.upper()
            q = q.where(or_(EventRow.source_country == c, EventRow.target_country == c, EventRow.location_country == c))
        if self.event_type:
            q = q.where(EventRow.event_type == self.event_type.upper())
        if self.modality:
            q = q.where(EventRow.modality == self.modality)
        if self.source:
            if self.source.lower() == "none":
                q = q.where(EventRow.attributed_to.is_(None))
            else:
                q = q.where(func.lower(func.coalesce(EventRow.attributed_to, "")).like(
                    f"%{like_escape(self.source.lower())}%", escape="\\"))
        # dates on ``day`` (the event date, LAST_DAY when undated): the list order's and the covering
        # indexes' column, so a date range walks an index instead of reading event rows
        if dated := day_range(EventRow.day, self.since, self.until):
            q = q.where(*dated)
        if self.article:
            q = q.where(EventRow.article_id == self.article)
        if self.denied is not None:
            q = q.where(EventRow.denied.is_(self.denied))
        if self.inferred is not None:
            q = q.where(EventRow.target_inferred.is_(self.inferred))
        return q


def _ordered(q: Select[Any]) -> Select[Any]:
    """Oldest first, undated last (``day`` is the event date, or 9999-12-31), then storage order."""
    return q.order_by(EventRow.day, EventRow.pk)


def _cursor(row: Any) -> str:
    return f"{row.day.isoformat()}.{row.pk}"


def _after(q: Select[Any], cursor: str) -> Select[Any]:
    """Keyset pagination: the rows after ``cursor`` in (event date, pk) order, however deep."""
    try:
        day, pk_text = cursor.rsplit(".", 1)
        pk = int(pk_text)
        d = date.fromisoformat(day)
    except ValueError:
        raise ValueError(f"not a page cursor: {cursor!r}") from None
    return q.where(or_(EventRow.day > d, and_(EventRow.day == d, EventRow.pk > pk)))


CAP = 10_000  # counts of a text search combined with other filters stop here ("10,000+")


def event_page(store: Store, f: EventFilter, limit: int, offset: int = 0, after: str | None = None,
               count: bool = True) -> tuple[int, list[dict[str, Any]], str | None]:
    """One page of events matching ``f``, how many match in all, and the cursor of the next page
    (pass it as ``after`` instead of a deep ``offset``). A text search with other filters counts
    at most ``CAP + 1`` (more than CAP: the total is only a lower bound, see ``capped``)."""
    if f.q:
        return _searched_page(store, f, limit, offset, after, count)

    def counted() -> int:
        with Session(store.engine) as s:
            from . import rollups

            scope = rollups.scope_of(f)
            if scope is not None:  # all events, or a country and/or type: the totals the rollups keep
                return rollups.totals(s, scope)["events"]
            return s.scalar(f.apply(select(func.count()).select_from(EventRow), store.dialect)) or 0

    total = _cached_count(store, f"events-count:{sorted(vars(f).items())!r}", counted) if count else -1
    with Session(store.engine) as s:
        q = _ordered(f.apply(select(EventRow.pk, EventRow.day, EventRow.data), store.dialect))
        q = _after(q, after) if after else q.offset(offset)
        rows = s.execute(q.limit(limit + 1)).all()
    return _paged(rows, limit, total)


def _paged(rows: list[Any], limit: int, total: int = -1) -> tuple[int, list[dict[str, Any]], str | None]:
    more = len(rows) > limit
    rows = rows[:limit]
    return total, [dict(r.data) for r in rows], _cursor(rows[-1]) if more and rows else None


def _cached_count(store: Store, key: str, counted: Any) -> int:
    from .aggregates import cached

    return int(cached(store, key, counted))


def capped(total: int, narrowed: bool) -> bool:
    """A total that only says "more than CAP": ``narrowed`` is a text search with other filters
    (``EventFilter.narrowed``; articles: a search in one language) or any search on an engine
    without exact search counts (``search.exact_counts``), whose count stops there."""
    return narrowed and total > CAP


def _searched_page(store: Store, f: EventFilter, limit: int, offset: int, after: str | None,
                   count: bool) -> tuple[int, list[dict[str, Any]], str | None]:
    """A text search walks the search index in list order (its order key is day, pk) and joins
    each hit to its event until the page is full: a common word costs what a rare one does."""
    from dataclasses import replace

    assert f.q
    hit = search.hits(store.dialect, "events_fts", f.q)
    if hit is None:
        return (0 if count else -1), [], None
    rest = replace(f, q=None)
    base = rest.apply(select(EventRow.pk, EventRow.day, EventRow.data).join(hit, EventRow.pk == hit.c.pk), store.dialect)

    def counted() -> int:
        with Session(store.engine) as s:
            if not rest.active():
                return search.count(s, store.dialect, "events_fts", f.q or "",
                                    None if search.exact_counts(store.dialect) else CAP)
            some = rest.apply(select(EventRow.pk).join(hit, EventRow.pk == hit.c.pk), store.dialect).limit(CAP + 1)
            return s.scalar(select(func.count()).select_from(some.subquery())) or 0

    total = _cached_count(store, f"events-count:{sorted(vars(f).items())!r}", counted) if count else -1
    q = base.order_by(hit.c.ord)
    if after:
        try:
            day, pk_text = after.rsplit(".", 1)
            key = search.order_key(int(pk_text), date.fromisoformat(day))
        except ValueError:
            raise ValueError(f"not a page cursor: {after!r}") from None
        q = q.where(hit.c.ord > key)
    else:
        q = q.offset(offset)
    with Session(store.engine) as s:
        rows = s.execute(q.limit(limit + 1)).all()
    return _paged(rows, limit, total)


def iter_events(store: Store, f: EventFilter | None = None, chunk: int = 2000) -> Any:
    """Every event matching ``f``, streamed in keyset pages (for exports)."""
    f = f or EventFilter()
    after = None
    while True:
        _, items, after = event_page(store, f, chunk, after=after, count=False)
        yield from items
        if after is None:
            return


def all_events(store: Store, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Every event matching ``f`` as a list; only for small, filtered sets (one article's events)."""
    return list(iter_events(store, f))


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event with its article's metadata and the fused event it belongs to (two indexed lookups)."""
    with Session(store.engine) as s:
        row = s.execute(select(EventRow.pk, EventRow.data, EventRow.article_id).where(EventRow.event_id == event_id)).first()
        if row is None:
            return None
        art = s.scalar(select(ArticleRow).where(ArticleRow.id == row.article_id).options(_no_text()))
        fused_id = s.scalar(select(FusedRow.fused_id).join(FusedMemberRow, FusedMemberRow.fused_pk == FusedRow.pk)
                            .where(FusedMemberRow.event_pk == row.pk))
    return {**dict(row.data), "article_meta": _article_meta(art) if art else None, "fused_id": fused_id}


def _no_text() -> Any:
    from sqlalchemy.orm import defer

    return defer(ArticleRow.text)


def _article_meta(r: ArticleRow, n_events: int | None = None) -> dict[str, Any]:
    meta: dict[str, Any] = {"id": r.id, "title": r.title, "url": r.url, "lang": r.lang,
                            "published": r.published.isoformat() if r.published else None, "origin": r.origin}
    if n_events is not None:
        meta["events"] = n_events
    return meta


def article_page(store: Store, q: str | None, lang: str | None, limit: int,
                 offset: int) -> tuple[int, list[dict[str, Any]]]:
    """Articles (newest first) with their event counts; ``q`` searches title and text (full-text
    index, walked in list order: its order key is publication date, pk). Texts are never loaded.
    A search in one language (any search on PostgreSQL) counts at most ``CAP + 1``."""
    cols = (ArticleRow.id, ArticleRow.title, ArticleRow.url, ArticleRow.lang, ArticleRow.published,
            ArticleRow.origin, ArticleRow.n_events)
    conds = [ArticleRow.lang == lang] if lang else []
    hit = search.hits(store.dialect, "articles_fts", q) if q else None
    if q and hit is None:
        return 0, []

    def counted() -> int:
        with Session(store.engine) as s:
            if hit is None:
                return s.scalar(select(func.count()).select_from(ArticleRow).where(*conds)) or 0
            if not conds:
                return search.count(s, store.dialect, "articles_fts", q or "",
                                    None if search.exact_counts(store.dialect) else CAP)
            some = select(ArticleRow.pk).join(hit, ArticleRow.pk == hit.c.pk).where(*conds).limit(CAP + 1)
            return s.scalar(select(func.count()).select_from(some.subquery())) or 0

    total = _cached_count(store, f"articles-count:{q!r}:{lang!r}", counted)  # a common word matches most articles
    if hit is not None:
        page = select(*cols).join(hit, ArticleRow.pk == hit.c.pk).where(*conds).order_by(hit.c.ord.desc())
    else:
        page = _newest_articles(store.dialect, cols, conds, offset + limit)
    with Session(store.engine) as s:
        rows = s.execute(page.offset(offset).limit(limit)).all()
    return total, [_article_meta(r, r.n_events or 0) for r in rows]


def _newest_articles(dialect: str, cols: tuple[Any, ...], conds: list[Any], first: int) -> Select[Any]:
    """Articles newest first, undated last, as a walk of ``ix_articles_newest`` (published, pk)
    backwards: SQLite sorts NULLs last in DESC, so that is one walk; PostgreSQL sorts them first,
    so the dated ``first`` and the undated ``first`` are two walks, merged (one NULLS LAST sort
    read every article: 190-270 ms warm at 270k articles)."""
    newest = (ArticleRow.published.desc(), ArticleRow.pk.desc())
    if dialect == "sqlite":
        return select(*cols).where(*conds).order_by(*newest)
    dated = select(*cols, ArticleRow.pk).where(*conds, ArticleRow.published.is_not(None)).order_by(*newest).limit(first)
    undated = (select(*cols, ArticleRow.pk).where(*conds, ArticleRow.published.is_(None))
               .order_by(ArticleRow.pk.desc()).limit(first))
    both = union_all(select(dated.subquery()), select(undated.subquery())).subquery()
    return select(both).order_by(both.c.published.desc().nulls_last(), both.c.pk.desc())


def article_titles(store: Store, ids: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Article metadata by id (no text), for the given ids."""
    cols = (ArticleRow.id, ArticleRow.title, ArticleRow.url, ArticleRow.lang, ArticleRow.published, ArticleRow.origin)
    q = select(*cols)
    if ids is not None and store.dialect == "postgresql":  # one array parameter, not thousands of binds to render
        from sqlalchemy import String, any_, bindparam
        from sqlalchemy.dialects.postgresql import ARRAY

        q = q.where(ArticleRow.id == any_(bindparam("ids", list(ids), type_=ARRAY(String))))
    elif ids is not None:
        q = q.where(ArticleRow.id.in_(ids))
    with Session(store.engine) as s:
        return {r.id: _article_meta(r) for r in s.execute(q)}


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """The article with its full text, its events and the character spans to highlight."""
    with Session(store.engine) as s:
        row = s.scalar(select(ArticleRow).where(ArticleRow.id == article_id))
        if row is None:
            return None
        meta = _article_meta(row)
        meta["text"] = row.text
        events = [dict(d) for d in s.scalars(select(EventRow.data).where(EventRow.article_id == article_id)
                                             .order_by(EventRow.pk))]
    meta["events"] = events
    meta["spans"] = highlight_spans(meta["text"], events)
    return meta


def facets(store: Store) -> dict[str, Any]:
    """What the filters can choose from: types, modalities, countries, sources, the date range.
    Counts come from the rollups ingest keeps (store/rollups.py); countries count each event once,
    whether the country is its source, target or location."""
    from . import rollups

    with Session(store.engine) as s:
        found = {kind: rollups.counted(s, key) for kind, key in
                 (("event_types", "type"), ("modalities", "modality"), ("countries", "country"), ("sources", "source"))}
        first, last = s.execute(select(func.min(EventRow.event_date), func.max(EventRow.event_date))).one()
        counts = rollups.totals(s)
    return {"counts": counts, "event_types": dict(sorted(found["event_types"].items())),
            "modalities": dict(sorted(found["modalities"].items())), "countries": found["countries"],
            "sources": found["sources"],
            "dates": {"first": first.isoformat() if first else None, "last": last.isoformat() if last else None}}


def article_hash(store: Store, article_id: str) -> str | None:
    """The content hash stored under an article id (None if the id is free)."""
    with Session(store.engine) as s:
        return s.scalar(select(ArticleRow.content_hash).where(ArticleRow.id == article_id))


def signature(store: Store) -> tuple[int, int]:
    """Changes whenever articles or events are added: the key for caching derived results
    (two index lookups, no count)."""
    with Session(store.engine) as s:
        return (int(s.scalar(select(func.max(EventRow.pk))) or 0), int(s.scalar(select(func.max(ArticleRow.pk))) or 0))


def like_escape(text: str) -> str:
    """``text`` matched literally by LIKE (with escape "\\"): "%" and "_" are not wildcards here."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
