"""Events of one sentence as (type, source, target) rows, rules only: what the trigger and role tests compare.

Imported by the round tests so each states its sentences, not another copy of the same three lines."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def event_rows(text: str, lang: str, source_id: bool = False) -> list[tuple[str, str | None, str | None]]:
    """(type, source country or, with ``source_id``, actor id, target country) of every event in ``text``."""
    return [(e.event_type, (e.source.actor_id if source_id else e.source.country) if e.source else None,
             e.target.country if e.target else None) for e in extract_events(text, lang=lang)]


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules alone: the learned scorer would make a reading test depend on the shipped model."""
    monkeypatch.setenv("LAGEBILD_SCORER", "off")
