#!/usr/bin/env python3
"""Sentences where the gold has two or more required events and the rules find fewer (round 15, multi15).

One trigger per sentence was the rules' habit: an act coordinated with another ("condemned ... and demanded"),
a purpose clause, an act inside another's object. This counts, per sentence with >= 2 required gold events, the
events lost (eval/recall_stages.py stages) and, for those with no trigger of their type, whether a trigger of
ANOTHER type fired there (the second-event class) and which check dropped the word (eval/trigger_misses.py).

    python3 eval/multi_events.py --half dev --lang de --show     # each lost second event with its sentence
    python3 eval/multi_events.py --set dev2 --lang en            # dev2's parts but the carry checks
    python3 eval/multi_events.py --half test --lang de           # counts only
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from recall_stages import gold_stage  # noqa: E402
from trigger_misses import _extractor, classify, loss_args, loss_docs  # noqa: E402


def main() -> int:
    args = loss_args(__doc__)
    if args is None:
        return 2
    log: list = []
    ex = _extractor(args.lang)
    parts = [p.strip() for p in args.parts.split(",")] if args.parts else None
    counts: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    sentences = fewer = 0
    for stem, g, text, doc in loss_docs(args, log):
        by_sent: dict[int, list[tuple[dict, set[int], list, str]]] = {}
        for ev in g["events"]:
            if ev.get("optional"):
                continue
            found = gold_stage(doc, text, ev, log)
            if found is not None:
                by_sent.setdefault(min(found[0]), []).append((ev, *found))
        for _, evs in sorted(by_sent.items()):
            if len(evs) < 2:
                continue
            sentences += 1
            lost = [x for x in evs if x[3] != "target"]
            if not lost:
                continue
            fewer += 1
            for ev, sents, cands, stage in lost:
                if stage == "none":
                    cls, note = classify(ex, doc, sents, ev, cands)
                    other = sorted({c[1] for c in cands if c[1] not in ev["types"]})
                    cls = ("other-type " if other else "nothing ") + cls
                    if other:
                        pairs[f"{'/'.join(ev['types'])}<-{'/'.join(other)}"] += 1
                else:
                    cls, note = f"roles:{stage}", ""
                counts[cls] += 1
                if args.show:
                    sent = " ".join(doc.text[s.start:s.end] for s in doc.sentences if s.i in sents)
                    print(f"[{cls}] {stem} {ev['id']} {ev['types']} {ev['source']}->{ev.get('target')} {note}\n"
                          f"  {sent[:320]}\n  candidates: {[c[1:] for c in cands]}")
    print(f"{args.lang} {args.set} {args.half if args.set == 'news-gold' else ','.join(parts or ['dev'])}: "
          f"{sentences} sentences with >= 2 required events, {fewer} with one or more lost; lost events:")
    for cls, n in counts.most_common():
        print(f"  {cls:28} {n:4}")
    if pairs:
        print("  other type fired (gold<-ours): " + ", ".join(f"{k} {n}" for k, n in pairs.most_common(15)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
