"""German doers the sentence leaves unnamed (round 19, srcde19): lifting a measure a state imposes on its own people
is that state's act even in an agentless passive, while lifted sanctions stay sourceless; a charge told without its
accuser against a person the knowledge base lists is political. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_claims import events
from .test_implicit_events import _tuples


@pytest.mark.parametrize(("text", "pair"), [
    ("Die Armee hat in Niger die Macht übernommen. Die Ausgangssperre sei inzwischen aufgehoben, hieß es.", ("NER", "NER")),
    ("In Kairo wurde der Ausnahmezustand am Montag aufgehoben.", ("EGY", "EGY")),
    ("In Paris wurde das Demonstrationsverbot gelockert.", ("FRA", "FRA")),
])
def test_a_lifted_domestic_measure_is_the_state_s(text: str, pair: tuple[str, str]) -> None:
    assert pair in _tuples(events(text, "de"), "CONCEDE")


def test_lifted_sanctions_name_no_doer() -> None:
    """Sanctions on Iran are lifted by other states: the place or the article's country would be the wrong doer."""
    assert not _tuples(events("Die Sanktionen gegen den Iran wurden aufgehoben.", "de"), "CONCEDE")


def test_a_named_doer_still_lifts() -> None:
    assert ("THA", "THA") in _tuples(events("Die thailändische Regierung hob die Ausgangssperre auf.", "de"), "CONCEDE")


def test_a_listed_politician_charged_is_political() -> None:
    text = "Im Irak steht Saddam Hussein vor Gericht. Saddam Hussein wird wegen eines Massakers angeklagt."
    assert ("IRQ", "IRQ") in _tuples(events(text, "de"), "ACCUSE")


def test_a_private_person_charged_stays_out() -> None:
    """Someone the knowledge base does not list, charged without an accuser: a criminal case, no politics."""
    text = "In Amsterdam begann ein Prozess. Dem Niederländer Oliver Jufer wird vorgeworfen, Bilder beschädigt zu haben."
    assert not _tuples(events(text, "de"), "ACCUSE")


def test_a_surname_after_the_full_name_is_that_person() -> None:
    """"Hussein" alone is Jordan's king in the dictionary; after "Saddam Hussein" it names him again."""
    text = "Der Prozess gegen Saddam Hussein beginnt in Bagdad. Hussein wird wegen eines Massakers angeklagt."
    assert ("IRQ", "IRQ") in _tuples(events(text, "de"), "ACCUSE")


def test_a_one_word_name_alone_keeps_its_dictionary_reading() -> None:
    """With no one of that surname named before, the dictionary's Hussein (Jordan) stands."""
    assert ("SAU", "JOR") in _tuples(events("König Abdullah traf Präsident Hussein in Amman.", "de"), "CONSULT")
