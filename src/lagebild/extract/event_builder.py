"""One event from a trigger and its clause: roles, the fallbacks that fill a missing source or target, place,
date, quantities and claims. Split from events.py, which walks the document and its clauses; this mixin reads
the extractor's lexicon attributes and its per-document state (``_last_source``, ``_claims``...). Whether an
event may stand without a named doer is doer_forms.py's."""

from __future__ import annotations

from ..knowledge.ontology import cameo_root
from ..model import ActorRef, Doc, Event, Mention
from . import incidents_de, phrases_de, priors_de, rebel_home, roles_de
from .analyser import analysis_of
from .claims import UNNAMED, AttributionSpan, attribution_chain
from .clauses import Clause
from .complement_heads import subjunctive
from .context import addressee_country
from .datelines import dateline_date
from .demands import own_side as own_demand
from .demands import reported_demand
from .doer_forms import DoerForms
from .doer_picker import Site
from .event_parts import (
    actor_ref,
    breach_target,
    clause_quantities,
    context_side,
    country_name,
    country_ref,
    moved_troops,
    nearest_date,
    other_countries,
    own_side,
    unique,
    unnamed_source,
)
from .genitive_de import criticised_doer
from .own_adjective import guessed_against_own
from .retold import retold, retold_unknown
from .rules import Trigger
from .scene import GENERIC_VIAS
from .topic import OFFERED_PATHS, TopicModel, topic_path, topic_trace
from .trace import event_trace
from .trigger_objects import thing_backed, thing_opposed

KNOWN_PERSON_VIAS = frozenset({"person", "alias"})  # a person the knowledge base names, or that name told again


