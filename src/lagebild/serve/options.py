"""Option types and validators shared by the commands."""

from __future__ import annotations

from datetime import date
from enum import Enum

import typer

from ..errors import InputError
from ..ingest.readers import parse_date


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"
    csv = "csv"


def published_option(value: str | None) -> date | None:
    return parse_date(value, "--published") if value else None


def since_option(value: str | None, name: str = "--since") -> date | None:
    return parse_date(value, name) if value else None


def lang_option(value: str) -> str:
    from ..knowledge.resources import languages

    if value != "auto" and value not in languages():
        raise InputError("--lang", f"unknown language {value!r} (supported: {', '.join(languages())}, auto)")
    return value


DB_HELP = "Database: a SQLAlchemy URL (postgresql+psycopg://user@host/db) or an SQLite file path. [env: LAGEBILD_DB]"
DbOption = typer.Option(None, "--db", help=DB_HELP, envvar="LAGEBILD_DB", show_default="lagebild.db")
