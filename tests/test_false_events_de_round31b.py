"""Round 31 (defp31b): four more German words read in another sense. "fordern" with victims as the noun phrase next
to it ("hat 17 Opfer gefordert") claims lives, no demand; a bare "Übung" is a manoeuvre only beside a military word;
"gelobt" without an auxiliary is "geloben" (a vow), not praise; "bitte" in a polite address ("Erklären Sie bitte")
asks no side for anything. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text", [
    "Die Anschläge der Taliban forderten in Afghanistan zahlreiche Opfer.",
    "Der Einsatz der syrischen Armee hat viele Opfer gefordert.",
    "Die Bombardements der syrischen Armee forderten Hunderte Opfer unter Zivilisten.",
])
def test_victims_claimed_are_no_demand(text: str) -> None:
    assert not any(t == "REQUEST" for t, _, _ in event_rows(text, "de")), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die ukrainischen Angehörigen der Opfer fordern Aufklärung von Russland.", ("REQUEST", "UKR", "RUS")),
    ("Die ukrainische Regierung fordert Entschädigung für die Opfer von Russland.", ("REQUEST", "UKR", "RUS")),
    ("Die ukrainische Regierung fordert von Russland eine Entschädigung der Opfer.", ("REQUEST", "UKR", "RUS")),
])
def test_demands_for_victims_still_read(text: str, row: tuple[str, str, str]) -> None:
    """Guards: victims in the subject's genitive or after a preposition are not what is claimed."""
    assert row in event_rows(text, "de")


def test_a_bare_exercise_without_military_is_no_manoeuvre() -> None:
    text = "Die österreichische Regierung bietet Latein als unverbindliche Übung an."
    assert not any(t == "MOBILIZE" for t, _, _ in event_rows(text, "de")), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die russischen Streitkräfte begannen eine Übung an der Grenze zur Ukraine.", ("MOBILIZE", "RUS", "UKR")),
    ("Die Marine Chinas hielt eine Übung im Südchinesischen Meer ab.", ("MOBILIZE", "CHN", None)),
    ("China begann eine Militärübung vor Taiwan.", ("MOBILIZE", "CHN", None)),
])
def test_military_exercises_still_read(text: str, row: tuple[str, str, str | None]) -> None:
    """Guards: an exercise beside forces or a navy, and a compound naming the military, stay manoeuvres."""
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die britische Regierung gelobt Transparenz gegenüber der EU.",
    "Der russische Präsident gelobt dem Volk Besserung.",
])
def test_gelobt_without_auxiliary_is_a_vow_no_praise(text: str) -> None:
    assert not any(t == "SUPPORT" for t, _, _ in event_rows(text, "de")), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die USA haben Israel für seine Zurückhaltung gelobt.", ("SUPPORT", "USA", "ISR")),
    ("Der deutsche Kanzler wurde von Frankreich gelobt.", ("SUPPORT", "FRA", "DEU")),
    ("Der US-Präsident lobt die Polizei.", ("SUPPORT", "USA", "USA")),
])
def test_praise_still_read(text: str, row: tuple[str, str, str]) -> None:
    """Guards: the participle with "haben" or "werden", and the present of "loben", still praise."""
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der russische Botschafter sprach mit uns. Erklären Sie bitte die Politik Russlands gegenüber der Ukraine.",
    "Der russische Botschafter sprach mit uns. Sagen Sie bitte, was Russland von Deutschland erwartet.",
])
def test_a_polite_address_is_no_request(text: str) -> None:
    assert not any(t == "REQUEST" for t, _, _ in event_rows(text, "de")), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Ein Sprecher sagte, die Ukraine bitte Deutschland um Waffen.", ("REQUEST", "UKR", "DEU")),
    ("Die Ukraine bittet Deutschland um Waffen.", ("REQUEST", "UKR", "DEU")),
])
def test_asking_a_side_still_read(text: str, row: tuple[str, str, str]) -> None:
    """Guards: "bitte" as the reported verb (Konjunktiv I) and "bittet" still ask."""
    assert row in event_rows(text, "de")
