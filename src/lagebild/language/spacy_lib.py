"""spaCy without its command line: ``import spacy`` imports ``spacy.cli`` (for ``spacy.info``),
which imports every spaCy command, weasel, requests and more — 0.1-0.15 CPU s of a one-sentence
``lagebild extract`` for code it never runs. ``spacy()`` imports spaCy with that package held
back; ``spacy.cli`` (and ``spacy.info``) still load in full on first use."""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

from .stubbed_import import import_with, package_folder


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def spacy() -> types.ModuleType:
    """The ``spacy`` module, imported without ``spacy.cli`` where spaCy allows it (else as usual)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    folder = package_folder("spacy")
    if folder is None:
        return importlib.import_module("spacy")  # raises the usual ImportError
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = [str(folder / "cli")]
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    held = {"spacy.cli": cli, "spacy.cli.info": info}
    try:
        module, stubbed = import_with("spacy", held)
    finally:
        for name, stub in held.items():  # later imports of spacy.cli get the real package
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    if stubbed and getattr(module, "cli", None) is cli:
        delattr(module, "cli")
    return module
