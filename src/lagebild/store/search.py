"""Full-text search in the database engine, one interface over two implementations: SQLite FTS5
(contentless, so the text is not stored twice) and PostgreSQL ``tsvector`` (simple, German and
English configurations, GIN index). Texts are case-folded before indexing ("ß" finds "ss").

Every query word must occur, as a word or a word prefix ("russ" finds "Russland").

Each index row carries an *order key* that sorts like the list it feeds (events: day, then pk;
articles: publication date, then pk — newest first is the key descending): in SQLite it is the
FTS5 rowid, in PostgreSQL an indexed ``ord`` column. A page of a common word then walks the index
in list order and stops at the page, instead of collecting every match to sort them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Integer, Subquery, column, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

# index name -> the table whose integer primary key it points to
INDEXES = {"events_fts": "events", "articles_fts": "articles"}
_WORD = re.compile(r"\w+", re.UNICODE)
_PG_CONFIGS = ("simple", "german", "english")
_SHIFT = 40  # primary keys below 2**40; the day's ordinal (at most 3,652,059) above them
MASK = (1 << _SHIFT) - 1


def order_key(pk: int, day: date | None) -> int:
    """The index row's order key: the day (None sorts first) in the high bits, the pk below."""
    return ((day.toordinal() if day else 0) << _SHIFT) | pk


def words(q: str) -> list[str]:
    """The searchable words of a query, case-folded (punctuation and operators dropped)."""
    return _WORD.findall(q.casefold())


def create(conn: Connection) -> None:
    """Create the search indexes if they are missing."""
    if conn.dialect.name == "sqlite":
        for name in INDEXES:
            conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5(body, content='', "
                                 "tokenize='unicode61')")
    elif conn.dialect.name == "postgresql":
        for name in INDEXES:
            conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {name} (pk bigint PRIMARY KEY, ord bigint, tsv tsvector)")
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name}_gin ON {name} USING gin (tsv)")
            conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN IF NOT EXISTS ord bigint")  # schema 7 had none
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name}_ord ON {name} (ord)")


def drop(conn: Connection) -> None:
    for name in INDEXES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")


def attach(metadata: Any) -> None:
    """Create and drop the search indexes with the tables (``create_all`` / ``drop_all``), so a
    dropped database never leaves index rows behind for reused row ids."""
    from sqlalchemy import event

    event.listen(metadata, "after_create", lambda _t, conn, **_: create(conn))
    event.listen(metadata, "before_drop", lambda _t, conn, **_: drop(conn))


def add(s: Session | Connection, index: str, rows: Iterable[tuple[int, int, str]]) -> None:
    """Index ``(pk, order key, text)`` rows (``order_key`` makes the key)."""
    params = [{"pk": pk, "ord": key, "body": body.casefold()} for pk, key, body in rows]
    if not params:
        return
    dialect = s.get_bind().dialect.name if isinstance(s, Session) else s.dialect.name
    if dialect == "sqlite":
        s.execute(text(f"INSERT INTO {index}(rowid, body) VALUES (:ord, :body)"), params)
    elif dialect == "postgresql":
        vec = " || ".join(f"to_tsvector('{c}', :body)" for c in _PG_CONFIGS)
        s.execute(text(f"INSERT INTO {index}(pk, ord, tsv) VALUES (:pk, :ord, {vec}) ON CONFLICT (pk) DO NOTHING"),
                  params)


def _where(dialect: str, index: str, q: str) -> tuple[str, dict[str, str]] | None:
    """The engine's match condition for the words of ``q`` and its bound values; None when ``q``
    has no words (matches nothing)."""
    ws = words(q)
    if not ws:
        return None
    if dialect == "sqlite":
        return f"{index} MATCH :m", {"m": " AND ".join(f'"{w}"*' for w in ws)}
    terms = []
    binds: dict[str, str] = {}
    for i, w in enumerate(ws):
        binds[f"w{i}"] = w
        terms.append("(" + " || ".join(f"to_tsquery('{c}', quote_literal(:w{i}) || ':*')" for c in _PG_CONFIGS) + ")")
    return f"tsv @@ ({' && '.join(terms)})", binds


