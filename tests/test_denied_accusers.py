"""Round 39 (fude39): a German denial with no accuser named answers the last accusation against the denier, or has no
target, or keeps the home target gold codes. Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_a_denial_with_no_accuser_keeps_the_home_target_gold_codes() -> None:
    got = roles("Der Kreml hat die Anschuldigungen zurückgewiesen.")
    assert ("REJECT", "RUS", "RUS") in got, got


def test_an_accusation_two_sentences_back_is_not_answered() -> None:
    got = roles("Die Ukraine wirft Russland Verbrechen vor. Es gab Kämpfe. Der Kreml hat die Anschuldigungen zurückgewiesen.")
    assert ("REJECT", "RUS", "UKR") not in got, got


def test_a_denial_answers_the_accusation_of_the_previous_sentence() -> None:
    got = roles("Die Ukraine wirft Russland Kriegsverbrechen vor. Der Kreml hat die Anschuldigungen zurückgewiesen.")
    assert ("REJECT", "RUS", "UKR") in got, got


def test_the_words_are_the_lexicons() -> None:
    from lagebild.extract.denied_accusers import DeniedAccusers

    assert DeniedAccusers.from_lexicon({}).denials == frozenset()
    got = DeniedAccusers.from_lexicon({"denied_accusers": {"denials": ["REJECT"], "accusations": ["ACCUSE"]}})
    assert got.denials == frozenset({"REJECT"}) and got.accusations == frozenset({"ACCUSE"})
