"""German demonstrative subjects: "Die Polizei suchte einen libanesischen Studenten. Dieser wurde festgenommen": a
"dieser"/"diese" standing alone opens its sentence and names the last one told in the sentence before that agrees with
it, not that sentence's subject (what a personal pronoun "er" goes on with, subject_pronouns.py). After a subordinator
(", nachdem dieser den General verteidigt hatte") it names the last agreeing one before it in its own sentence. Words:
coreference.yaml's ``demonstrative_subject``; without them nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..knowledge.resources import lower_words
from ..model import ActorRef, Doc, Mention


@dataclass(frozen=True)
class Demonstratives:
    """The pronouns, and what rules an antecedent out for each: a determiner of another gender ("dieser" is no "die
    Regierung"), or for a singular one a count before it ("den drei Irakern" is no "dieser")."""

    pronouns: frozenset[str] = frozenset()
    singular: frozenset[str] = frozenset()  # of the pronouns, the singular-only ones ("dieser")
    other_determiners: tuple[tuple[str, frozenset[str]], ...] = ()  # pronoun -> determiners of what it cannot name
    plural_markers: frozenset[str] = frozenset()  # "drei", "mehrere": a plural antecedent
    origin_nouns: frozenset[str] = frozenset()  # "Herkunft": "ein Mann syrischer Herkunft" names a Syrian
    openers: frozenset[str] = frozenset()  # subordinators a demonstrative subject may follow (", nachdem dieser")
    no_noun_after: frozenset[str] = frozenset()  # words no determiner stands before ("den", "sich", "am", "nicht")

    @classmethod
    def from_data(cls, d: dict[str, Any] | None) -> Demonstratives:
        d = d or {}
        others = d.get("other_determiners") or {}
        return cls(lower_words(d, "pronouns"),
                   lower_words(d, "singular"),
                   tuple((w.lower(), frozenset(x.lower() for x in xs or [])) for w, xs in others.items()),
                   lower_words(d, "plural_markers"),
                   lower_words(d, "origin_nouns"),
                   lower_words(d, "openers"),
                   lower_words(d, "no_noun_after"))

    def agrees(self, doc: Doc, pronoun: str, m: Mention) -> bool:
        """Nothing in the two words before ``m`` says another gender or, for a singular pronoun, a plural."""
        before = [t.lower for t in doc.tokens[max(0, m.tok_start - 2):m.tok_start]]
        wrong = dict(self.other_determiners).get(pronoun, frozenset())
        if any(w in wrong for w in before):
            return False
        return pronoun not in self.singular or not any(w in self.plural_markers or w.isdigit() for w in before)

    def subjects(self, doc: Doc, mentions: list[Mention], refers_to: Callable[[Doc, Mention], str]) -> list[Mention]:
        """New mentions for each sentence-opening demonstrative with no noun after it (the next word is lower case: a
        verb, "Dieser wurde"; "Dieser Schritt" is a determiner): the last actor (or a person's nationality), not a
        place, of the sentence just before in its paragraph that agrees, where it has a country. ``mentions`` in
        text order; ``refers_to`` names an antecedent (coreference.refers_to, passed in: coreference.py holds this
        class)."""
        if not self.pronouns:
            return []
        toks = doc.tokens
        covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        out: list[Mention] = []
        for sent in doc.sentences[1:]:
            w = toks[sent.tok_start]
            prev = doc.sentences[sent.i - 1]
            if w.lower not in self.pronouns or w.i in covered or sent.tok_start + 1 >= sent.tok_end \
                    or not toks[w.i + 1].text[:1].islower() or prev.paragraph != sent.paragraph:
                continue
            # the last one told that agrees, whatever its country: a countryless body ("der Sicherheitsrat") ends the
            # search, the nationality before it is no candidate; a nationality counts only after a person ("ein Mann
            # syrischer Herkunft"), not as a modifier ("der iranische Streit")
            ante = next((m for m in reversed(mentions) if prev.tok_start <= m.tok_start < prev.tok_end
                         and m.actor is not None and not m.is_location and self.agrees(doc, w.lower, m) and (
                             m.kind == "actor" or m.kind == "origin" and m.tok_end < prev.tok_end
                             and toks[m.tok_end].lower in self.origin_nouns)), None)
            if ante is None or ante.actor is None or not ante.actor.country:
                continue
            out.append(_resolved(doc, w.i, ante, refers_to))
        out.extend(self._after_openers(doc, mentions, covered, refers_to))
        return out

    def _after_openers(self, doc: Doc, mentions: list[Mention], covered: set[int],
                       refers_to: Callable[[Doc, Mention], str]) -> list[Mention]:
        """", nachdem dieser den General verteidigt hatte": after a subordinator a demonstrative is a subject standing
        alone where the next word is a name (not a sector noun: "nachdem dieser Politiker" is a determiner's noun) or a
        word no noun's determiner precedes (``no_noun_after``); it names the last agreeing actor before it in its
        sentence, or, with none there, in the sentence before in its paragraph."""
        if not self.openers:
            return []
        toks = doc.tokens
        names = {m.tok_start for m in mentions if not m.via.startswith(("sector", "coreference"))}
        out: list[Mention] = []
        for w in toks[1:-1]:
            nxt = toks[w.i + 1]
            if w.lower not in self.pronouns or w.i in covered or toks[w.i - 1].lower not in self.openers \
                    or nxt.sent != w.sent or not (nxt.i in names or nxt.lower in self.no_noun_after):
                continue
            sent = doc.sentences[w.sent]
            prev = doc.sentences[w.sent - 1] if w.sent else None
            first = prev.tok_start if prev is not None and prev.paragraph == sent.paragraph else sent.tok_start
            before = [m for m in mentions if first <= m.tok_start and m.tok_end <= w.i]
            own = [m for m in before if m.tok_start >= sent.tok_start]
            ante = self._last_agreeing(doc, w.lower, own if own else before)
            if ante is not None and ante.actor is not None:
                out.append(_resolved(doc, w.i, ante, refers_to))
        return out

    def _last_agreeing(self, doc: Doc, pronoun: str, mentions: list[Mention]) -> Mention | None:
        """The last actor, not a place, among ``mentions`` (text order) that agrees with ``pronoun``, where it has a
        country; a countryless body ends the search as at a sentence's start."""
        ante = next((m for m in reversed(mentions) if m.kind == "actor" and m.actor is not None and not m.is_location
                     and self.agrees(doc, pronoun, m)), None)
        return ante if ante is not None and ante.actor is not None and ante.actor.country else None


def _resolved(doc: Doc, i: int, ante: Mention, refers_to: Callable[[Doc, Mention], str]) -> Mention:
    """The mention of the demonstrative at token ``i`` standing for ``ante`` (an actor mention)."""
    w, ref = doc.tokens[i], ante.actor
    assert ref is not None  # both callers take only antecedents with an actor
    return Mention(w.i, w.i + 1, w.start, w.end, w.text, "actor", via="coreference",
                   actor=ActorRef(w.text, ref.name, ref.actor_id, ref.country, ref.sector),
                   refers_to=ante.refers_to or refers_to(doc, ante))
