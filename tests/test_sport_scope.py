"""A game told is no political event (news-gold skips sport); politics about a tournament stays."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.extract.sport_scope import SportScope
from lagebild.pipeline import extract_events


def _events(text: str) -> list[str]:
    return [e.event_type for e in extract_events(text, date(2024, 10, 23), "de")]


@pytest.mark.parametrize("text", [
    "In Gruppe B trafen der Titelverteidiger Kanada und Lettland (6:4) aufeinander.",
    "Die Schweiz trifft gut zwei Stunden später in der Gruppe F auf Mitgastgeber Schweden.",
    "Der deutsche Bundestrainer lobte die Spieler aus Ghana.",
    "In der 69. Minute griff Frankreich die Abwehr Algeriens an.",
])
def test_game_is_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "etype"), [
    ("Die US-Regierung kritisierte die Regierung Südafrikas.", "ACCUSE"),
    ("Die Schweiz traf sich am Montag mit Schweden zu Gesprächen über den Handel.", "CONSULT"),
    ("Die Bundesregierung kritisierte Katar wegen der Weltmeisterschaft.", "ACCUSE"),  # politics about a tournament
])
def test_politics_stays(text: str, etype: str) -> None:
    assert etype in _events(text), _events(text)


def test_without_data_nothing_is_sport() -> None:
    assert not SportScope.from_lexicon({}).game(None, 0)  # type: ignore[arg-type]
