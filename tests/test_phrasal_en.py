"""Round 26 (prcen26) English phrasal readings from the parse (extract/phrasal_en.py, data ``type_context.phrasal`` in
en/triggers.yaml): "hit back at X over the remarks" is a verbal reply, a noun trigger that a verb undoes or only
weighs is no event, and an act named as the object of a vow is a threat. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


def _types(text: str) -> list[str]:
    return [t for t, _, _ in _events(text)]


def test_hitting_back_in_words_is_disapproval() -> None:
    assert _events("China hit back at the United States over the remarks on Taiwan.") == [("ACCUSE", "CHN", "USA")]
    assert _types("France hit back at Italy over the migrant row on Thursday.") == ["ACCUSE"]


def test_hitting_back_with_arms_stays_an_attack() -> None:
    assert _types("The Syrian army struck back at the rebels with air strikes.") == ["ASSAULT"]
    assert _types("India struck back at Pakistan with artillery fire along the frontier.") == ["ASSAULT"]
    assert _types("Russian troops hit Ukrainian positions near Kharkiv on Monday.") == ["ASSAULT"]


def test_an_undone_act_is_no_event() -> None:
    # round 37: calling off talks turns the meeting down (REJECT, as "cancelled talks"); still no CONSULT, no REQUEST
    assert _events("Russia called off talks with Ukraine on Monday.") == [("REJECT", "RUS", "UKR")]
    assert _types("The rebels broke three truces with the Syrian army in a month.") == []
    assert _types("Israel scrapped the agreement with Lebanon.") == []
    assert _types("Washington rolled back sanctions on Cuba.") == []
    assert _types("The ceasefire agreement between Israel and Hamas collapsed on Tuesday.") == []


def test_the_act_itself_stays() -> None:
    assert _types("Russia held talks with Ukraine on Monday.") == ["CONSULT"]
    assert _types("Washington imposed sanctions on Cuba.") == ["SANCTION"]
    assert _types("Israel signed an agreement with Lebanon.") == ["AGREE"]


def test_a_weighed_act_is_no_event() -> None:
    assert _types("The United States is weighing new sanctions on Iran.") == []
    assert _types("The EU is debating an arms embargo on Israel.") == []


def test_a_vowed_act_is_a_threat() -> None:
    assert _events("Iran vowed retaliation against Israel after the strike on its consulate.") == [
        ("THREATEN", "IRN", "ISR")]
