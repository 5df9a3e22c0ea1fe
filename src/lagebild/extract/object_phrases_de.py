"""The noun phrase standing next to a German verb, read as its object where no definite article could make it the
subject: "forderte zahlreiche Todesopfer", "hat in London schon 17 Opfer gefordert", "Angriffe, die Hunderte Opfer
forderten". A verb's own clause only; a prepositional phrase between verb and noun is passed over ("forderten in
Kabul viele Opfer"), a noun inside one never counts ("Entschädigung für die Opfer")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from ..model import Doc


class _Words(Protocol):
    definite_articles: frozenset[str]
    count_nouns: tuple[str, ...]
    attribute_endings: tuple[str, ...]  # an adjective's ("zahlreiche")
    phase_blockers: frozenset[str]  # prepositions
    auxiliaries: frozenset[str]  # "worden", "ist": the verb before one ends its clause's verbs


def next_to(doc: Doc, i: int, start: int, end: int, words: _Words) -> Iterator[int]:
    """Token indices of the head nouns of the phrases next to the verb at ``i`` that read as its object: after it,
    and, for a participle or a verb at its clause's end, before it."""
    toks = doc.tokens
    if (k := _after(doc, i, end, words)) is not None:
        yield k
    low = toks[i].lower
    last = i + 1 >= end or not toks[i + 1].text[:1].isalpha() or toks[i + 1].lower in words.auxiliaries
    if (last or (low.startswith("ge") and low.endswith("t"))) and i - 1 >= start and toks[i - 1].text[:1].isupper() \
            and _opens_object(doc, i - 1, start, words):
        yield i - 1


def _count(doc: Doc, k: int, words: _Words) -> bool:
    """A number inside a noun phrase: digits ("17", "1.200") or a capitalised count word ("Hunderte")."""
    text = doc.tokens[k].text
    return text[:1].isdigit() or (bool(words.count_nouns) and doc.tokens[k].lower.endswith(words.count_nouns))


def _after(doc: Doc, i: int, end: int, words: _Words) -> int | None:
    """The head noun of the first noun phrase after the verb, over adverbs and one prepositional phrase."""
    toks, k, passed = doc.tokens, i + 1, False
    first = k
    while k < end and toks[k].text[:1].isalnum():
        low = toks[k].lower
        if low in words.phase_blockers and not (k + 1 < end and toks[k + 1].text[:1].isdigit()):
            if passed:
                return None
            passed, k = True, k + 1  # "forderten in Kabul viele Opfer": over the phrase to its noun
            while k < end and toks[k].text[:1].islower() and toks[k].text[:1].isalpha():
                k += 1
            if k >= end or not toks[k].text[:1].isupper():
                return None
            k += 1
            first = k
            continue
        if toks[k].text[:1].isupper() and not _count(doc, k, words):
            return k if toks[first].lower not in words.definite_articles else None  # "fordern die Opfer": a subject?
        k += 1
    return None


def _opens_object(doc: Doc, n: int, start: int, words: _Words) -> bool:
    """The noun at ``n`` heads a phrase without a definite article ("schon 17 Opfer"), or whose article is a relative
    pronoun after a comma ("der Anschlag, der 17 Opfer forderte")."""
    toks, k = doc.tokens, n - 1
    while k >= start and (_count(doc, k, words) or (toks[k].text[:1].islower() and toks[k].lower.endswith(
            words.attribute_endings) and toks[k].lower not in words.definite_articles)):
        k -= 1  # "zahlreiche", "17", "Hunderte"
    if k < start or toks[k].lower not in words.definite_articles:
        return True
    return k - 1 >= start and toks[k - 1].text == ","
