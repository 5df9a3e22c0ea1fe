"""Full-text search in the database engine, one interface over two implementations: SQLite FTS5
(contentless, so the text is not stored twice) and PostgreSQL ``tsvector`` (simple, German and
English configurations, GIN index). Texts are case-folded before indexing ("ß" finds "ss").

Every query word must occur, as a word or a word prefix ("russ" finds "Russland").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Integer, column, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

# index name -> the table whose integer primary key it points to
INDEXES = {"events_fts": "events", "articles_fts": "articles"}
_WORD = re.compile(r"\w+", re.UNICODE)
_PG_CONFIGS = ("simple", "german", "english")


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
            conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {name} (pk bigint PRIMARY KEY, tsv tsvector)")
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name}_gin ON {name} USING gin (tsv)")


def drop(conn: Connection) -> None:
    for name in INDEXES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")


def attach(metadata: Any) -> None:
    """Create and drop the search indexes with the tables (``create_all`` / ``drop_all``), so a
    dropped database never leaves index rows behind for reused row ids."""
    from sqlalchemy import event

    event.listen(metadata, "after_create", lambda _t, conn, **_: create(conn))
    event.listen(metadata, "before_drop", lambda _t, conn, **_: drop(conn))


def add(s: Session | Connection, index: str, rows: Iterable[tuple[int, str]]) -> None:
    """Index ``(pk, text)`` pairs."""
    params = [{"pk": pk, "body": body.casefold()} for pk, body in rows]
    if not params:
        return
    dialect = s.get_bind().dialect.name if isinstance(s, Session) else s.dialect.name
    if dialect == "sqlite":
        s.execute(text(f"INSERT INTO {index}(rowid, body) VALUES (:pk, :body)"), params)
    elif dialect == "postgresql":
        vec = " || ".join(f"to_tsvector('{c}', :body)" for c in _PG_CONFIGS)
        s.execute(text(f"INSERT INTO {index}(pk, tsv) VALUES (:pk, {vec}) ON CONFLICT (pk) DO NOTHING"), params)


def matching(dialect: str, index: str, q: str, pk: Any) -> ColumnElement[bool] | None:
    """A condition ``pk IN (rows matching q)``; None when ``q`` has no words (matches nothing)."""
    ws = words(q)
    if not ws:
        return None
    if dialect == "sqlite":
        expr = " AND ".join(f'"{w}"*' for w in ws)
        sub = text(f"SELECT rowid FROM {index} WHERE {index} MATCH :m").bindparams(m=expr)
        return pk.in_(sub.columns(column("rowid", Integer)))
    terms = []
    binds: dict[str, str] = {}
    for i, w in enumerate(ws):
        binds[f"w{i}"] = w
        terms.append("(" + " || ".join(f"to_tsquery('{c}', quote_literal(:w{i}) || ':*')" for c in _PG_CONFIGS) + ")")
    sub = text(f"SELECT pk FROM {index} WHERE tsv @@ ({' && '.join(terms)})").bindparams(**binds)
    return pk.in_(sub.columns(column("pk", Integer)))
