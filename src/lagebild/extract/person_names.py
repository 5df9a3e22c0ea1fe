"""Is a run of capitalised words a person's name? German capitalises every noun and its dictionaries
know most surnames as words ("Müller", "Fischer", "Koch"), so an unknown word alone misses "Heinz
Müller (FDP)" and "Bürgermeister Hans Fischer"; a given name in front of another word marks them.

The given names are data (common/given_names.json, written by scripts/convert_given_names.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache

from ..knowledge.gazetteer import Entry
from ..knowledge.resources import load

# Languages that capitalise every noun: there a surname is often a word the dictionary knows. English
# capitalises names only, so an unknown word marks them well enough, and a given name before a
# common word ("reporter Cole Mallard") adds people whose country only the article could guess.
NOUNS_CAPITALISED = frozenset({"de"})


@cache
def given_names() -> frozenset[str]:
    """Given names of the locales world news names most people from, built once per process."""
    return frozenset(load("given_names", default=[]))


def person_name(words: Sequence[str], lang: str) -> bool:
    """A name: one word no dictionary knows ("Hassan Wirajuda", "MDC"), or a given name followed by
    a capitalised word ("Heinz Müller"; a given name alone may be a word: "Mark", "Rose")."""
    from .context import name_like  # context's appositives call this module

    if any(name_like(w, lang) for w in words):
        return True
    return lang in NOUNS_CAPITALISED and len(words) >= 2 and words[0] in given_names() and words[1][:1].isupper()


def name_start(words: Sequence[str], lang: str) -> int:
    """Where the name begins in a run of capitalised words: words before it that are neither unknown nor
    a given name are the sentence's own ("Auch Petra Zinkeisen (Grüne)" -> 1)."""
    from .context import name_like

    for i, w in enumerate(words):
        if name_like(w, lang) or (lang in NOUNS_CAPITALISED and w in given_names()):
            return i
    return len(words)


def name_length(words: Sequence[str], lang: str) -> int:
    """How many of the capitalised words after a title are the name: all of them when one is unknown
    (as before), else the given names and one surname ("Landrat Hans Weber Hilfen" -> 2: "Hilfen" is the
    sentence's object); 0 when they are no name."""
    if not person_name(words, lang):
        return 0
    from .context import name_like

    if any(name_like(w, lang) for w in words):
        return len(words)
    i = 0
    while i < len(words) - 1 and words[i] in given_names():
        i += 1
    return i + 1


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
    roles = [(e, e.role_at(when)) for e in pool]
    pool = [e for e, r in roles if r is not None and (r.country in countries or titled and r.country is None)]
    readings = {(r.country, r.sector) if r else None for r in (e.role_at(when) for e in pool)}
    return pool[:1] if len(readings) == 1 else []


def _held(e: Entry, when: date) -> bool:
    """A dated post (a role with a sector; the dictionaries also date whole careers) ``when`` falls in."""
    return any((r.start or r.end) and r.sector and (r.start is None or r.start <= when)
               and (r.end is None or when <= r.end) for r in e.roles)


def longer_name(before: str | None, after: str | None, lang: str) -> bool:
    """A surname between other name words is someone else's name ("Christian Poulsen", "Louise Brown",
    "Eurovision Song Contest"): a given name or unknown capitalised word right before or after it
    (English, which capitalises names only: any capitalised word after it)."""
    from .context import name_like

    def name_word(w: str | None) -> bool:
        return bool(w) and w[:1].isupper() and (w in given_names() or name_like(w, lang))  # type: ignore[index]

    return name_word(before) or name_word(after) or (
        lang not in NOUNS_CAPITALISED and bool(after) and after[:1].isupper())  # type: ignore[index]
