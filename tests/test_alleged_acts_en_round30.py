"""Round 30 (enfp30): an act told only as what an accusation says ("accused Eritrea of backing rebels") is the
accuser's claim, told by the ACCUSE event, not an act of its own; an act noun inside a blame, told in an earlier
sentence, is that act again (extract/responsibility.py, English lexicon ``responsibility``)."""

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


@pytest.mark.parametrize("text, act", [
    ("Ethiopia accuses Eritrea of backing rebel groups in the Ogaden.", "backing"),
    ("China accused the United States of supporting separatists in Taiwan.", "supporting"),
    ("Russia accused Ukraine of shelling a hospital in Donetsk and attacking a school.", "attacking"),
])
def test_gerund_of_an_accusation_is_no_act(rules: Pipeline, text: str, act: str) -> None:
    events = _events(rules, text)
    assert any(t == "ACCUSE" for t, _ in events), events  # the accusation itself stays
    assert not any(w == act for _, w in events), events


def test_act_beside_an_accusation_stays(rules: Pipeline) -> None:
    """Only the "of" complement is the claim: an act the article tells itself keeps its event."""
    events = _events(rules, "Iran accused Israel on Monday after Israeli jets struck its consulate in Damascus.")
    assert ("ACCUSE", "accused") in events, events
    assert any(t == "ASSAULT" for t, _ in events), events


def test_blamed_act_told_before_is_no_second_act(rules: Pipeline) -> None:
    text = ("Russian forces shelled a hospital in Kharkiv on Monday. "
            "Ukraine blamed Russia for the shelling of the hospital.")
    events = _events(rules, text)
    assert [t for t, _ in events].count("ASSAULT") == 1, events
    assert any(t == "ACCUSE" for t, _ in events), events


def test_blamed_act_told_first_stays(rules: Pipeline) -> None:
    events = _events(rules, "Pakistan blamed India for the bombing of a market in Lahore.")
    assert any(t == "ASSAULT" for t, _ in events), events


def test_guilty_of_asserts_the_act(rules: Pipeline) -> None:
    """ "guilty of" (a finding, not an allegation) tells the act as done: it keeps its event."""
    events = _events(rules, "Monitors said the Philippine army was guilty of attacking rebel villages in Mindanao.")
    assert any(w == "attacking" for _, w in events), events


@pytest.mark.parametrize("text, act", [
    ("The report accused the Iranian government of being willing to start a war with Israel.", "war"),
    ("Kyiv accused Moscow of planning new attacks on Ukrainian power plants.", "attacks"),
])
def test_act_inside_an_accused_gerund_is_no_act(rules: Pipeline, text: str, act: str) -> None:
    events = _events(rules, text)
    assert not any(w == act for _, w in events), events


def test_new_clause_after_an_accusation_stays(rules: Pipeline) -> None:
    events = _events(rules, "Russia accused Ukraine of shelling Donetsk, but Ukraine said Russian forces attacked the city.")
    assert any(w == "attacked" for _, w in events), events
