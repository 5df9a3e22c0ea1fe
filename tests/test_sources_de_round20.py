"""German doers named but passed over (round 20, src20): every actor of a list of doers acts, also where a pronoun
or a reported clause takes the list up again; a prepositional Vorfeld is no speaker phrase, so the subject after
the verb speaks. Sentences written for these tests."""

from __future__ import annotations

from .test_claims import events
from .test_implicit_events import _tuples


def test_each_of_three_listed_doers_acts() -> None:
    found = _tuples(events("China, Russland und der Iran verurteilten die Sanktionen der USA.", "de"), "ACCUSE")
    assert {("CHN", "USA"), ("RUS", "USA"), ("IRN", "USA")} <= found


def test_a_pronoun_takes_up_the_whole_list() -> None:
    text = "Russland und China erklärten am Montag, sie lehnten die Resolution der USA ab."
    assert {("RUS", "USA"), ("CHN", "USA")} <= _tuples(events(text, "de"), "REJECT")


def test_a_list_of_genitives_acts_in_the_reported_clause() -> None:
    text = "Die Außenminister Frankreichs, Italiens und Österreichs erklärten, dass sie die Entscheidung Serbiens begrüßen."
    assert {("FRA", "SRB"), ("ITA", "SRB"), ("AUT", "SRB")} <= _tuples(events(text, "de"), "SUPPORT")


def test_er_takes_up_one_of_the_list_only() -> None:
    """"er" is singular: it cannot stand for the two states named before it."""
    text = "Russland und China erklärten, er lehne die Resolution der USA ab."
    assert ("CHN", "USA") not in _tuples(events(text, "de"), "REJECT")


def test_the_subject_after_an_adverbial_vorfeld_speaks() -> None:
    """"Neben der Rekrutierung" opens with a preposition: no speaker phrase, the Generalsekretär after the verb speaks."""
    text = "Neben der Rekrutierung prangert der UN-Generalsekretär in seinem Bericht Morde gegen Kinder im Sudan an."
    assert any(e["event_type"] == "ACCUSE" and (e["source"] or {}).get("actor_id") == "un" for e in events(text, "de"))


def test_a_request_told_as_the_manner_of_the_subject_s_act() -> None:
    text = ("Der frühere Ministerpräsident Thailands, Thaksin Shinawatra, der im Exil lebt, wandte sich an seine Anhänger "
            "in Thailand mit der Aufforderung, ihre Macht zu demonstrieren.")
    assert ("THA", "THA") in _tuples(events(text, "de"), "REQUEST")


def test_a_passive_subject_confronted_with_a_demand_does_not_ask() -> None:
    text = "Die Regierung Serbiens wurde mit der Forderung konfrontiert, die Grenze zu öffnen."
    assert not _tuples(events(text, "de"), "REQUEST")


def test_the_speaker_met_the_partner_of_his_talk() -> None:
    """The subject is also the speaker of "betont": its own clause's meeting noun is still its act."""
    text = ("Der Präsident Frankreichs hat in einem Gespräch mit seinem chinesischen Amtskollegen Xi Jinping betont, "
            "die Lage sei ernst.")
    assert ("FRA", "CHN") in _tuples(events(text, "de"), "CONSULT")
