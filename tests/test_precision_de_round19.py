"""German false positives by class (round 19, fpde19): a sanction told with no side it hits names no event. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .test_claims import events
from .test_implicit_events import _tuples


def test_german_sanction_needs_the_other_side() -> None:
    """A sanction is imposed on someone; with no one found the event is not whole. A deployment told alone stays (the
    seed article codes troops sent with no destination)."""
    from lagebild.extract.actor_scope import ActorScope
    from lagebild.knowledge.resources import load

    scope = ActorScope.from_lexicon(load("lexicon", "de"))
    assert scope.one_sided("SANCTION", None) and not scope.one_sided("MOBILIZE", None)


def test_a_sanction_on_a_named_side_stays() -> None:
    evs = events("Die Europäische Union verhängte am Montag neue Sanktionen gegen Russland.", "de")
    assert (None, "RUS") in _tuples(evs, "SANCTION")


@pytest.mark.parametrize("text", [
    "Die Bundesregierung kündigte daraufhin den Kooperationsvertrag.",
    "Russland hat der Fluggesellschaft ein Flugverbot erteilt.",
])
def test_a_sanction_with_no_side_is_no_event(text: str) -> None:
    """Both gave SANCTION DEU/RUS -> None before round 19."""
    assert not _tuples(events(text, "de"), "SANCTION")
