"""Round 24 (prcen24) English precision guards, read from the parse (extract/trigger_readings.py,
extract/trigger_finder.py): a trigger that moves money between funds, reserves or accounts is finance, no
retreat or aid; a bare verb with a singular subject in a "that" clause is a mandative subjunctive, asked for, not
done. The same verbs with forces, aid or a country, or told in a tense, still are events. The sentences are written for
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


def test_a_mandative_subjunctive_asks_for_the_act() -> None:
    # a bare verb with a singular subject in a "that" clause: what is asked, whether or not a demand is read
    assert _types("The main rebel group in Burundi insisted on its demands that the government grant the Hutu "
                  "majority more rights.") == []
    assert _types("Russia's demand that Ukraine withdraw its troops angered Kyiv.") == []
    assert _types("France insisted that Germany send tanks to Ukraine.") == ["REQUEST"]  # the speaker demands it
    assert _types("Russia demanded that Ukraine withdraw its troops from the border.") == ["REQUEST"]


def test_a_told_act_in_a_that_clause_stays() -> None:
    assert _types("Officials said that Germany sent tanks to Ukraine.") == ["AID"]
    assert _types("Reports say that Russia attacks the town every night.") == ["ASSAULT"]
    # plural subjects: a present tense, not read as subjunctive
    assert _types("Officials said that Germany and France send tanks to Ukraine every month.") == ["AID", "AID"]
