"""'Die Grünen' in a report from Vienna are Austria's Greens: a party name several countries of one
language share resolves to the party of the article's main country.

The dictionary gives the name one party (Germany's, the most named in German news); the lexicon's
``shared_party_names`` lists, per such party id, the other countries' parties of the same name
(organizations.yaml ids). The article's main country is counted without these mentions, so a
German party name does not vote for Germany itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..knowledge.resources import load
from ..model import ActorRef, Doc, Mention
from .scene import main_country


@dataclass(frozen=True)
class Party:
    """One country's party of a shared name: its id, display name, country and sector."""

    id: str
    name: str
    country: str
    sector: str | None


def shared_parties(spec: dict | None) -> dict[str, tuple[Party, ...]]:
    """The lexicon's ``shared_party_names`` with each alternative's entry from organizations.yaml."""
    if not spec:
        return {}
    orgs = {o["id"]: o for o in load("organizations", default=[])}
    return {pid: tuple(Party(a, orgs[a]["name"], orgs[a]["country"], orgs[a].get("sector"))
                       for a in alts if a in orgs and orgs[a].get("country"))
            for pid, alts in spec.items()}


def localise_parties(doc: Doc, mentions: list[Mention], shared: dict[str, tuple[Party, ...]]) -> None:
    """Give each mention of a shared party name the party of the article's main country, where that
    country has one of the name (``via`` stays "org"; the id says which party)."""
    hits = [m for m in mentions if m.actor is not None and m.actor.actor_id in shared]
    if not hits:
        return
    main = main_country(doc, [m for m in mentions if m not in hits])
    for m in hits:
        a = m.actor
        assert a is not None
        alt = next((p for p in shared[a.actor_id or ""] if p.country == main), None)
        if alt is not None:
            m.actor = ActorRef(a.text, alt.name, alt.id, alt.country, alt.sector or a.sector)
