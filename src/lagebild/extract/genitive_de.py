"""Whose is the genitive after a German act noun: the doer or the one acted on? A property of the noun (its valency),
so one lexicon of noun families (``genitive_readings`` in de/triggers.yaml) decides, not each trigger rule alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class GenitiveReadings:
    """Noun families (compound heads: "Massenfestnahme" ends in "festnahme") whose genitive or "von" phrase is read
    one way whatever the trigger rule's default: ``patient`` for acts on a person or group ("die Festnahme des
    Journalisten"), ``giver`` for deliveries and aid, whose genitive gives when a recipient is named ("die
    Waffenlieferungen Deutschlands an die Ukraine")."""

    patient: tuple[str, ...] = ()
    giver: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, d: dict[str, Any] | None) -> GenitiveReadings:
        d = d or {}
        return cls(tuple(str(w).lower() for w in d.get("patient") or []),
                   tuple(str(w).lower() for w in d.get("giver") or []))


def genitive_role(noun: str, default: str, readings: GenitiveReadings, recipient: bool) -> str:
    """"source" or "target" for the actor in the genitive (or "von" phrase) right after the act noun ``noun``: the
    patient families take it as target, the giver families as source when a recipient follows, else the rule's
    ``default``."""
    noun = noun.lower()
    if noun.endswith(readings.patient):
        return "target"
    if recipient and noun.endswith(readings.giver):
        return "source"
    return default
