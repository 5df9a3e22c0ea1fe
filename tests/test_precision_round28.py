"""Round 28 (fp28): wrong readings behind false positives on the tuning sets, each with sentences written for it.

A negated act with no actor named tells that nothing happened, so no side did or refrained from anything; and German
verbs in a sense that is no political act (resisting, defending one's own course or a territory, meeting a
condition, fixing a sentence, talking by phone, moving into a parliament)."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "lang"), [
    ("Keine Streiks bis 30. September, bis dahin sollen die Neuverhandlungen in Berlin abgeschlossen sein.", "de"),
    ("In Guatemala kommt es in 97 Prozent der Fälle nicht zu Verhaftungen.", "de"),
    ("No protests took place in Moscow on Sunday.", "en"),
])
def test_negated_act_without_actor_is_no_event(text: str, lang: str) -> None:
    assert event_rows(text, lang) == []


@pytest.mark.usefixtures("rules_only")
def test_negated_act_with_its_doer_stays() -> None:
    assert ("COERCE", "DEU", "DEU") in event_rows("Die Polizei in Berlin hat die Demonstranten nicht festgenommen.", "de")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Der griechische Ministerpräsident verteidigte die Sparbeschlüsse seiner Regierung.",
    "Der polnische Präsident verteidigte in Warschau die Reformen seiner Regierung.",
    "Der NATO-Generalsekretär betonte das Recht der Ukraine, ihr Territorium zu verteidigen.",
    "Bei einer Menge von unter 330 Gramm ist das Strafmaß in Singapur auf fünf Jahre Gefängnis festgesetzt.",
    "Der Innenminister Frankreichs sagte, die Jugendlichen würden sich durch Mobilfunktelefone verständigen und so mit "
    "der Polizei Katz und Maus spielen.",
    "Die Türkei erfüllt die Voraussetzungen für einen EU-Beitritt nicht, sagte der deutsche Außenminister.",
    "Die FDP scheiterte an der Fünf-Prozent-Hürde und zog nicht in die Hamburger Bürgerschaft ein.",
])
def test_other_sense_is_no_event(text: str) -> None:
    assert event_rows(text, "de") == []


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    # resisting a plan is a refusal, nothing is closed
    ("Der US-Präsident sperrt sich gegen das Vorhaben der Demokraten, Einwanderern einen legalen Status zu verschaffen.",
     ("REJECT", "USA", "USA")),
    # the political senses stay
    ("Der russische Präsident verteidigte das Vorgehen der syrischen Regierung.", ("SUPPORT", "RUS", "SYR")),
    ("Die polnische Regierung erfüllte die Forderungen der Streikenden.", ("CONCEDE", "POL", "POL")),
    ("Die Polizei in Ankara hat am Montag drei Journalisten festgesetzt.", ("COERCE", "TUR", "TUR")),
    ("Die Regierungen Russlands und der Ukraine verständigten sich per Telefon auf eine Waffenruhe.", ("AGREE", "RUS", "UKR")),
    ("Die italienische Polizei zog den Pass des Verdächtigen ein.", ("COERCE", "ITA", "ITA")),
])
def test_political_sense(text: str, row: tuple[str, str, str]) -> None:
    got = event_rows(text, "de")
    assert row in got
    assert not any(r[0] == "COERCE" for r in got) or row[0] == "COERCE"
