"""German verb triggers read in their clause: general verbs that are events only in one of their senses.
"sich verteidigen" defends oneself, "begrüßte die Besucher" greets, "verteidigte seinen Titel" is sport,
"ist jetzt gefordert" is challenged, "hat dem Gesetzentwurf zugestimmt" passes a law, no agreement between
actors; a verb that ends or halts the act its object noun names gives it the opposite type ("stellte die
Luftangriffe ein": RETREAT, "setzte die Militärhilfe aus": SANCTION). The readings are data (``readings`` in
resources/de/triggers.yaml), built once per extractor, never changed after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import ResourceError
from ..knowledge.function_words import function_words
from ..knowledge.resources import lower_words
from ..language.suffixes import split_whole
from ..model import Doc
from . import object_phrases_de
from .rules import Rule, Trigger

# what may close a sentence after its last word: quotes of every convention, a bracket
_TRAILING = "\"'“”„«»‘’)"


@dataclass(frozen=True)
class ObjectReading:
    """Clause words that make a verb no event of the given types, unless one of ``unless`` is there too."""

    types: frozenset[str]
    words: tuple[str, ...]  # lower case; a clause word equal to one or a compound ending in one
    whole: frozenset[str]  # written "=wort" in the data: the whole word only
    unless: tuple[str, ...] = ()
    unless_whole: frozenset[str] = frozenset()  # "=wort" in ``unless``: the whole word only ("=im" is no "Kim")
    sentence: bool = False  # the words may stand anywhere in the sentence ("eine Umfrage, derzufolge sich 93 Prozent ...")
    every: bool = False  # words: ["*"]: the verb is no event of these types unless one of ``unless`` is there
    next_to: bool = False  # the word must head the noun phrase next to the verb (its object: "hat 17 Opfer gefordert")
    before: frozenset[str] = frozenset()  # nouns: the reading holds only right after one of these words ("in Angriff")

    def cancels(self, words: set[str]) -> bool:
        """Whether the clause's words show the verb's other sense."""
        def hit(ends: tuple[str, ...], exact: frozenset[str] = frozenset()) -> bool:
            return bool(words & exact) or (bool(ends) and any(w.endswith(ends) for w in words))

        return (self.every or hit(self.words, self.whole)) and not hit(self.unless, self.unless_whole)


def _fused_zu(low: str, lemma: str, markers: frozenset[str]) -> bool:
    """A zu-infinitive written as one word: a marker ("zu", the lexicon's ``fused_infinitive_markers``) inside it,
    and the word without it is its lemma ("auszugehen")."""
    return low != lemma and any(low[k:k + len(z)] == z and low[:k] + low[k + len(z):] == lemma
                                for z in markers for k in range(2, len(low) - 1 - len(z)))


@dataclass(frozen=True)
class GermanReadings:
    """Per verb lemma: the types its reflexive use cancels, object readings, and whether its participle after
    "sein" without an agent is a state ("ist gefordert"); empty for a language without the data."""

    reflexive: dict[str, frozenset[str]] = field(default_factory=dict)
    objects: dict[str, tuple[ObjectReading, ...]] = field(default_factory=dict)
    stative: frozenset[str] = frozenset()
    reflexive_pronouns: frozenset[str] = frozenset()
    state_auxiliaries: frozenset[str] = frozenset()  # forms of "sein"
    process_auxiliaries: frozenset[str] = frozenset()  # "worden", "hatte": a passive or perfect of the act, no state
    state_agents: frozenset[str] = frozenset()  # "von", "durch": an agent named, so a process, no state
    not_heads: tuple[str, ...] = ()  # words that end in a trigger noun without being its compound ("Reinigung")
    # both auxiliary sets, united once here (object_phrases_de.next_to asks per verb)
    auxiliaries: frozenset[str] = field(init=False, default=frozenset())
    nouns: dict[str, tuple[ObjectReading, ...]] = field(default_factory=dict)  # noun (or compound head) -> readings
    # phase verb lemma -> {type of its object noun: type of the verb's act} ("einstellen": {ASSAULT: RETREAT})
    phases: dict[str, dict[str, str]] = field(default_factory=dict)
    phase_blockers: frozenset[str] = frozenset()  # a preposition before the noun: no object ("nach den Angriffen")
    # phase noun -> {type of the act noun in its genitive: type of the whole} ("die Aufhebung der Sanktionen": CONCEDE)
    phase_nouns: dict[str, dict[str, str]] = field(default_factory=dict)
    genitive_articles: frozenset[str] = frozenset()  # "der", "des": the act noun is the phase noun's genitive
    # verb lemma -> types it is no event of where a "dass" clause right after it is its object ("wurde festgehalten, dass")
    clause_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    complementisers: frozenset[str] = frozenset()
    # verb lemma -> types it is no event of with a fused zu-infinitive after it in its clause ("droht auszugehen")
    infinitive_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    definite_articles: frozenset[str] = frozenset()  # "die Opfer" next to the verb may be its subject: no object read
    # a participle form that is also the present of another verb, read as the participle only with an auxiliary in its
    # clause ("Die Regierung gelobt Transparenz": geloben, a vow; "hat die Polizei gelobt": loben, praise)
    auxiliary_participles: dict[str, str] = field(default_factory=dict)
    past_forms: dict[str, str] = field(default_factory=dict)  # "gelobte": finite, only "geloben"'s ("loben": "lobte")
    attributive_markers: frozenset[str] = frozenset()  # articles before an attributive participle ("die gelobte")
    attributive_agents: frozenset[str] = frozenset()  # "von": "die von Experten gelobte Reform"
    count_nouns: tuple[str, ...] = ()  # capitalised numbers inside a noun phrase ("Hunderte Opfer", "Zehntausende")
    attribute_endings: tuple[str, ...] = ()  # an adjective's endings inside a noun phrase ("zahlreiche"; object_phrases_de)
    polite_particles: frozenset[str] = frozenset()  # "bitte" in a polite address ("Beschreiben Sie bitte"): no verb
    polite_pronouns: frozenset[str] = frozenset()  # the capitalised "Sie" of a polite address, never sentence-first
    question_marks: frozenset[str] = frozenset()  # what closes a direct question ("?")
    question_openers: frozenset[str] = frozenset()  # a speaker label's colon or an opening quote: a question starts after
    relative_pronouns: frozenset[str] = frozenset()  # ", die er unterzeichnet hat": the noun before reads as the object

    def __post_init__(self) -> None:
        object.__setattr__(self, "auxiliaries", self.process_auxiliaries | self.state_auxiliaries)

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> GermanReadings:
        """The readings of triggers.yaml ``readings``; a malformed entry is a ResourceError naming it."""
        if not data:
            return cls()
        try:
            reflexive = {str(v).lower(): frozenset(str(t) for t in types)
                         for v, types in (data.get("reflexive_no_event") or {}).items()}
            objects: dict[str, list[ObjectReading]] = {}
            nouns: dict[str, list[ObjectReading]] = {}
            for spec in [*(data.get("object_no_event") or []), *(data.get("noun_no_event") or [])]:
                words = [str(w).lower() for w in spec["words"]]
                reading = ObjectReading(frozenset(str(t) for t in spec["types"]), *split_whole(words),
                                        *split_whole(str(w).lower() for w in spec.get("unless") or []),
                                        bool(spec.get("sentence")), "*" in words, bool(spec.get("next_to")),
                                        lower_words(spec, "before"))
                for v in spec.get("verbs") or []:
                    objects.setdefault(str(v).lower(), []).append(reading)
                for n in spec.get("nouns") or []:
                    nouns.setdefault(str(n).lower(), []).append(reading)
                if not spec.get("verbs") and not spec.get("nouns"):
                    raise KeyError("verbs or nouns")
            phases = {str(v).lower(): {str(a): str(b) for a, b in group["types"].items()}
                      for group in (data.get("phase_verbs") or []) for v in group["verbs"]}
            phase_nouns = {str(n).lower(): {str(a): str(b) for a, b in group["types"].items()}
                           for group in (data.get("phase_nouns") or []) for n in group["nouns"]}
        except (KeyError, TypeError, AttributeError) as exc:
            raise ResourceError(f"triggers.yaml readings: malformed entry ({exc})") from exc
        clause = data.get("clause_object_no_event") or {}
        return cls(phases=phases, phase_nouns=phase_nouns,
                   infinitive_objects={str(v).lower(): frozenset(str(t) for t in types)
                                       for v, types in (data.get("fused_infinitive_no_event") or {}).items()},
                   clause_objects={str(v).lower(): frozenset(str(t) for t in types)
                                   for v, types in (clause.get("verbs") or {}).items()},
                   complementisers=lower_words(clause, "complementisers"),
                   genitive_articles=lower_words(data, "genitive_articles"),
                   definite_articles=lower_words(data, "definite_articles"),
                   auxiliary_participles={str(k).lower(): str(v).lower()
                                          for k, v in (data.get("auxiliary_participles") or {}).items()},
                   past_forms={str(k).lower(): str(v).lower() for k, v in (data.get("past_forms") or {}).items()},
                   attributive_markers=lower_words(data, "attributive_markers"),
                   attributive_agents=lower_words(data, "attributive_agents"),
                   polite_particles=lower_words(data, "polite_particles"),
                   polite_pronouns=frozenset(str(w) for w in data.get("polite_pronouns") or []),
                   question_marks=frozenset(str(w) for w in data.get("question_marks") or []),
                   question_openers=frozenset(str(w) for w in data.get("question_openers") or []),
                   relative_pronouns=lower_words(data, "relative_pronouns"),
                   count_nouns=tuple(str(w).lower() for w in data.get("count_nouns") or []),
                   attribute_endings=tuple(str(w).lower() for w in data.get("attribute_endings") or []),
                   phase_blockers=lower_words(data, "phase_blockers"),
                   reflexive=reflexive, objects={k: tuple(v) for k, v in objects.items()},
                   nouns={k: tuple(v) for k, v in nouns.items()},
                   stative=lower_words(data, "stative_participles"),
                   reflexive_pronouns=frozenset(data.get("reflexive_pronouns") or []),
                   state_auxiliaries=frozenset(data.get("state_auxiliaries") or []),
                   process_auxiliaries=frozenset(data.get("process_auxiliaries") or []),
                   state_agents=lower_words(data, "state_agents"),
                   not_heads=tuple(str(w).lower() for w in data.get("not_heads") or []))

    def false_head(self, word: str, head: str) -> bool:
        """Whether ``word`` only seems to end in the trigger noun ``head``: it ends in a longer word of another
        sense ("Stadtreinigung" ends in "Reinigung", not in "Einigung"; "Wiedervereinigung" is no agreement)."""
        return any(word.endswith(n) and len(n) > len(head) for n in self.not_heads)

    def lemma(self, doc: Doc, i: int, start: int, end: int, lemma: str) -> str:
        """The lemma of the verb at ``i`` where its form is a participle only beside an auxiliary: without one in the
        clause [start, end) it is the present of another verb ("gelobt Transparenz": geloben, not loben)."""
        if (past := self.past_forms.get(doc.tokens[i].lower)) is not None and not self._attributive(doc, i):
            return past  # "Die Regierung gelobte Besserung": the past of "geloben"
        other = self.auxiliary_participles.get(doc.tokens[i].lower)
        if other is None or any(t.lower in self.process_auxiliaries or t.lower in self.state_auxiliaries
                                for t in doc.tokens[start:end]):
            return lemma
        return other

    def polite_particle(self, doc: Doc, i: int) -> bool:
        """The word at ``i`` is the particle of a polite address, no verb: "Beschreiben Sie bitte", "Können Sie bitte"
        (right after a formal "Sie" inside the sentence). An interviewer asks the interviewee to speak; nobody demands
        anything of a side."""
        toks = doc.tokens
        return toks[i].lower in self.polite_particles and i - 1 > doc.sentences[toks[i].sent].tok_start \
            and toks[i - 1].text in self.polite_pronouns

    def _attributive(self, doc: Doc, i: int) -> bool:
        """The inflected participle at ``i`` qualifies a noun: an article right before it ("die gelobte Reform") or
        an agent phrase opened after an article ("die von Experten gelobte Reform"), so it is no finite verb."""
        toks, first = doc.tokens, doc.sentences[doc.tokens[i].sent].tok_start
        return i > first and (toks[i - 1].lower in self.attributive_markers or any(
            toks[k].lower in self.attributive_agents and toks[k - 1].lower in self.attributive_markers
            for k in range(max(first + 1, i - 5), i - 1)))

    def polite_question(self, doc: Doc, start: int) -> bool:
        """The clause at ``start`` is an interviewer's question: it opens its sentence with a verb, the formal "Sie"
        next, and the sentence ends in "?" ("Fordern Sie Sanktionen?", "Unterstützen Sie die Regierung?"). It asks the
        one addressed; nobody has done anything. A reported question ("fragte, ob ...") opens no sentence."""
        if not self.polite_pronouns:
            return False
        toks, sent = doc.tokens, doc.sentences[doc.tokens[start].sent]
        first = next((j for j in range(sent.tok_start, sent.tok_end) if toks[j].text[:1].isalpha()), None)
        last = _last_mark(doc, sent.tok_start, sent.tok_end)
        return first is not None and start <= first and first + 1 < sent.tok_end \
            and toks[first + 1].text in self.polite_pronouns and last is not None and toks[last].text == "?"

    def direct_question(self, doc: Doc, start: int) -> bool:
        """The clause at ``start`` is part of a direct question: its sentence ends in "?" and no speaker colon or opening
        quote stands between it and the mark ("STANDARD: Warum kritisieren Sie die Regierung?", "Wie kann die EU
        reagieren, um Druck auszuüben?"). A question asks; it tells no act. A statement before a quoted question
        ("hatte gefragt: „Was ...?“") keeps its events."""
        if not self.question_marks:
            return False
        toks, sent = doc.tokens, doc.sentences[doc.tokens[start].sent]
        last = _last_mark(doc, sent.tok_start, sent.tok_end)
        if last is None or last < start or toks[last].text not in self.question_marks:
            return False
        first = next((j for j in range(start, last) if toks[j].text[:1].isalnum()), last)
        return not any(toks[j].text in self.question_openers for j in range(first, last))

    def verb(self, doc: Doc, i: int, start: int, end: int, lemma: str, candidates: list[Rule]) -> list[Rule]:
        """The candidate rules of the verb at ``i`` that its clause leaves standing."""
        if not candidates or not (lemma in self.reflexive or lemma in self.objects or lemma in self.stative
                                  or lemma in self.clause_objects or lemma in self.infinitive_objects):
            return candidates
        antecedent = self._antecedent(doc, i, start)
        if i > start and doc.tokens[i - 1].text == ",":
            start = i  # "Die EU wird Sanktionen verhängen, drohte Frankreich": the words before are the fronted content's
        toks = doc.tokens[start:end]
        words = {t.lower for t in toks} | {t.lemma for t in toks} | antecedent
        if lemma in self.stative and self._state(doc, i, start, end, words):
            return []  # "Jetzt ist der Aufsichtsrat gefordert": challenged, nobody demands
        gone = set(self.reflexive.get(lemma, ())) if words & self.reflexive_pronouns else set()
        if lemma in self.clause_objects and self._states_that(doc, i):
            gone |= self.clause_objects[lemma]
        zu = function_words(doc.lang).fused_infinitive_markers
        if lemma in self.infinitive_objects and any(_fused_zu(t.lower, t.lemma, zu) for t in doc.tokens[i + 1:end]):
            gone |= self.infinitive_objects[lemma]
        sent = doc.sentences[doc.tokens[i].sent]
        whole = {w for t in doc.tokens[sent.tok_start:sent.tok_end] for w in (t.lower, t.lemma)}
        for reading in self.objects.get(lemma, ()):
            if reading.next_to:
                if any(reading.cancels({doc.tokens[k].lower}) for k in object_phrases_de.next_to(doc, i, start, end, self)):
                    gone |= reading.types  # "hat 17 Opfer gefordert": lives claimed; "die Angehörigen der Opfer fordern"
            elif reading.cancels(whole if reading.sentence else words):
                gone |= reading.types
        return [r for r in candidates if r.type not in gone]

    def _antecedent(self, doc: Doc, i: int, start: int) -> set[str]:
        """The noun a relative clause hangs on, where the verb at ``i`` stands in one opened at ``start`` by a comma and
        a relative pronoun: "die Verordnung, die er am Freitag unterzeichnet hat" signs the decree, so the decree is read
        as the verb's object beside the clause's own words."""
        toks = doc.tokens
        first = doc.sentences[toks[i].sent].tok_start
        j = start + 1 if start < i and toks[start].text == "," else start
        if not self.relative_pronouns or j >= i or toks[j].lower not in self.relative_pronouns or j - 2 < first \
                or toks[j - 1].text != "," or not toks[j - 2].text[:1].isupper():
            return set()
        return {toks[j - 2].lower, toks[j - 2].lemma}

    def _states_that(self, doc: Doc, i: int) -> bool:
        """Whether a "dass" clause follows the verb at ``i`` after at most its particle or auxiliaries ("hielt fest,
        dass", "wurde festgehalten, dass"): the clause is what is recorded, no person is held."""
        toks, sent = doc.tokens, doc.sentences[doc.tokens[i].sent]
        j = i + 1
        while j < sent.tok_end and j <= i + 3 and toks[j].text.isalpha() and toks[j].text[:1].islower():
            j += 1
        return j + 1 < sent.tok_end and toks[j].text == "," and toks[j + 1].lower in self.complementisers

    def noun(self, doc: Doc, start: int, end: int, word: str, head: str | None, rules: list[Rule] | None,
             i: int = -1) -> list[Rule] | None:
        """The rules of a nominal trigger (``word`` at ``i``, or the compound ``head`` it ends in) that its clause
        leaves standing ("drohen bis zu zehn Jahre Haft": a penalty that awaits, no detention)."""
        readings = self.nouns.get(word) or (self.nouns.get(head) if head else None)
        if not rules or not readings:
            return rules
        toks = doc.tokens[start:end]
        words = {t.lower for t in toks} | {t.lemma for t in toks}
        prev = doc.tokens[i - 1].lower if start < i < end else ""
        gone = {t for r in readings if (not r.before or prev in r.before) and r.cancels(words) for t in r.types}
        return [r for r in rules if r.type not in gone] or None

    def phase(self, doc: Doc, start: int, end: int, out: list[Trigger], lemma_of: Callable[[int], str]) -> list[Trigger]:
        """Nominal triggers that a phase verb of the clause [start, end) acts on, read through the verb: "stellte
        die Luftangriffe auf Gaza ein" ends attacks (RETREAT), "setzte die Militärhilfe aus" suspends aid (SANCTION),
        "brach die Gespräche ab" breaks off talks (REJECT). The verb becomes the trigger (its subject the doer), typed
        by the noun's type; a verb that fired on its own keeps its own reading. ``lemma_of``: a token's verb lemma."""
        if not self.phases:
            return out
        nouns = [tr for tr in out if tr.nominal and not self._after_preposition(doc, start, tr.tok)]
        if not nouns:
            return out
        toks = doc.tokens
        fired = {tr.tok for tr in out if not tr.nominal}
        first = doc.sentences[toks[start].sent].tok_start
        for k in range(start, end):
            if k in fired or (toks[k].text[:1].isupper() and k != first) or not toks[k].text[:1].isalpha():
                continue
            lemma = lemma_of(k)
            types = self.phases.get(lemma)
            tr = next((n for n in nouns if types and n.rule.type in types and not any(  # "aufzuheben, denen Festnahmen"
                not t.text[:1].isalnum() for t in toks[min(k, n.tok) + 1:max(k, n.tok)])), None)
            if tr is None:
                continue
            rule = replace(tr.rule, type=types[tr.rule.type], mode=None)  # the noun's roles ("auf Gaza"), the verb's act
            return [Trigger(rule, k, False, lemma) if o is tr else o for o in out]
        return out

    def phase_of(self, doc: Doc, start: int, i: int, rule: Rule) -> tuple[int, Rule] | None:
        """The act noun at ``i`` told as the genitive of a noun that ends or lifts it: (the phase noun, the act noun's
        rule with the opposite type), as after a phase verb: "die Aufhebung der Sanktionen" lifts a measure (CONCEDE),
        "die Einstellung der Kämpfe" is a ceasefire (RETREAT), "der Abbruch der Gespräche" breaks talks off (REJECT).
        None where the noun is no such genitive or its type has no opposite for that phase noun."""
        if not self.phase_nouns:
            return None
        toks = doc.tokens
        k = i - 1
        while k > start and toks[k].text[:1].islower() and toks[k].lower not in self.genitive_articles and i - k <= 2:
            k -= 1  # "der schweren Kämpfe": over an adjective
        if k <= start or toks[k].lower not in self.genitive_articles:
            return None
        types = self.phase_nouns.get(toks[k - 1].lower)
        if not types or rule.type not in types:
            return None
        return k - 1, replace(rule, type=types[rule.type], mode=None)

    def _after_preposition(self, doc: Doc, start: int, i: int) -> bool:
        """The noun at ``i`` stands after a preposition (over its article and adjectives): no verb's object."""
        for k in range(i - 1, max(start, i - 4) - 1, -1):
            low = doc.tokens[k].lower
            if low in self.phase_blockers:
                return True
            if doc.tokens[k].text[:1].isupper() or not doc.tokens[k].text[:1].isalpha():
                return False
        return False

    def _state(self, doc: Doc, i: int, start: int, end: int, words: set[str]) -> bool:
        """The participle at ``i`` with a form of "sein" and neither a process or perfect auxiliary nor an agent
        (``state_agents``: "von", "durch") in its clause tells a state."""
        if not doc.tokens[i].lower.endswith("t"):
            return False  # "vorbereiten", "fordern": an infinitive is no participle
        return bool(words & self.state_auxiliaries) and not words & (self.process_auxiliaries | self.state_agents)


def _last_mark(doc: Doc, start: int, end: int) -> int | None:
    """The last token of a sentence (``start``..``end``) that is no closing quote or bracket: where a question's "?"
    stands, quoted or not; one scan for the polite and the direct question."""
    return next((j for j in range(end - 1, start - 1, -1) if doc.tokens[j].text[:1] not in _TRAILING), None)
