"""Date expressions normalised against the publication date, keeping their granularity.

dateparser's ``parse`` misses most relative German news phrasing ("vergangene Woche", "bis Ende des
Jahres", "Anfang November"), so this is a small span finder over per-language data. Values are
ISO 8601: a day (2024-10-23), a month (2024-10), or an interval (2024-10-14/2024-10-20).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from ..knowledge.resources import derived_cache, load
from ..language.phrases import PhraseSet
from ..model import DateRef, Doc, Token


@derived_cache
def _data(lang: str) -> dict[str, Any]:
    d = dict(load("dates", lang, default={}))
    meaning: dict[tuple[str, ...], tuple[str, Any]] = {}
    for p, off in (d.get("days") or {}).items():
        meaning[tuple(p.lower().split())] = ("day", off)
    for p, spec in (d.get("periods") or {}).items():
        meaning[tuple(p.lower().split())] = ("period", spec)
    d["phrases"] = PhraseSet(meaning)
    d["meaning"] = meaning
    return d


def _iso(d: date) -> str:
    return d.isoformat()


def _closest_year(month: int, day: int, pub: date) -> int:
    """Year for a day-month without year: the one that puts it nearest the publication date."""
    best = pub.year
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            if abs((date(y, month, day) - pub).days) < abs((date(best, month, min(day, 28)) - pub).days):
                best = y
        except ValueError:
            continue
    return best


def _period(spec: list[Any], pub: date) -> str:
    unit, off = spec
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=int(off))
        return f"{_iso(monday)}/{_iso(monday + timedelta(days=6))}"
    if unit == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + int(off), 12)
        return f"{y:04d}-{m + 1:02d}"
    if unit == "year":
        return f"{pub.year + int(off):04d}"
    if unit == "recent":
        return f"{_iso(pub - timedelta(days=int(off)))}/{_iso(pub)}"
    if unit == "until_end":
        if off == "year":
            return f"{_iso(pub)}/{pub.year:04d}-12-31"
        last = calendar.monthrange(pub.year, pub.month)[1]
        return f"{_iso(pub)}/{_iso(date(pub.year, pub.month, last))}"
    raise ValueError(f"unknown period unit {unit!r}")


_SANE = (date(2, 1, 1), date(9998, 12, 31))


def _int(tok: Token) -> int | None:
    t = tok.text.rstrip(".")
    return int(t) if t.isascii() and t.isdigit() else None  # not "²" or "①", which int() refuses


def find_dates(doc: Doc, published: date | None) -> list[DateRef]:
    """All date expressions in ``doc``; relative ones only when the publication date is known."""
    if published is not None and not _SANE[0] <= published <= _SANE[1]:
        published = None  # a date like 0001-01-01 is a placeholder, and date arithmetic would overflow
    d = _data(doc.lang)
    months, weekdays = d.get("months", {}), d.get("weekdays", {})
    weekday_starts = tuple(weekdays)  # a word that starts with no weekday names none ("Freitagabend" does)
    parts = d.get("month_parts", {})
    toks, lowers = doc.tokens, doc.lowers  # (the property once, not per token)
    out: list[DateRef] = []
    i = 0
    n = len(toks)

    def emit(first: int, last: int, value: str) -> None:
        out.append(DateRef(doc.text[toks[first].start:toks[last].end], value, toks[first].start, toks[last].end))

    # a token that opens no phrase, starts with no digit and is no month or weekday starts no date (most tokens):
    # skipped before the branches below, which would each find nothing
    phrases = d["phrases"]
    openers = phrases.by_first if not phrases.wild_first else None
    while i < n:
        low = toks[i].lower
        if openers is not None and low not in openers and low not in months and not toks[i].text[:1].isdigit() \
                and not low.startswith(weekday_starts):
            i += 1
            continue
        # phrases: heute, vergangene Woche, bis Ende des Jahres ...
        words = phrases.match_at(lowers, i)
        hit = (len(words), *d["meaning"][words]) if words else None
        if hit and published is not None:
            k, kind, spec = hit
            value = _iso(published + timedelta(days=int(spec))) if kind == "day" else _period(spec, published)
            emit(i, i + k - 1, value)
            i += k
            continue
        # DAY. MONTH [YEAR]  /  MONTH DAY[,] [YEAR]  /  MONTH YEAR  /  Anfang MONTH [YEAR]
        day = _int(toks[i])
        if day is not None and i + 1 < n and toks[i + 1].lower in months and 1 <= day <= 31:
            month = months[toks[i + 1].lower]
            last = i + 1
            year = _int(toks[i + 2]) if i + 2 < n else None
            if year is not None and 1800 < year < 2200:
                last = i + 2
            elif published is not None:
                year = _closest_year(month, day, published)
            if year is not None:
                try:
                    emit(i, last, _iso(date(year, month, day)))
                except ValueError:
                    pass
            i = last + 1
            continue
        if low in months and toks[i].text[:1].isupper():
            month = months[low]
            j = i + 1
            day = _int(toks[j]) if j < n and not toks[j].text.endswith(".") else None
            if day is not None and 1 <= day <= 31:
                j += 1
                if j < n and toks[j].text == ",":
                    j += 1
            else:
                day = None
            year = _int(toks[j]) if j < n else None
            has_year = year is not None and 1800 < year < 2200
            part = parts.get(toks[i - 1].lower) if i > 0 else None
            first = i - 1 if part else i
            if not has_year:
                year = published.year if published else None
                j -= 1
            if year is None or (day is None and not has_year and not part and published is None):
                i += 1
                continue
            try:
                if day is not None:
                    emit(first, j, _iso(date(year, month, day)))
                elif part:
                    last_day = min(part[1], calendar.monthrange(year, month)[1])
                    emit(first, j, f"{year:04d}-{month:02d}-{part[0]:02d}/{year:04d}-{month:02d}-{last_day:02d}")
                else:
                    emit(first, j, f"{year:04d}-{month:02d}")
            except ValueError:
                pass
            i = j + 1
            continue
        wd_part = _weekday(low, weekdays, d.get("day_parts") or []) if low.startswith(weekday_starts) else None
        if wd_part is not None and published is not None:
            wd, part_in_word = wd_part
            prev = toks[i - 1].lower if i > 0 else ""
            last = i + 1 if not part_in_word and i + 1 < n and toks[i + 1].lower in (d.get("day_parts") or []) \
                and toks[i + 1].sent == toks[i].sent else i  # "Monday night", "am Freitag Abend"
            value = _resolve_weekday(wd, published, prev, _future(doc, i, d), d)
            first = i - 1 if prev in (d.get("weekday_past") or []) + (d.get("weekday_future") or []) + \
                (d.get("weekday_neutral") or []) else i
            emit(first, last, _iso(value))
            i = last
        i += 1
    _apply_since(doc, out, d, published)
    _apply_until(doc, out, d, published)
    return out


def _weekday(low: str, weekdays: dict[str, int], parts: list[str]) -> tuple[int, bool] | None:
    """The weekday a token names, and whether a part of the day is glued to it ("Freitagabend")."""
    if low in weekdays:
        return weekdays[low], False
    for name, wd in weekdays.items():
        if low.startswith(name) and low[len(name):] in parts:
            return wd, True
    return None


def _future(doc: Doc, i: int, d: dict[str, Any]) -> bool:
    """Is the clause around token i about the future ("soll am Sonntag in Kraft treten", "will meet
    on Thursday")? The nearest tense cue of the sentence decides; a reportative cue ("soll ...
    festgenommen worden sein") counts as future only where no past cue is in the sentence."""
    toks = doc.tokens
    sent = doc.sentences[toks[i].sent] if doc.sentences else None
    lo, hi = (sent.tok_start, sent.tok_end) if sent else (0, len(toks))
    fut, past, weak = set(d.get("future_cues") or []), set(d.get("past_cues") or []), set(d.get("weak_future_cues") or [])
    best: tuple[int, str] | None = None
    any_past = False
    for j in range(lo, hi):
        w = toks[j].lower
        kind = "future" if w in fut else "weak" if w in weak else "past" if w in past else None
        if kind is None:
            continue
        any_past = any_past or kind == "past"
        if best is None or abs(j - i) < best[0]:
            best = (abs(j - i), kind)
    if best is None:
        return False
    if best[1] == "weak":
        return not any_past
    return best[1] == "future" or (not any_past and any(toks[j].lower in fut for j in range(lo, hi)))


def _resolve_weekday(wd: int, pub: date, prev: str, future: bool, d: dict[str, Any]) -> date:
    """A weekday as a reader resolves it: "last/vergangenen Friday" strictly before the publication
    day, "next/kommenden" strictly after; otherwise the tense decides: past -> the most recent such
    day up to and including the publication day, future -> the next one from it."""
    if prev in (d.get("weekday_past") or []):
        return pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)
    if prev in (d.get("weekday_future") or []):
        return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
    if future:
        return pub + timedelta(days=(wd - pub.weekday()) % 7)
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


