"""May an event stand without a named doer: the rule and the trigger's form say so (a passive that hides the doer,
a receiving noun), and whether the doer is an army where a rule needs force. Split from event_builder.py, whose
``_event`` asks these; the attributes are EventExtractor's."""

from __future__ import annotations

from ..model import ActorRef, Doc, Event, Mention
from . import incidents_de
from .claims import AttributionSpan, attribution_chain
from .clauses import Clause
from .rules import Rule, Trigger


class DoerForms:
    """Mixin of EventBuilder (and so of EventExtractor): whether a trigger may stand without its doer named,
    and whether an army acts in its clause (also asked by the trigger finder and the nominal role finder)."""

    _story: Event | None  # per document: its last event with a source country (events._extract)

    def _may_lack_doer(self, trig: Trigger, rule: Rule, received: bool) -> bool:
        """May the event stand without a named doer: one news leaves unnamed (priors_de.unknown_doer), a passive verb
        that hides it, a receiving verb ("trafen auf Widerstand", "erhielt Kritik")?"""
        return bool(rule.unknown_doer or trig.lemma in rule.passive_unknown or self.vorfeld and rule.receiving or received)

    def _story_doer(self, doc: Doc, c: Clause, trig: Trigger, target_m: Mention | None, loc_m: Mention | None,
                    spans: list[AttributionSpan]) -> ActorRef | None:
        """German: a passive or an act noun that names no doer takes the doer of the story's last event where the two
        tell one story (story_doers.py); a verb in the active voice that found none is a reading left open, not this."""
        if not self.vorfeld or self._story is None or not (
                trig.nominal or self._participle(doc, trig.tok, c) and self._passive(doc, c, trig.tok)):
            return None
        if trig.nominal and any(m.tok_start in (trig.tok + 1, trig.tok + 2) and m.preposition is None and m.actor is not None
                                and m.actor.country and (trig.rule.genitive_role == "source" or m.tok_start == trig.tok + 1
                                                         and doc.tokens[m.tok_start].lower not in self.determiners)
                                for m in self._by_sent.get(c.sent, [])):
            return None  # "die Unterstützung Belgrads", "Angriffe der Armee": a side in the genitive is the doer, not the
            # story's ("Unterstützung der ukrainischen Armee" names whom it helps: genitive_role)
        end = doc.sentences[c.sent].tok_end  # "sei verschleppt worden: von einer Gruppe Milizen" (a clause of its own)
        if any(doc.tokens[j].lower in self.agent_preps and _noun_after(doc, j, end, self.determiners)
               for j in (range(trig.tok + 1, min(trig.tok + 2, end)) if trig.nominal else range(c.start, end))):
            return None  # "sei von einer Gruppe Milizen verschleppt worden", "ein Forderungskatalog von IWF und EU": the
            # passive or the act noun names its doer, of no country known
        target = target_m.actor.country if target_m is not None and target_m.actor is not None else None
        places = set(self._countries.get(c.sent, ()))
        if loc_m is not None and loc_m.place is not None and loc_m.place.country:
            places.add(loc_m.place.country)
        return self.story_doers.doer(doc, c.sent, trig.rule.type, self._story, target, places,
                                     attribution_chain(spans, trig.tok))

    def _doer_left_out(self, doc: Doc, c: Clause, trig: Trigger, rule: Rule, received: bool) -> bool:
        """Does the trigger's form say the doer is left out (a noun, a passive participle; the receiving verb itself),
        so that the unknown doer stands in? A narrower test than _may_lack_doer: the form, not only the verb; not where an
        incident noun of the clause names its doers (incidents_de.doer_told)."""
        receiving = self.vorfeld and rule.receiving
        hidden = trig.lemma in rule.passive_unknown
        return bool(receiving and not trig.nominal or (rule.unknown_doer or hidden and not trig.nominal or received) and (
            trig.nominal or self._participle(doc, trig.tok, c) and self._passive(doc, c, trig.tok))) and not (
            rule.unknown_doer and incidents_de.doer_told(doc, c.start, c.end, self.nominal_blockers, self.case, self.side_preps))

    def _received(self, doc: Doc, c: Clause, trig: Trigger, target_m: Mention | None) -> bool:
        """A nominal trigger its subject receives ("Der Präsident erhielt scharfe Kritik"): it stands without a doer."""
        return bool(self.vorfeld and trig.nominal and target_m is not None
                    and incidents_de.receiving_verb(doc, c.start, c.end, trig.tok, self.case, self._actor_toks) is not None)

    def _military(self, doc: Doc, c: Clause, actors: list[Mention]) -> bool:
        """An army acts in the clause, by an actor's sector or a military word: rules that need force ask it."""
        if any(m.actor is not None and m.actor.sector == "MIL" for m in actors):
            return True
        return any(self._military_word(t.lower) for t in doc.tokens[c.start:c.end])

    def _military_word(self, word: str) -> bool:
        """A word of troops or arms, also as a compound's head ("Kampftruppen")."""
        return word in self.military_words or word.endswith(self.military_heads)


def _noun_after(doc: Doc, j: int, end: int, determiners: set[str]) -> bool:
    """A noun opens the phrase after token ``j`` (its articles and small words skipped): "von einer Gruppe", not "von 45"."""
    k = j + 1
    while k < end and (doc.tokens[k].lower in determiners or doc.tokens[k].text[:1].islower()):
        k += 1
    return k < end and doc.tokens[k].text[:1].isupper()
