"""Round 29 (detargets29): an object pronoun right after the verb, in the sentence after an act whose subject pronoun
continues that act's doer, is the one acted on before ("Sie warf ihm Spionage vor"), never the doer itself.
Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_object_pronoun_after_an_arrest_is_the_arrested() -> None:
    got = roles("Die russische Polizei hat einen ukrainischen Journalisten festgenommen. Sie wirft ihm Spionage vor.")
    assert ("ACCUSE", "RUS", "UKR") in got, got
    assert ("ACCUSE", "RUS", "RUS") not in got, got


def test_object_pronoun_after_a_meeting_is_the_partner() -> None:
    got = roles("Der französische Präsident traf den deutschen Kanzler. Er lobte ihn für seine Politik.")
    assert ("SUPPORT", "FRA", "DEU") in got, got
    assert ("SUPPORT", "FRA", "FRA") not in got, got


def test_a_named_subject_or_another_paragraph_does_not_continue() -> None:
    # the pronoun reading needs a subject pronoun; a new paragraph starts afresh
    got = roles("Die russische Polizei hat einen ukrainischen Journalisten festgenommen.\n\nSie wirft ihm Spionage vor.")
    assert ("ACCUSE", "RUS", "UKR") not in got, got


def test_a_pronoun_after_a_preposition_is_no_object() -> None:
    got = roles("Der französische Präsident traf den deutschen Kanzler. Er reiste mit ihm nach Brüssel.")
    assert not any(t == "SUPPORT" for t, _, _ in got), got


def test_subject_and_object_pronoun_after_a_vorfeld_word() -> None:
    got = roles("Der russische Präsident empfing den ungarischen Regierungschef. Anschließend lobte er ihn für seine Haltung.")
    assert ("SUPPORT", "RUS", "HUN") in got, got


def test_man_continues_the_doer_too() -> None:
    got = roles("Die iranische Justiz hat zwei Franzosen verurteilt. Man wirft ihnen Spionage vor.")
    assert ("ACCUSE", "IRN", "IRN") not in got, got


def test_a_crown_prince_is_his_states_government() -> None:
    got = roles("Der iranische Außenminister hat den saudischen Kronprinzen getroffen.")
    assert ("CONSULT", "IRN", "SAU") in got, got