def date_range(value: str | None) -> tuple[date, date] | None:
    """ISO day, month, year or interval → (first day, last day)."""
    if not value:
        return None
    try:
        if "/" in value:
            a, b = value.split("/", 1)
            ra, rb = date_range(a), date_range(b)
            return (ra[0], rb[1]) if ra and rb else None
        if len(value) == 10:
            d = date.fromisoformat(value)
            return d, d
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), nxt - timedelta(days=1)
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def _apply_until(doc: Doc, dates: list[DateRef], d: dict[str, Any], published: date | None) -> None:
    """'bis Ende März', 'until the end of March' -> from the publication date to that end; a month
    without a year that has already passed means the next one."""
    cues = sorted((c.lower() for c in d.get("until") or []), key=len, reverse=True)
    if not cues or published is None:
        return
    for k, ref in enumerate(dates):
        if ref.value.startswith(_iso(published) + "/"):
            continue  # already an interval from today ("bis Ende des Jahres")
        before = " ".join(doc.text[max(0, ref.start - 40):ref.start].lower().split())
        cue = next((c for c in cues if before == c or before.endswith(" " + c)), None)
        end = (date_range(ref.value) or (None, None))[1]
        if cue is None or end is None:
            continue
        if end < published and not any(t.isdigit() and len(t) == 4 for t in ref.text.split()):
            try:
                end = end.replace(year=end.year + 1)
            except ValueError:
                end = end.replace(year=end.year + 1, day=28)
        if end < published:
            continue
        lo = max(0, ref.start - 60)  # near the date only: lowering the whole text per date is quadratic
        start = lo + doc.text[lo:ref.start].lower().rfind(cue.split()[0])
        dates[k] = DateRef(doc.text[start:ref.end], f"{_iso(published)}/{_iso(end)}", start, ref.end)


def _apply_since(doc: Doc, dates: list[DateRef], d: dict[str, Any], published: date | None) -> None:
    """'seit Februar 2022' -> an open interval up to the publication date."""
    since = set(d.get("since") or [])
    if not since or published is None:
        return
    for k, ref in enumerate(dates):
        before = doc.text[max(0, ref.start - 100):ref.start].rstrip().rsplit(None, 1)
        if before and before[-1].lower() in since and "/" not in ref.value:
            start = ref.value if len(ref.value) == 10 else f"{ref.value}-01" if len(ref.value) == 7 else f"{ref.value}-01-01"
            dates[k] = DateRef(f"{before[-1]} {ref.text}", f"{start}/{_iso(published)}",
                               ref.start - len(before[-1]) - 1, ref.end)
