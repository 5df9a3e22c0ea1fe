"""People told by where they come from: "ein Mann aus Syrien", "der aus Hamburg stammende Mann", "zwei syrische
Männer" are that country's people, as a demonym would say ("ein Syrer"). The nouns are plain words for people that no
sector lists (lexicon ``origin_people``), so without this the act on them took the scene's country ("in Berlin
festgenommen": DEU), and their own act had no doer (an origin adjective alone is no subject)."""

from __future__ import annotations

from dataclasses import dataclass

from ..knowledge.resources import lower_words
from ..model import ActorRef, Doc, Mention

_PLACE_VIAS = ("country", "capital")  # an actor mention that is a country's or capital's name, so a place too


@dataclass(frozen=True)
class OriginPeople:
    """``nouns``: plain people nouns ("Mann", "Frauen"); ``links``: "aus"; ``determiners``: "dem", "der" between the
    link and the place ("aus der Türkei"); ``attributes``: "stammende" and its forms, after the place and before the
    noun; ``between``: how many lower-case words may stand between the attribute and the noun. Empty: off."""

    nouns: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    attributes: frozenset[str] = frozenset()
    between: int = 2

    @classmethod
    def from_data(cls, d: dict | None) -> OriginPeople:
        d = d or {}
        low = lambda key: lower_words(d, key)  # noqa: E731
        return cls(low("nouns"), low("links"), low("determiners"), low("attributes"), int(d.get("between", 2)))

    def find(self, doc: Doc, mentions: list[Mention], coordinators: frozenset[str] = frozenset()) -> list[Mention]:
        """New actor mentions over the people nouns a place of a known country is linked to; one pass over the
        mentions, each looking a few tokens around itself. An origin adjective joined by a coordinator to the one
        before the noun ("Russische und chinesische Schiffe") names people of that noun too: it becomes an actor,
        so that both are doers (as "Russland und China"), never the first the second's target."""
        if not self.nouns or not self.links:
            return []
        toks = doc.tokens
        taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        out: list[Mention] = []
        for k, m in enumerate(mentions):
            if (n := self._after_adjective(doc, m, taken)) is not None:  # "zwei syrische Männer"
                taken.add(n)
                before = mentions[k - 1] if k else None
                if before is not None and before.kind == "origin" and before.via == "adjective" \
                        and before.tok_end + 1 == m.tok_start and toks[before.tok_end].lower in coordinators:
                    # "Russische und chinesische Schiffe": two people, "Russische" and "chinesische Schiffe"
                    before.kind, before.via = "actor", "people+origin"
                    m.kind, m.via, m.tok_end, m.end = "actor", "people+origin", n + 1, toks[n].end
                    m.text = doc.text[m.start:m.end]
                    continue
                out.append(_people(doc, n, m.actor.country if m.actor is not None else None))
                continue
            country = _country(m)
            if country is None:
                continue
            k = m.tok_start - 1
            if k >= 0 and toks[k].lower in self.determiners:
                k -= 1
            if k < 0 or toks[k].lower not in self.links or toks[k].sent != toks[m.tok_start].sent:
                continue
            sent = toks[m.tok_start].sent
            n = k - 1  # "ein Mann aus Syrien"
            if not (n >= 0 and toks[n].sent == sent and toks[n].lower in self.nouns and n not in taken):
                n = self._after_attribute(doc, m.tok_end, sent, taken)  # "der aus Hamburg stammende Mann"
            if n is not None:
                taken.add(n)
                out.append(_people(doc, n, country))
        return out

    def _after_adjective(self, doc: Doc, m: Mention, taken: set[int]) -> int | None:
        """The people noun right after a country adjective ("syrische Männer"), else None: the adjective says
        whose people they are, as "aus Syrien" does, and the noun is what acts or is acted on."""
        if m.kind != "origin" or m.via != "adjective" or m.actor is None or not m.actor.country:
            return None
        toks = doc.tokens
        n = m.tok_end
        if n >= len(toks) or toks[n].sent != toks[m.tok_start].sent or n in taken:
            return None
        return n if toks[n].lower in self.nouns else None

    def _after_attribute(self, doc: Doc, j: int, sent: int, taken: set[int]) -> int | None:
        """The people noun after "stammende" at ``j`` (a few lower-case words between at most), else None."""
        toks = doc.tokens
        if j >= len(toks) or toks[j].lower not in self.attributes:
            return None
        for n in range(j + 1, min(j + 2 + self.between, len(toks))):
            if toks[n].sent != sent:
                return None
            if toks[n].lower in self.nouns:
                return None if n in taken else n
            if not toks[n].text.islower():
                return None
        return None


def _people(doc: Doc, n: int, country: str | None) -> Mention:
    """An actor mention of ``country``'s people over the people noun at token ``n``."""
    tok = doc.tokens[n]
    return Mention(n, n + 1, tok.start, tok.end, tok.text, "actor", actor=ActorRef(tok.text, tok.text, country, country,
                                                                                   None), via="people+origin")


def _country(m: Mention) -> str | None:
    """The country a place or country mention names, else None."""
    if m.kind == "place" and m.place is not None and m.place.country:
        return m.place.country
    if m.kind == "actor" and m.actor is not None and m.actor.country and m.via in _PLACE_VIAS:
        return m.actor.country
    return None
