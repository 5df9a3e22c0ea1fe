"""Round 30 (entype30): a day word between an appeal verb and its preposition ("called Thursday on Arab states to
unite", "called Monday for talks") is wire style for "on Thursday called on": the parser reads "called" as a
participle naming its noun ("a man called John") or the infinitive as an adverbial clause, and the appeal was lost
(extract/parse_repair_en.repair_dated_verbs). The first two fail without the repair; "called Monday for talks" and
"called Monday on Israel to halt" were read before and are guards, as are the two without an appeal. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Syria's foreign minister called Thursday on Arab states to unite against Israel.", ("REQUEST", "SYR", "ISR")),
    ("Syria called Thursday on Arab states to unite against Israel.", ("REQUEST", "SYR", "ISR")),
    ("The French president called Monday for talks with Iran.", ("REQUEST", "FRA", "IRN")),
    ("The French president called Monday on Israel to halt its strikes in Gaza.", ("REQUEST", "FRA", "ISR")),
])
def test_a_day_word_keeps_the_appeal(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


@pytest.mark.parametrize("text", [
    "Three Iraqi soldiers killed Monday in Baghdad.",  # a passive headline: no appeal verb, no doer made
    "A man called Thursday said he was leaving.",  # no preposition of appeal after the day word
])
def test_no_appeal_without_the_preposition(text: str) -> None:
    assert not [r for r in event_rows(text, "en") if r[0] == "REQUEST"]
