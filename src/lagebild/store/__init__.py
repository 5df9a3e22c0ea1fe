"""Store: articles and events in a SQL database (SQLite embedded by default, PostgreSQL as a server)."""

from .db import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Store"]
