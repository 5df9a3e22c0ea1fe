"""'Die Präsidenten beider Länder', 'die beiden Staaten', 'zwischen den beiden Nachbarn': a pair named by number
is the two countries named last before it, as a reader takes it, so each gets a mention of its own.

The event stage reads such a pair as doer and partner (roles_de.both_sides); without mentions the sentence names
neither country, so whatever else reads the mentions (coverage, the claims, `lagebild actors`) sees no actor.
Only nouns that stand for countries or their governments are read ("beide Parteien", "beide Seiten" are as often
two sides in one country). The words are data (resources/<lang>/coreference.yaml ``both_countries``)."""

from __future__ import annotations

from ..model import ActorRef, Doc, Mention
from .coreference import refers_to
from .event_parts import last_two_sides


def both_countries(doc: Doc, mentions: list[Mention], words: frozenset[str], nouns: frozenset[str]) -> list[Mention]:
    """The new mentions for each pair in ``doc``: the earlier country on "beide", the later on the noun; a sector
    mention the noun already is ("die beiden Außenminister", its country a guess from context) takes the later
    country and keeps its sector. ``mentions`` in text order; the noun's may be changed in place."""
    if not words or not nouns:
        return []
    toks = doc.tokens
    by_start = {m.tok_start: m for m in mentions}
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    named = [m for m in mentions if not m.via.startswith("sector")]  # a country guessed from context is no side
    out: list[Mention] = []
    for t in toks:
        if t.lower not in words or t.i in covered:
            continue
        j = t.i + 1
        while j < len(toks) and j - t.i <= 2 and toks[j].sent == t.sent and toks[j].text[:1].islower():
            j += 1  # "den beiden südostasiatischen Ländern"
        if j >= len(toks) or toks[j].sent != t.sent or toks[j].lower not in nouns or not toks[j].text[:1].isupper():
            continue
        pair = last_two_sides(named, t.i)
        if pair is None:
            continue
        first, second = pair
        held = by_start.get(j)
        if j in covered and (held is None or held.kind != "actor" or held.actor is None
                             or not (held.via.startswith("sector") or held.actor.country is None)):
            continue  # the noun names its own actor
        out.append(_side(doc, t.i, t.i + 1, first, None))
        if held is not None and held.actor is not None and j in covered:
            side = _side(doc, held.tok_start, held.tok_end, second, held.actor.sector)
            held.actor, held.via, held.refers_to = side.actor, side.via, side.refers_to
        else:
            out.append(_side(doc, j, j + 1, second, None))
    return out


def _side(doc: Doc, start: int, end: int, ante: Mention, sector: str | None) -> Mention:
    """A mention of tokens start..end standing for ``ante``'s country: its government unless ``sector`` says."""
    toks = doc.tokens
    country = ante.actor.country if ante.actor is not None else None
    sector = sector or "GOV"
    text = doc.text[toks[start].start:toks[end - 1].end]
    name = ante.actor.name if ante.actor is not None and ante.via == "country" else ante.text
    return Mention(start, end, toks[start].start, toks[end - 1].end, text, "actor", via="coreference",
                   actor=ActorRef(text, name, f"{country}-{sector}", country, sector),
                   refers_to=ante.refers_to or refers_to(doc, ante))
