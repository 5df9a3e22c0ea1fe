"""A second event in one sentence (round 15, multi15): an accusation's nominal act after the accused is the alleged
act, done by the accused on the accuser's word; a nominal act whose own doer is named after it ("durch X", "by X")
is an event beside the clause's verb. Sentences are written for these tests, several wordings per class."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild import extract_events
from lagebild.model import Article, Event

from .test_roles_en_round10 import _PIPE, needs_parser


def _de(text: str) -> list[Event]:
    return extract_events(text, lang="de", published=date(2025, 3, 1))


def _en(text: str) -> list[Event]:
    return list(_PIPE(Article(text, lang="en", published=date(2025, 3, 1))).events)


def _rows(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


_ALLEGED = [
    ("en", "Ukraine blamed Russia for the attack on a hospital in Kyiv."),
    ("en", "Ukraine accused Russia of a missile strike on a hospital in Kyiv."),
    ("en", "The Ukrainian government blamed Moscow for the shelling of Kharkiv."),
    ("de", "Die Ukraine warf Russland einen Raketenangriff auf ein Krankenhaus in Kiew vor."),
    ("de", "Die ukrainische Regierung warf Russland Angriffe auf Charkiw vor."),
]


@pytest.mark.parametrize(("lang", "text"), [pytest.param(lang, text, marks=[needs_parser] if lang == "en" else [])
                                            for lang, text in _ALLEGED])
def test_an_accusations_nominal_act_is_done_by_the_accused_on_the_accusers_word(lang: str, text: str) -> None:
    events = _en(text) if lang == "en" else _de(text)
    assert ("ACCUSE", "UKR", "RUS") in _rows(events)
    alleged = [e for e in events if e.event_type == "ASSAULT"]
    assert [(e.source.country if e.source else None) for e in alleged] == ["RUS"]
    assert any(a.country == "UKR" for a in alleged[0].attribution)  # told on the accuser's word
    if lang == "de":  # the place attacked is the alleged act's target
        assert alleged[0].target is not None and alleged[0].target.country == "UKR"


@needs_parser
def test_a_condemnation_without_an_accused_keeps_one_event() -> None:
    # no one named between the verb and the noun: the attack is what is condemned, not an act told with a doer
    assert {r[0] for r in _rows(_en("Germany condemned the attack on a hospital in Kyiv."))} == {"ACCUSE"}


@pytest.mark.parametrize(("text", "act"), [
    ("Die Bundesregierung verurteilte die Angriffe auf Zivilisten durch die russische Armee.", ("ASSAULT", "RUS")),
    ("Die Opposition kritisierte die Festnahme mehrerer Journalisten durch die türkische Polizei.", ("COERCE", "TUR")),
])
def test_a_nominal_act_with_its_own_agent_is_an_event_beside_the_verb(text: str, act: tuple[str, str]) -> None:
    assert act in {r[:2] for r in _rows(_de(text))}


def test_an_agent_after_a_verb_is_not_the_nouns() -> None:
    # "durch" after the finite verb belongs to the clause, not to the noun before it
    rows = _rows(_de("Die Proteste wurden durch die Polizei aufgelöst."))
    assert not any(r[0] == "PROTEST" and r[1] == "DEU" for r in rows)


@pytest.mark.parametrize(("text", "alleged"), [
    ("Die Ukraine machte Russland für den Angriff auf ein Krankenhaus in Kiew verantwortlich.", [("RUS", "UKR")]),
    # "nach" is no accusation's object: the attack is a time, and whose it is the sentence does not say
    ("Die Ukraine kritisierte Russland nach dem Angriff auf ein Krankenhaus in Kiew.", []),
])
def test_an_accusations_fur_phrase_names_the_alleged_act(text: str, alleged: list[tuple[str, str]]) -> None:
    assert [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in _de(text) if e.event_type == "ASSAULT"] == alleged
