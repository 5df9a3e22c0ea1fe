"""PLOVER events from trigger words and clause-position rules, for any language with resource data.

Roles without a parser: in a clause, the first bare actor (no preposition) is the source, an actor
after one of the trigger's target prepositions (or the next bare actor, for transitive triggers) is
the target, a place or country after a locative preposition is the location. Nominal triggers take
their source from a genitive or adjective ("Verlegung nordkoreanischer Soldaten").
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

from ..knowledge.ontology import cameo_root, check_event
from ..model import ActorRef, Attribution, DateRef, Doc, Event, Mention, Quantity
from . import roles_de
from .analyser import Analysis, analysis_of
from .claims import OWN_SIDE, UNNAMED, AttributionSpan, ClaimCues, Denial, attribution_chain
from .clauses import Clause, split_clauses
from .context import GENERIC_VIAS
from .roles_en import EnglishSyntax
from .speakers import ClaimState

DENIAL_REACH = 200  # sentences a denial may reach back ("X denied the troop movements")
RECIPROCAL = {"CONSULT", "COOPERATE", "AGREE"}  # default; a rule may set `reciprocal` itself


@dataclass
class Rule:
    type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    verbs: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)
    with_any: set[str] = field(default_factory=set)
    with_any_tuple: tuple[str, ...] = ()  # the same words for str.endswith ("Verteidigungszusammenarbeit")
    without_any: tuple[str, ...] = ()  # no event with one of these words (or a compound ending in one) in the clause
    target_preps: set[str] = field(default_factory=set)
    object_target: bool = False
    origin_target: bool = False
    require_military: bool = False
    movement: bool = False
    source_sector_types: dict[str, str] = field(default_factory=dict)
    genitive_role: str = "source"  # "Verlegung nordkoreanischer Soldaten" vs "Unterstützung der Streitkräfte"
    location_target: bool = False
    require_target: bool = False
    active_only: bool = False  # "wurden getroffen" is hit, not met
    reciprocal: bool = False  # "X und Y haben vereinbart": Y is X's partner, not a second actor
    blocked_after: set[str] = field(default_factory=set)  # a noun after these words is no event ("in Zusammenarbeit mit")
    unnamed_source: str | None = None  # sector of an unnamed source ("Tausende protestierten in Tiflis": CIV)
    object_words: bool = False  # with_any must be the verb's object (CAMEO "- * WORD" patterns), not anywhere
    domestic_target: bool = False  # no target named: the location's country, else the source's (arrests, protests)
    sentence_cue: bool = False  # with_any words may stand anywhere in the sentence (an infinitive clause after a comma)

    @classmethod
    def from_data(cls, d: dict[str, Any]) -> Rule:
        rule = cls(type=d["type"], mode=d.get("mode"), context=list(d.get("context") or []),
                   verbs=set(d.get("verbs") or []), nouns={n.lower() for n in d.get("nouns") or []},
                   with_any={w.lower() for w in d.get("with_any") or []},
                   with_any_tuple=tuple(w.lower() for w in d.get("with_any") or []),
                   without_any=tuple(w.lower() for w in d.get("without_any") or []),
                   target_preps=set(d.get("target_preps") or []), object_target=bool(d.get("object_target")),
                   origin_target=bool(d.get("origin_target")), require_military=bool(d.get("require_military")),
                   movement=bool(d.get("movement")), genitive_role=d.get("genitive_role", "source"),
                   source_sector_types=dict(d.get("source_sector_types") or {}),
                   location_target=bool(d.get("location_target")), unnamed_source=d.get("unnamed_source"),
                   require_target=bool(d.get("require_target")), active_only=bool(d.get("active_only")),
                   reciprocal=bool(d.get("reciprocal", d["type"] in RECIPROCAL)),
                   blocked_after={w.lower() for w in d.get("blocked_after") or []},
                   object_words=bool(d.get("object_words")),
                   domestic_target=bool(d.get("domestic_target")), sentence_cue=bool(d.get("sentence_cue")))
        check_event(rule.type, rule.mode, rule.context)
        return rule


@dataclass
class Trigger:
    rule: Rule
    tok: int
    nominal: bool
    lemma: str
    # target prepositions of a noun folded into this verb ("Abkommen über den Kauf ... aus Polen")
    extra_preps: set[str] = field(default_factory=set)


class EventExtractor:
    """Turns a Doc with mentions, dates and quantities into events with their claims."""

    def __init__(self, lang: str, lex: dict[str, Any], triggers: dict[str, Any], claims: dict[str, Any],
                 military_words: set[str]) -> None:
        self.lang = lang
        self.lex = lex
        self.rules = [Rule.from_data(r) for r in triggers.get("rules") or []]
        self.nominal_blockers = set(triggers.get("nominal_blockers") or [])
        self.reference_nouns = {w.lower() for w in triggers.get("reference_nouns") or []}
        self.reference_determiners = {w.lower() for w in triggers.get("reference_determiners") or []}
        self.cues = ClaimCues(lang, claims, lex)
        self.breaks = set(lex.get("clause_breaks") or [])
        self.comma_breaks = set(lex.get("comma_clause_breaks") or [])
        self.finite = set(lex.get("finite_auxiliaries") or [])
        self.inside_preps = set(lex.get("inside_location_prepositions") or [])
        self.infinitive_markers = set(lex.get("infinitive_clause_markers") or [])
        self.allegation_types = set(triggers.get("allegation_types") or [])
        self.coordinators = set(triggers.get("coordinators") or [])
        self.noun_markers = set(triggers.get("noun_markers") or [])
        self.participle_endings = tuple(triggers.get("participle_adjective_endings") or ["\0"])
        self.inflected_participle = tuple(triggers.get("inflected_participle_endings") or [])
        self.weak = set(lex.get("weak_clause_breaks") or [])
        self.particles = set(lex.get("separable_particles") or [])
        self.passive_aux = set(lex.get("passive_auxiliaries") or [])
        self.agent_preps = set(lex.get("passive_agent_prepositions") or [])
        self.location_preps = set(lex.get("location_prepositions") or [])
        self.static_location_preps = set(lex.get("static_location_prepositions") or [])
        self.light_verbs = set(lex.get("light_verbs") or [])
        self.yielding_verbs = set(lex.get("yielding_light_verbs") or [])  # their nominal object names the event
        self.determiners = set(lex.get("determiners") or [])
        self.document_fallback = bool(lex.get("document_country_fallback"))  # roles_de.document_country
        self.vorfeld = bool(lex.get("vorfeld_subject"))  # roles_de.vorfeld_subject
        self.group_pronouns = {p for p in (lex.get("anaphors") or {}).get("group", [])}
        self.military_words = military_words | {w.lower() for w in triggers.get("military_cues") or []}
        self.military_heads = tuple(w for w in self.military_words if len(w) >= 6)  # compound heads: "Kampftruppen"
        self.troop_words = military_words
        self.complement_types = set(triggers.get("complement_types") or [])
        self.genitive_links = set(lex.get("genitive_links") or [])
        self.cues.verb_forms = {k.lower(): v for k, v in (triggers.get("verb_forms") or {}).items()}
        self.cues.verb_suffixes = [tuple(x) for x in triggers.get("verb_suffixes") or []]
        self.by_verb: dict[str, list[Rule]] = {}
        self.by_noun: dict[str, list[Rule]] = {}
        for r in self.rules:
            for v in r.verbs:
                self.by_verb.setdefault(v, []).append(r)
            for n in r.nouns:
                self.by_noun.setdefault(n, []).append(r)
        for rules in self.by_verb.values():  # a verb with several rules tries the military one first, then
            rules.sort(key=lambda r: (not r.require_military, not r.with_any))  # those needing a cue word
        self.known_verbs = set(self.by_verb) | self.cues.speech_verbs | self.cues.denial_verbs
        # a verb all of whose rules need a cue word ("erklärte sich bereit") is a reporting verb otherwise
        self.cues.event_verbs = {v for v, rules in self.by_verb.items() if any(not r.with_any for r in rules)}
        self.all_target_preps = {p for r in self.rules for p in r.target_preps}
        deps = triggers.get("dependencies") or {}
        self.dep_subject = {x.lower() for x in deps.get("subject") or []}
        self.dep_object = {x.lower() for x in deps.get("object") or []}
        self.dep_agent = {x.lower() for x in deps.get("agent") or []}
        self.dep_chain = {x.lower() for x in deps.get("verb_chain") or []}
        self.dep_patient = {x.lower() for x in deps.get("patient") or []}
        self.syntax = EnglishSyntax(lex.get("domestic_objects")) if triggers.get("parse_roles") == "en" else None
        self._head_cache: dict[str, str | None] = {}  # compound -> trigger head noun ("Verteidigungszusammenarbeit")
        self.noun_heads = sorted((n for n in self.by_noun if len(n) >= 5), key=len, reverse=True)

    # -- triggers --------------------------------------------------------------------------------
    def triggers(self, doc: Doc, clause: Clause) -> list[Trigger]:
        toks = doc.tokens
        words = {t.lower for t in toks[clause.start:clause.end]} | {t.lemma for t in toks[clause.start:clause.end]}
        out: list[Trigger] = []
        folded: set[str] = set()  # target prepositions of nouns that are no events of their own
        for i in range(clause.start, clause.end):
            t = toks[i]
            if not t.text[:1].isalpha():
                continue
            capital = t.text[:1].isupper()
            is_noun_form = capital if self.lang == "de" else True
            if not capital and i > clause.start and self._attributive(doc, i, clause):
                continue  # "einen drohenden Umsturz", "sechs inhaftierte Oppositionsführer": participles as adjectives
            first_word = i == doc.sentences[t.sent].tok_start
            noun_use = i > clause.start and toks[i - 1].lower in self.noun_markers  # "the decline", "its shares"
            if (not capital or first_word) and not noun_use:
                lemma = self.cues.verb_lemma(doc, i, clause, self.particles, self.known_verbs)
                if (lemma in self.cues.speech_verbs and (lemma not in self.by_verb or i in self._cue_toks)) or (
                        lemma in self.cues.denial_verbs and (
                        lemma not in self.by_verb or self.cues.find(doc, clause.start, clause.end, self.cues.back_refs))):
                    continue
                candidates = self.by_verb.get(lemma, [])
                if candidates and (parse := self._sentence_parse(doc, clause.sent)) is not None and \
                        not self.syntax.verb_ok(parse, i, doc, lemma):  # type: ignore[union-attr]
                    candidates = []  # "March", "Strike Group": a name, not a verb
                for r in candidates:
                    pool = words if not r.sentence_cue else _sentence_words(doc, t.sent)  # "Zeit gegeben, das Land zu verlassen"
                    if r.with_any and not (pool & r.with_any or any(w.endswith(r.with_any_tuple) for w in pool)):
                        continue
                    if r.without_any and any(w.endswith(r.without_any) for w in words):
                        continue  # "Sitze besetzen" fills posts, it seizes nothing
                    if r.object_words and not self._object_word(doc, clause, i, r.with_any):
                        continue  # "began the trip": the pattern's word must be what the verb acts on
                    if r.require_military and len(self.by_verb[lemma]) > 1 and not (
                            words & self.troop_words or any(m.actor is not None and m.actor.sector == "MIL"
                                                            for m in self._clause_mentions(doc, clause))):
                        continue  # "send troops" mobilises, "send aid" is aid
                    out.append(Trigger(r, i, False, lemma))
                    break
                if out and out[-1].tok == i:
                    continue
            if is_noun_form:
                low = t.lower
                rules = self.by_noun.get(low)
                if rules is None and self.lang == "de" and capital:
                    head = self._head_cache.get(low, "")
                    if head == "":
                        head = next((h for h in self.noun_heads if low.endswith(h) and len(low) > len(h) + 2), None)
                        if len(self._head_cache) < 200_000:
                            self._head_cache[low] = head
                    rules = self.by_noun.get(head) if head else None
                if rules and (parse := self._sentence_parse(doc, clause.sent)) is not None and \
                        not self.syntax.noun_ok(doc, parse, i):  # type: ignore[union-attr]
                    continue  # "The War Zone", "the Russo-Ukrainian war": a name, no event
                if rules:
                    if self._blocked(doc, clause, i):
                        folded |= rules[0].target_preps
                        continue
                    if rules[0].without_any and any(w.endswith(rules[0].without_any) for w in words):
                        continue
                    blocked = rules[0].blocked_after
                    if blocked and any(toks[j].lower in blocked for j in range(max(clause.start, i - 2), i)):
                        continue  # "in Zusammenarbeit mit": a manner, not an event
                    out.append(Trigger(rules[0], i, True, low))
        # a noun beside a verb trigger is the verb's object ("eine Waffenruhe vereinbart", "Zusammenarbeit ...
        # ausbauen"): one event, unless the noun names its own actor ("angesichts nordkoreanischer Truppenbewegungen")
        verb = next((tr for tr in out if not tr.nominal), None)
        if verb is not None and verb.lemma in self.yielding_verbs and any(
                tr.nominal and tr.tok > verb.tok - 8 and tr.rule.type != verb.rule.type for tr in out):
            out = [tr for tr in out if tr is not verb]  # "hat ein Moratorium beschlossen": the noun is the event
            verb = None
        if verb is not None:
            verb.extra_preps |= folded
            for tr in out:
                if tr.nominal and not self._own_actor(doc, tr.tok):
                    verb.extra_preps |= tr.rule.target_preps
            out = [tr for tr in out if not tr.nominal or self._own_actor(doc, tr.tok)]
        # an agreement, request, refusal or threat takes the next event as its content: one event
        head = next((tr for tr in out if not tr.nominal and tr.rule.type in self.complement_types), None)
        if head is not None:
            out = [tr for tr in out if tr.tok <= head.tok]
        return out

    def _object_word(self, doc: Doc, clause: Clause, i: int, words: set[str]) -> bool:
        """One of ``words`` in the verb's object: its dependents in the parse (not its subject), else the
        six words after it."""
        toks = doc.tokens
        parse = self._sentence_parse(doc, clause.sent)
        if parse is None or i not in parse.heads:
            return any(t.lower in words or t.lemma in words for t in toks[i + 1:min(clause.end, i + 7)])
        todo, depth = [i], 0
        while todo and depth < 3:
            todo = [c for j in todo for c in parse.children.get(j, []) if parse.deps.get(c) not in
                    ("nsubj", "nsubjpass", "punct", "cc", "conj", "advcl", "mark", "aux", "ccomp", "parataxis", "relcl")
                    and (parse.deps.get(c) != "prep" or toks[c].lower == "of")]  # "began a tour in an effort to"
            if any(toks[c].lower in words or toks[c].lemma in words for c in todo):
                return True
            depth += 1
        return False

    def _attributive(self, doc: Doc, i: int, clause: Clause) -> bool:
        """A German participle before its noun, after a determiner, number or adverb, is an adjective; after
        an actor or a conjunction it is a verb ("Russland inhaftierte Journalisten")."""
        toks = doc.tokens
        low, prev = toks[i].lower, toks[i - 1]
        if low.endswith(self.participle_endings) and prev.lower in self.determiners | self.nominal_blockers:
            return True
        nxt = toks[i + 1] if i + 1 < clause.end else None
        return (bool(self.inflected_participle) and low.endswith(self.inflected_participle) and nxt is not None
                and nxt.text[:1].isupper() and prev.text[:1].islower() and prev.text[:1].isalpha()
                and prev.lower not in self.weak | self.coordinators | self.finite)

    def _blocked(self, doc: Doc, clause: Clause, i: int) -> bool:
        """A nominal governed by "vor", "nach", "über" ... ("Vor dem geplanten Treffen") tells no new event;
        a capitalised word in between ends the phrase ("über den NATO-Beitritt Zugeständnisse")."""
        toks = doc.tokens
        if self.vorfeld and roles_de.genitive_attribute(doc, i, clause.start, self.genitive_links, self._actor_toks):
            return True
        for j in range(i - 1, max(clause.start, i - 4) - 1, -1):
            if toks[j].lower in self.nominal_blockers:
                return True
            if toks[j].text[:1].isupper() and j != doc.sentences[toks[j].sent].tok_start:
                return False
        return False

    def _own_actor(self, doc: Doc, tok: int) -> bool:
        """A nominal trigger with its own source: an origin adjective right before it ("nordkoreanischer
        Truppenbewegungen"), a genitive actor right after it, or a possessive ("Russia's attacks")."""
        for m in self._near.get(tok, []):
            if m.tok_end == tok and m.kind in ("origin", "actor"):
                return True
            links = self.genitive_links | {"von", "of"}
            if m.tok_start in (tok + 1, tok + 2) and m.kind == "actor" and doc.tokens[tok + 1].lower in links:
                return True
        return tok >= 2 and doc.tokens[tok - 1].lower in ("'s", "’s")

    # -- roles -----------------------------------------------------------------------------------
    def _roles(self, doc: Doc, clause: Clause, trig: Trigger, actors: list[Mention], origins: list[Mention],
               inherited: Mention | None) -> tuple[Mention | None, Mention | None]:
        toks = doc.tokens
        rule = trig.rule
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
            elif not any(t.lemma in self.light_verbs for t in toks[clause.start:clause.end]):
                return None, None
        if source is None and inherited is not None:
            source = inherited  # "sie sollen ... unterstützen", "und hat ... erworben": the subject told before
            bare = [m for m in bare if m is not inherited]
            if rule.reciprocal and self._partner is not None and inherited is not self._partner:
                target = self._partner  # "Japan and the Philippines plan to expand their cooperation"
        passive = any(toks[j].lower in self.passive_aux for j in range(clause.start, clause.end)) and not trig.nominal
        agent = next((m for m in actors if m.preposition in self.agent_preps), None) if passive else None
        if passive and agent is None and self.vorfeld:  # "wurde von 200 saudischen Sicherheitskräften abgeriegelt"
            agent = roles_de.origin_agent(doc, clause.start, origins, self.agent_preps)
        if source is None:
            if agent is not None and not rule.require_military:
                source = agent
                target = target or next((m for m in bare if m is not agent), None)
            elif passive and not rule.require_military and toks[trig.tok].lower != toks[trig.tok].lemma:
                # "drei Zivilisten wurden getötet": the actor named is the patient, the doer unknown (or, for
                # arrests and bans, the state: rule.unnamed_source)
                if rule.unnamed_source not in roles_de.STATE_SECTORS:
                    return None, None
                return None, (bare[0] if bare else next((m for m in origins if m.tok_start < trig.tok), None))
            elif bare and (inherited is None or source is None):
                subjects = [m for m in bare if not roles_de.not_subject(doc, m)] if self.vorfeld and not trig.nominal else bare
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
                           and not _same_actor(m, source)
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
                                            lambda i: self._finite_after(doc, i))
            if lead is not None and lead is not source:
                source, target = lead, (None if target is lead else target)
            elif source is not None and source.tok_start > trig.tok:  # "nahmen kenianische Polizeikräfte zwei Iraner fest"
                first = roles_de.mittelfeld_origin(doc, trig.tok, source, origins, self.determiners)
                if first is not None:
                    source, target = first, (source if rule.object_target and target in (None, first) else target)
        parse = analysis_of(doc)
        parsed_co = None
        if parse is not None and not trig.nominal and self.syntax is not None:
            if clause.sent in parse.parsed or parse.parse_sentence is None:
                source, target, parsed_co = self._english_roles(doc, parse, trig, actors, source, target, inherited)
        elif parse is not None and not trig.nominal and parse.need(clause.sent):
            source, target = self._parsed_roles(parse, trig.tok, actors, source, target, rule)
        self._co_source = None
        if source is not None and source is not inherited and not rule.reciprocal and source in bare:
            k = bare.index(source)
            nxt = bare[k + 1] if k + 1 < len(bare) else None
            between = [toks[j] for j in range(source.tok_end, nxt.tok_start)] if nxt is not None else []
            if nxt is not None and not _same_actor(nxt, source) and between and all(  # "Die EU und die USA"
                    t.lower in self.coordinators or t.text == "," or t.lower in self.determiners for t in between) \
                    and any(t.lower in self.coordinators or t.text == "," for t in between):
                self._co_source = nxt  # "China und Russland haben ein Manöver begonnen": both act
                if target is nxt:
                    target = None
        if parsed_co is not None and rule.reciprocal:  # "The United States and India signed an accord"
            if target is None or target is parsed_co or (source is not None and _same_actor(target, source)):
                target = parsed_co
        elif parsed_co is not None:  # "vetoed by Russia and China": both act, neither is the target
            self._co_source = parsed_co
            target = None if target is parsed_co else target
        if source is not None and target is not None and _same_actor(source, target):
            target = None
        return source, target

    def _sentence_parse(self, doc: Doc, sent: int) -> Analysis | None:
        """The parse of a sentence that can hold an event (one with an actor), parsed on first use."""
        parse = analysis_of(doc)
        if parse is None or self.syntax is None:
            return None
        if not parse.prefetched:  # one batch for the document's sentences that can hold an event
            parse.prefetched = True
            parse.prefetch([i for i in self._by_sent if self._candidate_sentence(doc, i)])
        if sent not in parse.parsed and parse.parse_sentence is not None and not any(
                m.kind in ("actor", "origin") for m in self._by_sent.get(sent, [])):
            return None
        parse.need(sent)
        return parse

    def _candidate_sentence(self, doc: Doc, sent: int) -> bool:
        """A sentence with an actor and a word that may trigger an event: worth parsing."""
        if not any(m.kind in ("actor", "origin") for m in self._by_sent.get(sent, [])):
            return False
        s = doc.sentences[sent]
        toks = doc.tokens[s.tok_start:s.tok_end]
        if any(t.lower in self.by_noun for t in toks):
            return True
        words = {t.lower for t in toks} | {t.lemma for t in toks}
        forms = self.cues.verb_forms
        for t in toks:
            for lemma in (t.lemma, t.lower, forms.get(t.lower)):
                rules = self.by_verb.get(lemma) if lemma else None
                if rules and any(not r.with_any or words & r.with_any for r in rules):
                    return True
        return False

    def _domestic_target(self, doc: Doc, c: Clause, trig: Trigger, source: ActorRef, loc_m: Mention | None) -> ActorRef | None:
        """'Police detained dozens of opposition leaders': people of the event's place, else of the source's country."""
        parse = analysis_of(doc)
        if parse is None or self.syntax is None or c.sent not in parse.parsed:
            return None
        found = self.syntax.group_object(doc, parse, trig.tok)
        country = (loc_m.place.country if loc_m is not None and loc_m.place is not None else None) or source.country
        if found is None or not country:
            return None
        return ActorRef(found[0], _country_name(country), f"{country}-{found[1]}", country, found[1])

    def _english_nominal(self, doc: Doc, trig: Trigger, actors: list[Mention]) -> tuple[Mention, Mention | None] | None:
        """A noun trigger that is a verb's object takes the verb's subject as its source (roles_en)."""
        parse = analysis_of(doc)
        if parse is None or self.syntax is None or doc.tokens[trig.tok].sent not in parse.parsed:
            return None
        r = self.syntax.nominal_roles(doc, parse, trig.tok, actors, trig.rule.target_preps,
                                      lambda v: doc.tokens[v].lemma in self.by_verb)
        return (r.source, r.target) if r.source is not None else None

    def _english_roles(self, doc: Doc, parse: Analysis, trig: Trigger, actors: list[Mention], source: Mention | None,
                       target: Mention | None, inherited: Mention | None
                       ) -> tuple[Mention | None, Mention | None, Mention | None]:
        """Roles from the parse (roles_en); where it finds no actor, the rule result stands."""
        r = self.syntax.roles(doc, parse, trig.tok, actors, trig.rule.target_preps | trig.extra_preps,  # type: ignore[union-attr]
                              trig.rule.object_target)
        if inherited is not None and ((r.pronoun_subject and r.source is None) or inherited not in actors):
            source = inherited  # a pronoun's antecedent, or the second of two coordinated doers
        elif r.source is not None and not (trig.rule.unnamed_source and r.source.actor is not None
                                           and not r.source.actor.country and not r.source.actor.actor_id):
            source = r.source
        elif r.subject_found or r.source is not None:
            source = None  # "I commend nations such as Japan": the doer is no actor we know; Japan is not it
        if r.target is not None and r.target is not source:
            target = r.target
        elif target is source or (r.object_found and target is not None and target.tok_start > trig.tok):
            target = None  # "killed 45 people ..., the British-based observatory said": the object is no actor
        if target is r.target and r.co_target is not None and not trig.rule.reciprocal:
            self._co_target = r.co_target  # "expelled European Union and Canadian diplomats": one event each
        return source, target, r.co_source

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

    def _clause_mentions(self, doc: Doc, clause: Clause) -> list[Mention]:
        return [m for m in self._by_sent.get(clause.sent, []) if clause.start <= m.tok_start < clause.end]

    def _index(self, doc: Doc) -> None:
        """Mentions by sentence and by nearby token, computed once per document (keeps rules O(1) per token)."""
        self._by_sent: dict[int, list[Mention]] = {}
        self._near: dict[int, list[Mention]] = {}
        self._actor_toks: set[int] = set()
        for m in doc.mentions:
            self._by_sent.setdefault(doc.tokens[m.tok_start].sent, []).append(m)
            for k in (m.tok_end, m.tok_start - 1, m.tok_start - 2):
                self._near.setdefault(k, []).append(m)
            if m.kind == "actor":
                self._actor_toks.update(range(m.tok_start, m.tok_end))

    def __call__(self, doc: Doc) -> list[Event]:
        """Events of one document. The extractor itself stays immutable: everything a document
        sets while it is read (last source, partner, cue tokens, indexes) lives on a per-document
        copy, so no article can see another's state, in any order or thread."""
        return copy.copy(self)._extract(doc)

    def _extract(self, doc: Doc) -> list[Event]:
        self._index(doc)
        self._doc_country = roles_de.document_country(doc) if self.document_fallback else None
        self._last_source: Mention | None = None
        self._last_target: Mention | None = None
        self._claims = ClaimState()
        self._cue_toks: set[int] = set()
        self._co_source: Mention | None = None
        self._co_target: Mention | None = None
        events: list[Event] = []
        denials: list[Denial] = []
        subject: Mention | None = None
        self._partner: Mention | None = None
        last_source: Mention | None = None
        last_source_sent = -2
        self._last_event: tuple[int, str] | None = None
        self._last_actor: tuple[int, ActorRef] | None = None  # the source of the event told last
        prev_spans: list[AttributionSpan] = []
        prev_para = -1
        for s in doc.sentences:
            clauses = split_clauses(doc, s.i, self.breaks, self.weak, self.determiners, self.comma_breaks, self.finite,
                                    self.infinitive_markers)
            # "X wirft Y vor, ... angegriffen zu haben": the accusation, the accused, the accuser, its trigger
            accusation: tuple[Event, Mention, Mention | None, int] | None = None
            in_sent = self._by_sent.get(s.i, [])  # this sentence's mentions only: linear in the article
            spans = self.cues.attributions(doc, s.i, clauses, in_sent, self.particles, self.known_verbs, self._claims)
            sent_denials = self.cues.denials(doc, s.i, clauses, in_sent, self.particles, self.known_verbs,
                                             lambda j: self._noun_type(doc, j))
            denials.extend(sent_denials)
            denial_clauses = {id(d.clause) for d in sent_denials}
            cue_toks = {j for sp in spans for j in range(sp.cue_start, sp.cue_end)}
            self._cue_toks = cue_toks
            for sp in spans:  # "Das bestätigte der Präsident.": the speaker of what was told just before
                if sp.scope_end <= s.tok_start:
                    for e in reversed(events):  # events come in sentence order: only the tail is looked at
                        if e.evidence_sentence < s.i - 1:
                            break
                        if e.evidence_sentence == s.i - 1 and not e.attribution:
                            e.attribution = [_own_side(a, e.source) for a in sp.attributions] if e.source else []
            spans = [sp for sp in spans if sp.scope_end > s.tok_start]
            if not spans and s.paragraph == prev_para and (self._reported_speech(doc, s.tok_start, s.tok_end)
                                                           or self.cues.inside_quote(doc, s.i)):
                spans = [AttributionSpan(s.tok_start, s.tok_start, s.tok_start, s.tok_end, sp.attributions) for sp in prev_spans]
                if not spans and self._claims.last_speaker and self._claims.last_speaker_sent >= s.i - 2:
                    spans = [AttributionSpan(s.tok_start, s.tok_start, s.tok_start, s.tok_end, list(self._claims.last_speaker))]
            sent_events: list[Event] = []
            head_seen = False  # an agreement/request/refusal/threat: its infinitive complement is its content
            if s.paragraph != prev_para:
                subject = None
            for c in clauses:
                if id(c) in denial_clauses:
                    continue
                in_clause = [m for m in self._clause_mentions(doc, c) if m.tok_start not in cue_toks]
                actors = [m for m in in_clause if m.kind == "actor" and m.actor is not None and not
                          (m.is_location and m.preposition not in ("nach", "to") and m.preposition not in self.all_target_preps)]
                if self.vorfeld:  # "Der Präsident, ein Verbündeter Deutschlands, kritisierte ...": no role in an apposition
                    actors = [m for m in actors if not roles_de.in_apposition(doc, c.start, c.end, m, self.determiners,
                                                                                lambda i: self._finite_after(doc, i))]
                lead = roles_de.vorfeld_subject(doc, c.start, c.end, actors, self.determiners,
                                                lambda i: self._finite_after(doc, i)) if self.vorfeld else None
                if any(m.actor.country for m in actors if m.preposition is None  # type: ignore[union-attr]
                       and m.via not in GENERIC_VIAS):
                    actors = [m for m in actors if m.via not in GENERIC_VIAS or m is lead]  # named actors first
                origins = [m for m in in_clause if m.kind == "origin"]
                kind = self._subjectless(doc, c, actors)
                inherited = (last_source if kind == "pronoun" and c.opener is None and last_source_sent >= s.i - 1
                             else subject if kind == "ellipsis" else None)
                if inherited is None and self.vorfeld:  # ", die ebenfalls einen Beitritt der Türkei ablehnen"
                    inherited = roles_de.relative_antecedent(doc, c.start, c.opener, self._by_sent.get(s.i, []), actors)
                alleged = accusation if (accusation is not None and c.opener in self.cues.infinitive_openers
                                         and not any(m.preposition is None for m in actors)) else None
                if alleged is not None:
                    inherited = alleged[1]  # the accused did what the accusation says
                else:
                    inherited = self.cues.speaker_as_subject(doc, c, spans, doc.mentions) or inherited
                trigs = self.triggers(doc, c)
                if head_seen and c.opener in self.cues.infinitive_openers:
                    trigs = []
                head_seen = head_seen or any(not t.nominal and t.rule.type in self.complement_types for t in trigs)
                for trig in trigs:
                    self._co_source = self._co_target = None
                    gerund = self.cues.alleged_gerund(doc, c, trig.tok, accusation)
                    if gerund is not None:  # "X accused Y of sending drones": Y sends, on X's word
                        alleged = accusation
                        ev = self._event(doc, c, trig, [m for m in actors if m is not gerund], origins, in_clause, spans,
                                         accusation[1] if accusation else None)
                    else:
                        ev = self._event(doc, c, trig, actors, origins, in_clause, spans, inherited)
                    co, co_t = self._co_source, self._co_target
                    if ev is not None and co_t is not None and (ev3 := _with_target(doc, ev, co_t)) is not None \
                            and not any(_duplicate(ev3, o) and ev3.target == o.target for o in sent_events):
                        sent_events.append(ev3)
                    if ev is not None and co is not None:
                        ev2 = self._event(doc, c, trig, [m for m in actors if m is not co], origins, in_clause, spans, co)
                        if ev2 is not None and not any(_duplicate(ev2, o) for o in sent_events):
                            sent_events.append(ev2)
                    if ev is not None and alleged is not None:
                        ev.attribution = _unique([*ev.attribution, _accuser(alleged[0])])
                    if ev is not None and ev.event_type in self.allegation_types and self._last_target is not None:
                        accusation = (ev, self._last_target, self._last_source, trig.tok)
                    if ev is not None and not any(_duplicate(ev, o) for o in sent_events):
                        sent_events.append(ev)
                        last_source, last_source_sent = self._last_source, s.i
                        if ev.source is not None and ev.source.country:
                            self._last_event = (s.i, ev.source.country)
                        if ev.source is not None and (ev.source.country or ev.source.actor_id):
                            self._last_actor = (s.i, ev.source)  # an IGO (EU, NATO) can be referred to too
                bare = [m for m in actors if m.preposition is None]
                if bare and c.opener is None:
                    subject = bare[0]
                    self._partner = bare[1] if len(bare) > 1 and any(
                        doc.tokens[j].lower in self.weak for j in range(bare[0].tok_end, bare[1].tok_start)) else None
            events.extend(sent_events)
            prev_spans, prev_para = (spans or prev_spans if s.paragraph == prev_para else spans), s.paragraph
        self._apply_denials(doc, events, denials)
        return events

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

    def _reported_speech(self, doc: Doc, start: int, end: int) -> bool:
        return any(t.lower in self.cues.reported_speech for t in doc.tokens[start:end])

    def _event(self, doc: Doc, c: Clause, trig: Trigger, actors: list[Mention], origins: list[Mention],
               in_clause: list[Mention], spans: list[AttributionSpan], inherited: Mention | None) -> Event | None:
        toks = doc.tokens
        rule = trig.rule
        if rule.require_military and not trig.nominal and not self._military(doc, c, actors):
            return None
        if rule.active_only and not trig.nominal and toks[trig.tok].lower != toks[trig.tok].lemma and any(
                toks[j].lower in self.passive_aux for j in range(c.start, c.end)):
            return None
        source_m, target_m = self._roles(doc, c, trig, actors, origins, inherited)
        if self.vorfeld and (source_m is None or source_m.via in GENERIC_VIAS):
            pair = roles_de.both_sides(doc, c.start, c.end, doc.mentions)  # "trafen sich die Präsidenten beider Länder"
            source_m, target_m = pair if pair is not None else (source_m, target_m)
        loc_preps = self.location_preps if rule.movement else self.static_location_preps
        loc_m = next((m for m in in_clause if m.is_location and m.place is not None and m is not source_m
                      and m is not target_m and m.preposition in loc_preps), None)
        if source_m is None and rule.unnamed_source:
            source = (roles_de.unnamed_state(rule.unnamed_source, loc_m, self._doc_country)
                      if rule.unnamed_source in roles_de.STATE_SECTORS else None) or \
                self._unnamed_source(rule.unnamed_source, loc_m, target_m) or \
                (roles_de.unnamed_state(rule.unnamed_source, loc_m, self._doc_country) if self.document_fallback else None)
            if source is None:
                return None
        elif source_m is None:
            return None
        else:
            self._last_source = source_m
            source = _ref(source_m)
        self._last_target = target_m
        target = _ref(target_m)
        if target is None and rule.location_target and loc_m is not None and loc_m.actor is not None \
                and loc_m.preposition in self.inside_preps \
                and loc_m.actor.country and loc_m.actor.country != (source.country if source else None):
            target = _ref(loc_m)  # "im Libanon bombardiert", "in Russland eingetroffen": a whole country only
        if target is None and rule.object_target and source is not None:
            target = self._referenced_actor(doc, c, trig, source)
        if target is None and self.document_fallback and rule.object_target and source_m is not None and not trig.nominal:
            target_m = roles_de.sector_object(in_clause, source_m, trig.tok, rule.target_preps)  # "beschuldigte die Regierung"
            target = _ref(target_m)
        context_country = self._context_country(doc, c.sent)
        if source is not None and source.country is None and source.actor_id is None and context_country:
            source.country, source.actor_id = context_country, f"{context_country}-{source.sector}"  # before domestic targets
        if target is None and trig.nominal and self.vorfeld:  # "Beschuss des Gazastreifens": the place is hit
            target = roles_de.genitive_place(doc, trig.tok, in_clause, self.genitive_links)
        if target is None and rule.domestic_target and source is not None:
            target = roles_de.domestic_target(loc_m, source)
        if target is None and self.document_fallback and rule.object_target and source is not None and not trig.nominal \
                and not rule.require_target and rule.type in roles_de.STORY_TARGET_TYPES:
            target = roles_de.story_target(doc, c.start, c.end, trig.tok, self._actor_toks, self._doc_country)
        for ref in (source, target):
            if ref is not None and ref.country is None and ref.actor_id is None and context_country:
                ref.country, ref.actor_id = context_country, f"{context_country}-{ref.sector}"
        if target is not None and target.country is None and target.actor_id is None:
            target = None
        if target is None and rule.object_target and not trig.nominal and source is not None:
            target = self._domestic_target(doc, c, trig, source, loc_m)
        if target is None and rule.unnamed_source and self.syntax is not None and source is not None \
                and source.sector == rule.unnamed_source and source.country:  # a crowd protests against its government
            target = ActorRef("", _country_name(source.country), f"{source.country}-GOV", source.country, "GOV")
        if rule.require_target and target is None:
            return None
        if source is None or (source.country is None and source.actor_id is None):
            return None
        if self.vorfeld and roles_de.reporter_as_doer(source, rule.type):
            return None  # "Reuters zitierte ihn, er sei festgenommen worden": the medium reports, it does not arrest
        if rule.require_military and source is not None and source.sector is None:
            source.sector = "MIL"
            source.actor_id = f"{source.country}-MIL" if source.country and source.actor_id == source.country else source.actor_id
        etype = rule.type
        if source is not None and source.sector in rule.source_sector_types:
            etype = rule.source_sector_types[source.sector]
        if loc_m is None and source_m is not None and source_m.is_location and source_m.place is not None:
            loc_m = source_m
        sent = doc.sentences[c.sent]
        date = _nearest_date(doc.dates, toks[c.start].start, toks[c.end - 1].end, toks[trig.tok].start) or \
            _nearest_date(doc.dates, sent.start, sent.end, toks[trig.tok].start)
        quantities = _within(doc.quantities, toks[c.start].start, toks[c.end - 1].end)
        equipment = [m.actor.name for m in in_clause if m.kind == "equipment" and m.actor is not None]
        attribution = [_own_side(a, source) for a in attribution_chain(spans, trig.tok)]
        modality, hedged = self.cues.modality(doc, c, trig.tok)
        hedged = hedged or any(a.name == UNNAMED for a in attribution)
        parts = [m for m in (source_m, target_m, loc_m) if m is not None and m.tok_start >= sent.tok_start]
        start = min([toks[trig.tok].start, *(m.start for m in parts)])
        end = max([toks[trig.tok].end, *(m.end for m in parts)])
        return Event(article=doc.article.id, event_type=etype, source=source, target=target,
                     evidence_sentence=sent.i, sentence_text=doc.text[sent.start:sent.end], start=start, end=end,
                     evidence_text=doc.text[start:end],
                     trigger=toks[trig.tok].text, mode=rule.mode if etype == rule.type else None,
                     context=list(rule.context), cameo=cameo_root(etype), location=loc_m.place if loc_m else None,
                     date=date, quantities=list(quantities), equipment=equipment, modality=modality, hedged=hedged,
                     attribution=_unique(attribution))

    @staticmethod
    def _unnamed_source(sector: str, loc_m: Mention | None, target_m: Mention | None) -> ActorRef | None:
        """An unnamed crowd as source: the people of the place where it happens, else of the target's country."""
        country = (loc_m.place.country if loc_m is not None and loc_m.place is not None else None) or (
            target_m.actor.country if target_m is not None and target_m.actor is not None else None)
        if not country:
            return None
        text = loc_m.text if loc_m is not None else ""
        return ActorRef(text, _country_name(country), f"{country}-{sector}", country, sector)

    def _military(self, doc: Doc, c: Clause, actors: list[Mention]) -> bool:
        if any(m.actor is not None and m.actor.sector == "MIL" for m in actors):
            return True
        return any(t.lower in self.military_words or t.lower.endswith(self.military_heads)
                   for t in doc.tokens[c.start:c.end])

    def _noun_type(self, doc: Doc, j: int) -> str | None:
        """The event type a noun names ("troop movements", "Angriffe"), for a denial's object."""
        t = doc.tokens[j]
        rules = self.by_noun.get(t.lower) or self.by_noun.get(t.lemma.lower())
        if rules is None and self.lang == "de" and t.text[:1].isupper():
            head = next((h for h in self.noun_heads if t.lower.endswith(h)), None)
            rules = self.by_noun.get(head) if head else None
        return rules[0].type if rules else None

    @staticmethod
    def _apply_denials(doc: Doc, events: list[Event], denials: list[Denial]) -> None:
        """Link each denial to what it denies. "X denied that ...": the events of that clause, which are
        then negated claims, never facts. "X denied the troop movements": the nearest earlier event of
        that type, by the deniers if any is theirs, anywhere in the article. "X bestreitet dies": earlier
        claims that involve the deniers, in its paragraph or up to three sentences back (wire copy puts
        each sentence in a paragraph of its own), or else the claims of the sentence just before it."""
        toks = doc.tokens
        order = sorted(range(len(events)), key=lambda k: events[k].evidence_sentence)
        sents = [events[k].evidence_sentence for k in order]
        for d in denials:
            # only events up to DENIAL_REACH sentences back: linear time on very long texts
            window = order[bisect_left(sents, d.sent - DENIAL_REACH):bisect_right(sents, d.sent)]
            near_events = [events[k] for k in sorted(window)]
            last = [e for e in near_events if d.sent - e.evidence_sentence <= 2 and e.source]
            for a in d.deniers:  # "police denied the charge": the police of the side told just before
                if a.country is None and last and last[-1].source is not None and last[-1].source.country:
                    a.country = last[-1].source.country
                    a.actor_id = f"{a.country}-{a.sector}"
            d.deniers = [a for a in d.deniers if a.country]
            if not d.deniers:
                continue
            countries = {a.country for a in d.deniers}
            earlier = [e for e in near_events if e.evidence_sentence < d.sent]

            def involved(e: Event, countries: set[str | None] = countries) -> bool:
                return bool((e.source and e.source.country in countries) or (e.target and e.target.country in countries))

            if d.content is not None:
                lo, hi = toks[d.content[0]].start, toks[d.content[1] - 1].end
                chosen = [e for e in near_events if e.evidence_sentence == d.sent and lo <= e.start < hi]
                for e in chosen:
                    e.modality = "negated"
            elif d.types and (typed := [e for e in earlier if e.event_type in d.types]):
                pool = [e for e in typed if involved(e)] or typed
                last = max(e.evidence_sentence for e in pool)
                chosen = [e for e in pool if e.evidence_sentence == last]
            elif d.has_object and (pool := [e for e in earlier if involved(e)]):
                last = max(e.evidence_sentence for e in pool)  # the deniers' nearest event, any paragraph back
                chosen = [e for e in pool if e.evidence_sentence == last]
            else:
                para = doc.sentences[d.sent].paragraph
                near = [e for e in earlier if doc.sentences[e.evidence_sentence].paragraph == para
                        or d.sent - e.evidence_sentence <= 3]
                inv = [e for e in near if involved(e)]
                chosen = inv or [e for e in near if e.evidence_sentence == d.sent - 1]
                if not d.back_reference and not inv:
                    chosen = [e for e in near_events if e.evidence_sentence == d.sent]
            for e in chosen:
                for a in d.deniers:
                    if all(x.country != a.country or x.name != a.name for x in e.denied_by):
                        e.denied_by.append(a)


