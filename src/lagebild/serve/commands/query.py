"""`lagebild events` and `lagebild export`: read the stored picture back, with the same filters."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

import typer

from ..options import DbOption, OutputFormat, date_range


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


# The filters both commands take (typer reads these option objects; they are never mutated).
ACTOR = typer.Option(None, "--actor", "-a", help="Actor id, country code, country name, demonym or capital "
                     "(German or English, any case), or a name: source, target or the one it is attributed "
                     "to, e.g. PRK, Iran, Georgia, Teheran, POL-GOV, budanov. A blank value is an error.")
TYPE = typer.Option(None, "--type", "-t", help="PLOVER event type, e.g. MOBILIZE.")
SINCE = typer.Option(None, "--since", help="Only events dated on or after YYYY-MM-DD.")
UNTIL = typer.Option(None, "--until", help="Only events dated on or before YYYY-MM-DD.")
MODALITY = typer.Option(None, "--modality", help="factual, future, hypothetical or negated.")
ARTICLE = typer.Option(None, "--article", help="Only events of this article id.")
COUNTRY = typer.Option(None, "--country", help="Only events with this country (code or name) as source or target.")
LIMIT = typer.Option(None, "--limit", "-n", min=1, help="At most this many events.")


def find_events(db: str | None, actor: str | None, event_type: str | None, since: str | None, until: str | None,
                modality: str | None, article: str | None, country: str | None, limit: int | None,
                ) -> list[dict[str, Any]]:
    """The stored events passing the filters, oldest first; bad filter values fail in one line."""
    from ...errors import OptionError
    from ..options import actor_option, country_option, open_store, type_option

    type_option(event_type)
    if modality and modality not in ("factual", "future", "hypothetical", "negated"):
        raise OptionError("--modality", f"unknown modality {modality!r} (factual, future, hypothetical, negated)")
    code = country_option(country)
    actor = actor_option(actor)
    start, end = date_range(since, until)
    args = dict(actor=actor, event_type=event_type, since=start, until=end, modality=modality, article=article,
                country=code, limit=limit)
    from ...store.light import open_reader

    reader = open_reader(db)  # an SQLite file: the same queries without importing SQLAlchemy
    if reader is not None:
        with reader:
            return reader.events(**args)
    return open_store(db).events(**args)


def titles_of(db: str | None, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Titles and dates of these articles (the events table shows them)."""
    from ...store.light import open_reader

    reader = open_reader(db)
    if reader is not None:
        with reader:
            return reader.article_titles(ids)
    from ...store.queries import article_titles
    from ..options import open_store

    return article_titles(open_store(db), ids)


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Store")
    def events(
        db: str = DbOption, actor: str = ACTOR, event_type: str = TYPE, since: str = SINCE, until: str = UNTIL,
        modality: str = MODALITY, article: str = ARTICLE, country: str = COUNTRY, limit: int = LIMIT,
        fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="Output format."),
        columns: str = typer.Option(None, "--columns", help="Table columns, comma-separated, from: date, type, "
                                    "source, target, where, quantities, claim, attribution, denied, article, "
                                    "evidence.", show_default="date,type,source,target,where,article,evidence; "
                                    "without where and evidence in a terminal under 100 columns"),
        wide: bool = typer.Option(False, "--wide", help="Every table column, each as wide as it needs "
                                  "(wider than the terminal: page it with `less -S`)."),
    ) -> None:
        """Query the stored events, oldest first. The table fits the terminal; an event without a
        date of its own shows its article's publication date, marked '*'."""
        from ..render import parse_columns, write_events

        cols = parse_columns(columns, wide)
        found = find_events(db, actor, event_type, since, until, modality, article, country, limit)
        articles = None
        if fmt.value == "table":  # titles and dates of the shown events' articles only
            articles = titles_of(db, sorted({e["article"] for e in found}))
        console = None
        if wide and fmt.value == "table":
            from rich.console import Console

            console = Console(width=max(Console().width, 240))
        write_events(found, fmt.value, console=console, columns=cols, articles=articles,
                     title=f"{len(found)} event(s)" if fmt.value == "table" else None)

    @app.command(rich_help_panel="Store")
    def export(
        fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl (full events), csv or "
                                         "parquet (one flat row per event, with date_start/date_end)."),
        output: Path = typer.Option(None, "--output", "-o", help="Output file; standard output if omitted or - "
                                    "(a file is required for parquet)."),
        db: str = DbOption, actor: str = ACTOR, event_type: str = TYPE, since: str = SINCE, until: str = UNTIL,
        modality: str = MODALITY, article: str = ARTICLE, country: str = COUNTRY, limit: int = LIMIT,
    ) -> None:
        """Write the stored events out for other tools; takes the same filters as `lagebild events`.
        Says on stderr what it wrote."""
        from ...errors import InputError
        from ...store.export import export_events

        if output is not None and str(output) == "-":  # the usual name of standard output, not a file named "-"
            output = None
        if output is not None:
            if output.is_dir():
                raise InputError(str(output), "is a directory; name a file to write")
            if not output.parent.is_dir():
                raise InputError(str(output), f"cannot write: directory {str(output.parent)!r} does not exist")
        found = find_events(db, actor, event_type, since, until, modality, article, country, limit)
        try:
            export_events(found, fmt.value, output)
        except OSError as exc:
            raise InputError(str(output or "stdout"), f"cannot write: {exc.strerror or exc}") from None
        typer.echo(f"lagebild: wrote {len(found)} event(s) as {fmt.value} to {output or 'standard output'}", err=True)
