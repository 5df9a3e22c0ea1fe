"""Round 21 (igo21): in English a body of no country acts on some state; told with no other side its act is no event
(lexicon ``actor_scope.target_required_by_sector``: IGO, NGO), while the same act with its side stays, and its demand
told alone stays. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.source.sector if e.source else None,
                   e.target.country if e.target else None) for e in doc.events)


@pytest.mark.parametrize("text", [
    "The EU has refused to recognize the result of the presidential poll.",
    "United Nations Secretary-General Ban Ki-moon praised the agreement as an important step.",
])
def test_a_bodys_act_with_no_other_side_is_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "event"), [
    ("The EU has refused to recognize the Zimbabwean election result.", ("REJECT", None, "IGO", "ZWE")),
    ("Ban Ki-moon praised Indonesia for the agreement.", ("SUPPORT", None, "IGO", "IDN")),
    ("The WFP is appealing to donors for more money.", ("REQUEST", None, "IGO", None)),
])
def test_a_bodys_act_with_its_side_or_its_demand_alone_stays(text: str, event: tuple) -> None:
    assert event in _events(text)
