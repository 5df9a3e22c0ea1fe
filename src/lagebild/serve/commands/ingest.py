"""`lagebild ingest`: read, extract and store articles; the same article twice changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import typer
from rich.console import Console

from ..options import DbOption, lang_option, published_option


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Store")
    def ingest(
        paths: list[Path] = typer.Argument(..., help="Files (.txt, .html, .jsonl) or directories of them.",
                                           show_default=False),
        db: str = DbOption,
        published: str = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for inputs that carry none."),
        lang: str = typer.Option("auto", "--lang", help="Language of the inputs: de, en or auto (detect)."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
    ) -> None:
        """Store articles and their events in the database. All inputs are checked and extracted
        first and stored in one transaction: on any error nothing is stored and the database stays
        as it was. Articles already stored (same text) are skipped."""
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from ...ingest.readers import ReadOptions, check_paths, iter_files, read_paths
        from ...model import Article, Event
        from ...pipeline import Pipeline
        from ...store.db import Store

        opts = ReadOptions(published_option(published), lang_option(lang))
        check_paths(paths)
        store = Store(db)
        files = [f for p in paths for f in (iter_files(p) if p.is_dir() else [p])]
        err = Console(stderr=True)
        progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                            TimeElapsedColumn(), TextColumn("{task.fields[name]}"), console=err,
                            disable=quiet or not err.is_terminal, transient=True)
        pipeline = Pipeline()

        def extracted() -> Iterator[tuple[Article, list[Event]]]:
            task = progress.add_task("ingest", total=len(files), name="")
            for f in files:
                progress.update(task, name=f.name)
                articles = list(read_paths([f], opts))
                known = store.known_hashes(a.content_hash for a in articles)
                for a in articles:
                    yield a, ([] if a.content_hash in known else pipeline(a).events)
                progress.advance(task)

        with progress:
            # extract everything first: a bad input fails the run before the database is touched
            items = list(extracted())
        stats = store.add_many(items)
        if not quiet:
            total = store.counts()
            Console().print(f"{stats.articles_added} article(s) added, {stats.articles_skipped} already stored, "
                            f"{stats.events_added} event(s) added; the database now holds {total['articles']} "
                            f"article(s) and {total['events']} event(s) [dim]({store.url})[/dim]", highlight=False)
