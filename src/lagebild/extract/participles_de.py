"""German inflected participles placed inside a noun phrase ("die in Afghanistan stationierten Truppen", "der kurz nach
der Tat wegen Mordes verhaftete Junge"): the participle describes its noun, no event is told. Kept apart from the
trigger finder, which asks it once per candidate participle."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Doc
from .clauses import Clause

# phrases read back from the participle before the article or preposition that opens the noun phrase
MAX_PHRASES = 3


@dataclass(frozen=True)
class PlacedWords:
    """The words of the reading, from triggers.yaml and lexicon.yaml (extractor_setup)."""

    endings: tuple[str, ...]  # inflected participle endings ("te", "enen")
    preps: frozenset[str]  # a place, cause or time phrase ("in", "wegen", "seit")
    time_preps: frozenset[str]  # a time phrase before the place ("am Montag in Gießen")
    chain_preps: frozenset[str]  # further phrases before the first ("in der Nacht zum Donnerstag in Gießen")
    determiners: frozenset[str]
    openers: frozenset[str]  # what may stand before the phrase: articles, agent and nominal prepositions


def placed_participle(doc: Doc, i: int, clause: Clause, w: PlacedWords) -> bool:
    """An inflected participle after one or more place, cause or time phrases inside a noun phrase ("die in Afghanistan
    stationierten deutschen Truppen", "des in Baucau stationierten 1. Bataillons", "einem in der Nacht zum Donnerstag in
    Gießen festgenommenen Marokkaner", "Der kurz nach der Tat wegen Mordes verhaftete 15 Jahre alte Junge") describes its
    noun: no event told. A phrase opening the clause leaves a finite verb ("Am Sonntag in Kiew verhafteten Polizisten")."""
    toks = doc.tokens
    if not w.endings or not toks[i].lower.endswith(w.endings):
        return False
    j = i + 1
    while j < clause.end and ((toks[j].text[:1].islower() and toks[j].text.isalpha() and toks[j].lower not in w.determiners)
                              or toks[j].text.rstrip(".").isdigit()):  # "des in Baucau stationierten 1. Bataillons"
        j += 1
    if j >= clause.end or not toks[j].text[:1].isupper():
        return False
    pos, preps = i, w.preps
    for _ in range(MAX_PHRASES):
        k = pos - 1
        while k > clause.start and toks[k].text[:1].isupper():
            k -= 1  # the place's name
        if k < pos - 1 and k > clause.start + 1 and toks[k].lower in w.determiners and toks[k - 1].lower in preps:
            k -= 1  # "der in der UN-Resolution geforderten Waffenruhe": the phrase has its own article
        if k == pos - 1 or k <= clause.start or toks[k].lower not in preps:
            return False
        b = k - 1
        if k - 3 >= clause.start and toks[k - 1].text[:1].isupper() and toks[k - 2].lower in w.time_preps:
            b = k - 3  # "einem am Montag in Gießen festgenommenen Marokkaner": a time phrase first
        before = toks[b]
        if before.lower in w.openers or any(q.start <= before.start < q.end for q in doc.quantities):
            return True  # "zwei seit November entführte Diplomaten"
        if before.text[:1].isupper() and before.text[:1].isalpha() and b > clause.start:
            pos, preps = b + 1, w.preps | w.time_preps | w.chain_preps  # another phrase before this one
            continue
        # an adverb after the article: "Der kurz nach der Tat ... verhaftete Junge"
        return (before.text.isalpha() and before.text[:1].islower() and b - 1 >= clause.start
                and toks[b - 1].lower in w.determiners)
    return False
