"""Groups named by a hyphenated compound whose first part is a name no dictionary knows.

German names a party, militia or crowd by its name glued to a group noun: "die Ataka-Partei", "die
Dschandschawid-Miliz", "MDC-Anhänger", "Boko-Haram-Kämpfer". The knowledge base cannot list every such
name, but the head says what the group is (its sector) and the article says where it acts, so the compound
is an actor of the head's sector whose country comes from a country adjective right before it ("die
bulgarische Ataka-Partei") or, like "die Oppositionspartei MDC", from context (``via="appositive"``, filled by
context.fill_generic). Its name alone later is the same actor (name_context.aliases).
"""

from __future__ import annotations

from ..knowledge.gazetteer import Gazetteer
from ..model import ActorRef, Doc, Mention
from .name_context import name_like


def name_compounds(doc: Doc, gaz: Gazetteer, mentions: list[Mention], sectors: frozenset[str]) -> list[Mention]:
    """New mentions for "<unknown name>-<group noun>" tokens no mention covers; an origin adjective right before
    one ("die bulgarische Ataka-Partei") is taken into it (removed from ``mentions``, its country kept)."""
    if not sectors:
        return []
    toks = doc.tokens
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    before = {m.tok_end: m for m in mentions if m.kind == "origin" and m.actor is not None and m.actor.country}
    out: list[Mention] = []
    for i, t in enumerate(toks):
        if i in covered or "-" not in t.text.strip("-"):
            continue
        *parts, head = t.text.split("-")
        sector = gaz.sector_of_head(head) if head[:1].isupper() else None
        if sector not in sectors or not all(name_like(p, doc.lang) for p in parts):
            continue
        name = "-".join(parts)
        adj = before.get(i)
        if adj is not None and toks[adj.tok_start].sent == t.sent:
            mentions.remove(adj)
            country, start, tok_start = adj.actor.country, adj.start, adj.tok_start  # type: ignore[union-attr]
        else:
            country, start, tok_start = None, t.start, i
        text = doc.text[start:t.end]
        actor_id = f"{country}-{sector}" if country else None
        out.append(Mention(tok_start, i + 1, start, t.end, text, "actor", via="appositive",
                           actor=ActorRef(text, name, actor_id, country, sector)))
    return out
