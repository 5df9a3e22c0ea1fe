"""Modality cues: negated > hypothetical > future > factual, and hedging, from the words of a clause.

A mixin of :class:`~lagebild.extract.claims.ClaimCues` (which holds the cue words from claims.yaml)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..knowledge.function_words import function_words
from ..model import Doc, Modality
from .analyser import analysis_of
from .clauses import Clause
from .predictions import doubted


class ModalityCues:
    """How certain an event is told; the cue words are set by ClaimCues."""

    negation: Any
    not_negating: set[str]
    not_negating_before: tuple[tuple[str, ...], ...]
    attribute_negators: frozenset[str]
    attribute_suffixes: tuple[str, ...]
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
    doubted: Any
    split_future: dict[str, str]
    ruled_out: Any
    ruled_out_split: tuple[frozenset[str], str]
    planned_modifiers: set[str]
    possible_modifiers: set[str]
    announcement_nouns: set[str]
    plot_participles: set[str]
    plot_auxiliaries: set[str]
    plot_pluperfect: set[str]
    counterfactual_aux: set[str]
    counterfactual_infinitives: set[str]
    conditional_adverbs: set[str]
    reported_future_aux: set[str]
    complementisers: set[str]
    stem_endings: tuple[str, ...]
    particle_followers: frozenset[str]
    lang: str
    find: Callable[..., tuple[int, int] | None]
    _zu_infinitive: Callable[[Doc, int], bool]

    def modality(self, doc: Doc, clause: Clause, trigger: int, nominal: bool = False,
                 said: bool = False) -> tuple[Modality, bool]:
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
        outside = clause.opener in self.infinitive_openers and self._outside_infinitive(doc, clause, trigger)
        infinitive = infinitive and not outside  # "the plan to send troops was rejected": the rejection is done
        if infinitive or clause.opener in self.infinitive_openers and not outside and not self._prepositional_to(doc, clause):
            lo = sent_start  # "plan to expand": the plan's modality
        negated = self._negated(doc, lo, hi, trigger)
        made = negated and said and self._rules_out_itself(doc, trigger, hi)  # a threat said is made
        held_open = negated and not made
        if negated and not self._ruled_out(doc, lo, hi):
            modality: Modality = "negated"
        elif made and not self._supposes(doc, clause, lo, hi, trigger):
            modality = "factual"  # "did not rule out", "would not rule out", "refused to rule out" a strike
        elif held_open or clause.opener in self.conditional_openers or self._reaching(doc, lo, hi, self.hypothetical, trigger) \
                or self._supposed(doc, trigger) \
                or self.conditioned(doc, clause) or (clause.opener in self.complementisers  # "schließt nicht aus, dass"
                                                     and self._ruled_out(doc, sent_start, clause.start)):
            modality = "hypothetical"  # "nicht ausgeschlossen", "did not rule out": possible, not denied
        elif self._pledged(doc, trigger) or self._pending(doc, lo, trigger) or self._future_cue(doc, lo, hi) \
                or self._planned(doc, trigger) or self._announced(doc, clause, trigger, infinitive, nominal) or (
                any(toks[j].lower in self.future_aux for j in range(lo, hi))
                and toks[trigger].lower == toks[trigger].lemma and toks[trigger].text[:1].islower()
                and not (trigger + 1 < hi and toks[trigger + 1].lower in self.past_infinitive
                         and toks[trigger - 1].lower not in self.infinitive_markers)):  # "zu empfangen sein": future
            # "soll die Stadt bombardiert haben": a past infinitive after the trigger is reported, not planned
            modality = "future"
        elif self._named_to_come(doc, lo, hi, trigger):
            modality = "future"  # "Dann soll ein Protestmarsch stattfinden", "wird es eine Demonstration geben"
        elif self._to_infinitive(doc, trigger) or clause.opener in self.temporal_openers and self._not_past(doc, trigger) \
                and any(toks[j].lower in self.future_aux for j in range(sent_start, clause.start)):
            modality = "future"  # "... will be on the agenda when Rice and Gates visit Riyadh"
        elif infinitive and not any(toks[j].lower in self.implicatives for j in range(sent_start, clause.start)) and not any(
                toks[j].lower in self.infinitive_markers and toks[j + 1].lower in self.perfect_aux
                for j in range(clause.start, hi - 1)):  # "angegriffen zu haben", "to have sent": done, not intended
            modality = "future"
        else:
            modality = "factual"
        if modality in ("future", "negated") and doubted(doc, trigger, self.doubted):  # "unlikely to invade"
            modality = "hypothetical"  # predicted not to come: supposed, neither planned nor denied (predictions.py)
        hedged = self.find(doc, lo, hi, self.hedges) is not None
        return modality, hedged

    def _future_cue(self, doc: Doc, lo: int, hi: int) -> bool:
        """A future cue in [lo, hi); a split verb's form counts only with its particle closing the clause: "kündigte
        ... an" announces, "kündigte den Vertrag (auf)" terminates it, a deed told as done."""
        lows = doc.lowers
        parse = analysis_of(doc) if self.lang == "en" else None
        for j in range(lo, hi):
            m = self.future.match_at(lows, j, hi)
            if m is None or len(m) == 1 and self._named_noun(parse, j):
                continue
            particle = self.split_future.get(lows[j]) if len(m) == 1 else None
            if particle is None or self._closes_clause(doc, j, hi, particle):
                return True
        return False

    @staticmethod
    def _named_noun(parse: Any, j: int) -> bool:
        """Is the English one-word cue at ``j`` a noun the clause names ("accepted the peace plan") rather than a verb
        or a time ("plans to", "tomorrow", an adverbial noun)? Such a noun is a thing acted on, no cue of the act."""
        if parse is None or j not in parse.heads:
            return False
        return parse.tags.get(j) in ("NN", "NNS") and parse.deps.get(j) not in ("npadvmod", "tmod", "advmod", "obl:tmod")

    def _closes_clause(self, doc: Doc, j: int, hi: int, particle: str) -> bool:
        """Does ``particle`` stand after token j where a German verb particle stands: before the clause end, a
        punctuation mark or a coordinated verb ("kündigte Sanktionen an und sagte ...", ``particle_followers``)?"""
        toks = doc.tokens
        return any(toks[k].lower == particle and (k + 1 >= hi or not toks[k + 1].text[:1].isalnum()
                                                  or toks[k + 1].lower in self.particle_followers)
                   for k in range(j + 1, hi))

    def _ruled_out(self, doc: Doc, lo: int, hi: int) -> bool:
        """"nicht ausgeschlossen", "schloss einen Angriff nicht aus", "did not rule out": a negated ruling-out
        keeps the act possible; the negation is of the ruling out, not of the act."""
        lows = doc.lowers
        for j in range(lo, hi):
            m = self.negation.match_at(lows, j, hi)
            if m is None:
                continue
            k = j + len(m)
            if k < hi and self.ruled_out and self.ruled_out.match_at(lows, k, hi) is not None:
                return True
            verbs, particle = self.ruled_out_split
            if verbs and any(lows[v] in verbs for v in range(lo, j)) and self._closes_clause(doc, j, hi, particle):
                return True
        return False

    def _rules_out_itself(self, doc: Doc, trigger: int, hi: int) -> bool:
        """Is the trigger the ruling-out verb ("schloss Streiks nicht aus", "nicht ausgeschlossen")? An act told by
        saying it (``said``: a threat) is done in the saying: the negation holds the act open, the saying happened."""
        lows = doc.lowers
        return (bool(self.ruled_out) and self.ruled_out.match_at(lows, trigger, hi) is not None) \
            or lows[trigger] in self.ruled_out_split[0]

    def conditioned(self, doc: Doc, clause: Clause) -> bool:
        """"Sollte X ..., werde Japan Sanktionen verhängen", "Andernfalls werde er ...": a main clause whose act
        hangs on a condition, told with a future or subjunctive auxiliary, is hypothetical; "hatte gedroht,
        sollte X ..." tells the threat itself as done."""
        toks = doc.tokens
        sent = doc.sentences[clause.sent]
        if toks[clause.start].lower in self.conditional_openers and (
                clause.start == sent.tok_start or toks[clause.start - 1].text == ","):
            return True  # "Sollte Nordkorea ... testen, werde Japan ...": the split left condition and act one clause
        if not any(toks[j].lower in self.future_aux or self.hypothetical.match_at(doc.lowers, j, clause.end)
                   for j in range(clause.start, clause.end)):
            return False
        if clause.start < clause.end and toks[clause.start].lower in self.conditional_adverbs:
            return True
        return any(toks[j].lower in self.conditional_openers and (j == sent.tok_start or toks[j - 1].text == ",")
                   and not clause.start <= j < clause.end for j in range(sent.tok_start, sent.tok_end))

    def _planned(self, doc: Doc, trigger: int) -> bool:
        """"die für Mittwoch geplante Kundgebung", "the planned talks": a noun so qualified names a plan."""
        return trigger > 0 and doc.tokens[trigger - 1].lower in self.planned_modifiers

    def _supposed(self, doc: Doc, trigger: int) -> bool:
        """"etwaige Angriffe", "allfällige Sanktionen", "mögliche russische Angriffe": a noun so qualified names an
        act that may come, none that happened (one lower-case adjective may stand between; in English, where no noun
        is capitalised, also a name's adjective: "any Israeli attack")."""
        toks = doc.tokens
        if trigger > 0 and toks[trigger - 1].lower in self.possible_modifiers:
            return True
        return trigger > 1 and toks[trigger - 2].lower in self.possible_modifiers and toks[trigger - 1].text.isalpha() \
            and (toks[trigger - 1].text[:1].islower() or self.lang == "en")

    def _named_to_come(self, doc: Doc, lo: int, hi: int, trigger: int) -> bool:
        """A German noun trigger whose clause ends in a bare infinitive under a future auxiliary or "soll" ("Dann
        soll ein Protestmarsch stattfinden", "Außer der Menschenkette wird es eine Demonstration geben"): the
        event is to come. A past infinitive ("soll es Verletzte gegeben haben") tells it as done."""
        toks = doc.tokens
        if self.lang != "de" or not toks[trigger].text[:1].isupper():
            return False
        last = hi - 1
        while last > trigger and not toks[last].text[:1].isalpha():
            last -= 1
        end = toks[last]
        return last > trigger and end.text[:1].islower() and self._bare_infinitive(end) \
            and end.lower not in self.past_infinitive and end.lower not in self.future_aux \
            and any(toks[j].lower in self.future_aux for j in range(lo, last))

    def reported_future(self, doc: Doc, clause: Clause, trigger: int) -> bool:
        """"Die USA würden die Informationen teilen, sagte Cook", "he said they would share it": in reported speech a
        würde/would over a bare infinitive, with no condition in its sentence and no other cue of supposition in its
        clause, is the future of the report, not a supposition. A participle ("die Grenzen würden geöffnet") is the
        report's passive, told as done; the caller asks only for a clause someone is said to tell."""
        toks = doc.tokens
        if self._supposed(doc, trigger):
            return False  # "said it would respond to any Israeli attack": the attack is supposed, not reported
        if not self.reported_future_aux or not any(toks[j].lower in self.reported_future_aux
                                                   for j in range(clause.start, clause.end)):
            return False
        for j in range(clause.start, clause.end):
            m = self.hypothetical.match_at(doc.lowers, j, clause.end)
            if m is not None and not (len(m) == 1 and toks[j].lower in self.reported_future_aux):
                return False
        sent = doc.sentences[clause.sent]
        if any(toks[j].lower in self.conditional_openers or toks[j].lower in self.conditional_adverbs
               for j in range(sent.tok_start, sent.tok_end)):
            return False
        return toks[trigger].text[:1].islower() and self._bare_infinitive(toks[trigger])

    def _bare_infinitive(self, t: Any) -> bool:
        """The word reads as an infinitive: its own lemma, or (German) its lemma's stem plus "-en", "-ern" or "-eln"
        where the lemmatiser stemmed a verb it does not know ("schicken" -> "schick"); a "ge-" participle never."""
        low, lemma = t.lower, t.lemma.lower()
        if low == lemma:
            return True
        return self.lang == "de" and not low.startswith("ge") and low.endswith("n") and low.startswith(lemma) \
            and low[len(lemma):] in self.stem_endings

    def _announced(self, doc: Doc, clause: Clause, trigger: int, infinitive: bool, nominal: bool) -> bool:
        """"die Ankündigung neuer Sanktionen", "Pläne für Gespräche", "die Ankündigung Russlands, die Lieferungen
        einzustellen": an act named in the phrase of an announcement or plan noun is announced, not done. The noun
        governs a few words after it (its genitive or "von"), or the infinitive clause right after its comma; a
        verb after it is no part of it ("Gegen die Pläne protestierten Tausende": the protest is done)."""
        if not self.announcement_nouns:
            return False
        toks = doc.tokens
        near = range(max(clause.start, trigger - 4), trigger)
        if nominal and any(toks[j].lower in self.announcement_nouns for j in near):
            return True
        comma = clause.start - 1
        if infinitive and comma > 0 and toks[comma].text == "," and any(
                toks[j].lower in self.announcement_nouns for j in range(max(0, comma - 3), comma)):
            return True
        # the same, when the comma split no clause: "..., die Lieferungen einzustellen"
        zu = toks[trigger - 1].lower in self.infinitive_markers or self._zu_infinitive(doc, trigger)
        commas = [j for j in range(clause.start, trigger) if toks[j].text == ","]
        return zu and bool(commas) and any(toks[j].lower in self.announcement_nouns
                                           for j in range(max(clause.start, commas[-1] - 3), commas[-1]))

    def plotted(self, doc: Doc, clause: Clause, trigger: int) -> bool:
        """"soll einen Anschlag geplant haben", "Anschläge geplant zu haben", "hatte ein Attentat geplant": a plan
        told as past (a perfect infinitive after it, a pluperfect before it) names an act that was planned, never told as done; no
        event of it stands (the plot is the matter of an accusation or an arrest, told by their own words)."""
        toks = doc.tokens
        for j in range(trigger + 1, clause.end):
            if toks[j].lower in self.plot_participles:
                after = {t.lower for t in toks[j + 1:min(j + 3, clause.end)]}
                before = {t.lower for t in toks[max(clause.start, trigger - 6):trigger]}
                return bool(self.plot_auxiliaries & after) or bool(self.plot_pluperfect & before)
        return False

    def counterfactual(self, doc: Doc, clause: Clause, trigger: int) -> bool:
        """"ob er ihn hätte auffordern müssen", "hätte der Richter den Mann verhaften lassen": an act told in the past
        subjunctive with a modal or "lassen" after it is one that was not done; no event of it stands."""
        toks = doc.tokens
        return trigger + 1 < clause.end and toks[trigger + 1].lower in self.counterfactual_infinitives \
            and any(toks[j].lower in self.counterfactual_aux for j in range(clause.start, trigger))

    def _prepositional_to(self, doc: Doc, clause: Clause) -> bool:
        """Is the English "to" that opened the clause a preposition ("According to him, ...", "to Russia")?
        The parse says so by the word after it, which an infinitive's verb is not."""
        parse = analysis_of(doc)
        if self.lang != "en" or parse is None or not parse.usable(clause.sent):
            return False
        to = next((j for j in range(clause.start, clause.end) if doc.tokens[j].lower == clause.opener), None)
        return to is not None and to + 1 < clause.end and parse.tags.get(to + 1) not in (None, "VB")

    def _outside_infinitive(self, doc: Doc, clause: Clause, trigger: int) -> bool:
        """Is the English trigger outside the infinitive that opened its clause, by the parse ("an effort ... to impose
        sanctions was vetoed by Russia", "the plan to send troops was rejected")? The clause ran on past the infinitive
        phrase into the verb of the noun it describes, which is told as it is, not intended."""
        parse = analysis_of(doc)
        if self.lang != "en" or parse is None or not parse.usable(clause.sent):
            return False
        to = next((j for j in range(clause.start, clause.end) if doc.tokens[j].lower == clause.opener), None)
        if to is None or parse.deps.get(to) != "aux":
            return False
        return trigger not in parse.subtree(parse.heads.get(to, to))  # under the infinitive's verb: intended

    def _to_infinitive(self, doc: Doc, trigger: int) -> bool:
        """English "travelled to Berlin to finalize a deal", "ordered troops to withdraw": a bare infinitive with
        "to" (from the parse) is what someone means to do, unless its verb says it happened ("managed to")."""
        parse = analysis_of(doc)
        if self.lang != "en" or parse is None or not parse.usable(doc.tokens[trigger].sent) or parse.tags.get(trigger) != "VB":
            return False
        to = function_words(doc.lang).infinitive_markers
        if not any(doc.tokens[c].lower in to and parse.deps.get(c) == "aux" for c in parse.children.get(trigger, [])):
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

    def _negated(self, doc: Doc, lo: int, hi: int, trigger: int | None = None) -> bool:
        """A negation cue in [lo, hi) that negates: "nicht nur" / "not only" adds rather than denies; a cue that is
        the trigger itself ("weigerte sich", "refused to") tells a refusal as done, and one inside a noun's
        attribute ("aus nicht genannten Gründen") denies the attribute, not the act; "whether or not" leaves the
        choice open (``not_negating_before``): the act is undecided, not denied."""
        j = lo
        while j < hi:
            m = self.negation.match_at(doc.lowers, j, hi)
            if m is not None and not any(j >= len(p) and tuple(doc.lowers[j - len(p):j]) == p
                                         for p in self.not_negating_before):
                k = j + len(m)
                if (k >= hi or doc.lowers[k] not in self.not_negating) and not (
                        trigger is not None and j <= trigger < k) and not self._attribute_negated(doc, j, hi) and (
                        trigger is None or k > j + 1 or self._reaches(doc, j, trigger)):
                    return True
            j += 1
        return False

    def _supposes(self, doc: Doc, clause: Clause, lo: int, hi: int, trigger: int) -> bool:
        """"could/might not rule out", "if ...": a threat held open is only supposed; "would not rule out" (the
        reported "would") refuses to rule it out now, as "did not"."""
        if clause.opener in self.conditional_openers or self._supposed(doc, trigger) or self.conditioned(doc, clause):
            return True
        for j in range(lo, hi):
            m = self.hypothetical.match_at(doc.lowers, j, hi)
            if m is not None and (len(m) > 1 or doc.lowers[j] not in self.reported_future_aux
                                  and self._reaches(doc, j, trigger)):
                return True
        return False

    def _reaching(self, doc: Doc, lo: int, hi: int, phrases: Any, trigger: int) -> bool:
        """Is there a cue of ``phrases`` in [lo, hi) whose word the parse puts over the trigger ("_reaches")?"""
        for j in range(lo, hi):
            m = phrases.match_at(doc.lowers, j, hi)
            if m is not None and (len(m) > 1 or self._reaches(doc, j, trigger)):
                return True
        return False

    @staticmethod
    def _reaches(doc: Doc, cue: int, trigger: int) -> bool:
        """Does the one-word cue (a negation, a modal) govern the trigger? Its head must be the trigger or a word
        the trigger hangs under ("did not send"), or the cue a determiner or pre-conjunction of the trigger's argument
        ("no troops were sent", "neither X nor Y called ..."); a cue of a coordinated or neighbouring verb ("accused X
        and said it would ...") does not reach it. Without a usable parse (German) every cue in the clause reaches."""
        parse = analysis_of(doc)
        sent = doc.tokens[trigger].sent
        if parse is None or not parse.usable(sent) or cue not in parse.heads:
            return True
        over = {trigger}
        j = trigger
        while (h := parse.heads.get(j)) is not None and h != j and h not in over:
            over.add(h)
            j = h
        head = parse.heads[cue]
        return head in over or parse.heads.get(head) in over and parse.deps.get(cue) in ("det", "preconj")

    def _attribute_negated(self, doc: Doc, j: int, hi: int) -> bool:
        """Does the negation at token j stand inside a noun phrase: at most two adverbs, then an inflected
        attribute ("genannten", "angemeldete") and a capitalised noun ("aus nicht näher genannten Gründen")?"""
        toks = doc.tokens
        if doc.lowers[j] not in self.attribute_negators:
            return False
        for k in range(j + 1, min(j + 4, hi - 1)):
            word = toks[k].text
            if not word.isalpha() or not word[:1].islower() or word.lower() in self.determiners:
                return False
            if word.lower().endswith(self.attribute_suffixes):
                noun = toks[k + 1].text
                return noun[:1].isupper() and noun.isalpha()
        return False
