"""Round 39 (detarget39): a German object pronoun ("ihn", "ihm", "ihnen", "sie" right after the verb) in a sentence
with a subject of its own goes on with the subject of the sentence before where the gender agrees, as a subject
pronoun does. Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_a_plural_object_pronoun_is_the_subject_before() -> None:
    got = roles("Die russischen Separatisten griffen Mariupol an. Die Ukraine verurteilte sie.")
    assert ("ACCUSE", "UKR", "RUS") in got, got


def test_a_dative_plural_pronoun_is_the_subject_before() -> None:
    got = roles("Die syrischen Rebellen eroberten die Stadt. Die Türkei lieferte ihnen Waffen.")
    assert ("AID", "TUR", "SYR") in got, got


def test_a_masculine_object_pronoun_is_the_man_told_by_his_title() -> None:
    got = roles("Der iranische Außenminister sprach in Berlin. Die Bundesregierung kritisierte ihn.")
    assert ("ACCUSE", "DEU", "IRN") in got, got


def test_the_gender_must_agree() -> None:
    # "ihn" is no feminine subject's: the government is not criticised
    got = roles("Die iranische Regierung sprach in Berlin. Die Bundesregierung kritisierte ihn.")
    assert ("ACCUSE", "DEU", "IRN") not in got, got


def test_a_pronoun_of_the_subjects_own_side_is_left_alone() -> None:
    # one country on both sides would be "sich": the pronoun is someone else
    got = roles("Die russischen Truppen zogen ab. Die russische Regierung lobte sie.")
    assert not any(s == "RUS" and t == "RUS" for _, s, t in got), got


def test_object_pronoun_words_are_the_coreference_data() -> None:
    from lagebild.extract.coreference import Coreference

    assert Coreference.from_data({}).object_pronouns == ()
    assert Coreference.from_data({"object_pronouns": {"Ihnen": "p"}}).object_pronouns == (("ihnen", "p"),)
