"""Quantities with qualifiers and distributive multiplication, from per-language number data.

Handles digits in the language's own notation ("3.000", "1,5 Mio."), number words, qualifiers
("mindestens" -> at_least) and "zwei Einheiten mit jeweils 6.000 Soldaten" -> 12000 troops.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..knowledge.resources import load
from ..model import Doc, Quantity, Token


@cache
def _data(lang: str) -> dict[str, Any]:
    d = dict(load("numbers", lang, default={}))
    lex = load("lexicon", lang)
    d["unit_of"] = {form.lower(): unit for unit, forms in (lex.get("units") or {}).items() for form in forms}
    # unit nouns matched as the tail of a compound ("Kampfpanzer"): tried only for a word that ends in one
    d["unit_tails"] = tuple((form, unit) for form, unit in d["unit_of"].items() if len(form) >= 5)
    d["tail_forms"] = tuple(form for form, _ in d["unit_tails"])
    d["qual"] = sorted(((tuple(p.lower().split()), q) for q, ps in (d.get("qualifiers") or {}).items() for p in ps),
                       key=lambda x: -len(x[0]))
    d["digits"] = _digit_pattern(d.get("thousands_separator", ","), d.get("decimal_separator", "."))
    return d


def _digit_pattern(thousands: str, decimal: str) -> re.Pattern[str]:
    t, dec = re.escape(thousands), re.escape(decimal)
    return re.compile(rf"^(\d{{1,3}}(?:{t}\d{{3}})+|\d+)(?:{dec}(\d+))?$")


def parse_number(text: str, lang: str) -> float | None:
    """A number token in the language's notation, or a number word; None otherwise."""
    d = _data(lang)
    # the pattern starts with a digit: a word that does not (most) is only looked up among number words
    m = d["digits"].match(text) if len(text) <= 24 and text[:1].isdigit() else None  # longer: a code, not a count
    if m:
        whole = m.group(1).replace(d.get("thousands_separator", ","), "")
        return float(f"{whole}.{m.group(2)}") if m.group(2) else float(whole)
    return d.get("words", {}).get(text.lower())


def _qualifier(tokens: list[Token], i: int, lang: str) -> tuple[str, int]:
    """Qualifier phrase ending right before token ``i``: (qualifier, first token index)."""
    for words, q in _data(lang)["qual"]:
        n = len(words)
        if i - n >= 0 and tuple(t.lower for t in tokens[i - n:i]) == words:
            return q, i - n
    return "exact", i


def _unit(tokens: list[Token], i: int, end: int, lang: str) -> tuple[str | None, int]:
    """Unit noun within two tokens after the number (adjectives may intervene): (unit, last index)."""
    d = _data(lang)
    unit_of, tails = d["unit_of"], d["unit_tails"]
    for j in range(i + 1, min(i + 4, end)):
        low = tokens[j].lower
        if low in unit_of:
            return unit_of[low], j
        tail = next((u for form, u in tails if low.endswith(form)), None) if low.endswith(d["tail_forms"]) else None
        if tail:
            return tail, j
        if not (tokens[j].text[:1].islower() or tokens[j].text[:1].isupper() and lang != "de"):
            break
    return None, i


def _counts_noun(tokens: list[Token], i: int, end: int, d: dict[str, Any]) -> bool:
    """Does the number word at ``i`` count the noun after it ("zwei Iraner", "six Norwegian diplomats",
    "fünf bis sechs Farmen")? Not a span of time ("zwei Wochen") nor a word of the language's list."""
    stop = set(d.get("not_counted") or [])
    for j in range(i + 1, min(i + 4, end)):
        t = tokens[j]
        if not t.text.isalpha() or t.lower in stop:
            return False
        if t.lower in (d.get("words") or {}) or t.lower in ("bis", "to", "or", "oder"):
            continue  # "fünf bis sechs Farmen"
        # German nouns are capitalised ("zwei weitere Iraner": an adjective may come first); in English any
        # word that is no function word is the noun or its adjective ("six Norwegian diplomats")
        if t.text[:1].isupper() or not d.get("nouns_capitalised"):
            return True
    return False


def find_quantities(doc: Doc, blocked: set[int] | None = None) -> list[Quantity]:
    """All quantities in ``doc``; tokens in ``blocked`` (dates) are skipped."""
    blocked = blocked or set()
    d = _data(doc.lang)
    scales = {k.lower(): v for k, v in (d.get("scales") or {}).items()}
    weak = set(d.get("weak_words") or [])
    distributive = set(d.get("distributive") or [])
    year_words = set(d.get("year_words") or [])
    out: list[Quantity] = []
    toks = doc.tokens
    for s in doc.sentences:
        found: list[tuple[Quantity, int, int]] = []  # quantity, first token, last token
        i = s.tok_start
        while i < s.tok_end:
            t = toks[i]
            value = None if i in blocked or t.text.endswith(".") else parse_number(t.text, doc.lang)
            if value is None:
                i += 1
                continue
            last = i
            if last + 1 < s.tok_end and toks[last + 1].lower in scales:
                value *= scales[toks[last + 1].lower]
                last += 1
            unit, unit_last = _unit(toks, last, s.tok_end, doc.lang)
            year_like = t.text.isdigit() and len(t.text) == 4 and 1900 <= value <= 2100
            # "seit 2013 Soldaten ...", "in 2014 troops ...": after a year word it is a year, whatever follows
            is_year = year_like and (unit is None or (i > s.tok_start and toks[i - 1].lower in year_words))
            if is_year or (t.lower in weak and unit is None) or (
                    t.text.isalpha() and unit is None and last == i and not _counts_noun(toks, i, s.tok_end, d)):
                i += 1
                continue
            qual, first = _qualifier(toks, i, doc.lang)
            if first > s.tok_start and toks[first - 1].lower in distributive and found:
                # "zwei Einheiten mit jeweils 6.000 Soldaten": multiply by the count just before
                prev, p_first, p_last = found[-1]
                if first - 1 - p_last <= 3:
                    found.pop()
                    first, value = p_first, prev.value * value
                    qual = qual if qual != "exact" else prev.qualifier
            end_tok = max(unit_last, last)
            if end_tok + 1 < s.tok_end and toks[end_tok + 1].lower in distributive and found:
                prev, p_first, p_last = found[-1]  # English: "two units of 6,000 troops each"
                if first - p_last <= 3:
                    found.pop()
                    first, value, end_tok = p_first, prev.value * value, end_tok + 1
            q = Quantity(doc.text[toks[first].start:toks[end_tok].end], value, unit, qual,  # type: ignore[arg-type]
                         toks[first].start, toks[end_tok].end)
            found.append((q, first, end_tok))
            i = end_tok + 1
        out.extend(q for q, _, _ in found)
    return out
