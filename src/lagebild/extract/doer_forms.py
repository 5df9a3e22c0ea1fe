"""May an event stand without a named doer: the rule and the trigger's form say so (a passive that hides the doer,
a receiving noun), and whether the doer is an army where a rule needs force. Split from event_builder.py, whose
``_event`` asks these; the attributes are EventExtractor's."""

from __future__ import annotations

from ..model import Doc, Mention
from . import incidents_de
from .clauses import Clause
from .rules import Rule, Trigger


class DoerForms:
    """Mixin of EventBuilder (and so of EventExtractor): whether a trigger may stand without its doer named,
    and whether an army acts in its clause (also asked by the trigger finder and the nominal role finder)."""

    def _may_lack_doer(self, trig: Trigger, rule: Rule, received: bool) -> bool:
        """May the event stand without a named doer: one news leaves unnamed (priors_de.unknown_doer), a passive verb
        that hides it, a receiving verb ("trafen auf Widerstand", "erhielt Kritik")?"""
        return bool(rule.unknown_doer or trig.lemma in rule.passive_unknown or self.vorfeld and rule.receiving or received)

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
