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


@pytest.mark.parametrize(("text", "etype", "pair"), [
    ("Israel hat die Luftangriffe auf Syrien eingestellt.", "RETREAT", ("ISR", "SYR")),
    ("Die USA setzten die Militärhilfe für Ägypten aus.", "SANCTION", ("USA", "EGY")),
    ("Die Ukraine brach die Gespräche mit Russland ab.", "REJECT", ("UKR", "RUS")),
    ("Russland beendete die Blockade der Ukraine.", "CONCEDE", ("RUS", "UKR")),
])
def test_a_phase_verb_gives_its_object_the_opposite_type(text: str, etype: str, pair: tuple[str, str]) -> None:
    found = events(text, "de")
    assert pair in _tuples(found, etype), found
    assert len({e["event_type"] for e in found}) == 1  # the halted act is no event of its own


@pytest.mark.parametrize(("text", "etype"), [
    ("Die Türkei setzte die Angriffe auf Syrien fort.", "ASSAULT"),  # continuing keeps the act
    ("Nach den Angriffen auf Syrien stellte die Türkei die Gespräche mit Damaskus ein.", "REJECT"),  # the object only
])
def test_a_phase_verb_reads_only_its_object(text: str, etype: str) -> None:
    assert _tuples(events(text, "de"), etype)


def test_a_noun_past_a_comma_is_no_phase_object() -> None:
    text = "Der türkische Präsident rief dazu auf, die Immunität der Abgeordneten aufzuheben, denen nun Festnahmen drohen."
    assert not _tuples(events(text, "de"), "CONCEDE")
