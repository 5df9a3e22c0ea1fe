"""German speech acts told after their content: "Die Steuern müssten sinken, fordert die SPÖ", "Das sei
inakzeptabel, kritisierte der Minister", "Sie habe gelogen, warf die SPD der Regierung vor".

After a fronted content clause the finite speech-act verb comes first in its own clause and its subject follows it
(verb-second inversion). The verb is the event (any verb of claims.yaml's ``speech_acts`` types, read from the
trigger rules), its source the phrase right after it, its target an object after that or else the content's own
subject; the content's subject never does the act. The content must be told as reported speech (Konjunktiv, or a
quotation closed before the comma), so a coordinated verb with an elided subject ("X kritisierte das Gesetz,
forderte die Regierung auf") is no such verb; one indicative clause is content only where it demands or threatens by
itself (a modal, an imperative) or an object follows the verb's subject ("..., warf die SPD der Regierung vor"). The
wider reading of the same order, any verb whose subject alone follows it after an indicative clause ("Russland hat
versagt, kritisierte der Kanzler"), is ``inverted_roles`` (the role finder's).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..knowledge.resources import lower_words
from ..model import Doc, Mention
from .clauses import Clause
from .rules import Trigger

if TYPE_CHECKING:  # roles_de -> event_parts -> claims imports this module: roles_de is imported where it is used
    from .roles_de import CaseWords


@dataclass(frozen=True)
class TrailingRoles:
    """A verb read as a speech act told after its content: ``roles`` its (source, target), or None where the words
    after the verb name no actor we know, so the act makes no event (the content's subject never does it)."""

    roles: tuple[Mention | None, Mention | None] | None


@dataclass(frozen=True)
class TrailingActs:
    """Built once per language from claims.yaml ``speech_acts`` types; holds no per-document state."""

    types: frozenset[str]
    closing_quotes: frozenset[str] = frozenset()
    moods: frozenset[str] = frozenset()  # Konjunktiv II forms: "müssten sinken, fordert"
    # indicative content holding its own demand or threat, per act type: "Sie müssen bestraft werden, forderte er"
    modals: dict[str, frozenset[str]] = field(default_factory=dict, hash=False)
    object_types: frozenset[str] = frozenset()  # "..., warf die Opposition der Regierung vor": subject, then object
    imperative_types: frozenset[str] = frozenset()  # "Lasst die Gefangenen frei, forderte X": an imperative content
    case: CaseWords | None = None  # German case words (lexicon ``case_words``), for ``told_with_object``

    @classmethod
    def from_data(cls, claims: dict[str, Any], lex: dict[str, Any], closing_quotes: frozenset[str]) -> TrailingActs:
        """From claims.yaml ``speech_acts`` (types, ``content_moods``, ``content_modals``, ``object_types``,
        ``imperative_types``); none
        where German verb-second order is not the language's (lexicon ``vorfeld_subject``)."""
        from .roles_de import CaseWords
        data = claims.get("speech_acts") or {}
        if not lex.get("vorfeld_subject"):
            return cls(frozenset())
        modals = {t: frozenset(w.lower() for w in ws or []) for t, ws in (data.get("content_modals") or {}).items()}
        return cls(frozenset(data.get("types") or []), closing_quotes,
                   lower_words(data, "content_moods"), modals,
                   frozenset(data.get("object_types") or []), frozenset(data.get("imperative_types") or []),
                   CaseWords.from_lex(lex))

    def content_end(self, doc: Doc, start: int, i: int, reported: Callable[[int, int], bool],
                    cues: Collection[int] = (), etype: str | None = None) -> int | None:
        """The comma that closes the content before a verb at ``i`` told after it, or None: the verb stands right after
        a comma, the content before the comma (from ``start``, the sentence's first token) is reported speech
        (Konjunktiv I, or II of ``moods``) or a quotation framed by no speech cue of its own (``cues``: "X hatte erklärt,
        er sei unschuldig, erkannte das Gericht nicht an" goes on with X's own verb), and a word follows the verb.
        One indicative clause is content too where it holds a demand or threat of the act's type (``etype``; any
        type's where none is given, as for the claims stage's speech verbs) or the act's subject is followed by its
        object (``told_with_object``; for ``object_types`` only, or any speech verb there), or it is an imperative
        (``imperative``; ``imperative_types``)."""
        toks = doc.tokens
        if not self.types or i - 1 <= start or toks[i - 1].text != ",":
            return None
        end = doc.sentences[toks[i].sent].tok_end
        if i + 1 >= end or not toks[i + 1].text[:1].isalpha():
            return None
        if any(start <= j < i - 1 for j in cues):
            return None
        told = toks[i - 2].text in self.closing_quotes or any(t.lower in self.moods for t in toks[start:i - 1])
        if told or reported(start, i - 1):
            return i - 1
        if any(t.text in (",", ";", ":") for t in toks[start:i - 1]):
            return None  # "Die SPD, die regieren muss, forderte Neuwahlen": a relative clause, no content
        modals = self.modals.get(etype, frozenset()) if etype is not None else frozenset().union(*self.modals.values())
        if any(t.lower in modals for t in toks[start:i - 1]):
            return i - 1  # "Sie müssen bestraft werden, forderte er", "Wir werden nicht nachgeben, drohte X"
        told = (etype is None or etype in self.object_types) and self.told_with_object(doc, i, end)
        told = told or ((etype is None or etype in self.imperative_types) and self.imperative(doc, start, i - 1))
        return i - 1 if told else None

    @staticmethod
    def imperative(doc: Doc, start: int, comma: int) -> bool:
        """The content (after a dateline) opens with an imperative ("Lasst die Gefangenen frei", "Beendet die Blockade",
        "Hör auf"): a capitalised verb form that is its infinitive's stem, or the stem and -t; what follows it is a
        demand told by the verb after it."""
        from ..language.datelines import dateline_at
        toks = doc.tokens
        span = dateline_at(doc, start, comma)
        first = next((j for j in range(max(span[1], span[3]) if span else start, comma) if toks[j].text[:1].isalpha()),
                     None)
        if first is None or not toks[first].text[:1].isupper() or first + 1 >= comma:
            return False
        low, lemma = toks[first].lower, toks[first].lemma
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith(("ern", "eln")) else ""
        return bool(stem) and low != lemma and low in (stem, stem + "t", stem + "et")

    def told_with_object(self, doc: Doc, verb: int, end: int) -> bool:
        """After the verb a subject phrase and then an object opened by an article ("warf die Opposition der Regierung
        vor", "wies die Regierung die Vorwürfe zurück"): the phrase after the verb is its own subject, not the object of
        a verb sharing the subject told before ("Merkel traf Macron, kritisierte die Türkei"), and never a dative
        ("..., warf der Regierung die Lüge vor")."""
        from .roles_de import oblique_phrase
        toks, case = doc.tokens, self.case
        if case is None:
            return False
        articles = case.object_articles | case.ambiguous_articles | case.oblique_feminine_articles
        if toks[verb + 1].lower in case.object_articles:
            return False
        k = verb + 1
        while k < end and toks[k].text[:1].isalpha() and toks[k].text[:1].islower():
            k += 1  # its article and adjectives: "die russische Regierung"
        head = k
        while k < end and toks[k].text[:1].isupper():
            k += 1  # the names: "SPD-Chef Lars Klingbeil"
        if k == head or k >= end or oblique_phrase(doc, verb + 1, k, case):
            return False
        return toks[k].lower in articles and any(t.text[:1].isupper() for t in toks[k + 1:min(k + 3, end)])

    def comma(self, doc: Doc, start: int, trig: Trigger, reported: Callable[[int, int], bool],
              cues: Collection[int] = ()) -> int | None:
        """``content_end`` for a verb trigger of a speech-act type."""
        if trig.nominal or trig.rule.type not in self.types:
            return None
        return self.content_end(doc, start, trig.tok, reported, cues, trig.rule.type)

    def lead(self, doc: Doc, out: list[Trigger], head: Trigger | None, complement_types: set[str],
             demand_modals: set[str], reported: Callable[[int, int], bool], cues: Collection[int]
             ) -> tuple[list[Trigger], Trigger | None]:
        """A clause's triggers and head once a speech act told after its content is read: that verb heads the
        clause (its content's triggers before it stay, as under "forderte, dass"), and the content's demand modal
        ("müssten sinken, fordert") is that same demand, no second one."""
        start = doc.sentences[doc.tokens[out[0].tok].sent].tok_start if out else 0
        trailing = next((tr for tr in out if self.comma(doc, start, tr, reported, cues) is not None), None)
        if trailing is None:
            return out, head
        out = [tr for tr in out if not (tr.tok < trailing.tok and tr.rule.type == trailing.rule.type
                                        and doc.tokens[tr.tok].lower in demand_modals)]
        return out, trailing if trailing.rule.type in complement_types else head

    def speaker_roles(self, doc: Doc, c: Clause, trig: Trigger, actors: list[Mention], pronouns: frozenset[str],
                      reported: Callable[[int, int], bool], cues: Collection[int]) -> TrailingRoles | None:
        """``roles`` for a speech act told after its content; None where the verb is no such act, or its subject is
        a pronoun (speech_acts.py places those), so the caller's own reading decides."""
        comma = self.comma(doc, doc.sentences[c.sent].tok_start, trig, reported, cues)
        if comma is None or doc.tokens[trig.tok + 1].lower in pronouns:
            return None
        return TrailingRoles(self.roles(doc, c, trig.tok, comma, actors, trig.rule.target_preps))

    @staticmethod
    def inverted_speaker(doc: Doc, start: int, trig: int, actors: list[Mention], determiners: Collection[str],
                         is_finite: Callable[[int], bool], not_nominative: Collection[str] = frozenset()
                         ) -> Mention | None:
        """After a comma the finite verb opens its own main clause with what was said as its Vorfeld, so its subject
        follows it ("..., kritisierte der österreichische Kanzler", "..., forderte Präsident X"): that actor speaks, not
        one named in the words before the comma. A relative clause (", die kritisierte") has its pronoun before the verb,
        not a comma; the words said hold a finite verb of their own, an apposition ("Der Präsident, ein Verbündeter
        Deutschlands,") none."""
        toks = doc.tokens
        if trig <= start or toks[trig - 1].text != "," or not any(is_finite(j) for j in range(start, trig - 1)):
            return None
        m = next((m for m in actors if m.preposition is None and m.tok_start > trig), None)
        if m is None or m.tok_start - trig > 3:
            return None
        between = toks[trig + 1:m.tok_start]
        if any(t.lower in not_nominative for t in between) or doc.tokens[m.tok_start].lower in not_nominative:
            return None
        return m if all(t.lower in determiners or t.text[:1].islower() for t in between) else None

    def inverted_roles(self, doc: Doc, start: int, trig: Trigger, actors: list[Mention], determiners: Collection[str],
                       is_finite: Callable[[int], bool], not_nominative: Collection[str] = frozenset()
                       ) -> tuple[Mention, Mention | None] | None:
        """Source and target of a verb whose subject alone follows it after a comma ("Russland hat versagt,
        kritisierte der Kanzler"; ``inverted_speaker``): the speaker aims at an object after it where the rule takes
        its object as target, else at the one named in the words said before the comma; None where no such speaker."""
        speaker = self.inverted_speaker(doc, start, trig.tok, actors, determiners, is_finite, not_nominative)
        if speaker is None:
            return None
        bare = [m for m in actors if m.preposition is None]
        after = next((m for m in bare if m.tok_start > speaker.tok_start), None) if trig.rule.object_target else None
        return speaker, after or next((m for m in bare if m.tok_start < trig.tok), None)

    @staticmethod
    def roles(doc: Doc, c: Clause, verb: int, comma: int, actors: list[Mention],
              target_preps: Collection[str] = frozenset()) -> tuple[Mention | None, Mention | None] | None:
        """Source and target of the act at ``verb`` told after its content (which ends at ``comma``): the first actor
        of the phrase after the verb is the speaker, a later one without a preposition or behind one of the rule's
        ``target_preps`` the addressee ("warf die SPD der Regierung vor", "forderte X von Russland", "drohte X mit
        Sanktionen gegen Y"), else the content's first actor without a preposition. None when the words after the
        verb name no actor we know ("fordert der Gewerkschaftschef"): never the content's subject as the doer."""
        toks = doc.tokens
        end = next((j for j in range(verb + 1, c.end) if toks[j].text in (",", ";", ":")), c.end)
        after = [m for m in actors if verb < m.tok_start < end]
        if not after or after[0].preposition is not None:
            return None
        speaker = after[0]
        named = speaker.actor.name if speaker.actor is not None else None
        addressee = next((m for m in after[1:] if (m.preposition is None or m.preposition in target_preps)
                          and (m.actor is None or m.actor.name != named)), None)
        if addressee is None:
            before = [m for m in actors if m.tok_start < comma and (m.actor is None or m.actor.name != named)]
            addressee = next((m for m in before if m.preposition is None), before[0] if before else None)
        return speaker, addressee
