"""English trigger checks from the dependency parse: a word tagged or placed as no verb ("riot police", "called it a
mistake"), a noun trigger inside a name ("The War Zone") or a named conflict. Split from roles_en.py, which reads the
roles; both are parts of EnglishSyntax, built once per extractor and stateless."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..knowledge.resources import load, lower_words
from ..model import Doc
from .analyser import Analysis


@dataclass(frozen=True)
class OtherSenses:
    """Trigger words in another sense, told by the parse (en/triggers.yaml ``other_senses``): a suicide ("killed
    himself"), a state ("poses a threat"), an accident's inquiry ("an investigation into the crash"), a domestic tax
    ("imposed new taxes on fuel"). Empty for a language without the data."""

    reflexive_acts: frozenset[str] = frozenset()
    reflexives: frozenset[str] = frozenset()
    stative: dict[str, frozenset[str]] = field(default_factory=dict)  # noun -> verbs that tell a state with it
    accident_nouns: frozenset[str] = frozenset()
    accident_preps: frozenset[str] = frozenset()
    accidents: frozenset[str] = frozenset()
    levy_verbs: frozenset[str] = frozenset()
    levies: frozenset[str] = frozenset()
    trade_nouns: frozenset[str] = frozenset()
    cargo_verbs: frozenset[str] = frozenset()  # "German aid arrived in Ukraine": goods that arrive visit no one
    cargo_subjects: frozenset[str] = frozenset()
    downing_verbs: frozenset[str] = frozenset()  # "shot down the proposal": words, no attack
    downing_particles: frozenset[str] = frozenset()
    downed: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> OtherSenses:
        data = data or {}
        return cls(lower_words(data, "reflexive_acts"), lower_words(data, "reflexives"),
                   {str(n).lower(): frozenset(str(v).lower() for v in vs or [])
                    for n, vs in (data.get("stative_objects") or {}).items()},
                   *(lower_words(data, k) for k in ("accident_nouns", "accident_prepositions", "accidents", "levy_verbs",
                                                    "levies", "trade_nouns", "cargo_verbs", "cargo_subjects",
                                                    "downing_verbs", "downing_particles", "downed")))

    def verb_sense(self, doc: Doc, parse: Analysis, i: int, lemma: str | None) -> bool:
        """False where the verb at ``i`` acts on itself alone ("killed himself"; not "himself and 12 others"), tells goods
        arriving ("German aid arrived"), shoots down no aircraft ("shot down the proposal"), opens an inquiry into an
        accident, or levies a tax on no trade ("imposed new taxes on fuel"; not "taxes on imports from China")."""
        toks = doc.tokens
        objs = [c for c in parse.children.get(i, []) if parse.deps.get(c) in ("dobj", "obj")]
        if lemma in self.reflexive_acts and any(toks[o].lower in self.reflexives and not any(
                parse.deps.get(g) == "conj" for g in parse.children.get(o, [])) for o in objs):
            return False
        if lemma in self.cargo_verbs and any(parse.deps.get(c) == "nsubj" and (
                toks[c].lower in self.cargo_subjects or toks[c].lemma in self.cargo_subjects) for c in parse.children.get(i, [])):
            return False  # "the first shipment of weapons arrived in Kyiv": goods delivered, no one travels
        if lemma in self.downing_verbs and objs and any(parse.deps.get(c) == "prt" and toks[c].lower in self.downing_particles
                                                       for c in parse.children.get(i, [])) \
                and all(parse.tags.get(o) in ("NN", "NNS") and toks[o].lower not in self.downed for o in objs):
            return False  # "shot down the proposal": a rejection in words ("shot down two drones / 20 / it" stays)
        if any(toks[o].lower in self.accident_nouns and self._into_accident(doc, parse, (o, i)) for o in objs):
            return False  # "opened an investigation into the crash": the verb's object is the inquiry
        if lemma in self.levy_verbs and any(toks[o].lower in self.levies for o in objs):
            return any(toks[g].lower in self.trade_nouns or toks[g].lemma in self.trade_nouns
                       for h in (i, *objs) for p in parse.children.get(h, [])
                       if parse.deps.get(p) == "prep" and toks[p].lower == "on"
                       for g in parse.children.get(p, []) if parse.deps.get(g) in ("pobj", "obj"))
        return True

    def noun_sense(self, doc: Doc, parse: Analysis, i: int) -> bool:
        """False where the noun trigger at ``i`` is the object of a verb of state ("poses a threat") or an inquiry
        into an accident ("an investigation into the crash", "the inquiry into the cause of the fire")."""
        toks = doc.tokens
        word = toks[i].lower
        head = parse.heads.get(i, i)
        if word in self.stative and head != i and parse.deps.get(i) in ("dobj", "obj") and (
                toks[head].lemma in self.stative[word] or toks[head].lower in self.stative[word]):
            return False
        # "held a hearing into the crash": the parse may hang the phrase on the verb whose object the inquiry is
        holders = (i, head) if head != i and parse.deps.get(i) in ("dobj", "obj") else (i,)
        return word not in self.accident_nouns or not self._into_accident(doc, parse, holders)

    def _into_accident(self, doc: Doc, parse: Analysis, holders: tuple[int, ...]) -> bool:
        """Whether an "into" or "of" phrase of one of ``holders`` (the inquiry noun, and the verb that opens it: the
        parse hangs the phrase on either) names an accident."""
        toks = doc.tokens
        return any(toks[g].lower in self.accidents or toks[g].lemma in self.accidents
                   for h in holders for p in parse.children.get(h, [])
                   if parse.deps.get(p) == "prep" and toks[p].lower in self.accident_preps
                   for g in parse.children.get(p, []) if parse.deps.get(g) in ("pobj", "obj"))


class EnglishTriggerChecks:
    """Mixin of EnglishSyntax: whether a trigger word acts as a verb or a noun of an act; the word lists are
    EnglishSyntax's, read from resources/en/lexicon.yaml."""

    needs_prep: dict[str, frozenset[str]]
    noun_positions: frozenset[str]
    hyphen_prefixes: frozenset[str]

    @cached_property
    def senses(self) -> OtherSenses:
        """The other senses' words, read once per extractor from en/triggers.yaml (the mixin is English only)."""
        return OtherSenses.from_data((load("triggers", "en") or {}).get("other_senses"))

    def verb_ok(self, parse: Analysis, i: int, doc: Doc | None = None, lemma: str | None = None,
                naming: bool = False) -> bool:
        """A word tagged as a proper name or adjective is no verb trigger ("March", "Strike Group"), nor a noun
        with a determiner or modifier ("Russia's attacks"), nor a noun where only a noun stands (after a
        preposition, as subject, in a list: ``noun_positions``); a bare object noun stays a candidate: the rules
        read "tightened sanctions against X" well as a verb (measured on news-gold dev). A particle or a word that modifies
        a noun names no act of its own. ``naming`` asks for a rule of calling (judgements.py): a verb that wants a
        preposition passes without one where it has a predicate ("called the vote illegal", not "called a meeting")."""
        tag = parse.tags.get(i)
        if tag is None:
            return True
        if doc is not None and lemma in self.needs_prep and not any(
                parse.deps.get(c) in ("prep", "prt", "dative") and doc.tokens[c].lower in self.needs_prep[lemma]
                for c in parse.children.get(i, [])) and not self._clause_mark(doc, parse, i, self.needs_prep[lemma]) \
                and not (naming and self._predicate(parse, i)):
            return False  # "called it a mistake", "called a meeting": naming or convening, no appeal ("pushing hard for
            # US support": the parser may label the preposition a dative)
        if doc is not None and not self.senses.verb_sense(doc, parse, i, lemma):
            return False  # "killed himself", "imposed new taxes on fuel"
        if tag.startswith(("RB", "RP")) or parse.deps.get(i) in ("prt", "compound", "amod"):
            return False  # "fought back", "riot police", "strike group": an adverb, particle or modifier
        if tag.startswith("NN") and not tag.startswith("NNP") and parse.deps.get(i) in self.noun_positions:
            return False  # "fit them with gyms and bars", "heavy declines in revenues": a noun where no verb stands
        if tag.startswith("NN") and not tag.startswith("NNP"):  # "the attacks", "Russia's attacks": a noun phrase
            return not any(parse.deps.get(c) in ("det", "poss", "nummod", "compound") for c in parse.children.get(i, []))
        return not tag.startswith(("NNP", "JJ"))

    @staticmethod
    def _predicate(parse: Analysis, i: int) -> bool:
        """Whether the verb at ``i`` has an object predicate ("called the vote illegal", "called him a traitor":
        oprd), or a small clause of no verb ("called Japan's move a provocation": the parse's ccomp on a noun)."""
        return any(parse.deps.get(c) == "oprd" or (parse.deps.get(c) in ("ccomp", "xcomp") and not parse.tags.get(
            c, "VB").startswith(("VB", "MD"))) for c in parse.children.get(i, []))

    @staticmethod
    def _clause_mark(doc: Doc, parse: Analysis, i: int, words: frozenset[str]) -> bool:
        """"called for Georgian troops to withdraw": the parse makes "for" the mark of the verb's infinitive clause,
        not its preposition; the appeal is still there."""
        return any(parse.deps.get(c) in ("advcl", "ccomp", "xcomp") and any(
            parse.deps.get(m) == "mark" and doc.tokens[m].lower in words for m in parse.children.get(c, []))
            for c in parse.children.get(i, []))

    def noun_ok(self, doc: Doc, parse: Analysis, i: int) -> bool:
        """A noun trigger inside a name ("The War Zone", "Strike Group") or a named conflict
        ("the Russo-Ukrainian war") is no event."""
        if i not in parse.tags:
            return True
        if parse.tags.get(i, "").startswith("NNP") or not self.senses.noun_sense(doc, parse, i):
            return False  # a name, or another sense: "poses a threat", "an investigation into the crash"
        head = parse.heads.get(i, i)
        if parse.deps.get(i) == "compound" and parse.tags.get(head, "").startswith("NN"):
            return False  # "carrier strike group", "a War Zone report": the noun modifies another one
        toks = doc.tokens
        if i >= 2 and toks[i - 1].text in ("-", "–") and toks[i - 2].lower in self.hyphen_prefixes:
            return False  # "anti-war demonstrations", "an anti-terror law": what is opposed, no act told
        for c in parse.children.get(i, []):  # "Russo-Ukrainian war", "Iran-Iraq war": a war by its name
            # (a capitalised modifier: "large-scale exercises", "US-led strikes" are no names)
            if parse.deps.get(c) in ("amod", "compound") and c > 0 and toks[c].text[:1].isupper() and any(
                    toks[j].text in ("-", "–") for j in range(max(0, c - 2), c)) \
                    and not (c >= 2 and toks[c - 2].lower in self.hyphen_prefixes):  # "anti-American protests"
                return False
        return True
