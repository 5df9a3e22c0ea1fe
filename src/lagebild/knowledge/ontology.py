"""The PLOVER ontology (types, modes, contexts, CAMEO roots), read from resources/common/ontology.yaml."""

from __future__ import annotations

from typing import Any

from .resources import derived_cache, load


@derived_cache
def ontology() -> dict[str, Any]:
    return load("ontology")


def event_types() -> list[str]:
    return list(ontology()["types"])


def unknown_event_type(value: str | None) -> str | None:
    """What is wrong with a type filter (the CLI's --type, the API's ``type``), or None: one wording for both."""
    if not value or value.upper() in event_types():
        return None
    return f"unknown event type {value!r} (PLOVER: {', '.join(event_types())})"


def cameo_root(event_type: str) -> str | None:
    return ontology()["types"].get(event_type, {}).get("cameo")


def check_event(event_type: str, mode: str | None, context: list[str]) -> None:
    """Reject trigger data that names a type, mode or context PLOVER does not have."""
    types = ontology()["types"]
    if event_type not in types:
        raise ValueError(f"unknown PLOVER type {event_type!r}")
    if mode is not None and mode not in types[event_type]["modes"]:
        raise ValueError(f"unknown mode {mode!r} for {event_type}")
    bad = [c for c in context if c not in ontology()["contexts"]]
    if bad:
        raise ValueError(f"unknown PLOVER context(s) {bad}")
