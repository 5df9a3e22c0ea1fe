"""Multi-word cue phrases matched over lower-cased tokens, indexed by their first word.

Cue lists (hedges, attribution phrases, date periods) are matched at every token; indexing by the
first word makes that one dict lookup per token instead of one comparison per phrase.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

WILDCARD = "*"  # stands for any one word ("nach * angaben")


class PhraseSet:
    def __init__(self, phrases: Iterable[str | Sequence[str]]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.wild_first: list[tuple[str, ...]] = []
        for p in phrases:
            words = tuple(p.lower().split()) if isinstance(p, str) else tuple(w.lower() for w in p)
            if not words:
                continue
            target = self.wild_first if words[0] == WILDCARD else self.by_first.setdefault(words[0], [])
            target.append(words)
        for lst in self.by_first.values():
            lst.sort(key=len, reverse=True)  # longest first

    def __bool__(self) -> bool:
        return bool(self.by_first or self.wild_first)

    def match_at(self, lows: Sequence[str], i: int, end: int | None = None) -> tuple[str, ...] | None:
        """The longest phrase starting at token ``i`` (not running past ``end``), or None."""
        candidates = self.by_first.get(lows[i])
        if candidates is None:  # most words start no phrase: one lookup, nothing built
            if not self.wild_first:
                return None
            candidates = self.wild_first
        elif self.wild_first:
            candidates = [*candidates, *self.wild_first]
        end = len(lows) if end is None else end
        for p in candidates:
            n = len(p)
            if i + n <= end and all(w == WILDCARD or w == x for w, x in zip(p, lows[i:i + n], strict=True)):
                return p
        return None

    def find(self, lows: Sequence[str], start: int, end: int) -> tuple[int, int] | None:
        """First match in ``lows[start:end]``: (first token, last token + 1)."""
        if not self.wild_first:  # only the words that start a phrase are tried (one set test per word)
            firsts = self.by_first
            for i in range(start, end):
                if lows[i] in firsts and (p := self.match_at(lows, i, end)) is not None:
                    return i, i + len(p)
            return None
        for i in range(start, end):
            p = self.match_at(lows, i, end)
            if p is not None:
                return i, i + len(p)
        return None
