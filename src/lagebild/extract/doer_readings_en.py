"""English trigger verbs whose type their doer decides, read from the parse: a state, a government, a ministry or an
envoy that "protested", or a protest made "formally", is a diplomatic protest (PLOVER ACCUSE disapprove), not a
demonstration (PLOVER PROTEST), which people make. Data in en/triggers.yaml (``type_context.doer_readings``); empty
for other languages, built once per extractor, never changed after."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Doc, Mention
from .analyser import Analysis
from .rules import Rule

_SUBJECT_DEPS = frozenset({"nsubj"})
_MANNER_DEPS = frozenset({"advmod"})


@dataclass(frozen=True)
class DoerReading:
    """One verb's reading by its doer: the rule to read it as, the subject heads, actor sectors and manner adverbs that
    call for it, and the subject heads that never do (people of a sector: "government workers protested")."""

    rule: Rule
    doers: frozenset[str]
    manners: frozenset[str]
    sectors: frozenset[str] = frozenset()
    not_doers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DoerReadings:
    """Verb lemma -> the reading its doer or manner calls for; verbs not listed keep their rules."""

    readings: dict[str, DoerReading] = field(default_factory=dict)

    @classmethod
    def from_data(cls, triggers: dict[str, Any], rules: list[Rule]) -> DoerReadings:
        specs = (triggers.get("type_context") or {}).get("doer_readings") or []
        plain: dict[str, Rule] = {}
        for r in rules:  # the plain rule of a type (no pattern word) gives a re-read verb its roles
            if not r.with_any and r.type not in plain:
                plain[r.type] = r
        readings: dict[str, DoerReading] = {}
        for spec in specs:
            rule = replace(plain[str(spec["type"])], mode=spec.get("mode"))
            reading = DoerReading(rule, *(frozenset(str(w).lower() for w in spec.get(key) or [])
                                          for key in ("doers", "manners")),
                                  frozenset(str(w) for w in spec.get("sectors") or []),
                                  frozenset(str(w).lower() for w in spec.get("not_doers") or []))
            for verb in spec.get("verbs") or []:
                readings[str(verb).lower()] = reading
        return cls(readings)

    def verb(self, doc: Doc, i: int, lemma: str, candidates: list[Rule], parse: Analysis | None,
             mentions: list[Mention]) -> list[Rule]:
        """The verb's rules, or the one its doer calls for ("the foreign ministry protested to Japan": ACCUSE);
        ``mentions``: those of the verb's sentence."""
        reading = self.readings.get(lemma)
        if reading is None or not candidates or parse is None or i not in parse.heads:
            return candidates
        return [reading.rule] if self._official(doc, i, parse, reading, mentions) else candidates

    @staticmethod
    def _official(doc: Doc, i: int, parse: Analysis, reading: DoerReading, mentions: list[Mention]) -> bool:
        """The verb's subject head is one of the doers or stands in an actor of one of the sectors ("China", "the
        government"), or a manner adverb of the verb is one of the manners. A verb joined to another ("summoned the
        envoy and protested") reads the first verb's subject."""
        toks = doc.tokens
        head = parse.heads[i] if parse.deps.get(i) == "conj" and parse.heads.get(i, i) != i else i
        subjects = [c for c in parse.children.get(head, []) if parse.deps.get(c) in _SUBJECT_DEPS
                    and toks[c].lower not in reading.not_doers]
        if any(toks[c].lower in reading.doers or toks[c].lemma in reading.doers for c in subjects):
            return True
        if any(m.tok_start <= c < m.tok_end and m.actor is not None and m.actor.sector in reading.sectors
               for c in subjects for m in mentions):
            return True
        return any(parse.deps.get(c) in _MANNER_DEPS and toks[c].lower in reading.manners
                   for c in parse.children.get(i, []))
