"""A dictionary acronym of an armed group or party read only where its country is in the text: the Phoenix lists hold
195 short all-capital names, many shared ("ANA" is the Albanian National Army there, the Afghan National Army in news
of Afghanistan); an article about the group names its country somewhere, one that does not means another ANA."""

from __future__ import annotations

from collections.abc import Callable

from ..knowledge.forms_de import abbreviation
from ..model import Doc, Mention

PHOENIX = "phx-"


def foreign_acronyms(doc: Doc, mentions: list[Mention],
                     countries_of: Callable[[str], frozenset[str]] = lambda word: frozenset()) -> list[Mention]:
    """The mentions less each Phoenix acronym whose country no other mention of the article names (by a country,
    an adjective, a place or an actor of that country). ``countries_of`` gives the countries a word names ("US":
    USA): a name that opens with its own country's short name names that country itself ("US president")."""
    named = {c for m in mentions for c in ((m.actor.country if m.actor else None), (m.place.country if m.place else None))
             if c and not _acronym(doc, m, countries_of)}
    return [m for m in mentions
            if not (_acronym(doc, m, countries_of) and m.actor is not None and m.actor.country not in named)]


def _acronym(doc: Doc, m: Mention, countries_of: Callable[[str], frozenset[str]]) -> bool:
    """The mention is a short all-capital alias of a Phoenix group: not a word of its name ("US secretary of
    state" is named, "ANA" for the Albanian National Army is an alias), nor a country's short name before a lower-case
    noun ("the U.S. military", "the US military": the country's own body, named by its country)."""
    a = m.actor
    toks = doc.tokens
    word = toks[m.tok_start].text
    if a is None or not a.actor_id or not a.actor_id.startswith(PHOENIX) or a.country is None or m.via != "org" \
            or not abbreviation(word):
        return False  # the cheap tests first: the country tests below look up every short piece of the word
    letters = word.replace(".", "").lower()
    words = a.name.lower().split() if a is not None else []
    # the initials of the name's first words, with more of the name left ("US" of "United States Military"; "ANA" is
    # all of the Albanian National Army's, an alias), before lower-case words ("U.S. military", not "ANA" alone)
    qualifier = len(words) > len(letters) and "".join(w[0] for w in words[:len(letters)]) == letters \
        and m.tok_end - m.tok_start > 1 and all(t.text.islower() for t in toks[m.tok_start + 1:m.tok_end])
    # "US president", "US President", "UK prime minister": the country's short name opens a longer name of the same
    # country's office, in any case of the words after it; the name is named by its country, no alias of another group
    own_country = m.tok_end - m.tok_start > 1 and a is not None and a.country in countries_of(word)
    # bits32: a lone alias that spells its own country's short name at its start or end ("POTUS", "SCOTUS": "... of the
    # US"; "USAID") names that country itself, as "US president" does
    own_country = own_country or (a is not None and m.tok_end - m.tok_start == 1 and any(
        a.country in countries_of(part) for n in range(2, len(word) - 1) for part in (word[:n], word[-n:])))
    return a is not None and bool(a.actor_id) and a.actor_id.startswith(PHOENIX) and a.country is not None \
        and m.via == "org" and abbreviation(word) and not qualifier and not own_country \
        and letters not in a.name.replace(".", "").lower().split()
