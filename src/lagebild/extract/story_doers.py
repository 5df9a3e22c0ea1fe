"""A doer carried from the story's previous event to a passive or act noun that names none ("Russland griff Charkiw
an. Bei dem Angriff auf Charkiw wurden drei Menschen getötet"): news names the doer once and tells the act's sequel
without it. Only where the two tell one story (an event of a kind the lexicon's ``story_doers`` links, in the same or
the sentence before, the same paragraph, the same target or place) and in one voice (never across a speaker)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..model import ActorRef, Attribution, Doc, Event


@dataclass(frozen=True)
class StoryDoers:
    """Which event types' doer a doerless trigger of a type may take (``types``: its type -> the earlier event's types),
    and how many sentences back that event may stand (``gap``; 0: the same sentence only)."""

    types: dict[str, frozenset[str]]
    gap: int = 1

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> StoryDoers:
        """From the lexicon's ``story_doers`` (none: nothing is carried)."""
        data = data or {}
        return cls({k: frozenset(v or ()) for k, v in (data.get("types") or {}).items()}, int(data.get("gap", 1)))

    def doer(self, doc: Doc, sent: int, etype: str, last: Event | None, target_country: str | None,
             places: set[str], voice: list[Attribution]) -> ActorRef | None:
        """The source of ``last`` (the document's last event with a source country) for a doerless trigger of type
        ``etype`` in sentence ``sent``: where its target (``target_country``) or, with none, a country its sentence
        names (``places``) is ``last``'s target or place, and its speakers (``voice``) are ``last``'s. A copy, so the
        two events never share one ActorRef."""
        if last is None or last.source is None or not last.source.country or etype not in self.types \
                or last.event_type not in self.types[etype] or not 0 <= sent - last.evidence_sentence <= self.gap \
                or doc.sentences[sent].paragraph != doc.sentences[last.evidence_sentence].paragraph:
            return None
        if {a.name for a in voice} != {a.name for a in last.attribution}:
            return None  # "Die Polizei nahm ihn fest. Er sei misshandelt worden, sagte sein Anwalt": another's word
        old_target = last.target.country if last.target is not None else None
        old_place = last.location.country if last.location is not None else None
        old = {old_target, old_place} - {None}
        same = target_country in old if target_country else bool(places & old)
        if not same or target_country == last.source.country and old_target != last.source.country:
            return None
        return replace(last.source, text="")
