#!/usr/bin/env python3
"""Finder of English trigger words in another sense: PETRARCH2's CAMEO verb patterns mark contexts their coders found
in news and left uncoded ("BATTLE * WITH CANCER [---]", "COMPLAIN * ABDOMINAL PAIN [---]"). Each such pattern is
turned into a plain sentence ("Iraqi officials battle with cancer.") and every event lagebild (rules mode) finds on
its verb is printed: a candidate other-sense reading, to be checked in natural wording and on real text before a rule.

Fresh English political text is used up (eval/fresh_en.py), so this is where round 27 looked for false readings. The
sentences are synthetic and give no accuracy figure. Reads ../shared/data; skips cleanly when it is absent.

    .venv/bin/python eval/cameo_nulls.py
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ROOT.parent / "shared" / "data" / "petrarch2-dictionaries" / "dictionaries" / "CAMEO.verbpatterns.150430.txt"
SOURCE, TARGET = "Iraqi officials", "the Kuwaiti government"
_NULL = re.compile(r"^- (.*?)\s*\[---\]\s*#\s*([A-Z_]+)")


def sentences() -> list[tuple[str, str]]:
    """(verb, sentence) for each null-coded pattern made only of words, the verb (*), source ($) and target (+)."""
    out: dict[str, str] = {}
    for line in PATTERNS.read_text(encoding="latin-1").splitlines():
        m = _NULL.match(line)
        if not m:
            continue
        toks = m.group(1).replace("{", "").replace("}", "").split()
        if "*" not in toks or any(w[0] in "&%^|" for w in toks):  # synsets and skips name no plain words
            continue
        verb = m.group(2).split("_")[0].lower()
        words = [verb if w == "*" else SOURCE if w == "$" else TARGET if w == "+" else w.replace("_", " ").lower()
                 for w in toks]
        if toks[0] == "*":
            words.insert(0, SOURCE)
        out.setdefault(" ".join(words) + ".", verb)
    return [(v, s) for s, v in out.items()]


def main() -> int:
    # no options: the parser gives --help (before, --help ran the whole list)
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
                            ).parse_args()
    if not PATTERNS.is_file():
        print("../shared/data absent: nothing to do")
        return 0
    os.environ.setdefault("LAGEBILD_SCORER", "off")
    from lagebild.pipeline import extract_events

    for verb, s in sentences():
        found = [f"{e.event_type}({e.trigger})" for e in extract_events(s, lang="en")
                 if e.trigger.lower().startswith(verb[:4])]
        if found:
            print(f"{s} | {' '.join(found)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
