"""German triggers the lexicon had but could not see, and wordings it lacked (round 18, trgde18): the participle in -t/-et
of an inseparable verb the lemmatiser does not know ("haben ihre Zusammenarbeit verstärkt", "widersetzt sich"), a side
named a threat or an aggressor, and concern told with the copula. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_claims import events
from .test_implicit_events import _tuples


@pytest.mark.parametrize(("text", "etype", "pair"), [
    ("Deutschland hat die Zusammenarbeit mit Frankreich verstärkt.", "COOPERATE", ("DEU", "FRA")),
    ("Die Rebellen haben sich der ukrainischen Regierung widersetzt.", "REJECT", ("UKR", "UKR")),
    ("Das ukrainische Bataillon widersetzt sich seiner Auflösung.", "REJECT", ("UKR", "UKR")),
])
def test_an_unknown_inseparable_participle_is_its_verb(text: str, etype: str, pair: tuple[str, str]) -> None:
    assert pair in _tuples(events(text, "de"), etype)


def test_the_suffix_reading_needs_a_known_verb() -> None:
    """"bekannt" and "jetzt" end in -t, but no trigger verb is made of them."""
    assert not events("Der Minister aus Frankreich ist in Berlin jetzt bekannt.", "de")


@pytest.mark.parametrize(("text", "pair"), [
    ("Der amerikanische Verteidigungsminister bezeichnete Russland als ernsthafte Bedrohung.", ("USA", "RUS")),
    ("Der iranische Präsident nannte Israel einen Aggressor.", ("IRN", "ISR")),
])
def test_a_side_named_a_threat_is_accused(text: str, pair: tuple[str, str]) -> None:
    assert pair in _tuples(events(text, "de"), "ACCUSE")


@pytest.mark.parametrize("text", [
    "Der Minister aus Frankreich ist morgen in Berlin.",
    "Die Lage in Frankreich ist besorgniserregend.",
])
def test_the_copula_alone_accuses_no_one(text: str) -> None:
    assert not _tuples(events(text, "de"), "ACCUSE")


@pytest.mark.parametrize(("text", "etype", "pair"), [
    ("Die Polizei in Minsk schritt gegen die Demonstranten ein.", "COERCE", ("BLR", "BLR")),
    ("Die Opposition in Belarus trotzte dem Verbot der Regierung.", "REJECT", ("BLR", "BLR")),
])
def test_stepping_in_and_defying(text: str, etype: str, pair: tuple[str, str]) -> None:
    assert pair in _tuples(events(text, "de"), etype)


def test_stepping_somewhere_is_no_event() -> None:
    assert not events("Der Lehrer aus Minsk schritt zum Pult.", "de")


def test_sinking_attacks_a_vessel() -> None:
    assert ("UKR", "RUS") in _tuples(events("Die Ukraine hat ein russisches Kriegsschiff versenkt.", "de"), "ASSAULT")


def test_sinking_anything_else_is_no_attack() -> None:
    assert not _tuples(events("Die Bühne aus Frankreich kann im See versenkt werden.", "de"), "ASSAULT")
