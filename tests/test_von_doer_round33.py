"""German "von" after a noun, round 33 (devon33): after conduct or an act whose patient has its own preposition it names
the doer a criticism aims at ("das Vorgehen von Russland"), after the noun of an act on a person the patient ("die
Festnahme von Russen"); the light verb "kommen von" names the doer of its act noun however far. Own sentences."""

from __future__ import annotations

import pytest

from .test_targets_round16 import _events_de


@pytest.mark.parametrize(("text", "event"), [
    # a place in the Vorfeld no longer takes the target from the conduct noun's "von" doer
    ("In Paris kritisierte die Bundesregierung das Vorgehen von Russland.", ("ACCUSE", "DEU", "RUS")),
    ("In Berlin kritisierte die Bundesregierung das Vorgehen vom russischen Militär.", ("ACCUSE", "DEU", "RUS")),
    ("In Berlin verurteilte die Regierung die Angriffe von Russland.", ("ACCUSE", "DEU", "RUS")),
    # "kommen von": the doer four and more tokens after the noun
    ("Kritik an Russland kam am Montag von der französischen Regierung.", ("ACCUSE", "FRA", "RUS")),
    ("Kritik an Israel kommt von der Regierung der Türkei.", ("ACCUSE", "TUR", "ISR")),
])
def test_von_names_the_doer(text: str, event: tuple) -> None:
    assert event in _events_de(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # the patient of an act on a person is no doer criticised
    ("In Paris kritisierte die Bundesregierung die Festnahme von Russen.", ("ACCUSE", "DEU", "RUS")),
    ("In Paris verurteilte die Bundesregierung die Tötung von zwei Russen.", ("ACCUSE", "DEU", "RUS")),
    # a noun of no class leaves its "von" unread
    ("In Paris kritisierte die Bundesregierung den Bericht von Russland.", ("ACCUSE", "DEU", "RUS")),
    # "kommen von" only for the act noun that opens its clause as the subject
    ("Nach der Kritik kam der Minister von Russland nach Berlin.", ("ACCUSE", "RUS", None)),
])
def test_von_guards(text: str, wrong: tuple) -> None:
    assert wrong not in _events_de(text)
