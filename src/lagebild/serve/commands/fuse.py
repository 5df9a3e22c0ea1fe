"""`lagebild fused`, `stories`, `timeline`, `refuse`: the picture across articles (read from the
tables ingest maintains; `refuse` rebuilds them)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

import typer

from ..options import DbOption, actor_option, country_option, date_range, type_option

if TYPE_CHECKING:  # rich loads only when a command prints
    from rich.console import Console


def _actor(a: dict | None) -> str:
    from ...fuse.stories import actor_label

    return actor_label(a) if a else ""


def _print_json(items: list) -> None:
    from ..render import write_json

    write_json(json.dumps(items, ensure_ascii=False, indent=2))


def _shown(n: int, total: int, what: str) -> str:
    return f"{total} {what}" if n == total else f"{n} of {total} {what} (--limit, --offset for more)"


def _console() -> Console:
    """A console at the terminal's width, or 200 columns when piped (tables stay unwrapped in files)."""
    from rich.console import Console

    return Console(width=None if Console().is_terminal else 200)


def _print_table(title: str, columns: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> None:
    """One table of the listing commands (fused events, stories): bold header, one row per item."""
    from rich.table import Table

    t = Table(title=title, header_style="bold")
    for col in columns:
        t.add_column(col)
    for row in rows:
        t.add_row(*row)
    _console().print(t)


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Across articles")
    def fused(
        db: str = DbOption,
        min_sources: int = typer.Option(1, "--min-sources", min=1, help="Only events told by at least this many "
                                        "independent sources."),
        contradicted: bool = typer.Option(False, "--contradicted", help="Only events whose reports disagree."),
        actor: str = typer.Option(None, "--actor", "-a", help="Actor id, country code or name in any report "
                                  "(a blank value is an error)."),
        country: str = typer.Option(None, "--country", help="Country (code or name) of a source, target or place."),
        event_type: str = typer.Option(None, "--type", "-t", help="PLOVER event type, e.g. MOBILIZE."),
        since: str = typer.Option(None, "--since", help="Only reports dated on or after YYYY-MM-DD."),
        until: str = typer.Option(None, "--until", help="Only reports dated on or before YYYY-MM-DD."),
        limit: int = typer.Option(100, "--limit", "-n", min=1, help="At most this many fused events."),
        offset: int = typer.Option(0, "--offset", min=0, help="Skip this many first."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    ) -> None:
        """Events merged across articles: duplicates merged, independent sources counted
        (corroboration), disagreements shown (denials, negations, counts, places, actors), by date."""
        from ...store.light import filter_conds, open_reader

        type_option(event_type)
        actor = actor_option(actor)
        code = country_option(country)
        start, end = date_range(since, until)
        given = dict(actor=actor, country=code, event_type=event_type, since=start, until=end)
        reader = open_reader(db)  # an SQLite file: the same queries without importing SQLAlchemy
        if reader is not None:
            with reader:
                total, found = reader.fused_page(filter_conds(**given), limit, offset, min_sources, contradicted)
        else:
            from ...store.aggregates import fused_page
            from ...store.queries import EventFilter
            from ..options import open_store

            with open_store(db) as store:
                total, found = fused_page(store, EventFilter(**given), limit, offset, min_sources, contradicted)
        if as_json:
            _print_json(found)
            return
        _print_table(_shown(len(found), total, "fused event(s)"),
                     ("first seen", "type", "source", "target", "where", "claim", "sources", "articles", "disputed"),
                     ((f_.get("first_seen") or "", f_["event_type"], _actor(f_.get("source")), _actor(f_.get("target")),
                       (f_.get("location") or {}).get("name") or "", f_["modality"], str(f_["corroboration"]),
                       str(f_.get("n_articles", len(f_["articles"]))), "; ".join(c["detail"] for c in f_["contradictions"]))
                      for f_ in found))

    @app.command(rich_help_panel="Across articles")
    def stories(
        db: str = DbOption,
        country: str = typer.Option(None, "--country", help="Only stories involving this country (code or name)."),
        article: str = typer.Option(None, "--article", help="Only the story of this article id."),
        limit: int = typer.Option(100, "--limit", "-n", min=1, help="At most this many stories."),
        offset: int = typer.Option(0, "--offset", min=0, help="Skip this many first."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    ) -> None:
        """Stories: groups of articles that report the same events, largest first."""
        from ...store.light import open_reader

        code = country_option(country)  # as fused and events: an unknown country is an error, not an empty table
        reader = open_reader(db)  # an SQLite file: the same queries without importing SQLAlchemy
        if reader is not None:
            with reader:
                total, found = reader.story_page(limit, offset, code, article)
        else:
            from ...store.aggregates import story_page
            from ..options import open_store

            with open_store(db) as store:
                total, found = story_page(store, limit, offset, code, article)
        if as_json:
            _print_json(found)
            return
        _print_table(_shown(len(found), total, "stor" + ("y" if total == 1 else "ies")),
                     ("story", "title", "from", "to", "articles", "events", "countries"),
                     ((s["story_id"], s["title"], s["start"] or "", s["end"] or "", str(s.get("n_articles", len(s["articles"]))),
                       str(s["length"]), ", ".join(s["countries"][:6])) for s in found))

    @app.command(rich_help_panel="Across articles")
    def timeline(
        story: str = typer.Argument(..., help="Story id (from `lagebild stories`) or an article id in it."),
        db: str = DbOption,
    ) -> None:
        """The timeline of one story: its fused events by date, with sources and disputes."""
        from ...errors import InputError
        from ...store.light import open_reader

        reader = open_reader(db)  # an SQLite file: the same queries without importing SQLAlchemy
        if reader is not None:
            with reader:
                match = reader.story_one(story) or reader.story_one(reader.story_of_article(story) or "")
        else:
            from ...store.aggregates import story_of_article, story_one
            from ..options import open_store

            with open_store(db) as store:
                match = story_one(store, story) or story_one(store, story_of_article(store, story) or "")
        if match is None:
            raise InputError(story, "no such story or article (see `lagebild stories`)")
        console = _console()
        console.print(f"[bold]{match['title']}[/bold]  ({', '.join(match['articles'][:20])}"
                      f"{', …' if len(match['articles']) > 20 else ''})", highlight=False)
        for item in match["timeline"]:
            mark = "[red]⚑[/red] " if item["contradicted"] else "  "
            console.print(f"{mark}{item['date'] or '????-??-??'}  {item['summary']}", highlight=False)

    @app.command(rich_help_panel="Across articles")
    def refuse(
        db: str = DbOption,
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line."),
    ) -> None:
        """Rebuild the fused events, stories and view rollups from all stored events (ingest keeps
        them up to date; this gives the same result from scratch, e.g. after fusion rules changed)."""
        from ...fuse.incremental import rebuild
        from ...store.rollups import rebuild_store
        from ..options import open_store

        with open_store(db) as store:
            n_fused, n_stories = rebuild(store)
            rebuild_store(store)
        if not quiet:
            typer.echo(f"{n_fused} fused event(s), {n_stories} stor{'y' if n_stories == 1 else 'ies'} rebuilt")
