"""One article's mentions indexed for what context.fill_generic looks back for, built once per article.

Asked per bare sector noun ("die Polizei", "Soldaten"), a scan of every mention made a text of thousands of such
nouns quadratic (tests/test_fuzz); these indexes answer each question from the few mentions that can answer it.
Per article: nothing is kept between documents.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass

from ..model import Doc, Mention

_OBJECT_VIAS = ("country", "capital")  # a state named by its name (context._object_country)


def noun_stem(word: str) -> str:
    """A noun in the same number without its dative plural -n ("Sicherheitskräften" -> "sicherheitskräfte"):
    the same body is named in the same number, while "der indonesische Präsident ... die Präsidenten beider
    Länder" or "an official ... officials" are more than the one named before."""
    return word[:-1] if word.endswith("en") and len(word) > 5 else word


class NamedBefore:
    """"Vier saudische Sicherheitskräfte ... ein Schusswechsel mit Sicherheitskräften", "Die Armee": the same noun of
    the same sector named with its country shortly before is the same body, whatever country the article is mostly
    about. Indexed by (sector, noun stem) in the mentions' order, for army nouns and every other sector alike; a
    mention fill_generic gives a country as it goes ("appositive+name") is added then (``note``)."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self._doc = doc
        # (sector, stem) -> (position in mentions, first token, end token, paragraph), sorted by position
        self._found: dict[tuple[str | None, str], list[tuple[int, int, int, int]]] = {}
        self._mentions = mentions
        self._seen: set[int] = set()
        # sector -> (first token, position in mentions, paragraph, noun stem), sorted: compounds for their bare head
        self._by_sector: dict[str | None, list[tuple[int, int, int, str]]] = {}
        for i, x in enumerate(mentions):
            self.note(i, x)

    def note(self, i: int, x: Mention) -> None:
        """Index mentions[i] if it now names a body with its country (two words at least, not from a sector noun)."""
        if i in self._seen or x.kind != "actor" or x.actor is None or not x.actor.country \
                or x.via.startswith("sector") or x.tok_end - x.tok_start < 2:
            return
        self._seen.add(i)
        toks = self._doc.tokens
        key = (x.actor.sector, noun_stem(toks[x.tok_end - 1].lower))
        para = self._doc.sentences[toks[x.tok_start].sent].paragraph
        insort(self._found.setdefault(key, []), (i, x.tok_start, x.tok_end, para))
        insort(self._by_sector.setdefault(x.actor.sector, []), (x.tok_start, i, para, key[1]))

    def country(self, m: Mention) -> str | None:
        """The country of the latest body of m's sector and noun that ends before m, in m's paragraph or the one
        before; further back, a bare noun is as often another country's."""
        toks = self._doc.tokens
        found = self._found.get((m.actor.sector, noun_stem(toks[m.tok_end - 1].lower)), [])  # type: ignore[union-attr]
        k = bisect_left(found, m.tok_start, key=lambda e: e[1])  # those that start before m
        para = self._doc.sentences[toks[m.tok_start].sent].paragraph
        for j in range(k - 1, -1, -1):
            i, _, end, p = found[j]
            if p < para - 1:
                return None
            x = self._mentions[i]
            if end <= m.tok_start and x.actor is not None and x.actor.country:
                return x.actor.country
        return self._compound_head(m, para)

    def _compound_head(self, m: Mention, para: int) -> str | None:
        """"Der britische Verteidigungsminister ... Der Minister": a bare noun that is the head of a compound of its
        sector named with its country shortly before (m's paragraph or the one before) is that body, the latest one."""
        toks = self._doc.tokens
        stem = noun_stem(toks[m.tok_end - 1].lower)
        if m.tok_end - m.tok_start != 1 or len(stem) < 5:
            return None
        found = self._by_sector.get(m.actor.sector, [])  # type: ignore[union-attr]
        for j in range(bisect_left(found, (m.tok_start,)) - 1, -1, -1):
            _, i, p, other = found[j]
            if p < para - 1:
                return None
            x = self._mentions[i]
            if other.endswith(stem) and len(other) > len(stem) and x.tok_end <= m.tok_start and x.actor is not None:
                return x.actor.country
        return None


@dataclass(frozen=True)
class Objects:
    """States named by name with no preposition before them, by sentence: the objects a bare state body's clause may
    name (context._object_country)."""

    by_sent: dict[int, list[Mention]]

    @classmethod
    def of(cls, doc: Doc, mentions: list[Mention]) -> Objects:
        by_sent: dict[int, list[Mention]] = {}
        for x in mentions:
            if x.kind == "actor" and x.actor is not None and x.via in _OBJECT_VIAS and x.preposition is None:
                by_sent.setdefault(doc.tokens[x.tok_start].sent, []).append(x)
        return cls(by_sent)


@dataclass(frozen=True)
class Armies:
    """One article's answers for its bare army nouns (context._set_army), read once at the first of them."""

    foreign: bool  # the article names another country's army by name or adjective
    sent_countries: dict[int, frozenset[str]]  # each sentence's countries named by a mention not from a sector noun

    @classmethod
    def of(cls, doc: Doc, mentions: list[Mention], main: str | None) -> Armies:
        toks = doc.tokens
        foreign = any(x.actor is not None and x.actor.sector == "MIL" and x.actor.country and x.actor.country != main
                      and x.kind in ("actor", "origin") and not x.via.startswith("sector") for x in mentions)
        countries: dict[int, set[str]] = {}
        for x in mentions:
            if x.via.startswith("sector"):
                continue
            c = x.actor.country if x.actor is not None and x.actor.country else x.place.country if x.place else None
            if c:
                countries.setdefault(toks[x.tok_start].sent, set()).add(c)
        return cls(foreign, {k: frozenset(v) for k, v in countries.items()})
