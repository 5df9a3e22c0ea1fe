"""English branches of role finding over the spaCy parse (roles_en): roles from the parse with the
rules' result as fallback, nationality and place of a subject that is no actor, the speaker's own side,
unknown attackers, mutual verbs, and the state's own people as target. A noun trigger's own roles are read in
role_noun_triggers_en.py."""

from __future__ import annotations

from dataclasses import replace

from ..model import Doc, Mention, Token
from .analyser import Analysis, analysis_of
from .clauses import Clause
from .event_parts import last_two_sides, same_actor
from .participle_patients_en import described_noun, participle_patient
from .role_coordination_en import EnglishCoordination
from .role_noun_triggers_en import EnglishNounTriggerRoles
from .role_passives_en import EnglishPassiveRoles
from .role_places_en import EnglishPlaceRoles
from .role_speakers_en import EnglishSpeakerRoles
from .rules import Trigger
from .scene import GENERIC_VIAS


class EnglishRoleFinder(EnglishPlaceRoles, EnglishSpeakerRoles, EnglishCoordination, EnglishPassiveRoles,
                        EnglishNounTriggerRoles):
    """Mixin of RoleFinder (and so of EventExtractor): the English parse's say on who does it to whom."""

    def _elided_subject(self, doc: Doc, c: Clause, subject: Mention | None) -> Mention | None:
        """The doer of a clause without a subject ("and sold ...", "to buy ..."): in English only the subject of
        the same sentence, since an English clause never leaves out a subject told in an earlier sentence
        ("... and recently the company reported a decline in sales" is not the country named before)."""
        if subject is None or self.syntax is None:
            return subject
        return subject if doc.tokens[subject.tok_start].sent == c.sent else None

    def _mutual_partner(self, doc: Doc, parse: Analysis, trig: Trigger, source: Mention, inherited: Mention | None,
                        actors: list[Mention]) -> Mention | None:
        """'China and the United States fought': the first doer's partner is the second, and the second's (the
        event told again with it as ``inherited``) is the subject the parse names first."""
        if self._co_source is not None and self._co_source is not source:
            return self._co_source
        if inherited is not None and source is inherited:
            first = self.syntax.roles(doc, parse, trig.tok, actors, set()).source  # type: ignore[union-attr]
            return first if first is not None and first is not source else None
        other = self.syntax.with_partner(doc, parse, trig.tok, actors)  # type: ignore[union-attr]
        return other if other is not None and other is not source and not same_actor(other, source) else None

    def _two_sides(self, doc: Doc, parse: Analysis, v: int) -> tuple[Mention, Mention] | None:
        """"The two leaders agreed", "both sides met": the two countries named last before the subject, in the whole
        article before it (as roles_de.both_sides does for German), the earlier one as doer."""
        s = self.syntax.two_sides_subject(doc, parse, v)  # type: ignore[union-attr]
        return None if s is None else last_two_sides(doc.mentions, s)

    def _venue_roles(self, doc: Doc, clause: Clause, trig: Trigger, actors: list[Mention]
                     ) -> tuple[Mention, Mention | None] | None:
        """A passive verb without "by" decided in a body ("the deal was rejected in the United States Senate",
        ``parse_roles.passive_venue_sectors``): that body and what was decided; None elsewhere (and in German)."""
        parse = analysis_of(doc) if self.syntax is not None and not trig.nominal \
            and trig.rule.type in self.syntax.venue_types else None
        if parse is None or self._sentence_parse(doc, clause.sent) is None or trig.tok not in parse.deps:
            return None
        r = self.syntax.roles(doc, parse, trig.tok, self._sentence_actors(clause, actors, trig.tok),  # type: ignore[union-attr]
                              set(), trig.rule.object_target)
        return (r.source, r.target) if r.source is not None and not r.subject_found else None

    def _receiving(self, doc: Doc, trig: Trigger) -> bool:
        """The verb trigger is one of receiving ("received aid", "won backing", ``parse_roles.receiving_verbs``, or a
        CAMEO pattern coded the other way round, ``Rule.receiving``): its subject is acted on; the doer is only the
        giver named after "from". The trigger's lemma, not the token's: "won" is "win" only in the verb forms."""
        return not trig.nominal and self.syntax is not None and (
            trig.rule.receiving or trig.lemma in self.syntax.receiving_verbs
            or doc.tokens[trig.tok].lemma in self.syntax.receiving_verbs)

    def _giver_origin(self, doc: Doc, parse: Analysis, v: int) -> Mention | None:
        """The nationality on what a receiving verb's subject gets ("won American backing", "received Chinese
        loans"): the giver where no "from" names one."""
        in_sent = self._by_sent.get(doc.tokens[v].sent, [])
        return next((m for o in parse.children.get(v, []) if parse.deps.get(o) in ("dobj", "obj")
                     for c in parse.children.get(o, []) if parse.deps.get(c) in ("amod", "compound")
                     for m in in_sent if m.tok_start <= c < m.tok_end and m.actor is not None and m.actor.country), None)

    def _second_doer(self, doc: Doc, first: Mention | None, inherited: Mention | None) -> bool:
        """``inherited`` is the actor joined to ``first`` by "and" or a comma ("China and Russia launched ..."):
        the event told again for the second of two coordinated doers, whose own source it is."""
        if first is None or inherited is None or self.syntax is None or inherited.tok_start <= first.tok_end:
            return False
        between = doc.tokens[first.tok_end:inherited.tok_start]
        return bool(between) and all(t.lower in self.coordinators or t.text == "," or t.lower in self.determiners
                                     for t in between) and any(t.lower in self.coordinators or t.text == "," for t in between)

    def _event_verb(self, lemma: str, noun: Token | None = None) -> bool:
        """A verb that tells an act of its own over a noun trigger it governs ("condemned the attacks"); a light verb
        that is a trigger only with its pattern's object ("carried out airstrikes", "waged a war") is not, nor is a
        verb of receiving ("received a donation from Japan": the noun's event, its giver acting on the subject), nor
        a verb whose every rule needs a pattern word that the ``noun`` is not ("will maintain humanitarian support":
        CAMEO knows "maintain" only with other objects, so it tells nothing of its own over this one)."""
        rules = self.by_verb.get(lemma)
        if not rules or self.syntax is not None and lemma in self.syntax.receiving_verbs:
            return False
        if all(r.with_any for r in rules) and (lemma in self.light_verbs or noun is not None and not any(
                noun.lower in r.with_any or noun.lemma in r.with_any for r in rules)):
            return False  # every rule of the verb needs a pattern word: a light verb, or one this noun is not
        return True

    def _sentence_actors(self, clause: Clause, actors: list[Mention], tok: int, inherited: Mention | None = None
                         ) -> list[Mention]:
        """The clause's actors plus those of the rest of its sentence: the parse, not the comma or "to" that
        splits clauses, tells what belongs to the verb ("to provide food to areas of Afghanistan"). A speaker is
        no doer of what it reports, but is of a trigger in its own words ("X expressed concern ..., warning that"; the
        second of two such doers, told again as ``inherited``, stays out: it is the source there)."""
        own = [sp for sp in self._spans if sp.cue_start <= tok < sp.cue_end]

        def usable(m: Mention) -> bool:
            return m.kind == "actor" and m.actor is not None and (m.tok_start not in self._cue_toks or m is not inherited
                                                                  and any(sp.cue_start <= m.tok_start < sp.cue_end
                                                                          for sp in own)) and not (
                m.is_location and m.preposition not in self.goal_preps and m.preposition not in self.all_target_preps)
        outside = [m for m in self._by_sent.get(clause.sent, []) if (not clause.start <= m.tok_start < clause.end
                   or (own and m not in actors)) and usable(m)]
        return sorted([*actors, *outside], key=lambda m: m.tok_start) if outside else actors

    def _joined_scope(self, clause: Clause, actors: list[Mention]) -> list[Mention]:
        """The actors an infinitive clause shares with the clauses before it in the sentence: "to" opens a verb without a
        subject of its own ("says it plans to double aid"), whose doer the parse finds there."""
        if clause.opener not in self.cues.infinitive_openers:
            return actors
        before = [m for m in self._by_sent.get(clause.sent, []) if m.tok_start < clause.start and m.kind == "actor"
                  and m.actor is not None]
        return [*before, *actors] if before else actors

    def _object_noun_sides(self, doc: Doc, parse: Analysis, trig: Trigger) -> set[str]:
        """"offered mediation between Israel and Hamas": the parse hangs "between" on the verb, yet it names the sides
        of the object noun trigger; "between" only (no verb takes it of its own), so "condemned the attack on X" is untouched."""
        if not trig.rule.object_target or trig.nominal:
            return set()
        return {"between"} if any(parse.deps.get(o) == "dobj" and any("between" in r.target_preps for r in self.by_noun.get(
            doc.tokens[o].lower, [])) for o in parse.children.get(trig.tok, [])) else set()

    def _object_noun_of(self, doc: Doc, parse: Analysis, trig: Trigger) -> bool:
        """The verb's object is an act noun of its type whose "of" names what it is done to ("continued its bombardment
        of Aleppo", "stepped up the blockade of Gaza"): the verb with the noun reads as the noun's own phrase does."""
        return any(parse.deps.get(o) in ("dobj", "obj") and any(
            r.type == trig.rule.type and r.genitive_role == "target" for r in self.by_noun.get(doc.tokens[o].lower, []))
            for o in parse.children.get(trig.tok, []))

    def _english_roles(self, doc: Doc, parse: Analysis, trig: Trigger, actors: list[Mention], source: Mention | None,
                       target: Mention | None, inherited: Mention | None, near: list[Mention] | None = None
                       ) -> tuple[Mention | None, Mention | None, Mention | None]:
        """Roles from the parse (roles_en) over the sentence's ``actors``; a pronoun's antecedent only from
        ``near`` (the clause's); where the parse finds no actor, the rule result stands."""
        preps = trig.rule.target_preps | trig.extra_preps | self.syntax.aim_preps.get(trig.rule.type, frozenset())  # type: ignore[union-attr]
        preps = preps | self._object_noun_sides(doc, parse, trig)
        r = self.syntax.roles(doc, parse, trig.tok, actors, preps, trig.rule.object_target, near)  # type: ignore[union-attr]
        if r.source is None and not r.subject_found and (announcer := self._announcer(doc, parse, trig.tok, actors)):
            r = replace(r, source=announcer, subject_found=True)  # "France announced sanctions against Iran"
        if r.source is None and r.subject_found and not r.pronoun_subject \
                and (speaker := self._adding_speaker(doc, parse, trig.tok, actors)) is not None:
            r = replace(r, source=speaker)  # "China said on Monday, accusing Japan of provocation"
        if r.source is None and not r.subject_found and (author := self._author(doc, parse, trig.tok)) is not None:
            r = replace(r, source=author, subject_found=True)  # "Iran published a report accusing Israel"
        if r.source is None and not r.subject_found and trig.rule.unnamed_source and self.syntax.described_doer(parse, trig.tok):  # type: ignore[union-attr]
            # "police dispersed demonstrators protesting the results": the noun described acts, not the police; a crowd
            # that is no actor we know is the rule's unnamed doer (the people of the place)
            head = parse.heads.get(trig.tok, trig.tok)
            r = replace(r, source=next((m for m in actors if m.tok_start <= head < m.tok_end), None), subject_found=True)
        if self._receiving(doc, trig):  # "Ukraine received military aid from Germany": the giver acts on the subject
            givers = set(self.syntax.giver_preps)  # type: ignore[union-attr]  # "from"
            giver = self.syntax.roles(doc, parse, trig.tok, actors, givers, object_target=False).target or next(  # type: ignore[union-attr]
                (g for o in parse.children.get(trig.tok, []) if parse.deps.get(o) in ("dobj", "obj")
                 and (g := self.syntax.roles(doc, parse, o, actors, givers).target) is not None), None)  # type: ignore[union-attr]
            giver = giver or self._giver_origin(doc, parse, trig.tok)  # "hoping to win more American support"
            receiver = r.source if r.source is not None and not r.pronoun_subject else inherited
            return giver, (receiver if giver is not None and receiver is not giver else None), None
        if r.source is None and parse.deps.get(trig.tok) == "acl" and self.syntax.passive(parse, trig.tok):  # type: ignore[union-attr]
            inherited = None  # "a ban on such trade imposed after India's test": a participle's doer is unnamed
            source = source if source is not None and source.preposition in self.agent_preps else None
        if inherited is None and r.source is None and (r.pronoun_subject or not r.subject_found):
            inherited = self._reporter(doc, parse, trig.tok)  # "Switzerland said today it had expelled ..."
        if inherited is None and r.pronoun_subject and r.source is None:
            inherited = self._referred_doer(doc, parse, trig.tok)  # "Russia massed troops. It also warned Ukraine"
        if inherited is None and r.pronoun_subject and r.source is None:  # "Putin met Erdogan. He threatened ..."
            inherited = self.syntax.pronoun_antecedent(parse, trig.tok, actors)  # type: ignore[union-attr]
        if r.pronoun_subject and r.source is None and (me := self._quoted_speaker(doc, parse, trig.tok)) is not None:
            inherited = me  # '"I commend nations such as Japan ...," he added': the speaker acts
        elif (r.source is None or r.source.via in GENERIC_VIAS) and \
                (own := self._speakers_own(doc, parse, trig.tok, r.source)) is not None:
            source, r = own, replace(r, source=own)  # "Nasrallah said his forces will abide": the speaker's side
        own_subject = r.subject_found and r.source is None and not r.pronoun_subject
        if inherited is not None and not own_subject and ((r.pronoun_subject and r.source is None)
                                                          or inherited not in actors):
            source = inherited  # a pronoun's antecedent, or the second of two coordinated doers
        elif r.source is not None and not (trig.rule.unnamed_source and r.source.actor is not None
                                           and not r.source.actor.country and not r.source.actor.actor_id):
            source = r.source
        elif r.subject_found or r.source is not None:
            source = None  # "I commend nations such as Japan": the doer is no actor we know; Japan is not it
        elif source is not None and source is r.target and source is not inherited and source.tok_start > trig.tok:
            source = None  # "... to create jobs and support local farmers": what the verb acts on does not act
        if r.target is not None and r.target is not source and not self._owner_before_place(trig, r.target, target, preps):
            target = r.target
        elif target is source or target is r.source or (r.object_found and target is not None and target.tok_start > trig.tok
                                  and target.preposition is None and target.kind == "actor") \
                or (target is not None and (target is r.co_source or target in r.co_sources) and not trig.rule.reciprocal
                    and not self.syntax.mutual(doc, parse, trig.tok)):  # type: ignore[union-attr]
            target = None  # "killed 45 people ..., the British-based observatory said": the object is no actor
            # (an origin the rules found stays: "rejected the Indian proposal"); "Russia, China and Iran rejected the
            # plan": a doer of the list is none of the others' target
        if source is not None and source.preposition in self.agent_preps and trig.rule.type in self.syntax.patient_types \
                and described_noun(parse, trig.tok) is not None and self.syntax.passive(parse, trig.tok):  # type: ignore[union-attr]
            target = self._as_country(participle_patient(parse, trig.tok, self._by_sent.get(doc.tokens[trig.tok].sent, [])))
        if target is None and trig.rule.object_target and r.object_found:  # "met their Saudi counterparts"
            in_sent = self._by_sent.get(doc.tokens[trig.tok].sent, [])
            origins = [m for m in in_sent if m.kind == "origin" or (m.is_location and m.actor is not None and m.actor.country)]
            found = self.syntax.object_origin(doc, parse, trig.tok, origins)  # type: ignore[union-attr]
            target = self._as_country(found)
            target = None if target is not None and source is not None and same_actor(target, source) else target
            if target is not None and found is not None and found.kind == "origin":  # "expelled two Polish diplomats
                self._co_targets = [self._as_country(o) for o in self._coordinated(doc, parse, found)  # and a German
                                    if source is None or not same_actor(o, source)]  # attache": one event each
        if target is None and r.object_found and self.place_targets is not None \
                and trig.rule.type in self.place_targets.place_types:
            target = self._object_place(doc, parse, trig.tok, source)  # "shelled the Ukrainian city of Kharkiv"
        if target is None and trig.rule.type in self.syntax.complement_types:  # type: ignore[union-attr]
            toks_sent = doc.tokens[trig.tok].sent
            origins = [m for m in self._by_sent.get(toks_sent, []) if m.kind == "origin"]
            target = self.syntax.complement_target(  # type: ignore[union-attr]
                doc, parse, trig.tok, sorted([*actors, *origins], key=lambda m: m.tok_start), self.all_target_preps)
            target = None if target is source or (target is not None and doc.tokens[target.tok_start].sent != toks_sent) \
                else target
        if target is None and trig.rule.type in self.syntax.pressure_types:  # type: ignore[union-attr]
            target = self.syntax.pressure_giver(doc, parse, trig.tok, actors)  # type: ignore[union-attr]
            target = None if target is not None and source is not None and same_actor(target, source) else target
        if target is None and trig.rule.type in self.syntax.clause_types:  # type: ignore[union-attr]
            target = self.syntax.clause_subject(doc, parse, trig.tok, actors)  # type: ignore[union-attr]
            target = target or self._demanded_act_doer(doc, parse, trig.tok, actors)
            target = None if target is not None and source is not None and same_actor(target, source) else target
        if target is None and trig.rule.type in self.syntax.cause_types:  # type: ignore[union-attr]
            target = self.syntax.cause_target(doc, parse, trig.tok, actors)  # type: ignore[union-attr]  # "in support of X"
            target = None if target is not None and source is not None and same_actor(target, source) else target
            if target is not None:  # "in support of Hezbollah and Syria": each side
                self._co_targets = [o for o in self._coordinated(doc, parse, target)
                                    if source is None or not same_actor(o, source)]
        if (target is None or target.actor is None or not (target.actor.country or target.actor.actor_id)) \
                and trig.rule.type in self.syntax.place_of_act_types:  # type: ignore[union-attr]
            # "threatened to impose a curfew in Algiers", "demanded an end to the violence in Darfur": the place of the
            # act threatened, asked, refused or agreed to (over a side of no known country: "its forces"); after the clause's
            # subject ("demanded that Russia end the war in Ukraine": Russia is asked)
            target = self._place_of_act(doc, parse, trig.tok, source,
                                        trig.rule.type in self.syntax.place_of_act_home_types) or target  # type: ignore[union-attr]
        if target is None:  # after every reading of its own kind
            # "fired rockets at Israeli positions": a nationality on the noun after the trigger's own preposition
            adjs = [m for m in self._by_sent.get(doc.tokens[trig.tok].sent, []) if m.kind == "origin"]
            origin = self.syntax.prep_origin(doc, parse, trig.tok, preps, adjs, trig.rule.type in self.syntax.aimed_place_types)  # type: ignore[union-attr]
            target = None if origin is not None and source is not None and same_actor(origin, source) else origin
        if target is None and trig.rule.type in self.syntax.clause_types:  # type: ignore[union-attr]
            # "called for sanctions against Zimbabwe": the side the asked-for act lands on
            in_sent = [m for m in self._by_sent.get(doc.tokens[trig.tok].sent, []) if m.kind in ("actor", "origin")
                       and m.actor is not None and m.actor.country]
            found = self.syntax.prep_object_phrase(doc, parse, trig.tok, preps | self.syntax.demand_preps, in_sent)  # type: ignore[union-attr]
            target = None if found is None or source is not None and same_actor(found, source) else self._as_country(found)
        if (trig.rule.reciprocal or self.syntax.mutual(doc, parse, trig.tok)) and \
                (pair := self._two_sides(doc, parse, trig.tok)) is not None:  # type: ignore[union-attr]
            return pair[0], pair[1], None  # "the two leaders agreed to push for a treaty"
        if target is None and trig.rule.reciprocal and r.pronoun_subject and source is not None \
                and source in (inherited, r.source):
            target = self._coordinated_with(doc, parse, source)  # "Russia and France say they have agreed"
        if target is r.target and r.co_targets:
            self._co_targets = list(r.co_targets)  # "expelled European Union and Canadian diplomats": one event each
        elif target is not None and target is r.target and trig.rule.object_target and \
                self._object_head(parse, trig.tok, target.tok_end - 1):  # "detained two Ukrainian sailors and a Turkish captain"
            self._co_targets = [o for o in self._coordinated(doc, parse, target) if source is None or not same_actor(o, source)]
        elif target is not None and target is not r.target and trig.rule.type in (
                self.syntax.complement_types | self.syntax.clause_types):  # type: ignore[union-attr]
            # "demanded that Russia and Belarus end the drills": each one the demand is made of
            self._co_targets = [o for o in self._coordinated(doc, parse, target) if source is None or not same_actor(o, source)]
        self._more_sources = [m for m in r.co_sources[1:] if m is not source and m is not target]
        if self._own_country(source, target) and (other := next(
                (m for m in self._co_targets if not self._own_country(source, m)), None)) is not None:
            # "called for Georgian and Russian troops to withdraw", said by Russia: Georgia is the one acted on
            target, self._co_targets = other, [m for m in self._co_targets if m is not other]
        return source, target, r.co_source

    @staticmethod
    def _owner_before_place(trig: Trigger, found: Mention, owner: Mention | None, preps: set[str]) -> bool:
        """"shot down an Israeli drone over southern Lebanon": the nationality on the object (the rules' origin target)
        is the side hit; a place phrase after it, under no target preposition, is where it happened."""
        return owner is not None and owner.kind == "origin" and trig.tok < owner.tok_start < found.tok_start \
            and found.preposition is not None and found.preposition not in preps

    def _demanded_act_doer(self, doc: Doc, parse: Analysis, v: int, actors: list[Mention]) -> Mention | None:
        """The doer of the act a demand names as a noun ("called for the withdrawal of Rwandan troops", "demanded an end
        to Israel's blockade"): the one asked to do or stop it (roles_en_groups.noun_roles reads the noun's own doer)."""
        toks, demand = doc.tokens, self.syntax.demand_preps  # type: ignore[union-attr]  # "called for"
        nouns = [c for c in parse.children.get(v, []) if parse.deps.get(c) in ("dobj", "obj")]
        nouns += [o for p in parse.children.get(v, []) if parse.deps.get(p) == "prep" and toks[p].lower in demand
                  for o in parse.children.get(p, []) if parse.deps.get(o) == "pobj"]
        nouns += [o for n in nouns if toks[n].lower in self.syntax.end_nouns  # type: ignore[union-attr]
                  for p in parse.children.get(n, []) if parse.deps.get(p) == "prep" and toks[p].lower in self.syntax.end_preps  # type: ignore[union-attr]
                  for o in parse.children.get(p, []) if parse.deps.get(o) == "pobj"]  # "an end to the blockade"
        sent = toks[v].sent
        mentions = sorted([*actors, *(m for m in self._by_sent.get(sent, []) if m.kind == "origin")], key=lambda m: m.tok_start)
        for n in nouns:
            rules = self.by_noun.get(toks[n].lower) or self.by_noun.get(toks[n].lemma.lower())
            if rules and (found := self.syntax.noun_roles(doc, parse, n, mentions, rules[0].object_target,  # type: ignore[union-attr]
                                                          rules[0].target_preps)) is not None:
                return found[0]
        return None
