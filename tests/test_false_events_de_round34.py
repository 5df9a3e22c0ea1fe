"""Round 34 (newu34): German acts that part U (10kGNAD) showed told as no deed: an act only feared ("da sie Unruhen
befürchtete", "befürchtet die Festnahme von Abgeordneten") and a fight "geliefert" (tests/test_triggers_de.py). Own
sentences; guards keep the acts told in the same sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _types(text: str) -> list[str]:
    return [r[0] for r in event_rows(text, "de", source_id=True)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Chicago – Die Polizei in Chicago verbot das Konzert, da sie Unruhen befürchtete.", "PROTEST"),
    ("Ankara – Die kurdische Partei HDP befürchtet die Festnahme von Abgeordneten ihrer Fraktion.", "COERCE"),
])
def test_an_act_feared_is_none_told(text: str, kind: str) -> None:
    """the noun is the object of "befürchten"/"fürchten": nobody did it (yet)."""
    assert kind not in _types(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Chicago – Die Polizei in Chicago löste am Montag die Proteste der Studenten gewaltsam auf.", "COERCE"),
    ("Ankara – Die türkische Polizei nahm am Montag drei Abgeordnete der HDP fest, die Partei fürchtet nun weitere "
     "Festnahmen.", "COERCE"),
    ("Kabul – Bei einem Anschlag auf eine Polizeiwache in Kabul wurden am Montag zwölf Polizisten getötet.", "ASSAULT"),
])
def test_acts_told_stay(text: str, kind: str) -> None:
    assert kind in _types(text)
