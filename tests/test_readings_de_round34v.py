"""Round 34 (newv34, dev2 part V): German words read in another sense. A seat, a majority or a title won
("einen Sitz erobern") is no place taken by force; being told to leave one's home or an area ("aufgefordert, ihre
Häuser zu verlassen") is an evacuation call, a request, not an expulsion; stopping a virus coerces no one. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _types(text: str) -> set[str]:
    return {t for t, _, _ in event_rows(text, "de")}


@pytest.mark.parametrize("text", [
    "Die SVP will bei der Wahl in Bern erstmals einen Sitz in der Regierung erobern.",
    "Die Schweizerische Volkspartei hat in Zürich zwei Sitze erobert.",
    "Die Sozialdemokraten wollen in Wien die absolute Mehrheit erobern.",
])
def test_a_seat_or_majority_won_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Russische Truppen eroberten die ukrainische Stadt Bachmut.", ("ASSAULT", "RUS", "UKR")),
    ("Die Taliban haben die afghanische Stadt Kundus erobert.", ("ASSAULT", "AFG", "AFG")),
])
def test_a_town_taken_is_still_an_attack(text: str, row: tuple[str, str, str]) -> None:
    """Guard: troops taking a town."""
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die japanischen Behörden haben eine Million Einwohner aufgefordert, ihre Häuser zu verlassen.",
    "Die Behörden in Texas forderten die Bewohner der Küste auf, das Gebiet zu verlassen.",
])
def test_told_to_leave_home_is_an_evacuation_call_not_an_expulsion(text: str) -> None:
    types = _types(text)
    assert "SANCTION" not in types and "REQUEST" in types, event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die Regierung in Berlin forderte den russischen Botschafter auf, das Land zu verlassen.", ("SANCTION", "DEU", "RUS")),
    ("Die japanischen Behörden gaben den russischen Diplomaten 72 Stunden Zeit, das Land zu verlassen.",
     ("SANCTION", "JPN", "RUS")),
])
def test_told_to_leave_the_country_still_expels(text: str, row: tuple[str, str, str]) -> None:
    """Guard: an expulsion names the country to be left."""
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "In Rumänien werden Tausende Vögel getötet, um eine weitere Ausbreitung des Virus zu unterbinden.",
    "Die Behörden in Peking wollen die Ausbreitung der Seuche unterbinden.",
])
def test_stopping_a_disease_coerces_no_one(text: str) -> None:
    assert "COERCE" not in _types(text), event_rows(text, "de")


def test_stopping_protests_still_coerces() -> None:
    """Guard: the police cutting off protests."""
    text = "Die Polizei in Teheran will weitere Proteste unterbinden."
    assert ("COERCE", "IRN", "IRN") in event_rows(text, "de")
