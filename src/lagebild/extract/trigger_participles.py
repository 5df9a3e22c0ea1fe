"""German participles before a noun ("die inhaftierten Journalisten", "mit 15 getöteten Journalisten"): adjectives,
no triggers. Split from trigger_finder.py, which asks this of each lower-case word before its verb branch; the
attributes are EventExtractor's."""

from __future__ import annotations

from ..model import Doc, Token
from .clauses import Clause
from .participles_de import placed_participle


class TriggerParticiples:
    """Mixin of TriggerFinder (and so of EventExtractor): a participle used as an adjective is no verb trigger."""

    def _attributive(self, doc: Doc, i: int, clause: Clause) -> bool:
        """A German participle before its noun, after a determiner, number or adverb, is an adjective; after
        an actor or a conjunction it is a verb ("Russland inhaftierte Journalisten")."""
        toks = doc.tokens
        low, prev = toks[i].lower, toks[i - 1]
        if low.endswith(self.participle_endings) and (prev.lower in self.determiners or prev.lower in self.nominal_blockers):
            return True
        nxt = toks[i + 1] if i + 1 < clause.end else None
        if low.endswith(self.inflected_participle or ("\0",)) and (prev.lower in self.degree_adverbs or (
                prev.text.rstrip(".").isdigit() and nxt is not None and nxt.text[:1].isupper())):
            return True  # "Sehr geehrter Herr Präsident", "mit 15 getöteten Journalisten": an adjective
        if (self.article_adjective and low.endswith(self.article_adjective) and prev.lower in self.determiners
                and (head := self._noun_after(doc, i, clause)) is not None  # asked only here: a scan of the words after
                and head.text[:1].isupper() and head.text[:1].isalpha()
                and not (i - 1 == doc.sentences[prev.sent].tok_start and prev.lower in self.case.demonstratives)):
            return True  # "die verdächtigen Personen", "vor der versammelten Presse": between article and noun
        # a preposition opening the sentence is written with a capital: "Von bewaffneten Gruppen ausgeübte Gewalt"
        opening_prep = i - 1 == doc.sentences[prev.sent].tok_start and prev.lower in self.opening_preps
        if (bool(self.inflected_participle) and low.endswith(self.inflected_participle) and nxt is not None
                and nxt.text[:1].isupper() and (prev.text[:1].islower() or opening_prep) and prev.text[:1].isalpha()
                and not (prev.lower in self.weak or prev.lower in self.coordinators or prev.lower in self.finite)):
            return True
        return placed_participle(doc, i, clause, self.placed_words)

    def _noun_after(self, doc: Doc, i: int, clause: Clause) -> Token | None:
        """The word after the one at ``i`` once inflected adjectives are passed over: "einer bewaffneten extremen Gruppe",
        "die inhaftierten russischen Journalisten" keep the participle in front of its noun (three adjectives at most)."""
        toks = doc.tokens
        j = i + 1
        while (j < min(clause.end - 1, i + 4) and toks[j].text.isalpha() and toks[j].text[:1].islower()
               and toks[j].lower.endswith(self.article_adjective) and toks[j].lower not in self.determiners):
            j += 1
        return toks[j] if j < clause.end else None
