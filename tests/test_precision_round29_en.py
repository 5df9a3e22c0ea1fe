"""Round 29 (enfp29b): English acts read as done that are not, each with sentences written for it.

An act after "any", "possible", "potential", "future" is supposed (hypothetical), also under a reported "would";
"exchanged fire with X" exchanges no one: the "with" of exchange verbs names the other side, no prisoners."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


def _modalities(text: str, trigger: str = "") -> list[tuple[str, str]]:
    """(type, modality) of every event in the English ``text`` (those whose trigger starts with ``trigger``)."""
    return [(e.event_type, e.modality) for e in extract_events(text, lang="en") if e.trigger.startswith(trigger)]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Iran said it would respond to any Israeli attack.",
    "Tehran will retaliate against any American attack on its nuclear sites.",
    "Seoul warned that possible North Korean attacks would be met with force.",
])
def test_supposed_act_after_any_or_possible_is_hypothetical(text: str) -> None:
    assert _modalities(text, "attack") == [("ASSAULT", "hypothetical")]


@pytest.mark.usefixtures("rules_only")
def test_negated_any_stays_negated() -> None:
    assert ("ASSAULT", "negated") in _modalities("Israel did not carry out any attacks on Iran.")


@pytest.mark.usefixtures("rules_only")
def test_exchanging_fire_with_fighters_releases_no_one() -> None:
    rows = event_rows("Israeli troops exchanged fire with Hezbollah fighters near the border.", "en")
    assert all(row[0] != "RETREAT" for row in rows)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Russia swapped prisoners with Ukraine on Saturday.",
    "Israel exchanged prisoners with Hamas on Sunday.",
])
def test_exchanging_prisoners_with_a_side_still_releases(text: str) -> None:
    assert any(row[0] == "RETREAT" for row in event_rows(text, "en"))


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Pakistan accused India of violating the ceasefire in Kashmir.",
    "Indian troops violated the truce in Kashmir, the Pakistani army said.",
])
def test_truce_breach_told_by_another_side_is_aimed_at_it(text: str) -> None:
    rows = [row for row in event_rows(text, "en") if row[0] == "ASSAULT"]
    assert rows == [("ASSAULT", "IND", "PAK")]


@pytest.mark.usefixtures("rules_only")
def test_truce_breach_with_a_named_side_keeps_it() -> None:
    rows = [row for row in event_rows("Pakistan said India violated the ceasefire with China.", "en") if row[0] == "ASSAULT"]
    assert ("ASSAULT", "IND", "PAK") not in rows
