"""Store: articles and events in a SQL database (SQLite embedded by default, PostgreSQL as a server).

``Store`` loads on first use: the light read path (``store.light``) must not import SQLAlchemy."""

from __future__ import annotations

from typing import Any

__all__ = ["DEFAULT_DB", "Store"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import db

        return getattr(db, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
