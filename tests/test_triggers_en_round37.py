"""Round 37 (entrig37): English acts that gave no trigger. "called off the talks" turns the meeting down as "cancelled
the talks" does (CAMEO CALL_OFF TALKS / TRIP; the cancel rule of en/triggers.yaml, bound to the particle by
``type_context.phrasal.particle_types``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("China called off the visit by the German minister.", ("REJECT", "CHN", "DEU")),
    ("India called off the meeting with Pakistan.", ("REJECT", "IND", "PAK")),
    ("The Pakistani prime minister called off a planned visit to Washington.", ("REJECT", "PAK", "USA")),
])
def test_calling_off_a_meeting_turns_it_down(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Kenyan unions called off the strike.",
    "Israel called off the search for the missing soldiers.",
])
def test_calling_off_what_is_no_meeting_is_no_event(text: str) -> None:
    assert event_rows(text, "en") == []


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("France called for talks with Iran.", ("REQUEST", "FRA", "IRN")),
    ("Germany called on Russia to withdraw its troops.", ("REQUEST", "DEU", "RUS")),
    ("Ukraine called up reservists.", ("MOBILIZE", "UKR", None)),
])
def test_the_other_particles_of_call_keep_their_reading(text: str, row: tuple[str, str | None, str | None]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("Thousands of Kenyans took part in protests in Nairobi.", ("PROTEST", "KEN", "KEN")),
    ("Kenyan students took part in a demonstration against the government.", ("PROTEST", "KEN", "KEN")),
    ("Thousands of Serbs took part in a rally against President Vucic in Belgrade.", ("PROTEST", "SRB", "SRB")),
    ("Kenyan students participated in demonstrations against the government.", ("PROTEST", "KEN", "KEN")),
])
def test_taking_part_in_a_protest_protests(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Kenyan athletes took part in the marathon in Berlin.",
    "Kenyan athletes participated in the marathon in Berlin.",
])
def test_taking_part_in_what_is_no_protest_is_none(text: str) -> None:
    assert [t for t, _, _ in event_rows(text, "en")] == []


@pytest.mark.usefixtures("rules_only")
def test_people_named_by_a_protest_they_joined_tell_no_new_one() -> None:
    rows = event_rows("Kenyan police arrested students who took part in last week's demonstrations in Nairobi.", "en")
    assert "PROTEST" not in [t for t, _, _ in rows]
