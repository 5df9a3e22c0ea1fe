"""German event types chosen by what the guidelines name (round 14, typede14): a boycott told by its verb protests
like the noun does, and a call to a protest action is that protest announced by its organiser, while a call to end
one stays a demand. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_claims import events
from .test_implicit_events import _tuples


@pytest.mark.parametrize("text", [
    "Die Oppositionsparteien in Thailand hatten die Wahlen boykottiert.",
    "Die oppositionellen Parteien in Thailand wollen die Wahl boykottieren.",
])
def test_a_boycott_verb_protests(text: str) -> None:
    found = events(text, "de")
    assert ("THA", "THA") in _tuples(found, "PROTEST")
    assert not _tuples(found, "REJECT")


@pytest.mark.parametrize(("text", "pair"), [
    ("Die Gewerkschaft in Frankreich rief für Donnerstag zu einem Generalstreik auf.", ("FRA", "FRA")),
    ("Die thailändische Opposition rief für Sonntag zu Protesten gegen die Regierung auf.", ("THA", "THA")),
])
def test_a_call_to_a_protest_is_the_protest(text: str, pair: tuple[str, str]) -> None:
    found = events(text, "de")
    assert pair in _tuples(found, "PROTEST")
    assert not _tuples(found, "REQUEST")


@pytest.mark.parametrize("text", [
    "Die serbische Regierung rief zum Ende der Proteste gegen die Regierung auf.",
    "Der französische Präsident rief die Demonstranten in Paris zur Ruhe auf.",
])
def test_a_call_to_end_a_protest_is_a_demand(text: str) -> None:
    found = events(text, "de")
    assert not _tuples(found, "PROTEST")
    assert _tuples(found, "REQUEST")
