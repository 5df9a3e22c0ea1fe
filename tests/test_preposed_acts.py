"""German act nouns behind "vor/nach/bei/während" (round 17, ptcde17): kept where the act's own doer is named in its
phrase and nothing dates it to the past, and where the preposition is part of an adverbial idiom ("vor allem").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.extract.preposed_acts import PreposedActs

from .test_claims import events
from .test_implicit_events import _tuples


@pytest.mark.parametrize(("text", "kind", "pair"), [
    ("Nach dem Angriff der russischen Armee auf Charkiw flohen Tausende aus der Stadt.", "ASSAULT", ("RUS", "UKR")),
    ("Während der Gespräche der israelischen Regierung mit der Hamas in Kairo gingen die Kämpfe weiter.", "CONSULT",
     ("ISR", "PSE")),
])
def test_an_act_with_its_own_doer_is_told_behind_the_preposition(text: str, kind: str, pair: tuple[str, str]) -> None:
    assert pair in _tuples(events(text, "de"), kind)


@pytest.mark.parametrize("text", [
    "Nach dem Angriff der russischen Armee auf Charkiw im Jahr 2014 flohen Tausende aus der Stadt.",  # a past year
    "Nach dem damaligen Angriff der russischen Armee auf Charkiw flohen Tausende aus der Stadt.",  # a word of the past
    "Nach dem Angriff auf Charkiw flohen Tausende aus der Stadt.",  # no doer of its own: told before
])
def test_an_older_or_doerless_act_stays_background(text: str) -> None:
    assert not _tuples(events(text, "de"), "ASSAULT")


def test_vor_allem_is_no_preposition() -> None:
    found = events("Streitpunkt ist vor allem die Forderung der türkischen Opposition nach Neuwahlen.", "de")
    assert ("TUR", "TUR") in _tuples(found, "REQUEST")


def test_without_data_nothing_is_kept() -> None:
    """English (no ``preposed_acts`` data) keeps every blocked nominal blocked."""
    empty = PreposedActs.from_data(None)
    assert not empty.idioms and not empty.own_doer_prepositions


@pytest.mark.parametrize(("text", "pair"), [
    ("Der syrische Machthaber Assad habe bei seinem überraschenden Besuch in Moskau gesagt, dass ein Prozess folgen müsse.",
     ("SYR", "RUS")),
    ("Frankreichs Präsident Hollande bringt von seinem Besuch in Ägyptens Hauptstadt Kairo Aufträge heim.", ("FRA", "EGY")),
])
def test_a_possessive_act_with_its_place_is_its_owners(text: str, pair: tuple[str, str]) -> None:
    assert pair in _tuples(events(text, "de"), "CONSULT")


def test_a_possessive_act_without_a_place_still_refers_back() -> None:
    assert not _tuples(events("Mit ihrer Forderung nach Sanktionen blieb die deutsche Regierung allein.", "de"), "REQUEST")


def test_an_act_told_in_an_earlier_sentence_is_not_told_again() -> None:
    text = ("Der polnische Präsident hat sich in Seoul mit dem südkoreanischen Präsidenten getroffen. "
            "Vor dem Treffen der beiden Präsidenten hatten Vertreter Polens und Südkoreas eine Zusammenarbeit vereinbart.")
    assert _tuples(events(text, "de"), "CONSULT") == {("POL", "KOR")}
