"""Round 30 (dereport30): German reported speech in Konjunktiv I. After an accusation, ", es habe ... bombardiert" is
a reported clause with its own subject, the accused (before: the accuser stayed the doer, ASSAULT UKR→RUS); and a
Konjunktiv I sentence after a speech sentence with no content of its own is that speaker's. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _attributed(text: str, etype: str) -> list[list[str | None]]:
    """The attribution countries of each event of ``etype``."""
    return [[a.country for a in e.attribution] for e in extract_events(text, lang="de") if e.event_type == etype]


@pytest.mark.parametrize(("text", "row"), [
    ("Georgien warf Russland vor, es habe georgische Dörfer bombardiert.", ("ASSAULT", "RUS", "GEO")),
    ("Die Ukraine warf Russland vor, sie habe die Stadt Charkiw bombardiert.", ("ASSAULT", "RUS", "UKR")),
    ("Die Ukraine warf Russland vor, es habe Kiew bombardiert.", ("ASSAULT", "RUS", "UKR")),
    ("Israel warf dem Iran vor, er unterstütze die Hisbollah mit Waffen.", ("AID", "IRN", "LBN")),
])
def test_the_pronoun_after_an_accusation_is_the_accused(text: str, row: tuple[str, str, str]) -> None:
    got = event_rows(text, "de")
    assert row in got, got
    accuser = got[0][1]
    assert not any(t == row[0] and s == accuser for t, s, _ in got), got  # the accuser does not do it
    assert [accuser] in _attributed(text, row[0])  # on the accuser's word, not the article's


@pytest.mark.parametrize(("text", "row"), [
    ("Die Ukraine warf Russland vor, russische Truppen seien in Charkiw einmarschiert.", ("ASSAULT", "RUS", "UKR")),
    ("Die Ukraine beschuldigte Russland, Moskau habe Kiew bombardiert.", ("ASSAULT", "RUS", "UKR")),
])
def test_a_noun_phrase_with_a_konjunktiv_verb_opens_its_own_clause(text: str, row: tuple[str, str, str]) -> None:
    """", russische Truppen seien ...": the comma before a subject and a Konjunktiv I verb ends the accusing clause."""
    got = event_rows(text, "de")
    assert row in got and ("ASSAULT", "UKR", "RUS") not in got, got


def test_konjunktiv_after_a_speech_sentence_is_the_speakers() -> None:
    """"X äußerte sich ... . Russland habe ...": no content of its own, but the next sentence reports what he said."""
    text = "Der Sprecher des ukrainischen Außenministeriums äußerte sich am Montag. Russland habe Kiew bombardiert."
    assert ("ASSAULT", "RUS", "UKR") in event_rows(text, "de")
    assert _attributed(text, "ASSAULT") == [["UKR"]]


@pytest.mark.parametrize(("text", "row"), [
    ("Die Gewerkschaften kritisierten, die ungarische Regierung wolle das Streikrecht einschränken.", ("ACCUSE", "HUN", "HUN")),
    ("Der französische Präsident kritisierte, die russische Regierung habe die Wahl manipuliert.", ("ACCUSE", "FRA", "RUS")),
])
def test_the_subject_of_the_reported_clause_is_the_one_criticised(text: str, row: tuple[str, str, str]) -> None:
    """"X kritisierte, Y habe ...": with the reported clause cut off, its subject is the target, as after "dass"."""
    assert row in event_rows(text, "de")


def test_an_object_first_after_the_comma_opens_no_clause() -> None:
    """", dem Kreml bleibe keine andere Wahl als ...": a dative first (``object_articles``), the subject after the verb;
    cut there, the speaker's clause lost the act (a first version did)."""
    text = ("Der russische Außenminister erklärte, dem Kreml bleibe keine andere Wahl als die Gespräche mit der Ukraine "
            "abzubrechen.")
    assert ("REJECT", "RUS", "UKR") in event_rows(text, "de")


@pytest.mark.parametrize(("text", "row", "attribution"), [
    # the indicative after the speech sentence is the article's own
    ("Der Sprecher des ukrainischen Außenministeriums äußerte sich am Montag. Russland bombardierte Kiew.",
     ("ASSAULT", "RUS", "UKR"), []),
    # after "erklärte" the pronoun is still the speaker
    ("Russland erklärte, es werde die Angriffe auf Kiew fortsetzen.", ("ASSAULT", "RUS", "UKR"), ["RUS"]),
    # a zu-infinitive after the accusation reads as before
    ("Die Ukraine warf Russland vor, Kiew bombardiert zu haben.", ("ACCUSE", "UKR", "RUS"), []),
])
def test_guards(text: str, row: tuple[str, str, str], attribution: list[str]) -> None:
    assert row in event_rows(text, "de")
    assert attribution in _attributed(text, row[0])
