"""The longest word of a set that another word ends with ("Verteidigungszusammenarbeit" -> "zusammenarbeit"),
found with one set lookup per word length in the set instead of an ``endswith`` over every word: German
compounds are matched against ~1,000 trigger nouns, once for every capitalised word not seen before."""

from __future__ import annotations

from collections.abc import Callable, Iterable


class SuffixSet:
    """Words looked up as endings of other words, longest first."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)

    def longest_ending(self, word: str, margin: int = 0, allowed: Callable[[str, str], bool] | None = None) -> str | None:
        """The longest word of the set that ``word`` ends with, leaving at least ``margin`` letters before it,
        and for which ``allowed(word, ending)`` holds when given; None when there is none."""
        for n in self.lengths:
            if n + margin > len(word):
                continue
            end = word[-n:]
            if end in self.words and (allowed is None or allowed(word, end)):
                return end
        return None
