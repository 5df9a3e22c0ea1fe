"""Round 22 (cls22): German clause cuts that lost roles. A relative clause opened by a preposition and a pronoun
with a name right after it (", bei dem Israel ...") is a clause of its own, so its act takes its own doer, not the
main clause's. An infinitive with "zu" inside the word after a speech cue's comma ("kündigte an, ... einzustellen") is
done by the cue's speaker, whom the cue hid. Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_a_prepositional_relative_clause_with_a_name_has_its_own_doer() -> None:
    got = roles("Frankreich kritisierte den Angriff, bei dem Israel Ziele im Libanon bombardierte.")
    assert ("ASSAULT", "ISR", "LBN") in got, got
    assert not any(t == "ASSAULT" and s == "FRA" for t, s, _ in got), got


def test_the_main_clause_doer_gives_no_role_in_the_relative_clause() -> None:
    got = roles("Die EU verurteilte den Krieg, in dem Russland die Ukraine angriff.")
    assert ("ASSAULT", "RUS", "UKR") in got, got


def test_a_relative_clause_after_mit_dem_reads_its_own_subject_and_object() -> None:
    got = roles("Deutschland begrüßte das Abkommen, mit dem Serbien den Kosovo anerkannte.")
    assert ("SUPPORT", "SRB", "XKX") in got, got


def test_a_phrase_before_a_verb_second_opens_no_relative_clause() -> None:  # a guard: read so before the change
    got = roles("Frankreich sagte, bei dem Treffen habe Russland die Ukraine kritisiert.")
    assert ("ACCUSE", "RUS", "UKR") in got, got


def test_an_announced_act_with_zu_inside_the_infinitive_is_the_speakers() -> None:
    got = roles("Russland kündigte an, die Gaslieferungen an Polen einzustellen.")
    assert ("SANCTION", "RUS", "POL") in got, got


def test_a_named_body_announcing_an_act_with_zu_inside_is_its_doer() -> None:
    got = roles("Die Regierung Russlands kündigte am Montag an, die Gaslieferungen an Polen einzustellen.")
    assert ("SANCTION", "RUS", "POL") in got, got


def test_a_light_verb_with_zu_inside_carries_its_noun() -> None:
    from lagebild.extract.clause_infinitives import infix_infinitive

    assert infix_infinitive("einzutreten", {"ein", "an"}) == "eintreten"
    assert infix_infinitive("abzuriegeln", {"ab"}) == "abriegeln"
    assert infix_infinitive("Anzug", {"an"}) is None and infix_infinitive("zuletzt", {"zu"}) is None


def test_an_und_clause_sharing_the_auxiliary_takes_the_subject_before_it() -> None:
    got = roles("Die Armee Israels hat den Gazastreifen bombardiert und dabei Dutzende Palästinenser getötet.")
    assert ("ASSAULT", "ISR", "PSE") in got, got
    assert not any(s == "PSE" for _, s, _ in got), got
