"""How lagebild's database connections behave: SQLite in WAL with immediate write transactions and a clean
checkpoint at close, PostgreSQL without JIT and with one writer at a time. Split from db.py, which stores."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from .plain import PG_SESSION


def listen(engine: Engine) -> None:
    """Install the per-connection settings of the engine's dialect (below)."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _pg_connect)


def close_engine(engine: Engine) -> None:
    """Checkpoint SQLite's WAL into the main file (no WAL left behind), then close every connection."""
    if engine.dialect.name == "sqlite":
        try:
            raw = engine.raw_connection()  # outside any transaction: a checkpoint inside one cannot finish
            try:
                cur = raw.cursor()
                cur.execute("PRAGMA optimize")  # statistics for the planner, where they are stale
                cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                cur.close()
            finally:
                raw.close()
        except (SQLAlchemyError, sqlite3.Error):
            pass  # busy with another process: it checkpoints when it closes
    engine.dispose()


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    """WAL (readers never block the writer), foreign keys, and our own transaction control."""
    dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event below emits BEGIN
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _pg_connect(dbapi_conn: Any, _record: Any) -> None:
    """No JIT: compiling a plan costs 60-80 ms, more than any of our (indexed, limited) reads runs."""
    cur = dbapi_conn.cursor()
    for statement in PG_SESSION:
        cur.execute(statement)
    cur.close()
    dbapi_conn.commit()


def _sqlite_begin(conn: Any) -> None:
    """A write transaction takes the write lock at BEGIN (waiting up to the busy timeout): a
    deferred one that read first could not wait for another writer and would fail at once."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("lagebild_write") else "BEGIN")


def lock(conn: Any) -> None:
    """PostgreSQL: one writer at a time (incremental fusion reads, then updates, its groups)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7415)")


def reason(exc: SQLAlchemyError) -> str:
    """The driver's first line of an error, for a one-line message."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
