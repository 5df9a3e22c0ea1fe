"""Multi-word cue phrases matched over lower-cased tokens, indexed by their first word.

Cue lists (hedges, attribution phrases, date periods) are matched at every token; indexing by the
first word makes that one dict lookup per token instead of one comparison per phrase. A first word
that opens many phrases ("die Miliz", "die Organisation", ... of the coreference nouns) is indexed by
its second word as well: only the phrases that can still match are compared.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

WILDCARD = "*"  # stands for any one word ("nach * angaben")
# a first word opening more phrases than this gets the second-word index (below it, comparing them all is as cheap)
_MANY = 4


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
        # (first, second word) -> the first word's phrases that can match with that second word, in the same
        # order; a first word without an entry for the next token falls back to its `loose` ones
        self._by_pair: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        self._loose: dict[str, list[tuple[str, ...]]] = {}
        for first, lst in self.by_first.items():
            if len(lst) <= _MANY:
                continue
            self._loose[first] = [p for p in lst if len(p) == 1 or p[1] == WILDCARD]
            for second in {p[1] for p in lst if len(p) > 1 and p[1] != WILDCARD}:
                self._by_pair[first, second] = [p for p in lst if len(p) == 1 or p[1] in (WILDCARD, second)]

    def __bool__(self) -> bool:
        return bool(self.by_first or self.wild_first)

    @property
    def openers(self) -> dict[str, list[tuple[str, ...]]] | None:
        """The words a phrase can start with, for a scan that passes every other word with one dict test; None where a
        wildcard can start a phrase (every word must then be tried)."""
        return None if self.wild_first else self.by_first

    def match_at(self, lows: Sequence[str], i: int, end: int | None = None) -> tuple[str, ...] | None:
        """The longest phrase starting at token ``i`` (not running past ``end``), or None."""
        first = lows[i]
        candidates = self.by_first.get(first)
        end = len(lows) if end is None else end
        if candidates is None:  # most words start no phrase: one lookup, nothing built
            if not self.wild_first:
                return None
            candidates = self.wild_first
        else:
            if first in self._loose:  # many phrases open with this word: those that fit the next one
                loose = self._loose[first]
                candidates = self._by_pair.get((first, lows[i + 1]), loose) if i + 1 < min(end, len(lows)) else loose
            if self.wild_first:
                candidates = [*candidates, *self.wild_first]
        for p in candidates:
            n = len(p)
            if i + n <= end and all(w == WILDCARD or w == x for w, x in zip(p, lows[i:i + n], strict=True)):
                return p
        return None

    def find(self, lows: Sequence[str], start: int, end: int) -> tuple[int, int] | None:
        """First match in ``lows[start:end]``: (first token, last token + 1)."""
        firsts = self.openers
        if firsts is not None:  # only the words that start a phrase are tried (one set test per word)
            for i in range(start, end):
                if lows[i] in firsts and (p := self.match_at(lows, i, end)) is not None:
                    return i, i + len(p)
            return None
        for i in range(start, end):
            p = self.match_at(lows, i, end)
            if p is not None:
                return i, i + len(p)
        return None
