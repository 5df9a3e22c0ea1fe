"""Finding event triggers in a clause: verbs and nouns of the trigger rules, checked in context
(attributive participles, names, blocked nominals, a parse where there is one). A verb's object, read for the
rules that name object words, is trigger_objects.py's; a participle used as an adjective, trigger_participles.py's."""

from __future__ import annotations

from dataclasses import replace

from ..model import Doc
from . import incidents_de, phrases_de
from .analyser import Analysis
from .clauses import Clause
from .complement_heads import asked_content, asking_document, governs, joined_verb, prepositional_object
from .content_verbs import content_fits
from .event_parts import sentence_words
from .genitive_de import genitive_role
from .relatives_de import antecedent_words
from .rules import Rule, Trigger
from .trigger_objects import TriggerObjects
from .trigger_participles import TriggerParticiples
from .trigger_sentences import TriggerSentences
from .with_any import NO_RULES, ContextUnion, ends_in


class TriggerFinder(TriggerObjects, TriggerSentences, TriggerParticiples):
    """Mixin of EventExtractor: which words of a clause trigger which rule."""

    def triggers(self, doc: Doc, clause: Clause) -> list[Trigger]:
        """The triggers of a clause, kept on the document: the topic read asks again for clauses the rules' read saw.
        They depend on the clause and on which of its words are speech cues (``_cue_toks``, set per sentence) only;
        each read gets its own copies, so what one read does to a trigger never reaches the other."""
        key = (clause.sent, clause.start, clause.end, clause.opener,
               tuple(sorted(j for j in self._cue_toks if clause.start <= j < clause.end)))
        table = self._doc_table(doc, "clauses", dict)
        found = table.get(key)
        if found is None:
            found = table[key] = self._clause_triggers(doc, clause)
        return [replace(t, extra_preps=set(t.extra_preps)) for t in found]

    def _military_beside(self, doc: Doc, i: int) -> bool:
        """Another military word or a military actor in the sentence of the word at ``i`` ("Übung der Marine")."""
        sent = doc.sentences[doc.tokens[i].sent]
        return any(m.actor is not None and m.actor.sector == "MIL" for m in self._by_sent.get(doc.tokens[i].sent, [])) \
            or any(self._military_word(t.lower) and t.lower not in self.cued_drills
                   for t in doc.tokens[sent.tok_start:sent.tok_end])

    def _clause_triggers(self, doc: Doc, clause: Clause) -> list[Trigger]:
        """triggers' reading, once per clause and set of cue words."""
        toks = doc.tokens
        words = set(doc.lowers[clause.start:clause.end]).union([t.lemma for t in toks[clause.start:clause.end]])
        # ", die ... gesperrt worden war" after "Die Autobahn": the antecedent's words block a verb's rule too
        told_of = antecedent_words(doc, clause.start, self.case) if self.lang == "de" else set()
        out: list[Trigger] = []
        folded: set[str] = set()  # target prepositions of nouns that are no events of their own
        inner: set[int] = set()  # act nouns inside another act noun's phrase, named as its context ("lifting of sanctions")
        # a lemma outside these sets leaves the verb checks below without effect: such words are not asked it
        if self.readings_de.polite_question(doc, clause.start) or self.readings_de.direct_question(doc, clause.start):
            return out  # "Fordern Sie Sanktionen?", "Warum kritisieren Sie ...?": a question, no act told
        may_act = self.cues.reach_test(doc, self.trigger_reach, self.trigger_reach.targets, self.particles,
                                       self.known_verbs)
        for i in range(clause.start, clause.end):
            t = toks[i]
            if not t.text[:1].isalpha():
                continue
            capital = t.text[:1].isupper()
            is_noun_form = capital if self.lang == "de" else True
            if not is_noun_form and not may_act(i):
                continue  # a German lower-case word whose lemma no verb check wants: only the verb branch reads it
            if not capital and i > clause.start and (self.participle_rules or t.lower.endswith(self.participle_endings)) \
                    and self._attributive(doc, i, clause):
                continue  # "einen drohenden Umsturz", "sechs inhaftierte Oppositionsführer": participles as adjectives
            # the verb branch reads only a word whose lemma a verb check wants (most words: the noun tests below are
            # asked of them alone); the parse the participle test asks for is the clause splitter's already (_weak_verb)
            if (not capital or i == doc.sentences[t.sent].tok_start) and may_act(i):
                # "the decline", "its shares", "such attacks": a noun
                noun_use = i > clause.start and (toks[i - 1].lower in self.noun_markers
                                                 or toks[i - 1].lower in self.anaphoric)
                noun_use = noun_use or self.type_context.compound_noun(doc, i, clause.start)  # "a hunger strike"
                noun_use = noun_use or (self.lang == "en" and any(  # "in Russian shelling", "condemned Russian strikes":
                    m.kind == "origin" and m.tok_end == i for m in self._by_sent.get(clause.sent, [])))  # an adjective's
                if noun_use and toks[i - 1].lower in self.participle_heads and (
                        parse := self._sentence_parse(doc, clause.sent)) is not None and parse.tags.get(i) == "VBN":
                    noun_use = False  # "among those detained", "those killed in the raid": a passive participle
            else:
                noun_use = True  # (not read: no verb branch)
            if not noun_use:
                lemma = self.cues.verb_lemma(doc, i, clause, self.particles, self.known_verbs)
                lemma = self.readings_de.lemma(doc, i, clause.start, clause.end, lemma)  # "gelobt Transparenz": geloben
                if self.readings_de.polite_particles and self.readings_de.polite_particle(doc, i):
                    continue  # "Beschreiben Sie bitte": a polite address, no request
                if (lemma in self.cues.speech_verbs and (lemma not in self.by_verb or (
                        i in self._cue_toks and not self._pattern_object(doc, clause, i, lemma)
                        and not self._mandative(doc, clause, i, lemma)))) or (
                        lemma in self.cues.denial_verbs and (
                        lemma not in self.by_verb or self._denied_back(doc, clause, i))):
                    continue
                if lemma in self.modal_verbs and (t.lower not in self.demand_modals or any(
                        toks[j].lower in self.epistemic for j in (i - 1, i + 1) if clause.start <= j < clause.end)):
                    continue  # "mussten schließen", "must have known": no demand, nor a head over the clause's event
                candidates = self.by_verb.get(lemma, [])
                parse = self._sentence_parse(doc, clause.sent) if candidates else None
                if candidates and parse is not None and \
                        not self.syntax.verb_ok(parse, i, doc, lemma):  # type: ignore[union-attr]
                    candidates = [r for r in candidates if r.naming and self.syntax.verb_ok(  # type: ignore[union-attr]
                        parse, i, doc, lemma, naming=True)]  # "March": no verb; "called X illegal": calling only
                # "met the deadline" is no meeting, "struck a deal" agrees, "workers struck" protest
                candidates = self.type_context.readings.verb(doc, i, clause.start, clause.end, lemma, candidates, parse) or []
                candidates = self.readings_de.verb(doc, i, clause.start, clause.end, lemma, candidates)  # "sich verteidigen"
                candidates = self.phrasal_en.verb(doc, i, lemma, candidates, parse, words)  # "hit back at X over"
                candidates = self.actor_readings.verb(doc, i, lemma, candidates, parse,  # "the embassy protested"
                                                     self._by_sent.get(clause.sent, []))
                if candidates and self.phrasal_en.untold_objects and self._phrasal_undone(doc, clause, i):
                    candidates = []  # "called off talks": a noun read by the verb branch, undone
                union, fits = self._with_any_union(lemma, candidates), dict[bool, bool]()
                for r in candidates:
                    pool = words if not r.sentence_cue else sentence_words(doc, t.sent)  # "Zeit gegeben, das Land zu verlassen"
                    if r.with_any:
                        if (fit := fits.get(r.sentence_cue)) is None:  # one scan for all the verb's rules first
                            fit = fits[r.sentence_cue] = union.fits(pool)
                        if (not fit or not ends_in(pool, r.with_any, r.with_any_tuple)) and not (
                                r.object_kinds and self.named_kinds.acted_on(
                                    doc, clause.start, clause.end, self._clause_mentions(doc, clause), r.object_kinds)):
                            continue  # the cue, or a named body of its kind acted on ("hat die HDP verboten")
                    if r.blocked_by(words) or (told_of and r.blocked_by(told_of)):
                        continue  # "Sitze besetzen" fills posts, it seizes nothing
                    if r.without_before and any(tk.lower in r.without_before or tk.lemma in r.without_before
                                                for tk in toks[doc.sentences[t.sent].tok_start:i]):
                        continue  # "the planes ... fly to Indonesia": no visit
                    if r.object_words and not self._object_word(doc, clause, i, r.with_any, r.object_preps):
                        continue  # "began the trip": the pattern's word must be what the verb acts on
                    if r.object_also and not self._object_word(doc, clause, i, set(r.object_also), r.object_preps):
                        continue  # "- * TALKS (ON CONTRACT)": talks on something else are not the pattern
                    if r.content_verbs and not content_fits(doc, i, parse, r.content_verbs):
                        continue  # "ordered French troops to remain in their bases": no expulsion
                    if r.require_military and len(self.by_verb[lemma]) > 1 and not (
                            words & self.troop_words or any(m.actor is not None and m.actor.sector == "MIL"
                                                            for m in self._clause_mentions(doc, clause))):
                        continue  # "send troops" mobilises, "send aid" is aid
                    out.append(Trigger(r, i, False, lemma))
                    break
                if out and out[-1].tok == i:
                    continue
            if is_noun_form:
                rules = self.by_noun.get(low := t.lower)
                ending: str | None = None  # the trigger noun a compound ends in
                if rules is None and self.lang == "de" and capital:
                    memo = self._head_cache  # this document's (ExtractorSetup.for_document), or None: no memo
                    found = memo.get(low, "") if memo is not None else ""
                    if found == "":
                        found = self.noun_head_index.longest_ending(low, 3, lambda w, h: w[:-len(h)] not in self.bound_prefixes)
                        found = None if found and self.readings_de.false_head(low, found) else found  # "Stadtreinigung"
                        if memo is not None:
                            memo[low] = found
                    ending = found
                    rules = self.by_noun.get(ending) if ending else None
                    rules = self.readings_de.noun(doc, clause.start, clause.end, low, ending, rules, i)  # "drohen ... Haft"
                elif rules is not None and self.lang == "de":
                    rules = self.readings_de.noun(doc, clause.start, clause.end, low, None, rules, i)
                if rules and any(r.with_any and not r.verbs for r in rules):  # "a ban on imports", not "a doping ban"
                    placed = [(r, self._noun_context(doc, clause, i, r)) for r in rules]
                    rules = [r for r, at in placed if at is not None] or None
                    if (at := next((k for _, k in placed if k is not None), -1)) >= 0:
                        inner.add(at)  # "the lifting of the ban": one act, the lifting
                if rules and self.case_forms and (low in self.case_forms or ending in self.case_forms) \
                        and not incidents_de.in_incident(doc, i, clause.start, self.nominal_blockers, self.case):
                    continue  # "zu den Anschlägen", "zu Protesten kommen": an inflected form only in "bei Angriffen auf ..."
                rules = self.type_context.compound_rules(doc, i, clause.start, rules)  # "hunger strike", "on alert"
                if rules:  # cued keeps no rules as none: asked only of a word with rules (most words have none)
                    rules = self.type_context.readings.cued(doc, clause.start, clause.end, low, rules)  # "a strike by teachers"
                if rules and low in self.type_context.readings.required and not self.type_context.readings.noun_ok(
                        doc, i, self._sentence_parse(doc, clause.sent), low):
                    continue  # "the release of Apple's iLife": no one freed
                if rules and (parse := self._sentence_parse(doc, clause.sent)) is not None and (
                        not self.syntax.noun_ok(doc, parse, i) or parse.tags.get(i, "").startswith("VB")  # type: ignore[union-attr]
                        or self.type_context.readings.moves_money(doc, i, parse)):
                    # "The War Zone", "the Russo-Ukrainian war": a name; "what they call proof": a verb; "halted
                    # withdrawals from three funds": money moved, no troops
                    continue
                if rules and self.phrasal_en.untold_objects and self._phrasal_undone(doc, clause, i):
                    continue  # "broke three truces", "called off talks": the act is undone, not told
                if rules and self.phrasal_en.intent_verbs:
                    rules = self.phrasal_en.intended(doc, i, self._sentence_parse(doc, clause.sent), rules)  # "vowed retaliation"
                if rules and i > clause.start and toks[i - 1].lower in self.anaphoric:
                    continue  # "this kidnapping", "such attacks": an event told before, no new one
                if rules and self.reference_frames.framed(doc, i, clause.start, clause.end):
                    continue  # "gehen von einem Anschlag aus", "Ermittlungen wegen des Überfalls": a premise, no event
                if rules:
                    if (phased := self.readings_de.phase_of(doc, clause.start, i, rules[0])) is not None:
                        if not self._blocked(doc, clause, phased[0]):  # "nach der Aufhebung der Sanktionen": told before
                            out.append(Trigger(phased[1], i, True, low))  # "die Aufhebung der Sanktionen": lifted
                        continue
                    if self._blocked(doc, clause, i) and not (  # "machte Russland für den Angriff verantwortlich"
                            any(toks[j].lower in self.allegation_preps for j in range(max(clause.start, i - 3), i))
                            and any(self._alleged_noun(doc, clause, tr, i, rules[0].type) for tr in out if not tr.nominal)):
                        folded |= rules[0].target_preps
                        continue
                    # "its call for a ceasefire": the phone call's rule is barred by "for", the appeal's is not
                    rules = [r for r in rules if not r.blocked_by(words)]
                    if not rules:
                        continue
                    if low in self.cued_drills and not self._military_beside(doc, i):
                        continue  # "als unverbindliche Übung": a school subject, no manoeuvre
                    blocked = rules[0].blocked_after
                    if blocked and any(toks[j].lower in blocked for j in range(max(clause.start, i - 2), i)):
                        continue  # "in Zusammenarbeit mit": a manner, not an event
                    out.append(Trigger(rules[0], i, True, low))
        out = [tr for tr in out if not (tr.nominal and tr.tok in inner)]
        out = self.readings_de.phase(doc, clause.start, clause.end, out, lambda k: self.cues.verb_lemma(
            doc, k, clause, self.particles, self.known_verbs))  # "stellte die Luftangriffe ein": no attack, their end
        out = self.capacity_de.drop(doc, out)  # "das Recht, ein Veto einzulegen": a capacity, no act
        out = self.type_context.apply(doc, doc.sentences[clause.sent].tok_start, out,  # "ready to withdraw", "set fire to"
                                      self._sentence_parse(doc, clause.sent) if out else None)
        # "if Hamas runs", "the right to fire": no event; "will withdraw ... unless": a threat
        if out and (self.type_context.condition_marks or self.type_context.potential_heads):
            out = self.type_context.conditions(doc, self._sentence_parse(doc, clause.sent), out)
        # a noun beside a verb trigger is the verb's object ("eine Waffenruhe vereinbart", "Zusammenarbeit ...
        # ausbauen"): one event, unless the noun names its own actor ("angesichts nordkoreanischer Truppenbewegungen")
        # (not a reported charge's verb: "die Polizeiaktion verstoße gegen die Verfassung" tells the action as well)
        verb = next((tr for tr in out if not tr.nominal and not tr.rule.reported), None)
        reach = 16 if self.lang == "de" else 8  # German: the object may stand far before the final participle
        if verb is not None and verb.lemma in self.yielding_verbs and any(
                tr.nominal and tr.tok > verb.tok - reach and tr.rule.type != verb.rule.type
                and self._verb_object(doc, clause, verb.tok, tr.tok) for tr in out):
            out = [tr for tr in out if tr is not verb]  # "hat ein Moratorium beschlossen": the noun is the event
            verb = None
        subject = next((tr for tr in out if self._subject_act(doc, clause, verb, tr)), None) if verb is not None else None
        if verb is not None and subject is not None and (self._own_actor(doc, subject.tok)
                                                         or self._agent_before(doc, subject.tok, verb.tok)):
            out = [tr for tr in out if tr is not verb]  # "The bombing of Gaza by Israeli jets killed 20": the bombing
            verb = None
        if verb is not None:
            verb.extra_preps |= folded
            # a bare object noun read as a verb ("... sparked protests") has no noun before it as its object:
            # "The bombing of homes by soldiers sparked protests" tells the bombing too
            before = verb.tok if self._noun_as_verb(doc, clause, verb.tok) else -1
            kept = {tr.tok for tr in out if tr.nominal and (tr.tok < before or tr is subject or self._own_actor(doc, tr.tok)
                                                            or (self._alleged_noun(doc, clause, verb, tr.tok, tr.rule.type)
                                                                and not self._gerund_object(doc, verb, tr, out))
                                                            or self._called_act(doc, clause, verb, tr))}
            for tr in out:
                if tr.nominal and tr.tok not in kept:
                    verb.extra_preps |= tr.rule.target_preps
            out = [replace(tr, called=True) if tr.tok in kept and self._called_act(doc, clause, verb, tr) else tr
                   for tr in out if not tr.nominal or tr.tok in kept]
        out = asked_content(self._sentence_parse(doc, clause.sent) if out else None, out, self.calling_types)
        # an agreement, request, refusal or threat takes the next event as its content: one event
        head = next((tr for tr in out if not tr.nominal and tr.rule.type in self.complement_types), None)
        if head is not None and head.lemma in self.modal_verbs and any(tr.rule.paid for tr in out if tr.tok > head.tok):
            out, head = [tr for tr in out if tr is not head], None  # "muss eine Strafe zahlen": the fine is imposed
        out, head = self.trailing_acts.lead(doc, out, head, self.complement_types, self.demand_modals,
                                            lambda a, b: self.cues.reported(doc, a, b),
                                            self._cue_toks)  # "..., fordert die SPÖ"
        if head is not None:
            parse = self._sentence_parse(doc, clause.sent)
            out, head = asking_document(parse, head, out, frozenset(self.calling_types), self.asking_texts,
                                        doc.tokens)  # "signed a memorandum calling for tariffs": the request
            out = [tr for tr in out if tr.tok <= head.tok or (parse is not None and governs(parse, tr.tok, head.tok))
                   or self._joined_act(doc, head, tr) or self._called_act(doc, clause, head, tr)]
        return out

    def _phrasal_undone(self, doc: Doc, clause: Clause, i: int) -> bool:
        """The noun trigger at ``i`` is the object of an undoing verb or the subject of a failing one (phrasal_en)."""
        return self.phrasal_en.undone(doc, i, self._sentence_parse(doc, clause.sent), lambda k: self.cues.verb_lemma(
            doc, k, clause, self.particles, self.known_verbs))

    def _joined_act(self, doc: Doc, head: Trigger, tr: Trigger) -> bool:
        """A verb trigger coordinated right after the complement head ("aufgefordert und festgenommen"): its own act."""
        if tr.nominal:
            return False
        words = [t.lower for t in doc.tokens[head.tok:tr.tok + 1]]
        return joined_verb(words, 0, tr.tok - head.tok, self.coordinators)

    def _called_act(self, doc: Doc, clause: Clause, head: Trigger, tr: Trigger) -> bool:
        """An act noun that a demand's or threat's verb takes as its object ("zu Massendemonstrationen aufgerufen",
        "forderte einen Boykott"): the act called for is an event of its own, still to come (Trigger.called)."""
        if not tr.nominal or tr.rule.type not in self.calling_types.get(head.rule.type, ()):
            return False
        parse = self._sentence_parse(doc, clause.sent)
        return self._verb_object(doc, clause, head.tok, tr.tok) or (
            parse is not None and prepositional_object(parse, head.tok, tr.tok))

    def _denied_back(self, doc: Doc, clause: Clause, i: int) -> bool:
        """A back reference in the denial verb's clause ("denied it"); in an English parse not one that hangs off
        another verb after it ("dismissed the charges against X, for whom it was assessed")."""
        parse_of = (lambda: self._sentence_parse(doc, clause.sent)) if self.lang == "en" and self.syntax is not None \
            else None
        return self.cues.refers_back(doc, clause.start, clause.end, i, parse_of)

    def _noun_as_verb(self, doc: Doc, clause: Clause, i: int) -> bool:
        """The verb trigger at ``i`` is a word the parse tags as a noun (a bare object noun kept as a candidate)."""
        parse = self._sentence_parse(doc, clause.sent)
        return parse is not None and parse.tags.get(i, "").startswith("NN")

    def _content_noun(self, doc: Doc, clause: Clause, tr: Trigger, trigs: list[Trigger]) -> bool:
        """A demand, threat or refusal told as a noun that ends its clause before an infinitive ("issued an
        ultimatum to Ecuador | to halt attacks"): like the verb, it takes the infinitive as its content. Six words
        reach "its calls on the Iraqi government | to release" (round 35; four did not)."""
        toks = doc.tokens
        if not tr.nominal or clause.end - tr.tok > 6 or any(o.tok > tr.tok for o in trigs):
            return False
        nxt = clause.end
        return nxt + 1 < doc.sentences[clause.sent].tok_end and toks[nxt].lower in self.type_context.content_markers

    def _with_any_union(self, lemma: str, rules: list[Rule]) -> ContextUnion:
        """All context words of these rules together: a clause with none of them fits no rule's ``with_any``, so a
        verb with fifty rules ("open") is ruled out in one scan. The verb's union from setup where it holds them all
        (its words include theirs, so the scan rules out no rule that fits); else theirs, built here and dropped."""
        own = self.verb_unions.get(lemma) if rules else NO_RULES
        return own if own is not None and own.covers(rules) else ContextUnion.of(rules)

    def _blocked(self, doc: Doc, clause: Clause, i: int) -> bool:
        """A nominal governed by "vor", "nach", "über" ... ("Vor dem geplanten Treffen") tells no new event;
        a capitalised word in between ends the phrase ("über den NATO-Beitritt Zugeständnisse")."""
        toks = doc.tokens
        if self.vorfeld and phrases_de.genitive_attribute(doc, i, clause.start, self.genitive_links, self._actor_toks):
            return True
        if self.vorfeld and phrases_de.referring_nominal(doc, i, clause.start, self.case) \
                and not self._light_in(doc, clause, clause.start, clause.end) \
                and not self.preposed.placed(doc, i, clause.start, self._by_sent.get(clause.sent, [])):
            return True  # "Mit ihrer Forderung blieb die Staatsanwaltschaft ...": the demand told before
        reach = 4
        for j in range(i - 1, clause.start - 1, -1):
            if i - j > reach:
                break
            if toks[j].lower in self.nominal_blockers:
                if self.preposed.idiom(doc, j):
                    return False  # "vor allem die Forderung der Opposition": an adverb, no preposition of the noun
                return not (self.vorfeld and incidents_de.incident_phrase(doc, i, j, self.case))  # "Bei einem Anschlag"
            if toks[j].text[:1].isupper() and j != doc.sentences[toks[j].sent].tok_start:
                if not self.vorfeld and toks[j + 1].lower in self.genitive_links and j + 1 < i:
                    reach += 2  # "after India's first nuclear test": the possessor is inside the phrase
                    continue
                return False
        return False

    def _own_actor(self, doc: Doc, tok: int) -> bool:
        """A nominal trigger with its own source: an origin adjective right before it ("nordkoreanischer
        Truppenbewegungen"), a genitive actor right after it, or a possessive ("Russia's attacks")."""
        links = self.genitive_links | self.noun_link_preps  # "Angriffe von Rebellen", "attacks of the rebels": lexicon
        for m in self._near.get(tok, []):
            if m.tok_end == tok and m.kind in ("origin", "actor"):
                return True
            if m.tok_start in (tok + 1, tok + 2) and m.kind == "actor" and doc.tokens[tok + 1].lower in links:
                return True
        if self.genitive_readings.adjective_genitive(doc, tok, self._near.get(tok, [])) is not None \
                and (rule := self._noun_rule(doc, tok)) is not None \
                and genitive_role(doc.tokens[tok].text, rule.genitive_role, self.genitive_readings, False) == "source":
            return True  # "Angriffe israelischer Kampfjets": a genitive without article names the noun's doer
        if incidents_de.names_sides(doc, tok, self.side_preps):
            return True  # "Zusammenstöße zwischen der Polizei und Demonstranten", "talks between Russia and Ukraine"
        if self._named_agent(doc, tok) or (self.syntax is not None and (parse := self._sentence_parse(
                doc, doc.tokens[tok].sent)) is not None and self.syntax.relative_doer(doc, parse, tok, self._by_sent.get(
                doc.tokens[tok].sent, []))):  # "condemned the strike that Israel carried out": its doer named there
            return True  # "die Festnahme der Journalisten durch die Polizei", "the arrest of reporters by Russian police"
        return _possessed(doc, tok, self._sentence_parse(doc, doc.tokens[tok].sent) if self.syntax is not None else None,
                          self.possessive_clitics)

    def _gerund_object(self, doc: Doc, verb: Trigger, tr: Trigger, out: list[Trigger]) -> bool:
        """The noun stands after a verb trigger of the alleged act itself, no comma or coordinator between: it is
        that verb's object ("accused X of firing water cannon at"), no act of its own ("... rockets and attacks")."""
        return any(not o.nominal and verb.tok < o.tok < tr.tok and not any(
            t.lower in self.coordinators or t.text == "," for t in doc.tokens[o.tok + 1:tr.tok]) for o in out)

    def _alleged_noun(self, doc: Doc, clause: Clause, verb: Trigger, tok: int, kind: str) -> bool:
        """An accusation's noun of another act after the accused ("blamed Russia for the attack on X", "warf Russland
        einen Angriff auf X vor"): the act the accused is said to have done, an event of its own (events.py)."""
        return verb.rule.type in self.allegation_types and kind not in self.allegation_types and any(
            verb.tok < m.tok_start and m.tok_end <= tok and m.kind == "actor" and m.preposition is None
            and m.actor is not None and m.actor.country and not m.is_location for m in self._clause_mentions(doc, clause))



def _possessed(doc: Doc, tok: int, parse: Analysis | None, clitics: frozenset[str]) -> bool:
    """A possessive "'s" on the noun, also over its modifiers where the parse ties them ("Russia's attacks",
    "Putin's face-to-face talks", "China's so-called trade war"): the possessor is the noun's own doer. ``clitics``:
    the lexicon's ``possessive_clitics``."""
    toks = doc.tokens
    if tok >= 2 and toks[tok - 1].lower in clitics:
        return True
    return parse is not None and any(
        parse.deps.get(c) == "poss" and c < tok and any(toks[k].lower in clitics for k in parse.children.get(c, []))
        for c in parse.children.get(tok, []))
