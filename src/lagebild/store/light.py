"""The CLI's read commands without SQLAlchemy: a fresh ``lagebild events`` or ``fused`` spent more
CPU importing SQLAlchemy and its ORM (0.25-0.4 s) than reading its page.

``open_reader`` answers a ``Reader`` over the stdlib ``sqlite3`` for a current SQLite store, or over
psycopg for a current PostgreSQL one (a plain ``postgresql+psycopg://`` URL), and None for anything
else (a URL with options, a missing file, an older schema that ``Store`` must upgrade first, a
full-text search): the caller then takes the SQLAlchemy path, which also gives every error message.
Each method runs, statement for statement, the SQL (text and parameters) that the store's builders
(``db.Store.events``, ``queries.EventFilter.apply``, ``aggregates.fused_page`` / ``story_page`` /
``story_one``) emit, written here once in SQLite's form; ``light_dialect`` renders it for PostgreSQL.
``tests/test_light_read.py`` compares both paths statement by statement and every read command's
output byte for byte (on PostgreSQL too where a server is given), so a change to a query there
fails that test until it is made here too."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from .light_dialect import Dialect, connect
from .plain import LAST_DAY, trimmed

_LIKE = "LIKE ? ESCAPE '\\'"
_ACTOR = (f"lower(events.source_actor) {_LIKE}", f"lower(events.target_actor) {_LIKE}",
          "lower(events.source_country) = ?", "lower(events.target_country) = ?",
          f"lower(coalesce(events.attributed_to, ?)) {_LIKE}")
_CHUNK = 500  # ids per IN list, as the store's readers chunk them


@dataclass(frozen=True)
class Cond:
    """One criterion of a WHERE clause: its alternatives (OR-ed) and their parameters in order."""

    parts: tuple[str, ...]
    params: tuple[Any, ...] = ()
    dated: bool = False  # a date-range criterion on ``events.day`` (the fused list reads ``fused_days`` for these)


def _where(conds: list[Cond]) -> tuple[str, list[Any]]:
    """`` \\nWHERE a AND (b OR c)`` as SQLAlchemy renders a conjunction (an OR group alone is bare)."""
    if not conds:
        return "", []
    texts = [" OR ".join(c.parts) if len(c.parts) == 1 or len(conds) == 1 else f"({' OR '.join(c.parts)})"
             for c in conds]
    return " \nWHERE " + " AND ".join(texts), [p for c in conds for p in c.params]


def like_escape(text: str) -> str:
    """``text`` matched literally by LIKE (with escape "\\"), as ``queries.like_escape``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _actor_cond(actor: str) -> Cond:
    low = actor.lower()
    like = f"%{like_escape(low)}%"
    return Cond(_ACTOR, (like, like, low, low, "", like))


def store_conds(actor: str | None = None, event_type: str | None = None, since: date | None = None,
                until: date | None = None, modality: str | None = None, article: str | None = None,
                country: str | None = None) -> list[Cond]:
    """The criteria of ``Store.events`` (dates on ``event_date``; a country as source or target)."""
    conds = []
    if actor:
        conds.append(_actor_cond(actor))
    if country:
        conds.append(Cond(("events.source_country = ?", "events.target_country = ?"), (country.upper(),) * 2))
    if event_type:
        conds.append(Cond(("events.event_type = ?",), (event_type.upper(),)))
    if modality:
        conds.append(Cond(("events.modality = ?",), (modality,)))
    if article:
        conds.append(Cond(("events.article_id = ?",), (article,)))
    if since:
        conds.append(Cond(("events.event_date >= ?",), (since,)))
    if until:
        conds.append(Cond(("events.event_date <= ?",), (until,)))
    return conds


def filter_conds(actor: str | None = None, country: str | None = None, event_type: str | None = None,
                 modality: str | None = None, source: str | None = None, since: date | None = None,
                 until: date | None = None, article: str | None = None, denied: bool | None = None,
                 inferred: bool | None = None) -> list[Cond]:
    """The criteria of ``EventFilter.apply`` without a text search (dates on ``day``; a country as
    source, target or location)."""
    conds = []
    if actor:
        conds.append(_actor_cond(actor))
    if country:
        c = country.upper()
        conds.append(Cond(("events.source_country = ?", "events.target_country = ?",
                           "events.location_country = ?"), (c, c, c)))
    if event_type:
        conds.append(Cond(("events.event_type = ?",), (event_type.upper(),)))
    if modality:
        conds.append(Cond(("events.modality = ?",), (modality,)))
    if source:
        conds.append(Cond(("events.attributed_to IS NULL",)) if source.lower() == "none" else
                     Cond((f"lower(coalesce(events.attributed_to, ?)) {_LIKE}",),
                          ("", f"%{like_escape(source.lower())}%")))
    if since:
        conds.append(Cond(("events.day >= ?",), (since,), True))
    if until:
        conds.append(Cond(("events.day <= ?",), (until,), True))
    if since or until:
        conds.append(Cond(("events.day < ?",), (LAST_DAY,), True))
    if article:
        conds.append(Cond(("events.article_id = ?",), (article,)))
    if denied is not None:
        conds.append(Cond((f"events.denied IS {int(denied)}",)))
    if inferred is not None:
        conds.append(Cond((f"events.target_inferred IS {int(inferred)}",)))
    return conds


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _json(value: Any) -> Any:
    """A JSON column's value: SQLite gives its text, psycopg the parsed value."""
    return json.loads(value) if isinstance(value, str) else value


