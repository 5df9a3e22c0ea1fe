"""Round 29 (depassive29): a charge told in the passive infinitive after a modal ("soll ... angeklagt werden") is the
state's accusation as the finite passive ("wird angeklagt") already was: the accuser unnamed, the accused a political actor
of a country. The rule's cue words are also the future's: "Die Regierung wird dem Präsidenten Verrat vorwerfen" names its
accuser and its accused, and was lost before (the cue rule took the trigger and found no target). Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Jetzt soll der frühere brasilianische Präsident wegen Geldwäsche angeklagt werden.", ("ACCUSE", "BRA", "BRA")),
    ("Der peruanische Oppositionsführer könnte wegen Hochverrats angeklagt werden.", ("ACCUSE", "PER", "PER")),
])
def test_a_passive_charge_after_a_modal(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_the_finite_passive_still_reads() -> None:
    """A guard: the finite passive was read before this round and reads the same."""
    text = "Der frühere brasilianische Präsident wird wegen Geldwäsche angeklagt."
    assert ("ACCUSE", "BRA", "BRA") in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die russische Regierung wird dem ukrainischen Präsidenten Verrat vorwerfen.",
    "Die russischen Behörden werden dem ukrainischen Präsidenten Verrat vorwerfen.",
])
def test_a_future_accusation_keeps_its_accused(text: str) -> None:
    assert ("ACCUSE", "RUS", "UKR") in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Jetzt soll der Mann wegen Geldwäsche angeklagt werden.",  # a private person: crime, no political event
    "Die Staatsanwälte werden den Minister anklagen.",  # active: the named accusers act, no unnamed state
])
def test_no_unnamed_state_where_none_is_told(text: str) -> None:
    assert not [r for r in event_rows(text, "de") if r[0] == "ACCUSE" and r[1] is not None and r[2] is None]
