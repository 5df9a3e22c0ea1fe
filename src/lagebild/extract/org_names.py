"""Organisations the knowledge base does not list: "Tanzanian Farmers Union", "the Zimbabwe Workers Party". A
capitalised name whose last word is an organisation noun (lexicon.yaml ``organisation_heads``) names one body of the
country its first words give; read word by word it was the country itself (ZWE-GOV) or its people's sector alone."""

from __future__ import annotations

from ..model import ActorRef, Doc, Mention

_NAMED = frozenset({"country", "adjective", "phrase", "adjective+head"})  # vias that name a country, not a body


def organisation_names(doc: Doc, mentions: list[Mention], heads: dict[str, str]) -> None:
    """Extends a country-named actor mention over the capitalised words up to an organisation noun right after it
    ("Tanzanian Farmers" + "Union"); the body keeps the country, with the head's sector ("" keeps the words' own
    sector, a bare country's GOV excepted: a country's council is no government)."""
    if not heads:
        return
    toks = doc.tokens
    starts = {m.tok_start for m in mentions}
    # a capitalised sector noun inside the name is one of its words ("Kenya National Farmers Association")
    inside = {m.tok_start for m in mentions if m.kind == "actor" and m.via.startswith("sector")
              and m.tok_end == m.tok_start + 1 and toks[m.tok_start].text[:1].isupper()}
    absorbed: set[int] = set()
    for m in mentions:
        if m.kind != "actor" or m.actor is None or not m.actor.country or m.via not in _NAMED:
            continue
        sent = toks[m.tok_start].sent
        if not all(toks[k].text[:1].isupper() for k in range(m.tok_start, m.tok_end)):
            continue  # "Malian rebel group Tessit Front": a sector phrase before a name is the apposition's reading
        j = m.tok_end
        while j < len(toks) and toks[j].sent == sent and j - m.tok_end < 4 and (j not in starts or j in inside) \
                and toks[j].text[:1].isupper() and toks[j].text.isalpha() and toks[j].lower not in heads:
            j += 1
        if j >= len(toks) or toks[j].sent != sent or j in starts or toks[j].lower not in heads \
                or not toks[j].text[:1].isupper():
            continue
        sector = heads[toks[j].lower] or (None if m.via == "country" else m.actor.sector)
        absorbed.update(range(m.tok_end, j))
        text = doc.text[m.start:toks[j].end]
        m.tok_end, m.end, m.text, m.via = j + 1, toks[j].end, text, "phrase"
        code = f"{m.actor.country}-{sector}" if sector else m.actor.country
        m.actor = ActorRef(text, text, code, m.actor.country, sector)
    if absorbed:  # a mention starts inside a name only where it is one of ``inside`` (the loop's condition)
        mentions[:] = [m for m in mentions if m.tok_start not in absorbed]
