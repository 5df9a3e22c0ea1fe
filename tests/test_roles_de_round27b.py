"""Round 27 (covde27b): German doers the role rules missed. A subject pronoun whose antecedent stood in a dative phrase
of a sentence with no actor subject ("Mit der Opposition kam es zu keiner Einigung. Sie fordert ...", subject_pronouns.py),
and forces "im Einsatz" after a copula, whose subject is the doer (role_finder_clause._state). Sentences written for
these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_a_pronoun_goes_on_with_the_one_actor_in_a_dative_phrase() -> None:
    got = roles("Mit der griechischen Opposition kam es am Dienstag zu keiner Einigung. "
                "Sie fordert weiterhin den Rücktritt des Ministerpräsidenten.")
    assert ("REQUEST", "GRC", "GRC") in got, got


def test_a_pronoun_after_a_subject_noun_phrase_is_not_the_dative_actor() -> None:
    got = roles("Die Entscheidung fiel bei der russischen Regierung. Sie hat Sanktionen gegen die Ukraine gefordert.")
    assert not any(s == "RUS" for _, s, _ in got), got


def test_a_pronoun_chain_is_not_broken_by_a_goal_phrase() -> None:
    got = roles("Er wurde zum russischen Präsidenten gebracht. Er soll Sanktionen gegen die Ukraine gefordert haben.")
    assert not any(s == "RUS" for _, s, _ in got), got


def test_two_actors_before_leave_the_pronoun_unread() -> None:
    got = roles("Mit der russischen Regierung und der ukrainischen Regierung gab es keine Einigung. "
                "Sie fordert Sanktionen gegen Polen.")
    assert not any(s == "RUS" for _, s, _ in got), got


def test_police_in_action_are_the_doer_of_the_deployment() -> None:
    got = roles("1300 thailändische Polizisten waren zur Sicherung der Demonstration im Einsatz.")
    assert ("MOBILIZE", "THA", "THA") in got, got  # police act at home (home_targets.py, home_side_sectors)


def test_an_opinion_on_a_deployment_is_still_none() -> None:
    assert not roles("Die Regierung ist gegen einen Einsatz der Bundeswehr.")


def test_a_genitive_after_received_criticism_is_the_critic() -> None:
    got = roles("Die ukrainische Regierung stieß auf Kritik der polnischen Regierung.")
    assert ("ACCUSE", "POL", "UKR") in got, got
    assert not any(t == "ACCUSE" and tg == "POL" for t, _, tg in got), got


def test_a_giver_behind_von_still_acts() -> None:
    got = roles("Die ukrainische Regierung erhielt Kritik von der polnischen Regierung.")
    assert ("ACCUSE", "POL", "UKR") in got, got
