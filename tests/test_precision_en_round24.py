"""Round 24 (prcen24) English precision guards, read from the parse (extract/trigger_readings.py,
extract/trigger_finder.py): a trigger that moves money between funds, reserves or accounts is finance, no
retreat or aid. The same verbs with forces, aid or a country still are events. The sentences are written for
these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _types(text: str) -> list[str]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted(e.event_type for e in doc.events)


def test_money_moved_between_holders_is_no_event() -> None:
    assert _types("France's largest bank, BNP Paribas, halted withdrawals from three investment funds.") == []
    assert _types("The US Federal Reserve transferred $24 billion to temporary reserves.") == []


def test_forces_and_aid_still_move() -> None:
    assert _types("Russia completed the withdrawal of its troops from Syria.") == ["RETREAT"]
    assert _types("Russia halted the withdrawal of its troops from Georgia.") == ["RETREAT"]
    assert _types("Israel's withdrawal from the West Bank angered settlers.") == ["RETREAT"]  # a place, not a bank
    assert _types("Germany transferred 50 million euros to Ukraine.") == ["AID"]
    assert _types("Germany transferred 50 million euros to a fund for Ukrainian refugees.") == ["AID"]
