"""An English accusation whose accused names no actor ("accused the West of trying to destroy Russia"): the act after
it is the unnamed accused's, so its infinitive must not fall back to the accuser as the sentence's subject would."""

from __future__ import annotations

from ..model import Doc, Event
from .clauses import Clause


def unnamed_accused(doc: Doc, c: Clause, ev: Event | None, trig_tok: int, nominal: bool, target_found: bool,
                    allegation_types: set[str], allegation_preps: frozenset[str]) -> bool:
    """The verb's accusation event has no target and its clause goes on with "of"/"for" after the verb (the accused,
    a noun phrase of no known side, stands between): its next infinitive clause is the accused's act."""
    if ev is None or nominal or target_found or ev.event_type not in allegation_types:
        return False
    return any(doc.tokens[j].lower in allegation_preps for j in range(trig_tok + 2, c.end))
