"""lagebild's events read in the PLOVER codebook's conventions, for scoring the PLOVER gold standard records.

lagebild keeps an announced act as its own type with modality ``future`` (as news-gold annotates it); the
PLOVER manual codes it by its intent instead: "Cooperative actions of types CONSULT, SUPPORT, COOPERATE,
and AID reported in future tense ... should be coded as AGREE", and "Announcements of future retreats
should be coded as CONCEDE" (PLOVER_MANUAL.tex, sections AGREE and RETREAT). Only the GSR comparison
uses this reading; the extracted events themselves do not change."""

from __future__ import annotations

from typing import Any

# type of a future act -> the PLOVER type of announcing it. SUPPORT is left as it is: it is verbal already, and
# lagebild marks its infinitive complements future ("willing to forgive", "to help support"), not its tense.
FUTURE_TYPES = {"CONSULT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}


def plover_coded(event: dict[str, Any]) -> dict[str, Any]:
    """The event (its JSON form) with the type the PLOVER codebook gives it; the same dict where nothing changes."""
    new = FUTURE_TYPES.get(event.get("event_type", "")) if event.get("modality") == "future" else None
    return {**event, "event_type": new, "mode": None} if new else event
