"""Extraction at scale: the same per-article function in one process, a process pool, or on Dask.

Articles stream through a bounded window of in-flight batches, so memory stays flat however big
the input is, and results come back in input order, so every engine stores exactly the same thing
as a single-process run. Language resources (gazetteer etc.) are built once per process
(``pipeline.language_kit`` is cached); a local pool forks its workers after building them, so
they share one copy. Dask workers build them on their first article of a language.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import InputError, LagebildError, OptionError
from ..knowledge.resources import forget_with_resources
from ..model import Article, Doc, Event
from ..pipeline import PARSE_BATCH  # articles of one process run begun, parsed together, finished (extract_batch)
from .limits import OverBudget, article_seconds, die_with_parent, time_budget
from .readers import Page

ENGINES = ("local", "dask")
DEFAULT_BATCH = 16


class ClusterError(LagebildError):
    """The cluster scheduler cannot be reached or its workers failed."""


@dataclass(frozen=True)
class Failure:
    """An input error (or a bug) met in a worker, carried back as data (exceptions with custom
    constructors do not survive pickling) and raised again, or reported, in the caller."""

    where: str
    problem: str


Outcome = list[Event] | Failure | None  # None: a page with no article text, skipped
Item = Article | Page
OnError = Callable[[InputError], None] | None  # None: the first bad article stops the run

_PIPELINE: Any = None
_WARM: set[str] = set()  # languages whose resources this process has built (they never change)


def _forget_pipeline() -> None:
    """The process's pipeline is built from resources: ``clear_cache`` (resources edited) has it built again."""
    global _PIPELINE
    _PIPELINE = None
    _WARM.clear()


forget_with_resources(_forget_pipeline)


def extract_article(item: Item) -> tuple[Article | None, Outcome]:
    """The per-item function every engine runs: the article (pages are turned into one here, in
    the worker, since main-text extraction costs as much as event extraction) and its events."""
    return extract_batch([item])[0]


def extract_batch(items: list[Item]) -> list[tuple[Article | None, Outcome]]:
    """:func:`extract_article` over a batch (one task per batch keeps scheduling cheap). Each
    article is begun, then the sentences the parse is wanted for are parsed for the whole batch
    at once (much faster than article by article), then each is finished; every article keeps its
    own time budget and its own errors."""
    import time

    global _PIPELINE
    if _PIPELINE is None:
        from ..pipeline import Pipeline

        _PIPELINE = Pipeline()
    budget = article_seconds()
    collecting = gc.isenabled()
    gc.disable()  # an article's tokens and mentions hold no cycles: collecting while they are built
    try:  # only re-scans them, a cost that grows faster than the article (plain refcounting frees them)
        if not hasattr(_PIPELINE, "parse_ahead"):  # a plain callable (a test double, a plugin): one by one
            return [_whole(item, budget) for item in items]
        begun: list[tuple[Article | None, Doc | Outcome, float]] = []
        for item in items:
            began = time.monotonic()
            try:
                article, doc = _begin(item, budget)
                begun.append((article, doc, time.monotonic() - began))
            except Exception as exc:  # noqa: BLE001 - reported as this article's failure
                begun.append((None, _failure(item, exc, budget), 0.0))
        docs = [doc for _, doc, _ in begun if isinstance(doc, Doc)]
        if len(docs) > 1:
            try:
                _PIPELINE.parse_ahead(docs)
            except Exception:  # noqa: BLE001, S110 - only a speed-up: each article still parses on its own
                pass
        done: list[tuple[Article | None, Outcome]] = []
        for item, (article, doc, spent) in zip(items, begun, strict=True):
            if not isinstance(doc, Doc):
                done.append((article, doc))
                continue
            try:
                with time_budget(max(budget - spent, 0.001) if budget else budget):  # what is left of it
                    done.append((article, _PIPELINE.finish(doc).events))
            except Exception as exc:  # noqa: BLE001 - reported as this article's failure
                done.append((None, _failure(item, exc, budget)))
        return done
    finally:
        if collecting:
            gc.enable()


