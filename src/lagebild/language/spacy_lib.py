"""spaCy without its command line: ``import spacy`` imports ``spacy.cli`` (for ``spacy.info``),
which imports every spaCy command, weasel, requests and more — 0.1-0.15 CPU s of a one-sentence
``lagebild extract`` for code it never runs. ``spacy()`` imports spaCy with that package held
back; ``spacy.cli`` (and ``spacy.info``) still load in full on first use."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def spacy() -> types.ModuleType:
    """The ``spacy`` module, imported without ``spacy.cli`` where spaCy allows it (else as usual)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return importlib.import_module("spacy")  # raises the usual ImportError
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = [str(Path(spec.origin).parent / "cli")]
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    held = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(held)
    try:
        module = importlib.import_module("spacy")
    except Exception:  # noqa: BLE001 - a spaCy whose import needs more of its CLI: import it as usual
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        held = {}
        module = importlib.import_module("spacy")
    finally:
        for name, stub in held.items():  # later imports of spacy.cli get the real package
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    if getattr(module, "cli", None) is cli:
        delattr(module, "cli")
    return module
