"""`lagebild fused`, `lagebild stories`, `lagebild timeline`: the picture across articles."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from ..options import DbOption


def _actor(a: dict | None) -> str:
    from ...fuse.stories import actor_label

    return actor_label(a) if a else ""


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Across articles")
    def fused(
        db: str = DbOption,
        min_sources: int = typer.Option(1, "--min-sources", min=1, help="Only events told by at least this many "
                                        "independent sources."),
        contradicted: bool = typer.Option(False, "--contradicted", help="Only events whose reports disagree."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    ) -> None:
        """Events merged across articles: duplicates merged, independent sources counted
        (corroboration), disagreements shown (denials, negations, counts, places)."""
        from ...fuse import picture
        from ..options import open_store

        found, _ = picture(open_store(db))
        found = [f for f in found if f["corroboration"] >= min_sources and (f["contradictions"] or not contradicted)]
        if as_json:
            Console().out(json.dumps(found, ensure_ascii=False, indent=2), highlight=False)
            return
        t = Table(title=f"{len(found)} fused event(s)", header_style="bold")
        for col in ("first seen", "type", "source", "target", "where", "claim", "sources", "articles", "disputed"):
            t.add_column(col)
        for f in found:
            t.add_row(f.get("first_seen") or "", f["event_type"], _actor(f.get("source")), _actor(f.get("target")),
                      (f.get("location") or {}).get("name") or "", f["modality"], str(f["corroboration"]),
                      str(len(f["articles"])), "; ".join(c["detail"] for c in f["contradictions"]))
        Console(width=None if Console().is_terminal else 200).print(t)

    @app.command(rich_help_panel="Across articles")
    def stories(
        db: str = DbOption,
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    ) -> None:
        """Stories: groups of articles that report the same events, largest first."""
        from ...fuse import picture
        from ..options import open_store

        _, found = picture(open_store(db))
        if as_json:
            Console().out(json.dumps(found, ensure_ascii=False, indent=2), highlight=False)
            return
        t = Table(title=f"{len(found)} stor{'y' if len(found) == 1 else 'ies'}", header_style="bold")
        for col in ("story", "title", "from", "to", "articles", "events", "countries"):
            t.add_column(col)
        for s in found:
            t.add_row(s["story_id"], s["title"], s["start"] or "", s["end"] or "", str(len(s["articles"])),
                      str(len(s["fused_ids"])), ", ".join(s["countries"][:6]))
        Console(width=None if Console().is_terminal else 200).print(t)

    @app.command(rich_help_panel="Across articles")
    def timeline(
        story: str = typer.Argument(..., help="Story id (from `lagebild stories`) or an article id in it."),
        db: str = DbOption,
    ) -> None:
        """The timeline of one story: its fused events by date, with sources and disputes."""
        from ...errors import InputError
        from ...fuse import picture
        from ..options import open_store

        _, found = picture(open_store(db))
        match = next((s for s in found if s["story_id"] == story or story in s["articles"]), None)
        if match is None:
            raise InputError(story, "no such story or article (see `lagebild stories`)")
        console = Console(width=None if Console().is_terminal else 200)
        console.print(f"[bold]{match['title']}[/bold]  ({', '.join(match['articles'])})", highlight=False)
        for item in match["timeline"]:
            mark = "[red]⚑[/red] " if item["contradicted"] else "  "
            console.print(f"{mark}{item['date'] or '????-??-??'}  {item['summary']}", highlight=False)
