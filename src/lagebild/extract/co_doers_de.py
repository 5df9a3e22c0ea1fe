"""Coordinated German doers of one act: each other's target, or together on a third side, told by the clause.

"Armenische und aserbaidschanische Truppen kämpften an der Grenze": a fight with no object of its own is between the
two, so each is the other's target. "Russland und China beschossen ein Boot" / "griffen ein Dorf an" / "kämpften gegen
die Rebellen": the clause has its own object or aim phrase, so both act on it together and neither is the other's
target (before, the sentence's one other country, the co-doer, was taken as the aim). The type alone cannot tell the
two apart (round 38's fuco38); the words are lexicon.yaml's ``co_doers``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..knowledge.resources import lower_words
from ..model import Doc, Event, Mention


@dataclass(frozen=True)
class CoDoers:
    """Immutable after construction: the words that tell a joint act from a mutual one."""

    mutual_words: frozenset[str] = frozenset()  # "gegeneinander", "miteinander": each acts on the other, whatever else
    mutual_verbs: frozenset[str] = frozenset()  # "kämpfen", "verhandeln": with no object, done with each other
    reflexives: frozenset[str] = frozenset()  # "beschossen sich": right after the verb, the doers are its object
    aim_prepositions: frozenset[str] = frozenset()  # "gegen": a side aimed at, in any case
    case_prepositions: frozenset[str] = frozenset()  # "auf", "an": an aim with an accusative only ("an der Grenze": where)
    accusative_articles: frozenset[str] = frozenset()  # "den", "einen", "ein", "die", "das": an object's article
    skip_words: frozenset[str] = frozenset()  # "und", articles, adverbs: not the noun an article opens
    prepositions: frozenset[str] = frozenset()  # "in die Stadt", "für die Freiheit": an article after one opens no object

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> CoDoers:
        d = lex.get("co_doers") or {}
        return cls(*(lower_words(d, k) for k in ("mutual_words", "mutual_verbs", "reflexives", "aim_prepositions",
                                                 "case_prepositions", "accusative_articles", "skip_words",
                                                 "prepositions")))

    def settle(self, doc: Doc, start: int, end: int, trig: int, lemma: str, cues: set[str] | frozenset[str],
               events: list[Event], mentions: list[Mention]) -> None:
        """Set the targets of ``events`` (one per coordinated doer of the trigger at ``trig`` in the clause
        ``start``..``end``, each of another country) by the clause: a mutual act aims each at the other (two doers);
        a joint act on the clause's own object aims none at another doer, unless that country is named apart from
        the doers ("beschossen ein chinesisches Boot"). ``cues`` are the rule's own words, never an object."""
        sources = [e.source.country if e.source is not None else None for e in events]
        if len(events) < 2 or None in sources or len(set(sources)) < len(sources) or not self.accusative_articles:
            return
        toks = doc.tokens
        doer_at = [int(e.trace["source_tok"]) for e in events if isinstance(e.trace.get("source_tok"), int)]
        if len(doer_at) < len(events):
            return  # a doer not read off a mention of the clause: nothing to weigh
        doers = [m for m in mentions if m.tok_start in doer_at]
        lo, hi = min(doer_at), max((m.tok_end for m in doers), default=max(doer_at) + 1)
        words = [t.lower for t in toks[start:end]]
        aimed = self._aimed(doc, start, end, trig, lo, hi, cues)
        mutual = any(w in self.mutual_words for w in words) or (not aimed and (
            lemma in self.mutual_verbs or (trig + 1 < end and toks[trig + 1].lower in self.reflexives)))
        if mutual and len(events) == 2:
            for ev, other in ((events[0], events[1]), (events[1], events[0])):
                if ev.target is None or ev.target.country in (sources[0], sources[1]):
                    ev.target = replace(other.source) if other.source is not None else None
        elif aimed and not mutual:
            named = {m.actor.country for m in mentions if m.actor is not None and m.actor.country
                     and start <= m.tok_start < end and not (lo <= m.tok_start < hi)}
            for ev, own in zip(events, sources, strict=True):
                if ev.target is not None and ev.target.country in set(sources) - {own} \
                        and ev.target.country not in named:
                    ev.target = None  # "Russland und China beschossen ein Boot": China is no target of Russia

    def _aimed(self, doc: Doc, start: int, end: int, trig: int, lo: int, hi: int, cues: set[str] | frozenset[str]) -> bool:
        """The clause names what the doers act on, apart from the doers (``lo``..``hi``): an aim phrase ("gegen die
        Rebellen", "auf einen Konvoi") or an object opened by an accusative article ("ein Boot", "die Stadt") whose
        noun is none of the rule's cue words ("lieferten sich Gefechte")."""
        toks = doc.tokens
        for j in range(start, end):
            if lo <= j < hi or j == trig:
                continue
            w = toks[j].lower
            if w in self.aim_prepositions:
                return True
            if w in self.case_prepositions and j + 1 < end and toks[j + 1].lower in self.accusative_articles:
                return True
            if w in self.accusative_articles and (j == start or toks[j - 1].lower not in self.prepositions):
                k = j + 1
                while k < end and (toks[k].lower in self.skip_words or toks[k].text[:1].islower()) and k - j < 4:
                    k += 1  # "ein kleines Boot"
                if k < end and not (lo <= k < hi) and toks[k].text[:1].isupper() and toks[k].lower not in cues:
                    return True
        return False
