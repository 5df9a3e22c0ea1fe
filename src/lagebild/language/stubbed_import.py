"""Import a package with some of its submodules replaced by light stand-ins, and import it as usual where
its layout does not allow that: the one mechanism behind ``spacy_lib`` and ``simplemma_lib``, which both
cut start-up by holding back modules a run never needs."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path


def package_folder(name: str) -> Path | None:
    """The folder of the installed package ``name``, or None when it cannot be located (then import it as usual)."""
    spec = importlib.util.find_spec(name)
    return None if spec is None or spec.origin is None else Path(spec.origin).parent


def import_with(name: str, stubs: dict[str, types.ModuleType]) -> tuple[types.ModuleType, bool]:
    """``name`` imported with ``stubs`` in ``sys.modules``; (module, True), or (module, False) when the package
    needed the real modules (everything of it imported so far is dropped and it is imported as usual)."""
    sys.modules.update(stubs)
    try:
        return importlib.import_module(name), True
    except Exception:  # noqa: BLE001 - a version whose import needs more of the held-back modules
        for n in [n for n in sys.modules if n == name or n.startswith(name + ".")]:
            del sys.modules[n]
        return importlib.import_module(name), False
