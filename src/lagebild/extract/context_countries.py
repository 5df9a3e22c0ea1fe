"""Countries a generic actor's neighbourhood gives (context.fill_generic's readings): the place after its noun,
a counterpart's country, the countries of the people the article names. Per article; nothing kept between documents."""

from __future__ import annotations

from ..model import Doc, Mention
from .scene import NAMED_VIAS as _NAMED_VIAS


def counterpart_country(doc: Doc, m: Mention, mentions: list[Mention], main: str | None) -> str | None:
    """"Der französische Außenminister traf in Berlin seinen Amtskollegen": a counterpart is of a country
    other than the parties its sentence names: the place of the sentence, else the country named last
    in the paragraph, else the article's; None when every one is a party's (a miss, not a wrong country)."""
    toks = doc.tokens
    sent = toks[m.tok_start].sent
    para = doc.sentences[sent].paragraph
    same = [x for x in mentions if x is not m and toks[x.tok_start].sent == sent]
    parties = {x.actor.country for x in same if x.kind == "actor" and x.actor is not None and not x.is_location
               and x.via in _NAMED_VIAS}
    here = [x.place.country for x in same if x.place is not None and (x.kind == "place" or x.is_location)]
    before = [x.actor.country for x in reversed(mentions) if x.tok_start < m.tok_start and x.kind == "actor"
              and x.actor is not None and x.via in _NAMED_VIAS and doc.sentences[toks[x.tok_start].sent].paragraph == para]
    return next((c for c in (*here, *before, main) if c and c not in parties), None)


def place_after(doc: Doc, end: int, p: Mention, place_nouns: frozenset[str], preps: frozenset[str]) -> bool:
    """Place ``p`` follows the noun ending at ``end`` as its location: "police in Harare", "Polizei
    Kairos", or with a place noun between ("Sicherheitskräfte in der Provinz Helmand", "police in the
    province of Helmand")."""
    toks = doc.tokens
    gap = toks[end:p.tok_start]
    if len(gap) > 4 or p.tok_start < end:
        return False
    if not gap or (len(gap) <= 2 and gap[0].lower == p.preposition):
        return True
    if gap[0].lower not in preps or not any(t.lower in place_nouns for t in gap[1:]):
        return False  # only a preposition, articles and the place noun between
    return all(t.lower in place_nouns or (t.text.islower() and t.text.isalpha() and len(t.text) <= 4) for t in gap[1:])


def named_countries(mentions: list[Mention]) -> dict[str, str]:
    """Country of each word of the people's names the article gives with a country."""
    out: dict[str, str] = {}
    for m in mentions:
        a = m.actor
        if a is None or not a.country or m.kind != "actor" or not (m.via == "person" or m.via == "appositive"):
            continue
        for w in (a.name if m.via == "appositive" else m.text).split():
            if len(w) >= 2 and w[:1].isupper() and w.isalpha():
                out.setdefault(w, a.country)
    return out
