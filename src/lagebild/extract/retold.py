"""Background told again: an event whose own date lies well before the article's is an earlier event retold
("Castro war 2006 zurückgetreten", "Am 6. September 2000 massakrierten Milizen ..."), no news of the day; a
situation picture wants what the article reports as new."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..model import DateRef, Doc

RETOLD_AFTER = timedelta(days=365)  # a year: "im vergangenen Jahr" and last season's events still count


def retold(when: DateRef | None, published: date | None) -> bool:
    """Whether the event's date (its interval's end) lies more than a year before the publication day."""
    if when is None or published is None:
        return False
    try:
        end = date.fromisoformat(when.value.split("/")[-1][:10])
    except ValueError:
        return False
    return published - end > RETOLD_AFTER


@dataclass(frozen=True)
class History:
    """Undated background: an act told inside a past era ("fought in the Korean War", "im Zweiten Weltkrieg") or by a
    force of the past ("Wehrmachtssoldaten ermordeten") is history retold, no news of the day. Words are data
    (lexicon ``history``); empty: nothing is history."""

    periods: tuple[tuple[str, ...], ...] = ()  # "korean war", "weltkrieg": eras, as word sequences
    preps: frozenset[str] = frozenset()  # "in", "during", "im", "während": the act lies inside the era ...
    reach: int = 0  # ... at most this many words before the era's name ("in the 1950-53 Korean War")
    stops: frozenset[str] = frozenset()  # "since", "seit", "nach": the act lies after the era ("first since the war")
    forces: tuple[str, ...] = ()  # "wehrmacht": a word beginning so names a force of the past
    firsts: frozenset[str] = frozenset()  # the periods' first words: a clause without one is read no further

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> History:
        d = lex.get("history") or {}
        periods = tuple(tuple(str(p).lower().split()) for p in d.get("periods") or [])
        return cls(periods=periods, firsts=frozenset(p[0] for p in periods if p),
                   preps=frozenset(str(w).lower() for w in d.get("prepositions") or []), reach=int(d.get("reach") or 0),
                   stops=frozenset(str(w).lower() for w in d.get("stops") or []),
                   forces=tuple(str(w).lower() for w in d.get("forces") or []))

    def historic(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the clause of tokens ``start``..``end`` tells its act inside a past era or by a past force."""
        words = [t.lower for t in doc.tokens[start:end]]
        if self.forces and any(w.startswith(self.forces) for w in words):
            return True
        return any(tuple(words[i:i + len(p)]) == p and self._inside(words, i) for i in range(len(words))
                   if words[i] in self.firsts for p in self.periods)

    def _inside(self, words: list[str], i: int) -> bool:
        """The nearest of ``preps`` or ``stops`` within ``reach`` words before ``i`` is a preposition of "inside"."""
        for w in reversed(words[max(0, i - self.reach):i]):
            if w in self.stops:
                return False
            if w in self.preps:
                return True
        return False
