"""lagebild: news articles in, a situation picture out (who did what to whom, according to whom)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Article, Doc, Event
    from .pipeline import Pipeline, extract_events

__version__ = "0.1.0"
__all__ = ["Article", "Doc", "Event", "Pipeline", "extract_events", "__version__"]

_LAZY = {"Article": "model", "Doc": "model", "Event": "model", "Pipeline": "pipeline", "extract_events": "pipeline"}


def __getattr__(name: str) -> Any:
    """The public names, imported on first use: a CLI read command or the store need not load the
    pipeline and its YAML resources (PEP 562)."""
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
