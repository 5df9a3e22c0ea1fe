"""Counts told after their event: "Eine Autobombe ging in Beirut hoch. Zwei Menschen wurden getötet." gives the bombing
its two dead, "The EU tightened sanctions. It added 37 more people to its list" the sanctions their 37.

News tells an act first and its figures (dead, arrested, protesters, troops, money, people listed) in a sentence of
their own, which often has no event of its own. Such a count belongs to the nearest event just before (or in the same
sentence) whose type it can count: the sentence has one of the type's outcome words ("getötet", "arrested", "list")
and the count's unit is one the type counts. The words are data (``later_counts`` in resources/<lang>/numbers.yaml).
This runs after the scorer: it adds no event and drops none, so the events the scorer weighed stay as they were.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from ..knowledge.resources import load
from ..model import Doc, Event, Quantity


@dataclass(frozen=True)
class CountRule:
    """What a later count of one event type must show: a unit among ``units`` (any when empty) and, when ``words`` is
    not empty, one of these words (lower-case forms, or phrases of them) in its sentence."""

    units: frozenset[str]
    words: frozenset[tuple[str, ...]]


class LaterCounts:
    """Gives events the counts told in the sentences right after them (or in their own, outside their clause)."""

    def __init__(self, lang: str) -> None:
        data: dict[str, Any] = (load("numbers", lang, default={}) or {}).get("later_counts") or {}
        self.window = int(data.get("window", 2))
        self.compound_heads = bool(data.get("compound_heads"))
        self.rules = {t: CountRule(frozenset(r.get("units") or ()),
                                   frozenset(tuple(str(w).lower().split()) for w in r.get("words") or ()))
                      for t, r in (data.get("types") or {}).items()}

    def __call__(self, doc: Doc) -> None:
        if not self.rules or not doc.events or not doc.quantities:
            return
        owned = {q.start for e in doc.events for q in e.quantities}
        starts = [s.start for s in doc.sentences]
        tok_starts = [t.start for t in doc.tokens]
        # events by sentence (stable: the article's order within one), so each count looks at its window only
        events = sorted(doc.events, key=lambda e: e.evidence_sentence)
        event_sents = [e.evidence_sentence for e in events]
        for q in doc.quantities:
            if q.start in owned or q.value < 2:
                continue  # a lone one ("a nominally civilian government") is seldom an act's count
            sent = bisect_right(starts, q.start) - 1
            span = (bisect_right(tok_starts, q.start) - 1, bisect_right(tok_starts, q.end - 1) - 1)
            near = events[bisect_left(event_sents, sent - self.window - 2):bisect_right(event_sents, sent)]
            event = self._owner(doc, q, sent, span, near)
            if event is not None:
                event.quantities = sorted([*event.quantities, q], key=lambda x: x.start)

    def _owner(self, doc: Doc, q: Quantity, sent: int, span: tuple[int, int], near: list[Event]) -> Event | None:
        """The event ``q`` counts, among those of its sentence and the ``window`` before it (two more for an event
        whose target the count's sentence names: "Military aid to Egypt will remain at $1.3 billion"): the one whose
        type's word stands nearest the count ("after ten people were killed when ..." counts the killing, not the
        sanctions told before), then one whose target its sentence names, then the nearest; None when none fits."""
        named = {m.actor.country for m in doc.mentions_in(sent) if m.actor is not None and m.actor.country}
        best: tuple[int, int, int, int] | None = None
        owner = None
        for e in near:
            back = sent - e.evidence_sentence
            rule = self.rules.get(e.event_type)
            if rule is None or back < 0 or back > self.window + 2:
                continue
            hit = int(not (e.target is not None and e.target.country in named))
            if back > self.window and hit:
                continue
            cue = self._cue_distance(doc, q, sent, span, rule, self.compound_heads)
            if cue is None:
                continue
            key = (cue, hit, back, abs(e.start - q.start))
            if best is None or key < best:
                best, owner = key, e
        return owner

    @staticmethod
    def _cue_distance(doc: Doc, q: Quantity, sent: int, span: tuple[int, int], rule: CountRule,
                      compounds: bool = False) -> int | None:
        """How many tokens from the count the nearest of the rule's words stands (0 where it needs none); None when
        the count's unit or its sentence does not fit the rule. With ``compounds`` (German) a capitalised word also
        fits by its head: "Massenkundgebung" is a "Kundgebung", "Großdemonstration" a "Demonstration"."""
        if rule.units and q.unit not in rule.units:
            return None
        if not rule.words:
            return 0
        s = doc.sentences[sent]
        lows = doc.lowers
        toks = doc.tokens
        best: int | None = None
        for j in range(s.tok_start, s.tok_end):
            for phrase in rule.words:
                n = len(phrase)
                if j + n <= s.tok_end and (tuple(lows[j:j + n]) == phrase
                                           or n == 1 and toks[j].lemma.lower() == phrase[0]
                                           or n == 1 and compounds and _head_of(toks[j].text, lows[j], phrase[0])):
                    gap = span[0] - (j + n - 1) if j < span[0] else max(0, j - span[1])
                    best = gap if best is None else min(best, gap)
        return best


def _head_of(text: str, low: str, word: str) -> bool:
    """Is ``word`` (a noun of five letters or more) the head of the German compound ``text``? Only capitalised words
    are compounds of nouns, so "unverletzt" never reads as "verletzt"."""
    return len(word) >= 5 and text[:1].isupper() and len(low) > len(word) + 2 and low.endswith(word)
