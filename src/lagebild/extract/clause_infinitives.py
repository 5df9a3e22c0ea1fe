"""German zu-infinitive clauses: where one opens after a comma or inside a clause, and what counts as one.

Kept apart from the splitter (clauses.py) because other readings ask the same questions of a finished clause
("einzustellen" is an infinitive; ", ohne Truppen abzuziehen" has the sentence's subject as its doer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Doc, Token

if TYPE_CHECKING:
    from .clauses import Clause


def infix_infinitive(word: str, particles: frozenset[str] | set[str]) -> str | None:
    """"einzustellen", "abzuriegeln", "zuzustimmen": a separable verb's zu-infinitive, its marker inside the word;
    the plain infinitive ("einstellen"), which the lemmatiser does not give, or None."""
    if not (word.isalpha() and word.islower() and word.endswith(("en", "eln", "ern"))):
        return None
    p = next((p for p in sorted(particles, key=len, reverse=True) if word.startswith(p + "zu") and len(word) >= len(p) + 6),
             None)
    return p + word[len(p) + 2:] if p is not None else None


def infinitive_clause(doc: Doc, c: Clause, markers: set[str] | frozenset[str], conjunctions: frozenset[str],
                      particles: frozenset[str] | set[str]) -> bool:
    """A German clause opened by "als", "ohne", "um" ... that ends in a zu-infinitive (", als die Ukraine
    anzugreifen", ", ohne Truppen abzuziehen"): an infinitive clause whose doer is the sentence's subject. The splitter
    gives it the conjunction as opener (or none, where "zu" sits inside the word), so the marker test misses it."""
    words = _stretch_words(doc, c.start, c.end)  # up to a comma: ", sagte er" after it
    if len(words) < 2 or words[0].lower not in conjunctions or not words[-1].text[:1].islower():
        return False
    return (len(words) >= 3 and words[-2].lower in markers) or infix_infinitive(words[-1].lower, particles) is not None


def _stretch_words(doc: Doc, i: int, end: int) -> list[Token]:
    """The words from ``i`` up to the next comma, semicolon or colon (or ``end``): one stretch of a clause."""
    toks = doc.tokens
    j = next((k for k in range(i, end) if toks[k].text in (",", ";", ":")), end)
    return [t for t in toks[i:j] if t.text[:1].isalpha()]


def infinitive_after(doc: Doc, i: int, end: int, markers: set[str]) -> str | None:
    """', ein Wohnviertel angegriffen zu haben.': the stretch after a comma ends in "zu" + verb."""
    words = _stretch_words(doc, i, end)
    return words[-2].lower if len(words) >= 3 and words[-2].lower in markers and words[-1].text[:1].islower() else None


def infinitive_ahead(doc: Doc, i: int, end: int, markers: set[str], finite: set[str]) -> tuple[str, int] | None:
    """', Truppen, Panzer und Artillerie an die Grenze zu verlegen': an infinitive clause whose objects a list or an
    apposition splits with commas; the marker and the first token of its last stretch when stretches that end in no
    lower-case word and hold no finite auxiliary lead to one ending in "zu" + verb (at most three stretches)."""
    toks = doc.tokens
    j = i
    for _ in range(3):
        k = j
        while k < end and toks[k].text not in (",", ";", ":"):
            k += 1
        words = [t for t in toks[j:k] if t.text[:1].isalpha()]
        if j > i and (marker := infinitive_after(doc, j, end, markers)) is not None:
            return marker, j
        if not words or words[-1].text[:1].islower() or any(t.lower in finite for t in words) \
                or k >= end or toks[k].text != ",":
            return None
        j = k + 1
    return None


def opens_infinitive(doc: Doc, i: int, end: int, markers: set[str] | None, openers: frozenset[str]) -> bool:
    """Inside a clause, "um" still opens an infinitive clause when "zu" + verb follows before the next comma
    ("protestierten um zu zeigen"); the other adverb breaks open none there."""
    if doc.tokens[i].lower not in openers or not markers:
        return False
    for j in range(i + 1, end):
        if doc.tokens[j].text in (",", ";", ":"):
            return False
        if doc.tokens[j].lower in markers:
            return True
    return False
