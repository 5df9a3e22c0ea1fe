"""Round 34 (detrig34): German fighting idioms of CAMEO breadth. "Sich Gefechte liefern" fights (no delivery), "unter
Feuer nehmen" fires at. Each with a guard for the other sense of its verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _types(text: str) -> set[str]:
    return {t for t, _, _ in event_rows(text, "de")}


@pytest.mark.parametrize(("text", "row"), [
    ("Die Armee Äthiopiens lieferte sich Gefechte mit der eritreischen Armee.", ("ASSAULT", "ETH", "ERI")),
    ("Die Soldaten Indiens lieferten sich einen Schusswechsel mit pakistanischen Soldaten.", ("ASSAULT", "IND", "PAK")),
    ("Die Truppen Armeniens lieferten sich heftige Kämpfe mit der Armee Aserbaidschans.", ("ASSAULT", "ARM", "AZE")),
])
def test_fighting_told_with_liefern_is_an_assault(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die Armee Äthiopiens lieferte sich heftige Kämpfe mit den Rebellen.",
    "Die SPD lieferte sich mit der CDU einen harten Wahlkampf.",
    "Die Regierung in Kiew lieferte sich mit Polen einen Streit über Getreide.",
])
def test_fights_and_quarrels_are_no_delivery(text: str) -> None:
    """Guards: "liefern" of a fight, a campaign or a quarrel hands over no goods (these gave AID before)."""
    assert "AID" not in _types(text), event_rows(text, "de")


def test_a_campaign_or_a_quarrel_is_no_assault() -> None:
    for text in ("Die SPD lieferte sich mit der CDU einen harten Wahlkampf.",
                 "Die Regierung in Kiew lieferte sich mit Polen einen Streit über Getreide."):
        assert "ASSAULT" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die Hisbollah nahm Stellungen der israelischen Armee unter Feuer.", ("ASSAULT", "LBN", "ISR")),
    ("Die russische Armee nahm die Stadt Charkiw unter Artilleriefeuer.", ("ASSAULT", "RUS", "UKR")),
])
def test_unter_feuer_nehmen_fires_at(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_the_olympic_flame_taken_in_is_no_fire() -> None:
    text = "Der Präsident Frankreichs nahm in Paris das olympische Feuer in Empfang."
    assert "ASSAULT" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die Regierung in Moskau drehte Polen den Gashahn zu.", ("SANCTION", "RUS", "POL")),
    ("Russland hat der Ukraine den Gashahn abgedreht.", ("SANCTION", "RUS", "UKR")),
    ("Der Präsident in Caracas drehte den Ölhahn für Kuba zu.", ("SANCTION", "VEN", "CUB")),
])
def test_the_gas_tap_turned_off_is_a_sanction(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die Regierung in Teheran ließ die Demonstranten niederknüppeln.", ("ASSAULT", "IRN", "IRN")),
    ("In Minsk wurden Demonstranten von der Polizei niedergeknüppelt.", ("ASSAULT", "BLR", "BLR")),
    ("Agenten Russlands vergifteten den Überläufer in England.", ("ASSAULT", "RUS", "GBR")),
])
def test_beaten_down_or_poisoned_is_an_assault(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der Streit vergiftete die Beziehungen zwischen Berlin und Warschau.",
    "Die Regierung in Ankara vergiftete mit ihren Äußerungen das Klima in Europa.",
    "Der Bauer in Bayern vergiftete die Ratten in seiner Scheune.",
])
def test_a_poisoned_climate_or_vermin_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in _types(text), event_rows(text, "de")
