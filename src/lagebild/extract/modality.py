"""Modality cues: negated > hypothetical > future > factual, and hedging, from the words of a clause.

A mixin of :class:`~lagebild.extract.claims.ClaimCues` (which holds the cue words from claims.yaml).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Doc, Modality
from .analyser import analysis_of
from .clauses import Clause


class ModalityCues:
    """How certain an event is told; the cue words are set by ClaimCues."""

    negation: Any
    not_negating: set[str]
    implicatives: set[str]
    perfect_aux: set[str]
    past_infinitive: set[str]
    infinitive_markers: set[str]
    hypothetical: Any
    future: Any
    pledges: Any
    pending: Any
    conditional_openers: set[str]
    infinitive_openers: set[str]
    future_aux: set[str]
    temporal_openers: set[str]
    determiners: set[str]
    hedges: Any
    lang: str
    find: Callable[..., tuple[int, int] | None]

    def modality(self, doc: Doc, clause: Clause, trigger: int) -> tuple[Modality, bool]:
        """Negated > hypothetical > future > factual; hedged from hedge cues in the clause. An infinitive
        complement is intended, not done ("hoping to win", "um ... auszubauen"), unless its verb says it
        happened ("managed to", "begann ... anzugreifen")."""
        toks = doc.tokens
        lo, hi = clause.start, clause.end
        sent_start = doc.sentences[clause.sent].tok_start
        infinitive = clause.opener in self.infinitive_openers and (self.lang != "en" or (
            clause.start + 1 < clause.end and toks[clause.start + 1].text[:1].islower()
            and toks[clause.start + 1].lower not in self.determiners))
        if infinitive and self._prepositional_to(doc, clause):
            infinitive = False  # "According to him, ...": a preposition, no infinitive
        if infinitive or clause.opener in self.infinitive_openers and not self._prepositional_to(doc, clause):
            lo = sent_start  # "plan to expand": the plan's modality
        if self._negated(doc, lo, hi):
            modality: Modality = "negated"
        elif clause.opener in self.conditional_openers or self.find(doc, lo, hi, self.hypothetical):
            modality = "hypothetical"
        elif self._pledged(doc, trigger) or self._pending(doc, lo, trigger) or self.find(doc, lo, hi, self.future) or (
                any(toks[j].lower in self.future_aux for j in range(lo, hi))
                and toks[trigger].lower == toks[trigger].lemma and toks[trigger].text[:1].islower()
                and not (trigger + 1 < hi and toks[trigger + 1].lower in self.past_infinitive
                         and toks[trigger - 1].lower not in self.infinitive_markers)):  # "zu empfangen sein": future
            # "soll die Stadt bombardiert haben": a past infinitive after the trigger is reported, not planned
            modality = "future"
        elif self._to_infinitive(doc, trigger) or clause.opener in self.temporal_openers and self._not_past(doc, trigger) \
                and any(toks[j].lower in self.future_aux for j in range(sent_start, clause.start)):
            modality = "future"  # "... will be on the agenda when Rice and Gates visit Riyadh"
        elif infinitive and not any(toks[j].lower in self.implicatives for j in range(sent_start, clause.start)) and not any(
                toks[j].lower in self.infinitive_markers and toks[j + 1].lower in self.perfect_aux
                for j in range(clause.start, hi - 1)):  # "angegriffen zu haben", "to have sent": done, not intended
            modality = "future"
        else:
            modality = "factual"
        hedged = self.find(doc, lo, hi, self.hedges) is not None
        return modality, hedged

    def _prepositional_to(self, doc: Doc, clause: Clause) -> bool:
        """Is the English "to" that opened the clause a preposition ("According to him, ...", "to Russia")?
        The parse says so by the word after it, which an infinitive's verb is not."""
        parse = analysis_of(doc)
        if self.lang != "en" or parse is None or not parse.usable(clause.sent):
            return False
        to = next((j for j in range(clause.start, clause.end) if doc.tokens[j].lower == clause.opener), None)
        return to is not None and to + 1 < clause.end and parse.tags.get(to + 1) not in (None, "VB")

    def _to_infinitive(self, doc: Doc, trigger: int) -> bool:
        """English "travelled to Berlin to finalize a deal", "ordered troops to withdraw": a bare infinitive with
        "to" (from the parse) is what someone means to do, unless its verb says it happened ("managed to")."""
        parse = analysis_of(doc)
        if self.lang != "en" or parse is None or not parse.usable(doc.tokens[trigger].sent) or parse.tags.get(trigger) != "VB":
            return False
        if not any(doc.tokens[c].lower == "to" and parse.deps.get(c) == "aux" for c in parse.children.get(trigger, [])):
            return False
        head = parse.heads.get(trigger)
        return head is None or head == trigger or doc.tokens[head].lower not in self.implicatives

    @staticmethod
    def _not_past(doc: Doc, trigger: int) -> bool:
        """Is the trigger told in the present ("when Rice visits"), by the parse? "after Ukraine attacked" is past."""
        parse = analysis_of(doc)
        tag = parse.tags.get(trigger) if parse is not None and parse.usable(doc.tokens[trigger].sent) else None
        return tag is not None and tag not in ("VBD", "VBN")

    def _pending(self, doc: Doc, lo: int, trigger: int) -> bool:
        """'is negotiating an arms package', 'verhandelt über eine Lieferung': an act named after a word of
        negotiation is still being agreed, not done; the negotiation itself (the trigger) is no cue."""
        return self.pending is not None and self.find(doc, lo, trigger, self.pending) is not None

    def _pledged(self, doc: Doc, trigger: int) -> bool:
        """Is the trigger a pledge ("pledged", "committed to", "versprach")? Its act is promised, not done."""
        return self.pledges.match_at(doc.lowers, trigger, doc.sentences[doc.tokens[trigger].sent].tok_end) is not None

    def _negated(self, doc: Doc, lo: int, hi: int) -> bool:
        """A negation cue in [lo, hi) that negates: "nicht nur" / "not only" adds rather than denies."""
        j = lo
        while j < hi:
            m = self.negation.match_at(doc.lowers, j, hi)
            if m is not None:
                k = j + len(m)
                if k >= hi or doc.lowers[k] not in self.not_negating:
                    return True
            j += 1
        return False
