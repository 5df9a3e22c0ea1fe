"""'Vertreter von Hamas', 'ein Sprecher vom Roten Kreuz': a representative, spokesperson or member
named with "von" is the actor he speaks for, as with the genitive ("Vertreter der Taliban").

Without it the noun alone took the article's country and the GOV sector of "Vertreter", so
"Vertreter von Amnesty International kritisierten die Polizei in Teheran" invented an Iranian
government; the phrase now is Amnesty's.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import ActorRef, Doc, Mention

_NAMED_VIAS = ("country", "capital", "org", "person", "phrase", "adjective+head", "compound")


def representatives(doc: Doc, mentions: list[Mention], heads: frozenset[str], preps: frozenset[str],
                    determiners: frozenset[str]) -> list[Mention]:
    """The mentions with each "HEAD von [det] ACTOR" joined into one mention of ACTOR (its via kept,
    "phrase" for a country); heads, prepositions and determiners come from the lexicon."""
    if not heads or not preps:
        return mentions
    by_start = {m.tok_start: m for m in mentions if m.kind == "actor"}
    drop: set[int] = set()
    out: list[Mention] = []
    for m in mentions:
        if id(m) in drop:
            continue
        n = _represented(doc, m, by_start, heads, preps, determiners)
        if n is None:
            out.append(m)
            continue
        text = doc.text[m.start:n.end]
        b = n.actor
        assert b is not None  # _represented only returns resolved actors
        via = "phrase" if n.via in ("country", "capital") else n.via
        out.append(replace(n, tok_start=m.tok_start, start=m.start, text=text, via=via, is_location=False,
                           preposition=m.preposition,
                           actor=ActorRef(text, b.name, b.actor_id, b.country, b.sector)))
        drop.add(id(n))
    return [m for m in out if id(m) not in drop]


def _represented(doc: Doc, m: Mention, by_start: dict[int, Mention], heads: frozenset[str], preps: frozenset[str],
                 determiners: frozenset[str]) -> Mention | None:
    """The named actor ``m`` speaks for when ``m`` is a bare representative noun followed by "von [det] ACTOR"."""
    toks = doc.tokens
    a = m.actor
    if m.kind != "actor" or a is None or m.via != "sector" or a.country is not None \
            or toks[m.tok_end - 1].lower not in heads:
        return None
    j = m.tok_end
    if j >= len(toks) or toks[j].lower not in preps or toks[j].sent != toks[m.tok_start].sent:
        return None
    j += 1
    while j < len(toks) and toks[j].lower in determiners:
        j += 1
    n = by_start.get(j)
    if n is None or n.actor is None or n.via not in _NAMED_VIAS or not (n.actor.country or n.actor.actor_id):
        return None
    return n


def office_appositives(doc: Doc, mentions: list[Mention], sectors: frozenset[str], determiners: frozenset[str]) -> None:
    """'Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded ...': a person named with an office of
    a body of no country (``sectors``: the UN, an NGO) right after it acts for that body, not for the country the
    person is known by; the mention keeps its words, its actor becomes the body's."""
    if not sectors:
        return
    toks = doc.tokens
    by_start = {m.tok_start: m for m in mentions if m.kind == "actor"}
    for m in mentions:
        if m.via != "person" or m.actor is None or m.tok_end + 1 >= len(toks) or toks[m.tok_end].text != ",":
            continue
        j = m.tok_end + 1
        while j < len(toks) and toks[j].lower in determiners and toks[j].sent == toks[m.tok_start].sent:
            j += 1
        n = by_start.get(j)
        b = n.actor if n is not None else None
        if b is None or b.country is not None or b.sector not in sectors or n.via != "org":  # type: ignore[union-attr]
            continue
        m.actor = ActorRef(m.actor.text, m.actor.name, b.actor_id, None, b.sector)


def body_members(doc: Doc, mentions: list[Mention], sectors: frozenset[str], modifiers: frozenset[str]) -> None:
    """'EU foreign ministers demanded ...', 'Arab League foreign ministers rejected ...': a bare sector noun right after
    the name of a body of no country (``sectors``: an IGO, an NGO), with only office words between (``modifiers``), is
    the body's members acting for it; left alone, the noun took the article's country (a state's government)."""
    if not sectors or not modifiers:
        return
    toks = doc.tokens
    by_end = {m.tok_end: m for m in mentions if m.kind == "actor" and m.via == "org"}
    for m in mentions:
        if m.via != "sector" or m.actor is None or m.actor.country is not None:
            continue
        j = m.tok_start
        while j > 0 and toks[j - 1].lower in modifiers and toks[j - 1].sent == toks[m.tok_start].sent:
            j -= 1
        n = by_end.get(j)
        b = n.actor if n is not None else None
        if b is None or b.country is not None or b.sector not in sectors:
            continue
        m.actor = ActorRef(m.actor.text, b.name, b.actor_id, None, b.sector)
        m.via = "org"


def member_state_bodies(doc: Doc, mentions: list[Mention], heads: tuple[str, ...], sectors: frozenset[str],
                        links: frozenset[str]) -> None:
    """"Die Regierungen der EU-Staaten", "die nationalen Parlamente der Nato-Mitgliedstaaten": a bare state body in the
    genitive of a body's member states (a compound naming a body of no country, ending in one of ``heads``) acts for
    those states together, so it is that body's, as "die Außenminister der EU" is; left alone it took the article's
    country (often the one the states condemn)."""
    if not heads or not sectors:
        return
    toks = doc.tokens
    by_start = {m.tok_start: m for m in mentions if m.kind in ("origin", "actor")}
    for m in mentions:
        if m.via != "sector" or m.actor is None or m.actor.country is not None or m.actor.sector not in sectors \
                or m.tok_end >= len(toks) or toks[m.tok_end].lower not in links:
            continue
        n = by_start.get(m.tok_end + 1)
        b = n.actor if n is not None else None
        if n is None or b is None or b.country is not None or not b.actor_id \
                or toks[n.tok_end - 1].sent != toks[m.tok_start].sent or not toks[n.tok_end - 1].lower.endswith(heads):
            continue
        m.actor = ActorRef(m.actor.text, b.name, b.actor_id, None, b.sector)
        m.via = "org"
