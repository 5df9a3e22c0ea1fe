"""A named organisation acted on stands for its kind's cue word (detrig38): "hat die HDP verboten", "Die NLD wurde
von der Regierung aufgelöst" ban a party as "die Partei verboten" does, though the clause never says "Partei".

A rule opts in with ``object_kinds`` (organizations.yaml ``kind``: party, media, ngo). The named body must be the one
acted on, never the doer: not behind an agent preposition ("von der HDP", "durch die Zeitung"), and in an active clause
not its first actor ("Die Grünen wollen Böller verbieten": the party bans nothing of its own).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..knowledge.resources import load, lower_words
from ..model import Doc, Mention


@dataclass(frozen=True)
class NamedKinds:
    """Which organisations are of which kind, and the words that tell a passive clause and its agent."""

    kinds: Mapping[str, str]  # organizations.yaml id -> kind
    passive_auxiliaries: frozenset[str]
    agent_prepositions: frozenset[str]

    @classmethod
    def from_data(cls, spec: dict[str, Any] | None) -> NamedKinds:
        """Empty (never fires) without the language's ``named_kinds`` block: English reads its objects by parse."""
        if not spec:
            return cls({}, frozenset(), frozenset())
        kinds = {o["id"]: o["kind"] for o in load("organizations", default=[]) if o.get("id") and o.get("kind")}
        return cls(kinds, lower_words(spec, "passive_auxiliaries"), lower_words(spec, "agent_prepositions"))

    def acted_on(self, doc: Doc, start: int, end: int, mentions: Iterable[Mention], wanted: frozenset[str]) -> bool:
        """Does the clause [start, end) name an organisation of a ``wanted`` kind that is acted on, not acting?"""
        if not wanted or not self.kinds:
            return False
        actors = [m for m in mentions if m.kind == "actor" and m.actor is not None]
        passive = any(t.lower in self.passive_auxiliaries for t in doc.tokens[start:end])
        for n, m in enumerate(actors):
            if self.kinds.get(m.actor.actor_id or "") not in wanted:  # type: ignore[union-attr]
                continue
            if (m.preposition or "") in self.agent_prepositions or (n == 0 and not passive):
                continue
            return True
        return False
