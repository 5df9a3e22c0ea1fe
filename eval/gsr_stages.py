#!/usr/bin/env python3
"""Where PLOVER GSR type-only recall is lost, sentence by sentence (rules only, no learned scorer).

Each GSR record is one sentence with one gold event. For each, the first stage it fails:
  none     no trigger of the gold type fired (a lexicon or type-in-context matter);
  trigger  a trigger of the gold type fired but gave no event (no source: a role matter);
  type     an event of the gold type is output (type-only match).
Triggers are seen by wrapping ``EventExtractor._event``, as eval/recall_stages.py does for news-gold.

    python3 eval/gsr_stages.py                      # counts per stage on plover-gsr-dev
    python3 eval/gsr_stages.py --misses             # each loss with its sentence and candidates (dev only)
    python3 eval/gsr_stages.py --classes            # full-match losses and false positives by class
    python3 eval/gsr_stages.py --classes --show     # ... with each sentence (dev only)

The classes read the events as ``evaluate`` scores them (PLOVER-coded): a miss is 'confused GOLD>PRED' (only other
types came out), 'no trigger' / 'no source' (nothing came out), or, where the gold type came out, 'no/wrong/extra
source|target'; a false positive is 'confusion' (the sentence's gold event was missed), 'extra' (it was found).
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

from lagebild.evaluate import GoldEvent, load_gold, match  # noqa: E402
from lagebild.evaluate.plover import plover_coded  # noqa: E402
from lagebild.model import Article  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

GSR = ROOT / "gold" / "plover" / "plover-gsr.json"


def _code(actor: dict | None) -> str | None:
    return None if not actor else actor.get("country") or actor.get("actor_id") or actor.get("name")


def miss_class(gold: GoldEvent, pred: list[dict], stage: str) -> str:
    """Why the gold event found no full match: the type first, then the source, then the target."""
    same = [p for p in pred if p["event_type"] == gold.type]
    if not same:
        others = sorted({p["event_type"] for p in pred})
        if others:
            return f"confused {gold.type}>{'/'.join(others)}"
        return "no trigger" if stage == "none" else "no source"
    srcs = {_code(p["source"]) for p in same}
    if gold.source not in srcs:
        return "no source" if srcs == {None} else "wrong source"
    tgts = {_code(p["target"]) for p in same if _code(p["source"]) == gold.source}
    if gold.target is None:
        return "extra target"
    return "no target" if tgts == {None} else "wrong target"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "test"], default="dev")
    ap.add_argument("--misses", action="store_true", help="print each lost event with its sentence and candidates")
    ap.add_argument("--classes", action="store_true", help="full-match losses and false positives by class")
    ap.add_argument("--show", action="store_true", help="with --classes: each sentence (dev only)")
    args = ap.parse_args()
    if args.half == "test" and (args.misses or args.show):
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
    losses: Counter[str] = Counter()
    for d in docs:
        log.clear()
        out = pipe(Article(d.text, id=d.id, lang="en"))
        gold = d.events[0].type
        typed = [c for c in log if c[1] == gold]
        stage = "type" if any(c[4] for c in typed) else "trigger" if typed else "none"
        counts[stage] += 1
        if args.misses and stage != "type":
            print(f"{d.id} {gold} lost at '{stage}'\n  {d.text[:300]}\n  candidates: {[c[1:] for c in log]}")
        if args.classes:
            pred = [plover_coded(e.to_json()) for e in out.events]
            pairs = match(d.events, pred)
            found = {id(p) for _, p in pairs}
            lost = [] if pairs else [f"miss: {miss_class(d.events[0], pred, stage)}"]
            lost += [f"fp: {'extra' if pairs else 'confusion'} {p['event_type']}" for p in pred if id(p) not in found]
            losses.update(lost)
            if args.show and lost:
                g = d.events[0]
                print(f"{d.id} {g.type}({g.source}->{g.target}) {'; '.join(lost)}\n  {d.text[:300]}\n  out: "
                      + ", ".join(f"{p['event_type']}({_code(p['source'])}->{_code(p['target'])})[{p['trigger']}]"
                                  f"{'/' + p['modality'] if p['modality'] != 'factual' else ''}" for p in pred))
    print(f"plover-gsr-{args.half}: {len(docs)} sentences")
    for stage, what in (("none", "no trigger of the gold type"), ("trigger", "trigger of the gold type, no event"),
                        ("type", "an event of the gold type")):
        print(f"  {stage:8} {counts[stage]:4}  {what}")
    if args.classes:
        print("full-match losses by class:")
        for name, n in sorted(losses.items(), key=lambda kv: (not kv[0].startswith("miss"), -kv[1], kv[0])):
            print(f"  {n:4}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
