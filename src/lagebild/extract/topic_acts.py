"""An act noun told as what another act is about ("a hunger strike in protest of the government's refusal", "an
investigation into an allegation by the rebels") names that act's topic, a standing stance or an earlier act, not news
of its own: where it still has no other side after every reading, its doer alone is no event of the picture. One
with a side named ("in protest against the arrest of the opposition leader") stays. Words are data (lexicon
``topic_acts``): the prepositions that open such a topic and the act nouns besides the trigger nouns that take one;
empty: nothing is dropped."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from ..knowledge.resources import lower_words
from ..model import Doc, Event


@dataclass(frozen=True)
class TopicActs:
    """The prepositions that open an act's topic, the nouns besides the trigger nouns that name an act, the words that
    end the topic's noun phrase and how many words it may have before the act noun."""

    prepositions: frozenset[str] = frozenset()  # "of", "into", "against"
    heads: frozenset[str] = frozenset()  # "investigation": an act noun that is no trigger
    stops: frozenset[str] = frozenset()  # ",", "that": the phrase ends
    reach: int = 0

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> TopicActs:
        d = lex.get("topic_acts") or {}
        return cls(lower_words(d, "prepositions"), lower_words(d, "heads"), lower_words(d, "stops"),
                   int(d.get("reach") or 0))

    def drop(self, doc: Doc, events: list[Event], act_nouns: Collection[str]) -> list[Event]:
        """``events`` less the targetless act nouns that stand in another act noun's topic phrase (``act_nouns``: the
        trigger nouns of the language, lower case)."""
        if not self.prepositions or not self.reach or not doc.tokens:
            return events
        return [e for e in events if e.target is not None or not self._topic(doc, e, act_nouns)]

    def _topic(self, doc: Doc, e: Event, act_nouns: Collection[str]) -> bool:
        """The event's trigger is a noun whose phrase opens, within reach, with a topic preposition right after an act
        noun: "protest of [the government's] refusal", "investigation into [an] allegation"."""
        tok = e.trace.get("trigger_tok")
        if not e.trace.get("nominal") or not isinstance(tok, int) or not 0 <= tok < len(doc.tokens):
            return False
        toks = doc.tokens
        start = doc.sentences[toks[tok].sent].tok_start if toks[tok].sent < len(doc.sentences) else 0
        for k in range(tok - 1, max(start, tok - self.reach - 1) - 1, -1):
            w = toks[k].lower
            if w in self.stops:
                return False
            if w in self.prepositions:
                if k - 1 < start:
                    return False
                head = toks[k - 1]
                return head.lower in self.heads or head.lower in act_nouns or head.lemma.lower() in act_nouns
        return False
