"""Round 33 (gdt33): German readings left on dev2 part T, each a fact of the language that holds on any news: both
adjectives of Taiwan ("taiwanesisch" beside "taiwanisch"), the idioms of a baseless claim ("aus der Luft gegriffen",
"an den Haaren herbeigezogen") that reject it, a health emergency that coerces no one, a withdrawn candidacy or motion
that is no retreat, and an election rally that is no protest. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def test_taiwanesisch_names_taiwan() -> None:
    assert ("ACCUSE", "TWN", "CHN") in event_rows(
        "Der Präsident des taiwanesischen Parlaments kritisierte die chinesische Regierung scharf.", "de")


@pytest.mark.parametrize("text", [
    "Die Bundesregierung nannte die Zahlen der russischen Regierung aus der Luft gegriffen.",
    "Die Bundesregierung nannte die Vorwürfe der russischen Regierung an den Haaren herbeigezogen.",
])
def test_a_claim_called_baseless_by_idiom_is_rejected(text: str) -> None:
    assert ("REJECT", "DEU", "RUS") in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "In Brasilien herrscht der gesundheitliche Ausnahmezustand.",
    "Wegen des Dengue-Fiebers rief die brasilianische Regierung den Ausnahmezustand aus.",
])
def test_a_health_emergency_coerces_no_one(text: str) -> None:
    assert not [r for r in event_rows(text, "de") if r[0] == "COERCE"]


def test_a_state_of_emergency_against_unrest_still_coerces() -> None:
    """A guard: declared against no illness, the emergency stays the state's coercion."""
    assert ("COERCE", "BRA", "BRA") in event_rows("Die Regierung verhängte in Brasilien den Ausnahmezustand.", "de")


@pytest.mark.parametrize("text", [
    "Der Senator, der nach den Vorwahlen in Iowa seine Präsidentschaftskandidatur zurückzog, ist nun Kandidat von Barack Obama.",
    "Die russische Regierung zog ihren Antrag aus dem Verfahren in Den Haag zurück.",
    "Der Kandidat der Republikaner zog seine Bewerbung in Iowa zurück.",
])
def test_a_withdrawn_bid_or_motion_is_no_retreat(text: str) -> None:
    assert not [r for r in event_rows(text, "de") if r[0] == "RETREAT"]


def test_troops_withdrawn_still_retreat() -> None:
    """A guard: the withdrawal of troops or diplomats stays a retreat."""
    assert ("RETREAT", "RUS", "POL") in event_rows("Russland zog seine Diplomaten aus Polen zurück.", "de")


def test_an_election_rally_is_no_protest() -> None:
    assert not event_rows("US-Präsident Obama stellte ihn bei einer Wahlkundgebung vor.", "de")


def test_a_protest_rally_still_protests() -> None:
    """A guard: a rally against a side is still a protest."""
    assert ("PROTEST", "FRA", "FRA") in event_rows(
        "Tausende Franzosen protestierten bei einer Kundgebung gegen die Regierung.", "de")


def test_the_country_goes_back_to_a_person_told_with_its_adjective() -> None:
    """"das Land" after "den brasilianischen Gesundheitsminister <Name>": the adjective names Brazil."""
    assert ("AID", "BRA", "BRA") in event_rows(
        "Für den brasilianischen Gesundheitsminister Jose Gomes Temporao ist die Lage alarmierend. "
        "Die Streitkräfte des Landes sollen nun beim Aufbau von Zeltkliniken helfen.", "de")


def test_a_person_without_the_adjective_names_no_country_for_the_anaphor() -> None:
    """A guard: a name alone tells no country the text names."""
    assert not event_rows(
        "Für den Gesundheitsminister Jose Gomes Temporao ist die Lage alarmierend. "
        "Die Streitkräfte des Landes sollen nun beim Aufbau von Zeltkliniken helfen.", "de")
