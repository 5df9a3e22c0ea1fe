"""A former office holder is a person, not the state he once led: "former president Mohamed Nasheed", "Ex-Präsident
Lula", "der frühere Präsident Chirac" keep their country but lose the office's sector (lexicon.yaml
``former_words``); read with it, the man's criticism became the current government's act."""

from __future__ import annotations

from dataclasses import replace

from ..model import Doc, Mention


def former_holders(doc: Doc, mentions: list[Mention], words: frozenset[str]) -> None:
    """Drops the sector of a named person (via ``person``) with a former word, or an "Ex-" compound, among the title
    words right before the name: inside the mention ("former president X" is one) or up to two tokens before it; the
    same person's other mentions too ("Ex-Präsident Lula ... Lula sagte": told once, he is a former one throughout)."""
    if not words:
        return
    toks = doc.tokens
    ends = {m.tok_end for m in mentions}
    former: set[str] = set()
    for m in mentions:
        if m.kind != "actor" or m.actor is None or m.via != "person" or not m.actor.sector:
            continue
        sent = toks[m.tok_start].sent
        lo = m.tok_start
        while lo > 0 and m.tok_start - lo < 2 and toks[lo - 1].sent == sent and (lo == m.tok_start or lo not in ends) \
                and not toks[lo - 1].text[:1].isdigit() and toks[lo - 1].text not in {",", ";", ":", "(", ")"}:
            lo -= 1
        if m.actor.actor_id and any(_former(toks[k].text, words) for k in range(lo, m.tok_end)):
            former.add(m.actor.actor_id)
    for m in mentions:
        if m.kind == "actor" and m.actor is not None and m.actor.actor_id in former and m.actor.sector:
            m.actor = replace(m.actor, sector=None)


def _former(text: str, words: frozenset[str]) -> bool:
    """A former word ("former", "ehemaligen") or a compound opening with one ("Ex-Präsident")."""
    low = text.lower()
    return low in words or ("-" in low and low.split("-", 1)[0] in words)
