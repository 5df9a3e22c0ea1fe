#!/usr/bin/env python3
"""Where PLOVER GSR type-only recall is lost, sentence by sentence (rules only, no learned scorer).

Each GSR record is one sentence with one gold event. For each, the first stage it fails:
  none     no trigger of the gold type fired (a lexicon or type-in-context matter);
  trigger  a trigger of the gold type fired but gave no event (no source: a role matter);
  type     an event of the gold type is output (type-only match).
Triggers are seen by wrapping ``EventExtractor._event``, as eval/recall_stages.py does for news-gold.

    python3 eval/gsr_stages.py                      # counts per stage on plover-gsr-dev
    python3 eval/gsr_stages.py --misses             # each loss with its sentence and candidates (dev only)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from recall_stages import _record_candidates  # noqa: E402

from lagebild.evaluate import load_gold  # noqa: E402
from lagebild.model import Article  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

GSR = ROOT / "gold" / "plover" / "plover-gsr.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "test"], default="dev")
    ap.add_argument("--misses", action="store_true", help="print each lost event with its sentence and candidates")
    args = ap.parse_args()
    if args.half == "test" and args.misses:
        print("--misses is for the dev half only (never read test-half errors to tune)", file=sys.stderr)
        return 2
    docs, notes = load_gold(GSR)
    docs = [d for d in docs if d.split == f"plover-gsr-{args.half}"]
    if not docs:
        print(f"{GSR}: no GSR records found ({'; '.join(notes)})", file=sys.stderr)
        return 2
    log: list[tuple[int, str, str | None, str | None, bool]] = []
    _record_candidates(log)
    pipe = Pipeline(scorer=False)
    counts: Counter[str] = Counter()
    for d in docs:
        log.clear()
        pipe(Article(d.text, id=d.id, lang="en"))
        gold = d.events[0].type
        typed = [c for c in log if c[1] == gold]
        stage = "type" if any(c[4] for c in typed) else "trigger" if typed else "none"
        counts[stage] += 1
        if args.misses and stage != "type":
            print(f"{d.id} {gold} lost at '{stage}'\n  {d.text[:300]}\n  candidates: {[c[1:] for c in log]}")
    print(f"plover-gsr-{args.half}: {len(docs)} sentences")
    for stage, what in (("none", "no trigger of the gold type"), ("trigger", "trigger of the gold type, no event"),
                        ("type", "an event of the gold type")):
        print(f"  {stage:8} {counts[stage]:4}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
