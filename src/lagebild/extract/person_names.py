"""Is a run of capitalised words a person's name? German capitalises every noun and its dictionaries
know most surnames as words ("Müller", "Fischer", "Koch"), so an unknown word alone misses "Heinz
Müller (FDP)" and "Bürgermeister Hans Fischer"; a given name in front of another word marks them.

The given names are data (common/given_names.json, written by scripts/convert_given_names.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..knowledge.resources import load


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
    return len(words) >= 2 and words[0] in given_names() and words[1][:1].isupper()


def name_start(words: Sequence[str], lang: str) -> int:
    """Where the name begins in a run of capitalised words: words before it that are neither unknown nor
    a given name are the sentence's own ("Auch Petra Zinkeisen (Grüne)" -> 1)."""
    from .context import name_like

    for i, w in enumerate(words):
        if name_like(w, lang) or w in given_names():
            return i
    return len(words)
