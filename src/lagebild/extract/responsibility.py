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

from ..knowledge.resources import lower_words
from ..language.suffixes import split_whole
from ..model import Doc, Event


@dataclass(frozen=True)
class ResponsibilityFrames:
    """The words that put an act inside a claim or a blame, and how far from the act's word they may stand."""

    stems: tuple[str, ...] = ()  # "verantwortlich", "vorwurf": a word beginning or ending so ("mitverantwortlich")
    whole: frozenset[str] = frozenset()  # "=konto": the whole word only
    reflexive: frozenset[str] = frozenset()  # "bekannt": a frame only with "sich" in reach ("ist nicht bekannt" is none)
    reflexive_pronouns: frozenset[str] = frozenset()  # "sich"
    own_types: frozenset[str] = frozenset()  # ACCUSE: the blame's own event, never a repeat of the act
    reach: int = 0  # at most this many words between the act's word and the frame's

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> ResponsibilityFrames:
        d = lex.get("responsibility") or {}
        stems, whole = split_whole(str(w).lower() for w in d.get("words") or [])
        return cls(stems=stems, whole=whole,
                   reflexive=lower_words(d, "reflexive"),
                   reflexive_pronouns=lower_words(d, "reflexive_pronouns"),
                   own_types=frozenset(str(w) for w in d.get("own_types") or []),
                   reach=int(d.get("reach") or 0))

    def same_acts(self, doc: Doc, events: list[Event]) -> list[Event]:
        """``events`` without those that name an act told in an earlier sentence inside a claim or a blame."""
        if not events or not self.reach or not (self.stems or self.whole or self.reflexive):
            return events
        first: dict[str, int] = {}  # the sentence where each type is first told
        for e in events:
            first[e.event_type] = min(first.get(e.event_type, e.evidence_sentence), e.evidence_sentence)
        return [e for e in events if not (first[e.event_type] < e.evidence_sentence and self._framed(doc, e))]

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
