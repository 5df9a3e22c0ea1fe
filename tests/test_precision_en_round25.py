"""Round 25 (prcen25) English precision guard, read from the parse (extract/trigger_readings.py ``aim_heads``): the
bare infinitive under an aim verb in base form ("to help feed refugees", "will help troops deploy") is the aim of
another's help, not a told act. Past "helped them attack" tells the act; the helper's own act stays. The sentences
are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _types(text: str) -> list[str]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted(e.event_type for e in doc.events)


def test_the_aim_of_help_is_no_event() -> None:
    assert _types("The new force will help Lebanese troops deploy to the south of the country.") == []
    assert _types("France will help Mali fight the rebels in the north.") == []
    # the helper's act stays, told as done (the aim read as a future AID took its place before)
    doc = _PIPE(Article("Germany has sent tons of grain to help feed refugees in Syria.", lang="en",
                        published=date(2025, 3, 1)))
    assert [(e.event_type, e.modality) for e in doc.events] == [("AID", "factual")]


def test_help_told_as_done_keeps_the_act() -> None:
    # round 37 (enroles37): the helped troops are also the help's object (AID, the lexicon's "helps a named actor");
    # the old expectation, the attack alone, held only because the parser made them the attack's subject
    assert _types("British advisers helped Iraqi troops attack the rebels in Mosul.") == ["AID", "ASSAULT"]
    assert _types("Russian troops attacked Ukrainian positions near Kharkiv on Monday.") == ["ASSAULT"]
