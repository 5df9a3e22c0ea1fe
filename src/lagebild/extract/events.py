"""PLOVER events from trigger words and clause-position rules, for any language with resource data.

Roles without a parser: in a clause, the first bare actor (no preposition) is the source, an actor
after one of the trigger's target prepositions (or the next bare actor, for transitive triggers) is
the target, a place or country after a locative preposition is the location. Nominal triggers take
their source from a genitive or adjective ("Verlegung nordkoreanischer Soldaten").
"""

from __future__ import annotations

from ..model import ActorRef, Attribution, Doc, Event, Mention
from . import own_victims, passives_de, phrases_de, priors_de, relatives_de, roles_de
from .accused_unnamed import unnamed_accused
from .analyser import analysis_of
from .claims import AttributionSpan, Denial
from .clause_infinitives import infinitive_clause
from .clauses import Clause, Fronted, split_clauses
from .complement_heads import governs, outside_infinitive, subjunctive
from .denials import apply_denials
from .event_builder import EventBuilder
from .event_parts import (
    accuser,
    add_targets,
    cue_infinitive,
    duplicate,
    named_country,
    own_side,
    unique,
    without_partial_repeats,
    without_subsumed,
)
from .extractor_setup import ExtractorSetup
from .quotations import attribute_quotations
from .role_finder import RoleFinder
from .rules import Rule, Trigger
from .scene import GENERIC_VIAS
from .sentence_reads import SentenceReads
from .speakers import ClaimState
from .topic import TopicModel, is_topic, reading_window
from .trigger_finder import TriggerFinder


