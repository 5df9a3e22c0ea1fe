"""An -s form right after an -ed word is a plural noun, not a verb: "condemned attacks by Russia", "welcomed strikes on
al-Shabab". Read as a verb, its subject (the condemning side) became the doer of the other side's act. A light verb
before it ("staged rallies", "launched attacks") keeps the verb reading, whose doer is that light verb's subject too,
and so does a name ("King Mohammed bans").
Language data: ``plural_after_endings`` in <lang>/triggers.yaml (none: no word is read so)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Doc


@dataclass(frozen=True)
class PluralAfter:
    """The endings of the word before (``after``) and of the plural itself, and the light verbs that keep a verb."""

    after: tuple[str, ...] = ()
    plural: tuple[str, ...] = ()
    light_verbs: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, triggers: dict[str, Any], light_verbs: set[str]) -> PluralAfter:
        after, plural = triggers.get("plural_after_endings") or [[], []]
        return cls(tuple(str(x) for x in after), tuple(str(x) for x in plural), frozenset(light_verbs))

    def noun(self, doc: Doc, i: int, start: int) -> bool:
        """Whether token ``i`` (not the first of its clause, which opens at ``start``) is such a plural noun."""
        if not self.after or i <= start:
            return False
        prev = doc.tokens[i - 1]
        return prev.text[:1].islower() and doc.lowers[i].endswith(self.plural) and prev.lower.endswith(self.after) \
            and prev.lemma not in self.light_verbs  # "King Mohammed bans": a name ending so is no verb
