"""English roles of noun triggers over the spaCy parse (a mixin of role_finder_en.EnglishRoleFinder): the doer and target
a noun names itself ("Russia's invasion of Ukraine"), a possessive pronoun's owner, the subject of the verb whose object
the noun is ("launched air strikes on Syria"), partners of an exchange and a hyphened prefix's side ("anti-American").
Split from role_finder_en.py, which reads a verb trigger's roles."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..model import Doc, Mention
from .analyser import Analysis, analysis_of
from .event_parts import same_actor
from .relatives_en import object_relative
from .rules import Trigger


class EnglishNounTriggerRoles:
    """Stateless readings of a noun trigger's roles; the attributes and the other readings are EventExtractor's."""

    syntax: Any
    yielding_verbs: set[str]
    _by_sent: dict[int, list[Mention]]
    _co_source: Mention | None

    def _english_noun(self, doc: Doc, trig: Trigger, actors: list[Mention], origins: list[Mention]
                      ) -> tuple[Mention, Mention | None] | None:
        """Doer and target a noun trigger names itself ("Russia's invasion of Ukraine", "the attack on X by Y",
        "the Chinese ban on Australian coal": roles_en_groups.noun_roles); None where it names no doer."""
        parse = analysis_of(doc) if self.syntax is not None else None
        if parse is None or self._sentence_parse(doc, doc.tokens[trig.tok].sent) is None or trig.tok not in parse.deps:
            return None
        return self.syntax.noun_roles(doc, parse, trig.tok, sorted([*actors, *origins], key=lambda m: m.tok_start),  # type: ignore[union-attr]
                                      trig.rule.object_target, trig.rule.target_preps | trig.extra_preps, trig.rule.type)

    def _noun_co_targets(self, doc: Doc, source: Mention, target: Mention | None) -> list[Mention]:
        """The further sides joined to a noun trigger's own target by "and" ("Egypt's mediation between Israel and
        Hamas", "Russia's sanctions on Britain and Canada"): one event each, as a verb's list of objects gives."""
        parse = analysis_of(doc)
        if target is None or parse is None:
            return []
        return [o for o in self._coordinated(doc, parse, target) if not same_actor(o, source)]

    def _owner_roles(self, doc: Doc, trig: Trigger, actors: list[Mention]) -> tuple[Mention, Mention | None] | None:
        """A noun trigger owned by a possessive pronoun that names no doer of its own: the doer the pronoun names back
        (role_speakers_en._pronoun_owner) and the target the noun's prepositions name; None elsewhere (and in German)."""
        parse = analysis_of(doc) if self.syntax is not None and trig.nominal else None
        if parse is None or self._sentence_parse(doc, doc.tokens[trig.tok].sent) is None or trig.tok not in parse.deps:
            return None
        owner = self._pronoun_owner(doc, parse, trig.tok)
        if owner is None:
            return None
        target = self.syntax.roles(doc, parse, trig.tok, actors, trig.rule.target_preps).target  # type: ignore[union-attr]
        return owner, (target if target is not None and not same_actor(target, owner) else None)

    def _traded_partner(self, doc: Doc, parse: Analysis, trig: Trigger, source: Mention, inherited: Mention | None,
                        actors: list[Mention]) -> Mention | None:
        """'India and Pakistan traded accusations / exchanged fire': a noun trigger that is the object of a verb of
        exchange (``parse_roles.exchange_verbs``) is done by its coordinated subjects to each other."""
        n = trig.tok
        v = parse.heads.get(n, n)
        if parse.deps.get(n) not in ("dobj", "obj") or doc.tokens[v].lemma not in self.syntax.exchange_verbs:  # type: ignore[union-attr]
            return None
        if self._co_source is not None and self._co_source is not source:
            return self._co_source
        if inherited is not None and source is inherited:  # the second doer's partner is the first
            first = self.syntax.roles(doc, parse, v, actors, set()).source  # type: ignore[union-attr]
            if first is not None and first is not source:
                return first
        return self._coordinated_with(doc, parse, source)  # "Israeli and Lebanese troops exchanged fire": the other

    def _english_nominal(self, doc: Doc, trig: Trigger, actors: list[Mention]
                         ) -> tuple[Mention | None, Mention | None] | None:
        """A noun trigger that is a verb's object takes the verb's subject as its source (roles_en);
        (None, None) where that subject is no actor; None where the parse does not tell."""
        parse = analysis_of(doc)
        if parse is None or self._sentence_parse(doc, doc.tokens[trig.tok].sent) is None:
            return None
        if (announcer := self._announcer(doc, parse, trig.tok, actors)) is not None:  # "X announced new aid for Y"
            actors = sorted([*actors, announcer], key=lambda m: m.tok_start)
        if object_relative(parse, trig.tok) is not None:
            # "The strike that Israel carried out on Syria": the relative clause, a clause of its own, names the roles
            actors = [m for m in self._by_sent.get(doc.tokens[trig.tok].sent, []) if m.kind == "actor" and m.actor is not None]
        r = self.syntax.nominal_roles(doc, parse, trig.tok, actors, trig.rule.target_preps,
                                      lambda v: doc.tokens[v].lemma not in self.yielding_verbs  # "imposed a blockade"
                                      and self._event_verb(doc.tokens[v].lemma, doc.tokens[trig.tok]))
        if r.source is None and r.subject_found and trig.rule.type in self.syntax.crowd_types \
                and parse.deps.get(trig.tok) in ("dobj", "obj") \
                and (v := parse.heads.get(trig.tok, trig.tok)) != trig.tok and not self._event_verb(doc.tokens[v].lemma):
            # "Algerian landowners began a hunger strike": the nationality of a subject that is no actor
            sent = doc.tokens[trig.tok].sent
            origins = [m for m in self._by_sent.get(sent, []) if m.kind == "origin"]
            if (found := self._subject_origin(doc, parse, v, sent, origins)) is not None:
                return found, r.target
        if r.source is None and r.target is not None and trig.rule.type in self.syntax.ngo_types and (
                g := self.syntax.ngo_giver(doc, parse, trig.tok, self.syntax.receiving_verbs)) is not None:
            return self._ngo_at(doc, g), r.target  # "China has drawn criticism from human-rights groups"
        if r.source is not None and r.target is None:  # "launched air strikes on Syrian positions": as for a verb
            origins = [m for m in self._by_sent.get(doc.tokens[trig.tok].sent, []) if m.kind == "origin"]
            found = self.syntax.prep_origin(doc, parse, trig.tok, trig.rule.target_preps | trig.extra_preps, origins,
                                            trig.rule.type in self.syntax.aimed_place_types, True)  # "imposed a blockade on"
            r = replace(r, target=None if found is None or same_actor(found, r.source) else found)
        return (r.source, r.target) if r.source is not None else ((None, None) if r.subject_found else None)

    def _prefixed_aim(self, doc: Doc, trig: Trigger, source: Mention | None) -> Mention | None:
        """The side a hyphened prefix before the trigger noun aims it at ("anti-American protests": lexicon
        prefix_prepositions gives the mention the preposition "against"), where the rule takes that preposition
        and the side is not the source's own."""
        own = source.actor.country if source is not None and source.actor is not None else None
        sent = self._by_sent.get(doc.tokens[trig.tok].sent, [])
        toks = doc.tokens

        def before(m: Mention) -> bool:  # the noun's modifier, or that of a verb's object of no actor ("chanted
            return m.tok_end in (trig.tok, trig.tok - 1) or (  # anti-American slogans": not "beat anti-war protesters")
                trig.tok < m.tok_start <= trig.tok + 4 and m.tok_end < len(toks) and toks[m.tok_end].text.islower()
                and not any(o.tok_start <= m.tok_end < o.tok_end for o in sent))
        return next((m for m in sent if before(m) and m.actor is not None and m.actor.country
                     and m.actor.country != own and m.preposition in trig.rule.target_preps
                     and m.tok_start >= 2 and doc.tokens[m.tok_start - 1].text == "-"), None)