def _with_target(doc: Doc, ev: Event, m: Mention) -> Event | None:
    """The same event aimed at a second, coordinated target, its evidence widened to cover it."""
    target = _ref(m)
    if target is None or not (target.country or target.actor_id) or (ev.source and target.country == ev.source.country):
        return None
    start, end = min(ev.start, m.start), max(ev.end, m.end)
    return replace(ev, target=target, start=start, end=end, evidence_text=doc.text[start:end],
                   quantities=list(ev.quantities), attribution=list(ev.attribution), denied_by=list(ev.denied_by))


def _accuser(ev: Event) -> Attribution:
    """The accuser as the source of the act the accusation alleges."""
    s = ev.source
    assert s is not None
    start = (ev.start + ev.evidence_text.find(s.text)) if s.text and s.text in ev.evidence_text else None
    return Attribution(s.text, s.name, s.country, s.sector, ev.trigger, start,
                       start + len(s.text) if start is not None else None)


def _own_side(a: Attribution, source: ActorRef) -> Attribution:
    """ "the army said" about Israel's withdrawal: Israel's army; unnamed if the event's side is unknown."""
    if a.name != OWN_SIDE:
        return a
    if not source.country:
        return Attribution(a.text, UNNAMED, None, a.sector, a.cue, a.start, a.end, a.level)
    return Attribution(a.text, _country_name(source.country), source.country, a.sector, a.cue, a.start, a.end, a.level)


