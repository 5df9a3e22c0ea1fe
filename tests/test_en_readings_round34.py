"""Round 34 (encameo34): suspending an outlet's publication represses it (CAMEO 1721); the singular "its call for" is an
appeal as the plural "calls for" is. The noun "call" has two
rules, the phone call (barred by "for") first and the appeal; the barred first rule used to drop the noun, so the
ceasefire asked for was read as a ceasefire made. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


def _types(text: str) -> list[str]:
    return [t for t, _, _ in event_rows(text, "en")]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Egypt renewed its call for a ceasefire in Gaza.",
    "Egypt repeated its call for a truce in Gaza.",
])
def test_a_ceasefire_asked_for_by_the_singular_call_is_no_retreat(text: str) -> None:
    assert "RETREAT" not in _types(text)


@pytest.mark.usefixtures("rules_only")
def test_talks_asked_for_by_a_call_are_no_meeting() -> None:
    assert "CONSULT" not in _types("France repeated its call for talks with Russia.")


@pytest.mark.usefixtures("rules_only")
def test_the_singular_call_for_asks_as_the_plural_does() -> None:
    assert event_rows("Germany renewed its call for restraint on Iran.", "en") == [("REQUEST", "DEU", "IRN")]
    assert event_rows("Germany renewed its calls for restraint on Iran.", "en") == [("REQUEST", "DEU", "IRN")]


@pytest.mark.usefixtures("rules_only")
def test_a_phone_call_with_someone_stays_a_consultation() -> None:
    assert event_rows("Putin held a phone call with Erdogan.", "en") == [("CONSULT", "RUS", "TUR")]
    assert event_rows("China held a call with Russia on trade.", "en") == [("CONSULT", "CHN", "RUS")]


@pytest.mark.usefixtures("rules_only")
def test_suspending_an_outlets_publication_or_broadcasts_represses_it() -> None:
    assert event_rows("Myanmar's junta ordered the magazine to suspend publication for two weeks.", "en") == [
        ("COERCE", "MMR", "MMR")]
    assert event_rows("Iran suspended the broadcasts of the BBC.", "en") == [("COERCE", "IRN", "GBR")]
    # aid or talks suspended stay what they were
    assert event_rows("Germany suspended aid to Mali.", "en") == [("SANCTION", "DEU", "MLI")]
    assert event_rows("The newspaper suspended publication because of rising paper costs.", "en") == []
