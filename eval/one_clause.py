#!/usr/bin/env python3
"""Required gold events lost where another of OUR events sits on the same sentence (round 26, two26).

One clause, two events: a complement's act under a demand or agreement ("called for a boycott"), the second
conjunct of two act verbs, an act in a noun phrase under the trigger. This lists each such loss with the sentence,
the gold event and our events there, for reading by hand (rules only; tuning sets only).

    python3 eval/one_clause.py --half dev --lang de
    python3 eval/one_clause.py --set dev2 --lang de --parts a,b,c,d,e,f,g,h,o
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from recall_stages import gold_stage  # noqa: E402
from trigger_misses import loss_args, loss_docs  # noqa: E402


def main() -> int:
    args = loss_args(__doc__)
    if args is None:
        return 2
    log: list = []
    stages: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for stem, g, text, doc in loss_docs(args, log):
        for ev in g["events"]:
            if ev.get("optional"):
                continue
            found = gold_stage(doc, text, ev, log)
            if found is None or found[2] == "target":
                continue
            sents, _, stage = found
            ours = [e for e in doc.events if e.evidence_sentence in sents]
            if not ours:
                continue
            stages[stage] += 1
            other = sorted({e.event_type for e in ours if e.event_type not in ev["types"]})
            pairs[f"{'/'.join(ev['types'])}<-{'/'.join(other) or 'same'}"] += 1
            sent = " ".join(doc.text[s.start:s.end] for s in doc.sentences if s.i in sents)
            print(f"[{stage}] {stem} {ev['id']} {ev['types']} {ev['source']}->{ev.get('target')} "
                  f"mod={ev.get('modality')} ev={ev.get('evidence', '')[:80]!r}\n  {sent[:360]}\n  ours: "
                  + "; ".join(f"{e.event_type} {e.trigger!r} {e.source.country if e.source else None}->"
                              f"{e.target.country if e.target else None}" for e in ours))
    print(f"{args.lang} {args.set}: lost with an event of ours on the sentence, by stage: {dict(stages)}")
    print("  gold<-ours: " + ", ".join(f"{k} {n}" for k, n in pairs.most_common(20)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
