"""Round 24 (doerde24): German doers named in the sentence and lost: a werden-form past a comma heads another verb,
not the trigger's passive; a body's bracketed short form names it again later; a clause-opening pronoun that names no
actor is still the subject (no object becomes the doer). Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_an_auxiliary_past_a_comma_does_not_make_the_verb_before_it_passive() -> None:
    got = roles("Die chinesische Regierung stellte den Demonstranten ein Ultimatum bis Mittwoch, "
                "anderenfalls würden die Soldaten eingreifen.")
    assert ("THREATEN", "CHN", "CHN") in got, got


def test_a_passive_split_by_an_inserted_clause_keeps_its_agent() -> None:
    got = roles("Drei Soldaten der ukrainischen Armee wurden von russischen Truppen getötet, teilte die Regierung mit.")
    assert ("ASSAULT", "RUS", "UKR") in got, got


def test_a_bracketed_short_form_names_the_body_again() -> None:
    got = roles("Die Gewerkschaft der Polizei (GdP) begrüßte das Vorhaben; allerdings lehnt die GdP eine zentrale "
                "Datei ab.")
    assert ("REJECT", "DEU", "DEU") in got, got


def test_a_dateline_agency_in_brackets_is_not_the_place_again() -> None:
    got = roles("Kairo (AFP) – Die ägyptische Regierung hat den Plan begrüßt. Später kritisierte AFP die Regierung.")
    assert not any(t == "ACCUSE" and s == "EGY" for t, s, _ in got), got


def test_an_unresolved_pronoun_subject_leaves_the_object_no_doer() -> None:
    got = roles("Wir unterstützen die ukrainische Armee mit Waffen.")
    assert not any(s == "UKR" for _, s, _ in got), got


def test_a_resolved_pronoun_subject_still_acts() -> None:
    got = roles("Der französische Außenminister kritisierte Russland. Er forderte die Ukraine zu Verhandlungen auf.")
    assert ("REQUEST", "FRA", "UKR") in got, got
