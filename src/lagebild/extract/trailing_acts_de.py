"""German speech acts told after their content: "Die Steuern müssten sinken, fordert die SPÖ", "Das sei
inakzeptabel, kritisierte der Minister", "Sie habe gelogen, warf die SPD der Regierung vor".

After a fronted content clause the finite speech-act verb comes first in its own clause and its subject follows it
(verb-second inversion). The verb is the event (any verb of claims.yaml's ``speech_acts`` types, read from the
trigger rules), its source the phrase right after it, its target an object after that or else the content's own
subject; the content's subject never does the act. The content must be told as reported speech (Konjunktiv, or a
quotation closed before the comma), so a coordinated verb with an elided subject ("X kritisierte das Gesetz,
forderte die Regierung auf") is no such verb.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from ..model import Doc, Mention
from .clauses import Clause
from .rules import Trigger


@dataclass(frozen=True)
class TrailingActs:
    """Built once per language from claims.yaml ``speech_acts`` types; holds no per-document state."""

    types: frozenset[str]
    closing_quotes: frozenset[str] = frozenset()
    moods: frozenset[str] = frozenset()  # Konjunktiv II forms: "müssten sinken, fordert"

    @classmethod
    def from_data(cls, claims: dict[str, Any], lex: dict[str, Any], closing_quotes: frozenset[str]) -> TrailingActs:
        """From claims.yaml ``speech_acts`` (types, ``content_moods``); none where German verb-second order is not
        the language's (lexicon ``vorfeld_subject``)."""
        data = claims.get("speech_acts") or {}
        if not lex.get("vorfeld_subject"):
            return cls(frozenset())
        return cls(frozenset(data.get("types") or []), closing_quotes,
                   frozenset(w.lower() for w in data.get("content_moods") or []))

    def content_end(self, doc: Doc, start: int, i: int, reported: Callable[[int, int], bool],
                    cues: Collection[int] = ()) -> int | None:
        """The comma that closes the content before a verb at ``i`` told after it, or None: the verb stands right after
        a comma, the content before the comma (from ``start``, the sentence's first token) is reported speech
        (Konjunktiv I, or II of ``moods``) or a quotation framed by no speech cue of its own (``cues``: "X hatte erklärt,
        er sei unschuldig, erkannte das Gericht nicht an" goes on with X's own verb), and a word follows the verb."""
        toks = doc.tokens
        if not self.types or i - 1 <= start or toks[i - 1].text != ",":
            return None
        end = doc.sentences[toks[i].sent].tok_end
        if i + 1 >= end or not toks[i + 1].text[:1].isalpha():
            return None
        if any(start <= j < i - 1 for j in cues):
            return None
        told = toks[i - 2].text in self.closing_quotes or any(t.lower in self.moods for t in toks[start:i - 1])
        return i - 1 if told or reported(start, i - 1) else None

    def comma(self, doc: Doc, start: int, trig: Trigger, reported: Callable[[int, int], bool],
              cues: Collection[int] = ()) -> int | None:
        """``content_end`` for a verb trigger of a speech-act type."""
        if trig.nominal or trig.rule.type not in self.types:
            return None
        return self.content_end(doc, start, trig.tok, reported, cues)

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
                      reported: Callable[[int, int], bool], cues: Collection[int]
                      ) -> tuple[Mention | None, Mention | None] | None | bool:
        """``roles`` for a speech act told after its content; False where the verb is no such act, or its subject is
        a pronoun (speech_acts.py places those)."""
        comma = self.comma(doc, doc.sentences[c.sent].tok_start, trig, reported, cues)
        if comma is None or doc.tokens[trig.tok + 1].lower in pronouns:
            return False
        return self.roles(doc, c, trig.tok, comma, actors, trig.rule.target_preps)

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
