"""Round 36 (enroles36): English roles and targets. The sentences are written here."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source actor id, target actor id) of each event, sorted."""
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
                  for e in doc.events)


def test_foreign_troops_told_to_stay_are_not_expelled() -> None:
    # the ordered infinitive is staying, not leaving (before: SANCTION expel MLI -> FRA-MIL)
    assert not any(t == "SANCTION" for t, _, _ in _events(
        "The Malian junta ordered French soldiers to remain in their bases."))


def test_foreign_troops_told_to_leave_are_expelled() -> None:
    # leaving, pulling out, or no infinitive at all ("ordered ... out") still expels
    assert ("SANCTION", "MLI-GOV", "FRA-MIL") in _events("The Malian junta ordered French troops to leave the country.")
    assert ("SANCTION", "MLI-GOV", "FRA-MIL") in _events(
        "The Malian junta ordered French soldiers to pull out of the country within 72 hours.")
    assert ("SANCTION", "MLI-GOV", "FRA-MIL") in _events("The Malian junta ordered the French troops out.")
