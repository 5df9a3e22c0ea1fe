"""No module of lagebild imports itself back at load time (round 33, review33): event_parts, a helper module every
extractor part imports, took GENERIC_VIAS from context, which imports half the extractor, so one more import in
context would have closed a cycle that fails depending on which module loads first. The check reads the imports
each module runs when it loads (module level, outside ``if TYPE_CHECKING:``; an import inside a function runs later
and may close a loop on purpose) and looks for a strongly connected set of more than one module."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _load_time_imports(tree: ast.Module, name: str, package: bool) -> set[str]:
    """The lagebild modules a module's body imports when it loads."""
    base = name.split(".") if package else name.split(".")[:-1]
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
            elif isinstance(node, (ast.If, ast.Try)):
                visit(node.body)
                visit(getattr(node, "orelse", []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("lagebild"))
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    stem = base[:len(base) - node.level + 1] + (node.module.split(".") if node.module else [])
                else:
                    stem = node.module.split(".") if node.module else []
                if not stem or stem[0] != "lagebild":
                    continue
                mod = ".".join(stem)
                found.add(mod)
                found.update(f"{mod}.{a.name}" for a in node.names)  # "from . import roles_de": a module
    visit(tree.body)
    return found


def _graph() -> dict[str, set[str]]:
    paths = sorted((SRC / "lagebild").rglob("*.py"))
    names = {_module(p): p for p in paths}
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = {m for m in _load_time_imports(tree, name, path.name == "__init__.py") if m in names and m != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected sets of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return out


def test_event_parts_takes_nothing_from_context() -> None:
    graph = _graph()
    assert "lagebild.extract.context" not in graph["lagebild.extract.event_parts"]
    assert "lagebild.extract.scene" in graph["lagebild.extract.event_parts"]


def test_no_module_imports_itself_back_when_it_loads() -> None:
    import sys

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    assert _cycles(_graph()) == []
