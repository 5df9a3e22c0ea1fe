"""A people named as living in a country is that country's: "ethnic Albanians in southern Serbia", "the Kurds of Iraq"
are Serbia's and Iraq's citizens (CAMEO codes the country they live in), not the state their name is of."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Doc, Mention
from .scene import Scene


@dataclass(frozen=True)
class Residents:
    """lexicon.yaml ``residents``: a marker before the people ("ethnic") with a place after one of ``prepositions``
    (else the one country its sentence places something in, else the article's), or, without a marker, a place after one of
    ``bare_prepositions`` ("the Albanians of Serbia")."""

    markers: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    bare_prepositions: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, d: dict | None) -> Residents:
        d = d or {}
        return cls(frozenset(d.get("markers") or ()), frozenset(d.get("prepositions") or ()),
                   frozenset(d.get("bare_prepositions") or ()))

    def apply(self, doc: Doc, mentions: list[Mention], modifiers: frozenset[str]) -> None:
        """Gives each resident people mention the country of the place after it (``modifiers`` may stand between:
        "in southern Serbia"); the place keeps its own reading."""
        if not self.prepositions and not self.bare_prepositions:
            return
        toks = doc.tokens
        starts = {m.tok_start: c for m in mentions if (c := m.place.country if m.place is not None else
                                                         m.actor.country if m.actor is not None and m.via == "country"
                                                         else None)}
        for m in mentions:
            if m.via != "people" or m.actor is None or not m.actor.country or m.tok_end >= len(toks):
                continue
            marked = m.tok_start > 0 and toks[m.tok_start - 1].lower in self.markers \
                and toks[m.tok_start - 1].sent == toks[m.tok_start].sent
            prep = toks[m.tok_end].lower
            if prep in (self.prepositions if marked else self.bare_prepositions):
                j = m.tok_end + 1
                while j < len(toks) and toks[j].lower in modifiers:
                    j += 1
                country = starts.get(j)
            else:  # "ethnic Albanians demonstrated on Tuesday in Serbia": the one country their sentence is in,
                # else the article's ("ethnic Turks protested against Sweden's decision" in a story set in Sweden)
                country = (self._scene(doc, mentions, m)
                           or Scene(preps=self.prepositions).article_country(doc, mentions)) if marked else None
            if country is None or country == m.actor.country:
                continue
            m.actor = replace(m.actor, country=country, actor_id=f"{country}-{m.actor.sector}" if m.actor.sector
                              else country)

    def _scene(self, doc: Doc, mentions: list[Mention], m: Mention) -> str | None:
        """The one country of the places the sentence of ``m`` puts something in (``prepositions``), if one."""
        sent = doc.tokens[m.tok_start].sent
        found = {p.place.country for p in mentions if p.is_location and p.place is not None and p.place.country
                 and p.preposition in self.prepositions and doc.tokens[p.tok_start].sent == sent}
        return found.pop() if len(found) == 1 else None
