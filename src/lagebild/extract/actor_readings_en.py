"""English trigger verbs whose type the actor they name decides, read from the parse. By the subject: a state, a
government, a ministry or an envoy that "protested", or a protest made "formally", is a diplomatic protest (PLOVER
ACCUSE disapprove), not a demonstration (PLOVER PROTEST), which people make. By the object: "recognized Palestine"
recognises a state (PLOVER SUPPORT, CAMEO 054), "recognized the importance of trade" no one. Data in en/triggers.yaml
(``type_context.actor_readings``); empty for other languages, built once per extractor, never changed after."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Doc, Mention
from .analyser import Analysis
from .rules import Rule

_SUBJECT_DEPS = frozenset({"nsubj"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_MANNER_DEPS = frozenset({"advmod"})


@dataclass(frozen=True)
class ActorReading:
    """One verb's reading by an actor it names: the rule to read it as; the subject heads, subject actor sectors and
    manner adverbs that call for it, and the subject heads that never do (people of a sector: "government workers
    protested"); or the actor sectors of its object that call for it."""

    rule: Rule
    doers: frozenset[str]
    manners: frozenset[str]
    sectors: frozenset[str] = frozenset()
    not_doers: frozenset[str] = frozenset()
    object_sectors: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ActorReadings:
    """Verb lemma -> the reading its subject, manner or object calls for; verbs not listed keep their rules."""

    readings: dict[str, ActorReading] = field(default_factory=dict)

    @classmethod
    def from_data(cls, triggers: dict[str, Any], rules: list[Rule]) -> ActorReadings:
        specs = (triggers.get("type_context") or {}).get("actor_readings") or []
        plain: dict[str, Rule] = {}
        for r in rules:  # the plain rule of a type (no pattern word) gives a re-read verb its roles
            if not r.with_any and r.type not in plain:
                plain[r.type] = r
        readings: dict[str, ActorReading] = {}
        for spec in specs:
            rule = replace(plain[str(spec["type"])], mode=spec.get("mode"))
            reading = ActorReading(rule, *(frozenset(str(w).lower() for w in spec.get(key) or [])
                                           for key in ("doers", "manners")),
                                   *(frozenset(str(w) for w in spec.get(key) or []) for key in ("sectors",)),
                                   frozenset(str(w).lower() for w in spec.get("not_doers") or []),
                                   frozenset(str(w) for w in spec.get("object_sectors") or []))
            for verb in spec.get("verbs") or []:
                readings[str(verb).lower()] = reading
        return cls(readings)

    def verb(self, doc: Doc, i: int, lemma: str, candidates: list[Rule], parse: Analysis | None,
             mentions: list[Mention]) -> list[Rule]:
        """The verb's rules, or the one the actor it names calls for ("the foreign ministry protested to Japan":
        ACCUSE; "recognized Palestine": SUPPORT); ``mentions``: those of the verb's sentence."""
        reading = self.readings.get(lemma)
        if reading is None or parse is None or i not in parse.heads:
            return candidates
        if reading.object_sectors and _actor_of(parse, i, _OBJECT_DEPS, reading.object_sectors, mentions):
            return [reading.rule]
        if candidates and self._official(doc, i, parse, reading, mentions):
            return [reading.rule]
        return candidates

    @staticmethod
    def _official(doc: Doc, i: int, parse: Analysis, reading: ActorReading, mentions: list[Mention]) -> bool:
        """The verb's subject head is one of the doers or stands in an actor of one of the sectors ("China", "the
        government"), or a manner adverb of the verb is one of the manners. A verb joined to another ("summoned the
        envoy and protested") reads the first verb's subject."""
        toks = doc.tokens
        head = parse.heads[i] if parse.deps.get(i) == "conj" and parse.heads.get(i, i) != i else i
        subjects = [c for c in parse.children.get(head, []) if parse.deps.get(c) in _SUBJECT_DEPS
                    and toks[c].lower not in reading.not_doers]
        if any(toks[c].lower in reading.doers or toks[c].lemma in reading.doers for c in subjects):
            return True
        if reading.sectors and _actor_of(parse, head, _SUBJECT_DEPS, reading.sectors, mentions,
                                         skip=lambda c: toks[c].lower in reading.not_doers):
            return True
        return any(parse.deps.get(c) in _MANNER_DEPS and toks[c].lower in reading.manners
                   for c in parse.children.get(i, []))


def _actor_of(parse: Analysis, i: int, deps: frozenset[str], sectors: frozenset[str], mentions: list[Mention],
              skip: Any = None) -> bool:
    """Whether a dependent of ``i`` by one of ``deps`` has its head word inside an actor of one of ``sectors``."""
    heads = [c for c in parse.children.get(i, []) if parse.deps.get(c) in deps and not (skip and skip(c))]
    return any(m.tok_start <= c < m.tok_end and m.actor is not None and m.actor.sector in sectors
               for c in heads for m in mentions)
