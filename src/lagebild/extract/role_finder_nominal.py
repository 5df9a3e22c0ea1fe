"""Source and target of a nominal trigger ("der Angriff Russlands auf die Ukraine", "Russia's invasion of Ukraine"):
the noun's own genitive, adjective or "by"-phrase, the sides of a clash, an incident phrase's subject. Split from
role_finder.py, whose clause rules read a verb's subject and objects; a noun's doer is read from the noun's phrase first."""

from __future__ import annotations

from ..knowledge.function_words import function_words
from ..model import Doc, Mention
from . import incidents_de, phrases_de, priors_de, roles_de
from .clauses import Clause
from .counted_objects_en import counted_object
from .genitive_de import genitive_role
from .role_finder_en import EnglishRoleFinder
from .rules import Trigger
from .targets_de import visit_roles


class NominalRoleFinder(EnglishRoleFinder):
    """Mixin of RoleFinder (and so of EventExtractor): who does a nominal trigger's act to whom."""

    def _nominal_roles(self, doc: Doc, clause: Clause, trig: Trigger, actors: list[Mention], origins: list[Mention],
                       inherited: Mention | None) -> tuple[Mention | None, Mention | None, bool]:
        """(source, target, final) of a nominal trigger: ``final`` where the noun's phrase settles both roles (the
        caller returns them as they are), else what the phrase tells, for the clause rules to complete."""
        toks = doc.tokens
        rule = trig.rule
        if inherited is not None and inherited is self._alleged:
            return inherited, None, False  # "blamed Russia for the attack on X": the accused, on the accuser's word
        if (own := self._english_noun(doc, trig, actors, origins)) is not None:
            self._co_targets = self._noun_co_targets(doc, *own)  # "Egypt's mediation between Israel and Hamas": each side
            return *own, False  # "Russia's invasion of Ukraine", "the attack on Kenyan troops by Somali militants"
        if self.vorfeld and (fronted := self._fronted_light_roles(doc, clause, trig, actors)) is not None:
            return *fronted, True  # "Kritik übte die SPD an der Regierung", "Hilfe leistet Deutschland der Ukraine"
        source: Mention | None = None
        target: Mention | None = None
        agent_of_noun = phrases_de.nominal_agent(doc, trig.tok, actors + origins, clause.end) if self.vorfeld else None
        if agent_of_noun is None and self.vorfeld:  # "Eine Beschwerde wurde von X eingebracht"
            agent_of_noun = self._passive_subject_doer(doc, clause, trig, actors)
        if agent_of_noun is None and self.vorfeld:  # "Kritik kam am Montag von der Opposition"
            agent_of_noun = self.targets_de.coming_doer(doc, clause.start, clause.end, trig.tok, actors, self.determiners)
        after = [m for m in actors if trig.tok < m.tok_start and (m.preposition is None or m.preposition in self.noun_link_preps)
                 and all(t.lower in self.determiners or t.text[:1].islower() for t in toks[trig.tok + 1:m.tok_start])
                 and m.tok_start - trig.tok <= 3]
        if after and not self.vorfeld and (phrase := self._own_phrase(doc, trig.tok)) is not None:
            after = [m for m in after if m.tok_start in phrase]  # "Israeli airstrikes killed ten Palestinians": the
            # verb's object is no doer of the noun
        if not after and self.vorfeld and (adj := self.genitive_readings.adjective_genitive(doc, trig.tok, origins)) \
                is not None and (not rule.require_military or self._military_word(toks[adj.tok_end].lower)):
            after = [adj]  # "Angriffe israelischer Kampfjets": a genitive without article, read as the noun's own
        # the noun's own nationality adjective, also inside a phrase ("gegen die russische Annexion der Krim")
        before = [m for m in origins if m.tok_end == trig.tok and (m.preposition is None or self.vorfeld)]
        if self.vorfeld:  # "Russlands Angriff auf die Ukraine", "Chinas Kritik an den USA": a name's genitive in -s,
            # not a noun's genitive after it ("mit Unterstützung Großbritanniens Luftangriffe")
            before += [m for m in actors if m.tok_end == trig.tok and m.preposition is None and m.actor is not None
                       and m.actor.country and toks[m.tok_end - 1].text[-1:] == "s" and toks[m.tok_end - 1].text[:1].isupper()
                       and (m.tok_start == clause.start or not toks[m.tok_start - 1].text[:1].isupper())]
        if not self.vorfeld:  # "Islamist threats", "the Sunni boycott": the group adjective's mention holds the noun
            before += [m for m in actors if m.via.startswith("group") and m.tok_end == trig.tok + 1
                       and m.preposition is None and m.actor is not None and m.actor.country]
        if toks[trig.tok].lower in self.place_named_nouns:  # "das Abkommen von Minsk", "das Minsker Abkommen"
            after = [m for m in after if not _signing_place(m)]
            before = [m for m in before if not _signing_place(m)]
        if self.vorfeld and (rule.unknown_doer or "military" in rule.context):  # "US-Luftangriff", "IS-Anschlag"
            before += [m for m in origins + actors if m.tok_start == trig.tok and m.tok_end == trig.tok + 1
                       and "-" in toks[trig.tok].text]
        if agent_of_noun is not None:  # "die Festnahme von 15 Soldaten durch die iranische Marine"
            source, target = agent_of_noun, next((m for m in actors if trig.tok < m.tok_start < agent_of_noun.tok_start
                                                  and (m.preposition is None or m.preposition in self.noun_link_preps)), None)
        elif self.vorfeld and (got := incidents_de.received(doc, clause.start, clause.end, trig.tok, actors, origins,
                                                            self.case, self._actor_toks, self.recipient_aux,
                                                            inherited)):
            return *got, True  # "erhielt Kritik", "geriet unter israelischen Beschuss": the subject is hit
        elif after and genitive_role(toks[trig.tok].text, rule.genitive_role, self.genitive_readings, any(
                m.tok_start > after[0].tok_end and self._governor(doc, m, clause.start) in rule.target_preps
                for m in actors)) == "target":
            target, after = after[0], []  # "die Festnahme des Journalisten": the one acted on
        if source is not None:
            pass
        elif after:
            source = after[0]
        elif before:
            source = before[0]
        elif not self.side_preps & rule.target_preps and (pair := incidents_de.between_sides(
                doc, self._sides_at(doc, trig.tok), actors + origins, clause.end, self.coordinators, self.determiners,
                self.side_preps)) is not None:
            # "Zusammenstöße zwischen der Polizei und Demonstranten"; a go-between's act whose rule takes "between" as
            # its target ("undertook a mediation mission between X and Y") names there whom it acts on, not its sides
            source, target = pair
        elif (nominal := self._english_nominal(doc, trig, self._joined_scope(clause, actors))) is not None:
            # "The EU tightened sanctions against Zimbabwe": the verb's subject; "launched an invasion of Ukraine": the
            # noun's own patient after "of" (read above) where the verb's roles name no target
            source, target = nominal[0], nominal[1] if nominal[1] is not None else target
            if source is not None and self.side_preps & rule.target_preps:
                self._co_targets = self._noun_co_targets(doc, source, target)  # the go-between acts on each side
            if self._second_doer(doc, source, inherited):
                source = inherited  # "India and Pakistan traded accusations": the second doer's event
            if source is None:
                return None, None, True  # "rebels who launched an attack": the doer is no actor we know
        elif (owner := self._owner_roles(doc, trig, actors)) is not None:
            source, target = owner  # "Its sanctions against Lithuania took effect": the doer told just before
        elif self.vorfeld and (visit := visit_roles(
                doc, clause.start, clause.end, trig.tok, self._by_sent.get(clause.sent, []),
                self.targets_de.visit_nouns, self.targets_de.visit_preps, self.determiners)) is not None:
            source, target = visit  # "Zu Besuch in Sarajevo stellte Außenminister Kurz klar"
        elif self.vorfeld and self._incident(doc, clause, trig.tok) and (lead := roles_de.vorfeld_subject(
                doc, clause.start, clause.end, actors, self.determiners, lambda i: self._finite_after(doc, i), self.case)):
            source = lead  # "Der Präsident hat bei einem Treffen mit X ...": the subject took part in the incident
        elif not self._light_in(doc, clause, clause.start, clause.end) \
                and not (self.vorfeld and self._state(doc, clause, trig.tok)):  # "waren im Einsatz": the subject's
            if self.vorfeld and rule.unknown_doer and self._incident(doc, clause, trig.tok):
                if (partner := incidents_de.partner(doc, trig.tok, actors, self.case, self.determiners)) is not None:
                    return partner, None, True  # "Es kam zu Zusammenstößen mit der Polizei": the one side named
                # "Bei einem Anschlag auf das Konsulat ...": the doer unnamed, the attacked side behind "auf"/"gegen"
                return None, next((m for m in sorted(actors + origins, key=lambda m: m.tok_start) if m.tok_start > trig.tok
                                   and self._governor(doc, m, clause.start) in rule.target_preps), None), True
            if target is not None and rule.domestic_target and rule.unnamed_source in priors_de.STATE_SECTORS:
                return None, target, True  # "die Festnahme von drei Deutschen im Iran": the state acts, unnamed
            if self.vorfeld and (own := self._own_act_doer(doc, clause, trig, actors, inherited)) is not None:
                return *own, False  # "wandte sich mit der Aufforderung, ... an", "hat in einem Gespräch mit X ..."
            return None, None, True
        if target is None and source is not None and not self.vorfeld \
                and (parse := self._sentence_parse(doc, toks[trig.tok].sent)) is not None:  # "airstrikes killed dozens of X"
            target = counted_object(doc, parse, trig.tok, actors, self.type_context.readings.quantity_heads,
                                    function_words(doc.lang).genitive_prepositions, source)
        return source, target, False

    def _fronted_light_roles(self, doc: Doc, clause: Clause, trig: Trigger,
                             actors: list[Mention]) -> tuple[Mention, Mention | None] | None:
        """(doer, side) of an act noun that opens its clause before a light verb: the verb's subject does the act,
        the side stands behind the rule's target preposition or, for an object rule, is the bare object after the
        subject ("Unterstützung leistet Deutschland der Ukraine"). A "der" right after an article's phrase is its
        genitive ("die Regierung der Ukraine"), no object. None where the reading does not apply."""
        toks = doc.tokens
        verb = phrases_de.fronted_light_verb(doc, clause.start, clause.end, trig, actors,
                                             lambda k: self._light_bracket(doc, clause, k))
        if verb is None:
            return None
        later = [m for m in actors if m.tok_start > trig.tok + 1]
        source = next((m for m in later if m.tok_start > verb and m.preposition is None
                       and not self._in_prepositional(doc, clause, m)
                       and not roles_de.not_subject(doc, m, self.case)), None)
        if source is None:
            return None
        target = next((m for m in later if m is not source and (
            m.preposition in trig.rule.target_preps and self._governor(doc, m, clause.start) == m.preposition
            or m.preposition is None and self._in_prepositional(doc, clause, m)  # "an dem Vorgehen der Türkei"
            and self._governor(doc, m, clause.start, trig.rule.target_preps) in trig.rule.target_preps)), None)
        if target is None and trig.rule.object_target:
            target = next((m for m in later if m.tok_start >= source.tok_end and m.preposition is None
                           and not (m.tok_start == source.tok_end and toks[source.tok_start].lower in self.determiners)
                           and not self._joined_subject(doc, source, m)
                           and not self._in_prepositional(doc, clause, m)), None)
        return source, target

    def _joined_subject(self, doc: Doc, source: Mention, m: Mention) -> bool:
        """``m`` is joined to the subject by "und"/"sowie" ("Kritik übten Frankreich und Deutschland"): a second doer,
        not the side the act is aimed at."""
        between = [doc.tokens[k].lower for k in range(source.tok_end, m.tok_start)]
        return any(w in self.coordinators for w in between) and all(
            w in self.coordinators or w in self.determiners for w in between)

    def _passive_subject_doer(self, doc: Doc, clause: Clause, trig: Trigger, actors: list[Mention]) -> Mention | None:
        """The "von"-agent of a passive whose subject is the noun trigger and whose participle is a light verb ("Eine
        Beschwerde wurde von X eingebracht", "Ein Antrag wurde von der Regierung gestellt"): the agent files the noun's
        act, as the subject of "X brachte eine Beschwerde ein" does. None unless the noun opens its clause (an article
        and attributes before it), the auxiliary follows it with no comma between, and a light verb closes the clause;
        "Der Antrag wurde vom Parlament abgelehnt" (no light verb) is another act on the noun."""
        toks = doc.tokens
        if any(not (toks[k].lower in self.determiners or toks[k].text[:1].islower()) for k in range(clause.start, trig.tok)):
            return None
        aux = next((k for k in range(trig.tok + 1, clause.end) if toks[k].lower in self.passive_aux or toks[k].text == ","),
                   None)
        if aux is None or toks[aux].text == "," or not any(self._light_verb(toks[k]) for k in range(aux + 1, clause.end)):
            return None
        return next((m for m in actors if m.tok_start > aux and m.preposition in self.agent_preps), None)

    def _sides_at(self, doc: Doc, tok: int) -> int:
        """Where the sides of the noun trigger at ``tok`` are named: after the noun ("clashes between X and Y"), or,
        for an English noun that is the subject of a verb without an object, after the verb's "between" ("clashes
        broke out between India and Pakistan", "fighting erupted between X and Y"): the token before that preposition."""
        if self.vorfeld:  # "die Unterzeichnung des Abkommens zwischen X und Y": the sides after the noun's genitive
            return phrases_de.past_genitive(doc, tok, self.genitive_links, self.side_preps)
        parse = self._sentence_parse(doc, doc.tokens[tok].sent)
        if parse is None or parse.deps.get(tok) != "nsubj":
            return tok
        v = parse.heads.get(tok, tok)
        kids = parse.children.get(v, [])
        if any(parse.deps.get(c) in ("dobj", "obj", "attr") for c in kids):
            return tok
        return next((p - 1 for p in kids if parse.deps.get(p) == "prep" and doc.tokens[p].lower in self.side_preps
                     and p > tok), tok)

    def _own_phrase(self, doc: Doc, tok: int) -> set[int] | None:
        """The tokens of the English noun trigger's own phrase in the parse (None without one): an actor after the
        noun is its own ("the withdrawal of the rebels") only inside it, not the object of the verb it is subject of."""
        parse = self._sentence_parse(doc, doc.tokens[tok].sent)
        if parse is None or tok not in parse.deps:
            return None
        return parse.subtree(tok)

    def _own_act_doer(self, doc: Doc, clause: Clause, trig: Trigger, actors: list[Mention],
                      inherited: Mention | None) -> tuple[Mention, Mention | None] | None:
        """(doer, partner): the clause's subject (or the subject told before) for an act noun that its clause tells as
        the subject's own: a request, threat or refusal as the manner of its act ("wandte sich mit der Aufforderung, ... an": a
        ``manner`` preposition, an article, the content clause after the noun), or a meeting it took part in ("hat
        in einem Gespräch mit Peres bekräftigt", "nach Gesprächen mit X": a ``meeting`` preposition before, the
        partner's preposition after, the partner the actor behind it). Not in a passive, whose subject is acted on."""
        toks = doc.tokens
        k = trig.tok - 1
        while k > clause.start and toks[k].text[:1].islower() and roles_de.attributive_adjective(toks[k].lower):
            k -= 1  # "mit der eindringlichen Aufforderung", "in einem langen Gespräch"
        if k - 1 < clause.start or trig.tok + 1 >= len(toks) or self._passive(doc, clause):
            return None
        prep = k - 1 if toks[k].lower in self.determiners else k
        after = toks[trig.tok + 1]
        manner = trig.rule.type in self.complement_types and prep == k - 1 and after.text == "," \
            and toks[prep].lower in self.case.manner_prepositions
        meeting = toks[prep].lower in self.case.meeting_prepositions and after.lower in self.case.partner_prepositions \
            and after.lower in trig.rule.target_preps
        if not (manner or meeting):
            return None
        # the speaker of the clause's own reporting verb is its subject too ("Wulff hat ... bekräftigt, ...")
        pool = {id(m): m for m in actors}
        pool.update((id(m), m) for m in doc.mentions if m.kind == "actor" and m.actor is not None
                    and clause.start <= m.tok_start < trig.tok)
        doer = inherited or roles_de.vorfeld_subject(doc, clause.start, clause.end,
                                                     sorted(pool.values(), key=lambda m: m.tok_start), self.determiners,
                                                     lambda i: self._finite_after(doc, i), self.case)
        if doer is None:
            return None
        partner = next((m for m in doc.mentions if meeting and m.kind == "actor" and m.actor is not None and m is not doer
                        and trig.tok + 1 < m.tok_start <= trig.tok + 5 and m.preposition == after.lower), None)
        return doer, partner


def _signing_place(m: Mention) -> bool:
    """A city named with an accord ("von Minsk", "Minsker"): where it was signed, not who acts. A German city
    adjective is capitalised and ends in "-er"; a country's is written small ("russische")."""
    return m.kind == "place" or m.via == "capital" or (m.kind == "origin" and m.text[:1].isupper() and m.text.endswith("er"))
