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


@pytest.mark.parametrize(("text", "expected"), [
    # the neuter pronoun in subject case stands for its antecedent as "der"/"die" do ("welches" too)
    ("Die Bundesregierung lobte Frankreich, das im Juni Mali unterstützt hatte.", ("SUPPORT", "FRA", "MLI")),
    ("Die Bundesregierung kritisierte Russland, welches am Montag die Ukraine angegriffen hatte.",
     ("ASSAULT", "RUS", "UKR")),
])
def test_neuter_subject_relative_is_its_antecedent(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles(text), roles(text)


def test_dative_relative_is_no_doer() -> None:
    # guard: "dem" is an object, never the clause's subject; the actor inside the clause acts
    got = roles("Die Bundesregierung lobte Frankreich, dem am Montag Mali gedroht hatte.")
    assert any(r[0] == "THREATEN" and r[1] == "MLI" for r in got), got
    assert not any(r[0] == "THREATEN" and r[1] == "FRA" for r in got), got


def test_der_after_a_feminine_antecedent_is_dative() -> None:
    # "der" after "die Türkei" is its dative ("der Türkei wirft Syrien vor"): Syria accuses, Turkey does not
    got = roles("Die Bundesregierung kritisierte die Türkei, der am Montag Syrien Angriffe vorwarf.")
    assert any(r[0] == "ACCUSE" and r[1] == "SYR" for r in got), got
    assert ("ACCUSE", "TUR", "SYR") not in got, got
    # guard: after a masculine antecedent "der" is the nominative subject
    assert ("ASSAULT", "IRN", "ISR") in roles("Die Bundesregierung kritisierte den Iran, der am Montag Israel "
                                               "angegriffen hatte.")
