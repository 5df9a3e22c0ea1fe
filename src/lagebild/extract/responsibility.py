"""An act named inside a frame of responsibility is the act the article told before: "Zu den Anschlägen bekannten
sich die Gruppe X und Y", "wurde beschuldigt, die Anschläge verübt zu haben", "stand im Verdacht, die Unruhen
angezettelt zu haben", "machen den Geheimdienst für das Attentat verantwortlich". The claim or the blame is the
news of such a sentence (an accusation has its own event); a second event of the act's type would count the act
twice, with the claimant or the accused as its doer and often no side at all (news-gold: "a repetition of the same
event later in the article is the same entry"). Where the article told no act of the type before, the frame is the
act's first telling ("Zu dem Anschlag auf die Botschaft bekannte sich die Gruppe X") and stays. Words are data
(lexicon ``responsibility``); empty: nothing is dropped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..language.suffixes import split_whole
from ..model import Doc, Event

# words that end the accusation's complement: what follows is told by the article, not by the accuser
_CLAUSE_ENDS = frozenset({".", ";", ":", "but", "while", "whereas", "after", "before", "when", "as", "who", "which",
                          "that", "since", "because"})


@dataclass(frozen=True)
class ResponsibilityFrames:
    """The words that put an act inside a claim or a blame, and how far from the act's word they may stand."""

    stems: tuple[str, ...] = ()  # "verantwortlich", "vorwurf": a word beginning or ending so ("mitverantwortlich")
    whole: frozenset[str] = frozenset()  # "=konto": the whole word only
    reflexive: frozenset[str] = frozenset()  # "bekannt": a frame only with "sich" in reach ("ist nicht bekannt" is none)
    reflexive_pronouns: frozenset[str] = frozenset()  # "sich"
    own_types: frozenset[str] = frozenset()  # ACCUSE: the blame's own event, never a repeat of the act
    reach: int = 0  # at most this many words between the act's word and the frame's
    # "accused Eritrea of backing rebels": a gerund after one of ``alleged_of`` and its preposition is what the
    # accuser says, never an act the article tells (the accusation is the news); dropped even told first
    alleged_of: frozenset[str] = frozenset()
    alleged_prepositions: frozenset[str] = frozenset()  # "of"

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> ResponsibilityFrames:
        d = lex.get("responsibility") or {}
        stems, whole = split_whole(str(w).lower() for w in d.get("words") or [])
        return cls(stems=stems, whole=whole,
                   reflexive=frozenset(str(w).lower() for w in d.get("reflexive") or []),
                   reflexive_pronouns=frozenset(str(w).lower() for w in d.get("reflexive_pronouns") or []),
                   own_types=frozenset(str(w) for w in d.get("own_types") or []),
                   reach=int(d.get("reach") or 0),
                   alleged_of=frozenset(str(w).lower() for w in d.get("alleged_of") or []),
                   alleged_prepositions=frozenset(str(w).lower() for w in d.get("alleged_prepositions") or []))

    def same_acts(self, doc: Doc, events: list[Event]) -> list[Event]:
        """``events`` without those that name an act told in an earlier sentence inside a claim or a blame."""
        if not events or not self.reach:
            return events
        if self.alleged_of:
            events = [e for e in events if not self._alleged(doc, e)]
        if not (self.stems or self.whole or self.reflexive):
            return events
        first: dict[str, int] = {}  # the sentence where each type is first told
        for e in events:
            first[e.event_type] = min(first.get(e.event_type, e.evidence_sentence), e.evidence_sentence)
        return [e for e in events if not (first[e.event_type] < e.evidence_sentence and self._framed(doc, e))]

    def _alleged(self, doc: Doc, e: Event) -> bool:
        """The event's word stands in the "of" complement of an accusation that a gerund opens ("accused X of backing",
        "of shelling and looting", "of being willing to start a war", "of planning attacks"): the accuser's claim, told
        by the accusation's own event. "accused X of the attack" (no gerund) is the blame frame's (told before)."""
        tok = e.trace.get("trigger_tok")
        if tok is None or e.event_type in self.own_types:
            return False
        toks = doc.tokens
        start = doc.sentences[toks[tok].sent].tok_start
        prep = None
        for k in range(tok - 1, max(start, tok - self.reach) - 1, -1):  # the preposition, past the complement's words
            w = toks[k].lower
            if w in self.alleged_prepositions:
                prep = k
                break
            if w in _CLAUSE_ENDS or w in self.alleged_of or w == "," and toks[k + 1].lower in {"and", "but"}:
                return False  # a new clause ("of shelling Donetsk, and Ukraine attacked ...") is told as fact
        if prep is None or not toks[prep + 1].lower.endswith("ing"):
            return False
        return any(toks[k].lower in self.alleged_of for k in range(max(start, prep - self.reach), prep))

    def _framed(self, doc: Doc, e: Event) -> bool:
        """The event's word is an act noun with a frame word within reach, or the claim's verb itself."""
        tok = e.trace.get("trigger_tok")
        if tok is None or e.event_type in self.own_types:
            return False
        toks = doc.tokens
        sent = doc.sentences[toks[tok].sent]
        window = range(max(sent.tok_start, tok - self.reach), min(sent.tok_end, tok + self.reach + 1))
        reflexive = any(toks[k].lower in self.reflexive_pronouns for k in window)

        def frame(k: int) -> bool:
            w = toks[k].lower
            return w in self.whole or (reflexive and w in self.reflexive) or bool(self.stems) and (
                w.startswith(self.stems) or w.endswith(self.stems))
        if not e.trace.get("nominal"):
            return frame(tok)  # "bekannten sich zu den Anschlägen"; a verb naming an act ("warfen Steine") is none
        # a frame word before the act may open its zu-infinitive ("beschuldigt, die Anschläge verübt zu haben"); one
        # after it stands in its clause ("für das Attentat verantwortlich"), not past a comma ("die Festnahme von
        # Abgeordneten, gegen die Terrorvorwürfe erhoben werden": the deputies are blamed, not the arrest)
        ahead = next((k for k in window if k > tok and toks[k].text == ","), window.stop)
        return any(frame(k) for k in window if k != tok and k < ahead)
