"""Round 31 (decov31): German doers in relative clauses and sector nouns, on sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_a_genitive_in_a_subject_relative_clause_is_no_doer() -> None:
    # ", die den Vorwürfen der USA widerspricht": the pronoun (the statement) is the subject; the USA own the object
    got = roles("Die jemenitische Regierung veröffentlichte eine Erklärung, die den Vorwürfen der USA widerspricht.")
    assert not any(s == "USA" for _, s, _ in got), got


def test_a_genitive_after_an_object_in_a_relative_clause_acts_on_nothing() -> None:
    got = roles("Jemen legte einen Plan vor, der die Forderungen der russischen Regierung ablehnt.")
    assert ("REJECT", "RUS", "YEM") not in got, got


def test_a_relative_clause_with_a_named_subject_keeps_it() -> None:
    # the subject phrase itself ("Anhänger der Opposition") is one mention, no genitive attribute of an object
    got = roles("In Kiew nahm die Polizei zwei Männer fest, die Anhänger der Opposition angegriffen hatten.")
    assert ("ASSAULT", "UKR", "UKR") in got, got


def test_ministers_of_an_alliances_members_are_no_one_countrys() -> None:
    # "der EU-Staaten": the genitive names an international body's members; the article's country is no guess for them
    got = roles("Die Außenminister der EU-Staaten verurteilten den Angriff Russlands auf die Ukraine.")
    assert not any(s == "RUS" for _, s, _ in got), got


def test_soldiers_of_a_un_mission_take_no_country_from_the_article() -> None:
    from datetime import date

    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline()(Article(id="t", text="Die Soldaten der UN-Mission wurden in Mali von Rebellen angegriffen.", lang="de",
                             published=date(2024, 1, 1)))
    soldiers = next(m for m in doc.mentions if m.text == "Soldaten")
    assert soldiers.actor is not None and soldiers.actor.country is None, soldiers.actor


def test_a_genitive_country_adjective_still_gives_the_body_its_country() -> None:
    got = roles("Die Regierung der bosnisch-serbischen Republik kritisierte Kroatien.")
    assert ("ACCUSE", "BIH", "HRV") in got, got


def test_a_genitive_description_with_its_article_in_a_relative_clause_is_no_doer() -> None:
    # the description mention takes its article along ("der Menschenrechtsorganisation"): still the object's owner
    got = roles("Die amerikanische Menschenrechtsorganisation Human Rights Watch warf der jemenitischen Armee Angriffe "
                "vor. Die Regierung veröffentlichte eine Darstellung, die den Angaben der Menschenrechtsorganisation "
                "widerspricht.")
    assert not any(t == "REJECT" and s == "USA" for t, s, _ in got), got
