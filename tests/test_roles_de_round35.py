"""Round 35 (deroles35): German role slips and wrong types in frequent frames: a dative recipient read as the doer of
a light verb's act noun, the approved side of "grünes Licht", a cancelled visit, a closed border's other side,
"Druck machen auf" and a figurative "Rückzugsgefecht". Own sentences; guards keep the readings that were right."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die Regierung in Ankara leistete Syrien humanitäre Hilfe.",
    "Die Regierung in Ankara hat Syrien humanitäre Hilfe geleistet.",
    "Ankara leistete Syrien humanitäre Hilfe.",
    "Dort leistete Ankara Syrien humanitäre Hilfe.",
])
def test_the_subject_before_a_light_verb_gives_the_aid(text: str) -> None:
    """the light verb closes the Vorfeld: the phrase before it is the doer, the bare actor after it the recipient."""
    assert ("AID", "TUR", "SYR") in _rows(text)


@pytest.mark.parametrize("text", [
    "Die Regierung leistete Syrien humanitäre Hilfe.",
    "Der Präsident leistete Syrien humanitäre Hilfe.",
])
def test_a_recipient_after_the_light_verb_is_no_doer(text: str) -> None:
    """the subject names no country: Syria receives, it does not give."""
    assert not any(r[0] == "AID" and r[1] == "SYR" for r in _rows(text))


@pytest.mark.parametrize(("text", "target"), [
    ("Washington gab der Ukraine grünes Licht für Angriffe auf Russland.", "UKR"),
    ("Die USA gaben Kiew grünes Licht für Angriffe auf russisches Gebiet.", "UKR"),
    ("Washington gab grünes Licht für Waffenlieferungen an die Ukraine.", "UKR"),
])
def test_green_light_goes_to_the_side_given_it(text: str, target: str) -> None:
    assert ("AGREE", "USA", target) in _rows(text)
    assert not any(r[0] == "AGREE" and r[2] == "RUS" for r in _rows(text))


@pytest.mark.parametrize("text", [
    "Der französische Präsident Macron sagte seinen Besuch in Algerien ab.",
    "Macron hat seinen Besuch in Algerien abgesagt.",
    "Macron sagte die Reise nach Algerien ab.",
    "Macron verschob seinen Staatsbesuch in Algerien.",
])
def test_a_cancelled_visit_is_no_meeting(text: str) -> None:
    assert not any(r[0] == "CONSULT" for r in _rows(text))


@pytest.mark.parametrize(("text", "row"), [
    ("Macron besuchte Algerien.", ("CONSULT", "FRA", "DZA")),
    ("Macron sagte, sein Besuch in Algerien sei ein Erfolg gewesen.", ("CONSULT", "FRA", "DZA")),
    ("Scholz brach die Gespräche mit Erdogan ab.", ("REJECT", "DEU", "TUR")),
    ("Macron stattete Algerien einen Besuch ab.", ("CONSULT", "FRA", "DZA")),
])
def test_visits_held_and_talks_broken_off_stay(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize(("text", "row"), [
    ("Die Türkei schloss die Grenze zu Syrien.", ("COERCE", "TUR", "SYR")),
    ("Polen hat seine Grenze zu Belarus geschlossen.", ("COERCE", "POL", "BLR")),
    ("Ungarn schloss die Grenzübergänge zu Serbien.", ("COERCE", "HUN", "SRB")),
])
def test_a_closed_border_restricts_the_other_side(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "Druck macht Washington auf Peking.",
    "Washington macht Druck auf Peking.",
    "Die USA machten Druck auf China.",
])
def test_pressure_made_on_a_side_is_a_demand(text: str) -> None:
    assert ("REQUEST", "USA", "CHN") in _rows(text)


def test_worry_about_pressure_is_no_demand() -> None:
    assert not any(r[0] == "REQUEST" for r in _rows("Der Kanzler macht sich Sorgen um den Druck auf die Ukraine."))


def test_a_rearguard_action_is_no_assault() -> None:
    assert not any(r[0] == "ASSAULT" for r in _rows(
        "Die ukrainische Armee führt Rückzugsgefechte gegen russische Truppen."))


def test_a_battle_stays_an_assault() -> None:
    assert any(r[0] == "ASSAULT" and r[1] == "RUS" for r in _rows(
        "Die russische Armee führte heftige Gefechte mit ukrainischen Truppen."))
