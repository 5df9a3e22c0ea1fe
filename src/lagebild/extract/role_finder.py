"""Source and target of a trigger: clause-position rules, German case helpers (roles_de), the English
parse (roles_en) or a treebank parse, and references back to what was told before. A nominal trigger's own phrase
is read first (role_finder_nominal); the clause's grammar (passive, governing preposition, light verb) is asked of
role_finder_clause."""

from __future__ import annotations

from itertools import islice

from ..knowledge.function_words import function_words
from ..model import ActorRef, Doc, Mention
from . import incidents_de, passives_de, phrases_de, priors_de, relatives_de, roles_de
from .analyser import Analysis, analysis_of
from .clauses import Clause
from .event_parts import same_actor, same_side
from .genitive_de import object_genitive
from .role_finder_clause import ClauseGrammar
from .rules import Trigger
from .scene import GENERIC_VIAS
from .targets_de import coordinated_targets, own_conjunct, owning_group


class RoleFinder(ClauseGrammar):
    """Mixin of EventExtractor: who does it to whom."""

    def _roles(self, doc: Doc, clause: Clause, trig: Trigger, actors: list[Mention], origins: list[Mention],
               inherited: Mention | None) -> tuple[Mention | None, Mention | None]:
        toks = doc.tokens
        rule = trig.rule
        self._mutual: Mention | None = None
        if self.vorfeld and clause.opener is None:  # "Im Zuge der Krise ... hat Gabriel ...", "... verhängte die EU Sanktionen"
            cut = roles_de.prepositional_vorfeld(doc, clause.start, clause.end, self.case, lambda i: self._finite_after(doc, i),
                                                 self.vorfeld_closed)
            if 0 <= cut <= trig.tok:
                # "Bei dem Beschuss durch die Regierungstruppen wurden ... getötet": a passive's agent may stand there
                agentive = not trig.nominal and self._passive(doc, clause, trig.tok)
                actors = [m for m in actors if m.tok_start > cut or (agentive and m.preposition in self.vorfeld_agent_preps)
                          or (agentive and roles_de.fronted_target(doc, clause.start, m, rule.target_preps))]
                origins = [m for m in origins if m.tok_start > cut  # the noun's own: "israelische Angriffe", "Angriffe
                           or (trig.nominal and (m.tok_end == trig.tok or m.tok_start == trig.tok + 1))]  # israelischer Jets
        if self.vorfeld and not trig.nominal and (attributive := phrases_de.attributive_agent(
                doc, trig.tok, actors + origins, self.agent_preps, self.finite, self.inflected_participle,
                self.determiners, rule.target_preps, self.genitive_links)) is not None:
            return attributive  # "die von Russland unterstützten Rebellen": Russia supports the rebels
        bare = [m for m in actors if m.preposition is None]
        source = target = None
        if self.vorfeld and not trig.nominal and inherited is None and (
                told := self.trailing_acts.inverted_roles(doc, clause.start, trig, actors, self.determiners,
                                                          lambda j: self._finite_after(doc, j), self.not_nominative)
        ) is not None:
            return told  # "Russland hat versagt, kritisierte der Kanzler": the speaker after the verb (trailing_acts_de)
        if trig.nominal:
            source, target, final = self._nominal_roles(doc, clause, trig, actors, origins, inherited)
            if final:
                return source, target
        patient, inherited = self._passive_patient(doc, clause, trig, inherited, actors)
        if source is None and inherited is not None:
            source = inherited  # "sie sollen ... unterstützen", "und hat ... erworben": the subject told before
            bare = [m for m in bare if m is not inherited]
            if rule.reciprocal and self._partner is not None and inherited is not self._partner:
                target = self._partner  # "Japan and the Philippines plan to expand their cooperation"
        passive = self._passive(doc, clause, trig.tok) and not trig.nominal
        # (English: not the agent of a participle describing the subject, "the plan proposed by France was rejected")
        agents = [m for m in actors if m.preposition in self.agent_preps and not self._described_agent(doc, m, trig)] \
            if passive else []
        agent = passives_de.nearest_agent(doc, trig.tok, agents, self.determiners) if self.vorfeld and len(agents) > 1 \
            else agents[0] if agents else None  # "... und von Frankreich unterstützt": the nearer of several
        if passive and agent is None and self.vorfeld:  # "von einer Spezialeinheit Kolumbiens", "seitens der Polizei"
            agent = next((m for m in actors if m.preposition is None
                          and self._governor(doc, m, clause.start, self.agent_preps) in self.agent_preps), None)
        if passive and agent is None and self.syntax is not None and self._told_passive(doc, trig.tok):
            # "was attacked by Burundian militiamen" (not "fighters backed by the U.S.-led coalition": a description)
            agent = next((m for m in origins if m.preposition in self.agent_preps
                          and not self._described_agent(doc, m, trig)), None)
        if passive and agent is None and (parse := self._sentence_parse(doc, clause.sent)) is not None:
            agent, patient = self._occasion_roles(doc, parse, trig, patient)  # "ten Palestinians were killed in ..."
        if passive and agent is None and source is not None and source is inherited and self._carried_patient(doc, trig):
            # "Ethiopia sent troops ... They have been attacked almost daily": the side carried over is acted on
            patient, source, inherited = patient or inherited, None, None
        if passive and agent is None and self.vorfeld:  # "wurde von 200 saudischen Sicherheitskräften abgeriegelt"
            agent = roles_de.origin_agent(doc, clause.start, sorted(origins + [m for m in actors if m.preposition is None],
                                                                    key=lambda m: m.tok_start), self.agent_preps, self.case)
        impersonal = self.vorfeld and not trig.nominal and not passive and inherited is None \
            and (roles_de.impersonal_subject(doc, clause.start, clause.end, actors, self.case)
                 or roles_de.unresolved_pronoun_subject(doc, clause.start, clause.end, actors, self.case))
        if source is None:
            if agent is not None and not rule.require_military:
                source = agent
                if self.vorfeld and target is None:  # "Der österreichische Vorschlag wurde vom X begrüßt": the subject
                    target = roles_de.passive_subject(doc, clause.start, agent, bare + origins, self.determiners)
                target = target or patient or next((m for m in bare if m is not agent), None)
            elif passive and not rule.require_military and self._participle(doc, trig.tok, clause):
                # "drei Zivilisten wurden getötet": the actor named is the patient, the doer unknown (or, for
                # arrests and bans, the state: rule.unnamed_source)
                if (venue := self._venue_roles(doc, clause, trig, actors)) is not None:
                    return venue  # English: "was rejected in the United States Senate": that body acts
                unknown = rule.unknown_doer or trig.lemma in rule.passive_unknown
                if rule.unnamed_source not in priors_de.STATE_SECTORS and not unknown:
                    return None, None
                if not unknown and not self._told_passive(doc, trig.tok):
                    return None, None  # "four Americans detained in Iran": a state of affairs, no arrest told
                return None, patient or (bare[0] if bare else next(  # "Gegen den Minister wird ermittelt", "Nun wird gegen
                    (m for m in actors if m.tok_start < trig.tok and (  # den Minister ermittelt": no subject, the prep's target
                        roles_de.fronted_target(doc, clause.start, m, rule.target_preps)
                        or self.vorfeld and not unknown and m.preposition in rule.target_preps
                        and self._governor(doc, m, clause.start) == m.preposition)), None) or next(
                    (m for m in origins if m.tok_start < trig.tok and m.preposition is None), None))
            elif bare and (inherited is None or source is None):
                subjects = ([m for m in bare if not roles_de.not_subject(doc, m, self.case)
                             and not self._in_prepositional(doc, clause, m)  # "gegen die Vorherrschaft der X"
                             and not self._relative_genitive(doc, clause, m, actors)  # ", die den Angaben der X"
                             and not object_genitive(  # "den Angriff X"
                                 doc, m, clause.start, actors, self.determiners, self.genitive_links,
                                 self.genitive_suffixes, lambda j: self._noun_rule(doc, j) is not None)]
                            if self.vorfeld and (not trig.nominal or self._carried(doc, clause, trig)) else bare)
                if impersonal:  # "wies man zwei britische Diplomaten aus": "man" is the subject
                    subjects = []
                source = (subjects[0] if subjects else None) if source is None else source
        if source is None and (not trig.nominal or self._carried(doc, clause, trig)):  # "Russische Kampfjets starteten
            # eine Offensive", "Eine russische Delegation trifft ... ein": the subject's origin
            source = next((m for m in origins if m.tok_start < trig.tok and all(
                t.lower in self.determiners for t in toks[clause.start:m.tok_start])), None)
        if target is None:
            target = next((m for m in actors if self._governor(doc, m, clause.start) in rule.target_preps and m is not source
                           and (m.tok_start > trig.tok or not trig.nominal)), None)
        if target is None and trig.nominal and self.vorfeld:  # "Drohungen Nordkoreas gegen Südkorea"
            target = incidents_de.noun_target(doc, trig.tok, clause.end, [m for m in actors if m is not source], self.case,
                                              self.determiners)
        if target is None and (rule.origin_target or self.vorfeld and rule.domestic_target):
            # a nationality governed by a target preposition; a domestic act's only after the trigger ("demonstrierten
            # gegen die israelische Besatzung")
            lo = trig.tok - 8 if rule.origin_target else trig.tok
            target = next((m for m in origins if m is not source and m.tok_start > lo
                           and self._governor(doc, m, clause.start) in rule.target_preps), None)
        if target is None and rule.object_target and self.vorfeld and not trig.nominal and (
                ante := relatives_de.object_relative_antecedent(
                    doc, clause.start, clause.opener, self._by_sent.get(clause.sent, []), self.case)) not in (None, source):
            target = ante  # ", dem die Staatsanwaltschaft Betrug vorwirft", ", den die Polizei festnahm": the antecedent
        if target is None and rule.object_target and source is not None:
            objects = list(islice((m for m in bare if m.tok_start > source.tok_start and m is not source
                                   and not same_actor(m, source)
                                   and self._governor(doc, m, clause.start, self.location_preps) is None), 3))
            if self.vorfeld and not trig.nominal:  # "hat Russland kritisiert und Israel gelobt": Israel is praised
                objects = own_conjunct(doc, clause.start, trig.tok, objects, self.coordinators, lambda j: self.cues.verb_lemma(
                    doc, j, clause, self.particles, self.known_verbs) in self.known_verbs)
            # German: an object after a genitive inside a prepositional phrase ("ohne Zustimmung der USA den Iran"); the
            # first three candidates only, so a long clause costs no more than before
            target = next((m for m in objects if not self._in_prepositional(doc, clause, m)), None) or next(
                iter(objects), None)
        if target is None and rule.object_target and source is not None and self.vorfeld and not trig.nominal:
            # a fronted dative before its subject: "Der Ukraine hat Deutschland Hilfe zugesagt"
            target = next((m for m in bare if m.tok_start < source.tok_start and not same_actor(m, source)
                           and roles_de.oblique_feminine(doc, m, self.case)
                           and self._governor(doc, m, clause.start, self.location_preps) is None), None)
        if target is None and rule.object_target and source is None and inherited is None and self.vorfeld \
                and not trig.nominal and not passive:  # "In Bangkok bestellte man den französischen Botschafter ein"
            target = roles_de.unnamed_subject_object(doc, bare, self.case, impersonal, lambda m: self._governor(
                doc, m, clause.start, self.location_preps) is not None)
        if target is None and trig.extra_preps:  # "ein Abkommen über den Kauf ... aus Polen unterzeichnet"
            target = self._extra_target(doc, clause, trig, actors, (source,))
        if target is None and rule.reciprocal and source is not None:
            k = bare.index(source) if source in bare else -1
            if 0 <= k < len(bare) - 1 and any(toks[j].lower in self.weak for j in range(source.tok_end, bare[k + 1].tok_start)):
                target = bare[k + 1]
        if target is None and rule.origin_target:
            target = next((m for m in origins if m is not source), None) or next(
                (m for m in actors if m.preposition in rule.target_preps and m is not source), None)
        if self.vorfeld and not trig.nominal and not passive and inherited is None:
            lead = roles_de.vorfeld_subject(doc, clause.start, trig.tok + 1, actors, self.determiners,
                                            lambda i: self._finite_after(doc, i), self.case)
            if lead is not None and lead is not source:
                source, target = lead, (None if target is lead else target)
            elif source is not None and source.tok_start > trig.tok:  # "nahmen kenianische Polizeikräfte zwei Iraner fest"
                # "Der deutsche Hotelverband kritisierte Frankreich": a body the knowledge base lacks, known by its origin
                # adjective, fills the Vorfeld; the actor after the verb is its object, not the subject
                # (a body, not an act: "Die russischen Vorwürfe wies die ukrainische Regierung zurück" keeps Kyiv)
                bodies = [o for o in origins if not self._act_noun_after(doc, o)]
                first = roles_de.vorfeld_subject(doc, clause.start, trig.tok + 1, bodies, self.determiners,
                                                 lambda i: self._finite_after(doc, i), self.case) \
                    or roles_de.mittelfeld_origin(doc, trig.tok, source, origins, self.determiners, self.case)
                if first is not None:
                    source, target = first, (source if rule.object_target and target in (None, first) else target)
        if self.vorfeld and rule.receiving and not trig.nominal and source is not None:  # "trafen auf Widerstand"
            sent = doc.sentences[toks[trig.tok].sent]  # the giver may stand past the clause's actors ("durch Aufständische")
            source, target = incidents_de.giver_after(doc, trig.tok, [m for m in doc.mentions if m.actor is not None
                                                                       and sent.tok_start <= m.tok_start < sent.tok_end],
                                                      self.case, 10), source
        elif self.vorfeld and rule.paid and not trig.nominal and source is not None:  # "zahlt der EU eine Geldbuße"
            source, target = incidents_de.payee(doc, clause.start, clause.end, source, actors, rule.has_cue, self.case), source
        parse = analysis_of(doc)
        # may the rules read this sentence's parse (English, with syntax)? Asked once: the answer never changes
        parsed = self._sentence_parse(doc, clause.sent) is not None
        parsed_co = None
        if parse is not None and not trig.nominal and self.syntax is not None:
            if parsed:
                source, target, parsed_co = self._english_roles(
                    doc, parse, trig, self._sentence_actors(clause, actors, trig.tok, inherited), source, target, inherited,
                    self._joined_scope(clause, actors))
                if source is None and inherited is None and not self._receiving(doc, trig):  # "Israeli aircraft killed ..."
                    source = self._subject_origin(doc, parse, trig.tok, clause.sent, origins)
                    target = None if target is source else target
                if source is None and inherited is None and rule.type in self.syntax.unknown_types:
                    source = self._unknown_attacker(doc, parse, trig.tok)  # "A roadside bomb killed three soldiers"
                if source is None and inherited is None and rule.type in self.syntax.ngo_types:
                    source = self._ngo_doer(doc, parse, trig.tok)  # "Several aid organizations have criticized ..."
        elif parse is not None and not trig.nominal and parse.need(clause.sent):
            source, target = self._parsed_roles(parse, trig.tok, actors, source, target, rule)
        self._co_source = None
        if source is not None and source is not inherited and not rule.reciprocal and source in bare:
            k = bare.index(source)
            nxt = bare[k + 1] if k + 1 < len(bare) else None
            between = [toks[j] for j in range(source.tok_end, nxt.tok_start)] if nxt is not None else []
            links = self.coordinators | (passives_de.correlative_links(doc, source, self.determiners, self.case)
                                         if self.vorfeld else frozenset())  # "sowohl die EU als auch die USA"
            if nxt is not None and not same_actor(nxt, source) and between and all(  # "Die EU und die USA"
                    t.lower in links or t.text == "," or t.lower in self.determiners for t in between) \
                    and any(t.lower in links or t.text == "," for t in between):
                # (an English parse tells a list from an apposition: "Hezbollah, the Iran-backed group, fired"; a
                # name beside the doer is its target in neither: "GM and Chrysler software contracts provide")
                if not parsed or nxt in self._coordinated(doc, parse, source):  # type: ignore[arg-type]
                    self._co_source = nxt  # "China und Russland haben ein Manöver begonnen": both act
                if target is nxt:  # "China und Russland kritisierten die EU": the object after both (German)
                    target = None if parsed else next(
                        (m for m in bare[k + 2:] if rule.object_target and not same_actor(m, source)
                         and self._governor(doc, m, clause.start, self.location_preps) is None), None)
                    if target is None and self.vorfeld:  # "Die USA und Großbritannien verurteilten den Angriff auf X"
                        target = self._extra_target(doc, clause, trig, actors, (source, nxt))
        if self.vorfeld and source is not None and not rule.reciprocal:
            target = self._listed_doers(doc, clause, trig, source, inherited, bare, target)
        if parsed_co is not None and rule.reciprocal:  # "The United States and India signed an accord"
            if target is None or target is parsed_co or (source is not None and same_actor(target, source)) \
                    or self._met_at(doc, parse, target):  # "French and German ministers met in Paris": each other
                target = parsed_co
            else:  # "France and Germany pledged aid to Ukraine": both act on the third party named
                self._co_source = parsed_co
        elif parsed_co is not None:  # "vetoed by Russia and China": both act, neither is the target
            self._co_source = parsed_co
            target = None if target is parsed_co else target
        if target is None and source is not None and parsed and not trig.nominal and self.syntax is not None \
                and self.syntax.mutual(doc, parse, trig.tok):  # type: ignore[arg-type]  (parsed: parse is there)
            target = self._mutual_partner(doc, parse, trig, source, inherited, actors)
        if target is None and source is not None and parsed:  # "exchanged fire": a bare noun read as a verb too
            target = self._traded_partner(doc, parse, trig, source, inherited, actors)
        if target is None and parsed and self.place_targets is not None and rule.type in self.place_targets.place_types:
            aim = self.syntax.aim_preps.get(rule.type, frozenset()) if self.syntax is not None else frozenset()
            genitive = rule.genitive_role == "target" if trig.nominal else self._object_noun_of(doc, parse, trig)
            of = set(function_words(doc.lang).genitive_prepositions) if genitive \
                else set()  # "the bombardment of Mariupol", "continued its bombardment of Mariupol"
            preps = rule.target_preps | trig.extra_preps | aim | of  # "fired rockets at Israeli towns"
            target = self._aimed_place(doc, parse, trig.tok, preps, source)  # "strikes on Kharkiv"
        if target is None and source is not None and parsed and trig.nominal and self.syntax is not None:
            # "Russian strikes on Ukrainian positions": a nationality in the noun's own target phrase, as for a verb
            found = self.syntax.prep_origin(doc, parse, trig.tok, rule.target_preps | trig.extra_preps, [
                m for m in self._by_sent.get(clause.sent, []) if m.kind == "origin"], rule.type in self.syntax.aimed_place_types)
            target = None if found is None or same_actor(found, source) else found
        if self.vorfeld and source is not None and (group := owning_group(doc, source, actors, self.genitive_links,
                                                                          GENERIC_VIAS)) is not None:
            source, target = group, (None if target is group else target)  # "Kämpfer der Terrormiliz IS nahmen ..."
        if self.vorfeld and target is None and source is not None and any(
                t.lower in self.case.reciprocal_words for t in toks[clause.start:clause.end]):
            # "Indien und Pakistan werfen sich gegenseitig vor": each accuses the other (kept past the speech acts)
            target = self._mutual = self._co_source or next((m for m in bare + ([inherited] if inherited else [])
                                                             if m is not source and not same_actor(m, source)), None)
        if self.vorfeld and target is None and source is not None and not trig.nominal and not passive \
                and rule.type in self.infinitive_target_types:  # "weigert sich, dem Kosovo ... zu gewähren"
            target = self._infinitive_object(doc, clause, source)
        if self.vorfeld and target is not None and target.kind in ("actor", "origin") and not self._co_targets:
            bracket = (clause.opener in self.breaks - self.weak if clause.opener else False) or any(
                t.lower in self.finite for t in toks[clause.start:target.tok_start])  # "hat X und Y kritisiert."
            named = target.kind == "origin"  # "ukrainische und polnische Stellungen": each adjective names a target
            self._co_targets = [m for m in coordinated_targets(
                doc, target, sorted(actors + origins, key=lambda m: m.tok_start) if named else actors, self.coordinators,
                self.determiners, lambda i: self._finite_after(doc, i), bracket,
                frozenset({"actor", "origin"}) if named else frozenset({"actor"}))
                if m is not source and m is not self._co_source]  # "den USA und Großbritannien"
        if source is not None and target is not None and (same_actor(source, target) or (
                parse is not None and self.syntax is not None and self._apposed(parse, source, target))):
            target = None  # "Kenzo Oshima, the United Nations relief coordinator, demanded ...": the doer's own title
        if target is not None and source is not None and trig.nominal and parsed and not self._co_targets:
            self._co_targets = self._phrase_co_targets(doc, trig, source, target)
        return source, target

    def _met_at(self, doc: Doc, parse: Analysis | None, m: Mention) -> bool:
        """``m`` stands after a preposition of where ("in Paris", "at the UN"): the venue of two sides' meeting, which
        names the host only where one side is named (``parsed_co`` is the other side otherwise)."""
        if parse is None:
            return False
        span = range(m.tok_start, m.tok_end)
        head = next((j for j in span if parse.heads.get(j) not in span), m.tok_start)
        p = parse.heads.get(head, head)
        return parse.deps.get(head) == "pobj" and doc.tokens[p].lower in self.static_location_preps

    def _phrase_co_targets(self, doc: Doc, trig: Trigger, source: Mention, target: Mention) -> list[Mention]:
        """The sides joined by "and" to an English noun trigger's target inside the noun's own phrase, whoever the doer
        ("Egyptian mediation between Israel and Hamas", "Israeli strikes on Syria and Lebanon"): one event each, as a
        possessor's noun (``_noun_co_targets``) and a verb's list of objects give."""
        phrase = self._own_phrase(doc, trig.tok)  # type: ignore[attr-defined]
        if phrase is None or not all(j in phrase for j in range(target.tok_start, target.tok_end)):
            return []
        return [o for o in self._noun_co_targets(doc, source, target)  # type: ignore[attr-defined]
                if o.tok_start in phrase and o is not source]

    def _listed_doers(self, doc: Doc, clause: Clause, trig: Trigger, source: Mention, inherited: Mention | None,
                      bare: list[Mention], target: Mention | None) -> Mention | None:
        """Each actor of a German list of doers acts (``roles_de.doer_list``: ``_co_source``, ``_more_sources``);
        returns the target, read again past the list when it was one of them."""
        listed = roles_de.doer_list(doc, clause.start, trig.tok, source, inherited, bare, self._by_sent.get(
            doc.tokens[source.tok_start].sent, []), self._co_source, self.case, self.coordinators, self.determiners)
        if not listed:
            return target
        self._co_source, self._more_sources = listed[0], listed[1:]
        if target is not None and any(target is m for m in listed):
            after = bare.index(listed[-1]) + 1 if listed[-1] in bare else len(bare)
            target = next((m for m in bare[after:] if trig.rule.object_target and not same_actor(m, source)
                           and self._governor(doc, m, clause.start, self.location_preps) is None), None) \
                or self._extra_target(doc, clause, trig, actors=[m for m in bare if all(m is not x for x in listed)],
                                      skip=(source,))
        return target

    def _infinitive_object(self, doc: Doc, clause: Clause, source: Mention) -> Mention | None:
        """The first bare actor of the zu-infinitive that follows the clause after a comma (its dative or accusative
        object: ", dem Kosovo die Anerkennung zu gewähren"), named (not "weitere Soldaten", whose country is only the
        context's) and none of the source's country; None when no such clause follows."""
        toks = doc.tokens
        if clause.end >= len(toks) or toks[clause.end].text != ",":
            return None
        end = clause.end + 1
        while end < len(toks) and toks[end].sent == clause.sent and toks[end].text not in (",", ";", ":", "."):
            end += 1
        if end - clause.end < 3 or toks[end - 2].lower not in self.infinitive_markers:
            return None
        return next((m for m in self._by_sent.get(clause.sent, []) if clause.end < m.tok_start < end
                     and m.kind == "actor" and m.actor is not None and m.preposition is None and m.via not in GENERIC_VIAS
                     and not same_actor(m, source) and (m.actor.country is None or source.actor is None
                                                        or m.actor.country != source.actor.country)), None)

    def _carried_patient(self, doc: Doc, trig: Trigger) -> bool:
        """An English verb trigger right after its passive auxiliary ("They have been attacked", "and was arrested"): the
        subject carried over from before is the one acted on, never the doer (German: _passive_patient). Read off the
        words, since a sentence with no actor of its own is not parsed; "is committed to" is a state, not a passive."""
        if self.vorfeld or self.syntax is None or trig.nominal:
            return False
        toks = doc.tokens
        j = trig.tok - 1
        while j >= 0 and toks[j].lower.endswith("ly") and toks[j].sent == toks[trig.tok].sent:  # "was reportedly arrested"
            j -= 1
        return j >= 0 and toks[j].lower in self.passive_aux and toks[trig.tok].lower not in self.syntax.stative

    def _passive_patient(self, doc: Doc, clause: Clause, trig: Trigger, inherited: Mention | None,
                         actors: list[Mention]) -> tuple[Mention | None, Mention | None]:
        """(patient, doer told before): a German passive clause whose subject is a pronoun or a relative pronoun
        ("Er wurde in Berlin festgenommen", "..., der entführt worden war") is about the one acted on, never the
        doer. Not a speaker's report ("teilte mit, es sollten Panzer stationiert werden") nor an ellipsis ("und
        100 Autos zerstört"), whose subject told before is no subject of this clause."""
        if inherited is None and clause.opener in self.coordinators and self._last_source is not None \
                and doc.tokens[self._last_source.tok_start].sent == clause.sent:
            # ", und sie wurden abgeschoben": the pronoun of a joined clause is read against the clause before
            patient = self.targets_de.passive_patient(doc, trig.rule.type, clause.sent, self._last_source,
                                                      self._last_source, self._last_target, self._last_type)
            if patient is not None and self.vorfeld and not trig.nominal and self._passive(doc, clause, trig.tok) \
                    and self._subjectless(doc, clause, actors) == "pronoun":
                return patient, None
        if inherited is None or not self.vorfeld or trig.nominal or not self._passive(doc, clause, trig.tok):
            return None, inherited
        if self._subjectless(doc, clause, actors) != "pronoun" and not relatives_de.relative_start(doc, clause.start, self.case):
            return None, inherited
        if (named := relatives_de.relative_antecedent(doc, clause.start, clause.opener, self._by_sent.get(clause.sent, []),
                                                  actors, self.case)) is not None:
            return named, None  # "die Freilassung des Entwicklungshelfers, der entführt worden war": him, not the asker
        return self.targets_de.passive_patient(doc, trig.rule.type, clause.sent, inherited, self._last_source,
                                               self._last_target, self._last_type) or inherited, None

    def _referenced_actor(self, doc: Doc, c: Clause, trig: Trigger, source: ActorRef) -> ActorRef | None:
        """'Minsk verurteilte die Strafmaßnahmen', 'Myanmar rejected the measures': a definite object
        that refers back to an event makes that event's actor (up to two sentences back) the target.
        A reply to a demand or offer ("Weitere Forderungen lehnt Berlin ab") answers the side that made it: the
        doer of the last act told by another side, else (a refusal or assent) the side the replier's own last act
        dealt with ("Die spanischen Zeitungen unterstützten die Forderungen": their own side's)."""
        if not self._told or c.sent - self._told[-1][0] > 2 or not self.reference_nouns:
            return None
        noun = self._reference_noun(doc, c, trig)
        actor: ActorRef | None = self._told[-1][1]
        if noun is not None and noun.lower in self.reply_nouns:
            recent = [(a, b) for k, a, b in self._told if c.sent - 2 <= k < c.sent]
            actor = next((a for a, _ in reversed(recent) if not same_side(a, source)), None) or next(
                (b for a, b in reversed(recent) if b is not None and not same_side(b, source)
                 and trig.rule.type in self.reply_types), None)  # a refusal answers the other side; support may not
        if noun is None or actor is None or same_side(actor, source):
            return None
        return ActorRef(noun.text, actor.name, actor.actor_id, actor.country, actor.sector)

    def _context_country(self, doc: Doc, sent: int) -> str | None:
        """Country of "die Truppen" / "officials": the source of the last event up to two sentences back."""
        if self._last_event is not None and sent - self._last_event[0] <= 2:
            return self._last_event[1]
        return self._doc_country
