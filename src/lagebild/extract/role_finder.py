"""Source and target of a trigger: clause-position rules, German case helpers (roles_de), the English
parse (roles_en) or a treebank parse, and references back to what was told before."""

from __future__ import annotations

from dataclasses import replace

from ..model import ActorRef, Doc, Mention
from . import roles_de
from .analyser import Analysis, analysis_of
from .claims import UNNAMED
from .clauses import Clause
from .event_parts import country_name, same_actor
from .rules import Rule, Trigger


class RoleFinder:
    """Mixin of EventExtractor: who does it to whom."""

    def _roles(self, doc: Doc, clause: Clause, trig: Trigger, actors: list[Mention], origins: list[Mention],
               inherited: Mention | None) -> tuple[Mention | None, Mention | None]:
        toks = doc.tokens
        rule = trig.rule
        if self.vorfeld and not trig.nominal and clause.opener is None:  # "Im Zuge der Krise ... hat Gabriel ..."
            cut = roles_de.prepositional_vorfeld(doc, clause.start, clause.end, self.case, lambda i: self._finite_after(doc, i),
                                                 self.vorfeld_closed)
            if 0 <= cut <= trig.tok:
                actors = [m for m in actors if m.tok_start > cut]
                origins = [m for m in origins if m.tok_start > cut]
        bare = [m for m in actors if m.preposition is None]
        source = target = None
        if trig.nominal:
            after = [m for m in actors if trig.tok < m.tok_start and (m.preposition is None or m.preposition in ("von", "of"))
                     and all(t.lower in self.determiners or t.text[:1].islower() for t in toks[trig.tok + 1:m.tok_start])
                     and m.tok_start - trig.tok <= 3]
            before = [m for m in origins if m.tok_end == trig.tok and m.preposition is None]
            if after and rule.genitive_role == "target":
                target, after = after[0], []
            if after:
                source = after[0]
            elif before:
                source = before[0]
            elif (nominal := self._english_nominal(doc, trig, actors)) is not None:
                source, target = nominal  # "The EU tightened sanctions against Zimbabwe": the verb's subject
                if source is None:
                    return None, None  # "rebels who launched an attack": the doer is no actor we know
            elif not any(t.lemma in self.light_verbs for t in toks[clause.start:clause.end]):
                return None, None
        if source is None and inherited is not None:
            source = inherited  # "sie sollen ... unterstützen", "und hat ... erworben": the subject told before
            bare = [m for m in bare if m is not inherited]
            if rule.reciprocal and self._partner is not None and inherited is not self._partner:
                target = self._partner  # "Japan and the Philippines plan to expand their cooperation"
        passive = self._passive(doc, clause, trig.tok) and not trig.nominal
        agent = next((m for m in actors if m.preposition in self.agent_preps), None) if passive else None
        if passive and agent is None and self.vorfeld:  # "wurde von 200 saudischen Sicherheitskräften abgeriegelt"
            agent = roles_de.origin_agent(doc, clause.start, origins, self.agent_preps, self.case)
        if source is None:
            if agent is not None and not rule.require_military:
                source = agent
                target = target or next((m for m in bare if m is not agent), None)
            elif passive and not rule.require_military and self._participle(doc, trig.tok, clause):
                # "drei Zivilisten wurden getötet": the actor named is the patient, the doer unknown (or, for
                # arrests and bans, the state: rule.unnamed_source)
                if rule.unnamed_source not in roles_de.STATE_SECTORS and not rule.unknown_doer:
                    return None, None
                return None, (bare[0] if bare else next((m for m in origins if m.tok_start < trig.tok and m.preposition is None),
                                                        None))
            elif bare and (inherited is None or source is None):
                subjects = ([m for m in bare if not roles_de.not_subject(doc, m, self.case)
                             and not self._in_prepositional(doc, clause, m)]  # "gegen die Vorherrschaft der X"
                            if self.vorfeld and not trig.nominal else bare)
                source = (subjects[0] if subjects else None) if source is None else source
        if source is None and not trig.nominal:  # "Eine russische Delegation trifft ... ein": the subject's origin
            source = next((m for m in origins if m.tok_start < trig.tok and all(
                t.lower in self.determiners for t in toks[clause.start:m.tok_start])), None)
        if target is None:
            target = next((m for m in actors if self._governor(doc, m, clause.start) in rule.target_preps and m is not source
                           and (m.tok_start > trig.tok or not trig.nominal)), None)
        if target is None and rule.origin_target:
            target = next((m for m in origins if m is not source and m.tok_start > trig.tok - 8
                           and self._governor(doc, m, clause.start) in rule.target_preps), None)
        if target is None and rule.object_target and source is not None:
            target = next((m for m in bare if m.tok_start > source.tok_start and m is not source
                           and not same_actor(m, source)
                           and self._governor(doc, m, clause.start, self.location_preps) is None), None)
        if target is None and trig.extra_preps:  # "ein Abkommen über den Kauf ... aus Polen unterzeichnet"
            target = next((m for m in actors if m is not source
                           and self._governor(doc, m, clause.start) in trig.extra_preps), None)
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
                first = roles_de.mittelfeld_origin(doc, trig.tok, source, origins, self.determiners, self.case)
                if first is not None:
                    source, target = first, (source if rule.object_target and target in (None, first) else target)
        parse = analysis_of(doc)
        parsed_co = None
        if parse is not None and not trig.nominal and self.syntax is not None:
            if self._sentence_parse(doc, clause.sent) is not None:
                source, target, parsed_co = self._english_roles(doc, parse, trig, self._sentence_actors(clause, actors),
                                                                source, target, inherited, actors)
                if source is None and inherited is None:  # "Israeli aircraft killed ...": the doer's nationality
                    source = self._subject_origin(doc, parse, trig.tok, clause, origins)
                    target = None if target is source else target
        elif parse is not None and not trig.nominal and parse.need(clause.sent):
            source, target = self._parsed_roles(parse, trig.tok, actors, source, target, rule)
        self._co_source = None
        if source is not None and source is not inherited and not rule.reciprocal and source in bare:
            k = bare.index(source)
            nxt = bare[k + 1] if k + 1 < len(bare) else None
            between = [toks[j] for j in range(source.tok_end, nxt.tok_start)] if nxt is not None else []
            if nxt is not None and not same_actor(nxt, source) and between and all(  # "Die EU und die USA"
                    t.lower in self.coordinators or t.text == "," or t.lower in self.determiners for t in between) \
                    and any(t.lower in self.coordinators or t.text == "," for t in between):
                self._co_source = nxt  # "China und Russland haben ein Manöver begonnen": both act
                if target is nxt:
                    target = None
        if parsed_co is not None and rule.reciprocal:  # "The United States and India signed an accord"
            if target is None or target is parsed_co or (source is not None and same_actor(target, source)):
                target = parsed_co
        elif parsed_co is not None:  # "vetoed by Russia and China": both act, neither is the target
            self._co_source = parsed_co
            target = None if target is parsed_co else target
        if source is not None and target is not None and same_actor(source, target):
            target = None
        return source, target

    def _in_prepositional(self, doc: Doc, c: Clause, m: Mention) -> bool:
        """A German genitive inside a prepositional phrase ("in der Hauptstadt Äthiopiens", "gegen die Vorherrschaft
        der Zentralregierung"): it names no one who acts, so it does not push the clause's sector actors aside."""
        return self.vorfeld and roles_de.in_prepositional_phrase(doc, m, c.start, self.determiners, self.genitive_links,
                                                                 self.case)

    def _domestic_target(self, doc: Doc, c: Clause, trig: Trigger, source: ActorRef, loc_m: Mention | None) -> ActorRef | None:
        """'Police detained dozens of opposition leaders': people of the event's place, else of the source's country."""
        parse = analysis_of(doc)
        if parse is None or self._sentence_parse(doc, c.sent) is None:
            return None
        found = self.syntax.group_object(doc, parse, trig.tok)
        country = (loc_m.place.country if loc_m is not None and loc_m.place is not None else None) or source.country
        if found is None or not country:
            return None
        return ActorRef(found[0], country_name(country), f"{country}-{found[1]}", country, found[1])

    def _english_nominal(self, doc: Doc, trig: Trigger, actors: list[Mention]
                         ) -> tuple[Mention | None, Mention | None] | None:
        """A noun trigger that is a verb's object takes the verb's subject as its source (roles_en);
        (None, None) where that subject is no actor; None where the parse does not tell."""
        parse = analysis_of(doc)
        if parse is None or self._sentence_parse(doc, doc.tokens[trig.tok].sent) is None:
            return None
        r = self.syntax.nominal_roles(doc, parse, trig.tok, actors, trig.rule.target_preps,
                                      lambda v: doc.tokens[v].lemma in self.by_verb)
        return (r.source, r.target) if r.source is not None else ((None, None) if r.subject_found else None)

    def _sentence_actors(self, clause: Clause, actors: list[Mention]) -> list[Mention]:
        """The clause's actors plus those of the rest of its sentence: the parse, not the comma or "to" that
        splits clauses, tells what belongs to the verb ("to provide food to areas of Afghanistan")."""
        def usable(m: Mention) -> bool:
            return m.kind == "actor" and m.actor is not None and m.tok_start not in self._cue_toks and not (
                m.is_location and m.preposition != "to" and m.preposition not in self.all_target_preps)
        outside = [m for m in self._by_sent.get(clause.sent, []) if not clause.start <= m.tok_start < clause.end
                   and usable(m)]
        return sorted([*actors, *outside], key=lambda m: m.tok_start) if outside else actors

    def _english_roles(self, doc: Doc, parse: Analysis, trig: Trigger, actors: list[Mention], source: Mention | None,
                       target: Mention | None, inherited: Mention | None, near: list[Mention] | None = None
                       ) -> tuple[Mention | None, Mention | None, Mention | None]:
        """Roles from the parse (roles_en) over the sentence's ``actors``; a pronoun's antecedent only from
        ``near`` (the clause's); where the parse finds no actor, the rule result stands."""
        r = self.syntax.roles(doc, parse, trig.tok, actors, trig.rule.target_preps | trig.extra_preps,  # type: ignore[union-attr]
                              trig.rule.object_target, near)
        if r.pronoun_subject and r.source is None and (me := self._quoted_speaker(doc, parse, trig.tok)) is not None:
            inherited = me  # '"I commend nations such as Japan ...," he added': the speaker acts
        if inherited is not None and ((r.pronoun_subject and r.source is None) or inherited not in actors):
            source = inherited  # a pronoun's antecedent, or the second of two coordinated doers
        elif r.source is not None and not (trig.rule.unnamed_source and r.source.actor is not None
                                           and not r.source.actor.country and not r.source.actor.actor_id):
            source = r.source
        elif r.subject_found or r.source is not None:
            source = None  # "I commend nations such as Japan": the doer is no actor we know; Japan is not it
        if r.target is not None and r.target is not source:
            target = r.target
        elif target is source or target is r.source or (r.object_found and target is not None and target.tok_start > trig.tok
                                  and target.preposition is None and target.kind == "actor"):
            target = None  # "killed 45 people ..., the British-based observatory said": the object is no actor
            # (an origin the rules found stays: "rejected the Indian proposal")
        if target is None and trig.rule.type in self.syntax.complement_types:  # type: ignore[union-attr]
            toks_sent = doc.tokens[trig.tok].sent
            origins = [m for m in self._by_sent.get(toks_sent, []) if m.kind == "origin"]
            target = self.syntax.complement_target(  # type: ignore[union-attr]
                doc, parse, trig.tok, sorted([*actors, *origins], key=lambda m: m.tok_start), self.all_target_preps)
            target = None if target is source or (target is not None and doc.tokens[target.tok_start].sent != toks_sent) \
                else target
        if target is r.target and r.co_target is not None and not trig.rule.reciprocal:
            self._co_target = r.co_target  # "expelled European Union and Canadian diplomats": one event each
        return source, target, r.co_source

    def _subject_origin(self, doc: Doc, parse: Analysis, v: int, clause: Clause, origins: list[Mention]) -> Mention | None:
        """The doer's country from its nationality adjective or the place it is in (roles_en.subject_origin);
        a place stands for its people here, not its government: the sector is left open."""
        places = [m for m in self._by_sent.get(clause.sent, []) if m.is_location and m.actor is not None and m.actor.country]
        m = self.syntax.subject_origin(doc, parse, v, [*origins, *places])  # type: ignore[union-attr]
        if m is None or not m.is_location or m.actor is None:
            return m
        c = m.actor.country
        return replace(m, actor=ActorRef(m.text, country_name(c), c, c, None), is_location=False, preposition=None)

    def _quoted_speaker(self, doc: Doc, parse: Analysis, v: int) -> Mention | None:
        """The named speaker of a first-person subject ("I", "we") of the verb at ``v``, from the sentence's
        attribution (a quote with "said X", or the speaker of the quote before): a mention at the pronoun."""
        toks = doc.tokens
        subj = next((c for c in parse.children.get(v, []) if parse.deps.get(c) in ("nsubj", "nsubjpass")), None)
        if subj is None or toks[subj].lower not in self.syntax.first_person:  # type: ignore[union-attr]
            return None
        att = next((a for sp in self._spans if sp.scope_start <= v < sp.scope_end for a in sp.attributions
                    if a.country and a.name != UNNAMED), None)
        sent = toks[v].sent
        if att is None and self._claims.last_speaker and self._claims.last_speaker_sent >= sent - 1 and (
                doc.text[doc.sentences[sent].start:].lstrip()[:1] in (*self.cues.quote_open, *self.cues.quote_toggle)
                or self.cues.inside_quote(doc, sent)):
            att = next((a for a in self._claims.last_speaker if a.country), None)  # '"... ," said X. "So I ..."'
        if att is None:
            return None
        ref = ActorRef(att.text, att.name, f"{att.country}-{att.sector}" if att.sector else att.country, att.country,
                       att.sector)
        t = toks[subj]
        return Mention(subj, subj + 1, t.start, t.end, t.text, "actor", ref, via="speaker")

    def _parsed_roles(self, parse: Analysis, tok: int, actors: list[Mention], source: Mention | None,
                      target: Mention | None, rule: Rule) -> tuple[Mention | None, Mention | None]:
        """Subject -> source, passive agent -> source, object -> target, where the parse links them to
        the trigger (or to its auxiliary chain); what the parse does not tell keeps the rule result."""
        def actor_at(i: int) -> Mention | None:
            return next((m for m in actors if m.tok_start <= i < m.tok_end), None)

        def subtree_actor(i: int) -> Mention | None:
            found = actor_at(i)
            for c in parse.children.get(i, []) if found is None else []:
                found = found or actor_at(c)
            return found

        verbs = {tok}
        cur = tok
        while parse.deps.get(cur, "").lower() in self.dep_chain and parse.heads.get(cur) not in (None, *verbs):
            cur = parse.heads[cur]  # TIGER style: the participle hangs off the finite auxiliary ("hat ... getroffen")
            verbs.add(cur)
        subj = next((m for v in verbs for c in parse.dependents(v, self.dep_subject) if (m := subtree_actor(c))), None)
        agent = next((m for v in verbs for c in parse.dependents(v, self.dep_agent) if (m := subtree_actor(c))), None)
        obj = next((m for v in verbs for c in parse.dependents(v, self.dep_object) if (m := subtree_actor(c))), None)
        patient = next((m for v in verbs for c in parse.dependents(v, self.dep_patient) if (m := subtree_actor(c))), None)
        if agent is not None:
            return agent, (patient or subj if rule.object_target or target is None else target)
        if subj is not None:
            source = subj
            if target is subj:
                target = None
        if obj is not None and obj is not source and (rule.object_target or target is None):
            target = obj
        return source, target

    def _participle(self, doc: Doc, tok: int, clause: Clause) -> bool:
        """The trigger is a past participle: its form differs from its lemma, or (German "entlassen",
        "übergeben", whose participle is the infinitive) a past passive auxiliary stands in the clause."""
        toks = doc.tokens
        return toks[tok].lower != toks[tok].lemma or any(
            toks[j].lower in self.case.past_passive for j in range(clause.start, clause.end))

    def _passive(self, doc: Doc, clause: Clause, tok: int | None = None) -> bool:
        """A passive auxiliary in the clause ("wurden getötet", "were arrested"). Where the English parse
        covers the trigger at ``tok``, the parse decides: "is threatening", "has been fighting" are active."""
        parse = analysis_of(doc) if tok is not None and self.syntax is not None else None
        if parse is not None and self._sentence_parse(doc, clause.sent) is not None and tok in parse.deps:
            return self.syntax.passive(parse, tok)  # type: ignore[union-attr]
        return any(t.lower in self.passive_aux for t in doc.tokens[clause.start:clause.end])

    def _governor(self, doc: Doc, m: Mention, lo: int, preps: set[str] | None = None) -> str | None:
        """The preposition governing a mention, also across a head noun and a genitive link
        ("aus dem Süden des Libanon", "from southern Lebanon")."""
        if m.preposition is not None:
            return m.preposition
        toks = doc.tokens
        preps = self.all_target_preps if preps is None else preps
        j = m.tok_start - 1
        while j >= lo and m.tok_start - j <= 5:
            low = toks[j].lower
            if low in preps:
                return low
            if not low.isalpha():
                return None
            if (toks[j].text[:1].isupper() and self.lang == "de" and toks[j + 1].lower not in self.genitive_links
                    and not (j + 1 == m.tok_start and m.text.endswith("s"))):  # "vor der Küste Taiwans"
                return None
            if j in self._actor_toks:
                return None
            j -= 1
        return None

    def _referenced_actor(self, doc: Doc, c: Clause, trig: Trigger, source: ActorRef) -> ActorRef | None:
        """'Minsk verurteilte die Strafmaßnahmen', 'Myanmar rejected the measures': a definite object
        that refers back to an event makes that event's actor (up to two sentences back) the target."""
        if self._last_actor is None or c.sent - self._last_actor[0] > 2 or not self.reference_nouns:
            return None
        actor = self._last_actor[1]
        if actor.actor_id == source.actor_id or (actor.country is not None and actor.country == source.country):
            return None
        toks = doc.tokens
        for j in range(c.start + 1, c.end):
            if j != trig.tok and toks[j].lower in self.reference_nouns and any(
                    toks[k].lower in self.reference_determiners for k in range(max(c.start, j - 3), j)):
                return ActorRef(toks[j].text, actor.name, actor.actor_id, actor.country, actor.sector)
        return None

    def _context_country(self, doc: Doc, sent: int) -> str | None:
        """Country of "die Truppen" / "officials": the source of the last event up to two sentences back."""
        if self._last_event is not None and sent - self._last_event[0] <= 2:
            return self._last_event[1]
        return self._doc_country

    def _subjectless(self, doc: Doc, c: Clause, actors: list[Mention]) -> str | None:
        """'pronoun' ("sie sollen ..."), 'ellipsis' ("und hat ... erworben") or None: such clauses take
        their subject from what was told before."""
        toks = doc.tokens
        first_bare = next((m.tok_start for m in actors if m.preposition is None), c.end)
        if any(toks[j].lower in self.group_pronouns for j in range(c.start, first_bare)):
            return "pronoun"
        if c.opener in self.weak and c.start + 1 < c.end and (first_bare == c.end or self._finite_after(doc, c.start + 1)):
            return "ellipsis"  # "und hat dort den Präsidenten getroffen": the actor after the verb is its object
        return None

    def _finite_after(self, doc: Doc, i: int) -> bool:
        t = doc.tokens[i]
        return t.lower in self.finite or t.lemma in self.by_verb or t.lower in self.cues.verb_forms
