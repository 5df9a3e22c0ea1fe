"""lagebild's events read in the PLOVER codebook's conventions, for scoring the PLOVER gold standard records.

lagebild keeps an announced act as its own type with modality ``future`` (as news-gold annotates it); the
PLOVER manual codes it by its intent instead: "Cooperative actions of types CONSULT, SUPPORT, COOPERATE,
and AID reported in future tense ... should be coded as AGREE" (PLOVER_MANUAL.tex, section AGREE). The manual
codes an announced retreat as CONCEDE, but the GSR's events are CAMEO codes converted by CAMEO2PLOVER, where
"express intent to yield" (035: to release persons, de-escalate, ease sanctions) is AGREE: an announced retreat
or concession is read as AGREE here. The AGREE so read is the intent expressed, which happened: its modality is
factual, as the GSR codes it (lagebild's ``future`` belongs to the act intended). Only the GSR comparison uses this
reading; the extracted events themselves do not change."""

from __future__ import annotations

from typing import Any

# type of a future act -> the type the GSR (CAMEO 03 intents, CAMEO2PLOVER-2021.txt) gives announcing it. SUPPORT is
# left as it is: it is verbal already, and lagebild marks its infinitive complements future ("willing to forgive",
# "to help support"), not its tense.
FUTURE_TYPES = {"CONSULT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "AGREE", "CONCEDE": "AGREE"}


# PLOVER (CAMEO) codes an actor of no country by its kind: the UN, the EU, NATO are "IGO", Amnesty or the Red Cross
# "NGO" (the GSR's own codes; lagebild's actors carry these as their sector).
STATELESS_CODES = {"IGO", "NGO"}


def _plover_actor(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    """An actor of no country with the PLOVER code of its kind in place of the country; others as they are."""
    if not actor or actor.get("country") or actor.get("sector") not in STATELESS_CODES:
        return actor
    return {**actor, "country": actor["sector"]}


def plover_coded(event: dict[str, Any]) -> dict[str, Any]:
    """The event (its JSON form) with the type, modality and actor codes the PLOVER codebook gives it; the same dict
    where nothing changes."""
    new = FUTURE_TYPES.get(event.get("event_type", "")) if event.get("modality") == "future" else None
    source, target = _plover_actor(event.get("source")), _plover_actor(event.get("target"))
    if source is not event.get("source") or target is not event.get("target"):
        event = {**event, "source": source, "target": target}
    return {**event, "event_type": new, "mode": None, "modality": "factual"} if new else event