def _pk(dialect: str) -> str:
    return f"(rowid & {MASK})" if dialect == "sqlite" else "pk"


def _ord(dialect: str) -> str:
    return "rowid" if dialect == "sqlite" else "ord"


def matching(dialect: str, index: str, q: str, pk: Any) -> ColumnElement[bool] | None:
    """A condition ``pk IN (rows matching q)``; None when ``q`` has no words (matches nothing)."""
    where = _where(dialect, index, q)
    if where is None:
        return None
    cond, binds = where
    sub = text(f"SELECT {_pk(dialect)} AS pk FROM {index} WHERE {cond}").bindparams(**binds)
    return pk.in_(sub.columns(column("pk", Integer)))


def hits(dialect: str, index: str, q: str) -> Subquery | None:
    """The rows matching ``q`` as a subquery ``hit(pk, ord)``: join it to the table and order by
    ``hit.ord`` to read a page in index order (stops at the page). None when ``q`` has no words."""
    where = _where(dialect, index, q)
    if where is None:
        return None
    cond, binds = where
    sub = text(f"SELECT {_ord(dialect)} AS ord, {_pk(dialect)} AS pk FROM {index} WHERE {cond}").bindparams(**binds)
    return sub.columns(column("ord", BigInteger), column("pk", Integer)).subquery("hit")


def count(s: Session, dialect: str, index: str, q: str, cap: int | None = None) -> int:
    """How many rows match ``q``, counted in the index alone (no table rows read); with ``cap``, at
    most ``cap + 1`` (PostgreSQL: a GIN match is confirmed in the index table's heap, so an exact
    count of a common word reads most of its ~900 MB at 1 M events)."""
    where = _where(dialect, index, q)
    if where is None:
        return 0
    cond, binds = where
    sql = f"SELECT count(*) FROM {index} WHERE {cond}"
    if cap is not None:
        sql = f"SELECT count(*) FROM (SELECT 1 FROM {index} WHERE {cond} LIMIT {int(cap) + 1}) AS hit"
    return int(s.execute(text(sql).bindparams(**binds)).scalar() or 0)


def exact_counts(dialect: str) -> bool:
    """Whether a search alone is counted exactly: in SQLite's FTS5 index a count costs ~10 ms for
    any word; PostgreSQL stops at the cap (``count``)."""
    return dialect == "sqlite"


def reindex(conn: Connection, chunk: int = 5000) -> None:
    """Give every index row the order key of this version: SQLite re-indexes the texts (a
    contentless FTS5 row cannot change its rowid), PostgreSQL computes the new column."""
    if conn.dialect.name == "postgresql":
        for name, table, day in (("events_fts", "events", "day"), ("articles_fts", "articles", "published")):
            conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN IF NOT EXISTS ord bigint")
            conn.exec_driver_sql(f"UPDATE {name} f SET ord = (coalesce(t.{day} - DATE '0001-01-01' + 1, 0)::bigint "
                                 f"<< {_SHIFT}) | t.pk FROM {table} t WHERE t.pk = f.pk")
        create(conn)
        return
    from .schema import haystack

    drop(conn)
    create(conn)
    for sql, index in (("SELECT pk, day, data FROM events WHERE pk > ? ORDER BY pk LIMIT ?", "events_fts"),
                       ("SELECT pk, published, title, id, text FROM articles WHERE pk > ? ORDER BY pk LIMIT ?",
                        "articles_fts")):
        last = 0
        while True:
            rows = conn.exec_driver_sql(sql, (last, chunk)).all()
            if not rows:
                break
            last = rows[-1][0]
            if index == "events_fts":
                add(conn, index, ((r[0], order_key(r[0], _day(r[1])), haystack(json.loads(r[2]))) for r in rows))
            else:
                add(conn, index, ((r[0], order_key(r[0], _day(r[1])), f"{r[2] or ''} {r[3]} {r[4]}") for r in rows))


def _day(v: Any) -> date | None:
    return date.fromisoformat(v) if isinstance(v, str) else v
