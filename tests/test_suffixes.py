"""SuffixSet: the longest trigger noun a German compound ends with, by lookup, gives what scanning every
noun longest first gives (the margin and the bound-prefix test included). FirstEnding: the first in order."""

from __future__ import annotations

import random

from lagebild.language.suffixes import FirstEnding, SuffixSet

HEADS = ["zusammenarbeit", "arbeit", "angriff", "angriffe", "störung", "gespräche", "sanktionen", "proteste"]


def _scan(heads: list[str], word: str, margin: int, bound: frozenset[str]) -> str | None:
    ordered = sorted(heads, key=len, reverse=True)
    return next((h for h in ordered if word.endswith(h) and len(word) >= len(h) + margin
                 and word[:-len(h)] not in bound), None)


def test_compounds() -> None:
    index = SuffixSet(HEADS)
    assert index.longest_ending("verteidigungszusammenarbeit", 3) == "zusammenarbeit"  # the longest, not "arbeit"
    assert index.longest_ending("raketenangriffe", 3) == "angriffe"
    assert index.longest_ending("angriffe", 3) is None  # no letters left before it
    assert index.longest_ending("angriffe") == "angriffe"
    # "Zerstörung" is no kind of "Störung": a bound prefix is refused, a shorter head is not tried in vain
    refuse = frozenset({"zer"})
    assert index.longest_ending("zerstörung", 3, lambda w, h: w[:-len(h)] not in refuse) is None
    assert index.longest_ending("netzstörung", 3, lambda w, h: w[:-len(h)] not in refuse) == "störung"
    assert index.longest_ending("friedensverhandlung", 3) is None


def test_same_as_scanning_every_head() -> None:
    rng = random.Random(5)
    letters = "aeinrst"
    for _ in range(200):
        heads = list({"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 30))})
        index = SuffixSet(heads)
        bound = frozenset("".join(rng.choice(letters) for _ in range(rng.randint(1, 3))) for _ in range(3))
        for _ in range(30):
            word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))
            for margin in (0, 3):
                got = index.longest_ending(word, margin, lambda w, h, bound=bound: w[:-len(h)] not in bound)
                assert got == _scan(heads, word, margin, bound), (heads, word, margin, bound)


def test_first_ending_is_the_first_in_order_not_the_longest() -> None:
    index = FirstEnding(["truppen", "soldaten", "kampftruppen", "en"])
    assert index.first_ending("spezialkampftruppen") == "truppen"  # listed before the longer "kampftruppen"
    assert index.first_ending("regierungssoldaten") == "soldaten"
    assert index.first_ending("verhandlungen") == "en"
    assert index.first_ending("polizei") is None
    assert FirstEnding(["", "ei"]).first_ending("polizei") == ""  # every word ends with the empty word


def test_first_ending_same_as_scanning_in_order() -> None:
    rng = random.Random(7)
    letters = "aeinrst"
    for _ in range(200):
        heads = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(1, 30))]
        index = FirstEnding(heads)
        for _ in range(30):
            word = "".join(rng.choice(letters) for _ in range(rng.randint(0, 9)))
            assert index.first_ending(word) == next((h for h in heads if word.endswith(h)), None), (heads, word)