def _country_name(code: str) -> str:
    from ..knowledge.names import country_name

    return country_name(code)


def _ref(m: Mention | None) -> ActorRef | None:
    if m is None or m.actor is None:
        return None
    a = m.actor
    return ActorRef(a.text, a.name, a.actor_id, a.country, a.sector)


def _same_actor(a: Mention, b: Mention) -> bool:
    return a.actor is not None and b.actor is not None and a.actor.actor_id == b.actor.actor_id


def _duplicate(a: Event, b: Event) -> bool:
    """One sentence telling the same act twice ("visited Russia and held talks with Putin")."""
    def who(r: ActorRef | None) -> str | None:
        return (r.country or r.actor_id) if r is not None else None

    if a.event_type != b.event_type or who(a.source) != who(b.source):
        return False
    return who(a.target) == who(b.target) or who(a.target) is None


def _within(items: list[Any], lo: int, hi: int) -> list[Any]:
    """Items (sorted by ``start``, as the pipeline leaves them) starting in [lo, hi), by bisection."""
    return items[bisect_left(items, lo, key=lambda x: x.start):bisect_left(items, hi, key=lambda x: x.start)]


def _sentence_words(doc: Doc, sent: int) -> set[str]:
    s = doc.sentences[sent]
    return {t.lower for t in doc.tokens[s.tok_start:s.tok_end]} | {t.lemma for t in doc.tokens[s.tok_start:s.tok_end]}


def _nearest_date(dates: list[DateRef], lo: int, hi: int, at: int) -> DateRef | None:
    inside = _within(dates, lo, hi)
    return min(inside, key=lambda d: abs(d.start - at)) if inside else None


def _unique(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


__all__ = ["EventExtractor", "Rule", "Quantity"]
