"""Round 39 (fude39): two sides fighting "gegeneinander" with no armed word of the clause ("Israel und die Hamas"):
the mutual reading of co_doers_de aims each at the other. Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_two_named_sides_fighting_each_other_aim_at_each_other() -> None:
    got = roles("Israel und die Hamas kämpfen gegeneinander.")
    assert ("ASSAULT", "ISR", "PSE") in got and ("ASSAULT", "PSE", "ISR") in got, got


def test_fighting_with_each_other_is_no_fight_of_its_own() -> None:
    # "miteinander kämpfen" is struggling together with something, no act between the two
    got = roles("Israel und die Hamas kämpfen miteinander.")
    assert not any(t == "ASSAULT" for t, _, _ in got), got


def test_a_fight_without_gegeneinander_or_an_armed_word_is_none() -> None:
    got = roles("Israel und die Hamas kämpfen um Anerkennung.")
    assert not any(t == "ASSAULT" for t, _, _ in got), got
