"""Targets by class, round 18 (tgt18): a German demonstrative standing alone as a subject ("Dieser wurde ...") names the
one told last in the sentence before, so a passive's patient is that one, not the doer's own people; English aid
delivered "in" a place goes to that place's country, and a request "for X to" act asks X. Sentences are written for
these tests."""

from __future__ import annotations

from lagebild.model import Article
from lagebild.pipeline import Pipeline

from .test_roles_en_round10 import _events, needs_parser

_PIPE = Pipeline(scorer=False)


def _events_de(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = _PIPE(Article(text, lang="de"))
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in doc.events]


def _demonstratives(text: str) -> list[tuple[str, str | None]]:
    doc = _PIPE(Article(text, lang="de"))
    return [(m.text, m.actor.country if m.actor else None) for m in doc.mentions
            if m.text.lower() in ("dieser", "diese")]


def test_german_demonstrative_names_the_last_one_told_not_the_subject() -> None:
    # the police are the sentence's subject; "Dieser" is the student named after them
    text = "Die Polizei suchte seit Wochen einen libanesischen Studenten. Dieser wurde am Montag in Berlin festgenommen."
    assert _demonstratives(text) == [("Dieser", "LBN")]
    assert ("COERCE", "DEU", "LBN") in _events_de(text)


def test_german_singular_demonstrative_skips_a_counted_plural_and_another_gender() -> None:
    # "den vier Afghanen" is plural and "die Regierung" feminine: "Dieser" is the man of Syrian origin
    text = "Ein zweiter Mann syrischer Herkunft soll den vier Afghanen geholfen haben. Dieser wurde in Hamburg festgenommen."
    assert _demonstratives(text) == [("Dieser", "SYR")]
    text = "Ein Journalist aus Kenia kritisierte die Regierung Ugandas. Dieser wurde daraufhin festgenommen."
    assert _demonstratives(text) == [("Dieser", "KEN")]


def test_german_demonstrative_of_a_countryless_body_takes_no_country_from_before_it() -> None:
    # "Dieser" is the Security Council (no country), not the Iranian of the modifier before it
    text = "Die USA wollen den iranischen Streit vor den Sicherheitsrat bringen. Dieser könnte Sanktionen beschließen."
    assert _demonstratives(text) == []


def test_german_demonstrative_before_a_noun_is_a_determiner() -> None:
    # "Dieser Schritt": a determiner of a noun, no pronoun to resolve
    assert _demonstratives("Der Minister traf den russischen Botschafter. Dieser Schritt wurde kritisiert.") == []


def test_german_demonstrative_stays_in_its_paragraph() -> None:
    assert _demonstratives("Die Polizei suchte einen libanesischen Studenten.\n\nDieser wurde festgenommen.") == []


@needs_parser
def test_english_aid_in_a_place_goes_to_its_country() -> None:
    assert ("AID", "GBR", "KEN") in _events("Britain delivered food and medicine to refugees in northern Kenya on Monday.")


@needs_parser
def test_english_request_for_an_actor_to_act_asks_that_actor() -> None:
    # "called for X to VERB": X is asked; "called for sanctions against Iran" keeps its own target
    assert ("REQUEST", "USA", "RUS") in _events("The United States called for Russia to withdraw its troops.")
    assert ("REQUEST", "GBR", "USA") in _events("Britain is pushing hard for the United States to back its plan.")
