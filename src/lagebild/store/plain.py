"""Values of the store that need no SQLAlchemy: the schema version, the undated day and how a
list trims its items. Kept here so the light read path (``light.py``) shares them with the
store instead of importing SQLAlchemy (a quarter of a second) or keeping a copy."""

from __future__ import annotations

from datetime import date
from typing import Any

SCHEMA_VERSION = "11"  # bump when tables or derived columns change; Store upgrades older files
LAST_DAY = date(9999, 12, 31)  # the ``day`` of an undated event: lists put it last
PG_SESSION = ("SET jit = off",)  # per PostgreSQL connection: compiling a plan (JIT) costs more than our reads run
LISTED = 100  # ids a list item carries; the item's own endpoint has them all


def day_range(day: Any, since: date | None, until: date | None) -> list[Any]:
    """The conditions of a date range on a ``day`` column (the event date, LAST_DAY when undated, which no
    range matches): one definition for the event list, the per-day rollups and the fused list's days."""
    conds = [day >= since] if since is not None else []
    if until is not None:
        conds.append(day <= until)
    if conds:
        conds.append(day < LAST_DAY)
    return conds


def trimmed(item: dict[str, Any], cut: int | None = LISTED) -> dict[str, Any]:
    """A fused event or story as a list shows it: at most LISTED event ids, articles and
    contradictions, with their full numbers in ``n_events`` / ``n_articles`` (and
    ``n_contradictions`` where cut) (``cut=None``: all, with the numbers)."""
    for key, count in (("event_ids", "n_events"), ("articles", "n_articles")):
        if key in item:
            item.setdefault(count, len(item[key]))  # a stored story keeps only its first articles
            item[key] = item[key][:cut]
    if cut is not None and len(item.get("contradictions") or []) > cut:
        # a big group's quantity conflicts come in pairs (hundreds of thousands): a list shows the first
        item["n_contradictions"] = len(item["contradictions"])
        item["contradictions"] = item["contradictions"][:cut]
    return item
