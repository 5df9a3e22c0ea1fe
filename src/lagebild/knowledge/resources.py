"""The one loader for language data: every lexicon, gazetteer and pattern file goes through here.

Resources live in ``resources/<lang>/`` (language-specific) and ``resources/common/``. Extra
directories in ``LAGEBILD_RESOURCES`` (os.pathsep-separated) are searched first, so a user adds a
language or overrides an entry by dropping YAML files there, without touching code.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import ResourceError

PACKAGE_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
COMMON = "common"


def resource_dirs() -> list[Path]:
    """Search path, most specific first: user directories, then the packaged resources."""
    extra = [Path(p) for p in os.environ.get("LAGEBILD_RESOURCES", "").split(os.pathsep) if p]
    return [*extra, PACKAGE_RESOURCES]


_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: several times faster
_BOOL = "tag:yaml.org,2002:bool"


class _Loader(_BASE_LOADER):  # type: ignore[misc,valid-type]
    """YAML 1.2 booleans: only true/false. YAML 1.1 also reads on/off/yes/no as booleans, which turned the
    English preposition ``on`` in word lists ("sanctions on X", "called on X") into True."""

    yaml_implicit_resolvers = {k: [(tag, rx) for tag, rx in v if tag != _BOOL]
                               for k, v in _BASE_LOADER.yaml_implicit_resolvers.items()}


_Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_LOADER = _Loader
_CACHED_YAML_BYTES = 100_000  # larger YAML files are read from the disk cache (knowledge/cache.py)
_DERIVED: list[Any] = []  # every module-level cache of the package (functools wrappers): clear_cache empties them all
_FORGETTERS: list[Callable[[], None]] = []  # module state that is no cached function (a worker's pipeline)


def derived_cache(fn: Callable[..., Any] | None = None, *, maxsize: int | None = None) -> Any:
    """A cached function (keyed by its arguments; ``@derived_cache(maxsize=N)`` bounds it) that ``clear_cache``
    forgets with the files: every module-level cache goes through here, so editing resources never leaves a stale one
    (tests/test_review39.py finds any ``functools.cache`` that does not)."""
    def wrap(f: Callable[..., Any]) -> Any:
        cached_fn = lru_cache(maxsize=maxsize)(f)
        _DERIVED.append(cached_fn)
        return cached_fn
    return wrap if fn is None else wrap(fn)


def forget_with_resources(forget: Callable[[], None]) -> None:
    """Have ``clear_cache`` also call ``forget``: for module state built from resources that is no cached function."""
    _FORGETTERS.append(forget)


@derived_cache
def _read(path: Path) -> Any:
    """A YAML file, or a generated JSON one (``{"about": ..., "entries": [...]}``: large data loads fast)."""
    try:
        with path.open(encoding="utf-8") as fh:
            if path.suffix == ".json":
                data = json.load(fh)
                return data["entries"] if isinstance(data, dict) and "entries" in data else data
            if path.stat().st_size < _CACHED_YAML_BYTES:
                return yaml.load(fh, Loader=_LOADER)  # noqa: S506 - a safe loader
        from .cache import cached

        # a large file (the CAMEO trigger lists: ~0.1 s to parse) is parsed once and kept pickled,
        # keyed like every cached index by the content of all resource files and the loader's code
        name = f"yaml-{hashlib.sha256(_place(path).encode()).hexdigest()[:12]}"
        return cached(name, lambda: yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER))  # noqa: S506
    except yaml.YAMLError as exc:
        raise ResourceError(f"{path}: invalid YAML: {str(exc).splitlines()[0]}") from exc
    except (json.JSONDecodeError, KeyError) as exc:
        raise ResourceError(f"{path}: invalid JSON: {exc}") from exc


def _place(path: Path) -> str:
    """A resource file named by its folder's rank on the search path and its path inside it, not by where the
    checkout lies: the cache key (knowledge/cache.py) is the content, so checkouts share their entries."""
    for rank, base in enumerate(resource_dirs()):
        if path.is_relative_to(base):
            return f"{rank}/{path.relative_to(base).as_posix()}"
    return str(path)


def find(name: str, lang: str = COMMON) -> Path | None:
    """The first ``<dir>/<lang>/<name>.yaml`` (or generated ``.json``) on the search path, or None."""
    for base in resource_dirs():
        for suffix in (".yaml", ".json"):
            path = base / lang / f"{name}{suffix}"
            if path.is_file():
                return path
    return None


def load(name: str, lang: str = COMMON, default: Any = None) -> Any:
    """Load resource ``name`` for ``lang`` (or the common one); ``default`` if absent."""
    path = find(name, lang)
    if path is None:
        if default is not None:
            return default
        raise ResourceError(f"resource {lang}/{name}.yaml not found in {', '.join(map(str, resource_dirs()))}")
    data = _read(path)
    return default if data is None and default is not None else data


def lower_words(data: Mapping[str, Any] | None, key: str) -> frozenset[str]:
    """The words of list ``key`` in a loaded resource section, lower-cased; empty where the section or the list is
    missing. The one way rules read a word set, so a missing key never needs its own guard."""
    return frozenset(str(w).lower() for w in (data or {}).get(key) or ())


def languages() -> list[str]:
    """Languages with a lexicon: adding ``resources/<xx>/lexicon.yaml`` adds language ``xx``."""
    return list(_languages(tuple(resource_dirs())))


@derived_cache
def _languages(dirs: tuple[Path, ...]) -> tuple[str, ...]:
    """Found once per search path, like the files ``load`` reads: every article asks (detect.resolve_language),
    and the directory scan was ~2 % of English extraction."""
    found: set[str] = set()
    for base in dirs:
        if base.is_dir():
            found.update(p.parent.name for p in base.glob("*/lexicon.yaml"))
    return tuple(sorted(found))


def clear_cache() -> None:
    """Forget loaded files and everything built from them (tests and long-running servers that edit resources)."""
    for cached_fn in _DERIVED:
        cached_fn.cache_clear()
    for forget in _FORGETTERS:
        forget()
