"""Quantities with qualifiers and distributive multiplication, from per-language number data.

Handles digits in the language's own notation ("3.000", "1,5 Mio."), number words alone, joined in one word
("zweihundertfünfzig", "Zehntausende") or in a run of words ("two hundred", "twenty-five", "tens of thousands"),
qualifiers ("mindestens" -> at_least) and "zwei Einheiten mit jeweils 6.000 Soldaten" -> 12000 troops.
"""

from __future__ import annotations

import re
from typing import Any

from ..knowledge.resources import derived_cache, load, lower_words
from ..model import Doc, Quantity, Token


@derived_cache
def _data(lang: str) -> dict[str, Any]:
    d = dict(load("numbers", lang, default={}))
    lex = load("lexicon", lang)
    d["nouns_capitalised"] = bool(lex.get("nouns_capitalised"))  # one flag for the language (person_names reads it too)
    d["unit_of"] = {form.lower(): unit for unit, forms in (lex.get("units") or {}).items() for form in forms}
    # unit nouns matched as the tail of a compound ("Kampfpanzer"): tried only for a word that ends in one
    d["unit_tails"] = tuple((form, unit) for form, unit in d["unit_of"].items() if len(form) >= 5)
    d["tail_forms"] = tuple(form for form, _ in d["unit_tails"])
    d["signs"] = frozenset(form for form in d["unit_of"] if not form[-1:].isalnum())  # "$", "€", "US$"
    d["qual"] = sorted(((tuple(p.lower().split()), q) for q, ps in (d.get("qualifiers") or {}).items() for p in ps),
                       key=lambda x: -len(x[0]))
    d["digits"] = _digit_pattern(d.get("thousands_separator", ","), d.get("decimal_separator", "."))
    # number words as parts of a longer one ("zwei|hundert|fünfzig", "zehn|tausende"): words, scale words and joiners
    # ("und"); one- and two-letter words ("a", "an") never, so no ordinary word splits into numbers
    parts = {w.lower(): float(v) for w, v in (d.get("words") or {}).items()}
    parts.update({w.lower(): float(v) for w, v in (d.get("scales") or {}).items() if w.isalpha() and len(w) >= 4})
    d["word_values"] = parts
    morphemes = sorted((w for w in [*parts, *(d.get("joiners") or [])] if len(w) >= 3), key=len, reverse=True)
    d["morphemes"] = {}  # by their first three letters, longest first: a word is tried only where one can start
    for m in morphemes:
        d["morphemes"].setdefault(m[:3], []).append(m)
    d["multipliers"] = {w.lower() for w in d.get("multipliers") or []}
    d["count_alone"] = tuple(w.lower() for w in d.get("count_alone") or [])
    d["measure_words"] = lower_words(d, "measure_words")
    d["range_words"] = lower_words(d, "range_words")  # "fünf bis sechs Farmen"
    return d


def _digit_pattern(thousands: str, decimal: str) -> re.Pattern[str]:
    t, dec = re.escape(thousands), re.escape(decimal)
    return re.compile(rf"^(\d{{1,3}}(?:{t}\d{{3}})+|\d+)(?:{dec}(\d+))?$")


def _may_start(text: str, low: str, d: dict[str, Any]) -> bool:
    """What a token needs to be read as a number at all: a digit first, a number word, or first three letters that
    may start one ("zweihundert"). Most tokens fail it, so callers ask it before anything costlier."""
    return text[:1].isdigit() or low in d.get("words", {}) or low in d["word_values"] or (
        len(low) >= 6 and low[:3] in d["morphemes"])


def parse_number(text: str, lang: str) -> float | None:
    """A number token in the language's notation, or a number word; None otherwise."""
    d, low = _data(lang), text.lower()
    if not _may_start(text, low, d):
        return None
    # the pattern starts with a digit: a word that does not (most) is only looked up among number words
    m = d["digits"].match(text) if len(text) <= 24 and text[:1].isdigit() else None  # longer: a code, not a count
    if m:
        whole = m.group(1).replace(d.get("thousands_separator", ","), "")
        return float(f"{whole}.{m.group(2)}") if m.group(2) else float(whole)
    if low in d.get("words", {}):
        return d["words"][low]
    parts = _parts(low, d)
    return _combine(parts, d) if parts and len(parts) > 1 else None


