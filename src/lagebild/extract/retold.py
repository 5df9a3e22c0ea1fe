"""Background told again: an event whose own date lies well before the article's is an earlier event retold
("Castro war 2006 zurückgetreten", "Am 6. September 2000 massakrierten Milizen ..."), no news of the day; a
situation picture wants what the article reports as new."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..knowledge.resources import lower_words
from ..model import DateRef, Doc

RETOLD_AFTER = timedelta(days=365)  # a year: "im vergangenen Jahr" and last season's events still count
UNKNOWN_DOER_AFTER = timedelta(days=30)  # an attack with an unknown doer: a month (retold_unknown)


def retold(when: DateRef | None, published: date | None) -> bool:
    """Whether the event's date (its interval's end, a day) lies more than a year before the publication day."""
    return _older(when, published, RETOLD_AFTER, periods=False)


def _older(when: DateRef | None, published: date | None, window: timedelta, periods: bool) -> bool:
    """Whether the date's last day lies more than ``window`` before the publication day; a month or year value counts
    only with ``periods`` (the one-year rule reads days alone, the unknown-doer rule reads months and years too)."""
    if when is None or published is None:
        return False
    end = _last_day(when.value) if periods else _day(when.value)
    return end is not None and published - end > window


def _day(value: str) -> date | None:
    """An interval's end or a date value as a day; None for a month or year alone."""
    try:
        return date.fromisoformat(value.split("/")[-1][:10])
    except ValueError:
        return None


def _last_day(value: str) -> date | None:
    """The last day a date value covers: an interval's end, a month ("2009-07"), a year ("2005"), a day."""
    end = value.split("/")[-1]
    try:
        if len(end) == 4:
            return date(int(end), 12, 31)
        if len(end) == 7:
            year, month = int(end[:4]), int(end[5:7])
            return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return date.fromisoformat(end[:10])
    except ValueError:
        return None


def retold_unknown(when: DateRef | None, published: date | None) -> bool:
    """An attack told without its doer and dated over a month before the article ("Bei einem Anschlag im Juli 2009
    wurden sieben Menschen getötet") is background: a recalled attack's doer is known by then or left to context."""
    return _older(when, published, UNKNOWN_DOER_AFTER, periods=True)



def _attributive(toks: list, j: int, trigger: int, endings: tuple[str, ...]) -> bool:
    """Whether the word at ``j`` is a participle before a noun ("die jahrelang verfolgte Opposition protestierte"): the
    duration then qualifies that attribute, not the act."""
    return j + 1 < trigger and toks[j].text[:1].islower() and len(toks[j].text) > 5 \
        and bool(endings) and toks[j].lower.endswith(endings) and toks[j + 1].text[:1].isupper()


