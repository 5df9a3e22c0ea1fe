"""Every module of the package imports on its own, first: a circular import hides as long as some other module happens
to be imported before (round 15: ``extract.event_builder`` alone failed through ``verb_lemmas`` -> ``roles_de``)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import lagebild

SCRIPT = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "lagebild" or m.startswith("lagebild.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failed.append(f"{name}: {exc}")
print("\\n".join(failed))
"""


def test_each_module_imports_first() -> None:
    names = sorted(m.name for m in pkgutil.walk_packages(lagebild.__path__, "lagebild.")
                   if m.name.startswith(("lagebild.extract.", "lagebild.language.", "lagebild.knowledge.")))
    assert len(names) > 60
    out = subprocess.run([sys.executable, "-c", SCRIPT, *names], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
