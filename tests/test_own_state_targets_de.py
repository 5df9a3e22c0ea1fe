"""Round 24 (prcde24): a German act whose target the clause leaves unnamed is not aimed at the doer's own state
where its sentence names another country (issue 13, German precision). Sentences written for these tests."""

from __future__ import annotations

from lagebild.pipeline import Pipeline

from .german_doers import events

EGYPT = "Ägypten hat ein neues Parlament. "
AUSTRIA = "Österreich hat eine neue Regierung. "


def test_an_arrest_with_no_other_country_named_is_aimed_at_home(de_rules: Pipeline) -> None:
    assert ("COERCE", "EGY", "EGY") in events(de_rules, EGYPT + "Die Polizei nahm am Montag drei Männer fest.")


def test_an_arrest_of_people_from_abroad_is_not_aimed_at_home(de_rules: Pipeline) -> None:
    found = events(de_rules, EGYPT + "Die Polizei nahm am Montag drei Männer fest, die aus Libyen eingereist waren.")
    assert ("COERCE", "EGY", "EGY") not in found, found


def test_a_place_in_the_clause_still_gives_the_home_target(de_rules: Pipeline) -> None:
    # the act's own place is where it happens: its country's people, whoever else the sentence names
    found = events(de_rules, EGYPT + "Die Polizei nahm am Montag in Kairo drei Männer fest, die aus Libyen eingereist "
                   "waren.")
    assert ("COERCE", "EGY", "EGY") in found, found


def test_a_named_organisation_is_no_other_country(de_rules: Pipeline) -> None:
    assert ("COERCE", "EGY", "EGY") in events(de_rules, EGYPT + "Laut BBC nahm die Polizei am Montag drei Männer fest.")


def test_the_story_country_is_no_target_of_its_own_leader_where_another_is_named(de_rules: Pipeline) -> None:
    found = events(de_rules, AUSTRIA + "Der Kanzler warb in Berlin für den Plan.")
    assert ("REQUEST", "AUT", "AUT") not in found, found


def test_the_story_country_stays_the_target_where_none_other_is_named(de_rules: Pipeline) -> None:
    assert ("REQUEST", "AUT", "AUT") in events(de_rules, AUSTRIA + "Der Kanzler warb für den Plan von Klaus Berger.")


def test_an_attack_where_another_country_is_named_aims_at_it(de_rules: Pipeline) -> None:
    # an attack is no act done at home: the one other country the sentence names (by its cities) is its aim, and the
    # event stays (the lead's mend of prcde24, which dropped it)
    found = events(de_rules, "Russland hat nicht nur Charkiw angegriffen, sondern auch Odessa.")
    assert ("ASSAULT", "RUS", "UKR") in found and ("ASSAULT", "RUS", "RUS") not in found, found
