"""English roles and trigger checks from the dependency parse (spaCy's English models, ClearNLP labels).

Word order misleads English rules in the constructions news uses most: passives ("was vetoed by
Russia and China"), object control ("called on Russia to withdraw"), accusations whose gerund has
the accused as doer ("accused Sudan of aiding the rebels"), coordinated verbs ("detained and beat"),
relative clauses ("the rebels, who launched a raid"), and subjects whose actor sits inside a longer
noun phrase ("An alliance of parties in Nepal rejected ..."). The parse also tells a verb from a
noun ("the forces", "trade") and a trigger inside a name ("The War Zone") from an event.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..knowledge.function_words import function_words
from ..knowledge.resources import lower_words
from ..model import Doc, Mention
from .analyser import Analysis
from .complement_targets_en import EnglishComplementTargets
from .noun_roles_en import EnglishNounRoles
from .relatives_en import OBJ, PASSIVE_SUBJ, SUBJ, object_relative, sender_subjects
from .trigger_checks_en import EnglishTriggerChecks

# clause-like dependents: an actor inside them belongs to another predicate
CLAUSAL = {"relcl", "acl", "ccomp", "advcl", "xcomp", "conj", "parataxis", "pcomp"}


@dataclass(frozen=True)
class Roles:
    """What the parse says about one verb trigger: any part may be None (the rules keep theirs)."""

    source: Mention | None = None
    target: Mention | None = None
    co_source: Mention | None = None  # a second doer joined by "and" ("vetoed by Russia and China")
    subject_found: bool = False  # the verb has a subject in the parse, actor or not
    object_found: bool = False  # the verb has a direct object in the parse, actor or not ("killed 45 people")
    pronoun_subject: bool = False  # "they", "he": the rules' inherited source applies
    co_target: Mention | None = None  # a second target joined by "and" ("expelled EU and Canadian diplomats")
    co_targets: tuple[Mention, ...] = ()  # every further target of the list ("visit Saudi Arabia, Egypt and Jordan")
    co_sources: tuple[Mention, ...] = ()  # every further doer of the list ("China, Russia and Iran condemned")


class EnglishSyntax(EnglishNounRoles, EnglishTriggerChecks, EnglishComplementTargets):
    """Stateless helpers over one document's parse; built once per extractor. Its English words come from
    the lexicon (resources/en/lexicon.yaml, ``domestic_objects`` and ``parse_roles``): language knowledge stays data."""

    def __init__(self, lex: dict[str, Any] | None = None) -> None:
        lex = lex or {}
        words = lex.get("parse_roles") or {}
        self.groups = {w.lower(): sector for sector, ws in (lex.get("domestic_objects") or {}).items() for w in ws}
        # the state's forces as object, read only where the doer is no state force ("rebels ambushed soldiers")
        self.forces = {w.lower(): sector for sector, ws in (lex.get("domestic_forces_objects") or {}).items() for w in ws}
        self.relative = frozenset(words.get("relative_pronouns") or [])
        self.pronouns = frozenset(words.get("subject_pronouns") or []) | self.relative
        self.possessives = frozenset(words.get("speaker_possessives") or [])  # "X said its troops ...": X's side
        self.first_person = frozenset(words.get("first_person_pronouns") or [])  # "I commend ...," he said: the speaker
        self.plural_pronouns = frozenset(words.get("plural_pronouns") or [])  # "they": two or more, never one person
        self.referring_pronouns = frozenset(words.get("referring_pronouns") or [])  # "It also warned": the last doer
        self.owner_pronouns = {w: str(k) for w, k in (words.get("owner_pronouns") or {}).items()}  # "Its sanctions on X"
        self.person_pronouns = frozenset(words.get("person_pronouns") or [])  # "He threatened": a person's
        self.document_nouns = frozenset(words.get("document_nouns") or [])  # "published a report accusing X"
        self.authoring_verbs = frozenset(words.get("authoring_verbs") or [])
        self.hyphen_prefixes = frozenset(str(k).lower() for k in lex.get("prefix_prepositions") or {})  # "anti-war"
        # verbs that are an event only with one of these words after them ("called on X to", "called for talks")
        self.needs_prep = {v: frozenset(ps) for v, ps in (words.get("needs_preposition") or {}).items()}
        self.gerund_preps = frozenset(words.get("accusation_gerund_prepositions") or [])  # "accused Sudan of aiding"
        self.control_preps = frozenset(words.get("control_prepositions") or [])  # "called on Russia to withdraw"
        self.stative = frozenset(words.get("stative_participles") or [])  # "Japan is committed to": Japan commits
        self.nested_preps = frozenset(words.get("noun_phrase_prepositions") or [])  # "An alliance of parties"
        self.place_relatives = frozenset(words.get("place_relatives") or [])  # "Somalia, where X sent troops"
        self.place_nouns = frozenset(lex.get("place_nouns") or [])  # "to the Finnish border": where, not whom
        self.member_preps = frozenset(words.get("member_prepositions") or [])  # "protesters in Kenya": Kenyans
        self.complement_types = frozenset(words.get("complement_target_types") or [])  # "threatened to attack X"
        self.military_nouns = frozenset(words.get("military_subject_nouns") or [])  # "Israeli jets struck ..."
        self.noun_positions = frozenset(words.get("noun_positions") or [])  # "with gyms and bars": no verb
        self.place_of_act_types = frozenset(words.get("place_of_act_types") or [])  # "to impose a curfew in X"
        self.place_of_act_deps = frozenset(words.get("place_of_act_dependencies") or ["xcomp"])  # where the act is told
        self.place_of_act_home_types = frozenset(words.get("place_of_act_home_types") or [])  # "a curfew in X": X's own
        self.place_of_act_blockers = frozenset(words.get("place_of_act_blockers") or [])  # "despite the costs in X"
        self.condition_marks = frozenset(words.get("condition_marks") or [])  # "... unless Baghdad accepts"
        self.clause_types = frozenset(words.get("clause_target_types") or [])  # "demanded that the US cancel"
        self.end_nouns = frozenset(words.get("end_nouns") or [])  # "called for an end to X's blockade"
        self.end_preps = lower_words(words, "end_noun_prepositions")  # "an end to", "cessation of"
        self.demand_preps = lower_words(words, "demand_prepositions")  # "called for the withdrawal of X"
        self.cause_types = frozenset(words.get("cause_types") or [])  # "protest in support of Syria"
        self.crowd_types = frozenset(words.get("crowd_noun_types") or [])  # "Algerian landowners began a hunger strike"
        self.object_phrase_preps = frozenset(words.get("object_phrase_prepositions") or [])  # "a blockade on X"
        self.owned_nouns = frozenset(words.get("owned_object_nouns") or [])  # "froze the assets of X": X's
        self.aimed_place_types = frozenset(words.get("aimed_place_types") or [])  # "strikes on Ukrainian cities"
        self.patient_types = frozenset(words.get("participle_patient_types") or [])  # "sailors kidnapped by X"
        self.frontier_nouns = lower_words(lex.get("place_targets"), "frontier_nouns")
        self.cause_nouns = {n: frozenset(ps) for n, ps in (words.get("cause_nouns") or {}).items()}
        self.unknown_types = frozenset(words.get("unknown_attacker_types") or [])  # "A roadside bomb killed ..."
        self.unknown_nouns = frozenset(words.get("unknown_attacker_nouns") or [])
        self.maker_undoes = frozenset(words.get("maker_undoes_types") or [])  # "sanctions imposed by X were lifted"
        self.ngo_types = frozenset(words.get("ngo_subject_types") or [])  # "rights groups criticized ..."
        self.ngo_heads = frozenset(words.get("ngo_subject_heads") or [])
        self.ngo_modifiers = frozenset(words.get("ngo_subject_modifiers") or [])
        self.ngo_nouns = frozenset(words.get("ngo_subject_nouns") or [])
        self.two_words = frozenset(words.get("two_sides_words") or [])  # "the two leaders agreed"
        self.two_nouns = frozenset(words.get("two_sides_nouns") or [])
        self.receiving_verbs = frozenset(words.get("receiving_verbs") or [])  # "faced condemnation from France"
        self.undergoing_verbs = frozenset((words.get("undergoing") or {}).get("verbs") or [])  # "came under attack"
        self.undergoing_preps = frozenset((words.get("undergoing") or {}).get("prepositions") or [])
        self.pressure_types = frozenset(words.get("pressure_target_types") or [])  # "refused despite pressure from X"
        self.pressure_preps = frozenset(words.get("pressure_prepositions") or [])
        self.pressure_nouns = frozenset(words.get("pressure_nouns") or [])
        self.pressure_givers = frozenset(words.get("pressure_giver_prepositions") or [])
        self.announcing_verbs = frozenset(words.get("announcing_verbs") or [])  # "announced new aid for X"
        self.noun_doer_sectors_not = frozenset(words.get("noun_doer_sectors_not") or [])  # "Boeing's protest"
        self.venue_sectors = frozenset(words.get("passive_venue_sectors") or [])  # "was rejected in the Senate"
        self.venue_preps = frozenset(words.get("passive_venue_prepositions") or [])
        self.venue_types = frozenset(words.get("passive_venue_types") or [])  # decisions, not attacks
        self.giver_types = frozenset(words.get("noun_giver_types") or [])  # "contributions from the United States"
        self.giver_preps = frozenset(words.get("noun_giver_prepositions") or [])
        self.subject_skip_preps = frozenset(words.get("subject_skip_prepositions") or [])  # "talks with Iran ended"
        self.mutual_verbs = frozenset(words.get("mutual_verbs") or [])  # "China and the US fought": each the other's
        self.mutual_objects = frozenset(words.get("mutual_objects") or [])  # "stop their attacks", "each other"
        self.exchange_verbs = frozenset(words.get("exchange_verbs") or [])  # "traded accusations": each the other's
        self.joint_modifiers = frozenset(words.get("joint_modifiers") or [])  # "held joint drills": with each other
        # "fired rockets at Israel", "launched missiles toward Japan": where an attack is aimed, per event type
        self.aim_preps = {t: frozenset(ps) for t, ps in (words.get("aim_prepositions") or {}).items()}
        # "ten Palestinians were killed in Israeli airstrikes": a victims' verb in the passive names the attack that
        # struck its subject after these; the attack noun's own nationality or actor is the doer
        self.victim_verbs = frozenset(words.get("passive_victim_verbs") or [])
        self.occasion_preps = frozenset(words.get("occasion_prepositions") or [])
        self.sender_verbs = frozenset(words.get("sender_verbs") or [])  # "the troops that Russia sent"

    @staticmethod
    def passive(parse: Analysis, v: int) -> bool:
        """The verb at ``v`` is passive in the parse: it has a passive auxiliary or subject ("were arrested"),
        or it is a participle coordinated with one ("were arrested and beaten") or modifying a noun
        ("protesters detained by police"). A progressive ("is threatening") is active."""
        def own(i: int) -> bool:
            return any(parse.deps.get(c) in ("auxpass", "nsubjpass", "csubjpass") for c in parse.children.get(i, []))
        if own(v):
            return True
        if parse.tags.get(v) != "VBN":
            return False
        dep, head = parse.deps.get(v), parse.heads.get(v, v)
        return (dep == "conj" and own(head)) or (dep == "acl" and not EnglishSyntax.misread_main_verb(parse, v))

    @staticmethod
    def inside(parse: Analysis, v: int, i: int) -> bool:
        """Token ``i`` stands in the phrase the verb at ``v`` heads ("threatened to impose a curfew in Algiers")."""
        for _ in range(12):
            if i == v:
                return True
            if parse.heads.get(i, i) == i:
                return False
            i = parse.heads[i]
        return False

    def told_by(self, doc: Doc, parse: Analysis, v: int, pronoun: int, m: Mention | None) -> bool:
        """``m`` heads the subject of the verb of saying whose "that"-clause the verb at ``v`` heads ("Russia said it
        would retaliate", "X and his French counterpart say they have agreed"): the pronoun is the speaker. Not a
        first-person pronoun (a quote's "we" is read by the speaker finder), nor "they" for one person alone."""
        if m is None or doc.tokens[pronoun].lower in self.first_person or parse.deps.get(v) != "ccomp":
            return False
        subj = next((c for c in parse.children.get(parse.heads.get(v, v), []) if parse.deps.get(c) in SUBJ), None)
        if subj is None or not m.tok_start <= subj < m.tok_end:
            return False
        return doc.tokens[pronoun].lower not in self.plural_pronouns or m.via != "person" or any(
            parse.deps.get(c) == "conj" for c in parse.children.get(subj, []))

    def nominal_roles(self, doc: Doc, parse: Analysis, n: int, actors: Sequence[Mention], target_preps: set[str],
                      event_verb: Callable[[int], bool]) -> Roles:
        """A noun trigger as a verb's object ("tightened sanctions against Zimbabwe", "launched an attack on
        the capital"): the verb's doer is the event's source, the noun's own prepositions name the target.
        Not when the verb is an event of its own ("condemned the attacks": the condemner did not attack).
        A verb subject that is no actor leaves the source None with ``subject_found`` set."""
        relative = object_relative(parse, n)  # "the strike that Israel carried out on Syria"
        if relative is None and (under := self._undergone(doc, parse, n, actors)) is not None:
            return under
        if relative is None and (parse.deps.get(n) not in ("dobj", "obj", "nsubjpass") or n not in parse.heads):
            return Roles()
        v = parse.heads[n] if relative is None else relative
        received = doc.tokens[v].lemma in self.receiving_verbs and (relative is not None or parse.deps.get(n) in ("dobj", "obj"))
        if event_verb(v) and not received:
            return Roles()  # "condemned the attacks"; but "drew criticism": what is received is the act
        if received:
            # "Iran faced condemnation from France": the giver acts on the subject; no giver, no doer we know
            giver = self.roles(doc, parse, n, actors, set(self.giver_preps)).target or \
                self.roles(doc, parse, v, actors, set(self.giver_preps), object_target=False).target
            receiver = self.roles(doc, parse, v, actors, set()).source
            return Roles(giver, receiver if receiver is not giver else None, subject_found=True)
        verb = self.roles(doc, parse, v, actors, set())
        if verb.source is None:  # "the rebels who launched an attack": a doer the parse sees, but no actor we know
            return Roles(subject_found=verb.subject_found and not verb.pronoun_subject)
        own = self.roles(doc, parse, n, actors, target_preps).target  # the noun's prepositional phrases
        if own is None and relative is not None:  # "carried out on Syria": the relative clause's verb holds them
            own = self.roles(doc, parse, v, actors, target_preps, object_target=False).target
            own = own if own is not verb.source else None
        return Roles(verb.source, own, verb.co_source, subject_found=True, pronoun_subject=verb.pronoun_subject)

    def _undergone(self, doc: Doc, parse: Analysis, n: int, actors: Sequence[Mention]) -> Roles | None:
        """"A town came under attack from Russian forces": a noun under a verb of undergoing (``undergoing``) is
        done to the verb's subject by whom "from" names; None where the noun stands elsewhere."""
        p = parse.heads.get(n, n)
        v = parse.heads.get(p, p)
        if parse.deps.get(n) != "pobj" or parse.deps.get(p) != "prep" or doc.tokens[p].lower not in self.undergoing_preps \
                or doc.tokens[v].lemma not in self.undergoing_verbs or v == p:
            return None
        giver = self.roles(doc, parse, n, actors, set(self.giver_preps)).target \
            or self.roles(doc, parse, v, actors, set(self.giver_preps), object_target=False).target
        receiver = self.roles(doc, parse, v, actors, set()).source
        return Roles(giver, receiver if receiver is not giver else None, subject_found=True)

    def roles(self, doc: Doc, parse: Analysis, v: int, actors: Sequence[Mention], target_preps: set[str],
              object_target: bool = True, near: Sequence[Mention] | None = None) -> Roles:
        """Source, target and a coordinated second source of the verb at token ``v``; the direct object is
        the target only where the trigger says so (``object_target``: "expelled diplomats", not "sent troops").
        A pronoun subject's antecedent is looked for among ``near`` only (the trigger's clause), when given."""
        toks, fw = doc.tokens, function_words(doc.lang)

        def actor_at(i: int) -> Mention | None:
            return next((m for m in actors if m.tok_start <= i < m.tok_end), None)

        def np_actor(i: int, avoid: Mention | None = None, nested: bool = True, skip: frozenset[str] = frozenset()
                     ) -> Mention | None:
            """The actor of the noun phrase headed by ``i``: the head itself, else the nearest actor in its
            subtree that is not inside a clause of its own ("An alliance of parties in Nepal"); one of
            another country than ``avoid`` first ("ties between Chad and Sudan")."""
            todo, seen, found = [i], set(), []
            while todo and len(seen) < 40:
                j = todo.pop(0)
                if j in seen:
                    continue
                seen.add(j)
                m = actor_at(j)
                if m is not None and m is not avoid and m not in found:
                    found.append(m)
                    if avoid is None or avoid.actor is None or m.actor is None or m.actor.country != avoid.actor.country:
                        return m
                kids = [c for c in parse.children.get(j, []) if (parse.deps.get(c) not in CLAUSAL | {"cc", "amod"}
                        or (parse.deps.get(c) == "conj" and parse.tags.get(c, "").startswith(("NN", "PRP"))))
                        and (nested or parse.deps.get(c) != "prep" or toks[c].lower in self.nested_preps)
                        and not (parse.deps.get(c) == "prep" and toks[c].lower in skip)]
                # an apposition names the head ("Ethiopia's neighbour, Sudan,"); a possessor only qualifies it
                kids.sort(key=lambda c: {"appos": 0, "poss": 2}.get(parse.deps.get(c, ""), 1))
                todo.extend(kids)
            return found[0] if found else None

        def deps_of(i: int, labels: set[str]) -> list[int]:
            return [c for c in parse.children.get(i, []) if parse.deps.get(c) in labels]

        def preps_of(i: int, words: set[str]) -> list[int]:
            found = [o for p in deps_of(i, {"prep", "dative"}) if toks[p].lower in words for o in deps_of(p, {"pobj"})]
            if not found and not fw.origin_prepositions.isdisjoint(words):  # "pulled (its troops) out of Lebanon": out of = from
                found = [o for p in deps_of(i, {"prep", "prt", "advmod"}) if toks[p].lower in fw.exit_particles
                         for q in deps_of(p, {"prep"}) if toks[q].lower in fw.genitive_prepositions for o in deps_of(q, {"pobj"})]
            return found

        subj_toks = deps_of(v, SUBJ)
        patient_toks = deps_of(v, PASSIVE_SUBJ)
        if patient_toks and not subj_toks and toks[v].lower in self.stative:  # "is committed to": a state, no passive
            subj_toks, patient_toks = patient_toks, []
        agent_toks = [o for a in deps_of(v, {"agent"}) for o in deps_of(a, {"pobj"})]
        source = target = None
        dep = parse.deps.get(v, "")
        if not subj_toks and not agent_toks:
            # the doer of a verb without a subject of its own, from the construction it stands in
            head = parse.heads.get(v, v)
            if dep == "relcl":  # "the rebels, who launched a raid": the noun the clause describes
                if patient_toks:
                    target = np_actor(head)
                else:
                    subj_toks = [head]
            elif dep == "pcomp" and toks[head].lower in self.gerund_preps:  # "accused Sudan of aiding ..."
                accuser = parse.heads.get(head, head)
                subj_toks = deps_of(accuser, {"dobj"}) or deps_of(accuser, SUBJ)
            elif dep == "xcomp":  # "called on Russia to withdraw", "urged Iran to ...": the object controls
                subj_toks = deps_of(head, {"dobj"}) or preps_of(head, set(self.control_preps)) or deps_of(head, SUBJ) \
                    or (deps_of(head, PASSIVE_SUBJ) if toks[head].lower in self.stative else [])
            elif self.misread_main_verb(parse, v):  # "Syrian airplanes killed 30 people, a group said"
                subj_toks = [head]
            elif dep == "acl" and any(parse.deps.get(a) == "aux" and toks[a].lower in fw.infinitive_markers
                                      for a in parse.children.get(v, [])) \
                    and (noun_doer := [p for p in deps_of(head, {"poss"}) if toks[p].lower not in self.owner_pronouns] or [
                        o for p in deps_of(head, {"prep"}) if toks[p].lower in fw.agent_prepositions
                        for o in deps_of(p, {"pobj"})] or [  # "the decision of the EU to ban ...": an actor after "of"
                        o for p in deps_of(head, {"prep"}) if toks[p].lower in fw.genitive_prepositions
                        for o in deps_of(p, {"pobj"}) if np_actor(o, nested=False) is not None]):
                # "an attempt by Russia to expel ...", "Russia's decision to expel ...", "the decision of the EU to ban ...":
                # the noun's doer does it ("its willingness to resume talks" keeps the clause's subject, whom "its" names)
                subj_toks = noun_doer
            elif dep in ("conj", "advcl"):  # "detained and beat", "fought back, firing tear gas"
                head = self.conj_anchor(parse, v)  # "demanded that Hamas release ... and bombed": the demander bombs
                # an active verb joined to a passive one is done by the passive's subject, not its agent: "X was
                # indicted by the court and will resign" (X resigns); "arrested by police and beaten" keeps the agent
                own = deps_of(head, PASSIVE_SUBJ) if dep == "conj" and not self.passive(parse, v) else []
                subj_toks = deps_of(head, SUBJ) or own or [o for a in deps_of(head, {"agent"}) for o in deps_of(a, {"pobj"})]
                if not subj_toks:  # "soldiers crossed the border and were in the region, assisting X": up the chain
                    subj_toks = self._chain_subject(parse, head)
            elif dep == "pcomp" and parse.tags.get(v) in ("VBG", "NN"):  # "his aim in meeting with X was ...," Y said
                subj_toks = self._governing_subject(parse, v)
        owned = bool(subj_toks) and not agent_toks and np_actor(subj_toks[0]) is None and self._owned_by_pronoun(
            parse, subj_toks[0])
        if owned or (dep == "pcomp" and subj_toks and self._owned_by_pronoun(parse, parse.heads.get(parse.heads.get(v, v), v))):
            # "Sarkozy said his goal (in meeting Y) was to call for an end ...": whose goal is the speaker's, who acts
            subj_toks = self._governing_subject(parse, v) or subj_toks
            speaker = next((m for m in doc.mentions if m.tok_start <= subj_toks[0] < m.tok_end and m.kind == "actor"
                            and m.actor is not None and m.actor.country), None)
        else:
            speaker = None
        pronoun = any(toks[s].lower in self.pronouns - self.relative for s in subj_toks)
        if agent_toks:
            source = np_actor(agent_toks[0])
            if dep == "relcl" and any(toks[p].lower in self.relative for p in patient_toks):
                patient_toks = [parse.heads.get(v, v)]  # "the rebels, who were backed by Rwanda,": the rebels are backed
            target = target or next((m for p in patient_toks if (m := np_actor(p, source))), None)
        elif subj_toks and not pronoun:
            s = subj_toks[0]
            if toks[s].lower in self.relative and dep == "relcl":
                s = parse.heads.get(v, v)
            source = np_actor(s, skip=self.subject_skip_preps) or speaker  # "The attack on Kenyan troops killed": not Kenya
            if source is None:  # "the troops that Russia sent to Belarus held drills": the forces are their sender's
                source = next((m for c in sender_subjects(doc, parse, s, self.sender_verbs)
                               if (m := np_actor(c)) is not None), None)
        elif patient_toks and not subj_toks and self.venue_sectors:
            # "was rejected in the United States Senate", "were banned in the European Union": without "by", the body it
            # was decided in acts (not a place: "killed in Kabul"), on what was decided
            # the body's own phrase only: "killed in Russian missile attacks on Kyiv" names no venue (enroles38)
            source = next((m for o in preps_of(v, set(self.venue_preps)) if (m := np_actor(o, nested=False)) is not None
                           and not m.is_location and m.actor is not None and m.actor.sector in self.venue_sectors), None)
            target = target or (next((m for p in patient_toks if (m := np_actor(p, source))), None) if source else None)
        elif pronoun:  # "Ethiopia expelled diplomats it accuses of ...": the subject before it in the sentence
            first = doc.sentences[toks[v].sent].tok_start
            source = next((m for j in range(subj_toks[0] - 1, first - 1, -1) if parse.deps.get(j) in SUBJ
                           and (m := np_actor(j)) is not None), None)
            if near is not None and source not in near and not self.told_by(doc, parse, v, subj_toks[0], source):
                source = None  # '"We do not need ...," X quoted': a quoted "we" is the speaker's, looked for elsewhere
        objs = deps_of(v, OBJ) if object_target else []
        if target is None and not patient_toks and objs:
            target = next((m for o in objs if (m := np_actor(o, source))), None)
        if target is None:
            # "to its border with Belarus": the place gone to, not what it borders on
            target = next((m for o in preps_of(v, target_preps) if (m := np_actor(o, source, nested=False))), None)
        def conj_actor(m: Mention | None, taken: Sequence[Mention] = ()) -> Mention | None:
            """The actor coordinated with ``m`` ("Russia and China", "European Union and Canadian diplomats")."""
            if m is None:
                return None
            head_tok = next((j for j in range(m.tok_start, m.tok_end) if parse.heads.get(j) not in
                             range(m.tok_start, m.tok_end)), m.tok_start)
            todo = deps_of(head_tok, {"conj"}) or deps_of(parse.heads.get(head_tok, head_tok), {"conj"})
            # "Turkish and Iraqi army helicopters": the adjective inside the mention is the second conjunct
            todo = todo + [parse.heads[j] for j in range(m.tok_start, m.tok_end) if parse.deps.get(j) == "conj"
                           and parse.heads.get(j) not in range(m.tok_start, m.tok_end)]
            todo = [j for j in todo if parse.tags.get(j, "NN").startswith(("NN", "PRP", "JJ"))]  # not "and can not charge"
            return next((c for j in todo if (c := np_actor(j)) is not None and c is not m and c is not source
                         and c not in taken and (c.actor is None or m.actor is None or c.actor.actor_id != m.actor.actor_id)),
                        None)

        co_targets: list[Mention] = []
        nxt = conj_actor(target)
        while nxt is not None and len(co_targets) < 8:  # "visit Saudi Arabia, Egypt and Jordan": down the chain
            co_targets.append(nxt)
            nxt = conj_actor(nxt, [target, *co_targets])  # type: ignore[list-item]
        co_sources: list[Mention] = []
        nxt = conj_actor(source, [*co_targets, *([target] if target else [])])
        while nxt is not None and len(co_sources) < 8:  # "China, Russia and Iran condemned": down the chain
            co_sources.append(nxt)
            nxt = conj_actor(nxt, [source, *co_sources, *co_targets, *([target] if target else [])])  # type: ignore[list-item]
        return Roles(source, target, co_sources[0] if co_sources else None, subject_found=bool(subj_toks or agent_toks),
                     object_found=bool(objs), pronoun_subject=pronoun, co_target=co_targets[0] if co_targets else None,
                     co_targets=tuple(co_targets), co_sources=tuple(co_sources))