class EventBuilder(DoerForms):
    """Builds one ``Event`` for a trigger in a clause (mixed into ``EventExtractor``)."""

    _topics: TopicModel | None = None  # set only on the per-document copy that proposes topic candidates
    _doerless: set[int]  # per document: the tokens of triggers dropped for want of a doer (Doc.doerless)
    _countries: dict[int, set[str]]  # per document: the countries each sentence names (events._index)

    def _event(self, doc: Doc, c: Clause, trig: Trigger, actors: list[Mention], origins: list[Mention],
               in_clause: list[Mention], spans: list[AttributionSpan], inherited: Mention | None) -> Event | None:
        toks = doc.tokens
        rule = trig.rule
        if rule.require_military and not trig.nominal and not self._military(doc, c, actors):
            return None
        if rule.active_only and not trig.nominal and toks[trig.tok].lower != toks[trig.tok].lemma \
                and self._passive(doc, c, trig.tok):
            return None
        source_m, target_m = self._roles(doc, c, trig, actors, origins, inherited)
        target_m = self._prefixed_aim(doc, trig, source_m) or target_m  # "held anti-American rallies": the US
        if not trig.nominal:  # "Er forderte die SPD auf": the speaker before the verb, not the addressee, acts
            trailing = self.trailing_acts.speaker_roles(doc, c, trig, actors, self.speech_acts.inverted_subjects,
                                                        lambda a, b: self.cues.reported(doc, a, b), self._cue_toks)
            roles = trailing.roles if trailing is not None else self.speech_acts.roles(
                doc, c, trig.tok, rule.type, source_m, target_m, actors, self.cues.speakers, self._claims)
            if roles is None:
                return None
            source_m, target_m = roles
            if target_m is None and self._mutual is not None and self._mutual is not source_m:
                target_m = self._mutual  # "werfen sich gegenseitig vor": the other side, though it spoke too
        if moved_troops(rule, target_m):
            target_m = None
        trained_own = False  # "bildet Kämpfer für den Kampf gegen Israel aus": a build-up, whom it aims at the target
        if self.vorfeld and rule.type in self.targets_de.forces_types:
            # "verlegte russische Soldaten an die Grenze zur Ukraine": the forces moved are the doer's own
            own = self.targets_de.own_forces(rule.type, target_m, source_m)
            if rule.foreign_type:  # training: only forces told as the doer's own, whose country decides the type
                own = own and target_m is not None and target_m.actor is not None and bool(target_m.actor.country)
            if (target_m is None or own) and (enemy := self.targets_de.enemy(
                    doc, rule.type, c.start, c.end, in_clause, source_m)) is not None:
                target_m, trained_own = enemy, bool(rule.foreign_type)
            elif own:
                target_m = None
        if self.vorfeld and not trig.nominal and (
                doer := self.targets_de.act_doer(doc, rule.type, trig.tok, c.end, in_clause, source_m)) is not None:
            target_m = doer  # "verurteilte die Tötung seines Generals durch die USA": the act's doer is criticised
        if self.vorfeld and not trig.nominal and target_m is None and rule.type in self.targets_de.act_doer_types:
            # "verurteilte den Beschuss russischer Artillerie": the act's doer named by its genitive adjective
            target_m = criticised_doer(doc, trig.tok, c.end, in_clause, self.genitive_readings, lambda j: (
                r.genitive_role if (r := self._noun_rule(doc, j)) is not None else None), source_m)
        if self.syntax is not None and self.place_targets is not None and not trig.nominal \
                and self._sentence_parse(doc, c.sent) is not None:
            parsed = analysis_of(doc)
            if (doer := self.place_targets.act_doer(rule.type, doc, parsed, trig.tok, self._by_sent.get(c.sent, []),
                                                    source_m)) is not None:  # the parse decides; a relative clause is
                target_m = doer  # a clause of its own: "criticized the arrest of Greek journalists by Turkish police"
            if target_m is None:  # "protested the presence of Chinese warships"
                target_m = self.place_targets.of_doer(rule.type, doc, parsed, trig.tok, in_clause, source_m)
            if target_m is None:  # "protested over Pakistan's shelling"
                target_m = self.place_targets.topic_doer(rule.type, doc, parsed, trig.tok, in_clause, source_m)
            if target_m is None:
                target_m = self.place_targets.asked_from(rule.type, doc, parsed, trig.tok, in_clause, source_m)
            if target_m is None:  # "called for Russia to withdraw": the for-to clause's subject is asked
                target_m = self.place_targets.asked_for(rule.type, doc, trig.tok, in_clause, source_m)
            if target_m is None or (target_m.actor is not None and not target_m.actor.country
                                    and not target_m.actor.actor_id):  # "a force": a side of no one country
                # "contribute troops to a force in Liberia": a phrase on the object names the side
                target_m = self.place_targets.nested(doc, parsed, trig.tok, self._by_sent.get(c.sent, []),
                                                     source_m) or target_m
        target_m = None if self._article_home_abroad(target_m, source_m) else target_m  # "CENTCOM said it hit militants"
        if self.syntax is not None and self.place_targets is not None and trig.nominal and target_m is None \
                and self._sentence_parse(doc, c.sent) is not None:  # "its demands for compensation from the US"
            target_m = self.place_targets.noun_target(rule.type, doc, analysis_of(doc), trig.tok, in_clause, source_m)
        if guessed_against_own(source_m, target_m):
            target_m = None  # "The president issued a call for American support": no US appeal to the US
        bare = not trig.nominal and c.opener in self.content_openers and c.start > 0 and \
            toks[c.start - 1].lemma in self.cues.speech_verbs and (  # "insisted that the union agree", not "the order that"
                parsed_s := self._sentence_parse(doc, c.sent)) is not None and subjunctive(parsed_s, trig.tok)
        demander = reported_demand(doc, c, trig.tok, self.demand_modals, spans, self._by_sent.get(c.sent, []),
                                   bare or rule.reported,  # "X said Y interfered": X's charge, as a demand is X's
                                   self.stateless_speakers)
        if demander is not None and own_demand(demander, source_m):
            demander = None
        modal = not trig.nominal and (trig.lemma in self.modal_verbs or toks[trig.tok].lower in self.demand_modals) \
            or rule.reported
        if demander is not None and demander is not source_m:  # "X said Y must withdraw": X demands it of Y
            if modal and source_m is None:
                return None  # "das Flugzeug müsse übergeben werden": nobody is asked
            source_m, target_m = demander, source_m
        elif modal:
            return None  # the modal is a trigger only in a reported demand ("We must act" is none)
        if self.vorfeld and (source_m is None or source_m.via in GENERIC_VIAS
                             or (source_m.via == "coreference" and toks[source_m.tok_start].lower in self.case.both)):
            # "trafen sich die Präsidenten beider Länder"; "berieten die beiden Armeen" ("beiden" is a mention of its own)
            pair = roles_de.both_sides(doc, c.start, c.end, doc.mentions, self.case)
            source_m, target_m = pair if pair is not None else (source_m, target_m)
        loc_preps = self.location_preps if rule.movement else self.static_location_preps
        loc_m = next((m for m in in_clause if m.is_location and m.place is not None and m is not source_m
                      and m is not target_m and m.preposition in loc_preps), None)
        if source_m is None and rule.unnamed_source in priors_de.STATE_SECTORS and self.syntax is not None \
                and not trig.nominal and not self._told_passive(doc, trig.tok):
            return None  # English: the state acts unnamed only in a passive told as such ("were detained in Iran")
        received = source_m is None and self._received(doc, c, trig, target_m)  # the clause scanned once
        lacking = source_m is None and not rule.unnamed_source
        may_lack = lacking and self._may_lack_doer(trig, rule, received)
        picked = None  # the learned doer picker (doer_picker.py): a doer for a trigger the rules would drop
        if lacking and not may_lack and self.doer_picker is not None:
            picked = source_m = self.doer_picker.pick(doc, Site(
                trig.tok, rule.type, trig.nominal, c.start, c.end, c.sent, target_m, self._last_source,
                self._doc_country), self.case)
            lacking = source_m is None
        topic = None  # a candidate only (extract/topic.py): the doer named sentences back, for the scorer to weigh
        path = topic_path(lacking, may_lack, trig.tok in doc.doerless) if self._topics is not None else None
        if path is not None and self._topics is not None:
            topic = self._topics.source_for(c.sent, target_m.actor.country if target_m and target_m.actor else None)
            source_m = topic.mention if topic is not None else None
        if source_m is None and rule.unnamed_source:
            if rule.passive_unnamed and (trig.nominal or not self._passive(doc, c, trig.tok)):
                return None  # "der ... gegen Demjanjuk ermittelt, seien ... ermordet worden": the cue is another verb's
            body = priors_de.reporting_body(doc, self._last_source, c.sent) if rule.police_report else None
            source = (actor_ref(body) if body is not None else None) or (
                priors_de.unnamed_state(rule.unnamed_source, loc_m, self._doc_country)
                if rule.unnamed_source in priors_de.STATE_SECTORS else None) or \
                unnamed_source(rule.unnamed_source, loc_m, target_m) or \
                (priors_de.unnamed_state(rule.unnamed_source, loc_m, self._doc_country) if self.document_fallback else None)
            if source is None:
                return None
        elif source_m is None and (carried := self._story_doer(doc, c, trig, target_m, loc_m, spans)) is None \
                and not self._may_lack_doer(trig, rule, received):
            self._doerless.add(trig.tok)  # where a topic candidate may give the doer (extract/topic.py)
            return None
        elif source_m is None:  # the story's last doer (story_doers.py), else unnamed: the event stands only with a
            source = carried  # target (priors_de.unknown_doer)
        else:
            self._last_source = source_m
            source = actor_ref(source_m)
        self._last_target, self._last_type = target_m, rule.type
        target = actor_ref(target_m)
        if target is None and rule.location_target and loc_m is not None and loc_m.actor is not None \
                and (loc_m.preposition in self.inside_preps or loc_m.preposition in self.near_preps) \
                and loc_m.actor.country and loc_m.actor.country != (source.country if source else None):
            target = actor_ref(loc_m)  # "im Libanon bombardiert", "in Russland eingetroffen": a whole country only
            if rule.object_target and not trig.nominal and self.syntax is not None and target is not None:
                target = self._placed_group(doc, c, trig, source, target)  # "struck Kurdish militants in Iraq"
        if target is not None and self.syntax is not None and self.place_targets is not None:
            target = self.place_targets.group_place(rule.type, target, loc_m)  # "an al-Qaeda commander in Mali"
        if target is None and rule.object_target and source is not None and self.vorfeld and not trig.nominal:
            target = self._judged_doer(c, doc, origins, source)  # "verurteilte den russischen Angriff auf Kiew"
        if target is None and rule.object_target and source is not None:
            target = self._referenced_actor(doc, c, trig, source)
        if target is None and self.document_fallback and rule.object_target and source_m is not None and not trig.nominal:
            target_m = roles_de.sector_object(doc, in_clause, source_m, trig.tok, rule.target_preps,  # "die Regierung"
                                              self.coordinators | self.determiners)
            target_m = None if moved_troops(rule, target_m) else target_m
            target = actor_ref(target_m)
        context_country = self._context_country(doc, c.sent)
        source_own = source.country if source is not None else None  # a country the text gave the source
        named_state = target_m is not None and target_m.via in ("country", "capital")  # "Syrien", not "die Armee"
        several = source_m is not None and source_m.tok_start > 0 and toks[source_m.tok_start - 1].lower in self.several_forms
        # "Länderparlamente": no one's; "Sunni clerics" (a group adjective left open by context.fill_generic): the
        # place's, never the last doer's ("US troops killed policemen ... Sunni clerics condemned": no US clerics)
        several = several or source_m is not None and (source_m.via in ("regional", "group") or rebel_home.foreign_army_country(
            doc, doc.mentions, source_m, context_country, self.rebel_sectors))  # insurgents: not the foreign army's
        if source is not None and source.country is None and source.actor_id is None and not several and (home := context_side(
                context_country, target.country if target is not None else None, rule.type, self.home_side_types,
                source.sector, named_state)) and not addressee_country(doc, in_clause, home, self.addressee_preps):
            # (not the side spoken to: "Gegenüber Russland forderte der Minister ...")
            source.country, source.actor_id = home, f"{home}-{source.sector}"  # before domestic targets
        if target is None and trig.nominal and self.vorfeld:  # "Beschuss des Gazastreifens": the place is hit
            target = phrases_de.genitive_place(doc, trig.tok, in_clause, self.genitive_links)
        if target is None and self.vorfeld and rule.unknown_doer:  # "Angriffe der Luftwaffe auf den Gazastreifen"
            target = incidents_de.attacked_place(doc, trig.tok, c.end, in_clause, rule.target_preps)
        if target is None and self.vorfeld and not trig.nominal and (asked := self.targets_de.clause_target(
                doc, rule.type, c.end, self._by_sent.get(c.sent, []), source_m, self.case,
                lambda at: self.cues.opens_reported(doc, at))) is not None:
            target_m, target = asked, actor_ref(asked)  # "forderte, dass die Ukraine ... abzieht": Ukraine is asked
        if target is None and self.vorfeld and not trig.nominal:  # "forderte, die Gewalt in Darfur zu beenden"
            target = self.targets_de.act_place(doc, rule.type, c.end, self._by_sent.get(c.sent, []), source, self.inside_preps)
        if target is None and self.vorfeld and not trig.nominal:  # "nahm fünf Somalier fest und schob sie ab"
            target = self.targets_de.joined_object(doc, c.start, c.end, c.opener, self.coordinators, self._told, source,
                                                   in_clause)
        if target is None and self.vorfeld and not trig.nominal:  # "Sie warf ihm Spionage vor": the one acted on before
            target = self.targets_de.next_object(doc, c.start, c.end, self._told, source, in_clause)
        if target is None and rule.domestic_target and loc_m is None and self.vorfeld and (
                abroad := self.targets_de.abroad_country(source, self._by_sent.get(c.sent, []))) is not None:
            target = country_ref("", abroad)  # an army abroad: "beschossen die Stadt"
        if target is None and rule.domestic_target and source is not None:
            others, aim = other_countries(self._countries.get(c.sent, set()), source.country)
            if self.vorfeld and loc_m is None and others and not rule.police_report:  # people reported are at home
                # "nahm drei Männer fest, die aus Libyen kamen": an act at home (home_side_types) is none where another
                if aim is None or rule.type in self.home_side_types and not incidents_de.seized_land(
                        rule.mode, self.land_modes, in_clause, aim):  # "annektierte die Krim": the land's country
                    return None
                target = country_ref("", aim)  # country is named; any other act ("hat Charkiw angegriffen") aims at it
            else:
                target = priors_de.domestic_target(loc_m, source)
        if target is None and self.vorfeld:  # "Die Opposition stellte einen Misstrauensantrag": its own government
            target = self.targets_de.own_government(rule.type, source)
        if target is None and self.document_fallback and rule.object_target and source is not None and not trig.nominal \
                and not rule.require_target and rule.type in priors_de.STORY_TARGET_TYPES:
            target = priors_de.story_target(doc, c.start, c.end, trig.tok, self._actor_toks, self._doc_country, self.case)
            if target is not None and target.country == source.country \
                    and (found := other_countries(self._countries.get(c.sent, set()), source.country))[0]:
                # "Der Kanzler warb in Berlin für den Plan": no aim at the doer's own state; "Russland hat Charkiw
                # angegriffen": the one other country named is the aim, unless it is only where the act is told
                # ("forderte in Kairo ein Ende der Gespräche")
                if loc_m is not None or found[1] is None:
                    return None
                target = country_ref("", found[1])
        for ref, other, state in ((None if several else source, target.country if target is not None else None,
                                   named_state), (None if target_m is not None and target_m.via == "regional"
                                                  else target, source_own, False)):
            if ref is not None and ref.country is None and ref.actor_id is None \
                    and (home := context_side(context_country, other, rule.type, self.home_side_types, ref.sector, state)) \
                    and not (ref is source and addressee_country(doc, in_clause, home, self.addressee_preps)):
                ref.country, ref.actor_id = home, f"{home}-{ref.sector}"
        if target is not None and target.country is None and target.actor_id is None:
            target = None
        if target is None and rule.object_target and not trig.nominal and source is not None:
            target = self._domestic_target(doc, c, trig, source, loc_m)
        if target is None and self.place_targets is not None and source is not None and source.country \
                and rule.type in self.place_targets.place_types and loc_m is None \
                and (where := self._relative_place(doc, trig.tok)) not in (None, source.country):
            target = country_ref("", where)  # "Somalia, where Ethiopia sent troops"
        if target is None and self.place_targets is not None and source is not None and loc_m is None \
                and (self.place_targets.domestic(rule.type, source.sector)
                     or (rule.type in self.place_targets.place_types and not rule.movement)) \
                and (other := self._abroad_country(doc, c.sent, source)) is not None:
            target = country_ref("", other)  # an army's act abroad ("Russian forces shelled
            # the town, Ukrainian officials said"), also for an act read from a place where none is named
        if target is None and self.place_targets is not None and source is not None:
            target = self.place_targets.target(rule.type, source, loc_m, rule.movement)  # "in eastern Syria", police at home
        if target is None and rule.unnamed_source and self.syntax is not None and source is not None \
                and source.sector == rule.unnamed_source and source.country:  # a crowd protests against its government
            target = ActorRef("", country_name(source.country), f"{source.country}-GOV", source.country, "GOV")
        if rule.require_target and target is None:
            return None
        known = target is not None and target_m is not None and target_m.via in KNOWN_PERSON_VIAS \
            and target_m.actor is not None and target_m.actor.actor_id == target.actor_id and priors_de.listed(target)
        if self.vorfeld and not rule.police_report and priors_de.private_charge(
                rule.type, source_m is None and bool(rule.unnamed_source), target, known):
            return None  # "Dem Niederländer wurde vorgeworfen, ...": a criminal charge, no politics
        if target is None and source_m is None and rule.unknown_doer and self.vorfeld:  # "zwölf Menschen wurden getötet"
            target = incidents_de.victims(clause_quantities(doc, c, relatives=self.clause_words.relatives), loc_m)
        if source is None and self._doer_left_out(doc, c, trig, rule, received if source_m is None  # (target_m as it was)
                                                  else self._received(doc, c, trig, target_m)):
            source = priors_de.unknown_doer(doc, c.sent, target, self.unknown_blockers)
        if source is None or (source.country is None and source.actor_id is None) or (
                source.actor_id == priors_de.UNKNOWN and (target is None or not target.country)):
            if may_lack and "may_lack" in OFFERED_PATHS:  # a form that may lack a doer, but no unknown doer stood in
                self._doerless.add(trig.tok)
            return None  # an unknown doer's attack is told only for a side it hit (priors_de.unknown_doer)
        if self.vorfeld and priors_de.reporter_as_doer(source, rule.type):
            return None  # "Reuters zitierte ihn, er sei festgenommen worden": the medium reports, it does not arrest
        if rule.require_military and source is not None and source.sector is None:
            source.sector = "MIL"
            source.actor_id = f"{source.country}-MIL" if source.country and source.actor_id == source.country else source.actor_id
        etype = "REQUEST" if demander is not None and source_m is demander and not rule.reported else rule.type
        if demander is None and source is not None and source.sector in rule.source_sector_types:
            etype = rule.source_sector_types[source.sector]
        if etype == rule.type and rule.foreign_type and not trained_own and target is not None and target.country \
                and source is not None and (not source.country or target.country != source.country):
            etype = rule.foreign_type  # training another side's forces is military aid (CAMEO 072), one's own a build-up;
            # a doer of no country (the EU, the UN) acts on a state's side from outside it
        if rule.foreign_only and (source is None or target is None or not source.country or not target.country
                                  or target.country == source.country):
            return None  # one's own forces ordered to leave are commanded, not expelled
        if etype == rule.type and rule.thing_type and not trig.nominal \
                and thing_opposed(doc, c, rule, self.thing_pronouns, self._by_sent):
            etype = rule.thing_type  # "sprach sich gegen den Plan aus": the plan is rejected, its owner the target
        if rule.actor_object and not trig.nominal and thing_backed(doc, c, rule, self._by_sent):
            return None  # "sprach sich für einen harten Sparkurs aus": a policy backed, no side supported
        firm = self.scope.firm_name(doc, source_m) if source_m is not None else None
        placed = loc_m is not None and loc_m.place is not None and bool(loc_m.place.country)  # a place left: its side
        if self.scope.business(etype, firm or source, target) or self.scope.advisory(etype, source, target) \
                or (topic is None and self.scope.one_sided(etype, target, trig.committed,  # a topic candidate: the scorer
                                                           rule.mode if etype == rule.type else None, placed, source)) \
                or self.scope.travel(etype, trig.lemma, source) \
                or self.scope.press_meeting(doc, etype, trig.tok, doc.sentences[c.sent].tok_end) \
                or self.scope.firm_side(doc, etype, trig.tok, trig.lemma, c.start, doc.sentences[c.sent].tok_end,
                                        target, in_clause):
            return None  # a firm's deal, an embassy's advice to its nationals, a call with reporters: no politics
        if self.sport.game(doc, c.sent) or self.private.crime(doc, c.start, c.end, etype, source_m, source, target_m, target):
            return None  # "Kanada und Lettland (6:4) trafen aufeinander", "ein Brite tötete seine Frau": no politics
        if loc_m is None and source_m is not None and source_m.is_location and source_m.place is not None:
            loc_m = source_m
        sent = doc.sentences[c.sent]
        date = nearest_date(doc.dates, toks[c.start].start, toks[c.end - 1].end, toks[trig.tok].start) or \
            nearest_date(doc.dates, sent.start, sent.end, toks[trig.tok].start) or dateline_date(doc, c.sent)
        if retold(date, doc.article.published) or self.history.historic(doc, c.start, c.end) or (
                rule.unknown_doer and source.actor_id == priors_de.UNKNOWN and retold_unknown(date, doc.article.published)) \
                or self.history.habitual(doc, c.start, c.end, trig.tok) \
                or self.history.standing(doc, c.start, c.end, trig.tok) or (
                date is None and self.history.old_year(doc, c.start, c.end, trig.tok, doc.article.published)):
            return None  # dated over a year before the article, told inside a past era or as a standing habit: background
        quantities = clause_quantities(doc, c, self.toll_openers, self.clause_words.relatives)
        equipment = [m.actor.name for m in in_clause if m.kind == "equipment" and m.actor is not None]
        attribution = [own_side(a, source) for a in attribution_chain(spans, trig.tok)]
        if self.cues.plotted(doc, c, trig.tok) or self.cues.counterfactual(doc, c, trig.tok) or (
                trig.nominal and self.cues.unreal_acts.named(doc, trig.tok)):
            return None  # a plot ("soll ... geplant haben"), "hätte ... verhaften lassen", "die angebliche Plünderung"
        if self.cues.excluded(doc, c, trig.tok):
            return None  # "schloss aus, Wien zu verklagen": the doer rules its own act out, nothing done or threatened
        modality, hedged = self.cues.modality(doc, c, trig.tok, trig.nominal, said=etype == "THREATEN")
        if modality == "factual" and self.vorfeld and self.targets_de.demanded(
                doc, c.start, c.opener, lambda j: self._demand_verb(doc, j)):
            modality = "hypothetical"  # "forderte, dass die Ukraine ihre Truppen abzieht": asked for, not done
        if modality == "factual" and trig.called:
            modality = "future"  # "zu Massendemonstrationen aufgerufen": called for, still to come
        if rule.reported and modality != "factual":
            return None  # "sagte, Russland habe sich nicht eingemischt / könnte sich einmischen": no charge of a deed
        trace = event_trace(trig, source_m, target_m, inherited, source, target, len(actors), c.start, c.end)
        if modality == "negated" and source_m is None and target_m is None:
            return None  # "Keine Streiks bis September", "kommt es nicht zu Verhaftungen": nothing done, nobody refrains
        if picked is not None:
            trace["source_from"] = "picked"
        if topic is not None:
            trace.update(topic_trace(topic, c.sent, self._by_sent.get(c.sent, []), path or ""))
        if modality == "hypothetical" and self.cues.conditioned(doc, c):
            trace["conditioned"] = True  # "Sollte X ..., werde Y ...": a threat when Y's own side tells it
        if modality == "hypothetical" and self.cues.held_open(doc, c, trig.tok):
            trace["held_open"] = True  # "schloss nicht aus, X zu verklagen": the doer holds its own act over X
        if modality == "hypothetical" and attribution and self.cues.reported_future(doc, c, trig.tok):
            modality = "future"  # "Die USA würden die Informationen teilen, sagte Cook": the future of a report
        hedged = hedged or any(a.name == UNNAMED for a in attribution)
        tellers = [*attribution, self._accuser] if self._accuser is not None else attribution  # type: ignore[attr-defined]
        target = breach_target(doc, c, trig.tok, etype, source, target, tellers, self.pact_breach_verbs, self.pact_nouns)
        parts = [m for m in (source_m, target_m, loc_m) if m is not None and m.tok_start >= sent.tok_start]
        start = min([toks[trig.tok].start, *(m.start for m in parts)])
        end = max([toks[trig.tok].end, *(m.end for m in parts)])
        return Event(trace=trace,
                     article=doc.article.id, event_type=etype, source=source, target=target,
                     evidence_sentence=sent.i, sentence_text=doc.text[sent.start:sent.end], start=start, end=end,
                     evidence_text=doc.text[start:end],
                     trigger=toks[trig.tok].text, mode=rule.mode if etype == rule.type else None,
                     context=list(rule.context), cameo=cameo_root(etype), location=loc_m.place if loc_m else None,
                     date=date, quantities=list(quantities), equipment=equipment, modality=modality, hedged=hedged,
                     attribution=unique(attribution))

    def _demand_verb(self, doc: Doc, j: int) -> bool:
        """Is token ``j`` a verb of a type whose dass-clause names who is asked ("forderte", "verlangten")?"""
        t = doc.tokens[j]
        return any(r.type in self.targets_de.asked_types and not r.with_any for r in self.by_verb.get(t.lemma, ()))
