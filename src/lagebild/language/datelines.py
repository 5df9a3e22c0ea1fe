"""Agency datelines ("ISLAMABAD (Reuters) -", "KYIV, Ukraine (AP) —", "Berlin (dpa) -", "WASHINGTON —"): wire copy
opens a paragraph with the place it was filed from, the agency in brackets and a dash. Segmentation makes the
dateline a sentence of its own, so the first sentence's parse does not take the place or agency for its subject."""
from __future__ import annotations

import re

from ..knowledge.resources import derived_cache, load
from ..model import Doc, Sentence

_DASHES = frozenset({"-", "–", "—", "--"})
_MAX_PLACE = 6  # "RIO DE JANEIRO", "KYIV, Ukraine", "USS GEORGE WASHINGTON, Yellow Sea"
_MAX_AGENCY = 5  # "AFP/dpa", "Reuters", "AP", "dpa-AFX"
_FIRST_PARAGRAPHS = 2  # the title, then the body that opens with the dateline
_MAX_DATE = 6  # "3. Mai 2013", "May 3, 2013", "Mittwoch, 3. Mai"
_DATE_NUMBER = re.compile(r"\d{1,4}\.?")  # "3", "3.", "2013"
_NUMERIC_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(\d{2,4})?")  # "3.5.2013", "3.5."


def dateline_spans(doc: Doc) -> list[tuple[int, int, int, int]]:
    """Each dateline as (place start, place end, agency start, agency end) token spans, ends exclusive; the agency
    span is empty (start == end) when no bracket is given ("WASHINGTON —"). Only at the start of a paragraph's
    first sentence in the article's first paragraphs, and only before a dash."""
    return [span for _, span in _openers(doc)]


def _openers(doc: Doc) -> list[tuple[Sentence, tuple[int, int, int, int]]]:
    """Each sentence that opens one of the article's first paragraphs with a dateline, with its dateline's spans."""
    out = []
    for s in doc.sentences:
        if s.paragraph >= _FIRST_PARAGRAPHS:
            break
        if s.i > 0 and doc.sentences[s.i - 1].paragraph == s.paragraph:
            continue
        span = dateline_at(doc, s.tok_start, s.tok_end)
        if span is not None:
            out.append((s, span))
    return out


def dateline_at(doc: Doc, i: int, end: int) -> tuple[int, int, int, int] | None:
    """The dateline that opens tokens [i, end), if any: capitalised place words (a comma and a region may follow),
    an optional bracket of at most a few agency words, then a dash."""
    toks = doc.tokens
    j = i
    place_end = None
    while j < end and j - i < _MAX_PLACE + 1 and (toks[j].text[:1].isupper() or toks[j].text == ","):
        if toks[j].text == "," and j > i:
            k = _date_end(doc, j + 1, end)
            if k is not None and k < end and (toks[k].text == "(" or toks[k].text in _DASHES):
                place_end, j = j, k  # "Damaskus, 3. Mai 2013 (dpa) -": the date between place and agency
                break
        j += 1
    if j == i or toks[j - 1].text == "," or j >= end:
        return None
    if toks[i].lower in _not_place_openers(doc.lang):
        return None  # "IN THE NEWS - October 27, 2001: ...": a headline label, no place (a name opens with no preposition)
    if place_end is None:
        place_end = j
    a0 = a1 = j
    if toks[j].text == "(":
        k = j + 1
        while k < end and toks[k].text != ")" and k - j <= _MAX_AGENCY:
            k += 1
        if k >= end or toks[k].text != ")" or k == j + 1:
            return None
        a0, a1, j = j + 1, k, k + 1
    if j >= end or toks[j].text not in _DASHES or not (toks[j - 1].space_after and toks[j].space_after):
        return None  # "US-China talks": a dash inside a word is no dateline's
    if a0 == a1 and not (toks[i].text.isupper() and len(toks[i].text) > 1) and not _capital_dash(doc, i, place_end, j):
        return None  # "Berlin - Paris: ...": without an agency a capitalised WIRE dateline ("WASHINGTON —"), or a capital
    return i, place_end, a0, a1


def _date_end(doc: Doc, i: int, end: int) -> int | None:
    """The end of the date that starts at token i ("3. Mai 2013", "May 3, 2013", "Mittwoch"), if one does: numbers,
    month and weekday words of the language's dates.yaml; at least one month, weekday or numeric date."""
    months, weekdays = _date_words(doc.lang)
    toks = doc.tokens
    j, named = i, False
    while j < end and j - i < _MAX_DATE:
        low = toks[j].lower.rstrip(".")
        if low in months or low in weekdays or _NUMERIC_DATE.fullmatch(toks[j].text):
            named = True
        elif not (_DATE_NUMBER.fullmatch(toks[j].text) or toks[j].text in {".", ","}):
            break
        j += 1
    while j > i and toks[j - 1].text == ",":
        j -= 1
    return j if named and j > i else None


def _capital_dash(doc: Doc, i: int, place_end: int, dash: int) -> bool:
    """A dateline in mixed case with no agency ("Damaskus - Israelische Kampfflugzeuge ..."): only a capital the
    countries table knows, and not a pair of places ("Berlin - Paris") nor a dash pair around an apposition."""
    capitals = _capitals(doc.lang)
    toks = doc.tokens
    stop = dash + 1  # the clause after the dash, also once split_datelines made the dateline its own sentence
    while stop < len(toks) and toks[stop].text not in {".", "!", "?"}:
        stop += 1
    if " ".join(t.text for t in toks[i:place_end]) not in capitals or dash + 1 >= stop:
        return False
    after = toks[dash + 1].text
    if not after[:1].isupper() or after in capitals or any(t.text in _DASHES for t in toks[dash + 1:stop]):
        return False
    return not any(t.text == ":" for t in toks[dash + 1:min(stop, dash + 4)])


@derived_cache
def _date_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The month and weekday words of the language's dates.yaml, lowercased."""
    data = load("dates", lang, default={})
    return frozenset(data.get("months") or ()), frozenset(data.get("weekdays") or ())


@derived_cache
def _capitals(lang: str) -> frozenset[str]:
    """Capitals the language's countries.yaml names, as written ("Damaskus", "Den Haag")."""
    table = load("countries", lang, default={}) or {}
    return frozenset(c for spec in table.values() if isinstance(spec, dict) for c in spec.get("capitals") or ())


def split_datelines(doc: Doc) -> None:
    """Cuts each dateline (up to its dash) off the sentence it opens, renumbering the sentences after it."""
    cuts = []
    for s, span in _openers(doc):
        dash = span[3] + 1 if span[3] > span[2] else span[1]
        if dash + 1 < s.tok_end:
            cuts.append((s.i, dash + 1))
    if not cuts:
        return
    toks = doc.tokens
    at = dict(cuts)
    out: list[Sentence] = []
    for s in doc.sentences:
        pieces = [(s.tok_start, at[s.i]), (at[s.i], s.tok_end)] if s.i in at else [(s.tok_start, s.tok_end)]
        for a, b in pieces:
            for t in toks[a:b]:
                t.sent = len(out)
            out.append(Sentence(len(out), toks[a].start, toks[b - 1].end, a, b, s.paragraph))
    doc.sentences = out


@derived_cache
def _not_place_openers(lang: str) -> frozenset[str]:
    """Words no place name opens with (the lexicon's ``place_name_not_openers``: prepositions, conjunctions, pronouns):
    capitals before a dash that open with one are a label ("IN THE NEWS -", "AUS DER REGION -"), not a dateline."""
    return frozenset(load("lexicon", lang, default={}).get("place_name_not_openers") or ())
