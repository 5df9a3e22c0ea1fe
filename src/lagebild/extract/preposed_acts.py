"""German act nouns behind a blocking preposition ("nach dem", "vor dem") that still tell an act of the article.

"Nach dem Treffen" usually points back at an event told before, so such nominals are skipped (trigger_finder._blocked).
Two kinds are kept: a preposition that is part of an adverbial idiom governs nothing ("vor allem die Forderung der
Opposition"), and an act whose own doer is named inside the phrase ("vor dem Abzug der Friedenstruppe", "nach dem
Besuch des libanesischen Präsidenten") is told with its sides unless an earlier sentence told the act already (its
sides, read from the phrase, may come out reversed: "Vor dem Treffen der beiden Präsidenten") or a year or a word of
the past marks it as older background ("nach dem Einmarsch der Armee 1990", "nach dem damaligen Besuch"). A possessive
act noun followed by its place ("bei seinem Besuch in Moskau") is its owner's act there (told before, it is the same
owner and place, so the same event).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Doc, Mention
from .rules import Rule


@dataclass(frozen=True)
class PreposedActs:
    """The language's data: idioms that hold a blocking preposition, the prepositions after which an act with its own
    doer is told, and the words that mark an act as older background."""

    idioms: tuple[tuple[str, ...], ...] = ()
    own_doer_prepositions: frozenset[str] = frozenset()
    background_words: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    reach: int = 8  # words after the noun searched for a year or a word of the past (its phrase)

    @classmethod
    def from_data(cls, data: dict | None) -> PreposedActs:
        """Built from de/triggers.yaml ``preposed_acts`` (absent: nothing is kept, the old behaviour)."""
        data = data or {}
        return cls(tuple(tuple(w.lower().split()) for w in data.get("idioms") or []),
                   frozenset(w.lower() for w in data.get("own_doer_prepositions") or []),
                   frozenset(w.lower() for w in data.get("background_words") or []),
                   frozenset(w.lower() for w in data.get("possessives") or []),
                   frozenset(w.lower() for w in data.get("place_prepositions") or []),
                   int(data.get("reach", 8)))

    def idiom(self, doc: Doc, prep: int) -> bool:
        """The preposition at ``prep`` is a word of an adverbial idiom ("vor allem", "nach wie vor"): it governs no noun."""
        lows = doc.lowers
        for words in self.idioms:
            for k, w in enumerate(words):
                start = prep - k
                if w == lows[prep] and start >= 0 and tuple(lows[start:start + len(words)]) == words:
                    return True
        return False

    def told(self, doc: Doc, noun: int, prep: int, end: int, own_doer: bool) -> bool:
        """The act noun at ``noun`` after the preposition at ``prep`` is an act of the article: its doer is named in its
        phrase (``own_doer``) and nothing from the preposition to the phrase's end (``reach`` words, the clause's
        ``end``) dates it to the past: a year other than the publication's, or a word such as "damals"."""
        if not own_doer or doc.tokens[prep].lower not in self.own_doer_prepositions:
            return False
        return not self.older(doc, prep, min(end, noun + 1 + self.reach))

    def placed(self, doc: Doc, noun: int, start: int, mentions: Iterable[Mention]) -> bool:
        """A possessive act noun whose place follows it ("bei seinem überraschenden Besuch in Moskau", "von seinem
        Besuch in Ägyptens Hauptstadt"): its owner's act at that place, told here, not one told before (adjectives
        may stand between the possessive and the noun; a demonstrative, "diese Angriffe", still refers back)."""
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

    @staticmethod
    def told_before(doc: Doc, noun: int, rules: Iterable[Rule]) -> bool:
        """The act was told in an earlier sentence of the article (the same noun, or a verb or noun of its rules:
        "hat sich mit ... getroffen" before "Vor dem Treffen der beiden Präsidenten"): the phrase refers back to it."""
        words: set[str] = {doc.tokens[noun].lower}
        for r in rules:
            words |= r.nouns | r.verbs
        start = doc.sentences[doc.tokens[noun].sent].tok_start
        return any(t.lower in words or t.lemma in words for t in doc.tokens[:start])

    def older(self, doc: Doc, start: int, end: int) -> bool:
        """A year other than the article's, or a background word, among the tokens ``start`` .. ``end``."""
        published = doc.article.published
        return any(_year(t) is not None and (published is None or _year(t) != published.year)
                   for t in _texts(doc, start, end)) or any(
            low in self.background_words for low in doc.lowers[start:end])


def _texts(doc: Doc, start: int, end: int) -> Iterable[str]:
    return (t.text for t in doc.tokens[start:end])


def _year(text: str) -> int | None:
    """A four-digit year of the last two centuries ("1990", "2012"), else None."""
    return int(text) if len(text) == 4 and text.isdigit() and text[:2] in ("19", "20") else None
