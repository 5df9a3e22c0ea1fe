"""An act whose other side the text never names is aimed at its doer's own country: after every reading and fallback
of the event stage (a named side, a place, the story's country, an army abroad) an event still without a target takes
the source's country. News-gold codes such acts so ("forderte, die Hälfte der Kabinettsposten solle mit Frauen besetzt
werden": the party's own state) and never needs the empty side: a gold event with no target matches any target. Only
for the types whose untold side is at least as often the doer's own country as another (lexicon
``home_target_types``); deployments, sanctions and two-sided acts stay as they are. Empty: nothing is filled.
Every target that no words of the text name (no mention text: filled here, or concluded by the event stage, such as the
asked government of "forderte, dass ..." or the story's country) is marked ``inferred`` for the reader."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..model import ActorRef, Event
from .denied_accusers import DeniedAccusers


@dataclass(frozen=True)
class HomeTargets:
    """The event types whose missing target is the doer's own country; and, by (type, trigger mode) (lexicon
    ``actor_scope``), acts whose missing target is the doer's own country ("legte sein Amt nieder": its own state's office)
    or the country of the place they leave ("dass die Ukraine ihre Truppen aus dem Donbass abzieht": Ukraine's); and,
    by (type, doer's sector) (``home_side_sectors``), acts of a side that acts at home ("1300 Polizisten waren im Einsatz")."""

    types: frozenset[str] = frozenset()
    retold: frozenset[str] = frozenset()  # types whose targetless event takes the one target its doer's others have
    home_modes: frozenset[tuple[str, str]] = frozenset()  # (event type, trigger mode)
    place_modes: frozenset[tuple[str, str]] = frozenset()
    home_sectors: frozenset[tuple[str, str]] = frozenset()  # (event type, doer's sector): police deploy at home
    denied: DeniedAccusers = DeniedAccusers()  # a denial aimed home answers the last accuser instead (or none)

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> HomeTargets:
        scope = lex.get("actor_scope") or {}
        return cls(frozenset(str(t) for t in lex.get("home_target_types") or []),
                   frozenset(str(t) for t in lex.get("retold_target_types") or []), type_modes(scope, "home_side_modes"),
                   type_modes(scope, "place_side_modes"), type_modes(scope, "home_side_sectors"),
                   DeniedAccusers.from_lexicon(lex))

    def fill(self, events: list[Event]) -> list[Event]:
        """``events`` with each targetless one of the listed types aimed at its source's country, and each target
        without mention text marked ``inferred``; one the same sentence already tells with that target is dropped."""
        return [replace(e, target=replace(e.target, inferred=True))
                if e.target is not None and not e.target.text and not e.target.inferred else e
                for e in self.denied.aim(self._aimed_home(self._retold(events)))]

    def _retold(self, events: list[Event]) -> list[Event]:
        """A deployment told again without its goal ("Kenyan troops crossed into Somalia ... 400 Kenyan soldiers crossed
        the border") is aimed where the same doer's other events of that type are, when they name one country only."""
        if not self.retold:
            return events
        aims: dict[tuple[str, str], set[str]] = {}
        refs: dict[tuple[str, str], ActorRef] = {}
        for e in events:
            if e.event_type in self.retold and e.source is not None and e.source.country and e.target is not None \
                    and e.target.country and e.target.country != e.source.country:
                aims.setdefault((e.event_type, e.source.country), set()).add(e.target.country)
                refs[(e.event_type, e.source.country)] = e.target
        out: list[Event] = []
        for e in events:
            key = (e.event_type, e.source.country if e.source is not None and e.source.country else "")
            if e.target is None and len(aims.get(key, ())) == 1:
                e = replace(e, target=replace(refs[key], text="", inferred=True))  # named elsewhere, not here
            out.append(e)
        return out

    def _aimed_home(self, events: list[Event]) -> list[Event]:
        if not self.types and not self.home_modes and not self.place_modes and not self.home_sectors:
            return events
        from ..knowledge.names import country_name

        told = {(e.evidence_sentence, e.event_type, e.source.country, e.target.country)
                for e in events if e.source is not None and e.target is not None}
        out: list[Event] = []
        for e in events:
            country = e.source.country if e.source is not None else None
            kind = (e.event_type, e.mode or "")
            placed = kind in self.place_modes and e.location is not None and bool(e.location.country)
            own = e.source is not None and (e.event_type, e.source.sector or "") in self.home_sectors
            if e.target is None and country and (e.event_type in self.types or kind in self.home_modes or placed or own):
                aim = e.location.country if placed and e.location is not None and e.location.country else country
                key = (e.evidence_sentence, e.event_type, country, aim)
                if key in told:
                    continue
                told.add(key)
                e = replace(e, target=ActorRef("", country_name(aim), aim, aim, None, inferred=True))
            out.append(e)
        return out


def type_modes(scope: dict[str, Any], key: str) -> frozenset[tuple[str, str]]:
    """``{RETREAT: [resign]}`` as (type, mode) pairs: a trigger mode names its kind of act only within its type (a
    SANCTION "withdraw" recalls an envoy, a RETREAT one pulls troops out)."""
    return frozenset((str(t), str(m)) for t, ms in (scope.get(key) or {}).items() for m in ms or [])
