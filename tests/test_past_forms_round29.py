"""Round 29 (definite29): strong past forms ("traf", "sprach", "kam") are singular finite verbs for the German
subject-pronoun readings, from scripts/derive_past_forms_de.py's list. Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_strong_past_after_an_adverbial_vorfeld_marks_the_subject() -> None:
    # "Am Montag traf Macron Scholz": Macron stands after the finite verb, the subject "er" goes on with
    got = roles("Am Montag traf Emmanuel Macron Olaf Scholz. Er kritisierte Russland scharf.")
    assert ("ACCUSE", "FRA", "RUS") in got, got
    assert ("ACCUSE", "DEU", "RUS") not in got, got


def test_strong_past_after_the_pronoun_is_singular() -> None:
    # "Dabei sprach er": a singular subject pronoun behind a strong past form after a one-word Vorfeld
    got = roles("Emmanuel Macron traf Olaf Scholz. Dabei sprach er Russland scharf eine Warnung aus.")
    assert ("THREATEN", "DEU", "RUS") not in got, got
