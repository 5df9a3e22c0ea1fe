"""The event type of a trigger read with the words around it: a noun compound ("hunger strike" is a protest,
"press release" no release), an intention frame ("is ready to withdraw" expresses intent: CAMEO 03, AGREE;
"vowed to attack" threatens: CAMEO 13), the object word of a verb pattern (in "set fire to" the word "fire"
is no second event). Data in resources/<lang>/triggers.yaml (``type_context``); one immutable object per
extractor, built once."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from ..knowledge.function_words import function_words
from ..knowledge.resources import lower_words
from ..model import Doc
from .analyser import Analysis
from .rules import Rule, Trigger
from .trigger_readings import Readings

_PRESENT_TAGS = frozenset({"VB", "VBP", "VBZ"})  # an awaited act's verb: "until X leave(s)", not "left"


@dataclass(frozen=True)
class TypeContext:
    """Context rules that re-type or drop triggers; empty (no effect) for a language without the data."""

    # "hunger strike" -> the rules of the noun "protest"; "press release" -> None (no event)
    compounds: dict[tuple[str, str], list[Rule] | None] = field(default_factory=dict)
    # "mediation mission", "relief efforts", "bombing campaign": a head that names the doing of the noun before it
    # carries that noun's event (the head is what a verb acts on: "undertook a mediation mission between X and Y")
    activity_heads: frozenset[str] = frozenset()
    _modifier_rules: dict[str, list[Rule]] = field(default_factory=dict)  # noun trigger -> its rules, for the heads
    intent_frames: frozenset[str] = frozenset()  # "vowed", "pledged" ... before "to" + verb
    intent_adjectives: frozenset[str] = frozenset()  # "ready", "willing": only after a form of "be" ("the army prepared to")
    be_forms: frozenset[str] = frozenset()
    intent_types: dict[str, str] = field(default_factory=dict)  # content type -> type of the intent
    intent_skip: frozenset[str] = frozenset()  # words that may stand between the frame and "to" ("ready now to")
    content_markers: frozenset[str] = frozenset()  # "to": an infinitive after a demand or threat noun is its content
    noun_openers: frozenset[str] = frozenset()  # words after "to" that begin a noun phrase ("agreed to a ceasefire")
    _retyped: dict[tuple[int, str], Rule] = field(default_factory=dict)  # rule copies, filled at construction
    readings: Readings = field(default_factory=Readings)  # "met the deadline", "struck a deal", "workers ... strike"
    # "if Hamas runs", "unless Baghdad accepts": a condition tells no event; "will withdraw ... unless": a threat
    condition_marks: frozenset[str] = frozenset()  # marks of a conditional clause ("if", "unless")
    # "will continue its fight until all troops leave": a time clause in the present awaits its act, none is told
    awaited_marks: frozenset[str] = frozenset()
    threat_marks: frozenset[str] = frozenset()  # marks whose condition makes a future act a threat ("unless")
    future_aux: frozenset[str] = frozenset()  # "will", "would": the act is announced, not done
    # nouns and adjectives whose infinitive or "of" + gerund is a capacity, not an act ("the right to fire",
    # "the ability to strike", "hackers capable of launching attacks")
    potential_heads: frozenset[str] = frozenset()
    # nouns whose infinitive is an act tried, not done ("an effort to impose sanctions was vetoed", "in a
    # bid to end the programme"): the attempt may be an event of its own, its aim is none
    attempt_heads: frozenset[str] = frozenset()
    # ... except an act of force: an attempt to kill or to storm is itself the attack (CAMEO codes attempts there)
    attempt_done_types: frozenset[str] = frozenset()
    _threats: dict[int, Rule] = field(default_factory=dict)  # rule copies typed THREATEN, filled at construction

    @classmethod
    def from_data(cls, triggers: dict[str, Any], rules: list[Rule], by_noun: dict[str, list[Rule]]) -> TypeContext:
        data = triggers.get("type_context") or {}
        compounds: dict[tuple[str, str], list[Rule] | None] = {}
        for phrase, noun in (data.get("compounds") or {}).items():
            words = str(phrase).lower().split()
            if len(words) != 2:
                continue
            compounds[(words[0], words[1])] = by_noun.get(str(noun).lower()) if noun else None
        intent = data.get("intent") or {}
        types = {str(k): str(v) for k, v in (intent.get("types") or {}).items()}
        retyped = {(id(r), t): replace(r, type=t, mode=None) for r in rules for t in set(types.values())
                   if types.get(r.type) == t}

        words = partial(lower_words, intent)

        cond = data.get("conditions") or {}
        keep = set(cond.get("keep_types") or [])
        threats = {id(r): replace(r, type="THREATEN", mode=None) for r in rules if r.type not in keep} if cond else {}
        conds = {k: lower_words(cond, k) for k in ("marks", "threat_marks", "future",
                                                                                    "awaited_marks")}
        heads = lower_words(data, "activity_heads")
        return cls(activity_heads=heads, _modifier_rules=dict(by_noun) if heads else {},
                   potential_heads=lower_words(data, "potential_heads"),
                   attempt_heads=lower_words(data.get("attempts"), "heads"),
                   attempt_done_types=frozenset(str(w) for w in (data.get("attempts") or {}).get("done_types") or []),
                   condition_marks=conds["marks"], threat_marks=conds["threat_marks"], future_aux=conds["future"],
                   awaited_marks=conds["awaited_marks"],
                   _threats=threats, compounds=compounds, intent_frames=words("frames"), intent_adjectives=words("adjectives"),
                   be_forms=words("be"), intent_types=types, intent_skip=words("skip"),
                   content_markers=lower_words(data, "content_markers"), _retyped=retyped,
                   noun_openers=lower_words(data, "noun_openers"),
                   readings=Readings.from_data(data, rules))

    def compound_rules(self, doc: Doc, i: int, start: int, rules: list[Rule] | None) -> list[Rule] | None:
        """The rules of a noun read with the word before it: other rules ("on alert" deploys), none ("press
        release"), or the noun's own."""
        if i <= start:
            return rules
        key = (doc.tokens[i - 1].lower, doc.tokens[i].lower)
        if key in self.compounds:
            return self.compounds[key]
        if rules is None and key[1] in self.activity_heads:
            before = (doc.tokens[i - 2].lower, key[0]) if i - 1 > start else None
            if before in self.compounds:  # "hunger strike campaign": the compound's reading
                return self.compounds[before]  # type: ignore[index]
            return self._modifier_rules.get(key[0])
        return rules

    def compound_noun(self, doc: Doc, i: int, start: int) -> bool:
        """A verb-looking word that is the head of a listed compound ("hunger strike", "press release")."""
        return i > start and (doc.tokens[i - 1].lower, doc.tokens[i].lower) in self.compounds

    def apply(self, doc: Doc, start: int, out: list[Trigger], parse: Analysis | None = None) -> list[Trigger]:
        """Intention frames re-type their verb ("is willing to withdraw": AGREE), the frame's own trigger goes
        ("pledged to send aid": one event, the pledge); a pattern's object word is no second trigger. A frame's
        content and a verb trigger with an act as its infinitive ("agreed to open") are marked committed. ``start``:
        the sentence's first token (the frame may end the clause before the infinitive)."""
        if not out:
            return out
        for tr in out:
            tr.committed = tr.committed or self._commits(doc, tr, parse)
        toks = doc.tokens
        drop: set[int] = set()
        for tr in out:
            if tr.rule.object_words and not tr.nominal:  # "set fire to", "opened fire": "fire" is the pattern's object
                drop.update(o.tok for o in out if o is not tr and tr.tok < o.tok <= tr.tok + 4
                            and toks[o.tok].lower in tr.rule.with_any)
        for tr in out:
            if tr.tok in drop or not self.intent_types:
                continue
            frame = self._frame(doc, start, tr.tok)
            if frame is None:  # "vowed to launch attacks": the trigger is the infinitive's object
                frame = self._frame(doc, start, self._infinitive(doc, start, tr.tok))
            new = self._retyped.get((id(tr.rule), self.intent_types.get(tr.rule.type, "")))
            if frame is None or new is None:
                continue
            tr.rule, tr.committed = new, True
            drop.update(o.tok for o in out if o.tok == frame)
        return [tr for tr in out if tr.tok not in drop] if drop else out

    def conditions(self, doc: Doc, parse: Analysis | None, out: list[Trigger]) -> list[Trigger]:
        """Triggers inside a conditional clause ("if Hamas runs", "unless Baghdad accepted") are dropped: a
        condition tells no event. A verb with "will" or "would" that such an "unless" clause hangs on is a threat
        ("will withdraw its force unless ..."; CAMEO 13). A capacity's infinitive and an attempt's aim (no act of force)
        go too. Needs the parse; without it, "unless" before a trigger in its sentence drops it."""
        if not out or not (self.condition_marks or self.potential_heads or self.attempt_heads):
            return out
        toks = doc.tokens
        if parse is None:
            return [tr for tr in out if not any(toks[k].lower in self.threat_marks
                                                for k in range(doc.sentences[toks[tr.tok].sent].tok_start, tr.tok))]
        kept = []
        for tr in out:
            if self._in_condition(doc, parse, tr.tok) or self._potential(doc, parse, tr.tok) or (
                    tr.rule.type not in self.attempt_done_types and self._potential(doc, parse, tr.tok, self.attempt_heads)):
                continue
            if not tr.nominal and tr.tok in parse.heads and any(
                    toks[a].lower in self.future_aux for a in parse.children.get(tr.tok, [])
                    if parse.deps.get(a) == "aux") and self._mark_of(doc, parse, tr.tok, self.threat_marks):
                tr.rule = self._threats.get(id(tr.rule), tr.rule)
            kept.append(tr)
        return kept

    def _in_condition(self, doc: Doc, parse: Analysis, i: int) -> bool:
        """The token at ``i`` stands in an adverbial clause marked "if" or "unless" (itself or a head above it), or
        in a present-tense "until" clause ("until all Israeli troops leave": awaited; "until troops withdrew" was done)."""
        j, seen = i, 0
        while j in parse.heads and parse.heads[j] != j and seen < 12:
            if parse.deps.get(j) == "advcl" and (self._has_mark(doc, parse, j, self.condition_marks) or (
                    parse.tags.get(j) in _PRESENT_TAGS and self._has_mark(doc, parse, j, self.awaited_marks))):
                return True
            j, seen = parse.heads[j], seen + 1
        return False

    def _potential(self, doc: Doc, parse: Analysis, i: int, attempts: frozenset[str] = frozenset()) -> bool:
        """The token at ``i`` (or the verb whose object it is) is the infinitive or "of" + gerund of a capacity
        noun or adjective: "the right (of troops) to fire", "capable of launching attacks"; with ``attempts``, the
        infinitive of one of those nouns instead ("an effort to impose sanctions")."""
        toks, j = doc.tokens, i
        for _ in range(3):
            head = parse.heads.get(j)
            if head is None or head == j:
                return False
            if parse.deps.get(j) in ("acl", "xcomp", "pcomp", "advcl"):
                up = parse.heads.get(head, head) if parse.deps.get(j) == "pcomp" else head  # "capable of | launching"
                if not attempts and (toks[up].lower in self.potential_heads or toks[up].lemma in self.potential_heads):
                    return True
                if parse.deps.get(j) in ("acl", "advcl") and parse.tags.get(head, "").startswith("NN") and (
                        toks[head].lower in attempts or toks[head].lemma in attempts):
                    return True
            j = head
        return False

    def _mark_of(self, doc: Doc, parse: Analysis, i: int, marks: frozenset[str]) -> bool:
        """The verb at ``i`` governs an adverbial clause with one of ``marks`` ("... unless Baghdad accepted")."""
        return any(parse.deps.get(c) == "advcl" and self._has_mark(doc, parse, c, marks) for c in parse.children.get(i, []))

    @staticmethod
    def _has_mark(doc: Doc, parse: Analysis, j: int, marks: frozenset[str]) -> bool:
        return any(parse.deps.get(m) == "mark" and doc.tokens[m].lower in marks for m in parse.children.get(j, []))

    def _infinitive(self, doc: Doc, start: int, i: int) -> int:
        """The verb after "to" whose object the noun at ``i`` is ("vowed to carry out a guerrilla war", "to launch
        attacks"), within four words and no punctuation; else ``i`` itself (no frame then)."""
        toks, to = doc.tokens, function_words(doc.lang).infinitive_markers
        for k in range(i - 1, max(start, i - 5), -1):
            if not toks[k].text[:1].isalnum():
                return i
            if toks[k - 1].lower in to and toks[k].text[:1].islower() and toks[k].lower not in self.noun_openers:
                return k
        return i

    def _commits(self, doc: Doc, tr: Trigger, parse: Analysis | None) -> bool:
        """A verb trigger of an intent type whose complement is an act: "to" + a verb ("agreed to open its border",
        "committed to opening up the economy"); "agreed to a ceasefire", "to peace talks" name a thing agreed on."""
        toks, i = doc.tokens, tr.tok + 1
        if tr.nominal or tr.rule.type not in self.intent_types.values():
            return False
        while i < len(toks) and toks[i].lower in self.intent_skip:
            i += 1
        if i + 1 >= len(toks) or toks[i].lower not in self.content_markers:
            return False
        verb = toks[i + 1]
        if not verb.text[:1].islower() or verb.lower in self.noun_openers:
            return False
        if parse is not None and self._subjunctive(doc, parse, tr.tok):
            return False  # "insisted that the union agree to cut wages": asked for, not pledged
        return parse is None or i + 1 not in parse.tags or parse.tags[i + 1].startswith("VB")

    @staticmethod
    def _subjunctive(doc: Doc, parse: Analysis, v: int) -> bool:
        """The verb at ``v`` is a bare form with a singular subject and no auxiliary in a complement clause ("that the
        union agree"): the mood of a demand, not a third person's act."""
        kids = parse.children.get(v, [])
        return (parse.deps.get(v) == "ccomp" and doc.tokens[v].lower == doc.tokens[v].lemma
                and not any(parse.deps.get(c) in ("aux", "auxpass") for c in kids)
                and any(parse.deps.get(c) == "nsubj" and parse.tags.get(c) in ("NN", "NNP") for c in kids))

    def _frame(self, doc: Doc, start: int, i: int) -> int | None:
        """The token of an intention frame before "to" + the verb at ``i`` ("ready to", "vowed to"), or None."""
        toks = doc.tokens
        j = i - 1
        if j <= start or toks[j].lower not in function_words(doc.lang).infinitive_markers:
            return None
        j -= 1
        while j > start and toks[j].lower in self.intent_skip:
            j -= 1
        if j < start:
            return None
        if toks[j].lower in self.intent_frames or toks[j].lemma in self.intent_frames:
            return j
        k = j - 1
        while k > start and toks[k].lower in self.intent_skip:
            k -= 1
        if toks[j].lower in self.intent_adjectives and k >= start and toks[k].lower in self.be_forms:
            return j
        return None
