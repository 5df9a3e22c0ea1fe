"""Totals of model files on scripts/scorer_ablate.py's cached records (round 21, hgb21): each file decides as extraction
does (extract/scorer.EventScorer on every cached feature: its thresholds, topic floors and, where it has them, its trees),
per set and language: F1 (P/R) on the fully annotated sets (carry parts, unseen gold, news-gold test half, the training
sets), unseen precision on the hand labels' hold-out. Totals only: never a choice.

    .venv/bin/python scripts/scorer_compare.py --cache /tmp/abl.pkl src/lagebild/resources/common/event_scorer.json new.json
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scorer_data  # noqa: E402
from scorer_data import Record, prf  # noqa: E402

from lagebild.extract.scorer import EventScorer, floor_of, kept  # noqa: E402


def masks(scorer: EventScorer, records: list[Record]) -> list[tuple[bool, ...]]:
    """What the model file keeps of each document: a topic candidate only where it admits its language and path."""
    out = []
    for a in records:
        row = []
        for f, e, t, path in zip(a.features, a.events, a.topic, a.paths, strict=True):
            if t and (a.lang not in scorer.topic or (path != "doerless" and f"topic_path={path}" not in scorer.weights)):
                row.append(False)
                continue
            row.append(kept(scorer.probability(f, a.lang), scorer.threshold(a.lang, e["event_type"]), t,
                            floor_of(scorer.thresholds, a.lang, path if t else "")))
        out.append(tuple(row))
    return out


def line(records: list[Record], m: list[tuple[bool, ...]], hand: bool) -> str:
    parts = []
    for lang in ("de", "en"):
        sub = [(a, k) for a, k in zip(records, m, strict=True) if a.lang == lang]
        if not sub:
            continue
        if hand:
            c = scorer_data.unseen([a for a, _ in sub], [k for _, k in sub])[lang]
            parts.append(f"{lang} P {c[1] / max(c[0], 1):.3f} ({c[1]}/{c[0]})")
        else:
            p, r, f = prf([a.counts(k) for a, k in sub])
            parts.append(f"{lang} {f:.3f} (P {p:.3f} R {r:.3f})")
    return "; ".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, required=True, help="scripts/scorer_ablate.py's pickle (read with --score-test)")
    ap.add_argument("models", type=Path, nargs="+")
    args = ap.parse_args()
    sets = pickle.loads(args.cache.read_bytes())
    for recs in sets.values():
        for a in recs:
            a.__post_init__()
    scorers = {str(p): EventScorer.load(p) for p in args.models}
    for name in ("carry", "test", "unseen", "holdout", "train"):
        recs = sets.get(name) or []
        if not recs:
            continue
        groups = sorted({a.group for a in recs}) if name == "train" else [None]
        for g in groups:
            sub = [a for a in recs if g is None or a.group == g]
            hand = name == "holdout" or (g or "").startswith("hand")
            rules = [tuple(bool(x) for x in a.rules_mask()) for a in sub]
            print(f"{name if g is None else g:14s} rules: {line(sub, rules, hand)}")
            for p, s in scorers.items():
                print(f"{'':14s} {Path(p).name}: {line(sub, masks(s, sub), hand)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
