"""Round 19 (en19): an act awaited in a present-tense "until" clause is no event (extract/trigger_context.py
awaited_marks), one done in a past "until" clause is; the addressee after "told" is no subject a later clause's doer
is taken from (extract/events.py). The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


def test_an_act_awaited_until_is_no_event() -> None:
    evs = _events("The rebels will keep up their attacks until Ugandan troops leave Congo.")
    assert "RETREAT" not in [t for t, _, _ in evs]


def test_an_act_done_until_then_is_an_event() -> None:
    evs = _events("The rebels fought for weeks until Ugandan troops withdrew from Congo.")
    assert ("RETREAT", "UGA", "COD") in evs


def test_the_addressee_of_a_speech_verb_does_not_act_in_what_is_told() -> None:
    evs = _events("A UN spokesman told VOA there is a need to keep up pressure on Iran.")
    assert all(src != "USA" for _, src, _ in evs)  # VOA (a US broadcaster) was heard, it asks nothing
