"""Fuse: cross-document work over stored events.

``fuse_events`` merges reports of the same happening (duplicates merged, independent sources
counted, contradictions kept); ``build_stories`` groups articles into stories with a timeline.
``picture(store)`` runs both over what a Store holds.
"""

from __future__ import annotations

from typing import Any

from .events import date_range, fuse_events, publisher
from .stories import build_stories, summary

__all__ = ["build_stories", "date_range", "fuse_events", "picture", "publisher", "summary"]


def picture(store: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Fused events and stories of everything in ``store`` (a lagebild.store.Store)."""
    articles = {a["id"]: a for a in store.articles()}
    fused = fuse_events(store.events(), articles)
    return fused, build_stories(fused, articles)