def _parts(word: str, d: dict[str, Any]) -> list[str] | None:
    """A number word as its number morphemes: itself when it is one, else its split ("zwei|hundert|fünfzig",
    "zehn|tausende", "ein|zwanzig" without the joiner "und"); None for any other word."""
    if word in d["word_values"]:
        return [word]
    segs = _segments(word, d["morphemes"]) if len(word) >= 6 and word[:3] in d["morphemes"] and word.isalpha() \
        else None
    if not segs:
        return None
    plain = [m in d["word_values"] and m not in d["multipliers"] and d["word_values"][m] < 1000 for m in segs]
    if any(a and b for a, b in zip(plain, plain[1:], strict=False)):
        return None  # two plain numbers side by side ("eineeine") make no number word; "einundzwanzig" has "und"
    return [m for m in segs if m in d["word_values"]]


def _segments(word: str, morphemes: dict[str, list[str]]) -> list[str] | None:
    """``word`` split wholly into number morphemes, longest first; None when it does not split. Memoised by
    position, so a long hostile word costs linear time (and words past 64 letters are no numbers)."""
    if len(word) > 64:
        return None
    memo: dict[int, list[str] | None] = {len(word): []}

    def rest(at: int) -> list[str] | None:
        if at not in memo:
            memo[at] = None
            for m in morphemes.get(word[at:at + 3], ()):
                if word.startswith(m, at):
                    tail = rest(at + len(m))
                    if tail is not None:
                        memo[at] = [m, *tail]
                        break
        return memo[at]

    return rest(0)


def _combine(parts: list[str], d: dict[str, Any]) -> float:
    """The value of number morphemes in order: a multiplier ("hundred", "dozen") multiplies what came before it, a
    scale ("thousand", "Millionen", "Tausende") closes a group, any other adds ("zwei hundert fünfzig" = 250)."""
    total = current = 0.0
    for w in parts:
        v = d["word_values"][w]
        if w in d["multipliers"]:
            current = max(current, 1.0) * v
        elif v >= 1000:
            total += max(current, 1.0) * v
            current = 0.0
        else:
            current += v
    return total + current


def _word_run(tokens: list[Token], i: int, end: int, d: dict[str, Any]) -> tuple[float, int] | None:
    """A run of number words from token ``i`` ("two hundred", "twenty - five", "one hundred and fifty", "tens of
    thousands", "a million", "ein Dutzend"): (value, last token), or None when token ``i`` starts no such run."""
    vals = d["word_values"]
    parts = _parts(tokens[i].lower, d)
    if not parts:
        return None
    last, j = i, i + 1
    while j < end:
        more = _parts(tokens[j].lower, d)
        if more:
            parts += more
            last = j
            j += 1
            continue
        nxt = tokens[j + 1].lower if j + 1 < end else ""
        prev = parts[-1]
        joins = (tokens[j].text == "-" and tokens[j].start == tokens[j - 1].end and vals.get(nxt, 10) < 10) or (
            tokens[j].lower in (d.get("joiners") or []) and (prev in d["multipliers"] or vals[prev] >= 1000)
            and vals.get(nxt, 100) < 100) or (
            tokens[j].lower in (d.get("of_words") or []) and prev.endswith(d["count_alone"]) and vals.get(nxt, 0) >= 1000)
        if not joins or last != j - 1:
            break
        j += 1
    if last == i or (tokens[i].lower in (d.get("weak_words") or ()) and not (
            parts[1] in d["multipliers"] or vals[parts[1]] >= 1000)):
        return None  # "a ten-year term" is no 11: an article joins a multiplier or scale only ("a dozen", "a million")
    return _combine(parts, d), last


