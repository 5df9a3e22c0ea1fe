"""English event types read in context (extract/trigger_context.py): noun compounds, intention frames,
verb + object patterns. The paragraphs are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def _types(text: str, analyser: str | None = "rules") -> list[tuple[str, str | None, str]]:
    doc = Pipeline(analyser=analyser)(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.trigger.lower()) for e in doc.events)


def test_a_hunger_strike_is_a_protest_and_a_press_release_releases_no_one() -> None:
    assert _types("Hundreds of Chilean miners began a hunger strike in Santiago.") == [("PROTEST", "CHL", "strike")]
    assert _types("The Peruvian army said in a press release that the patrol was safe.") == []


def test_intention_to_cooperate_is_agree_and_to_use_force_is_threaten() -> None:
    assert [t for t, _, _ in _types("Norway is ready to withdraw its engineers from Mali.")] == ["AGREE"]
    assert [t for t, _, _ in _types("Chile is willing to send food to Bolivia.")] == ["AGREE"]
    assert [t for t, _, _ in _types("Serbia vowed to attack the rebels in Kosovo.")] == ["THREATEN"]
    # without the frame the act itself is told; a main verb "prepared" is no frame
    assert [t for t, _, _ in _types("Norway withdrew its engineers from Mali.")] == ["RETREAT"]
    assert "THREATEN" not in [t for t, _, _ in _types("The Serbian army prepared to attack the rebels.")]


def test_the_object_of_a_verb_pattern_is_no_second_event() -> None:
    got = _types("Chad's rebels set fire to a police station in Abeche.")
    assert [t for t, _, _ in got] == ["ASSAULT"] and got[0][2] == "set"  # "set fire": not a truce, one event


def test_ordering_is_a_purchase_only_with_weapons() -> None:
    assert _types("The Chilean court ordered the newspaper to close.") == []
    assert [t for t, _, _ in _types("Poland ordered fighter jets from South Korea.")] == ["COOPERATE"]
