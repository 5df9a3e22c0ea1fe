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


class FirstEnding:
    """Words looked up as endings of other words, the first in their given order (a dict's insertion order) that
    a word ends with: the same answer as ``next(w for w in words if word.endswith(w))``, with one lookup per word
    length instead of an ``endswith`` per word (German's ~2,400 sector compound heads, asked for every noun)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.rank: dict[str, int] = {}
        for w in words:
            self.rank.setdefault(w, len(self.rank))
        self.lengths = sorted({len(w) for w in self.rank})

    def first_ending(self, word: str) -> str | None:
        """The earliest word of the set that ``word`` ends with, or None."""
        best: str | None = None
        best_rank = len(self.rank)
        for n in self.lengths:
            if n > len(word):
                break
            end = word[len(word) - n:]
            rank = self.rank.get(end)
            if rank is not None and rank < best_rank:
                best, best_rank = end, rank
        return best


def split_whole(words: Iterable[str]) -> tuple[tuple[str, ...], frozenset[str]]:
    """A lexicon list's words that match as stems or endings, and those marked "=word" that match only whole
    ("=tor": not "Torwart"), split once at load: the one reading of that convention for every list that uses it."""
    listed = list(words)
    return (tuple(w for w in listed if not w.startswith("=")), frozenset(w[1:] for w in listed if w.startswith("=")))
