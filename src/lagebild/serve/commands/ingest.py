"""`lagebild ingest`: read, extract and store articles; the same article twice changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..options import DbOption, NoDateWarning, lang_option, published_option, removed_if_failed

if TYPE_CHECKING:  # the store (SQLAlchemy) and readers are imported when a command uses them
    from ...ingest.readers import ReadOptions
    from ...store.db import Store

ENGINE_HELP = "Where extraction runs: local (a process pool of --workers) or dask (a Dask cluster at --scheduler)."


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Store")
    def ingest(
        paths: list[Path] = typer.Argument(..., help="Files (.txt, .html, .jsonl, .warc, .warc.gz) or directories of them.",
                                           show_default=False),
        db: str = DbOption,
        published: str = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for inputs that carry none."),
        lang: str = typer.Option("auto", "--lang", help="Language of the inputs: de, en or auto (detect)."),
        workers: int = typer.Option(None, "--workers", "-w", help="Extraction processes (local engine).",
                                    show_default="all cores"),
        engine: str = typer.Option("local", "--engine", help=ENGINE_HELP),
        scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 "
                                      "(with --engine dask)."),
        batch: int = typer.Option(500, "--batch", help="Articles per database write.", min=1),
        skip_bad: bool = typer.Option(False, "--skip-bad", help="Report an article that cannot be analysed (unknown "
                                      "language, extraction failure) on stderr and go on, instead of stopping the run."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
    ) -> None:
        """Store articles and their events in the database. Inputs are read and extracted as a
        stream (in parallel on all cores, or on a Dask cluster) and committed in batches of whole
        articles; other writers wait their turn. A run that stops (bad input, Ctrl-C, a crash)
        keeps what it committed; the same command again resumes, skipping articles already
        stored (same text). A directory holding no article file gets one warning line and the run
        exits 0: a watched drop folder may be empty (extract, which has nothing to print, fails)."""
        from ...errors import OptionError
        from ...ingest.parallel import ENGINES
        from ...ingest.readers import check_paths

        if engine not in ENGINES:
            raise OptionError("--engine", f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")
        if workers is not None and workers < 1:  # refused before anything is read or stored
            raise OptionError("--workers", f"must be at least 1, not {workers}")
        from ...ingest.readers import ReadOptions

        opts = ReadOptions(published_option(published), lang_option(lang))
        check_paths(paths)
        with removed_if_failed(db):
            from ...store.db import Store

            store = Store(db)
            _ingest(store, paths, opts, workers, engine, scheduler, batch, skip_bad, quiet)

    def _ingest(store: Store, paths: list[Path], opts: ReadOptions, workers: int | None, engine: str,
                scheduler: str | None, batch: int, skip_bad: bool, quiet: bool) -> None:
        from ...ingest.readers import iter_files, no_article_note, read_items, shown, unknown_note
        from ...ingest.run import ingest_progress, run_ingest

        skipped: list[str] = []

        def report(exc: Exception) -> None:
            skipped.append(str(exc))
            typer.echo(f"lagebild: warning: skipped {exc}", err=True)

        on_error = report if skip_bad else None
        opts.on_error = on_error  # unreadable files, folders and JSONL lines too
        unknown: list[Path] = []
        files, empty = [], []
        for p in paths:
            found = list(iter_files(p, on_error, unknown.append)) if p.is_dir() else [p]
            files.extend(found)
            if not found:
                empty.append(p)
        if (note := unknown_note(unknown)) is not None:
            typer.echo(f"lagebild: warning: {note}", err=True)
        for p in empty:  # a drop folder may be empty: said, not failed
            typer.echo(f"lagebild: warning: {shown(p)}: {no_article_note()}; nothing stored from it", err=True)
        undated = NoDateWarning()
        with ingest_progress(quiet, total_files=len(files)) as progress:
            def articles():  # noqa: ANN202 - a generator of Article
                for f in files:
                    progress.file(f.name)
                    for item in read_items([f], opts):
                        undated.check(item)
                        yield item
                    progress.file_done()

            stats = run_ingest(store, articles(), workers=workers, engine=engine, scheduler=scheduler,
                               batch=batch, progress=progress, on_error=on_error)
        undated.emit()
        if not quiet:
            total = store.counts()
            bad = f"{len(skipped)} skipped as bad, " if skip_bad else ""
            from rich.console import Console  # imported when used: `lagebild --help` stays light

            Console(soft_wrap=True).print(
                            f"{stats.articles_added} article(s) added, {stats.articles_skipped} already stored, {bad}"
                            f"{stats.events_added} event(s) added; the database now holds {total['articles']} "
                            f"article(s) and {total['events']} event(s) [dim]({store.url})[/dim]", highlight=False)
