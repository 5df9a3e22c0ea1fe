"""Limits on what one input may cost: article size, JSON shape, time per article.

A crawl contains pages no newsroom wrote (a 900 KB line of digits, a JSON bomb, a FIFO called
``.txt``); these limits turn each into one warning or one error line instead of a stalled run.
Each limit can be changed with an environment variable, so every command and worker sees it.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import InputError


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        raise InputError(name, f"not a number: {os.environ.get(name)!r}") from None
    return value if value > 0 else default


def max_chars() -> int:
    """Longest article text analysed ($LAGEBILD_MAX_CHARS, default 2 million characters)."""
    return int(_env_number("LAGEBILD_MAX_CHARS", 2_000_000))


def article_seconds() -> float:
    """Time budget of one article in an ingest worker ($LAGEBILD_ARTICLE_SECONDS, default 120 s)."""
    return _env_number("LAGEBILD_ARTICLE_SECONDS", 120.0)


MAX_JSON_LINE = 64 << 20  # bytes of one JSONL line: well above max_chars of text in UTF-8 and escapes
MAX_INT_DIGITS = 40  # an id or a count; longer digit strings are refused, not turned into Infinity
MAX_FRONT_MATTER = 64 << 10
_SURROGATE = re.compile("[\ud800-\udfff]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”»)]?\s|\n")


def warn(message: str) -> None:
    """One warning line on stderr (workers share the parent's stderr)."""
    print(f"lagebild: warning: {message}", file=sys.stderr, flush=True)


def truncate(text: str, where: str, limit: int | None = None) -> str:
    """``text`` cut to at most ``limit`` characters at the last sentence end before it, with a
    warning; the rest of a giant page is rarely news, and analysing it would stall a worker."""
    limit = limit or max_chars()
    if len(text) <= limit:
        return text
    cut = limit
    window_start = max(0, limit - 10_000)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window_start, limit)]
    if ends:
        cut = ends[-1]
    warn(f"{where}: article of {len(text):,} characters cut to {cut:,} at a sentence end "
         f"(limit {limit:,}; set LAGEBILD_MAX_CHARS to change it)")
    return text[:cut].rstrip()


def clean_text(text: str) -> str:
    """Line endings made '\\n' (CRLF and CR alike); NUL and lone surrogates, which PostgreSQL or
    any encoder refuse, replaced by U+FFFD: they arrive from JSON escapes and old files."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:  # a JSON "\u0000": PostgreSQL refuses NUL in text, failing the whole run
        text = text.replace("\x00", "\ufffd")
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


class _Refused(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _Refused(f"{name} is not a JSON number")


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused(f"a {len(text.lstrip('-'))}-digit integer (at most {MAX_INT_DIGITS})")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refused(f"number {text[:20]}{'…' if len(text) > 20 else ''} is too large")
    return value


def load_json_line(line: str, where: str) -> Any:
    """One JSON value with limits: no NaN/Infinity, no giant numbers, bounded nesting."""
    try:
        return json.loads(line, parse_constant=_no_constant, parse_int=_int, parse_float=_float)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except _Refused as exc:
        raise InputError(where, f"invalid JSON: {exc}") from None
    except RecursionError:
        raise InputError(where, "invalid JSON: nested too deeply") from None


class OverBudget(Exception):
    """An article ran past its time budget."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`OverBudget` in this code if it runs longer than ``seconds`` (a SIGALRM timer:
    only in a process's main thread on POSIX; elsewhere the code runs without a budget)."""
    usable = (seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise OverBudget

    import time

    old = signal.signal(signal.SIGALRM, expired)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    began = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        if outer:  # an enclosing timer keeps what was left of it
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - began), 0.001))


def die_with_parent() -> None:
    """Make this worker process end when its parent does (a killed `ingest` leaves no orphans):
    the kernel's parent-death signal on Linux, and a watcher thread everywhere."""
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)

    def watch() -> None:
        import time

        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()
