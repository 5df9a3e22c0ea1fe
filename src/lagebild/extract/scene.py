"""Where a story happens: the article's main country and the scene a sentence sets.

Split from context.py, which fills generic actors ("die Polizei", "officials") with a country: these two answer
"where", the one question every filling rule asks, so name_context, anaphors and shared_names ask them too without
the filling rules. Per article; nothing is remembered between documents.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..language.datelines import dateline_spans
from ..model import Doc, Mention

# organisations whose seat says little of where the story is (main_country): aid groups, media and a named army
# ("die Bundeswehr"); an army told by its adjective ("Pakistani troops") still votes, it names the side that acts
_ABROAD = frozenset({"NGO", "MEDIA", "MIL"})
# vias of actors named as themselves (a country, a person, an organisation), not read from a sector noun
NAMED_VIAS = ("country", "capital", "phrase", "adjective+head", "compound", "people", "person", "org", "federal",
              "appositive", "alias", "place-body")
# vias of generic actors whose country came from context: events prefer named actors to them (kept here, the module
# that imports no other part of the extractor, so that event_parts and the role finders need not import context)
GENERIC_VIAS = ("sector", "sector+place", "sector+article", "sector+counterpart")


@dataclass(frozen=True)
class Scene:
    """Generic actors that act where they are (``sectors``: police, crowds, rebels) take the country of the scene
    their sentence sets with a static location (``preps``: "In Kairo nahm die Polizei ... fest"), not
    the article's (de/lexicon.yaml scene_sectors; empty: the rule is off)."""

    sectors: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    there: frozenset[str] = frozenset()  # "der dortigen Regierung": the body of the place just named (any sector)
    # a government's own forces ("Regierungstruppen"): soldiers, yet they fight at home like the police, so they take
    # the country where they are, never the last-named government's ("Warschau kündigte an ... In der Ostukraine
    # kämpfen Regierungstruppen")
    home: frozenset[str] = frozenset()
    # nouns of people who act where the story happens ("authorities", "protesters"): with no place in their sentence
    # they take the country of the article's scene (``article_country``), not the country its named actors give most
    # ("Bush imposes sanctions on Burma ... authorities continuing to arrest protesters" is Burma's; empty: off)
    article_nouns: frozenset[str] = frozenset()
    # a bare army noun ("die Armee", "Soldaten"): no place says whose (troops serve abroad), but where the article
    # names no army of another country it is the article's country's (de/lexicon.yaml army_article_nouns)
    army: frozenset[str] = frozenset()
    # sectors whose generic actors with no place in their sentence take the scene of the sentence before in their
    # paragraph (``paragraph_country``: "Tibeter demonstrierten in Kathmandu. Die Polizei nahm 20 fest."; empty: off)
    paragraph: frozenset[str] = frozenset()
    # words joining places in a list ("In Uganda, Kenia und Tansania"): each conjunct is a static location too
    joins: frozenset[str] = frozenset()

    def article_country(self, doc: Doc, mentions: list[Mention]) -> str | None:
        """The country of most of the article's static locations ("in Rangoon", "in Burma"), the first paragraph
        counting double; None on a tie or with none."""
        votes: Counter[str] = Counter()
        for x in mentions:
            if x.place is not None and x.place.country and x.is_location and x.preposition in self.preps:
                votes[x.place.country] += 2 if doc.sentences[doc.tokens[x.tok_start].sent].paragraph == 0 else 1
        top = votes.most_common(2)
        return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None

    def at_home(self, doc: Doc, m: Mention) -> bool:
        """Whether m names a government's own forces (its last word is one of ``home``)."""
        return bool(self.home) and doc.tokens[m.tok_end - 1].lower in self.home

    def there_country(self, doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
        """"Tsvangirai hält sich in Südafrika auf, wo er um die Unterstützung der dortigen Regierung wirbt": a body
        called that place's by an adverbial adjective is of the country of the last place named before it, in its
        sentence or the one before (a country named as a place or an actor)."""
        toks = doc.tokens
        if not self.there or m.tok_start == 0 or toks[m.tok_start - 1].lower not in self.there:
            return None
        sent = toks[m.tok_start].sent
        before = [x for x in mentions if x.tok_end <= m.tok_start and sent - 1 <= toks[x.tok_start].sent <= sent
                  and ((x.place is not None and x.place.country and x.is_location)
                       or (x.kind == "actor" and x.actor is not None and x.via in ("country", "capital") and x.actor.country))]
        last = before[-1] if before else None
        return None if last is None else (last.place.country if last.place is not None and last.place.country
                                          else last.actor.country if last.actor is not None else None)

    def paragraph_country(self, doc: Doc, m: Mention, mentions: list[Mention], place_nouns: frozenset[str],
                          reach: int = 2) -> str | None:
        """"Tibeter demonstrierten in Kathmandu. Die Polizei nahm 20 fest.": with no place in its own sentence (none at
        all, "von Damaskus" too), an actor of ``paragraph``'s sectors takes the one country of the static locations of
        the nearest sentence before it (``reach`` at most) in its paragraph that has any, or of its paragraph's dateline
        ("KATHMANDU (dpa) -"); None where that sentence names two countries, or where a sentence between names a body
        of another country ("Die US-Regierung verurteilte den Angriff": the story has turned to it)."""
        if m.actor is None or m.actor.sector not in self.paragraph:
            return None
        toks = doc.tokens
        sent = toks[m.tok_start].sent
        if any(toks[x.tok_start].sent == sent and (x.place is not None and x.place.country or x.preposition is not None
                                                   and x.kind == "actor" and x.via in ("country", "capital"))
               for x in mentions):
            return None  # "Geiseln ... in der Nähe von Damaskus": a place of its own sentence is nearer than any before
        para = doc.sentences[sent].paragraph
        between: set[str] = set()
        spans = [(p0, p1) for p0, p1, _, _ in dateline_spans(doc) if toks[p0].sent <= sent]
        dated = {x.place.country for x in mentions if spans and x.is_location and x.place is not None
                 and x.place.country and doc.sentences[toks[x.tok_start].sent].paragraph == para
                 and any(p0 <= x.tok_start < p1 for p0, p1 in spans)}
        for s in range(sent - 1, -1, -1):
            if doc.sentences[s].paragraph != para or (s < sent - reach and not dated):
                break  # past the reach, only a dateline is left to look for
            here = self._here(doc, s, mentions, place_nouns) if s >= sent - reach else set()
            if here:
                return next(iter(here)) if len(here) == 1 and between <= here else None
            between |= _named_in(doc, s, mentions)
        return next(iter(dated)) if len(dated) == 1 and between <= dated else None

    def _here(self, doc: Doc, sent: int, mentions: list[Mention], place_nouns: frozenset[str]) -> set[str]:
        """The countries of the static locations in sentence ``sent`` ("in Tbilisi", "in the Egyptian capital"), the
        places listed with one too ("In Uganda, Kenia und Tansania": three countries, no one scene)."""
        toks = doc.tokens
        ours = [x for x in mentions if toks[x.tok_start].sent == sent]
        static = [x for x in ours if x.place is not None and x.place.country and x.is_location
                  and x.preposition in self.preps]
        here = {x.place.country for x in static} | self._listed(doc, static, ours)  # type: ignore[union-attr]
        return here | {x.actor.country for x in ours if x.kind == "origin" and x.actor is not None
                       and x.actor.country and x.preposition in self.preps
                       and x.tok_end < len(toks) and toks[x.tok_end].lower in place_nouns}

    def _listed(self, doc: Doc, static: list[Mention], ours: list[Mention]) -> set[str]:
        """The countries of the places (and countries, capitals) joined to a static location by a comma or one of
        ``joins`` alone: "In Uganda, Kenia und Tansania" lists Kenya and Tanzania as places too."""
        toks = doc.tokens
        out: set[str] = set()
        ends = {x.tok_end for x in static}
        for x in ours:  # in text order: a conjunct's end lets the next conjunct join
            if any(x is y for y in static) or not ends:
                continue
            country = (x.place.country if x.place is not None and x.place.country else x.actor.country
                       if x.actor is not None and x.kind == "actor" and x.via in ("country", "capital") else None)
            joined = any(e < x.tok_start and all(t.text == "," or t.lower in self.joins for t in toks[e:x.tok_start])
                         for e in ends)
            if country and joined:
                out.add(country)
                ends.add(x.tok_end)
        return out

    def tie_break(self, doc: Doc, m: Mention, mentions: list[Mention], place_nouns: frozenset[str]) -> str | None:
        """Where the article's scene is a tie ("Fighting near Kharkiv ... The police arrested 20 protesters in
        Tbilisi"), the one country of m's own sentence's static locations, not the country named first."""
        here = self._here(doc, doc.tokens[m.tok_start].sent, mentions, place_nouns)
        return next(iter(here)) if len(here) == 1 else None

    def country(self, doc: Doc, m: Mention, mentions: list[Mention], place_nouns: frozenset[str]) -> str | None:
        """The one country of the static locations in m's sentence ("in der ägyptischen Hauptstadt" too: an origin
        before a place noun), else of the police its sentence names by
        country ("Die ägyptische Polizei nahm Demonstranten fest"). Only the sentence counts: a place told in the
        paragraph before is weaker evidence than the article's main country (it cost precision on hold-out news)."""
        if m.actor is None or (m.actor.sector not in self.sectors and not self.at_home(doc, m)):
            return None
        toks = doc.tokens
        sent = toks[m.tok_start].sent
        here = self._here(doc, sent, mentions, place_nouns)
        if len(here) == 1:
            return next(iter(here))
        if here:
            return None
        police = {x.actor.country for x in mentions if x is not m and x.kind == "actor" and x.actor is not None
                  and x.actor.country and x.actor.sector == "POL" and x.via in NAMED_VIAS and toks[x.tok_start].sent == sent}
        return police.pop() if len(police) == 1 else None


def _named_in(doc: Doc, sent: int, mentions: list[Mention]) -> set[str]:
    """The countries of the bodies sentence ``sent`` names as themselves ("Die US-Regierung", "Kenias Polizei"); aid
    groups, media and named armies do not count (they work and report abroad, as in main_country)."""
    return {x.actor.country for x in mentions if x.kind == "actor" and x.actor is not None and x.actor.country
            and x.via in NAMED_VIAS and doc.tokens[x.tok_start].sent == sent
            and not (x.actor.sector in _ABROAD and x.via in ("org", "alias"))}


def main_country(doc: Doc, mentions: list[Mention]) -> str | None:
    """The country an article is about: the one its named actors and places give most often, the
    first paragraph (title, dateline, lead) counting double; ties go to the one named first. A company
    does not vote, nor a compound on its name: "ein Airbus", "Boeing", "ein Facebook-Beitrag" say where a maker
    sits, not where the story is. An aid group or a
    broadcaster or an army named by name ("die Welthungerhilfe", "die BBC", "die Bundeswehr") vote only where
    nothing else does: they work, report and serve abroad."""
    votes: Counter[str] = Counter()
    abroad: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in mentions:
        country = (m.actor.country if m.actor is not None and m.kind in ("actor", "origin")
                   and m.via in (*NAMED_VIAS, "adjective") else m.place.country if m.place is not None else None)
        if not country or (m.actor is not None and m.actor.sector == "BUS" and m.via in ("org", "compound")):
            continue
        sent = doc.tokens[m.tok_start].sent
        weak = m.actor is not None and m.kind == "actor" and m.actor.sector in _ABROAD and m.via in ("org", "alias")
        (abroad if weak else votes)[country] += 2 if doc.sentences[sent].paragraph == 0 else 1
        first.setdefault(country, m.tok_start)
    votes = votes or abroad
    if not votes:
        return None
    return max(votes, key=lambda c: (votes[c], -first[c]))
