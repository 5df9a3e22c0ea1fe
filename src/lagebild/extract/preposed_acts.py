"""German act nouns behind a blocking preposition or a possessive that still tell an act of the article.

"Nach dem Treffen", "Mit ihrer Forderung" usually point back at an event told before, so such nominals are skipped
(trigger_finder._blocked). Two kinds are kept: a preposition that is part of an adverbial idiom governs nothing ("vor
allem die Forderung der Opposition"), and a possessive act noun followed by its place ("bei seinem Besuch in Moskau",
"von seinem Besuch in Ägyptens Hauptstadt") is its owner's act there (told before, it is the same owner and place, so
the same event). Round 17 also tried an act whose own doer is named in the phrase ("vor dem Abzug der Friedenstruppe"):
it found no gold event on the development sets and added false ones (docs/gold.md "Round 17, ptcde17").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..knowledge.resources import lower_words
from ..model import Doc, Mention


@dataclass(frozen=True)
class PreposedActs:
    """The language's data: idioms that hold a blocking preposition, the possessives, and the prepositions that open
    an act's place."""

    idioms: tuple[tuple[str, ...], ...] = ()
    possessives: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict | None) -> PreposedActs:
        """Built from de/triggers.yaml ``preposed_acts`` (absent: nothing is kept, the old behaviour)."""
        data = data or {}
        return cls(tuple(tuple(w.lower().split()) for w in data.get("idioms") or []),
                   lower_words(data, "possessives"),
                   lower_words(data, "place_prepositions"))

    def idiom(self, doc: Doc, prep: int) -> bool:
        """The preposition at ``prep`` is a word of an adverbial idiom ("vor allem", "nach wie vor"): it governs no noun."""
        lows = doc.lowers
        for words in self.idioms:
            for k, w in enumerate(words):
                start = prep - k
                if w == lows[prep] and start >= 0 and tuple(lows[start:start + len(words)]) == words:
                    return True
        return False

    def placed(self, doc: Doc, noun: int, start: int, mentions: Iterable[Mention]) -> bool:
        """A possessive act noun whose place follows it ("bei seinem überraschenden Besuch in Moskau"): its owner's act
        at that place, told here (adjectives may stand between the possessive and the noun; a demonstrative, "diese
        Angriffe", and a possessive without a place, "Mit ihrer Forderung blieb ...", still refer back)."""
        toks = doc.tokens
        j = noun - 1
        while j > start and toks[j].text[:1].islower() and toks[j].lower not in self.possessives \
                and toks[j].lower.endswith(("e", "en", "em", "er", "es")):
            j -= 1  # "seinem überraschenden Besuch"
        if j < start or toks[j].lower not in self.possessives:
            return False
        if noun + 1 >= len(toks) or toks[noun + 1].lower not in self.place_prepositions:
            return False
        return any(m.tok_start in (noun + 2, noun + 3) and (m.is_location or (m.actor is not None and m.actor.country))
                   for m in mentions)
