"""A game told is no political event: news-gold's guidelines skip sport, yet a match report speaks in the words of
conflict and diplomacy with states as its sides ("die Schweiz trifft in der Gruppe F auf Schweden", "ein Angriff
brachte in der 69. Minute Gefahr", "US-Trainer Bob Bradley kritisierte"). A sentence with a word of the game itself
(a referee, a half, a penalty; never a tournament's name, which politics speaks of too: a boycott of the World Cup)
or a score, a match minute or a tournament group tells sport. Words and patterns are data (lexicon ``sport``); empty:
nothing is sport."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..language.suffixes import split_whole
from ..model import Doc


@dataclass(frozen=True)
class SportScope:
    """The words and patterns that mark a sentence as a game told."""

    endings: tuple[str, ...] = ()  # "schiedsrichter": a word equal to one or a compound ending in one ("Bundestrainer")
    whole: frozenset[str] = frozenset()  # "=tor": the whole word only
    patterns: tuple[re.Pattern[str], ...] = ()  # a score "(6:4)", "in der 69. Minute", "in der Gruppe B"

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> SportScope:
        d = lex.get("sport") or {}
        words = [str(w).lower() for w in d.get("words") or []]
        stems, whole = split_whole(words)
        return cls(endings=stems, whole=whole,
                   patterns=tuple(re.compile(str(p)) for p in d.get("patterns") or []))

    def game(self, doc: Doc, sent: int) -> bool:
        """Whether sentence ``sent`` tells a game."""
        if not (self.endings or self.whole or self.patterns):
            return False
        s = doc.sentences[sent]
        if any(t.lower in self.whole or (self.endings and t.lower.endswith(self.endings))
               for t in doc.tokens[s.tok_start:s.tok_end]):
            return True
        text = doc.text[s.start:s.end]
        return any(p.search(text) for p in self.patterns)