def _space_groups(doc: Doc, i: int, end: int, value: float) -> tuple[float, int]:
    """Digits grouped by spaces ("14 000", "1 200 000"), as German news often writes thousands: (value, last token).
    Only groups of exactly three digits after one space (or a no-break space) join, so "2009 14" stays two numbers."""
    toks, last = doc.tokens, i
    while last + 1 < end:
        nxt = toks[last + 1]
        gap = doc.text[toks[last].end:nxt.start]
        if not (len(nxt.text) == 3 and nxt.text.isascii() and nxt.text.isdigit() and gap in (" ", "\u00a0", "\u202f")):
            break
        value, last = value * 1000 + int(nxt.text), last + 1
    return value, last


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
        if low in d["signs"] and j + 1 < end and tokens[j + 1].text[:1].isdigit():
            break  # "5,000 products totaling $60 billion": the sign belongs to the next number
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
        if t.lower in (d.get("words") or {}) or t.lower in d["range_words"]:
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
    vague = set(d.get("vague_counts") or [])
    out: list[Quantity] = []
    toks = doc.tokens
    for s in doc.sentences:
        found: list[tuple[Quantity, int, int]] = []  # quantity, first token, last token
        i = s.tok_start
        while i < s.tok_end:
            t = toks[i]
            low = t.lower
            if not _may_start(t.text, low, d):
                i += 1
                continue
            value = None if i in blocked or t.text.endswith(".") else parse_number(t.text, doc.lang)
            if value is None or (low in weak and i + 1 < s.tok_end and toks[i + 1].lower in vague):
                i += 1  # "a few thousand troops": the article belongs to the vague count, no "one" of its own
                continue
            last = i
            run = _word_run(toks, i, s.tok_end, d) if t.text.isalpha() or t.lower in d["word_values"] else None
            if run:
                value, last = run
            else:
                if d.get("space_groups") and t.text.isascii() and t.text.isdigit() and len(t.text) <= 3:
                    value, last = _space_groups(doc, i, s.tok_end, value)
                if last + 1 < s.tok_end and toks[last + 1].lower in scales:
                    value *= scales[toks[last + 1].lower]
                    last += 1
            if last + 1 < s.tok_end and toks[last + 1].lower in d["measure_words"]:
                i = last + 2  # "25 Prozent", "60 Kilometer", "20 days": a measure, no count of people or things
                continue
            unit, unit_last = _unit(toks, last, s.tok_end, doc.lang)
            year_like = t.text.isdigit() and len(t.text) == 4 and 1900 <= value <= 2100
            # "seit 2013 Soldaten ...", "in 2014 troops ...": after a year word it is a year, whatever follows
            is_year = year_like and (unit is None or (i > s.tok_start and toks[i - 1].lower in year_words))
            alone = toks[last].lower.endswith(d["count_alone"]) and toks[last].text.isalpha() if d["count_alone"] else False
            plural = any(toks[k].lower.endswith(d["count_alone"]) and toks[k].text.isalpha()
                         for k in range(i, last + 1)) if d["count_alone"] else False
            if is_year or (t.lower in weak and unit is None and last == i) or (
                    t.text.isalpha() and unit is None and last == i and not alone
                    and not _counts_noun(toks, i, s.tok_end, d)):
                i += 1
                continue
            sign = i - 1 if unit is None and i > s.tok_start and toks[i - 1].lower in d["signs"] else i
            if sign < i:  # "$60 billion", "€ 1,78 Mrd.": a currency sign before the number is its unit
                unit = d["unit_of"][toks[sign].lower]
            qual, first = _qualifier(toks, sign, doc.lang)
            if not plural and t.text.isalpha() and first > s.tok_start and toks[first - 1].lower in vague:
                # "mehrere hundert Zivilisten", "several thousand troops": at least two of the number word
                value, qual, first = value * 2, "at_least", first - 1
                first -= first > s.tok_start and toks[first - 1].lower in weak  # "a few hundred": the article too
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
            if plural:  # "Tausende", "hundreds of thousands": at least two of them
                value, qual = value * 2, "at_least" if qual == "exact" else qual
            q = Quantity(doc.text[toks[first].start:toks[end_tok].end], value, unit, qual,  # type: ignore[arg-type]
                         toks[first].start, toks[end_tok].end)
            found.append((q, first, end_tok))
            i = end_tok + 1
        out.extend(q for q, _, _ in found)
    return out