class EventExtractor(ExtractorSetup, EventBuilder, TriggerFinder, RoleFinder):
    """Turns a Doc with mentions, dates and quantities into events with their claims."""

    # -- triggers --------------------------------------------------------------------------------

    def _clause_mentions(self, doc: Doc, clause: Clause) -> list[Mention]:
        return [m for m in self._by_sent.get(clause.sent, []) if clause.start <= m.tok_start < clause.end]

    def _index(self, doc: Doc) -> None:
        """Mentions by sentence and by nearby token, computed once per document (keeps rules O(1) per token)."""
        self._by_sent: dict[int, list[Mention]] = {}
        self._near: dict[int, list[Mention]] = {}
        self._actor_toks: set[int] = set()
        self._countries: dict[int, set[str]] = {}  # per sentence: the countries its mentions name (event_parts.named_country)
        for m in doc.mentions:
            self._by_sent.setdefault(doc.tokens[m.tok_start].sent, []).append(m)
            if (named := named_country(m)) is not None:
                self._countries.setdefault(doc.tokens[m.tok_start].sent, set()).add(named)
            for k in (m.tok_end, m.tok_start - 1, m.tok_start - 2):
                self._near.setdefault(k, []).append(m)
            if m.kind == "actor":
                self._actor_toks.update(range(m.tok_start, m.tok_end))

    def __call__(self, doc: Doc) -> list[Event]:
        """Events of one document. The extractor itself stays immutable: everything a document
        sets while it is read (last source, partner, cue tokens, indexes) lives on a per-document
        copy, so no article can see another's state, in any order or thread."""
        reader = self.for_document()
        events = reader._extract(doc)
        doc.doerless = frozenset(reader._doerless)  # where topic_candidates reads again
        # the rules' read only: topic candidates are checked against these
        events = own_victims.accused_doer(doc, events, self.by_noun)  # "protested the arrest of Japanese nationals"
        return self.responsibility.same_acts(doc, without_partial_repeats(events))

    def topic_candidates(self, doc: Doc, events: list[Event]) -> list[Event]:
        """Events whose source only the article's topic actor gives (extract/topic.py), none that ``events`` (the rules'
        own) already tell in its sentence: read on a second per-document copy, so the rules' events stay as they are,
        and only around the sentences where the first read dropped a trigger for want of a doer (``doc.doerless``)."""
        if not doc.doerless:
            return []
        reader = self.for_document()
        reader._topics = TopicModel.of(doc, events)
        if not reader._topics.actors:
            return []
        def key(e: Event) -> tuple[int, str, str | None, str | None]:
            return e.evidence_sentence, e.event_type, e.source.country if e.source else None, \
                e.target.country if e.target else None
        told = {key(e) for e in events}
        out = []
        for e in reader._extract(doc, reading_window(doc)):
            if is_topic(e.trace) and key(e) not in told:
                told.add(key(e))
                out.append(e)
        return out

    def _extract(self, doc: Doc, only: frozenset[int] | None = None) -> list[Event]:
        """The events of ``doc``; ``only``: read just these sentences (the others' triggers and frames are skipped)."""
        self._index(doc)
        self._doerless = set()  # EventBuilder._doerless: this document's only
        parse = analysis_of(doc)
        if parse is not None and parse.parse_sentence is not None and self.syntax is not None:
            parse.event_sentences = frozenset(self._event_sentences(doc))  # fixed before any parse is read
        self._doc_country = priors_de.document_country(doc) if self.document_fallback else None
        self._last_source: Mention | None = None
        self._last_target: Mention | None = None
        self._last_type: str | None = None  # the type of the act whose target is _last_target (targets_de.passive_patient)
        self._claims = ClaimState()
        self._cue_toks: set[int] = set()
        self._spans: list[AttributionSpan] = []
        self._co_source: Mention | None = None
        self._co_targets: list[Mention] = []
        self._mutual: Mention | None = None  # the other side of "werfen sich gegenseitig vor" (role_finder)
        self._alleged: Mention | None = None  # the accused as an alleged nominal act's doer (role_finder._roles)
        self._accuser: Attribution | None = None  # that accusation's teller, for event_builder._breach_target
        self._more_sources: list[Mention] = []  # "China, Russia and Iran condemned": doers after the second
        events: list[Event] = []
        denials: list[Denial] = []
        subject: Mention | None = None
        self._partner: Mention | None = None
        last_source: Mention | None = None
        last_source_sent = -2
        self._last_event: tuple[int, str] | None = None
        self._story: Event | None = None  # the last event with a source country: DoerForms._story_doer
        # each event's sentence, source and target (a source with a country or an id: an IGO can be referred to too);
        # the last is the actor a reference noun points back at (role_finder._referenced_actor)
        self._told: list[tuple[int, ActorRef, ActorRef | None]] = []
        prev_spans: list[AttributionSpan] = []
        prev_para = -1
        frames: dict[int, list[AttributionSpan]] = {}  # each sentence's own frames, for its quotations
        # a fronted subordinate clause's test, one per article (its verb test reads this article's tokens)
        fronted_clause = Fronted(self.fronted_openers, lambda j: self._finite_after(doc, j),
                                 self.case.vorfeld_prepositions) if self.fronted_openers else None
        # the sentence answers the topic read's copy finds again (the tables that make them are the copies' too)
        reads = SentenceReads(doc, (self.cues, self.syntax, self.breaks, self.particles, self.known_verbs))

        def noun_type(j: int) -> str | None:  # the event type a denial's object names
            return self._noun_type(doc, j)

        for s in doc.sentences:
            if only is not None and s.i not in only:
                prev_spans, prev_para = [], s.paragraph
                continue
            # "X wirft Y vor, ... angegriffen zu haben": the accusation, the accused, the accuser, its trigger
            accusation: tuple[Event, Mention, Mention | None, int] | None = None
            co_accused: list[Mention] = []  # "blamed Pakistan and China for the attack": the accused after the first
            unnamed_at = -2  # the clause of an accusation whose accused is no actor (accused_unnamed)
            in_sent = self._by_sent.get(s.i, [])  # this sentence's mentions only: linear in the article
            parse_of = (lambda i=s.i: self._sentence_parse(doc, i)) if self.syntax and self.lang == "en" else None
            clauses, sent_denials = reads.clauses(s.i, lambda i=s.i: split_clauses(
                doc, i, self.breaks, self.weak, self.determiners, self.comma_breaks, self.finite, self.infinitive_markers,
                self.phrase_words, self.adverb_breaks, self.cues.conditions, fronted_clause, self.relative_preps,
                self._weak_verb(doc, i), self.verb_final_breaks, self.adjective_suffixes,
                lambda at: self.cues.opens_reported(doc, at), self.clause_words),
                lambda cs, i=s.i, ms=in_sent, p=parse_of:
                self.cues.denials(doc, i, cs, ms, self.particles, self.known_verbs, noun_type, p))
            spans = reads.attributions(s.i, self._claims, lambda i=s.i, cs=clauses, ms=in_sent: self.cues.attributions(
                doc, i, cs, ms, self.particles, self.known_verbs, self._claims))
            denials.extend(sent_denials)
            denial_clauses = {id(d.clause): d for d in sent_denials}
            cue_toks = {j for sp in spans for j in range(sp.cue_start, sp.cue_end)}
            self._cue_toks = cue_toks
            for sp in spans:  # "Das bestätigte der Präsident.": the speaker of what was told just before
                if sp.scope_end <= s.tok_start:
                    for e in reversed(events):  # events come in sentence order: only the tail is looked at
                        if e.evidence_sentence < s.i - 1:
                            break
                        if e.evidence_sentence == s.i - 1 and e.source:  # "Laut N24 ... Dies gab die Polizei bekannt": both
                            named = {(a.name, a.country) for a in e.attribution}
                            e.attribution = [*e.attribution, *(x for a in sp.attributions if (
                                x := own_side(a, e.source)) and (x.name, x.country) not in named)]
            spans = [sp for sp in spans if sp.scope_end > s.tok_start]
            frames[s.i] = spans
            if not spans and s.paragraph == prev_para and (self.cues.reported(doc, s.tok_start, s.tok_end)
                                                           or self.cues.inside_quote(doc, s.i)):
                spans = [AttributionSpan(s.tok_start, s.tok_start, s.tok_start, s.tok_end, sp.attributions) for sp in prev_spans]
                if not spans and self._claims.last_speaker and self._claims.last_speaker_sent >= s.i - 2:
                    spans = [AttributionSpan(s.tok_start, s.tok_start, s.tok_start, s.tok_end, list(self._claims.last_speaker))]
                if not spans and (named := self.cues.paragraph_person(doc, s.i)):
                    spans = [AttributionSpan(s.tok_start, s.tok_start, s.tok_start, s.tok_end, named)]
            elif not spans and s.paragraph == prev_para:
                spans = self.cues.narrated(doc, s.i, prev_spans)  # "Laut X ... . Die Polizei schlug ...": X's account
            sent_events: list[Event] = []
            self._spans = spans  # who speaks in this sentence: "I"/"we" in a quote is the speaker (role_finder)
            head_at: int | None = None  # an agreement/request/refusal/threat: its infinitive complement is its content
            if s.paragraph != prev_para:
                subject = None
            fronted: Mention | None = None  # the subject of a subordinate clause that opens the sentence
            carried: Mention | None = None  # an English clause's doer told before it, for the "to" clause after it
            for k_c, c in enumerate(clauses):
                denied = denial_clauses.get(id(c))
                own_start = c.start
                if self.vorfeld and k_c and passives_de.continues_passive(
                        doc, clauses[k_c - 1], c, self.coordinators, self.passive_aux, self.finite, doc.mentions):
                    c = Clause(c.sent, clauses[k_c - 1].start, c.end, clauses[k_c - 1].opener)  # "... gestellt und getötet"
                if denied is not None and denied.content is not None and denied.content[0] == c.start:
                    denied = None  # the denied content opens the denial's own clause: read it as any clause
                if denied is not None and not denied.has_object:
                    continue
                trigs = [t for t in self.triggers(doc, c) if t.tok >= own_start and not (
                    unnamed_at == k_c - 1 and c.opener in self.cues.infinitive_openers)]  # the unnamed accused's act
                kept = passives_de.announced(doc, c, spans, [t.tok for t in trigs if t.nominal], self.particles,
                                             self.light_verbs) if self.vorfeld else set()  # "kündigte Sanktionen an"
                in_clause = [m for m in self._clause_mentions(doc, c) if m.tok_start not in cue_toks or m.tok_start in kept]
                if denied is not None:  # "dementierte die Festnahme von X durch die Polizei": the object is the event
                    in_clause = [m for m in in_clause if m.tok_start > denied.verb]
                actors = [m for m in in_clause if m.kind == "actor" and m.actor is not None and not
                          (m.is_location and m.preposition not in self.goal_preps and m.preposition not in self.all_target_preps)
                          and not self.scope.names_others(doc, m)]  # "Israel's critics condemned": not Israel
                if self.vorfeld:  # "Der Präsident, ein Verbündeter Deutschlands, kritisierte ...": no role in an apposition
                    actors = [m for m in actors if not phrases_de.in_apposition(doc, c.start, c.end, m, self.determiners,
                                                                                lambda i: self._finite_after(doc, i),
                                                                                self.apposition_openers)]
                    # "Der Präsident des Landes, Alexander Lukaschenko, kritisierte ...": one actor
                    same = phrases_de.named_apposition(doc, c.end, actors, GENERIC_VIAS, self.genitive_links)
                    actors = [m for m in actors if id(m) not in same]
                # a trigger verb is a verb in any form the lexicon lacks ("kamen ... zusammen": zusammenkommen)
                verbs = frozenset(t.tok for t in trigs if not t.nominal)
                if self.vorfeld and any(t.nominal for t in trigs):  # "Die Regierung in Ankara leistete Syrien Hilfe":
                    # an act noun's light verb closes the Vorfeld: the phrase before it is the subject, the actor after no doer
                    verbs |= {k for k in range(c.start, c.end) if doc.tokens[k].lemma in self.light_verbs
                              and doc.tokens[k].text.islower()}
                lead = roles_de.vorfeld_subject(doc, c.start, c.end, actors, self.determiners,
                                                lambda i, v=verbs: i in v or self._finite_after(doc, i),
                                                self.case) if self.vorfeld else None
                if any(m.actor.country for m in actors if m.preposition is None  # type: ignore[union-attr]
                       and m.via not in GENERIC_VIAS and not self._in_prepositional(doc, c, m)
                       and m.actor.sector != "MEDIA"):  # "VOA's X was there as security forces drove ...": the reporter
                    passive = self.vorfeld and self._passive(doc, c)  # "von der Armee erschossen": the agent stays
                    actors = [m for m in actors if m.via not in GENERIC_VIAS or m is lead  # named actors first
                              or (passive and m.preposition in self.agent_preps
                                  and m.actor.sector in self.agent_sectors)  # type: ignore[union-attr]
                              or self.vorfeld and (phrases_de.own_prep_object(doc, m, trigs)
                                                   or phrases_de.fronted_act_object(  # "Kritik übte X an Y"
                                                       doc, c.start, c.end, m, trigs, in_clause,
                                                       lambda k, c=c: self._light_bracket(doc, c, k)))]
                origins = [m for m in in_clause if m.kind == "origin"]
                kind = self._subjectless(doc, c, actors)
                if self.vorfeld and not k_c:  # "Nachdem die USA ... angekündigt hatten, drohten sie ...": "sie" is them
                    fronted = roles_de.fronted_subject(doc, c, [m for m in self._clause_mentions(doc, c) if m.kind == "actor"],
                                                       self.fronted_openers, self.infinitive_markers, self.case)
                inherited = (fronted if kind == "pronoun" and c.opener is None and fronted is not None and k_c
                             else last_source if kind == "pronoun" and c.opener is None and last_source_sent >= s.i - 1
                             else self._elided_subject(doc, c, subject) if kind == "ellipsis" else None)
                if c.opener is None and k_c:
                    fronted = None  # the main clause came: later clauses refer on by the rules below
                if inherited is None and kind == "pronoun" and c.opener is None and self.vorfeld \
                        and not self._passive(doc, c):  # "Sie drohten ..." ("Er wurde verurteilt": the patient)
                    inherited = roles_de.pronoun_antecedent(doc, s.i, subject, self.genitive_links)
                if self.vorfeld and relatives_de.relative_start(doc, c.start, self.case) and (
                        (k_c and clauses[k_c - 1].opener in self.breaks - self.weak)
                        or (inherited is not None and inherited is subject and subject.tok_start < s.tok_start)):
                    inherited = None  # "urteilte ein Gericht, dass der 53-Jährige, der die Frau tötete": not the court
                zu_clause = self.vorfeld and (c.opener in self.cues.infinitive_openers and any(
                    t.lower in self.infinitive_markers for t in doc.tokens[c.start:c.end]) or infinitive_clause(
                    doc, c, self.infinitive_markers, self.infinitive_conjunctions, self.particles))
                if inherited is None and zu_clause:
                    # "Russland versucht, die Ukraine unter Druck zu setzen": an infinitive has no subject of its own,
                    # its doer is the sentence's subject; without one, its actors are objects, never doers
                    inherited = subject if subject is not None and subject.tok_start >= s.tok_start else None
                    inherited = inherited or passives_de.cue_speaker(c, spans, in_sent)  # "kündigte an, ... zu"
                    if inherited is None:
                        actors = [m for m in actors if m.preposition is not None]
                if inherited is None and self.vorfeld:  # "eine Resolution, die die Regierung auffordert": its issuer
                    inherited = passives_de.document_issuer(doc, c, self.case, subject)
                if inherited is None and self.vorfeld:  # ", die ebenfalls einen Beitritt der Türkei ablehnen"
                    inherited = relatives_de.relative_antecedent(doc, c.start, c.opener, self._by_sent.get(s.i, []), actors,
                                                              self.case)
                if kind == "ellipsis" and inherited is None and c.opener in self.cues.infinitive_openers:
                    inherited = carried  # "they are willing to forgive X": the infinitive's doer is the clause's before
                verb_at = c.end if self.vorfeld else min((t.tok for t in trigs if not t.nominal), default=c.end)  # "to
                # destroy Russia": an English infinitive's bare actor after its verb is the object, no subject
                alleged = accusation if (accusation is not None and c.opener in self.cues.infinitive_openers
                                         and not any(m.preposition is None and m.tok_start < verb_at for m in actors)
                                         or self.cues.accused_pronoun(doc, c, accusation, actors)
                                         or self.vorfeld and k_c and self.cues.accused_infinitive(
                                             doc, c, clauses[k_c - 1], accusation, zu_clause)) else None
                if alleged is not None:
                    inherited = alleged[1]  # the accused did what the accusation says
                speakers = None if alleged is not None else self.cues.speakers_as_subject(
                    doc, c, spans, doc.mentions, self.syntax is not None)
                spoken = speakers[0] if speakers else None
                if speakers and speakers[1] is not None:
                    self._partner = speakers[1]  # "X and his counterpart say they have agreed": both agreed
                if alleged is None:
                    inherited = spoken or self.cues.denier_as_subject(doc, c, sent_denials, doc.mentions) or inherited
                if denied is not None:  # "denied it had sent troops": the verbs of the bare content count too
                    trigs = [t for t in trigs if (t.nominal or denied.bare) and t.tok > denied.verb]
                if head_at is not None and c.opener in self.cues.infinitive_openers:
                    parse = self._sentence_parse(doc, s.i) if trigs else None  # "troops, vowing to X, raided": own act
                    trigs = [t for t in trigs if parse is not None and (governs(parse, t.tok, head_at) or (
                        outside_infinitive(parse, t.tok, c.start)))]
                elif head_at is not None and c.opener in self.content_openers and trigs:  # "demanded that X withdraw"
                    parse = self._sentence_parse(doc, s.i)
                    trigs = [t for t in trigs if t.nominal or parse is None or not subjunctive(parse, t.tok)]
                head_at = head_at if head_at is not None else next((t.tok for t in trigs if (
                    not t.nominal or self._content_noun(doc, c, t, trigs)) and t.rule.type in self.complement_types), None)
                # "Russland kündigte an, die Gaslieferungen an Polen einzustellen": the uncut infinitive's own clause
                infix = cue_infinitive(doc, c, spans, in_sent, self.particles) if self.vorfeld and inherited is None \
                    and any(t.tok >= c.start for t in trigs) else None
                for trig in trigs:
                    self._co_source, self._co_targets, self._more_sources = None, [], []
                    if infix is not None and infix[0].start <= trig.tok < infix[0].end:
                        sub = infix[0]
                        ev = self._event(doc, sub, trig, [m for m in actors if sub.start <= m.tok_start < sub.end],
                                         [m for m in origins if sub.start <= m.tok_start < sub.end],
                                         [m for m in in_clause if sub.start <= m.tok_start < sub.end], spans, infix[1])
                        if ev is not None and not any(duplicate(ev, o) for o in sent_events):
                            sent_events.append(ev)
                        continue
                    gerund = self.cues.alleged_gerund(doc, c, trig.tok, accusation) if not trig.nominal else \
                        self.cues.alleged_noun(c, trig.tok, accusation) if not self._own_actor(doc, trig.tok) or (
                            accusation and accusation[1].tok_end == trig.tok  # "warf Russland Angriffe vor"; not the English
                            and (self.vorfeld or accusation[1].via != "adjective")) else None  # noun's own nationality
                    if gerund is not None:  # "X accused Y of sending drones": Y sends, on X's word
                        alleged = accusation
                        self._alleged = accusation[1] if accusation else None
                        self._accuser = accuser(accusation[0]) if accusation and accusation[0].source else None
                        others = co_accused if trig.nominal else []  # a further accused suffered none of the noun's act
                        ev = self._event(doc, c, trig, [m for m in actors if m is not gerund and m not in others], origins,
                                         in_clause, spans, self._alleged)
                        self._alleged, self._accuser = None, None
                    else:
                        ev = self._event(doc, c, trig, actors, origins, in_clause, spans, inherited)
                    co, co_ts, first_t, more = self._co_source, self._co_targets, self._last_target, self._more_sources
                    if ev is not None:  # one event for each target of a list
                        add_targets(doc, ev, co_ts, sent_events)
                    joint = [ev] if ev is not None else []  # the events of each coordinated doer (co_doers_de)
                    for ev2 in self._head_doers(doc, ev, trig.tok) if ev is not None and co is None else []:
                        joint.append(ev2)
                        if not any(duplicate(ev2, o) and ev2.target == o.target for o in sent_events):
                            sent_events.append(ev2)  # "Syrian and Russian jets bombed": each country's jets
                    for co_k in [co, *more] if ev is not None and co is not None else []:
                        ev2 = self._event(doc, c, trig, [m for m in actors if m is not co_k], origins, in_clause, spans, co_k)
                        joint.extend([ev2] if ev2 is not None else [])
                        if co_k is co and not more:  # "Russia and China held joint drills": each with the other
                            self._joint_pair(doc, ev, ev2, trig.tok)
                        if ev2 is not None and not any(duplicate(ev2, o) for o in sent_events):
                            sent_events.append(ev2)
                        if ev2 is not None and co_ts:  # "Russia and China expelled British and American diplomats"
                            add_targets(doc, ev2, [first_t, *co_ts], sent_events)  # each doer, each target
                    if self.vorfeld and len(joint) > 1:  # "beschossen ein Boot": together; "kämpften": each other
                        self.co_doers.settle(doc, c.start, c.end, trig.tok, trig.lemma, trig.rule.with_any, joint, in_clause)
                    if ev is not None and alleged is not None:
                        ev.attribution = unique([*ev.attribution, accuser(alleged[0])])
                    if not self.vorfeld and unnamed_accused(doc, c, ev, trig.tok, trig.nominal, self._last_target is not None,
                                                            self.allegation_types, self.allegation_preps):
                        unnamed_at = k_c
                    if ev is not None and ev.event_type in self.allegation_types and self._last_target is not None:
                        accusation = (ev, self._last_target, self._last_source, trig.tok)
                        co_accused = list(co_ts)
                    if ev is not None and not any(duplicate(ev, o) for o in sent_events):
                        sent_events.append(ev)
                        last_source, last_source_sent = self._last_source, s.i
                        if ev.source is not None and ev.source.country:
                            self._last_event = (s.i, ev.source.country)
                            self._story = ev
                        if ev.source is not None and (ev.source.country or ev.source.actor_id):
                            self._told.append((s.i, ev.source, ev.target))
                bare = [m for m in actors if m.preposition is None]
                # "X announced that they are willing to forgive Y": the speaker, the reported clause's doer, does the next
                carried = spoken if self.syntax is not None and not bare else None
                if bare and c.opener is None:
                    # "A UN spokesman told VOA there is a need to ...": the addressee of a speech verb is no doer
                    doers = [m for m in bare if m.tok_start == 0 or doc.tokens[m.tok_start - 1].lemma
                             not in self.cues.speakers.addressee_verbs]
                    subject = doers[0] if doers else None
                    bare = doers or bare
                    self._partner = bare[1] if len(bare) > 1 and any(
                        doc.tokens[j].lower in self.weak for j in range(bare[0].tok_end, bare[1].tok_start)) else None
            events.extend(without_subsumed(sent_events))
            prev_spans, prev_para = (spans or prev_spans if s.paragraph == prev_para else spans), s.paragraph
        attribute_quotations(doc, events, frames, self.cues.quotes)
        apply_denials(doc, events, denials)
        return self.implicit.apply(doc, events, denials)


__all__ = ["EventExtractor", "Rule", "Trigger"]
