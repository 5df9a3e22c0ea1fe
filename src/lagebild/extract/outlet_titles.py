"""A capitalised title right before an outlet's head noun names the outlet ("Time magazine", "the Herald
newspaper"): the outlet is no place of that name and, unnamed in the knowledge base, of no country the text gives."""

from __future__ import annotations

from collections.abc import Collection

from ..knowledge.resources import derived_cache, load
from ..model import Doc, Mention

OUTLET_VIA = "outlet"  # a titled outlet's head noun: a media actor of no country (context.fill_generic skips it)


@derived_cache
def _calendar(lang: str) -> frozenset[str]:
    """The month and weekday names of dates.yaml: "a Sunday newspaper" is a day's paper, no title."""
    data = load("dates", lang, default={}) or {}
    return frozenset(str(w).lower() for key in ("months", "weekdays") for w in data.get(key) or ())


@derived_cache
def _describers(lang: str) -> frozenset[str]:
    """Words that open a sentence before an outlet noun as its description, no title ("Local newspapers reported",
    "State media said"): lexicon.yaml's ``outlet_describers``."""
    return frozenset(str(w).lower() for w in (load("lexicon", lang, default={}) or {}).get("outlet_describers") or ())


def title_before(doc: Doc, i: int, heads: Collection[str], determiners: Collection[str]) -> bool:
    """Token ``i`` is a capitalised title word right before an outlet head noun in its sentence, no determiner and no
    date ("a Sunday newspaper"). The sentence's first word is capitalised anyway: there it is a title unless it is a
    word that describes outlets ("Local newspapers"), so "Time magazine reported" opening a sentence names Time."""
    toks = doc.tokens
    if i + 1 >= len(toks) or toks[i + 1].lower not in heads or toks[i + 1].sent != toks[i].sent:
        return False
    t = toks[i]
    if not (t.text[:1].isupper() and t.text.isalpha()) or t.lower in determiners or (
            i == doc.sentences[t.sent].tok_start and t.lower in _describers(doc.lang)):
        return False
    return t.lower not in _calendar(doc.lang) and not any(d.start <= t.start < d.end for d in doc.dates)


def titled_outlets(doc: Doc, mentions: list[Mention], heads: Collection[str], determiners: Collection[str]) -> None:
    """Mark an outlet noun after a title that no mention covers ("told Time magazine") as ``OUTLET_VIA``, so the
    article's country is not guessed for it: "Iran's minister told Time magazine" is no Iranian outlet."""
    if not heads:
        return
    covered = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
    for m in mentions:
        if m.via == "sector" and m.actor is not None and m.actor.sector == "MEDIA" and m.actor.country is None \
                and m.tok_end == m.tok_start + 1 and m.tok_start > 0 and m.tok_start - 1 not in covered \
                and title_before(doc, m.tok_start - 1, heads, determiners):
            m.via = OUTLET_VIA
