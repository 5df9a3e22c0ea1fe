"""'The Saudi-led coalition', 'US-led forces', 'a NATO-led force': the tokenizer splits the hyphen, so the leader's name
stood alone and the noun it leads had no country; joined, the phrase is the leader's as "U.S.-led" (one token) was."""

from __future__ import annotations

from dataclasses import replace

from ..knowledge.resources import derived_cache
from ..model import ActorRef, Doc, Mention

_LEADER_VIAS = ("country", "capital", "people", "adjective", "org")
_HYPHENS = ("-", "‑", "–")


def _brokered(doc: Doc, m: Mention, brokers: frozenset[str]) -> bool:
    """'a U.N.-mediated ceasefire', 'the Egyptian-brokered truce': the name is the go-between of the act, not a side."""
    if not brokers:
        return False
    toks, j = doc.tokens, m.tok_end
    if m.text.lower().endswith(_suffixes(brokers)):
        return True
    return j + 1 < len(toks) and toks[j].text in _HYPHENS and toks[j + 1].lower in brokers \
        and toks[j].start == m.end and toks[j + 1].start == toks[j].end


@derived_cache
def _suffixes(words: frozenset[str]) -> tuple[str, ...]:
    """Each of ``words`` after each hyphen ("-brokered"), for one ``endswith`` per mention."""
    return tuple(h + w for h in _HYPHENS for w in sorted(words))


def led_compounds(doc: Doc, mentions: list[Mention], words: frozenset[str],
                  members: frozenset[str] = frozenset(), brokers: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions with each "LEADER-led" (``words``) joined into one: an actor with the sector noun right after it
    ("US-led forces": the United States' military), else the leader as the origin of the noun it precedes. A body
    before "-member" (``members``) and an actor only describes that actor ("NATO-member Norway": Norway acts); a name
    before "-mediated" (``brokers``) is dropped: the go-between is no side of the truce or talks it brokered."""
    if not words and not members and not brokers:
        return mentions
    mentions = [m for m in mentions if not _brokered(doc, m, brokers)]
    toks = doc.tokens
    by_start = {m.tok_start: m for m in mentions}
    drop: set[int] = set()
    out: list[Mention] = []
    for m in mentions:
        a, j = m.actor, m.tok_end
        if id(m) in drop:
            continue
        if a is not None and j + 2 < len(toks) and toks[j].text in _HYPHENS and toks[j + 1].lower in members \
                and (n := by_start.get(j + 2)) is not None and n.kind == "actor" and n.actor is not None:
            continue  # "NATO-member Norway"
        joined = m.via == "compound" and m.kind == "origin" and m.text.lower().endswith(_suffixes(words))  # "U.S.-led"
        if a is None or not joined and (m.via not in _LEADER_VIAS or j + 1 >= len(toks) or toks[j].text not in _HYPHENS
                                        or toks[j + 1].lower not in words or toks[j].start != m.end
                                        or toks[j + 1].start != toks[j].end):
            out.append(m)
            continue
        end, kind, sector = j if joined else j + 2, "origin", None if a.country else a.sector
        n = by_start.get(end)
        if n is not None and n.via == "sector" and n.actor is not None and n.actor.country is None \
                and n.actor.sector and toks[n.tok_start].sent == toks[j].sent:
            end, kind, sector = n.tok_end, "actor", n.actor.sector if a.country else a.sector
            drop.add(id(n))
        text = doc.text[m.start:toks[end - 1].end]
        ref = (f"{a.country}-{sector}" if sector else a.country) if a.country else a.actor_id
        out.append(replace(m, tok_end=end, end=toks[end - 1].end, text=text, kind=kind, via="compound",
                           is_location=False, place=None, actor=ActorRef(text, a.name, ref, a.country, sector)))
    return [m for m in out if id(m) not in drop]
