"""Option types and validators shared by the commands."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import typer

from ..errors import InputError, OptionError, StorageError

if TYPE_CHECKING:
    from ..store.db import Store


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"
    csv = "csv"


def published_option(value: str | None) -> date | None:
    return since_option(value, "--published")


def since_option(value: str | None, name: str = "--since") -> date | None:
    """A date option's value; a malformed one is a usage error (exit 2), as the parser's own are."""
    if not value:
        return None
    from ..isodate import parse_date  # here, and only for a value

    try:
        return parse_date(value, name)
    except InputError as exc:
        raise OptionError(exc.where, exc.problem) from None


def date_range(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    """--since and --until parsed; a range that ends before it starts fails in one line, as the API's 400 does,
    instead of an empty table that reads as "nothing stored" (round 27)."""
    start, end = since_option(since), since_option(until, "--until")
    if start and end and start > end:
        raise OptionError("--since", f"{start} is after --until {end}: no date lies between them")
    return start, end


def actor_option(actor: str | None) -> str | None:
    """--actor as the store's filter; a blank value is refused, since it would filter nothing and read as
    "every event matches this actor" (fix36)."""
    if actor is None:
        return None
    if not actor.strip():
        raise OptionError("--actor", "empty actor: give an actor id, country or name (e.g. PRK, Iran, POL-GOV), "
                                     "or leave the option out")
    from ..knowledge.country_names import resolve_actor_query

    return resolve_actor_query(actor)


def type_option(event_type: str | None) -> None:
    """--type (events, export, fused): an unknown PLOVER type is a usage error, not an empty table."""
    if event_type:  # the knowledge files load only for the filters that need them
        from ..knowledge.ontology import unknown_event_type

        if (problem := unknown_event_type(event_type)) is not None:
            raise OptionError("--type", problem)


def country_option(country: str | None) -> str | None:
    """--country as an ISO code (events, fused, stories); an unknown one is a usage error (exit 2) rather than an empty
    table that reads as "nothing stored about it"."""
    if not country:
        return None
    from ..knowledge.country_names import country_code

    code = country_code(country)
    if code is None:
        raise OptionError("--country", f"unknown country {country!r} (an ISO code such as IRN, or a name)")
    return code


def lang_option(value: str) -> str:
    from ..knowledge.resources import languages

    if value != "auto" and value not in languages():
        raise OptionError("--lang", f"unknown language {value!r} (supported: {', '.join(languages())}, auto)")
    return value


DB_HELP = "Database: a SQLAlchemy URL (postgresql+psycopg://user@host/db) or an SQLite file path."
DbOption = typer.Option(None, "--db", help=DB_HELP, envvar="LAGEBILD_DB", show_default="lagebild.db")


def sqlite_file(db: str | None) -> Path | None:
    """The file behind an SQLite ``--db`` (None for other databases and in-memory SQLite)."""
    from sqlalchemy.engine import make_url

    from ..store.db import normalise_url

    try:
        url = make_url(normalise_url(db))
    except Exception:  # noqa: BLE001 - a bad URL is reported by Store with its own message
        return None
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def open_store(db: str | None) -> Store:
    """A store to read from: never creates a database, and says so in one line when there is none
    (a typo in --db must not leave an empty file behind)."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from ..store.db import Store

    path = sqlite_file(db)
    if path is not None and not path.is_file():
        raise StorageError(f"{path}: no such database (create it with `lagebild ingest FILES --db {path}`)")
    store = Store(db, create=False)
    try:
        tables = set(inspect(store.engine).get_table_names())
    except SQLAlchemyError as exc:
        raise StorageError(f"{path or store.url}: cannot read the database ({type(exc).__name__})") from None
    if not {"articles", "events"} <= tables:
        raise StorageError(f"{path or store.url}: not a lagebild database (no articles/events tables; "
                           "create one with `lagebild ingest`)")
    return store


@contextmanager
def removed_if_failed(db: str | None) -> Iterator[None]:
    """Delete an SQLite file this command created if the command fails, so that a failed first
    ingest leaves no empty database behind. The clean-up never hides the error: a path that cannot hold a file
    ("x.txt/store.db") cannot be unlinked either."""
    path = sqlite_file(db)
    fresh = path is not None and not path.exists()
    try:
        yield
    except BaseException:
        if fresh and path is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with suppress(OSError):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise


T = TypeVar("T")


class NoDateWarning:
    """Warns once per run, after it succeeded (a failing run shows only its error line), that
    articles without a publication date keep relative dates ("heute", "last week") unresolved."""

    def __init__(self) -> None:
        self.first: str | None = None
        self.count = 0

    def check(self, item: object) -> None:
        from ..model import Article

        if isinstance(item, Article) and item.published is None:
            self.count += 1
            self.first = self.first or item.origin or item.id

    def checked(self, items: Iterable[T]) -> Iterator[T]:
        """``items`` unchanged, each checked as it passes."""
        for item in items:
            self.check(item)
            yield item

    def emit(self) -> None:
        if self.first is not None:
            more = f" (and {self.count - 1} more article(s))" if self.count > 1 else ""
            typer.echo(f"lagebild: warning: {self.first}{more}: no publication date, so relative dates "
                       "('today', 'last week') stay unresolved; give --published YYYY-MM-DD or a 'published:' field",
                       err=True)
