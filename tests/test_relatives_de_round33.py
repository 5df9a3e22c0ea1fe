"""Round 33 (detarget33): German relative pronouns as objects, on sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Pipeline(scorer=False)(Article(text, lang="de"))
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in doc.events]


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a dative or accusative relative pronoun is the clause's object: the antecedent is acted on, not the main
    # clause's subject
    ("Frankreich kritisierte den russischen Präsidenten, dem die Ukraine Kriegsverbrechen vorwirft.",
     ("ACCUSE", "UKR", "RUS"), ("ACCUSE", "UKR", "FRA")),
    ("Der Iran verurteilte Israel, dem die Türkei Angriffe vorwirft.", ("ACCUSE", "TUR", "ISR"), ("ACCUSE", "TUR", "IRN")),
    # "der" after a feminine antecedent is its dative
    ("Die Bundesregierung kritisierte die Türkei, der Syrien Angriffe vorwirft.",
     ("ACCUSE", "SYR", "TUR"), ("ACCUSE", "DEU", "SYR")),
])
def test_object_relative_pronoun_makes_the_antecedent_the_target(text: str, expected: tuple[str, str, str],
                                                                  wrong: tuple[str, str, str]) -> None:
    got = roles(text)
    assert expected in got and wrong not in got, got


def test_der_after_a_masculine_article_is_the_subject_before_a_name() -> None:
    # "des Irans, der Syrien Angriffe vorwirft": "der" is nominative there, Iran accuses Syria (no event before)
    got = roles("Israel wies die Vorwürfe des Irans zurück, der Syrien Angriffe vorwirft.")
    assert ("ACCUSE", "IRN", "SYR") in got, got
    assert not any(r[0] == "ACCUSE" and r[1] == "SYR" for r in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a subject relative pronoun still stands for its antecedent; a reported clause after a comma is no
    # relative clause ("die Europäische Union sei bereit": verb second)
    ("Die Bundesregierung kritisierte den Iran, der am Montag Israel angegriffen hatte.", ("ASSAULT", "IRN", "ISR")),
    ("Die Bundesregierung lobte Frankreich, das im Juni Mali unterstützt hatte.", ("SUPPORT", "FRA", "MLI")),
    ("Der Minister sagte, die Europäische Union sei bereit, Russland zu bestrafen.", ("SANCTION", None, "RUS")),
])
def test_subject_relatives_and_reported_clauses_stay(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in roles(text), roles(text)