@dataclass(frozen=True)
class History:
    """Undated background: an act told inside a past era ("fought in the Korean War", "im Zweiten Weltkrieg") or by a
    force of the past ("Wehrmachtssoldaten ermordeten") is history retold, no news of the day. Words are data
    (lexicon ``history``); empty: nothing is history."""

    periods: tuple[tuple[str, ...], ...] = ()  # "korean war", "weltkrieg": eras, as word sequences
    preps: frozenset[str] = frozenset()  # "in", "during", "im", "während": the act lies inside the era ...
    reach: int = 0  # ... at most this many words before the era's name ("in the 1950-53 Korean War")
    stops: frozenset[str] = frozenset()  # "since", "seit", "nach": the act lies after the era ("first since the war")
    forces: tuple[str, ...] = ()  # "wehrmacht": a word beginning so names a force of the past
    firsts: frozenset[str] = frozenset()  # the periods' first words: a clause without one is read no further
    # a bare year ("Castro war 2006 zurückgetreten", "im Jahr 1990"), read where no fuller date is: after one of
    # ``year_words`` or a lower-case word, never after ``year_stops`` ("seit 2003", "bis 2013") or inside a name or
    # brackets ("Agenda 2010", "Bali (2002)")
    year_words: frozenset[str] = frozenset()
    year_stops: frozenset[str] = frozenset()
    year_reach: int = 0  # ... at most this many words from the trigger (a year further off dates a noun of the clause)
    # "have long traded accusations", "has long backed": one of ``habits`` right after a perfect auxiliary
    # (``perfects``) tells a standing relation, background to the news, not an act of the day
    habits: frozenset[str] = frozenset()
    perfects: frozenset[str] = frozenset()
    # "jahrelang anerkannt", "der jahrzehntelange Einsatz": an act told over years is a standing state (``standing``)
    durations: frozenset[str] = frozenset()
    duration_adjectives: frozenset[str] = frozenset()
    duration_reach: int = 0
    attribute_endings: tuple[str, ...] = ()  # "verfolgte", "gewählten": a participle before a noun takes the duration

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> History:
        d = lex.get("history") or {}
        periods = tuple(tuple(str(p).lower().split()) for p in d.get("periods") or [])
        return cls(periods=periods, firsts=frozenset(p[0] for p in periods if p),
                   preps=lower_words(d, "prepositions"), reach=int(d.get("reach") or 0),
                   stops=lower_words(d, "stops"),
                   forces=tuple(str(w).lower() for w in d.get("forces") or []),
                   year_words=lower_words(d, "year_words"),
                   year_stops=lower_words(d, "year_stops"),
                   year_reach=int(d.get("year_reach") or 0),
                   habits=lower_words(d, "habits"),
                   perfects=lower_words(d, "perfects"),
                   durations=lower_words(d, "durations"),
                   duration_adjectives=lower_words(d, "duration_adjectives"),
                   duration_reach=int(d.get("duration_reach") or 0),
                   attribute_endings=tuple(str(e).lower() for e in d.get("attribute_endings") or ()))

    def habitual(self, doc: Doc, start: int, end: int, trigger: int) -> bool:
        """Whether the trigger (the participle or its object, three words at most after the adverb) stands in a
        perfect with a habit adverb of the clause ``start``..``end``: "Chad and Sudan have long traded accusations"."""
        toks = doc.tokens
        return any(toks[i].lower in self.habits and toks[i - 1].lower in self.perfects
                   for i in range(max(start + 1, trigger - 3), min(end, trigger)))

    def standing(self, doc: Doc, start: int, end: int, trigger: int) -> bool:
        """Whether the clause ``start``..``end`` tells its act over years: a duration adverb at most ``duration_reach``
        words before the trigger ("habe jahrelang das Modell anerkannt") or a duration adjective right before the noun
        trigger ("den jahrzehntelangen Assistenzeinsatz"): a standing state, background, no act of the day."""
        toks = doc.tokens
        if trigger > start and toks[trigger - 1].lower in self.duration_adjectives:
            return True
        return any(toks[i].lower in self.durations and not _attributive(toks, i + 1, trigger, self.attribute_endings)
                   for i in range(max(start, trigger - self.duration_reach), trigger))


    def old_year(self, doc: Doc, start: int, end: int, trigger: int, published: date | None) -> bool:
        """Whether the clause of tokens ``start``..``end`` tells its act in a bare year that ended more than a year
        before the article (``retold``'s measure): "Er war 1967 durch einen Putsch an die Macht gekommen"."""
        if published is None or not self.year_words:
            return False
        toks = doc.tokens
        for i in range(max(start, 1, trigger - self.year_reach), min(end, trigger + self.year_reach + 1)):
            t = toks[i].text
            if len(t) != 4 or not t.isdigit() or not 1800 < int(t) < 2200:
                continue
            prev = toks[i - 1]
            if prev.lower in self.year_stops or not (prev.lower in self.year_words or prev.text[:1].islower()):
                continue
            if published - date(int(t), 12, 31) > RETOLD_AFTER:
                return True
        return False

    def historic(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the clause of tokens ``start``..``end`` tells its act inside a past era or by a past force."""
        words = [t.lower for t in doc.tokens[start:end]]
        if self.forces and any(w.startswith(self.forces) for w in words):
            return True
        return any(tuple(words[i:i + len(p)]) == p and self._inside(words, i) for i in range(len(words))
                   if words[i] in self.firsts for p in self.periods)

    def _inside(self, words: list[str], i: int) -> bool:
        """The nearest of ``preps`` or ``stops`` within ``reach`` words before ``i`` is a preposition of "inside"."""
        for w in reversed(words[max(0, i - self.reach):i]):
            if w in self.stops:
                return False
            if w in self.preps:
                return True
        return False