def _whole(item: Item, budget: float) -> tuple[Article | None, Outcome]:
    """One item through ``_PIPELINE(article)`` in one step, within its budget."""
    try:
        with time_budget(budget):
            article = item.article() if isinstance(item, Page) else item
        if article is None:
            return None, None
        _warm(article)
        with time_budget(budget):
            return article, _PIPELINE(article).events
    except Exception as exc:  # noqa: BLE001 - reported as this article's failure
        return None, _failure(item, exc, budget)


def _begin(item: Item, budget: float) -> tuple[Article | None, Doc | None]:
    """The article of ``item`` (None for a page without one) and its begun Doc (None likewise)."""
    with time_budget(budget):  # one pathological page must not stall a worker for good
        article = item.article() if isinstance(item, Page) else item
    if article is None:
        return None, None
    _warm(article)  # language resources are built once per process, outside any article's budget
    with time_budget(budget):
        return article, _PIPELINE.begin(article)


def _failure(item: Item, exc: Exception, budget: float) -> Failure:
    if isinstance(exc, OverBudget):
        return Failure(_where(item), f"analysis took longer than {budget:g} s, the time budget of one "
                                     "article (LAGEBILD_ARTICLE_SECONDS)")
    if isinstance(exc, InputError):
        return Failure(exc.where, exc.problem)
    # a bug on one article must not kill a long run unseen
    return Failure(_where(item), f"extraction failed: {_bug(exc)} (a bug in lagebild; please report it)")


def _warm(article: Article) -> None:
    from ..language.detect import resolve_language

    try:
        lang = resolve_language(article.text, article.lang, "")
    except InputError:
        return  # the pipeline reports it, naming the article
    if lang not in _WARM:
        _PIPELINE(Article("Test.", lang=lang))
        _WARM.add(lang)


def _where(item: Item) -> str:
    return item.where if isinstance(item, Page) else (item.origin or item.id)


def _bug(exc: Exception) -> str:
    """Exception type, message and the innermost frame, enough to find the bug from one line."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    at = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name}" if frames else ""
    return f"{type(exc).__name__}: {exc}{at}"



def warm_up() -> None:
    """Build every language's resources in this process and freeze them out of the garbage
    collector, so forked workers share those pages instead of copying them on the first GC pass."""
    import gc

    from ..knowledge.resources import languages
    from ..language.segment import preload_lemmas

    for lang in languages():
        extract_article(Article("Test.", lang=lang))
        preload_lemmas(lang)  # loaded once here and shared, not queried and then loaded by each worker
    if _PIPELINE is not None:
        _PIPELINE.preload_parsers()  # else each worker would load its own copy on its first parse
    gc.collect()
    gc.freeze()


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _read_ahead(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Chunks of ``size`` items; when reading the input fails, the items read before it come
    first (and are stored), then the error, as when reading one item at a time."""
    chunk: list[Item] = []
    it = iter(items)
    while True:
        try:
            chunk.append(next(it))
        except StopIteration:
            break
        except Exception:
            if chunk:
                yield chunk
            raise
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _ordered(submit: Callable[[list[Item]], Future], batches: Iterator[list[Item]], window: int,
             result: Callable[[Future], list[tuple[Article | None, Outcome]]], on_error: OnError
             ) -> Iterator[tuple[Article, list[Event]]]:
    """Keep at most ``window`` batches in flight; yield results in input order."""
    pending: deque[Future] = deque()
    try:
        for batch in batches:
            pending.append(submit(batch))
            while len(pending) >= window:
                yield from _finish(result(pending.popleft()), on_error)
        while pending:
            yield from _finish(result(pending.popleft()), on_error)
    finally:
        for fut in pending:
            fut.cancel()


