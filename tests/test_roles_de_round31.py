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


def test_a_genitive_description_with_its_article_in_a_relative_clause_is_no_doer() -> None:
    # the description mention takes its article along ("der Menschenrechtsorganisation"): still the object's owner
    got = roles("Die amerikanische Menschenrechtsorganisation Human Rights Watch warf der jemenitischen Armee Angriffe "
                "vor. Die Regierung veröffentlichte eine Darstellung, die den Angaben der Menschenrechtsorganisation "
                "widerspricht.")
    assert not any(t == "REJECT" and s == "USA" for t, s, _ in got), got


def test_a_participle_after_a_time_and_a_place_phrase_describes_its_noun() -> None:
    # "einem am Montag in Gießen festgenommenen Marokkaner": the Moroccan was arrested, he arrested no one
    got = roles("Bei einem am Montag in Gießen festgenommenen Marokkaner bestätigte sich der Verdacht nicht.")
    assert not any(s == "MAR" for _, s, _ in got), got


def test_a_finite_arrest_after_a_time_and_a_place_phrase_stays() -> None:
    got = roles("Die Polizei hat am Montag in Gießen zwei Marokkaner festgenommen.")
    assert ("COERCE", "DEU", "MAR") in got, got
