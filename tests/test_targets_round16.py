"""Targets by class, round 16 (tgt16): a threat's "gegen X" names the threatened side (over the story country prior), a
pronoun object in a clause joined by "und" is the clause before's target, and a criticism of an act told with its doer
("durch X", "by X") aims at that doer. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

from .test_roles_en_round10 import _events, needs_parser

_PIPE = Pipeline(scorer=False)


def _events_de(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = _PIPE(Article(text, lang="de"))
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in doc.events]


@pytest.mark.parametrize(("text", "event"), [
    # "mit Gegenmaßnahmen gegen X": "gegen" is one of the threat's target prepositions, before the story country prior
    ("Russland drohte mit Gegenmaßnahmen gegen die USA.", ("THREATEN", "RUS", "USA")),
    ("Russland drohte mit Vergeltung gegen die Vereinigten Staaten.", ("THREATEN", "RUS", "USA")),
    # a criticised act told with its doer ("durch X") aims at the doer, not at the act's patient
    ("Der Iran verurteilte die Tötung seines Generals durch die USA.", ("ACCUSE", "IRN", "USA")),
    ("Polen kritisierte die Festnahme von Journalisten durch die weißrussische Polizei.", ("ACCUSE", "POL", "BLR")),
])
def test_german_named_side_beats_the_doers_own_country(text: str, event: tuple) -> None:
    events = _events_de(text)
    assert event in events
    assert (event[0], event[1], event[1]) not in events  # the article's (and the doer's) own country before


def test_german_joined_clause_pronoun_object_is_the_previous_target() -> None:
    # "und schob sie ab": the Kenyan police deport the Somalis, not their own people
    events = _events_de("Die kenianische Polizei nahm fünf Somalier fest und schob sie später ab.")
    assert ("COERCE", "KEN", "SOM") in events
    assert ("COERCE", "KEN", "KEN") not in events


def test_german_army_attack_abroad_hits_the_other_country_of_its_sentence() -> None:
    # no target nor place named: the army's act is in the one other country its sentence names, not at home
    events = _events_de("Russische Truppen beschossen in der Nacht die Stadt, teilten ukrainische Behörden mit.")
    assert ("ASSAULT", "RUS", "UKR") in events
    assert ("ASSAULT", "RUS", "RUS") not in events
    # a place named keeps its country ("in Ankara")
    assert ("COERCE", "TUR", "TUR") in _events_de("Die türkische Armee nahm in Ankara drei Offiziere fest.")


@needs_parser
@pytest.mark.parametrize(("text", "event", "wrong"), [
    ("The government of Greece criticized the arrest of three Greek journalists by Turkish police.",
     ("ACCUSE", "GRC", "TUR"), ("ACCUSE", "GRC", "GRC")),
    ("China protested the deployment of missiles by the United States in South Korea.",
     ("ACCUSE", "CHN", "USA"), ("ACCUSE", "CHN", None)),
])
def test_english_criticised_act_aims_at_its_doer(text: str, event: tuple, wrong: tuple) -> None:
    events = _events(text)
    assert event in events
    assert wrong not in events


@needs_parser
def test_english_passive_criticism_keeps_its_agent_as_doer() -> None:
    # "was criticized by Greece": Greece criticises; its "by" is the criticism's own agent, no target
    events = _events("The arrest of the journalists was criticized by Greece.")
    assert any(e[0] == "ACCUSE" and e[1] == "GRC" for e in events)
    assert not any(e[0] == "ACCUSE" and e[1] != "GRC" and e[2] == "GRC" for e in events)


@needs_parser
@pytest.mark.parametrize(("text", "event"), [
    # "from X" on a demand or request names whom it is asked of, wherever the parser hangs the object
    ("Ukraine requested more weapons from Germany.", ("REQUEST", "UKR", "DEU")),
    ("Ukraine asked for more tanks from Germany.", ("REQUEST", "UKR", "DEU")),
    ("China demanded an apology from Japan.", ("REQUEST", "CHN", "JPN")),
])
def test_english_request_from_names_the_one_asked(text: str, event: tuple) -> None:
    assert event in _events(text)


@needs_parser
def test_english_request_from_a_place_of_the_object_is_no_addressee() -> None:
    # "the withdrawal of NATO troops from Estonia": the place the troops leave, hung on the object, is not asked
    assert not any(e[0] == "REQUEST" and e[2] == "EST" for e in _events("Russia demanded the withdrawal of NATO troops "
                                                                          "from Estonia."))


@needs_parser
def test_english_army_attack_abroad_hits_the_other_country_of_its_sentence() -> None:
    # no target and no place named: an army acts at home or abroad, so the one other country its sentence names is hit
    assert ("ASSAULT", "RUS", "UKR") in _events("Russian forces shelled the town overnight, Ukrainian officials said.")
    # ... and where the sentence names no other country, nothing is guessed
    assert ("ASSAULT", "USA", None) in _events("US troops killed a militant leader, the Pentagon said.")
