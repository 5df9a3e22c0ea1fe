"""Extraction at scale: the same per-article function in one process, a process pool, or on Dask.

Articles stream through a bounded window of in-flight batches, so memory stays flat however big
the input is, and results come back in input order, so every engine stores exactly the same thing
as a single-process run. Each worker process builds its language resources (gazetteer etc.) once,
on its first article of a language (``pipeline.language_kit`` is cached per process).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any

from ..errors import InputError, LagebildError
from ..model import Article, Event

ENGINES = ("local", "dask")
DEFAULT_BATCH = 16


class ClusterError(LagebildError):
    """The cluster scheduler cannot be reached or its workers failed."""


@dataclass(frozen=True)
class Failure:
    """An input error raised in a worker, carried back as data (exceptions with custom
    constructors do not survive pickling) and raised again in the caller."""

    where: str
    problem: str


Outcome = list[Event] | Failure

_PIPELINE: Any = None


def extract_article(article: Article) -> Outcome:
    """The per-article function every engine runs: events of one article, or the input problem."""
    global _PIPELINE
    if _PIPELINE is None:
        from ..pipeline import Pipeline

        _PIPELINE = Pipeline()
    try:
        return _PIPELINE(article).events
    except InputError as exc:
        return Failure(exc.where, exc.problem)


def extract_batch(articles: list[Article]) -> list[tuple[str | None, Outcome]]:
    """Run :func:`extract_article` over a batch; the detected language travels back with it."""
    out: list[tuple[str | None, Outcome]] = []
    for a in articles:
        outcome = extract_article(a)
        out.append((a.lang, outcome))
    return out


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _ordered(submit: Callable[[list[Article]], Future], batches: Iterator[list[Article]], window: int,
             result: Callable[[Future], list[tuple[str | None, Outcome]]]) -> Iterator[tuple[Article, list[Event]]]:
    """Keep at most ``window`` batches in flight; yield results in input order."""
    pending: deque[tuple[list[Article], Future]] = deque()
    try:
        for batch in batches:
            pending.append((batch, submit(batch)))
            while len(pending) >= window:
                yield from _finish(*pending.popleft(), result)
        while pending:
            yield from _finish(*pending.popleft(), result)
    finally:
        for _, fut in pending:
            fut.cancel()


def _finish(batch: list[Article], fut: Future, result: Callable[[Future], list[tuple[str | None, Outcome]]]
            ) -> Iterator[tuple[Article, list[Event]]]:
    for article, (lang, outcome) in zip(batch, result(fut), strict=True):
        if isinstance(outcome, Failure):
            raise InputError(outcome.where, outcome.problem)
        article.lang = lang
        yield article, outcome


def extract_stream(articles: Iterable[Article], workers: int | None = None, engine: str = "local",
                   scheduler: str | None = None, batch: int = DEFAULT_BATCH) -> Iterator[tuple[Article, list[Event]]]:
    """(article, events) for each article, in input order, on the chosen engine.

    ``workers`` (local engine) defaults to all cores; 1 runs in this process. The input is read
    lazily: only ``2 × workers`` batches are held at a time.
    """
    if engine not in ENGINES:
        raise InputError("--engine", f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")
    if engine == "dask":
        yield from _dask_stream(articles, scheduler, batch)
        return
    if scheduler:
        raise InputError("--scheduler", "only used with --engine dask")
    n = workers or default_workers()
    if n < 1:
        raise InputError("--workers", f"must be at least 1, not {n}")
    if n == 1:
        for a in articles:
            outcome = extract_article(a)
            if isinstance(outcome, Failure):
                raise InputError(outcome.where, outcome.problem)
            yield a, outcome
        return
    import multiprocessing

    # fork starts workers in milliseconds with everything imported; elsewhere the platform default
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    pool = ProcessPoolExecutor(max_workers=n, mp_context=ctx)
    try:
        yield from _ordered(lambda b: pool.submit(extract_batch, b), batched(articles, batch), 2 * n,
                            lambda f: f.result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _dask_stream(articles: Iterable[Article], scheduler: str | None, batch: int) -> Iterator[tuple[Article, list[Event]]]:
    if not scheduler:
        raise InputError("--scheduler", "--engine dask needs the scheduler address (tcp://HOST:PORT)")
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--engine dask needs the cluster extra: pip install 'lagebild[cluster]'") from None
    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ClusterError(f"{scheduler}: cannot reach the Dask scheduler ({reason})") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def result(fut: Any) -> list[tuple[str | None, Outcome]]:
            try:
                return fut.result()
            except (OSError, TimeoutError) as exc:
                raise ClusterError(f"{scheduler}: lost the Dask cluster ({exc})") from None

        yield from _ordered(lambda b: client.submit(extract_batch, b, pure=False), batched(articles, batch),
                            2 * workers, result)
    finally:
        client.close()


def skip_known(articles: Iterable[Article], known: Callable[[Iterable[str]], set[str]], chunk: int = 256
               ) -> Iterator[tuple[Article, bool]]:
    """(article, already stored?) with one database lookup per ``chunk`` articles, so stored
    articles are not extracted again."""
    for group in batched(articles, chunk):
        found = known(a.content_hash for a in group)
        for a in group:
            yield a, a.content_hash in found


def extract_new(articles: Iterable[Article], known: Callable[[Iterable[str]], set[str]], workers: int | None = None,
                engine: str = "local", scheduler: str | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """Like :func:`extract_stream`, but articles already stored pass through with no events."""
    order: deque[tuple[Article, bool]] = deque()  # read but not yet yielded, to keep input order

    def fresh() -> Iterator[Article]:
        for a, stored in skip_known(articles, known):
            order.append((a, stored))
            if not stored:
                yield a

    results = extract_stream(fresh(), workers, engine, scheduler)
    for article, events in results:
        while order and order[0][1]:
            yield order.popleft()[0], []
        order.popleft()
        yield article, events
    while order:
        a, _ = order.popleft()
        yield a, []
