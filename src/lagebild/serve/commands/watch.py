"""`lagebild watch FEEDS.txt`: poll RSS/Atom feeds and store what is new, across restarts."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import typer

from ..options import DbOption, lang_option


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Store")
    def watch(
        feeds: Path = typer.Argument(..., help="Text file: one feed URL (http, https, file) or path per line; "
                                     "'#' starts a comment.", show_default=False),
        db: str = DbOption,
        state: Path = typer.Option(None, "--state", help="Watch state (what was seen), kept across restarts.",
                                   show_default="FEEDS.txt.state.json"),
        interval: float = typer.Option(300.0, "--interval", help="Seconds between polls.", min=0),
        once: bool = typer.Option(False, "--once", help="Poll every feed once, then stop."),
        max_polls: int = typer.Option(None, "--max-polls", help="Stop after this many polls.", min=1,
                                      show_default="no limit"),
        lang: str = typer.Option("auto", "--lang", help="Language of entries whose feed does not say: de, en or auto."),
        workers: int = typer.Option(1, "--workers", "-w", help="Extraction processes; 1 keeps the language "
                                    "resources warm in this process between polls.", min=1),
        timeout: float = typer.Option(30.0, "--timeout", help="Seconds to wait for a feed server.", min=1),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary lines."),
    ) -> None:
        """Poll feeds, extract the events of new entries and store them; one line per poll.
        Each poll is stored in one transaction and only then remembered in the state file, so a
        restart never loses or duplicates an entry. A feed that cannot be fetched or parsed is
        reported in one line and retried next poll; the others go on. An entry whose language
        cannot be handled is reported and skipped. Exit status 1 if any feed failed."""
        from ...errors import InputError
        from ...ingest.feeds import WatchState, poll, read_feed_list
        from ...ingest.readers import ReadOptions
        from ...ingest.run import run_ingest
        from ...store.db import IngestStats, Store

        opts = ReadOptions(None, lang_option(lang))
        sources = read_feed_list(feeds)
        state_path = state or feeds.with_name(feeds.name + ".state.json")
        if not state_path.parent.is_dir():  # found now, not after the first poll is stored
            raise InputError(str(state_path), f"folder {str(state_path.parent)!r} does not exist (--state)")
        watch_state = WatchState(state_path)
        store = Store(db)
        limit = 1 if once else max_polls
        failed = False
        n = 0
        waiting = False
        try:
            while True:
                n += 1
                polls, problems = [], []
                for source in sources:
                    try:
                        polls.append(poll(source, watch_state.feed(source), opts, timeout))
                    except InputError as exc:
                        problems.append(exc)
                for exc in problems:
                    typer.echo(f"lagebild: error: {exc}", err=True)
                failed = failed or bool(problems)
                skipped: list[InputError] = []
                articles = [a for p in polls for a in p.articles]
                stats = run_ingest(store, articles, workers=workers, on_error=skipped.append) if articles else IngestStats()
                for exc in skipped:
                    typer.echo(f"lagebild: warning: skipped {exc}", err=True)
                # stored: only now remember what was seen, so a crash before this line re-reads it
                # an entry that met a bug in lagebild is not remembered: a fixed version retries it
                retry = {exc.where for exc in skipped if exc.problem.startswith("extraction failed")}
                for p in polls:
                    fs = watch_state.feed(p.source)
                    failed_keys = {p.origins[w] for w in retry if w in p.origins}
                    if not failed_keys:  # validators kept back, or the server would answer "not modified"
                        fs.etag, fs.modified = p.etag, p.modified
                    fs.remember([k for k in p.keys if k not in failed_keys])
                watch_state.save()
                if not quiet:
                    new = sum(len(p.articles) for p in polls)
                    entries = f"{new} new entr{'y' if new == 1 else 'ies'}"
                    typer.echo(f"poll {n}: {len(polls)} of {len(sources)} feed(s) read, {entries}, "
                               f"{stats.articles_added} article(s) and {stats.events_added} event(s) added")
                    sys.stdout.flush()
                if limit is not None and n >= limit:
                    break
                waiting = True
                time.sleep(interval)
                waiting = False
        except KeyboardInterrupt:
            # an interrupted poll was rolled back and not remembered: the next start redoes it
            typer.echo(f"lagebild: watch stopped {'after' if waiting else 'during'} poll {n}", err=True)
            sys.exit(130)
        if failed:
            sys.exit(1)  # the problems were reported as they happened, one line each
