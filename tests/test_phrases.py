"""PhraseSet: the longest cue phrase at a token, also where one first word opens many phrases (then they
are indexed by the second word too): the same answer as comparing every phrase in order."""

from __future__ import annotations

import random
from collections.abc import Sequence

from lagebild.language.phrases import WILDCARD, PhraseSet


def _naive(phrases: list[tuple[str, ...]], lows: Sequence[str], i: int, end: int) -> tuple[str, ...] | None:
    """Every phrase compared, longest first (ties in the order given), wildcard-first phrases last."""
    plain = sorted((p for p in phrases if p[0] != WILDCARD), key=len, reverse=True)
    for p in [q for q in plain if q[0] == lows[i]] + [p for p in phrases if p[0] == WILDCARD]:
        if i + len(p) <= end and all(w in (WILDCARD, x) for w, x in zip(p, lows[i:i + len(p)], strict=True)):
            return p
    return None


def test_many_phrases_with_one_first_word() -> None:
    # coreference nouns: many phrases open with "die"; the second word decides
    ps = PhraseSet(["die miliz", "die organisation", "die partei", "die regierung", "die rebellen",
                    "die radikalislamische miliz", "die *", "die partei von", "die"])
    lows = "gestern griff die radikalislamische miliz an und die partei von x schwieg die".split()
    assert ps.match_at(lows, 2) == ("die", "radikalislamische", "miliz")
    assert ps.match_at(lows, 7) == ("die", "partei", "von")  # the longest
    assert ps.match_at(lows, 7, end=9) == ("die", "partei")  # not past the end
    assert ps.match_at(lows, len(lows) - 1) == ("die",)  # the last word: only the one-word phrase
    assert ps.match_at("die stadt".split(), 0) == ("die", WILDCARD)  # an unknown second word: the wildcard
    assert PhraseSet(["die miliz", "die partei", "die regierung", "die rebellen", "die polizei"]).match_at(
        "die stadt".split(), 0) is None
    assert ps.find(lows, 0, len(lows)) == (2, 5)


def test_same_answers_as_comparing_every_phrase() -> None:
    rng = random.Random(11)
    words = ["die", "der", "miliz", "partei", "von", "the", "group", "*"]
    for _ in range(300):
        phrases = sorted({tuple(rng.choice(words[:-1]) if k == 0 else rng.choice(words) for k in range(rng.randint(1, 4)))
                          for _ in range(rng.randint(1, 25))})
        phrases += [(WILDCARD, "von")] if rng.random() < 0.2 else []
        ps = PhraseSet(phrases)
        lows = [rng.choice(words[:-1]) for _ in range(12)]
        for i in range(len(lows)):
            for end in (i + 1, min(i + 3, len(lows)), len(lows)):
                assert ps.match_at(lows, i, end) == _naive(phrases, lows, i, end), (phrases, lows, i, end)