def _finish(results: list[tuple[Article | None, Outcome]], on_error: OnError) -> Iterator[tuple[Article, list[Event]]]:
    for article, outcome in results:
        if isinstance(outcome, Failure):
            if on_error is None:
                raise InputError(outcome.where, outcome.problem)
            on_error(InputError(outcome.where, outcome.problem))
            continue
        if article is not None and outcome is not None:
            yield article, outcome


def extract_stream(articles: Iterable[Item], workers: int | None = None, engine: str = "local",
                   scheduler: str | None = None, batch: int = DEFAULT_BATCH, on_error: OnError = None,
                   preload: bool = True) -> Iterator[tuple[Article, list[Event]]]:
    """(article, events) for each article, in input order, on the chosen engine.

    ``workers`` (local engine) defaults to all cores; 1 runs in this process. The input is read
    lazily: only ``2 × workers`` batches are held at a time. A bad article raises its InputError,
    or goes to ``on_error`` and is left out. With ``preload`` the language resources are built once
    here and the forked workers share them (copy-on-write) instead of each building its own.
    """
    if engine not in ENGINES:
        raise OptionError("--engine", f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")
    if engine == "dask":
        yield from _dask_stream(articles, scheduler, batch, on_error)
        return
    if scheduler:
        raise OptionError("--scheduler", "only used with --engine dask")
    n = default_workers() if workers is None else workers  # "--workers 0" is refused, not read as "all cores"
    if n < 1:
        raise OptionError("--workers", f"must be at least 1, not {n}")
    if n == 1:
        for chunk in _read_ahead(articles, PARSE_BATCH):
            yield from _finish(extract_batch(chunk), on_error)
        return
    import multiprocessing

    # fork starts workers in milliseconds with everything imported; elsewhere the platform default
    fork = "fork" in multiprocessing.get_all_start_methods()
    if fork and preload:
        warm_up()
    ctx = multiprocessing.get_context("fork" if fork else None)
    pool = ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=die_with_parent)
    try:
        yield from _ordered(lambda b: pool.submit(extract_batch, b), batched(articles, batch), 2 * n,
                            lambda f: f.result(), on_error)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _dask_stream(articles: Iterable[Item], scheduler: str | None, batch: int, on_error: OnError
                 ) -> Iterator[tuple[Article, list[Event]]]:
    if not scheduler:
        raise OptionError("--scheduler", "--engine dask needs the scheduler address (tcp://HOST:PORT)")
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

        def result(fut: Any) -> list[tuple[Article | None, Outcome]]:
            try:
                return fut.result()
            except Exception as exc:  # noqa: BLE001 - tasks catch their own errors: this is the cluster failing
                raise ClusterError(f"{scheduler}: the Dask cluster failed ({type(exc).__name__}: {exc})") from None

        yield from _ordered(lambda b: client.submit(extract_batch, b, pure=False), batched(articles, batch),
                            2 * workers, result, on_error)
    finally:
        client.close()


def skip_known(items: Iterable[Item], known: Callable[[Iterable[str]], set[str]], chunk: int = 256,
               on_skip: Callable[[int], None] | None = None) -> Iterator[Item]:
    """The items not stored yet, with one database lookup per ``chunk`` articles, so stored
    articles are not extracted again (pages are known only after extraction; the store skips them)."""
    for group in batched(items, chunk):
        found = known(i.content_hash for i in group if isinstance(i, Article))
        if found and on_skip:
            on_skip(sum(1 for i in group if isinstance(i, Article) and i.content_hash in found))
        yield from (i for i in group if not (isinstance(i, Article) and i.content_hash in found))


def extract_new(items: Iterable[Item], known: Callable[[Iterable[str]], set[str]], workers: int | None = None,
                engine: str = "local", scheduler: str | None = None,
                on_skip: Callable[[int], None] | None = None, on_error: OnError = None
                ) -> Iterator[tuple[Article, list[Event]]]:
    """Like :func:`extract_stream`, leaving out articles already stored (``on_skip`` counts them)."""
    return extract_stream(skip_known(items, known, on_skip=on_skip), workers, engine, scheduler, on_error=on_error)
