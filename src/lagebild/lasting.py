"""What a process builds once and keeps (modules, a language's resources, a parser) is built with
the cyclic garbage collector paused and then frozen out of its reach: the collector would otherwise
walk the fresh objects again and again while they are made (~0.1 CPU s of a one-sentence extract)
and on every full pass after. Documents are processed with the collector on: spaCy's parses hold
cycles (a 32,000-sentence article grew past 5 GB without it)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def lasting() -> Iterator[None]:
    """Build inside this block what lives as long as the process (nested blocks pause once)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()

