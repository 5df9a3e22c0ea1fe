"""Round 32 (derel32): the doer of a German relative clause, on sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Pipeline(scorer=False)(Article(text, lang="de"))
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in doc.events]


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a month before a country is a date's, no particle of a longer name ("El Salvador"): the country stays an actor,
    # and the subject relative pronoun stands for its antecedent
    ("Die Bundesregierung kritisierte die Türkei, die am 3. Mai Syrien angegriffen hatte.",
     ("ASSAULT", "TUR", "SYR"), ("ASSAULT", "DEU", "TUR")),
    ("Die Türkei hat im Mai Frankreich angegriffen.", ("ASSAULT", "TUR", "FRA"), ("ASSAULT", "TUR", "TUR")),
])
def test_month_before_a_country_keeps_the_country(text: str, expected: tuple[str, str, str],
                                                   wrong: tuple[str, str, str]) -> None:
    got = roles(text)
    assert expected in got and wrong not in got, got


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a nominative relative pronoun stands for its antecedent; a short particle still makes a longer name
    ("Die Bundesregierung kritisierte den Iran, der am Montag Israel angegriffen hatte.", ("ASSAULT", "IRN", "ISR")),
    ("Präsident Salva Kiir besuchte El Salvador.", ("CONSULT", "SSD", "SLV")),
])
def test_relative_subject_and_name_particle_guards(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles(text), roles(text)
