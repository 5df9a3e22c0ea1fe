"""What a process builds once and keeps (modules, a language's resources, a parser) is built with
the cyclic garbage collector paused: the collector would otherwise walk the fresh objects again and
again while they are made (~0.1 CPU s of a one-sentence extract); the first such block of a process
also moves them out of its reach for good. Documents are processed with the collector on: spaCy's
parses hold cycles (a 32,000-sentence article grew past 5 GB without it)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_frozen = False  # a process freezes once: every later freeze would also keep the cyclic garbage of
# that moment for good (a test process or a watcher building pipelines again and again grew by GBs)


@contextmanager
def lasting() -> Iterator[None]:
    """Build inside this block what lives as long as the process (nested blocks pause once); the
    process's first block freezes what exists then (spaCy's import, the first language's resources)."""
    global _frozen
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not _frozen:
                _frozen = True
                gc.freeze()
            gc.enable()

