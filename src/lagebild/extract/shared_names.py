"""'Die Grünen' in a report from Vienna are Austria's Greens: a party name several countries of one
language share resolves to the party of the article's main country.

The dictionary gives the name one party (Germany's, the most named in German news); the lexicon's
``shared_party_names`` lists, per such party id, the other countries' parties of the same name
(organizations.yaml ids). The article's main country is counted without these mentions, so a
German party name does not vote for Germany itself.

A bare word that names a party only in one country's news ("die Union": CDU/CSU) is read as that party
where the article is about the country and names nothing the word also stands for (the EU) anywhere.

Names shared with other things (round 36): a capital acting is the body seated there in news of another country
("Brüssel fordert": the EU), and a party's name that is also a common word ("der Linken": the left) is the party only
where the text tells the party's country.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..knowledge.resources import load, lower_words
from ..model import ActorRef, Doc, Mention
from .scene import main_country


@dataclass(frozen=True)
class Party:
    """One country's party of a shared name (or a body seated in a capital): its id, display name, country (None
    for an international body) and sector."""

    id: str
    name: str
    country: str | None
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
    _reread(doc, mentions, [m for m in mentions if m.actor is not None and m.actor.actor_id in shared],
            lambda m, main: next((p for p in shared[m.actor.actor_id or ""] if p.country == main), None))


def _reread(doc: Doc, mentions: list[Mention], hits: list[Mention],
            pick: Callable[[Mention, str | None], Party | None]) -> None:
    """Read each of ``hits`` as the party or body ``pick`` chooses for it and the article's main country, told by
    the other mentions; its own sector stays where that one has none."""
    if not hits:
        return
    main = main_country(doc, [m for m in mentions if m not in hits])
    for m in hits:
        a = m.actor
        assert a is not None
        p = pick(m, main)
        if p is not None:
            m.actor = ActorRef(a.text, p.name, p.id, p.country, p.sector or a.sector)


@dataclass(frozen=True)
class BareParty:
    """A bare word (``word``, after an article) that is ``party`` in news of its country unless ``unless`` words
    (lower case; a token starting with one followed by a hyphen counts too: "EU-Kommission") are in the text."""

    word: str
    party: Party
    unless: frozenset[str]


def bare_parties(spec: dict | None) -> tuple[BareParty, ...]:
    """The lexicon's ``bare_party_names``: word -> {party: organizations.yaml id, unless: [words]}."""
    if not spec:
        return ()
    orgs = {o["id"]: o for o in load("organizations", default=[])}
    return tuple(BareParty(word, Party(v["party"], orgs[v["party"]]["name"], orgs[v["party"]]["country"],
                                       orgs[v["party"]].get("sector")),
                           lower_words(v, "unless"))
                 for word, v in spec.items() if v["party"] in orgs)


def bare_party_mentions(doc: Doc, mentions: list[Mention], bare: tuple[BareParty, ...],
                        determiners: frozenset[str]) -> list[Mention]:
    """Mentions of each bare party word right after an article and in no other mention, where the article's main
    country is the party's and none of its ``unless`` words occurs (a word of the EU read as the EU, not the party)."""
    if not bare:
        return []
    toks = doc.tokens
    covered = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
    lowers = {t.lower for t in toks} | {t.lower.split("-", 1)[0] for t in toks if "-" in t.lower}
    out: list[Mention] = []
    main: str | None = None
    for b in bare:
        hits = [t for t in toks if t.text == b.word and t.i not in covered and t.i > 0
                and toks[t.i - 1].lower in determiners and not (t.i + 1 in covered and t.i + 1 < len(toks)
                                                                 and toks[t.i + 1].sent == t.sent)]
        if not hits or lowers & b.unless:
            continue
        main = main or main_country(doc, mentions)
        if main != b.party.country:
            continue
        out += [Mention(t.i, t.i + 1, t.start, t.end, t.text, "actor",
                        ActorRef(t.text, b.party.name, b.party.id, b.party.country, b.party.sector), via="org")
                for t in hits]
    return out


def seat_bodies(spec: dict | None) -> dict[str, Party]:
    """The lexicon's ``seat_bodies``: a capital's name -> the organizations.yaml id of the body seated there."""
    if not spec:
        return {}
    orgs = {o["id"]: o for o in load("organizations", default=[])}
    return {city: Party(oid, orgs[oid]["name"], orgs[oid].get("country"), orgs[oid].get("sector"))
            for city, oid in spec.items() if oid in orgs}


def seated_bodies(doc: Doc, mentions: list[Mention], seats: dict[str, Party]) -> None:
    """"Brüssel fordert von Athen Reformen": a capital acting (not a place) is the body seated there, not its country's
    government, where the article is about another country ("Brüssel" in Belgian news is Belgium's; the capital
    itself does not vote)."""
    _reread(doc, mentions, [m for m in mentions if m.via == "capital" and m.text in seats and not m.is_location
                            and m.actor is not None],  # no other country told (main None): either may be meant
            lambda m, main: seats[m.text] if main is not None and m.actor.country != main else None)


def common_word_parties(doc: Doc, mentions: list[Mention], words: dict[str, str],
                        plurals: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> list[Mention]:
    """"eine Ikone der Linken" in news from Brazil is the left, not Germany's party: a party's name that is also a
    common word (``words``: the word -> the party's organizations.yaml id) is the party only where the text tells its
    country otherwise (its main country, or any other actor of that country); else the mention is dropped. After a
    plural determiner (``plurals[0]``: "die Linken kritisierten") it names people, the party's members: kept anywhere,
    unless a place phrase follows (``plurals[1]``: "die Linken in Brasilien" are that country's)."""
    toks = doc.tokens
    dets, places = plurals
    hits = [m for m in mentions if m.text in words and m.actor is not None and m.actor.actor_id == words[m.text]
            and not (m.tok_start > 0 and toks[m.tok_start - 1].lower in dets
                     and not (m.tok_end < len(toks) and toks[m.tok_end].lower in places))]
    if not hits:
        return mentions
    rest = [m for m in mentions if m not in hits]
    main = main_country(doc, rest)
    told = {m.actor.country for m in rest if m.kind == "actor" and m.actor is not None} | {main}
    return [m for m in mentions if m not in hits or m.actor is None or m.actor.country is None
            or m.actor.country in told]
