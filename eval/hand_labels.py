#!/usr/bin/env python3
"""Rules' events on the hand-labelled unseen news (eval/scorer-labels.jsonl), judged by those labels.

Why: precision on unseen text is the largest defect and news-gold dev cannot show it; this reruns the
rules (scorer off) over the labelled documents and counts events the labels call right / wrong, and those
no label covers (new events: read them). Matching as scripts/scorer_data.py: same type, source, target and
offsets, else same type and source with overlapping evidence.

    .venv/bin/python eval/hand_labels.py --lang en            # counts
    .venv/bin/python eval/hand_labels.py --lang en --events   # every event with its sentence
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=["de", "en"], default="en")
    ap.add_argument("--events", action="store_true", help="print every event with its label and sentence")
    args = ap.parse_args()
    import scorer_data

    from lagebild.pipeline import Pipeline

    if not scorer_data.HAND_LABELS.is_file() or not scorer_data.DATA.is_dir():
        print(f"hand labels or ../shared/data not found ({scorer_data.HAND_LABELS})", file=sys.stderr)
        return 2
    records = [r for r in scorer_data.hand(Pipeline(scorer=False), ("",)) if r.lang == args.lang]
    counts: Counter[str] = Counter()
    for rec in records:
        text, _ = scorer_data._hand_text(rec.gold["corpus"], rec.gold["doc"]) or ("", None)
        for e, y in zip(rec.events, rec.labels, strict=True):
            label = {True: "right", False: "wrong", None: "new"}[y]
            counts[label] += 1
            if args.events:
                ev = e["evidence"]
                s, t = (e["source"] or {}).get("actor_id"), (e["target"] or {}).get("actor_id")
                a = text.rfind(". ", 0, ev["start"]) + 1
                b = text.find(". ", ev["end"])
                sent = text[a: b + 1 if b >= 0 else len(text)].strip().replace("\n", " ")
                print(f"{label:5} {rec.id} {e['event_type']} {s} -> {t} [{ev['start']}:{ev['end']}] "
                      f"«{text[ev['start']:ev['end']]}»\n      {sent[:300]}")
    labelled = sum(len([y for y in r.gold["events"]]) for r in records)
    print(f"{args.lang}: {len(records)} documents, {labelled} labelled events; rules now: "
          f"{counts['right']} right, {counts['wrong']} wrong, {counts['new']} not labelled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
