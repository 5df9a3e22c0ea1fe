"""Round 29 (enjoint29): nationality adjectives or country names joined by "and" before one head noun share it, so
each names a doer of the act ("Syrian and Russian jets bombed": SYR and RUS); an act told as joint ("held joint
drills") is done by each side with the other, as "held joint drills with Japan" names its partner (round 22)."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, rows", [
    ("Syrian and Russian jets bombed the town on Tuesday.",   # was SYR only
     {("ASSAULT", "SYR", None), ("ASSAULT", "RUS", None)}),
    ("Turkish and Iranian troops shelled the border villages.",
     {("ASSAULT", "TUR", None), ("ASSAULT", "IRN", None)}),
])
def test_each_nationality_of_one_head_noun_acts(text: str, rows: set[tuple[str, str | None, str | None]]) -> None:
    assert set(event_rows(text, "en")) == rows


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, rows", [
    ("US and South Korean troops held joint drills on Monday.",   # was KOR only, no partner
     {("MOBILIZE", "USA", "KOR"), ("MOBILIZE", "KOR", "USA")}),
    ("Russian and Chinese warships held joint exercises near the coast.",   # was CHN only
     {("MOBILIZE", "RUS", "CHN"), ("MOBILIZE", "CHN", "RUS")}),
])
def test_joint_act_aims_each_side_at_the_other(text: str, rows: set[tuple[str, str | None, str | None]]) -> None:
    assert set(event_rows(text, "en")) == rows


@pytest.mark.usefixtures("rules_only")
def test_not_joint_keeps_no_partner() -> None:  # guard: without "joint" each side acts, on no one named
    assert set(event_rows("Russian and Chinese warships held exercises near the coast.", "en")) == {
        ("MOBILIZE", "RUS", None), ("MOBILIZE", "CHN", None)}


@pytest.mark.usefixtures("rules_only")
def test_exchange_of_fire_unchanged() -> None:  # guard: the exchange reading (round 29 entargets29) is unchanged
    assert set(event_rows("Israeli and Lebanese troops exchanged fire on Monday.", "en")) == {
        ("ASSAULT", "ISR", "LBN"), ("ASSAULT", "LBN", "ISR")}


@pytest.mark.usefixtures("rules_only")
def test_joint_act_of_two_named_countries() -> None:  # was RUS and CHN, each with no partner
    assert set(event_rows("Russia and China held joint exercises near the coast.", "en")) == {
        ("MOBILIZE", "RUS", "CHN"), ("MOBILIZE", "CHN", "RUS")}


@pytest.mark.usefixtures("rules_only")
def test_named_countries_without_joint_keep_no_partner() -> None:  # guard
    assert set(event_rows("Russia and China held exercises near the coast.", "en")) == {
        ("MOBILIZE", "RUS", None), ("MOBILIZE", "CHN", None)}
