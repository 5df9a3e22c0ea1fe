"""Round 39 (detarget39): coordinated German doers of one act. With the clause's own object or aim phrase both act on
it together ("beschossen ein Boot"), neither the other's target; a mutual act with none ("kämpften an der Grenze",
"gegeneinander") aims each at the other. Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_co_doers_of_an_act_on_an_object_are_not_each_others_target() -> None:
    got = roles("Russland und China beschossen ein Boot.")
    assert ("ASSAULT", "RUS", "CHN") not in got, got
    assert ("ASSAULT", "CHN", "RUS") not in got, got
    assert any(s == "RUS" for _, s, _ in got), got


def test_an_object_with_a_verb_particle_is_acted_on_together() -> None:
    got = roles("Armenische und aserbaidschanische Truppen griffen ein Dorf an.")
    assert ("ASSAULT", "ARM", "AZE") not in got and ("ASSAULT", "AZE", "ARM") not in got, got


def test_an_object_before_the_participle_is_acted_on_together() -> None:
    got = roles("Frankreich und Italien haben die Stadt bombardiert.")
    assert ("ASSAULT", "FRA", "ITA") not in got and ("ASSAULT", "ITA", "FRA") not in got, got


def test_a_fight_with_no_object_is_between_the_two() -> None:
    got = roles("Armenische und aserbaidschanische Truppen kämpften an der Grenze.")
    assert ("ASSAULT", "ARM", "AZE") in got and ("ASSAULT", "AZE", "ARM") in got, got


def test_each_other_makes_any_act_mutual() -> None:
    got = roles("Armenische und aserbaidschanische Truppen kämpften gegeneinander.")
    assert ("ASSAULT", "ARM", "AZE") in got and ("ASSAULT", "AZE", "ARM") in got, got


def test_a_country_named_apart_from_the_doers_stays_the_target() -> None:
    # the boat is Chinese: China is named again, apart from the two doers
    got = roles("Russland und China beschossen ein chinesisches Boot.")
    assert ("ASSAULT", "RUS", "CHN") in got, got


def test_a_named_third_side_is_both_doers_target() -> None:
    got = roles("Russland und China griffen die Ukraine an.")
    assert ("ASSAULT", "RUS", "UKR") in got and ("ASSAULT", "CHN", "UKR") in got, got


def test_the_words_are_the_lexicons() -> None:
    from lagebild.extract.co_doers_de import CoDoers

    assert CoDoers.from_lexicon({}).mutual_verbs == frozenset()
    words = CoDoers.from_lexicon({"co_doers": {"mutual_verbs": ["Kämpfen"], "aim_prepositions": ["gegen"]}})
    assert words.mutual_verbs == frozenset({"kämpfen"}) and words.aim_prepositions == frozenset({"gegen"})
