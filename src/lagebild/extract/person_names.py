"""Is a run of capitalised words a person's name? German capitalises every noun and its dictionaries
know most surnames as words ("Müller", "Fischer", "Koch"), so an unknown word alone misses "Heinz
Müller (FDP)" and "Bürgermeister Hans Fischer"; a given name in front of another word marks them.

The given names are data (common/given_names.json, written by scripts/convert_given_names.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..knowledge.resources import derived_cache, load
from ..model import Token


@derived_cache
def nouns_capitalised(lang: str) -> bool:
    """Does ``lang`` capitalise every noun (the lexicon's ``nouns_capitalised``)? There a surname is often a word the
    dictionary knows. English capitalises names only, so an unknown word marks them well enough, and a given name
    before a common word ("reporter Cole Mallard") adds people whose country only the article could guess."""
    return bool((load("lexicon", lang, default={}) or {}).get("nouns_capitalised"))


@derived_cache
def given_names() -> frozenset[str]:
    """Given names of the locales world news names most people from, built once per process."""
    return frozenset(load("given_names", default=[]))


def person_name(words: Sequence[str], lang: str) -> bool:
    """A name: one word no dictionary knows ("Hassan Wirajuda", "MDC"), or a given name followed by
    a capitalised word ("Heinz Müller"; a given name alone may be a word: "Mark", "Rose")."""
    from .name_context import name_like  # name_context's appositives call this module

    if any(name_like(w, lang) for w in words):
        return True
    return nouns_capitalised(lang) and len(words) >= 2 and words[0] in given_names() and words[1][:1].isupper()


def surname_after_given(toks: Sequence[Token], i: int, lang: str) -> bool:
    """'laut Andreas Richter', 'Hans Bauer sagte': a capitalised word right after a given name is that person's
    surname, even where it is also a noun of office or trade (a judge, a farmer)."""
    if not nouns_capitalised(lang) or i < 1 or not toks[i].text[:1].isupper():
        return False
    prev = toks[i - 1]
    return prev.sent == toks[i].sent and prev.end == toks[i].start - 1 and prev.text in given_names() \
        and prev.lower not in month_names(lang)  # "im August Soldaten entsandt": a month, no given name


@derived_cache
def month_names(lang: str) -> frozenset[str]:
    """The month names of dates.yaml, some of which are given names too ("August", "Juni")."""
    return frozenset((load("dates", lang, default={}) or {}).get("months") or ())


def name_start(words: Sequence[str], lang: str) -> int:
    """Where the name begins in a run of capitalised words: words before it that are neither unknown nor
    a given name are the sentence's own ("Auch Petra Zinkeisen (Grüne)" -> 1)."""
    from .name_context import name_like

    for i, w in enumerate(words):
        if name_like(w, lang) or (nouns_capitalised(lang) and w in given_names()):
            return i
    return len(words)


def name_length(words: Sequence[str], lang: str) -> int:
    """How many of the capitalised words after a title are the name: all of them when one is unknown
    (as before), else the given names and one surname ("Landrat Hans Weber Hilfen" -> 2: "Hilfen" is the
    sentence's object); 0 when they are no name."""
    if not person_name(words, lang):
        return 0
    from .name_context import name_like

    if any(name_like(w, lang) for w in words):
        return len(words)
    i = 0
    while i < len(words) - 1 and words[i] in given_names():
        i += 1
    return i + 1
