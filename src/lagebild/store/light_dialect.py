"""Where the light read path (``light.py``) meets a database: the connection, its transactions, and
how a statement written once in SQLite's form (``?`` marks, ``IS 1``, ``LIMIT -1``; an offset of
None where the store's query sets none) becomes the text
and parameters SQLAlchemy's PostgreSQL dialect (psycopg) renders for the same query. Kept apart so
``light.py`` holds each statement once and this file holds every difference between the engines.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from .plain import PG_SESSION, SCHEMA_VERSION

TABLES = {"articles", "events", "fused", "stories", "lagebild_meta"}  # what the light path reads
_SQLITE_URL = re.compile(r"sqlite:///(?P<path>[^?]+)")
_PG_URL = re.compile(r"postgresql\+psycopg://(?P<rest>[^?]+)")  # options (``?...``): SQLAlchemy reads them
_MARK = re.compile(r"\?")
_LIMIT = "\n LIMIT ? OFFSET ?"


class Dialect(Protocol):
    """One engine's connection, transactions and statement text."""

    def render(self, sql: str, params: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]: ...

    def begin(self) -> None: ...

    def end(self) -> None: ...

    def fetch(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]: ...

    def close(self) -> None: ...


class SQLite:
    """The stdlib ``sqlite3``: statements as written, one ``BEGIN`` ... ``COMMIT`` per snapshot."""

    array_in = False  # a list of ids is an ``IN (?, ...)`` list, as SQLAlchemy renders ``in_``

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def render(self, sql: str, params: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
        if sql.endswith(_LIMIT) and params[-1] is None:  # no offset asked: SQLite's compiler still binds one
            params = (*params[:-1], 0)
        return sql, tuple(p.isoformat() if isinstance(p, date) else p for p in params)  # dates bind as ISO text

    def begin(self) -> None:
        self.conn.execute("BEGIN")

    def end(self) -> None:
        self.conn.execute("COMMIT")

    def fetch(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        self.conn.close()


def _cast(value: Any) -> str:
    """The bind cast SQLAlchemy's psycopg dialect renders after a parameter of this type."""
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int):
        return "INTEGER"
    if isinstance(value, date):
        return "DATE"
    if isinstance(value, list):
        return f"{_cast(value[0]) if value else 'VARCHAR'}[]"
    return "VARCHAR"


class Postgres:
    """psycopg: ``%s::TYPE`` binds, booleans as ``true``/``false``, ``LIMIT ALL`` for no limit, an id
    list as one array (``= ANY``); the transaction psycopg opens at the first statement ends per snapshot."""

    array_in = True

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def render(self, sql: str, params: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
        if sql.endswith(_LIMIT):  # SQLAlchemy's PostgreSQL compiler puts a space before the line break
            head, (limit, offset) = sql[:-len(_LIMIT)], params[-2:]
            if limit == -1:
                sql, params = f"{head}\n LIMIT ALL OFFSET ?", (*params[:-2], offset)
            elif offset is None:
                sql, params = f"{head} \n LIMIT ?", params[:-1]
            else:
                sql = f"{head} {_LIMIT}"
        sql = re.sub(r"\bIS ([01])\b", lambda m: "IS true" if m.group(1) == "1" else "IS false", sql)
        marks = iter(params)
        return _MARK.sub(lambda _m: f"%s::{_cast(next(marks))}", sql.replace("%", "%%")), params

    def begin(self) -> None:
        pass  # psycopg begins at the first statement

    def end(self) -> None:
        self.conn.commit()

    def fetch(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        self.conn.close()


def sqlite_path(db: str | None) -> Path | None:
    """The file of an SQLite ``--db`` given as a path or a plain ``sqlite:///PATH`` URL (as
    ``db.normalise_url`` reads it); None for every other URL."""
    url = _url(db)
    if "://" not in url:
        return Path(url) if url != ":memory:" else None
    m = _SQLITE_URL.fullmatch(url)
    return Path(m.group("path")) if m and m.group("path") != ":memory:" else None


def _url(db: str | None) -> str:
    return db or os.environ.get("LAGEBILD_DB") or "sqlite:///lagebild.db"


def connect(db: str | None) -> SQLite | Postgres | None:
    """A connection to a current store (this schema, the tables read), or None where the
    SQLAlchemy path must open it (another URL form, a missing file, an older schema, an error)."""
    m = _PG_URL.fullmatch(_url(db))
    if m:
        return _postgres(f"postgresql://{m.group('rest')}")
    path = sqlite_path(db)
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=120.0, isolation_level=None)
    except (sqlite3.Error, ValueError):
        return None
    if not _current(conn, "SELECT name FROM sqlite_master WHERE type = 'table'", sqlite3.Error):
        conn.close()
        return None
    return SQLite(conn)


def _current(conn: Any, tables_sql: str, error: type[Exception]) -> bool:
    """Whether the store has the tables read and this schema version (a driver ``error``: no)."""
    try:
        tables = {n for (n,) in conn.execute(tables_sql)}
        version = conn.execute("SELECT value FROM lagebild_meta WHERE key = 'schema'").fetchone() \
            if TABLES <= tables else None
    except error:
        return False
    return version is not None and version[0] == SCHEMA_VERSION


def _postgres(conninfo: str) -> Postgres | None:
    import psycopg

    try:
        conn = psycopg.connect(conninfo)
    except (psycopg.Error, ValueError):
        return None
    try:
        for statement in PG_SESSION:
            conn.execute(statement)
        ok = _current(conn, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", psycopg.Error)
        conn.commit()
    except psycopg.Error:
        ok = False
    if not ok:
        conn.close()
        return None
    return Postgres(conn)
