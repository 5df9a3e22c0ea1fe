"""'Bundesinnenminister', 'Bundespolizei', 'die Bundesregierung': a sector noun on a federal prefix
names a federal state's body, whose country a reader takes from the text's own country.

German news writes "Bundes-" for Germany's federal bodies, and for those of Austria, Switzerland or a
federation the article is set in ("ein Bundesgericht in Texas"). So the country is the place right
after the noun, else the article's main country, where that is a federal state; otherwise the
language's default (Germany), never the country of an article set in a state without federal bodies,
nor of one that also names the default country's actors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Mention, Token


@dataclass(frozen=True)
class FederalRule:
    """One language's federal prefix ("bundes"), its default country, the states whose every federal body
    the language names so, and federations named so only for some sectors (a US "Bundesgericht")."""

    prefix: str = ""
    default: str | None = None
    states: frozenset[str] = frozenset()
    federations: frozenset[str] = frozenset()
    federation_sectors: frozenset[str] = frozenset()
    regional_prefixes: tuple[str, ...] = ()  # "Landesregierung", "Länderparlamente", "Landtag": a federal state's body
    regional_states: frozenset[str] = frozenset()  # the countries whose states the language names so

    @classmethod
    def from_data(cls, spec: dict | None) -> FederalRule:
        """The rule from the lexicon's ``federal`` section (none: a rule that never applies)."""
        spec = spec or {}
        return cls(str(spec.get("prefix") or "").lower(), spec.get("default"), frozenset(spec.get("states") or ()),
                   frozenset(spec.get("federations") or ()), frozenset(spec.get("federation_sectors") or ()),
                   tuple(str(p).lower() for p in spec.get("regional_prefixes") or ()),
                   frozenset(spec.get("regional_states") or ()))

    def applies(self, tokens: Sequence[Token]) -> bool:
        """Does a word of the mention carry the prefix before a noun ("Bundes|innenminister")?"""
        n = len(self.prefix)
        return bool(n and self.default) and any(t.lower.startswith(self.prefix) and len(t.lower) >= n + 3
                                                 for t in tokens)

    def country(self, here: str | None, article: str | None, sector: str | None,
                named: frozenset[str] = frozenset()) -> str | None:
        """The place's country, else the article's, where it is a federal state whose bodies of this
        sector the language names so; else the default. An article that also names actors of the
        default country ("die CDU" in a report from Vienna) keeps the default: its bodies are then
        the likelier reading."""
        ok = self.states | (self.federations if sector in self.federation_sectors else frozenset())
        if self.default in named:
            article = None
        return next((c for c in (here, article) if c in ok), self.default)

    def regional(self, tokens: Sequence[Token]) -> bool:
        """Does the mention's last word name a body of a country's federal states ("Landesregierung", "Landtage")?"""
        return bool(tokens) and tokens[-1].lower.startswith(self.regional_prefixes) if self.regional_prefixes else False

    def regional_country(self, here: str | None, named: frozenset[str]) -> str | None:
        """A state body's country: the place right after it, else the one country with such states that the text
        names (a state, a town or the country). None where the text names none or several: a foreign country the
        article is about has no "Länder", so its country is no reading."""
        if here in self.regional_states:
            return here
        found = named & self.regional_states
        return next(iter(found)) if len(found) == 1 else None


def place_countries(mentions: list[Mention]) -> frozenset[str]:
    """The countries of the places and countries the article names ("in Hannover", "Bayern", "Deutschland")."""
    return frozenset(m.place.country for m in mentions if m.place is not None and m.place.country) \
        | frozenset(m.actor.country for m in mentions if m.via == "country" and m.actor and m.actor.country)
