"""Organisations the knowledge base does not list: "Tanzanian Farmers Union", "the Zimbabwe Workers Party". A
capitalised name whose last word is an organisation noun (lexicon.yaml ``organisation_heads``) names one body of the
country its first words give; read word by word it was the country itself (ZWE-GOV) or its people's sector alone.
German writes the head as the end of a closed compound after a capitalised adjective ("die Österreichische
Hoteliervereinigung", "der Deutsche Hotelierverband"): read with ``compounds``, where the adjective alone was an origin."""

from __future__ import annotations

from ..model import ActorRef, Doc, Mention

_NAMED = frozenset({"country", "adjective", "phrase", "adjective+head"})  # vias that name a country, not a body


def _head(word: str, heads: dict[str, str], compounds: bool) -> str | None:
    """The organisation noun ``word`` is, or with ``compounds`` the one it ends in ("hoteliervereinigung")."""
    if word in heads:
        return word
    if compounds:
        return next((h for h in heads if len(h) >= 4 and len(word) > len(h) + 2 and word.endswith(h)), None)
    return None


def organisation_names(doc: Doc, mentions: list[Mention], heads: dict[str, str], compounds: bool = False,
                       genitives: tuple[str, ...] = ()) -> None:
    """Extends a country-named actor mention over the capitalised words up to an organisation noun right after it
    ("Tanzanian Farmers" + "Union"); the body keeps the country, with the head's sector ("" keeps the words' own
    sector, a bare country's GOV excepted: a country's council is no government). With ``compounds`` (German) the
    noun may end a compound and a capitalised country adjective, an origin alone, opens the name too; with
    ``genitives`` (the adjective's genitive plural endings) the noun may also come first ("Bundesverband Deutscher
    Fahrradhändler", "Vereinigung Österreichischer Industrieller": ``_genitive_names``)."""
    if not heads:
        return
    toks = doc.tokens
    starts = {m.tok_start for m in mentions}
    # a capitalised sector noun inside the name is one of its words ("Kenya National Farmers Association")
    inside = {m.tok_start for m in mentions if m.kind == "actor" and m.via.startswith("sector")
              and m.tok_end == m.tok_start + 1 and toks[m.tok_start].text[:1].isupper()}
    absorbed: set[int] = set()
    for m in mentions:
        named = m.kind == "actor" or compounds and m.kind == "origin" and m.via == "adjective"
        if not named or m.actor is None or not m.actor.country or m.via not in _NAMED:
            continue
        sent = toks[m.tok_start].sent
        if not all(toks[k].text[:1].isupper() for k in range(m.tok_start, m.tok_end)):
            continue  # "Malian rebel group Tessit Front": a sector phrase before a name is the apposition's reading
        j = m.tok_end
        while j < len(toks) and toks[j].sent == sent and j - m.tok_end < 4 and (j not in starts or j in inside) \
                and toks[j].text[:1].isupper() and toks[j].text.isalpha() and _head(toks[j].lower, heads, compounds) is None:
            j += 1
        head = _head(toks[j].lower, heads, compounds) if j < len(toks) else None
        if head is None or toks[j].sent != sent or j in starts or not toks[j].text[:1].isupper():
            continue
        sector = heads[head] or (None if m.via == "country" else m.actor.sector)
        absorbed.update(range(m.tok_end, j))
        text = doc.text[m.start:toks[j].end]
        m.tok_end, m.end, m.text, m.via, m.kind = j + 1, toks[j].end, text, "phrase", "actor"
        code = f"{m.actor.country}-{sector}" if sector else m.actor.country
        m.actor = ActorRef(text, text, code, m.actor.country, sector)
    if compounds and genitives:
        _genitive_names(doc, mentions, heads, genitives, starts, absorbed)
    if absorbed:  # a mention starts inside a name only where it is one of ``inside`` (the loop's condition)
        mentions[:] = [m for m in mentions if m.tok_start not in absorbed]


def _genitive_names(doc: Doc, mentions: list[Mention], heads: dict[str, str], genitives: tuple[str, ...],
                    starts: set[int], absorbed: set[int]) -> None:
    """"der Bundesverband Deutscher Fahrradhändler": an organisation noun right before a country adjective in the
    genitive plural (an origin alone) names that country's body, with the capitalised words after the adjective
    (its members: at most two). German only, where such names are common and the knowledge base lists few."""
    toks = doc.tokens
    for m in mentions:
        if m.kind != "origin" or m.via != "adjective" or m.actor is None or not m.actor.country \
                or m.tok_end - m.tok_start != 1 or m.tok_start < 1 or not m.text.endswith(genitives):
            continue
        i = m.tok_start - 1
        head = _head(toks[i].lower, heads, True)
        if head is None or not toks[i].text[:1].isupper() or i in starts or toks[i].sent != toks[m.tok_start].sent:
            continue
        j = m.tok_end
        while j < len(toks) and j - m.tok_end < 2 and toks[j].sent == toks[i].sent and j not in starts \
                and toks[j].text[:1].isupper() and toks[j].text.replace("-", "").isalpha():
            j += 1
        if j == m.tok_end:
            continue  # "des Verbandes Deutscher": no members named, perhaps no name at all
        sector = heads[head] or "CIV"
        absorbed.update(range(m.tok_end, j))
        text = doc.text[toks[i].start:toks[j - 1].end]
        m.tok_start, m.tok_end, m.start, m.end, m.text = i, j, toks[i].start, toks[j - 1].end, text
        m.via, m.kind = "phrase", "actor"
        m.actor = ActorRef(text, text, f"{m.actor.country}-{sector}", m.actor.country, sector)
