"""Supporters of a person or party are not its state: "Anhänger Saddam Husseins protestierten", "supporters of
Saddam Hussein", "Anhänger der Opposition" are civilians of its country, or members of its party's sector
(lexicon.yaml ``followers``); read as the person, a protest became the government's act."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import ActorRef, Doc, Mention

_STATES = frozenset({"country", "capital", "people"})  # leader mentions that name a state or a nation, no follower's


@dataclass(frozen=True)
class Followers:
    """``nouns``: follower nouns ("Anhänger", "supporters"); ``links``: words between the noun and the leader
    ("of", "des"); ``kept``: leader sectors the followers share (a party's, the opposition's); else CIV. ``bodies``:
    a leader's body after his name ("Thaksin-Partei", "Assad-Regime") -> its sector ("" the leader's own);
    ``kin``: his kin ("Thaksin-Schwager"), no actor of his side at all."""

    nouns: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    kept: frozenset[str] = frozenset()
    # left out of the hash: a frozen dataclass hashes its fields, and a dict has none (hash(Followers()) raised)
    bodies: dict[str, str] = field(default_factory=dict, hash=False)
    kin: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, d: dict | None) -> Followers:
        d = d or {}
        return cls(frozenset(d.get("nouns") or ()), frozenset(d.get("links") or ()), frozenset(d.get("kept") or ()),
                   dict(d.get("bodies") or {}), frozenset(d.get("kin") or ()))

    def apply(self, doc: Doc, mentions: list[Mention]) -> None:
        """Gives a follower noun before its leader (one mention, "supporters of X", or two, "Anhänger" + "Saddam
        Husseins") the leader's country and the followers' sector; the leader mention alone is dropped."""
        if not self.nouns and not self.bodies and not self.kin:
            return
        toks = doc.tokens
        drop: set[int] = set()
        actor_at: dict[int, Mention] = {}  # the first actor mention at each token, looked up by _named_before
        ends: dict[int, list[int]] = {}  # actor mentions by their end, for the follower noun before a leader
        for k, x in enumerate(mentions):
            if x.kind == "actor":
                actor_at.setdefault(x.tok_start, x)
                ends.setdefault(x.tok_end, []).append(k)
        for i, m in enumerate(mentions):
            if m.kind != "actor" or m.actor is None or not m.actor.country or m.tok_end - m.tok_start < 2:
                lead = None
            else:
                lead = m if toks[m.tok_start].lower in self.nouns and (toks[m.tok_start + 1].lower in self.links or (
                    m.via == "person" and _name_word(toks[m.tok_start + 1].text))) else None
            if lead is not None:  # "Supporters of Saddam Hussein", "Anhänger Saddam Husseins": one mention
                m.actor = self._followers(m.actor, m.text)
                continue
            if self._named_before(doc, mentions, i, drop, actor_at, ends):  # "Gaddafi-Anhänger", "Assad supporters"
                continue
            if m.kind != "actor" or m.actor is None or not m.actor.country or m.via.startswith("sector") \
                    or m.via in _STATES:
                continue  # a state's supporters are states ("seine Unterstützer Russland und Iran")
            j, names = m.tok_start, 0  # links, and up to two name words an alias left out ("Saddam Husseins")
            while j > 0 and toks[j - 1].sent == toks[m.tok_start].sent and toks[j - 1].lower not in self.nouns and (
                    toks[j - 1].lower in self.links or (names < 2 and _name_word(toks[j - 1].text))):
                names += toks[j - 1].lower not in self.links
                j -= 1
            noun = next((mentions[k] for k in sorted(ends.get(j, ())) if mentions[k].tok_end == j
                         and mentions[k].actor is not None and j > 0 and toks[j - 1].lower in self.nouns), None)
            if noun is None:
                continue
            noun.actor = self._followers(m.actor, noun.text)
            drop.add(i)
        mentions[:] = [m for i, m in enumerate(mentions) if i not in drop]

    def _named_before(self, doc: Doc, mentions: list[Mention], i: int, drop: set[int],
                      actor_at: dict[int, Mention], ends: dict[int, list[int]]) -> bool:
        """A leader's name before the follower noun, in one compound ("Gaddafi-Anhänger") or right before it ("Assad
        supporters"): the noun's mention (or the compound) becomes the followers, the leader alone is dropped.
        ``actor_at``: the first actor mention per token; ``ends``: actor mentions by end (apply indexes both once, not
        a scan per name; a leader stretched over the noun is filed under its new end)."""
        m, toks = mentions[i], doc.tokens
        if m.kind != "actor" or m.actor is None or not m.actor.country or m.via != "person":
            return False
        tail = m.text.rsplit("-", 1)[1].lower() if "-" in m.text else ""
        if tail in self.kin:  # "Thaksin-Schwager": his brother-in-law, neither him nor his side
            drop.add(i)
            return True
        if tail in self.nouns or tail in self.bodies:
            m.actor, m.via = self._followers(m.actor, m.text, tail), "phrase"  # a group of his country, no longer him
            return True
        j = m.tok_end
        if j >= len(toks) or toks[j].sent != toks[m.tok_start].sent or \
                (toks[j].lower not in self.nouns and toks[j].lower not in self.bodies):
            return False
        noun = actor_at.get(j)
        if noun is None:  # "Gaddafi loyalists", "the Assad regime": the name and the noun are one mention
            m.tok_end, m.end = j + 1, toks[j].end
            ends.setdefault(j + 1, []).append(i)
            m.text = doc.text[m.start:m.end]
            m.actor, m.via = self._followers(m.actor, m.text, toks[j].lower), "phrase"
            return True
        noun.actor = self._followers(m.actor, noun.text, toks[j].lower)
        drop.add(i)
        return True

    def _followers(self, leader: ActorRef, text: str, noun: str = "") -> ActorRef:
        """The followers of ``leader``: its country, its sector where ``kept``, else civilians; a body of his
        (``bodies``) has the body's sector, or his own (a ruler's party governs, an opposition leader's opposes)."""
        if noun in self.bodies:
            sector = self.bodies[noun] or leader.sector
        else:
            sector = leader.sector if leader.sector in self.kept else "CIV"
        code = f"{leader.country}-{sector}" if sector else leader.country
        return ActorRef(text, text, code, leader.country, sector)


def _name_word(text: str) -> bool:
    """A capitalised word that may be part of a name."""
    return text[:1].isupper() and text.isalpha()
