"""Act nouns named as the premise of another statement, not told as an event of the story (issue 13 item 3).

"Die Behörden gehen von einem Terroranschlag aus" (an assumption), "in Zusammenhang mit dem Anschlag", "Bezug zu den
Anschlägen", "Ermittlungen wegen des Überfalls", "der Prozess um den Mord", "in die Anschläge verwickelt": the act is
the topic of an inquiry, a link or a guess, told elsewhere if at all; read as an event it is a second, usually roleless
copy. Accusation frames ("beschuldigt, an einem Anschlag beteiligt") stay events: gold codes the alleged act.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..knowledge.resources import lower_words
from ..model import Doc


@dataclass(frozen=True)
class ReferenceFrames:
    """The language's data: frame words (word endings) right before a preposition, frame words after the noun
    ("in X verwickelt"), and the assumption verb with its particle ("gehen von X aus", "von X ausgehen")."""

    heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    trailing: dict[str, frozenset[str]] = field(default_factory=dict)
    assume_prepositions: frozenset[str] = frozenset()
    assume_verbs: frozenset[str] = frozenset()
    assume_particle_verbs: frozenset[str] = frozenset()
    assume_particle: str = ""
    reach: int = 4
    coordinators: frozenset[str] = frozenset()
    inner_prepositions: frozenset[str] = frozenset()
    coordinated_reach: int = 10

    @classmethod
    def from_data(cls, data: dict | None) -> ReferenceFrames:
        """Built from <lang>/triggers.yaml ``reference_frames`` (absent: no frame, every act noun is read)."""
        data = data or {}
        assume = data.get("assume") or {}
        return cls({p.lower(): tuple(w.lower() for w in ws) for p, ws in (data.get("heads") or {}).items()},
                   {p.lower(): frozenset(w.lower() for w in ws) for p, ws in (data.get("trailing") or {}).items()},
                   lower_words(assume, "prepositions"),
                   lower_words(assume, "verbs"),
                   lower_words(assume, "particle_verbs"),
                   str(assume.get("particle") or "").lower(), int(data.get("reach") or 4),
                   lower_words(data, "coordinators"),
                   lower_words(data, "inner_prepositions"),
                   int(data.get("coordinated_reach") or 10))

    def framed(self, doc: Doc, noun: int, start: int, end: int) -> bool:
        """The act noun at ``noun`` sits in a prepositional phrase of a frame word or of the assumption verb within
        its clause [start, end): only articles and lower-case attributes may stand between preposition and noun; past a
        coordinator also the nouns listed before it and their places ("Anklage wegen Mordes und Tötung", "Bezug zu den
        Anschlägen in London oder der Besetzung")."""
        if not self.heads and not self.trailing and not self.assume_prepositions:
            return False
        toks, lows = doc.tokens, doc.lowers
        listed = False  # a coordinator passed: the noun is one of a list inside the phrase
        j = noun - 1
        while j >= start and noun - j <= (self.coordinated_reach if listed else self.reach):
            low = lows[j]
            if low in self.heads and j > start and lows[j - 1].endswith(self.heads[low]):
                return True  # "in Zusammenhang mit dem Anschlag", "Ermittlungen wegen des Überfalls"
            if low in self.trailing and any(w in self.trailing[low] for w in lows[noun + 1:end]):
                return True  # "in die Anschläge verwickelt"
            if low in self.assume_prepositions and self._assumed(lows, j, noun, start, end):
                return True  # "gehen von einem Terroranschlag aus"
            listed = listed or low in self.coordinators
            inner = listed and low in self.inner_prepositions and toks[j + 1].text[:1].isupper()
            if not inner and (low in self.heads or low in self.trailing or low in self.assume_prepositions
                              or (toks[j].text[:1].isupper() and not listed)):
                return False  # another preposition or a name ends the phrase
            j -= 1
        return False

    def _assumed(self, lows: list[str], prep: int, noun: int, start: int, end: int) -> bool:
        """The assumption verb governs the preposition: a particle form before it and its particle after the noun
        ("geht derzeit von einem Anschlag aus"), or the joined form after the noun ("von einem Anschlag ausgehen")."""
        after = lows[noun + 1:end]
        if any(w in self.assume_verbs for w in after):
            return True
        return bool(self.assume_particle) and self.assume_particle in after \
            and any(w in self.assume_particle_verbs for w in lows[start:prep])
