"""A capacity is no act, German surface form: a zu-infinitive hung on a noun or adjective of capacity, right or
chance ("hat noch Gelegenheit, die Auflagen zu erfüllen", "das Recht, ein Veto einzulegen", "die Fähigkeit, andere
Netze anzugreifen", "ist in der Lage, Ziele in Europa anzugreifen") tells what an actor can or may do, not what it
did; "keine andere Möglichkeit(,) als ... aufzukündigen" is a choice forced, an act announced, and "nutzte die
Gelegenheit, ... anzugreifen" a chance used, an act done: both stay. English reads
this from the parse (trigger_context.TypeContext.potential_heads); German has none, so the words around the
infinitive are read. Words are data (lexicon ``capacity``); empty: nothing is dropped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..knowledge.resources import lower_words
from ..language.suffixes import split_whole
from ..model import Doc
from .rules import Trigger
from .verb_lemmas import zu_infinitive


@dataclass(frozen=True)
class CapacityFrames:
    """The heads whose zu-infinitive is a capacity, and how a German zu-infinitive is written."""

    heads: tuple[str, ...] = ()  # "möglichkeit", "recht": a noun equal to one or a compound ending in one
    whole: frozenset[str] = frozenset()  # "=lage": the whole word only ("in der Lage", no "Sicherheitslage")
    openers: frozenset[str] = frozenset()  # ",": what stands between the head and its infinitive
    choices: frozenset[str] = frozenset()  # "als" right after the opener: a choice forced, no capacity
    uses: frozenset[str] = frozenset()  # "nutzte", "ergriff" just before the head: the chance was used, the act done
    copulas: frozenset[str] = frozenset()  # "ist", "sei": may stand between an adjective head and the opener
    markers: frozenset[str] = frozenset()  # "zu"
    particles: tuple[str, ...] = ()  # "auf", "an": "aufzunehmen", "anzugreifen"
    reach: int = 0  # at most this many words between the opener and the trigger

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> CapacityFrames:
        d = lex.get("capacity") or {}
        words = [str(w).lower() for w in d.get("heads") or []]
        stems, whole = split_whole(words)
        return cls(heads=stems, whole=whole,
                   openers=lower_words(d, "openers"),
                   choices=lower_words(d, "choices"),
                   uses=lower_words(d, "uses"),
                   copulas=lower_words(d, "copulas"),
                   markers=lower_words(lex, "infinitive_clause_markers"),
                   particles=tuple(str(p).lower() for p in lex.get("separable_particles") or [] if isinstance(p, str)),
                   reach=int(d.get("reach") or 0))

    def drop(self, doc: Doc, out: list[Trigger]) -> list[Trigger]:
        """The triggers that stand in no capacity's infinitive."""
        if not out or not (self.heads or self.whole) or not self.reach:
            return out
        return [tr for tr in out if not self._inside(doc, tr.tok)]

    def _inside(self, doc: Doc, i: int) -> bool:
        """The trigger at ``i`` lies between a capacity head's opener and the zu-infinitive that ends its phrase."""
        toks = doc.tokens
        sent = doc.sentences[toks[i].sent]
        opener = next((k for k in range(i - 1, max(sent.tok_start, i - self.reach) - 1, -1)
                       if toks[k].lower in self.openers or toks[k].text in self.openers), None)
        if opener is None or any(not toks[k].text[:1].isalnum() for k in range(opener + 1, i)) \
                or toks[opener + 1].lower in self.choices:
            return False
        head = opener - 1
        while head > sent.tok_start and toks[head].lower in self.copulas:
            head -= 1  # "in der Lage ist, ... anzugreifen"
        if head < sent.tok_start or not self._head(toks[head].lower) or any(
                toks[k].lower in self.uses or toks[k].lemma in self.uses for k in range(max(sent.tok_start, head - 4), head)):
            return False
        for k in range(i, min(sent.tok_end, i + self.reach)):  # the phrase ends in its zu-infinitive
            if not toks[k].text[:1].isalnum():
                return False
            if self._zu_infinitive(doc, k):
                return True
        return False

    def _head(self, word: str) -> bool:
        return word in self.whole or word.endswith(self.heads)

    def _zu_infinitive(self, doc: Doc, k: int) -> bool:
        """ "zu erfüllen", "aufzunehmen": a lower-case infinitive after "zu", or a particle, "zu" and a stem."""
        t = doc.tokens[k]
        return t.text[:1].islower() and t.lower.endswith("n") and zu_infinitive(doc, k, self.markers, self.particles,
                                                                                 lemma=False)
