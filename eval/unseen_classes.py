"""Rough classes of the rules' wrong German events on hand-labelled unseen news (eval/unseen_labels.py --classes).

A class says which KIND of error to fix next (a police report, a retold earlier event, a general verb), so
rules are mended by construction rather than by sentence; the first class that applies wins.
"""

from __future__ import annotations

import re
from typing import Any

CLASSES = ("modality", "crime", "background", "domestic", "no-source-ctry", "other")
_CRIME = re.compile(r"(Polizei|polizei|Staatsanwalt|Gericht|gericht|Täter|Verdächtig|verdächtig|festgenommen|"
                    r"verhaftet|Mord|ermordet|Raub|Diebstahl|Festnahme|Haft|verurteilt|Anklage|angeklagt|"
                    r"Ermittl|Opfer|getötet|erschossen|Leiche|Unfall)")
_BACKGROUND = re.compile(r"\b(hatten?|waren)\b[^.]*\b\w+(t|en)\b[^,.]*\b(hatten?|waren)?\b|\bdamals\b|\bvor \w+ Jahren\b|"
                         r"\bbereits im\b|\bim Jahre? \d{4}\b|\bzuvor\b")
_PLUPERFECT = re.compile(r"\b(hatten?|hattest|war|waren)\b.*\b(ge\w+t|ge\w+en|worden)\b")


def wrong_class(e: dict[str, Any]) -> str:
    """The class of one event (JSON, as `lagebild extract` writes it), from its modality, actors and sentence."""
    s = e["evidence"]["sentence"]
    src, tgt = ((e[r] or {}).get("country") for r in ("source", "target"))
    if e["modality"] in ("negated", "hypothetical") or e["denied_by"]:
        return "modality"
    if _CRIME.search(s):
        return "crime"
    if _PLUPERFECT.search(s) or _BACKGROUND.search(s):
        return "background"
    if src and src == tgt:
        return "domestic"
    if not src:
        return "no-source-ctry"
    return "other"
