"""Groups named by a hyphenated compound whose first part is a name no dictionary knows.

German names a party, militia or crowd by its name glued to a group noun: "die Ataka-Partei", "die
Dschandschawid-Miliz", "MDC-Anhänger", "Boko-Haram-Kämpfer". The knowledge base cannot list every such
name, but the head says what the group is (its sector) and the article says where it acts, so the compound
is an actor of the head's sector whose country comes from a country adjective right before it ("die
bulgarische Ataka-Partei") or, like "die Oppositionspartei MDC", from context (``via="appositive"``, filled by
context.fill_generic). Its name alone later is the same actor (name_context.aliases).

A title glued to such a name before a person's name ("Radwelt-Chef Konrad Mahler", "Trigema-Chefin Eva Roth")
is that person, heading a body no dictionary knows: an appositive of the title's sector as given in the data
(not the title noun's own, which is a state's: "Chef" alone is read as a head of government), country from context;
not a founder ("-Gründer"): a life's label, as often of someone abroad.
"""

from __future__ import annotations

from ..knowledge.gazetteer import Gazetteer
from ..model import ActorRef, Doc, Mention
from .name_context import _name_words, name_like
from .person_names import name_length


def name_compounds(doc: Doc, gaz: Gazetteer, mentions: list[Mention], sectors: frozenset[str],
                   titles: frozenset[str] = frozenset(), title_sector: str | None = None) -> list[Mention]:
    """New mentions for "<unknown name>-<group noun>" tokens no mention covers; an origin adjective right before
    one ("die bulgarische Ataka-Partei") is taken into it (removed from ``mentions``, its country kept). With
    ``titles``, "<unknown name>-<title> <person's name>" is that person (``title_sector``, country from context)."""
    if not sectors and not titles:
        return []
    toks = doc.tokens
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    before = {m.tok_end: m for m in mentions if m.kind == "origin" and m.actor is not None and m.actor.country}
    starts = {m.tok_start for m in mentions}
    out: list[Mention] = []
    for i, t in enumerate(toks):
        if i in covered or "-" not in t.text.strip("-"):
            continue
        *parts, head = t.text.split("-")
        if title_sector and head.lower() in titles and all(name_like(p, doc.lang) for p in parts):
            titled = _titled_person(doc, i, starts, title_sector)
            if titled is not None:
                out.append(titled)
                continue
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


def _titled_person(doc: Doc, i: int, starts: set[int], sector: str) -> Mention | None:
    """"Radwelt-Chef Konrad Mahler": the person named right after the glued title at token ``i``, or None where
    no person's name follows ("Radwelt-Chef" alone, "Radwelt-Chef Kritik": who heads it is not said)."""
    toks = doc.tokens
    if i + 1 >= len(toks):
        return None
    words = _name_words(doc, i + 1, toks[i].sent, 3, starts)
    n = name_length([w for _, w in words], doc.lang)
    if n < 2:  # a given name and a surname at least: one unknown word after a title is as often the object
        return None
    j = words[n - 1][0]
    name = doc.text[toks[i + 1].start:toks[j - 1].end]
    text = doc.text[toks[i].start:toks[j - 1].end]
    return Mention(i, j, toks[i].start, toks[j - 1].end, text, "actor", via="appositive",
                   actor=ActorRef(text, name, None, None, sector))
