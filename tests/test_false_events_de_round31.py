"""Round 31 (defp31): German words read in another sense. "stellen" arrests only "unter Arrest / Anklage", never
with a "fest" (its own: "stellte fest", noting; or another verb's: "legt sich nicht fest, stellt aber klar"); a
threat of one's own death ("drohte mit Suizid") threatens no one; "vorrücken" on a contest's scale ("auf Platz zwei") is
no advance of troops; "verbale Gewalt" is speech. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text", [
    "Der österreichische Bundespräsident Heinz Fischer sprach am Sonntag im Fernsehen. Er legt sich nicht fest, "
    "stellt aber klar, dass die stärkste Partei keinen Anspruch auf das Amt hat.",
    "Die Regierung Österreichs legt sich nicht fest, stellt aber klar, dass der Kanzler keinen Anspruch hat.",
])
def test_stellen_with_another_verbs_fest_is_no_arrest(text: str) -> None:
    assert not any(t == "COERCE" for t, _, _ in event_rows(text, "de")), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die russische Polizei stellte den Oppositionellen unter Hausarrest.", ("COERCE", "RUS", "RUS")),
    ("Die ägyptische Staatsanwaltschaft stellte den Blogger unter Anklage.", ("COERCE", "EGY", "EGY")),
    ("Die türkische Polizei nahm den Journalisten in Gewahrsam.", ("COERCE", "TUR", "TUR")),
    ("Die russische Polizei nahm den Oppositionellen fest.", ("COERCE", "RUS", "RUS")),
])
def test_arrests_by_stellen_and_nehmen_still_read(text: str, row: tuple[str, str, str]) -> None:
    """Guards: "unter Hausarrest / Anklage stellen", "in Gewahrsam / fest nehmen" still arrest."""
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der niederländische Botschafter drohte der deutschen Regierung immer wieder mit Suizid.",
    "Der russische Oppositionelle drohte Deutschland mit Selbstmord, falls er ausgeliefert werde.",
])
def test_a_threat_of_ones_own_death_threatens_no_one(text: str) -> None:
    assert not any(t == "THREATEN" for t, _, _ in event_rows(text, "de")), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Der Iran drohte mit Selbstmordanschlägen gegen Israel.", ("THREATEN", "IRN", "ISR")),
    ("Die USA drohten Russland mit Sanktionen.", ("THREATEN", "USA", "RUS")),
])
def test_threats_against_others_still_read(text: str, row: tuple[str, str, str]) -> None:
    """Guards: suicide attacks threaten their target; sanctions threaten the side named."""
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die FPÖ konnte damit im Wahlkampf in den positiven Bereich vorrücken.",
    "Der österreichische Kandidat ist in den Umfragen auf Platz zwei vorgerückt.",
])
def test_advancing_on_a_scale_is_no_assault(text: str) -> None:
    """"vorrücken" to a place, range or round of a contest moves no troops."""
    assert not any(t == "ASSAULT" for t, _, _ in event_rows(text, "de")), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Russische Truppen rückten auf Kiew vor.", ("ASSAULT", "RUS", "UKR")),
    ("Die russische Armee ist weiter in die Ukraine vorgerückt.", ("ASSAULT", "RUS", "UKR")),
])
def test_troops_advancing_still_assault(text: str, row: tuple[str, str, str]) -> None:
    """Guards: an advance on a town or into a country is still the attack."""
    assert row in event_rows(text, "de")


def test_violence_of_words_is_no_assault() -> None:
    """"verbale Gewalt" (and a compound: "verbaler Brachialgewalt") is harsh speech, no attack."""
    got = event_rows("Die österreichische Ministerin übte verbale Gewalt gegen die Opposition aus.", "de")
    assert not any(t == "ASSAULT" for t, _, _ in got), got


def test_violence_with_its_doer_still_assaults() -> None:
    """A guard: violence of an army against demonstrators is still the attack."""
    assert ("ASSAULT", "SYR", "SYR") in event_rows("Die Gewalt der syrischen Armee gegen Demonstranten nimmt zu.", "de")
