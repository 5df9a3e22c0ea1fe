"""'Jens Nacke (CDU)', 'Sandra Boser (Grüne)': a name followed by its party in brackets is a politician of
that party's country, so domestic news whose people no dictionary lists still has its actors.

German (and English) news introduces politicians this way on first mention and by surname after it;
the mention found here is an appositive, so the surname alone later resolves as its alias.
"""

from __future__ import annotations

from ..model import ActorRef, Doc, Mention
from .person_names import name_start, person_name

_PARTY_SECTORS = frozenset({"LEG", "GOV", "OPP"})  # a party or a parliament's group; not a company or club


def bracketed_parties(doc: Doc, mentions: list[Mention], max_words: int = 3) -> list[Mention]:
    """New actor mentions for unknown names right before "(PARTY)" (via "appositive+party")."""
    toks = doc.tokens
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    out = []
    for m in mentions:
        a = m.actor
        if m.via != "org" or a is None or not a.country or a.sector not in _PARTY_SECTORS:
            continue
        o, c = m.tok_start - 1, m.tok_end
        if o < 1 or c >= len(toks) or toks[o].text != "(" or toks[c].text != ")":
            continue
        j = o  # the name: capitalised words right before the bracket, in the same sentence
        while j > 0 and o - j < max_words and j - 1 not in covered and toks[j - 1].sent == toks[o].sent \
                and _name_word(toks[j - 1].text):
            j -= 1
        j += name_start([t.text for t in toks[j:o]], doc.lang)  # not "Auch" in "Auch Petra Zinkeisen (Grüne)"
        if o - j < 2 or not person_name([t.text for t in toks[j:o]], doc.lang):
            continue  # a first and a last name at least: one no word of the language, or a given name first
        name = doc.text[toks[j].start:toks[o - 1].end]
        out.append(Mention(j, o, toks[j].start, toks[o - 1].end, name, "actor", via="appositive+party",
                           actor=ActorRef(name, name, f"{a.country}-{a.sector}", a.country, a.sector)))
        covered.update(range(j, o))
    return out


def possessed_names(doc: Doc, mentions: list[Mention], possessives: frozenset[str], max_words: int = 3) -> list[Mention]:
    """'VOA's David Gollust reports', 'Hamas's Ismail Haniyeh': an unknown person's name right after an
    organisation's possessive belongs to that organisation (its country and sector), so reporters and
    officials no dictionary lists still have their actor (via "appositive+org")."""
    toks = doc.tokens
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    out = []
    for m in mentions:
        a = m.actor
        p = m.tok_end
        if m.via != "org" or a is None or not a.sector or p + 2 >= len(toks) or toks[p].lower not in possessives:
            continue
        j = p + 1
        k = j
        while k < len(toks) and k - j < max_words and k not in covered and toks[k].sent == toks[p].sent \
                and _name_word(toks[k].text):
            k += 1
        if k - j < 2 or not person_name([t.text for t in toks[j:k]], doc.lang):
            continue  # a first and a last name at least
        name = doc.text[toks[j].start:toks[k - 1].end]
        ref = f"{a.country}-{a.sector}" if a.country else None
        out.append(Mention(j, k, toks[j].start, toks[k - 1].end, name, "actor", via="appositive+org",
                           actor=ActorRef(name, name, ref, a.country, a.sector)))
        covered.update(range(j, k))
    return out


def _name_word(word: str) -> bool:
    return len(word) >= 2 and word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()


def member_names(doc: Doc, mentions: list[Mention], links: frozenset[str], sectors: frozenset[str],
                 determiners: frozenset[str], passives: frozenset[str], max_words: int = 3,
                 named_sectors: frozenset[str] = frozenset(),
                 relative: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                 place_words: frozenset[str] = frozenset()) -> list[Mention]:
    """'Patrick Weber vom Arbeitskreis X forderte', 'Anna Roth von der Gewerkschaft': an unknown person's name right
    before a link word (``links``) and a group of ``sectors`` speaks for that group, so a spokesman no dictionary lists
    still has its country (a generic group's comes later from context: via "appositive", as after a title). Only a
    name opening its sentence or clause, and never in a passive clause ("dass Anna Roth von der Polizei festgenommen
    wurde": there the group is the doer). A body of ``named_sectors`` ("Patrick Kamanda von der Umweltbehörde
    Ugandas") counts only where its own words tell its country: a bare "vom Innenministerium" is left to context.
    ``relative`` (links, pronouns) reads a relative clause the same way: "Anna Roth, die beim ADAC für Verkehr
    zuständig ist, kritisierte": the name before the comma works there, so it speaks for the group. A "name" holding
    a location preposition or region noun (``place_words``) is a place: "Im Norden von Somalia"."""
    rel_links, rel_pronouns = relative
    toks = doc.tokens
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    out = []
    for m in mentions:
        a = m.actor
        if m.kind != "actor" or a is None or not (a.sector in sectors or a.sector in named_sectors and a.country):
            continue
        p = m.tok_start - 1  # the link word, with determiners between it and the group ("von der")
        while p > 0 and m.tok_start - p <= 2 and p not in covered and toks[p].sent == toks[m.tok_start].sent \
                and toks[p].text[:1].isupper() and toks[p].text.isalpha():
            p -= 1  # words of the body's name the mention left out ("von der Nationalen Wahl Kommission")
        while p > 0 and toks[p].lower in determiners:
            p -= 1
        end = p  # where the name ends: at the link, or at the comma before ", der bei(m)"
        if p >= 3 and toks[p].lower in rel_links and toks[p - 1].lower in rel_pronouns and toks[p - 2].text == ",":
            end = p - 2
        elif p < 2 or toks[p].lower not in links or p - 1 not in covered and not _name_word(toks[p - 1].text):
            continue
        if end < p and (end - 1 in covered or not _name_word(toks[end - 1].text)):
            continue
        p, link = end, p
        j = p
        while j > 0 and p - j < max_words and j - 1 not in covered and toks[j - 1].sent == toks[p].sent \
                and _name_word(toks[j - 1].text):
            j -= 1
        sent = doc.sentences[toks[p].sent]
        opens = j == sent.tok_start or toks[j - 1].text in (",", ":", ";", "(", "–", "-")
        if p - j < 2 or not opens or any(t.lower in place_words for t in toks[j:p]) \
                or not person_name([t.text for t in toks[j:p]], doc.lang):
            continue
        rest = toks[m.tok_end:sent.tok_end] if link == p else toks[link:sent.tok_end]
        clause = rest[:next((k for k, t in enumerate(rest) if t.text in (",", ";", ":", ".")), len(rest))]
        if any(t.lower in passives for t in clause):
            continue
        name = doc.text[toks[j].start:toks[p - 1].end]
        via = "appositive+org" if a.country else "appositive"  # "appositive": context.fill_generic gives the country
        out.append(Mention(j, p, toks[j].start, toks[p - 1].end, name, "actor", via=via,
                           actor=ActorRef(name, name, a.actor_id if a.country else None, a.country, a.sector)))
        covered.update(range(j, p))
    return out
