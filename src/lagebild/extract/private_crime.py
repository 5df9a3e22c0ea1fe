"""Private crime: a violent act between private persons ("ein Brite, der seine Ehefrau getötet hat", "a German man
attacked his neighbour") is no event between sides. news-gold's guidelines skip such crimes unless a political actor
acts; a nationality noun names the person's origin there, not his country as a doer. The state's own acts (arrest,
charge, sentence) are other event types and stay."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..knowledge.resources import lower_words
from ..model import ActorRef, Doc, Mention

PRIVATE_TYPES = frozenset({"ASSAULT", "COERCE"})
GROUP_SECTORS = frozenset({"REB"})  # a person acting for an armed group ("ein Brite, der sich dem IS anschloss") has a side
PERSON_VIAS = frozenset({"people", "origin"})  # a demonym ("ein Brite", "a Briton") or "ein aus Syrien stammender Mann"


@dataclass(frozen=True)
class PrivateCrime:
    """Words that mark a person as private: plain person nouns ("Mann", "suspect"), age nouns ("35-Jähriger",
    "39-year-old") and relations after a possessive ("seine Frau", "his wife")."""

    persons: frozenset[str] = frozenset()
    age_endings: tuple[str, ...] = ()
    relations: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    singular: frozenset[str] = frozenset()  # "ein", "a": a nationality noun after one names one person
    group_stems: tuple[str, ...] = ()  # "Extremist", "IS-Kämpfer", "militant": a word of an armed group in the clause

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> PrivateCrime:
        d = lex.get("private_persons") or {}

        def words(key: str) -> frozenset[str]:
            return lower_words(d, key)

        return cls(persons=words("persons"), age_endings=tuple(str(w).lower() for w in d.get("age_endings") or []),
                   relations=words("relations"), possessives=words("possessives"), singular=words("singular"),
                   group_stems=tuple(sorted(words("group_stems"))))

    def _private_word(self, word: str) -> bool:
        w = word.lower()
        return w in self.persons or bool(self.age_endings) and w.endswith(self.age_endings)

    def _private_text(self, text: str) -> bool:
        return any(self._private_word(w.strip(".,;:")) for w in text.split())

    def _relation(self, doc: Doc, start: int, end: int) -> bool:
        """Whether tokens ``start``..``end`` hold a possessive before a relation noun ("seine Frau", "his wife")."""
        toks = doc.tokens
        return any(toks[j].lower in self.possessives and j + 1 < end and toks[j + 1].lower in self.relations
                   for j in range(start, end))

    def _person(self, doc: Doc, m: Mention | None, ref: ActorRef | None) -> bool:
        """A side that is a private person: a nationality noun, a plain person word or a nationality adjective on one
        ("a German man", "ein deutscher Rentner"), with no sector."""
        if ref is None or m is None or ref.sector is not None and not (ref.sector in GROUP_SECTORS and m.via != "coreference"
                                                                       and self._private_text(m.text)):
            return False  # a sector keeps its side; "der Täter" (an attacker, REB by its noun) alone names a person
        after = doc.tokens[m.tok_end].text if m.via == "adjective" and m.tok_end < len(doc.tokens) else ""
        return m.via in PERSON_VIAS and self._one(doc, m.tok_start) or self._private_text(m.text) \
            or bool(after and self._private_word(after)) or (m.via == "coreference" and self._private_text(ref.text or ""))

    def _one(self, doc: Doc, start: int) -> bool:
        """Whether the noun at ``start`` names one person: an indefinite article or an age word up to three words
        before ("ein psychisch kranker Brite", "a Briton"); a plural ("radikale Israelis") is a community."""
        return any(t.lower in self.singular or self._private_word(t.text)
                   for t in doc.tokens[max(0, start - 3):start])

    def crime(self, doc: Doc, start: int, end: int, etype: str, source_m: Mention | None, source: ActorRef | None,
              target_m: Mention | None, target: ActorRef | None) -> bool:
        """Whether an ASSAULT or COERCE in tokens ``start``..``end`` is a private person's act on a private person
        (or on nobody named): a crime told, not an event between sides."""
        if etype not in PRIVATE_TYPES or not self.persons or not self._person(doc, source_m, source):
            return False
        if any(m.actor is not None and m.actor.sector in GROUP_SECTORS for m in doc.mentions
               if m.kind == "actor" and start <= m.tok_start < end and m is not source_m) \
                or any(g in t.lower for t in doc.tokens[start:end] for g in self.group_stems):
            return False  # the person acts for an armed group the clause names
        if target is None or target_m is None and target.sector is None or self._person(doc, target_m, target):
            return True  # nobody named, a side read from the place ("in Graz") or a private person
        return target.sector is None and target_m is not None and self._relation(doc, target_m.tok_start - 1,
                                                                                 target_m.tok_end)
