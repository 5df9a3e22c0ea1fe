"""Round 29 (desie29): a German "sie" with a singular verb ("Sie kritisierte") after a sentence whose subject is a
man is the woman that sentence named (its object), not the man's side; a plural "sie" stays with groups.
Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_sie_with_a_singular_verb_is_the_woman_named_as_object() -> None:
    got = roles("Emmanuel Macron lobte Angela Merkel. Sie kritisierte Russland scharf.")
    assert ("ACCUSE", "DEU", "RUS") in got, got
    assert ("ACCUSE", "FRA", "RUS") not in got, got


def test_sie_after_a_vorfeld_adverb_is_the_woman_named_as_object() -> None:
    got = roles("Emmanuel Macron traf Angela Merkel. Dann kritisierte sie Russland scharf.")
    assert ("ACCUSE", "DEU", "RUS") in got, got


def test_a_woman_as_subject_is_still_preferred() -> None:
    got = roles("Angela Merkel traf Emmanuel Macron. Sie kritisierte Russland scharf.")
    assert ("ACCUSE", "DEU", "RUS") in got, got


def test_sie_with_a_plural_verb_is_no_woman() -> None:
    got = roles("Emmanuel Macron traf Angela Merkel. Sie kritisierten Russland scharf.")
    assert ("ACCUSE", "DEU", "RUS") not in got, got


def test_a_feminine_noun_opening_the_sentence_before_keeps_sie() -> None:
    # "Die Regierung ... lobte X. Sie ...": the feminine subject noun may be meant; no reach to the woman named
    got = roles("Die Regierung in Paris lobte Angela Merkel. Sie kritisierte Russland scharf.")
    assert ("ACCUSE", "DEU", "RUS") not in got, got
