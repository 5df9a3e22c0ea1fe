"""Round 29 (depron29): a German "er" opening a sentence goes on with the man who was the subject of the sentence
before (centering), not with a man named after him as the object. Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_er_continues_the_subject_not_the_object() -> None:
    got = roles("Emmanuel Macron traf Olaf Scholz. Er lobte ihn.")
    assert ("SUPPORT", "FRA", "DEU") in got, got
    assert ("SUPPORT", "DEU", "FRA") not in got, got


def test_er_continues_a_subject_before_a_preposition_object() -> None:
    got = roles("Wladimir Putin sprach mit Olaf Scholz. Er drohte der Ukraine.")
    assert ("THREATEN", "RUS", "UKR") in got, got
    assert ("THREATEN", "DEU", "UKR") not in got, got


def test_er_after_a_vorfeld_adverb_continues_the_subject() -> None:
    got = roles("Emmanuel Macron hat Olaf Scholz getroffen. Dann kritisierte er Russland scharf.")
    assert ("ACCUSE", "FRA", "RUS") in got, got


def test_a_chain_of_pronouns_keeps_the_subject() -> None:
    got = roles("Emmanuel Macron traf Olaf Scholz. Er lobte ihn. Er kritisierte Russland scharf.")
    assert ("ACCUSE", "FRA", "RUS") in got, got


def test_an_object_vorfeld_is_no_subject() -> None:
    # "Den Kanzler ... traf Macron": the name opening the sentence is the object; "er" is read as before
    got = roles("Den Kanzler Olaf Scholz traf Emmanuel Macron. Er kritisierte Russland scharf.")
    assert ("ACCUSE", "FRA", "RUS") in got, got


def test_coordinated_names_are_no_single_subject() -> None:
    got = roles("Emmanuel Macron und Olaf Scholz trafen Wladimir Putin. Er drohte der Ukraine.")
    assert ("THREATEN", "FRA", "UKR") not in got, got
