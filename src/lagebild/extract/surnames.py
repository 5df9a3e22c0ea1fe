"""Leaders named by their surname alone ("Kibaki", "Präsident Chirac"): which dictionary person, if
any, a surname of the converted Phoenix data names in one article. The dictionaries list thousands of
officials whose surnames are also other people's and words, so a reading needs the article's date,
its countries and the words around the name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..knowledge.gazetteer import Entry, Gazetteer, Hit
from ..language.segment import is_known
from ..model import Doc
from .mention_context import _first
from .person_names import given_names, nouns_capitalised


def read_surnames(doc: Doc, hits: list[Hit], when: date | None, gaz: Gazetteer, particles: frozenset[str],
                  honorifics: frozenset[str], elsewhere: frozenset[str] = frozenset()) -> list[Hit]:
    """The gazetteer hits with each dictionary surname alone ("Kibaki", "Premier Olmert") narrowed to
    the namesake it names at the article's date and of a country the article names, or dropped; titled:
    a sector noun, a title compound or an honorific right before it. English sentences open with words.
    ``elsewhere``: the words of person hits the article gives with another given name ("Eurico Guterres"): told
    alone and untitled they are that other person, unless the article names the known one in full."""
    out = []
    toks = doc.tokens
    countries = frozenset(e.country for h in hits for e in h.entries if e.country and e.form != "surname")
    others: set[str] = set()  # "Christian Poulsen" anywhere: "Poulsen" is he throughout the article
    for h in hits:
        if h.entries and all(e.form == "surname" for e in h.entries):
            tok = toks[h.tok_start]
            sent = doc.sentences[tok.sent]
            before = toks[h.tok_start - 1] if h.tok_start > sent.tok_start else None
            after = toks[h.tok_end] if h.tok_end < sent.tok_end else None
            if before is not None and before.lower in particles or longer_name(
                    before.text if before is not None and before.end == tok.start - 1 else None,
                    after.text if after is not None and after.start == tok.end + 1 else None, doc.lang):
                others.add(tok.lower)
    full = {e.ref for h in hits if h.tok_end - h.tok_start > 1 for e in h.entries if e.kind == "person"}
    for k, h in enumerate(hits):
        if h.compound_part or not h.entries or any(e.form != "surname" for e in h.entries):
            if not (elsewhere and _told_other(doc, hits, k, elsewhere, full, gaz, honorifics)):
                out.append(h)
            continue
        tok = toks[h.tok_start]
        if not nouns_capitalised(doc.lang) and tok.i == doc.sentences[tok.sent].tok_start \
                and is_known(tok.text.lower(), doc.lang):
            continue
        if tok.lower in others:
            continue
        titled = _titled(doc, hits, k, gaz, honorifics)
        entries = surname_entries(h.entries, when, titled, countries)
        nxt = toks[h.tok_end].text if h.tok_end < len(toks) and toks[h.tok_end].sent == tok.sent else ""
        if not entries and titled and all(" " not in e.name for e in h.entries) \
                and not (nxt[:1].isupper() or "-" in nxt):
            # "König Abdullah": a ruler the dictionary knows by one given name, titled, needs no country named;
            # "der jordanische König Abdullah" is not the Saudi one, "Gouverneur Hussein al-Schammari" no king
            own = frozenset(r.country for e in h.entries if (r := e.role_at(when)) is not None and r.country)
            if not _other_adjective(hits, k, own):
                entries = surname_entries(h.entries, when, titled, countries | own)
        if entries:
            out.append(Hit(h.tok_start, h.tok_end, entries))
        elif titled and k and out and out[-1] is hits[k - 1] and hits[k - 1].tok_end == h.tok_start:
            # "President Abbas" in a story naming only Pakistan: the title is a namesake's of a country the article
            # does not name; read alone it would take the story's country at the event stage (PAK-GOV)
            out.pop()
    return out


def _titled(doc: Doc, hits: list[Hit], k: int, gaz: Gazetteer, honorifics: frozenset[str]) -> bool:
    """A sector noun, a title compound or an honorific right before hit k ("Präsident Kibaki", "UN-Chef Guterres")."""
    toks, h = doc.tokens, hits[k]
    prev = hits[k - 1] if k else None
    return (prev is not None and prev.tok_end == h.tok_start and (_first(prev, "sector") is not None or (
        prev.compound_part and gaz.compound_sector(toks[prev.tok_start].text) is not None))) \
        or (h.tok_start > 0 and toks[h.tok_start - 1].lower in honorifics)


def _other_adjective(hits: list[Hit], k: int, own: frozenset[str]) -> bool:
    """A country adjective right before hit k's title names another country than the person's ("der jordanische
    König Abdullah": not the Saudi king)."""
    if k < 2 or hits[k - 2].tok_end != hits[k - 1].tok_start:
        return False
    return any(e.kind == "adjective" and e.country not in own for e in hits[k - 2].entries)


def _told_other(doc: Doc, hits: list[Hit], k: int, elsewhere: frozenset[str], full: set[str], gaz: Gazetteer,
                honorifics: frozenset[str]) -> bool:
    """Hit k is a known person's one-word name the article gave another person ("Eurico Guterres ... Guterres möchte"),
    told untitled, and the known person is not named in full anywhere in the article."""
    h = hits[k]
    return h.tok_end - h.tok_start == 1 and doc.tokens[h.tok_start].lower in elsewhere \
        and all(e.kind == "person" for e in h.entries) and not any(e.ref in full for e in h.entries) \
        and not _titled(doc, hits, k, gaz, honorifics)


def surname_entries(entries: Sequence[Entry], when: date | None, titled: bool,
                    countries: frozenset[str]) -> list[Entry]:
    """Which dictionary person a surname alone names ("Chirac", "Präsident Kibaki"): the namesakes
    holding a dated post at the article's date, or after a title all of them, of a country the
    article names elsewhere (``countries``; a UN official, without one, only after a title), taken
    only when they agree on country and sector (the dictionaries list one person under several ids).
    Thousands of officials share their surnames with other people and with words ("Frieden"), so a
    surname outside its holder's years or country names no one."""
    if not entries or any(e.form != "surname" for e in entries):
        return list(entries)
    pool: list[Entry] = []
    if when is not None:
        pool = [e for e in entries if _held(e, when)]
    if not pool and titled:
        pool = list(entries)
    held = [(e, r) for e in pool if (r := e.role_at(when)) is not None
            and (r.country in countries or titled and r.country is None)]
    readings = {(r.country, r.sector) for _, r in held}
    return [held[0][0]] if len(readings) == 1 else []


def _held(e: Entry, when: date) -> bool:
    """A dated post (a role with a sector; the dictionaries also date whole careers) ``when`` falls in."""
    return any((r.start or r.end) and r.sector and (r.start is None or r.start <= when)
               and (r.end is None or when <= r.end) for r in e.roles)


def longer_name(before: str | None, after: str | None, lang: str) -> bool:
    """A surname between other name words is someone else's name ("Christian Poulsen", "Louise Brown",
    "Eurovision Song Contest"): a given name or unknown capitalised word right before or after it
    (English, which capitalises names only: any capitalised word after it)."""
    from .name_context import name_like

    def name_word(w: str | None) -> bool:
        return bool(w) and w[:1].isupper() and (w in given_names() or name_like(w, lang))  # type: ignore[index]

    return name_word(before) or name_word(after) or (
        not nouns_capitalised(lang) and bool(after) and after[:1].isupper())  # type: ignore[index]
