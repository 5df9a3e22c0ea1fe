"""Round 34 (enactors34): English accusations and their targets. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article, Event
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _doc_events(text: str) -> list[Event]:
    return list(_PIPE(Article(text, lang="en", published=date(2025, 3, 1))).events)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source actor id, target actor id) of each event, sorted."""
    return sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
                  for e in _doc_events(text))


def test_an_apposed_charge_denied_keeps_the_accusation() -> None:
    # ", a charge Baku denied" is a relative denial as ", which Baku denied" is: the accusation stands, denied by the
    # accused alone (read whole, the accuser and the accused were deniers of a clause with no object: no event)
    events = _doc_events("Armenia accused Azerbaijan of violating the ceasefire, a charge Baku denied.")
    rows = sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
                  for e in events)
    assert ("ACCUSE", "ARM-GOV", "AZE-GOV") in rows
    assert all([d.country for d in e.denied_by] == ["AZE"] for e in events)
    assert ("ACCUSE", "RUS-GOV", "UKR-GOV") in _events(
        "Russia accused Ukraine of shelling the plant, a charge Kyiv denies.")

