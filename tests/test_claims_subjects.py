"""Speech acts whose speaker no gazetteer knows (round 8 of issue 9): the actor after the verb is their
addressee or an attribute of their object, never their source. Sentences written for these tests, after
forms met in the German quotation corpus' training split."""

from __future__ import annotations

import pytest

from .test_claims import events, one


@pytest.mark.parametrize(("text", "etype", "not_source"), [
    # one person's bare name after a plural verb is its object
    ("Kritiker werfen Präsident Barack Obama vor, er habe die Entscheidung nur aus Unerfahrenheit getroffen.",
     "ACCUSE", "USA"),
    # "der X" after a noun is the noun's genitive attribute
    ("Der Generalanwalt kritisierte das Gesetz der Bundesregierung scharf.", "ACCUSE", "DEU"),
    # a name in the genitive before its noun is an attribute of the object
    ("Das Komitee würdigte Obamas Einsatz für die Abrüstung.", "SUPPORT", "USA"),
    # an unknown person named before the auxiliary speaks; the name between auxiliary and participle is addressed
    ("Der Fraktionsvorsitzende im Landtag, Wolfgang Jüttner, hatte Angela Merkel gestern aufgefordert, "
     "ihr Mandat niederzulegen.", "REQUEST", "DEU"),
])
def test_the_addressee_of_an_unknown_speaker_is_no_source(text: str, etype: str, not_source: str) -> None:
    assert not [e for e in events(text, "de")
                if e["event_type"] == etype and (e["source"] or {}).get("country") == not_source]


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    # a known subject after an adverbial keeps its act, though a genitive opens it
    ("Am Montag kritisierte Russlands Präsident Wladimir Putin die Regierung der USA.", "ACCUSE", "RUS", "USA"),
    # the subject before the auxiliary, the addressee after it
    ("Die Ukraine hat Russland aufgefordert, die Truppen abzuziehen.", "REQUEST", "UKR", "RUS"),
    # coordinated subjects before a plural verb, one person after it addressed
    ("Merkel und Macron forderten Putin auf, die Truppen abzuziehen.", "REQUEST", "FRA", "RUS"),
])
def test_known_speakers_keep_their_acts(text: str, etype: str, source: str, target: str) -> None:
    e = one(events(text, "de"), etype, source)
    assert (e["target"] or {}).get("country") == target


def test_a_group_named_by_its_nationality_speaks_for_its_country() -> None:
    # the person after the auxiliary is addressed; the nationality in the phrase before it is the side that asks
    text = "Mehrere britische Moslems haben Premierminister Tony Blair aufgefordert, die Außenpolitik zu ändern."
    e = one(events(text, "de"), "REQUEST", "GBR")
    assert e["source"]["text"] == "britische" and e["target"]["name"] == "Tony Blair"


def test_a_nationality_on_an_object_before_the_verb_does_not_speak() -> None:
    # "Die russischen Vorwürfe" is the object: the government after the verb rejects them
    e = one(events("Die russischen Vorwürfe wies die ukrainische Regierung entschieden zurück.", "de"), "REJECT")
    assert e["source"]["country"] == "UKR"


def test_a_reporting_verb_in_a_zu_infinitive_frames_nothing() -> None:
    # "um sich ... zu informieren" has no subject in its clause: no speaker is read from the words before it
    text = ("Der deutsche Außenminister will nun nach Kiew reisen, um sich über die Mission der Vereinten Nationen "
            "in der Ukraine zu informieren.")
    e = one(events(text, "de"), "CONSULT", "DEU")
    assert e["attribution"] == []


def test_a_finite_reporting_verb_with_a_particle_still_frames() -> None:
    e = one(events("Der Sprecher führte aus, die russische Armee habe die Stadt Charkiw beschossen.", "de"), "ASSAULT")
    assert ["Sprecher" in a["text"] for a in e["attribution"]] == [True]