def _day(value: Any) -> str | None:
    """A date column's value as ISO text: SQLite gives text, psycopg a ``date``."""
    return value.isoformat() if isinstance(value, date) else date.fromisoformat(value).isoformat() if value else None


class Reader:
    """Read-only queries on one store through its driver (``light_dialect``); ``trace`` (tests) sees each
    statement and its parameters as they run."""

    def __init__(self, dialect: Dialect, trace: Callable[[str, tuple[Any, ...]], None] | None = None) -> None:
        self.dialect = dialect
        self.trace = trace

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.dialect.close()

    def _run(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        sql, args = self.dialect.render(sql, tuple(params))
        if self.trace is not None:
            self.trace(sql, args)
        return self.dialect.fetch(sql, args)

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """One read transaction, as one SQLAlchemy session reads (its statements see one state)."""
        self.dialect.begin()
        try:
            yield
        finally:
            self.dialect.end()

    # -- the store's readers -------------------------------------------------------------------
    def events(self, actor: str | None = None, event_type: str | None = None, since: date | None = None,
               until: date | None = None, modality: str | None = None, article: str | None = None,
               country: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """``Store.events``: the events' JSON, filtered, by event date, then storage order."""
        where, params = _where(store_conds(actor, event_type, since, until, modality, article, country))
        sql = f"SELECT events.data \nFROM events{where} ORDER BY events.day, events.pk\n LIMIT ? OFFSET ?"
        with self._snapshot():
            return [_json(d) for (d,) in self._run(sql, [*params, limit or -1, offset])]

    def article_titles(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """``queries.article_titles``: article metadata by id (no text)."""
        if not ids:
            return {}
        cols = "SELECT articles.id, articles.title, articles.url, articles.lang, articles.published, articles.origin "
        if self.dialect.array_in:  # PostgreSQL: one array parameter, as ``queries.article_titles`` binds it
            sql, params = f"{cols}\nFROM articles \nWHERE articles.id = ANY (?)", [list(ids)]
        else:
            sql, params = f"{cols}\nFROM articles \nWHERE articles.id IN ({_marks(len(ids))})", ids
        with self._snapshot():
            rows = self._run(sql, params)
        return {r[0]: {"id": r[0], "title": r[1], "url": r[2], "lang": r[3],
                       "published": _day(r[4]), "origin": r[5]}
                for r in rows}

    def fused_page(self, conds: list[Cond], limit: int, offset: int, min_sources: int = 1,
                   contradicted: bool = False) -> tuple[int, list[dict[str, Any]]]:
        """``aggregates.fused_page``: fused events by first report, listed when one of their events
        passes ``conds`` (``filter_conds``; none: every fused event)."""
        fused_conds = []
        if min_sources > 1:
            fused_conds.append(Cond(("fused.corroboration >= ?",), (min_sources,)))
        if contradicted:
            fused_conds.append(Cond(("fused.contradicted IS 1",)))
        fwhere, fparams = _where(fused_conds)
        order = " ORDER BY fused.first_seen, fused.fused_id\n LIMIT ? OFFSET ?"
        if not conds:
            with self._snapshot():
                total = self._run(f"SELECT count(*) AS count_1 \nFROM fused{fwhere}", fparams)[0][0] or 0
            with self._snapshot():
                pks = [pk for (pk,) in self._run(f"SELECT fused.pk \nFROM fused{fwhere}{order}",
                                                 [*fparams, limit, offset])]
                return total, self._items(pks)
        if all(c.dated for c in conds):  # a date range alone: the groups' days (schema 10)
            dwhere, eparams = _where([Cond(tuple(p.replace("events.day", "fused_days.day") for p in c.parts), c.params)
                                      for c in conds])
            cte = ("WITH m AS MATERIALIZED \n(SELECT DISTINCT fused_days.fused_pk AS fused_pk, fused_days.first_seen "
                   f"AS first_seen, fused_days.fused_id AS fused_id \nFROM fused_days{dwhere})\n ")
            joined = "\nFROM m JOIN fused ON fused.pk = m.fused_pk" if fused_conds else "\nFROM m"
            select_page, order = "SELECT m.fused_pk, count(*) OVER () AS anon_1 ", order.replace("fused.", "m.")
            select_count = f"SELECT count(*) AS count_1 \nFROM (SELECT m.fused_pk AS fused_pk {joined}{fwhere}) AS anon_1"
        else:
            ewhere, eparams = _where(conds)
            cte = ("WITH m AS MATERIALIZED \n(SELECT DISTINCT fused_members.fused_pk AS fused_pk \nFROM fused_members "
                   f"\nWHERE fused_members.event_pk IN (SELECT events.pk \nFROM events{ewhere}))\n ")
            joined = "\nFROM fused JOIN m ON m.fused_pk = fused.pk"
            select_page = "SELECT fused.pk, count(*) OVER () AS anon_1 "
            select_count = f"SELECT count(*) AS count_1 {joined}{fwhere}"
        with self._snapshot():
            rows = self._run(f"{cte}{select_page}{joined}{fwhere}{order}", [*eparams, *fparams, limit, offset])
            total = rows[0][1] if rows else self._run(f"{cte}{select_count}", [*eparams, *fparams])[0][0] or 0
            items = self._items([pk for pk, _ in rows])
        return int(total), [dict(x) for x in items]

    def _items(self, pks: list[int]) -> list[dict[str, Any]]:
        """``aggregates._items`` for a list: each fused event's list item (its trimmed JSON)."""
        got: dict[int, Any] = {}
        for i in range(0, len(pks), _CHUNK):
            chunk = pks[i:i + _CHUNK]
            got.update((pk, _json(item)) for pk, item in
                       self._run(f"SELECT fused.pk, fused.item \nFROM fused \nWHERE fused.pk IN ({_marks(len(chunk))})",
                                 chunk))
            missing = [pk for pk in chunk if got.get(pk) is None]  # summarised before schema 9
            if missing:
                for pk, data in self._run("SELECT fused.pk, fused.data \nFROM fused \nWHERE fused.pk IN "
                                          f"({_marks(len(missing))})", missing):
                    got[pk] = trimmed(dict(_json(data)))
        return [dict(got[pk]) for pk in pks]

    def story_page(self, limit: int, offset: int, country: str | None = None, article: str | None = None
                   ) -> tuple[int, list[dict[str, Any]]]:
        """``aggregates.story_page``: stories, largest first, as lists show them."""
        conds = []
        if country:
            conds.append(Cond(("stories.pk IN (SELECT story_countries.story_pk \nFROM story_countries "
                               "\nWHERE story_countries.country = ?)",), (country.upper(),)))
        if article:
            conds.append(Cond(("stories.pk IN (SELECT story_articles.story_pk \nFROM story_articles "
                               "\nWHERE story_articles.article_id = ?)",), (article,)))
        where, params = _where(conds)
        with self._snapshot():
            total = self._run(f"SELECT count(*) AS count_1 \nFROM stories{where}", params)[0][0] or 0
            rows = self._run(f"SELECT stories.data, stories.n_fused \nFROM stories{where} ORDER BY stories.n_articles "
                             "DESC, stories.n_fused DESC, stories.story_id\n LIMIT ? OFFSET ?",
                             [*params, limit, offset])
        return total, [{**trimmed(dict(_json(d))), "length": int(n)} for d, n in rows]

    def story_one(self, story_id: str, steps: int = 1000) -> dict[str, Any] | None:
        """``aggregates.story_one``: one story with its timeline (first ``steps`` fused events)."""
        from ..fuse.stories import timeline_entry

        with self._snapshot():
            rows = self._run("SELECT stories.pk, stories.data, stories.n_fused \nFROM stories \nWHERE stories.story_id = ?",
                             (story_id,))
            if not rows:
                return None
            pk, data, n_fused = rows[0]
            members = [dict(_json(d)) for (d,) in self._run(
                "SELECT fused.data \nFROM fused \nWHERE fused.story_pk = ? ORDER BY fused.first_seen, fused.fused_id"
                "\n LIMIT ? OFFSET ?", (pk, steps, None))]
        entries = [{**timeline_entry(m), **{k: m.get(k) for k in ("source", "target", "location", "modality")}}
                   for m in members]
        return {**trimmed(dict(_json(data)), steps), "length": int(n_fused),
                "fused_ids": [m["fused_id"] for m in members], "timeline": entries}

    def story_of_article(self, article_id: str) -> str | None:
        """``aggregates.story_of_article``: the id of the story an article is in."""
        with self._snapshot():
            rows = self._run("SELECT stories.story_id \nFROM stories JOIN story_articles ON story_articles.story_pk = "
                             "stories.pk \nWHERE story_articles.article_id = ?", (article_id,))
        return rows[0][0] if rows else None


def open_reader(db: str | None, trace: Callable[[str, tuple[Any, ...]], None] | None = None) -> Reader | None:
    """A ``Reader`` when ``db`` is an existing SQLite file or PostgreSQL database of this schema with
    the tables it reads; None otherwise (the SQLAlchemy path then opens, upgrades or reports it)."""
    if os.environ.get("LAGEBILD_LIGHT_READ", "").lower() in ("0", "off", "no"):
        return None
    dialect = connect(db)
    return Reader(dialect, trace) if dialect is not None else None
