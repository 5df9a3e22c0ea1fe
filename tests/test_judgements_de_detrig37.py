"""Round 37 (detrig37): German judgements with no act word. "X hält Y für einen Fehler" calls Y something as
"bezeichnet Y als Fehler" does (ACCUSE; praise SUPPORT; an untrue claim REJECT), "hält es für wichtig, ..." judges a
proposition, no side. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Die Regierung in Berlin hält die Sanktionen der USA gegen Kuba für einen schweren Fehler.", ("ACCUSE", "DEU", "USA")),
    ("Der polnische Präsident hält den Vorschlag Russlands für unverantwortlich.", ("ACCUSE", "POL", "RUS")),
    ("Der polnische Außenminister sagte, dass er die Entscheidung Russlands für falsch halte.", ("ACCUSE", "POL", "RUS")),
    ("Der polnische Außenminister hält Putin für einen Lügner.", ("ACCUSE", "POL", "RUS")),
    ("Die Regierung in Moskau hält die Vorwürfe der Ukraine für haltlos.", ("REJECT", "RUS", "UKR")),
    ("Der französische Präsident hält das Abkommen mit Deutschland für einen Erfolg.", ("SUPPORT", "FRA", "DEU")),
])
def test_halten_fuer_judges_a_side(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der französische Präsident hält es für wichtig, die Gespräche mit Russland fortzusetzen.",
    "Die polnische Regierung hält es für falsch, Russland zu isolieren.",
])
def test_halten_es_fuer_judges_a_proposition_not_a_side(text: str) -> None:
    """Guard: "hält es für wichtig, ..." judges a proposition; Russia inside it is no side judged (SUPPORT before)."""
    types = {t for t, _, _ in event_rows(text, "de")}
    assert not types & {"ACCUSE", "SUPPORT", "REJECT"}, event_rows(text, "de")
