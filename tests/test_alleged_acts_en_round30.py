"""Round 30 (enfp30): an English act noun inside a blame or a claim of responsibility, told in an earlier sentence,
is that act again, not a second one (extract/responsibility.py, English lexicon ``responsibility``); told first it
stays, and "accused X of attacking Y" keeps the act on the accuser's word (issue 13 item 2)."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(scorer=False)


def _events(p: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger) for e in p(Article(text, lang="en", published=date(2024, 3, 4))).events]


@pytest.mark.parametrize("blame", [
    "Ukraine blamed Russia for the shelling of the hospital.",
    "Ukraine held Russia responsible for the shelling of the hospital.",
    "Kyiv accused Moscow of the shelling of the hospital.",
])
def test_blamed_act_told_before_is_no_second_act(rules: Pipeline, blame: str) -> None:
    events = _events(rules, "Russian forces shelled a hospital in Kharkiv on Monday. " + blame)
    assert [t for t, _ in events].count("ASSAULT") == 1, events


def test_blamed_act_told_first_stays(rules: Pipeline) -> None:
    events = _events(rules, "Pakistan blamed India for the bombing of a market in Lahore.")
    assert any(t == "ASSAULT" for t, _ in events), events


def test_accused_gerund_keeps_its_act(rules: Pipeline) -> None:
    """The frame drops only a repeat: the gerund act an accusation tells first stays (issue 13 item 2)."""
    events = _events(rules, "Russian forces shelled a hospital in Kharkiv on Monday. "
                            "Ukraine accused Russia of shelling a school in Odesa.")
    assert [t for t, _ in events].count("ASSAULT") == 2, events
