"""Quotation marks: one definition, read from the language's claims.yaml ``quotes`` section, and the scans
that find quotations with it.

Two questions are asked of quotation marks, and they need different sets. Pairing marks over a text
(where does a quotation start and end?) needs the language's own convention: „…“ in German, where “
closes, “…” in English, where it opens. Asking whether one token is a quotation mark (is this title
quoted? does a frame follow a closing mark?) accepts every convention the language's texts use, since
German news also quotes “…” and English news „…“: ``other_open`` and ``other_close`` add those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..knowledge.resources import derived_cache
from ..model import Doc

# marks that may open a quoted name right after its article or sector noun, in any convention news uses
# ('der „Arbeitskreis Wahlrecht“', 'die Zeitung »Bild«', 'the "Islamic State" group')
NAME_OPENERS = frozenset({'"', "„", "“", "»", "«", "‚"})


@dataclass(frozen=True)
class QuoteMarks:
    """The quotation marks of one language: its pairing convention and every mark a token may be."""

    open: tuple[str, ...]  # the language's opening marks („ »)
    close: tuple[str, ...]  # its closing marks (“ «)
    toggle: tuple[str, ...]  # marks that open and close (")
    opening: frozenset[str]  # a token that may open a quotation, in any convention the texts use
    closing: frozenset[str]  # a token that may close one
    single: frozenset[str]  # single marks: a token that is one is a mark, never paired (an apostrophe looks alike)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> QuoteMarks:
        """From a claims.yaml document (its ``quotes`` section)."""
        q = data.get("quotes") or {}
        opened, closed, toggle = (tuple(q.get(k) or []) for k in ("open", "close", "toggle"))
        return cls(opened, closed, toggle,
                   frozenset((*opened, *toggle, *(q.get("other_open") or []))),
                   frozenset((*closed, *toggle, *(q.get("other_close") or []))),
                   frozenset(q.get("single") or []))

    @property
    def openers(self) -> tuple[str, ...]:
        """The marks that open a quotation in the language's own convention (a sentence starting with one)."""
        return (*self.open, *self.toggle)

    @property
    def marks(self) -> frozenset[str]:
        """Every double mark, opening or closing."""
        return self.opening | self.closing

    def is_mark(self, token: str) -> bool:
        """Is this token a quotation mark of any kind, double or single?"""
        return token in self.opening or token in self.closing or token in self.single

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans (from the opening mark to just after the closing one) of the top-level quotations;
        one never closed is left out (its end is not known)."""
        out: list[tuple[int, int]] = []
        depth, start, toggle_open = 0, -1, -1
        for found in _mark_pattern(self.open + self.close + self.toggle).finditer(text):  # the marks only, not each character
            k, ch = found.start(), found.group()
            if ch in self.open:
                if depth == 0 and toggle_open < 0:
                    start = k
                depth += 1
            elif ch in self.close and depth > 0:
                depth -= 1
                if depth == 0 and toggle_open < 0:
                    out.append((start, k + 1))
            elif ch in self.toggle and depth == 0:
                if toggle_open < 0:
                    toggle_open = k
                else:
                    out.append((toggle_open, k + 1))
                    toggle_open = -1
        return out

    def left_open(self, text: str) -> bool:
        """Does ``text`` end inside a quotation: more opening than closing marks, or an odd number of toggles?
        Counted rather than paired, so that a quotation whose closing mark is lost still counts as open."""
        depth = sum(text.count(q) for q in self.open) - sum(text.count(q) for q in self.close)
        return depth > 0 or sum(text.count(q) for q in self.toggle) % 2 == 1

    def quoted_run(self, doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
        """The words of a quoted title in or around tokens [lo, hi) ("„heise online“", "die Organisation „Obraz“"):
        a publication or group named in quotation marks is a name even in lower case; at most six words."""
        toks = doc.tokens
        if hi <= lo:
            return None
        if lo > 0 and toks[lo - 1].text in self.opening:
            start = lo
        else:
            start = next((j + 1 for j in range(lo, hi) if toks[j].text in self.opening), -1)
        if start < 0:
            return None
        end = next((j for j in range(start, min(start + 7, len(toks))) if toks[j].text in self.closing), -1)
        if end <= start or end > hi + 1 or not all(t.text[:1].isalnum() or t.text in "-.&" for t in toks[start:end]):
            return None
        return start, end


__all__ = ["QuoteMarks"]


@derived_cache(maxsize=16)
def _mark_pattern(marks: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for any one-character mark of ``marks``: ``spans`` compares one character at a time, so a longer
    mark never matches there either."""
    chars = sorted({m for m in marks if len(m) == 1})
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]") if chars else re.compile("(?!)")
