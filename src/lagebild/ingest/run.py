"""One ingest run, shared by `lagebild ingest` and `lagebild watch`: stream articles through
extraction (any engine) into the store, committed in batches of whole articles, with a progress
bar on a terminal. A run that stops keeps what it committed; the same run again resumes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..model import Article, Event
from ..store.db import IngestStats, Store
from .parallel import OnError, extract_new
from .readers import Page


class IngestProgress:
    """Files read and articles stored, shown on stderr when it is a terminal (silent otherwise)."""

    def __init__(self, quiet: bool, total_files: int | None) -> None:
        err = Console(stderr=True)
        self.bar = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                            TextColumn("{task.fields[articles]} articles"), TimeElapsedColumn(),
                            TextColumn("{task.fields[name]}"), console=err,
                            disable=quiet or not err.is_terminal, transient=True)
        self.task = self.bar.add_task("ingest", total=total_files, name="", articles=0)

    def file(self, name: str) -> None:
        self.bar.update(self.task, name=name)

    def file_done(self) -> None:
        self.bar.advance(self.task)

    def articles(self, n: int) -> None:
        self.bar.update(self.task, articles=n)


@contextmanager
def ingest_progress(quiet: bool = False, total_files: int | None = None) -> Iterator[IngestProgress]:
    p = IngestProgress(quiet, total_files)
    with p.bar:
        yield p


def run_ingest(store: Store, articles: Iterable[Article | Page], workers: int | None = None, engine: str = "local",
               scheduler: str | None = None, batch: int = 500, progress: IngestProgress | None = None,
               on_error: OnError = None) -> IngestStats:
    """Extract and store ``articles``, committing every ``batch`` articles. A bad article stops the
    run (unless ``on_error`` takes it, leaving it out) after the complete articles before it are
    committed; so does Ctrl-C, with a line on stderr saying how many were stored."""
    done = skipped = 0

    def skip(n: int) -> None:
        nonlocal skipped
        skipped += n

    def counted() -> Iterator[tuple[Article, list[Event]]]:
        nonlocal done
        for item in extract_new(articles, store.known_hashes, workers, engine, scheduler, on_skip=skip, on_error=on_error):
            done += 1
            if progress is not None and done % 16 == 0:
                progress.articles(done)
            yield item

    try:
        stats = store.add_many(counted(), batch=batch)
    except KeyboardInterrupt:
        stored = store.counts()
        Console(stderr=True).print(f"lagebild: stopped after {done} article(s) of this run were extracted; the database "
                                   f"holds {stored['articles']} article(s): run the same command again to resume",
                                   highlight=False, soft_wrap=True)
        raise
    stats.articles_skipped += skipped
    if progress is not None:
        progress.articles(done)
    return stats
