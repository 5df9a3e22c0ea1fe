"""Round 25 (cov25de): German roles and targets of text no rule was written on. An infinitive clause opened by
"als", "ohne", "statt" or "um" ("habe keine andere Möglichkeit, als die Ukraine anzugreifen") has no subject of its
own: the sentence's subject acts and the actor named inside is acted on. Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_an_als_infinitive_with_zu_inside_the_verb_is_done_by_the_subject() -> None:
    got = roles("Russland habe keine andere Möglichkeit, als die Ukraine anzugreifen, sagte der Sprecher.")
    assert ("ASSAULT", "RUS", "UKR") in got, got
    assert not any(s == "UKR" for _, s, _ in got), got


def test_an_als_infinitive_with_a_separate_zu_is_done_by_the_subject() -> None:
    got = roles("Der Iran habe keine andere Wahl, als Israel zu bombardieren.")
    assert ("ASSAULT", "IRN", "ISR") in got, got


def test_a_temporal_als_clause_keeps_its_own_subject() -> None:
    got = roles("Die Polizei griff ein, als serbische Demonstranten die Botschaft Albaniens angriffen.")
    assert not any(t == "ASSAULT" and s != "SRB" for t, s, _ in got), got


def test_an_um_infinitive_with_zu_inside_the_verb_is_done_by_the_subject() -> None:
    got = roles("Russland verlegte Truppen an die Grenze, um die Ukraine anzugreifen.")
    assert ("ASSAULT", "RUS", "UKR") in got, got


def test_a_genitive_inside_a_prepositional_phrase_is_no_object_when_one_follows() -> None:
    got = roles("Israel kündigte an, ohne Zustimmung der USA den Iran anzugreifen.")
    assert ("ASSAULT", "ISR", "IRN") in got, got
    assert not any(t == "ASSAULT" and g == "USA" for t, _, g in got), got


def test_a_genitive_inside_a_prepositional_phrase_stays_the_object_when_alone() -> None:
    got = roles("Deutschland kritisierte mit Blick auf die Wahlen der Ukraine die Regierung.")
    assert ("ACCUSE", "DEU", "UKR") in got, got
