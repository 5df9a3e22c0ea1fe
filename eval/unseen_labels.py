#!/usr/bin/env python3
"""Precision on UNSEEN real news: lagebild's events on the hand-labelled documents of eval/scorer-labels.jsonl.

Each output event takes the hand label of the labelled event with its type, source, target and an overlapping
span (scripts/scorer_data.py: hand_label); a misread trigger ("no-event") makes any event of its type there
wrong; events the labels never judged (rules changed since) are counted apart, on their own line beside those
labelled optional: relabel the first kind with scripts/label_events.py show --relabel (--any-part: hold-out).
The HOLD-OUT part (a third of the documents, by sha256 of the id) is what the learned scorer never trains or
chooses on: report its figure each round; tune rules on the training part only (the hold-out part prints counts, never events).

    .venv/bin/python eval/unseen_labels.py                       # hold-out part, scorer as configured
    LAGEBILD_SCORER=off .venv/bin/python eval/unseen_labels.py   # the rules alone
    .venv/bin/python eval/unseen_labels.py --part train --show wrong
    LAGEBILD_SCORER=off .venv/bin/python eval/unseen_labels.py --part train --show wrong --classes  # by class
    .venv/bin/python eval/unseen_labels.py --labels /tmp/old-labels.jsonl  # an older label file: before/after
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "eval"))


def unjudged_counts(records: list) -> dict[str, tuple[int, int]]:
    """Per language: (events no stored label judges, events whose label is news-gold's "optional"). The first is
    drift: the precision above stops measuring the rules' output as it grows, so it is printed to be relabelled."""
    from label_events import unlabelled

    out: dict[str, list[int]] = {}
    for a in records:
        c = out.setdefault(a.lang, [0, 0])
        for e, y in zip(a.events, a.labels, strict=True):
            if y is None:
                row = [e["event_type"], *((e[r] or {}).get("actor_id") for r in ("source", "target")),
                       e["evidence"]["start"], e["evidence"]["end"]]
                c[0 if unlabelled(a.gold["events"], row) else 1] += 1
    return {lang: (c[0], c[1]) for lang, c in sorted(out.items())}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["holdout", "train", "all"], default="holdout")
    ap.add_argument("--scorer", choices=["on", "off"], default=None,
                    help="run the learned scorer or not (default: $LAGEBILD_SCORER, else the model file's setting)")
    ap.add_argument("--by-type", action="store_true", help="also per event type")
    ap.add_argument("--labels", type=Path, default=None,
                    help="label file (default: eval/scorer-labels.jsonl); an older copy gives before/after figures")
    ap.add_argument("--show", choices=["wrong", "right", "unjudged", "all"], default=None,
                    help="list events of that kind with their sentence (training part only)")
    ap.add_argument("--classes", action="store_true",
                    help="count wrong events per language by rough class (eval/unseen_classes.py) and, with "
                         "--show, list them grouped by class with their sentence")
    args = ap.parse_args()
    if args.show and args.part != "train":
        print("--show lists events of the training part only (--part train): the hold-out part is a measure",
              file=sys.stderr)
        return 2
    import scorer_data

    labels = args.labels or scorer_data.HAND_LABELS
    if not labels.is_file() or not scorer_data.DATA.is_dir():
        print(f"hand labels or ../shared/data missing ({labels}, {scorer_data.DATA})", file=sys.stderr)
        return 2
    from lagebild.pipeline import Pipeline

    choice = None if args.scorer is None else args.scorer == "on"
    records = scorer_data.hand(Pipeline(scorer=choice), (), labels, part=args.part)
    masks = [tuple(True for _ in a.events) for a in records]
    print(f"{args.part} part: {len(records)} documents")
    for lang, c in scorer_data.unseen(records, masks).items():
        print("  " + scorer_data.unseen_line(lang, c))
    for lang, (never, optional) in unjudged_counts(records).items():
        print(f"  {lang}: unjudged {never + optional}: {never} no label judges (rules changed since; "
              f"scripts/label_events.py show --relabel), {optional} labelled optional")
    if args.by_type:
        per: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        for a in records:
            for e, y in zip(a.events, a.labels, strict=True):
                c = per[(a.lang, e["event_type"])]
                c[0] += y is not None
                c[1] += bool(y)
                c[2] += y is None
        for (lang, typ), (n, right, unjudged) in sorted(per.items()):
            print(f"    {lang} {typ:10s} {right:3d} right of {n:3d} labelled ({unjudged} unjudged)")
    if args.classes:
        from unseen_classes import CLASSES, wrong_class

        per_class: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(CLASSES, 0))
        for a in records:
            for e, y in zip(a.events, a.labels, strict=True):
                if y is False:
                    per_class[a.lang][wrong_class(e)] += 1
        for lang, c in sorted(per_class.items()):
            print(f"  {lang} wrong by class: " + ", ".join(f"{k} {v}" for k, v in c.items()))
    if args.show:
        want = {"wrong": (False,), "right": (True,), "unjudged": (None,), "all": (True, False, None)}[args.show]
        rows: dict[str, list[str]] = defaultdict(list)
        for a in records:
            text = scorer_data._hand_text(a.gold["corpus"], a.gold["doc"])
            for e, y in zip(a.events, a.labels, strict=True):
                if y in want:
                    src, tgt = ((e[r] or {}).get("actor_id") for r in ("source", "target"))
                    span = text[0][e["evidence"]["start"]:e["evidence"]["end"]] if text else ""
                    row = f"{a.id} {y} {e['event_type']} {src} -> {tgt} [{span[:160]}]"
                    if args.classes:
                        key = f"{a.lang} {y} {wrong_class(e) if y is False else '-'}"
                        rows[key].append(f"  {row} trig={e['trigger']!r} mod={e['modality']}\n"
                                         f"      {e['evidence']['sentence'][:400]}")
                    else:
                        print(row)
        for key in sorted(rows):
            print(f"== {key} ({len(rows[key])})")
            print("\n".join(rows[key]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
