"""Insurgents with no country of their own in an article about a foreign army ("US troops entered Fallujah ...
Insurgents fired rockets at the base"): the article's main country is the army's, never the insurgents', so they
take the country of the place told last before them, else none (fuen38). Per article, nothing remembered."""

from __future__ import annotations

from ..model import Doc, Mention

ARMY_SECTOR = "MIL"
_REACH = 1  # sentences back the place of the last act is looked for: the one before, not the article's dateline


def rebel_sectors(lex: dict) -> frozenset[str]:
    """The sectors a language's lexicon names as ``foreign_army_rebels`` (rebels, insurgents: REB); none elsewhere.
    Read with the rest of the lexicon (mention_lexicon.Lexicon, extractor_setup), not by a loader of its own."""
    return frozenset(str(s) for s in lex.get("foreign_army_rebels") or ())


def foreign_army_country(doc: Doc, mentions: list[Mention], m: Mention, main: str | None, rebels: frozenset[str]) -> bool:
    """``m`` is a rebel noun (its sector one of ``rebels``) and ``main`` (the article's country, the last doer's) is that
    of an army named in it that is abroad, as a place of another country tells: the guess would make the insurgents part
    of the army they fight (an army at home, "the Colombian army ... rebels in Cauca", leaves the guess standing)."""
    if m.actor is None or m.actor.sector not in rebels or not main:
        return False
    return any(x.kind == "actor" and x.actor is not None and x.actor.country == main and x.actor.sector == ARMY_SECTOR
               for x in mentions) and any(x.place is not None and x.place.country and x.place.country != main
                                          and (x.kind == "place" or x.is_location) for x in mentions)


def last_place_country(doc: Doc, m: Mention, mentions: list[Mention], army: str) -> str | None:
    """The country of the place named last before ``m`` in its sentence or the one before, unless it is the army's
    own (the army at home is no foreign army)."""
    sent = doc.tokens[m.tok_start].sent
    places = [x for x in mentions if x.tok_start < m.tok_start and x.place is not None and x.place.country
              and (x.kind == "place" or x.is_location) and sent - _REACH <= doc.tokens[x.tok_start].sent <= sent]
    country = places[-1].place.country if places else None  # type: ignore[union-attr]
    return country if country != army else None
