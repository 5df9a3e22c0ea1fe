"""simplemma with its suffix rules loaded per language: ``import simplemma`` imports the rule module
of each of its ~20 rule languages, which compile hundreds of regular expressions at import (~0.08 CPU
s of a one-sentence ``lagebild extract``, most of it Finnish); a run needs one or two languages.
``simplemma()`` imports simplemma with ``strategies.defaultrules`` replaced by a module whose
``RULE_FUNCTIONS`` imports a language's rules the first time they are asked for: the same functions,
so the same lemmas. Where simplemma's package does not look as this expects, it is imported as usual."""

from __future__ import annotations

import ast
import importlib
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .stubbed_import import import_with, package_folder

_RULES = "simplemma.strategies.defaultrules"


class LazyRules(dict):
    """simplemma's ``RULE_FUNCTIONS`` (language -> rule function), each language's module imported
    on first use. ``RulesStrategy`` reads it with ``get``; every other read loads all languages."""

    def __init__(self, where: dict[str, tuple[str, str]]) -> None:
        super().__init__()
        self._where = where  # language -> (module name, function name)

    def _load(self, lang: Any) -> None:
        if lang in self._where and not dict.__contains__(self, lang):
            module, name = self._where[lang]
            dict.__setitem__(self, lang, getattr(importlib.import_module(f"{_RULES}.{module}"), name))

    def _load_all(self) -> None:
        for lang in self._where:
            self._load(lang)

    def get(self, lang: Any, default: Any = None) -> Callable[[str], str | None] | Any:
        self._load(lang)
        return dict.get(self, lang, default)

    def __getitem__(self, lang: Any) -> Callable[[str], str | None]:
        self._load(lang)
        return dict.__getitem__(self, lang)

    def __contains__(self, lang: object) -> bool:
        return lang in self._where or dict.__contains__(self, lang)

    def __iter__(self) -> Iterator[str]:
        self._load_all()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._load_all()
        return dict.__len__(self)

    def __eq__(self, other: object) -> bool:
        self._load_all()
        return dict.__eq__(self, other)

    __hash__ = None  # type: ignore[assignment]

    def keys(self) -> Any:
        self._load_all()
        return dict.keys(self)

    def values(self) -> Any:
        self._load_all()
        return dict.values(self)

    def items(self) -> Any:
        self._load_all()
        return dict.items(self)

    def copy(self) -> dict[str, Callable[[str], str | None]]:
        self._load_all()
        return dict(dict.items(self))


def _rule_table(init: Path) -> dict[str, tuple[str, str]] | None:
    """language -> (module, function) read from ``defaultrules/__init__.py``, or None when the file
    holds anything but ``from .x import f`` lines and the ``RULE_FUNCTIONS`` dict of those names."""
    try:
        tree = ast.parse(init.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return None
    origin: dict[str, tuple[str, str]] = {}
    table: dict[str, tuple[str, str]] | None = None
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "collections.abc":
            continue
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                origin[alias.asname or alias.name] = (node.module, alias.name)
            continue
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None)
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and target.id == "RULE_FUNCTIONS" and isinstance(value, ast.Dict):
            table = {}
            for key, fn in zip(value.keys, value.values, strict=True):
                if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and isinstance(fn, ast.Name)
                        and fn.id in origin):
                    return None
                table[key.value] = origin[fn.id]
            continue
        return None
    return table or None


def simplemma() -> types.ModuleType:
    """The ``simplemma`` module, with its rules loaded per language where its layout allows."""
    if "simplemma" in sys.modules:
        return sys.modules["simplemma"]
    package = package_folder("simplemma")
    if package is None:
        return importlib.import_module("simplemma")  # raises the usual ImportError
    folder = package / "strategies" / "defaultrules"
    table = _rule_table(folder / "__init__.py")
    if table is None:
        return importlib.import_module("simplemma")
    stub = types.ModuleType(_RULES, "simplemma's rules, each language imported on first use (lagebild)")
    stub.__path__ = [str(folder)]
    stub.__file__ = str(folder / "__init__.py")
    stub.RULE_FUNCTIONS = LazyRules(table)  # type: ignore[attr-defined]
    return import_with("simplemma", {_RULES: stub})[0]
