"""Acts named by a noun that the words before it mark as not done: alleged, or planned with no date (deprec37).

"die angebliche Plünderung erwies sich als Lüge", "die geplante Online-Durchsuchung halte ich für bedenklich": the noun
phrase is the matter the clause talks about, not a deed it tells; gold leaves such acts out or optional, so no event
stands. A plan with its own date ("die für Mittwoch geplante Kundgebung") is news of what is coming and stays.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Doc


@dataclass(frozen=True)
class UnrealActs:
    """The modifiers (claims.yaml ``unreal_acts``): alleged ones anywhere, planned ones only after ``planned_after``
    (an article, a contraction, a possessive), so a date between them keeps the plan as future."""

    alleged: frozenset[str] = frozenset()
    planned: frozenset[str] = frozenset()
    planned_after: frozenset[str] = frozenset()

    def named(self, doc: Doc, trigger: int) -> bool:
        """True where such a modifier stands right before the noun trigger, or before one lower-case adjective in
        front of it ("die geplante neue Offensive")."""
        toks = doc.tokens
        k = trigger - 1
        if k > 0 and trigger > 1 and toks[k].text.isalpha() and toks[k].text[:1].islower() \
                and toks[k].lower not in self.alleged | self.planned:
            k -= 1  # one adjective between
        if k < 0 or k >= trigger:
            return False
        word = toks[k].lower
        if word in self.alleged:
            return True
        return word in self.planned and k > 0 and toks[k - 1].lower in self.planned_after
