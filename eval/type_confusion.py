#!/usr/bin/env python3
"""Type confusions on the tuning sets: a required gold event we miss while we give another type on its sentence.

Round 36 counted "another type fired" as the largest class of German misses with no trigger (eval/trigger_misses.py
"confusion"); that class holds any trigger of another type in the sentence, most of them another act told there.
This pairs each missed required gold event (rules only, no scorer) with our events on its sentence that no gold event
of the sentence matches, and counts (gold types, our type):
  same pair   our event has the gold event's source and target (a null gold target takes any): one act, two types
  one side    it shares the source or the target only
Tuning sets only: news-gold's dev half and dev2's tuning parts (never the carry checks).

    python3 eval/type_confusion.py --lang de            # counts
    python3 eval/type_confusion.py --lang en --show     # each pair with its sentence, trigger and modality
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from actor_coverage import _span  # noqa: E402
from recall_stages import articles  # noqa: E402

from lagebild.model import Article  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402


def _matches(g: dict, o: tuple) -> bool:
    """Our (type, source, target, ...) is the gold event as the shared scorer matches it (a null target takes any)."""
    return o[0] in g["types"] and o[1] == g.get("source") and (g.get("target") is None or o[2] == g.get("target"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=["de", "en"], default="de")
    ap.add_argument("--show", action="store_true", help="each pair with its sentence")
    args = ap.parse_args()
    pipe = Pipeline(scorer=False)
    counts: dict[str, Counter[tuple[str, str]]] = {"same pair": Counter(), "one side": Counter()}
    shown: list[str] = []
    for which in ("news-gold", "dev2"):
        for stem, g, text in articles(which, args.lang, "dev"):
            published = date.fromisoformat(g["published"]) if g.get("published") else None
            doc = pipe(Article(text, id=stem, lang=args.lang, published=published))
            for s in doc.sentences:
                gold = [ev for ev in g["events"] if (sp := _span(text, ev.get("evidence") or "")) is not None
                        and sp[0] < s.end and s.start < sp[1]]
                ours = [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None,
                         e.trigger, e.modality) for e in doc.events if e.evidence_sentence == s.i]
                for ev in gold:
                    if ev.get("optional") or any(_matches(ev, o) for o in ours):
                        continue
                    for o in ours:
                        if o[0] in ev["types"] or any(_matches(g2, o) for g2 in gold):
                            continue  # the same type, or right for another gold event of the sentence
                        same = o[1] == ev.get("source") and (ev.get("target") is None or o[2] == ev.get("target"))
                        if not same and o[1] != ev.get("source") and o[2] != ev.get("target"):
                            continue
                        kind = "same pair" if same else "one side"
                        counts[kind]["/".join(ev["types"]), o[0]] += 1
                        if args.show:
                            shown.append(f"[{kind}] {stem} gold {'/'.join(ev['types'])} {ev.get('source')}->"
                                         f"{ev.get('target')} | ours {o[0]} {o[1]}->{o[2]} '{o[3]}' {o[4]}\n"
                                         f"    {text[s.start:s.end][:300]}")
    print("\n".join(shown))
    for kind, c in counts.items():
        print(f"{args.lang} {kind}: {sum(c.values())} — " + ", ".join(f"{g}<-{o} {n}" for (g, o), n in c.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
