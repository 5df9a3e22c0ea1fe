"""English particle verbs and undoing verbs read from the parse: "hit back at X over the remarks" replies in words,
"called off talks", "broke the truce", "scrapped the deal" undo the act their object names, and "vowed retaliation"
intends an act, not does it. Data in en/triggers.yaml (``type_context.phrasal``); empty for other languages, built
once per extractor, never changed after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ..knowledge.function_words import function_words
from ..knowledge.resources import lower_words
from ..model import Doc
from .analyser import Analysis
from .rules import Rule

_PARTICLE_DEPS = frozenset({"prt", "advmod", "compound:prt"})  # "called off" (prt), "hit back" (advmod)
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass"})
_SUBJECT_DEPS = frozenset({"nsubj"})


@dataclass(frozen=True)
class PhrasalReadings:
    """Particle readings of trigger verbs, undoing verbs of noun triggers, intent verbs with a noun object."""

    # verb lemma -> particle -> the rule to read the verb as, or None (no event)
    particles: dict[str, dict[str, Rule | None]] = field(default_factory=dict)
    # verb lemma -> particle -> the one type whose rules of the verb read only with that particle, and with it alone
    # ("called off talks": REJECT by the cancel rule's object words; "called on X" stays REQUEST)
    particle_types: dict[str, dict[str, str]] = field(default_factory=dict)
    # clause words that keep a particle verb's own reading ("struck back at the rebels with air strikes")
    keep_words: frozenset[str] = frozenset()
    # verb lemma -> particles ("" for none) with which the noun trigger it acts on is not told as done (undone or
    # weighed), no event
    untold_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    # verbs whose noun trigger subject failed: "the ceasefire collapsed"
    undo_subjects: frozenset[str] = frozenset()
    # verbs of intent: a noun trigger as their object is intended ("vowed retaliation": THREATEN)
    intent_verbs: frozenset[str] = frozenset()
    # (id of a rule, new type) -> the rule retyped, from type_context.intent.types
    _intended: dict[tuple[int, str], Rule] = field(default_factory=dict)
    _intent_types: dict[str, str] = field(default_factory=dict)
    # verbs whose THREATEN rule reads only held open ("did not rule out a strike"), and the refusing verbs that hold
    # them open from above ("refused to rule out")
    open_verbs: frozenset[str] = frozenset()
    refusing: frozenset[str] = frozenset()
    force_words: frozenset[str] = frozenset()  # the with_any words of the open verbs' THREATEN rules
    not_own: frozenset[str] = frozenset()  # "an attack by rebels", "as the cause": an act weighed, no threat
    negations: frozenset[str] = frozenset()  # "did not rule out", "has never ruled out": the threat held open
    # the plain verbs of the forceful types (``held_open.force_types``): their gerund after "rule out" is a force word
    # too ("did not rule out expelling X"), beyond the closed gerunds of the rule's own with_any (enroles38)
    force_verbs: frozenset[str] = frozenset()
    _open_threats: dict[int, Rule] = field(default_factory=dict)  # id of a THREATEN rule -> it with no pattern words

    @classmethod
    def from_data(cls, triggers: dict[str, Any], rules: list[Rule]) -> PhrasalReadings:
        data = (triggers.get("type_context") or {}).get("phrasal") or {}
        if not data:
            return cls()
        plain: dict[str, Rule] = {}
        for r in rules:
            if not r.with_any and r.type not in plain:
                plain[r.type] = r

        def rule_of(key: Any) -> Rule | None:
            if key in (None, "none"):
                return None
            etype, _, mode = str(key).partition("/")
            return replace(plain[etype], mode=mode or None)

        def particle_rule(lemma: str, key: Any) -> Rule | None:
            """The verb's own rule of that type and mode, its pattern words dropped (the particle is the pattern:
            "hit out at" lends "hit back at" its target prepositions), else the type's plain rule."""
            etype, _, mode = str(key).partition("/")
            own = next((r for r in rules if r.type == etype and r.mode == (mode or None) and lemma in r.verbs), None)
            if own is None:
                return rule_of(key)
            return replace(own, with_any=set(), with_any_tuple=(), object_words=False, object_preps=frozenset())

        particles = {str(v).lower(): {str(p).lower(): particle_rule(str(v).lower(), k) if k not in (None, "none") else None
                                      for p, k in (spec or {}).items()}
                     for v, spec in (data.get("particles") or {}).items()}
        undo = {str(v).lower(): frozenset(str(p).lower() for p in (ps or [""]))
                for v, ps in (data.get("untold_objects") or {}).items()}
        types = {str(k): str(v) for k, v in (((triggers.get("type_context") or {}).get("intent") or {}).get("types")
                                             or {}).items()}
        intended = {(id(r), t): replace(r, type=t, mode=None) for r in rules for t in set(types.values())
                    if types.get(r.type) == t}
        held = data.get("held_open") or {}
        open_verbs = lower_words(held, "verbs")
        force = frozenset(w for r in rules if r.type == "THREATEN" and r.verbs & open_verbs for w in r.with_any)
        force_types = frozenset(str(t) for t in held.get("force_types") or [])
        force_verbs = frozenset(v for r in rules if r.type in force_types and not r.with_any for v in r.verbs)
        open_threats = {id(r): replace(r, with_any=set(), with_any_tuple=(), object_words=False)
                        for r in rules if r.type == "THREATEN" and r.verbs & open_verbs}
        return cls(open_verbs=open_verbs, refusing=lower_words(held, "refusing"),
                   force_words=force, not_own=lower_words(held, "not_own"),
                   force_verbs=force_verbs, _open_threats=open_threats,
                   negations=lower_words(held, "negations"),
                   particles=particles,
                   particle_types={str(v).lower(): {str(p).lower(): str(t) for p, t in (spec or {}).items()}
                                   for v, spec in (data.get("particle_types") or {}).items()},
                   keep_words=lower_words(data, "keep_words"),
                   untold_objects=undo,
                   undo_subjects=lower_words(data, "undo_subjects"),
                   intent_verbs=lower_words(data, "intent_verbs"),
                   _intended=intended, _intent_types=types)

    @staticmethod
    def _particle(doc: Doc, parse: Analysis, v: int) -> str:
        """The particle of the verb at ``v`` in the parse ("" without one)."""
        for c in parse.children.get(v, []):
            if c > v and parse.deps.get(c) in _PARTICLE_DEPS and parse.tags.get(c) in ("RP", "RB"):
                return doc.tokens[c].lower
        return ""

    def verb(self, doc: Doc, i: int, lemma: str, candidates: list[Rule], parse: Analysis | None,
             words: set[str]) -> list[Rule]:
        """The rules of a trigger verb read with its particle: "hit back at X over the remarks" is a verbal reply
        (ACCUSE), unless the clause names arms ("struck back with missiles"); "backed down" concedes though "back" alone
        has no object to support."""
        if self._ruled_out_gerund(doc, i):
            return []  # "ruled out sending troops": the doer excludes its own act, nothing done (fuout37)
        if lemma in self.open_verbs:
            candidates = self._held_open(doc, i, candidates, parse, words)
        elif lemma in self.refusing and self._refuses_open(doc, i):
            return []  # "refused to rule out a strike": the threat held open, read at "rule"
        if lemma in self.particle_types:
            candidates = self._typed_particle(doc, i, lemma, candidates, parse)
        table = self.particles.get(lemma)
        if table is None or parse is None or i not in parse.heads:
            return candidates
        part = self._particle(doc, parse, i)
        if part not in table or words & self.keep_words:
            return candidates
        rule = table[part]
        # a particle that makes an act of a verb that had none ("backed down": "back" needs an object) reads too
        return [] if rule is None else [rule]

    def _typed_particle(self, doc: Doc, i: int, lemma: str, candidates: list[Rule], parse: Analysis | None) -> list[Rule]:
        """A particle that binds one type of the verb's rules: with it only those read ("called off the talks" is
        the cancel rule's REJECT, no appeal), without it none of them ("called for talks" cancels nothing)."""
        part = self._particle(doc, parse, i) if parse is not None and i in parse.heads else ""
        bound = self.particle_types[lemma]
        if part in bound:
            return [r for r in candidates if r.type == bound[part]]
        return [r for r in candidates if r.type not in bound.values()]

    def _held_open(self, doc: Doc, i: int, candidates: list[Rule], parse: Analysis | None, words: set[str]) -> list[Rule]:
        """"did not rule out a strike" holds force over the other side (THREATEN); "ruled out a strike" threatens
        nothing and refuses no demand, so no rule reads it; other objects ("ruled out concessions") keep the rest."""
        threats = [r for r in candidates if r.type == "THREATEN"]
        if threats and not words & self.force_words and self._force_gerund(doc, i):
            threats = [self._open_threats.get(id(r), r) for r in threats]  # "did not rule out expelling X"
        elif not threats or not words & self.force_words:
            return [r for r in candidates if r.type != "THREATEN"]
        if words & self.not_own:
            return []  # "did not rule out an attack by rebels": what happened is weighed, no threat and no refusal
        toks = doc.tokens
        negated = any(toks[j].lower in self.negations for j in range(max(0, i - 3), i)) or parse is not None and any(
            parse.deps.get(c) == "neg" for c in parse.children.get(i, []))
        to = function_words(doc.lang).infinitive_markers
        refused = i >= 2 and toks[i - 1].lower in to and toks[i - 2].lemma.lower() in self.refusing
        return threats if negated or refused else []

    def _force_gerund(self, doc: Doc, i: int) -> bool:
        """Is the open verb at ``i`` followed by its particle and a gerund of a forceful verb ("rule out expelling",
        ``force_verbs``)? The gerund's lemma, as the rules' verbs are lemmas."""
        toks, fw = doc.tokens, function_words(doc.lang)
        j = i + 2
        return j < len(toks) and toks[i + 1].lower in fw.exit_particles and toks[j].lower.endswith(fw.gerund_endings) \
            and toks[j].sent == toks[i].sent and (toks[j].lemma or "").lower() in self.force_verbs

    def _ruled_out_gerund(self, doc: Doc, i: int) -> bool:
        """Is the verb at ``i`` a gerund right after an unnegated open verb and its particle ("ruled out suing X")?
        Negated ("did not rule out suing X") the open verb's THREATEN reads instead, and the gerund is its force word."""
        toks = doc.tokens
        fw = function_words(doc.lang)
        if i < 2 or not toks[i].lower.endswith(fw.gerund_endings) or toks[i - 1].lower not in fw.exit_particles \
                or toks[i - 2].lemma.lower() not in self.open_verbs:
            return False
        return not any(toks[j].lower in self.negations or toks[j].lemma.lower() in self.refusing
                       for j in range(max(0, i - 6), i - 2))

    def _refuses_open(self, doc: Doc, i: int) -> bool:
        """Is the refusing verb at ``i`` followed by "to", an open verb and force words within its sentence ("refused
        to rule out a strike")? Its own clause ends before "to", so the words are read after it."""
        toks, to = doc.tokens, function_words(doc.lang).infinitive_markers
        if not (i + 2 < len(toks) and toks[i + 1].lower in to and toks[i + 2].lemma.lower() in self.open_verbs):
            return False
        end = doc.sentences[toks[i].sent].tok_end
        return any(toks[j].lower in self.force_words for j in range(i + 3, min(end, i + 10)))

    def undone(self, doc: Doc, i: int, parse: Analysis | None, lemma_of: Callable[[int], str]) -> bool:
        """The noun trigger at ``i`` is what a verb undoes or weighs ("broke three truces", "called off talks",
        "is weighing sanctions") or its subject failed ("the ceasefire collapsed"): the act it names is not told. ``lemma_of``:
        the verb lemma of a token ("broke": break)."""
        if parse is None or i not in parse.heads or not parse.tags.get(i, "").startswith("NN"):
            return False
        j, dep = i, parse.deps.get(i, "")
        if dep == "conj":  # "scrapped the deal and the talks"
            j = parse.heads.get(i, i)
            dep = parse.deps.get(j, "")
        v = parse.heads.get(j, j)
        if v == j or not parse.tags.get(v, "").startswith("VB"):
            return False
        lemma = lemma_of(v)
        if dep in _SUBJECT_DEPS:
            return lemma in self.undo_subjects
        parts = self.untold_objects.get(lemma)
        return dep in _OBJECT_DEPS and parts is not None and self._particle(doc, parse, v) in parts

    def intended(self, doc: Doc, i: int, parse: Analysis | None, rules: list[Rule]) -> list[Rule]:
        """A noun trigger that an intent verb acts on is intended, not done: "vowed retaliation against X" threatens
        (CAMEO 13), "pledged reconstruction" is an intent to cooperate; the types as type_context.intent's."""
        if not rules or not self.intent_verbs or parse is None or parse.deps.get(i) not in _OBJECT_DEPS:
            return rules
        v = parse.heads.get(i, i)
        if v == i or doc.tokens[v].lemma.lower() not in self.intent_verbs:
            return rules
        new = self._intended.get((id(rules[0]), self._intent_types.get(rules[0].type, "")))
        return rules if new is None else [new]
