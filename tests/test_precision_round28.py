"""Round 28 (fp28): wrong readings behind false positives on the tuning sets, each with sentences written for it.

A negated act with no actor named tells that nothing happened, so no side did or refrained from anything; and German
words in a sense that is no political act (resisting, defending a client, meeting
a condition, fixing a sentence, talking by phone, moving into a parliament, escaping from custody, an "attack" on
rights, destroying data)."""

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
    "Bei einer Menge von unter 330 Gramm ist das Strafmaß in Singapur auf fünf Jahre Gefängnis festgesetzt.",
    "Der Innenminister Frankreichs sagte, die Jugendlichen würden sich durch Mobilfunktelefone verständigen und so mit "
    "der Polizei Katz und Maus spielen.",
    "Die Türkei erfüllt die Voraussetzungen für einen EU-Beitritt nicht, sagte der deutsche Außenminister.",
    "Die FDP scheiterte an der Fünf-Prozent-Hürde und zog nicht in die Hamburger Bürgerschaft ein.",
    # escaping from custody, an attack on rights, destroying data, a lawyer's defence of a client
    "Zwei Männer sind am Freitag aus der Untersuchungshaft in einem Gefängnis in der Stadt Tulkarem geflohen.",
    "Für mich stellen die Gesetze der polnischen Regierung einen Angriff auf die Pressefreiheit dar.",
    "Der deutsche Innenminister sagte: „Wir können die Daten doch nicht vernichten.“",
    "Der Siemens-Chef beauftragte den Anwalt Sven Thomas, der den früheren Mannesmann-Chef in Düsseldorf verteidigt hatte.",
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
    ("Die ukrainische Politikerin sitzt seit Anfang August in Untersuchungshaft.", ("COERCE", "UKR", "UKR")),
    ("Der russische Angriff auf die Stadt Charkiw forderte zwölf Tote.", ("ASSAULT", "RUS", "UKR")),
    ("Die russische Armee hat in der Ukraine mehrere Brücken zerstört.", ("ASSAULT", "RUS", "UKR")),
])
def test_political_sense(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.usefixtures("rules_only")
def test_resisting_closes_nothing() -> None:
    rows = event_rows("Besonders sperrt sich der US-Präsident gegen das Vorhaben der Demokraten.", "de")
    assert not any(r[0] == "COERCE" for r in rows)
