"""A denial whose accuser the sentence never names ("Der Kreml hat die Anschuldigungen zurückgewiesen") was aimed at
the doer's own country by the home fill (home_targets.py), a side no reader would draw. It answers the story's last
accusation against the denier in the same or the previous sentence, so that accusation's doer is its target. With none
it keeps the home target: gold codes a denial with no accuser as domestic (dropping it cost news-gold dev de 0.687 ->
0.673 and dev2 a-e 0.711 -> 0.689, round 39). Types: lexicon ``denied_accusers``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..model import Event


@dataclass(frozen=True)
class DeniedAccusers:
    """Immutable after construction: the denial types and the accusation types they answer."""

    denials: frozenset[str] = frozenset()  # REJECT
    accusations: frozenset[str] = frozenset()  # ACCUSE

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> DeniedAccusers:
        d = lex.get("denied_accusers") or {}
        return cls(frozenset(str(t) for t in d.get("denials") or []),
                   frozenset(str(t) for t in d.get("accusations") or []))

    def aim(self, events: list[Event]) -> list[Event]:
        """``events`` with each denial aimed at its own doer's country by no words of the text re-aimed at the last
        accuser of that country one sentence back at most; with no such accuser it stays as it is."""
        if not self.denials:
            return events
        out: list[Event] = []
        for i, e in enumerate(events):
            own = e.source.country if e.source is not None else None
            if e.event_type in self.denials and own and e.target is not None and not e.target.text \
                    and e.target.country == own:
                accusers = [a for a in events[:i] if a.event_type in self.accusations and a.source is not None
                            and a.source.country and a.source.country != own and a.target is not None
                            and a.target.country == own
                            and 0 <= e.evidence_sentence - a.evidence_sentence <= 1]
                if accusers and accusers[-1].source is not None:
                    e = replace(e, target=replace(accusers[-1].source, text="", inferred=True))
            out.append(e)
        return out
