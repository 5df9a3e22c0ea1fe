"""Which rule events the learned scorer drops that the gold wants (round 23, scr23): per event type and per feature, on
the training records of scripts/scorer_ablate.py's cache (news-gold dev, dev2 outside the carry parts, the hand labels'
train part: never a test half or a carry part). Out-of-fold: each document is scored by a model never fitted on it, the
shipped German trees (scorer_trees.PARAMS at PIN) and the regression (small16, C 0.1, de 0.2 / en 0.35); ``--shipped``
scores with the shipped JSON instead (in-sample: what the dev figures show). A feature "marks" right events as unusual
when the right events holding it are dropped far more often than right events overall (a numeric feature counts where
it is 1.0: a distance or position at its cap).

    .venv/bin/python scripts/scorer_drops.py --cache /tmp/abl.pkl --groups news-gold/de,dev2/de
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))
import scorer_trees  # noqa: E402
import train_event_scorer as tes  # noqa: E402
from scorer_cache import filtered  # noqa: E402
from scorer_data import Record  # noqa: E402
from scorer_fit import Data, Probs, figures, keep_mask, oof  # noqa: E402

SMALL16 = tes.FEATURE_SETS["small"] + tes.TOPIC_FEATURES
WEIGHTS = {"gsr": 1.0, "seed": 2.0, "hand": 2.0}  # the shipped model's source weights (round 23 retrain)


def probabilities(records: list[Record], how: str, seed: int) -> tuple[Probs, dict[str, float]]:
    """Each event's probability and the thresholds: the shipped file's (in-sample), or out-of-fold trees / regression."""
    if how == "shipped":
        from lagebild.extract.scorer import EventScorer

        model = EventScorer.load()
        return [[model.probability(f, a.lang) for f in a.features] for a in records], dict(model.thresholds)
    if how == "trees":
        recs = filtered(records, SMALL16 + scorer_trees.FAMILIES)
        return scorer_trees.oof(Data(recs), recs, WEIGHTS, 5, seed), {"de": scorer_trees.PIN, "en": 0.35}
    recs = filtered(records, SMALL16)
    return oof(recs, Data(recs), list(range(len(recs))), 0.1, WEIGHTS, 5, seed), {"de": 0.2, "en": 0.35}


def dev2_parts() -> dict[str, str]:
    """Each dev2 document id's part letter (eval/dev2/<lang>-<part>.jsonl)."""
    import json

    out = {}
    for path in sorted((tes.ROOT / "eval" / "dev2").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out[json.loads(line)["id"]] = path.stem.split("-")[-1]
    return out


def in_group(a: Record, spec: str, parts: dict[str, str]) -> bool:
    """Whether a record belongs to a group name ("dev2/de@fgh": only those dev2 parts)."""
    group, _, letters = spec.partition("@")
    return a.group == group and (not letters or parts.get(a.id, "") in letters)


def table(records: list[Record], probs: Probs, thresholds: dict[str, float], spec: str, top: int) -> None:
    """Per type and per feature: right rule events kept / dropped, wrong rule events kept / dropped."""
    parts = dev2_parts()
    by_type: dict[str, Counter] = {}
    feat_right: Counter = Counter()
    feat_drop: Counter = Counter()
    feat_wrong: Counter = Counter()
    feat_wrong_drop: Counter = Counter()
    total = Counter()
    for a, p in zip(records, probs, strict=True):
        if not in_group(a, spec, parts):
            continue
        for e, y, t, k, f in zip(a.events, a.labels, a.topic, keep_mask(a, p, thresholds), a.features, strict=True):
            if t or y is None:
                continue
            c = by_type.setdefault(e["event_type"], Counter())
            key = ("right" if y else "wrong") + ("" if k else " dropped")
            c[key] += 1
            total[key] += 1
            names = [n for n, v in f.items() if v == 1.0]
            if y:
                feat_right.update(names)
                if not k:
                    feat_drop.update(names)
            else:
                feat_wrong.update(names)
                if not k:
                    feat_wrong_drop.update(names)
    right = total["right"] + total["right dropped"]
    wrong = total["wrong"] + total["wrong dropped"]
    print(f"  right rule events dropped {total['right dropped']} of {right} ({total['right dropped'] / max(right, 1):.0%}); "
          f"wrong dropped {total['wrong dropped']} of {wrong} ({total['wrong dropped'] / max(wrong, 1):.0%})")
    print("  by type (right dropped/right, wrong dropped/wrong):")
    for ty, c in sorted(by_type.items(), key=lambda kv: -kv[1]["right dropped"]):
        r, w = c["right"] + c["right dropped"], c["wrong"] + c["wrong dropped"]
        print(f"    {ty:10s} {c['right dropped']:3d}/{r:3d}   {c['wrong dropped']:3d}/{w:3d}")
    base = total["right dropped"] / max(right, 1)
    rows = [(n, feat_drop[n], feat_right[n], feat_wrong_drop[n], feat_wrong[n]) for n in feat_right
            if feat_right[n] >= 5 and feat_drop[n] / feat_right[n] >= 2 * base]
    rows.sort(key=lambda r: -r[1])
    print(f"  features whose right events are dropped at least twice as often as all right events ({base:.0%}):")
    for n, d, r, wd, w in rows[:top]:
        print(f"    {n:40s} right dropped {d:3d}/{r:3d} ({d / r:.0%})   wrong dropped {wd:3d}/{w:3d}")


def curve(records: list[Record], probs: Probs, spec: str, lang: str) -> None:
    """F1 (P/R) of one group at a range of thresholds: what a higher bar buys in precision and costs in recall."""
    parts = dev2_parts()
    idx = [i for i, a in enumerate(records) if in_group(a, spec, parts)]
    sub, ps = [records[i] for i in idx], [probs[i] for i in idx]
    cells = []
    for t in (0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        p, r, f = next(iter(figures(sub, ps if t else [a.rules_mask() for a in sub], {lang: t}).values()))
        cells.append(f"{t}: {f:.3f} ({p:.2f}/{r:.2f})")
    print(f"  curve {spec}: " + "  ".join(cells))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, required=True, help="scripts/scorer_ablate.py's pickle (its 'train' set)")
    ap.add_argument("--groups", default="news-gold/de,dev2/de@abcde,dev2/de@fgh,news-gold/en,dev2/en")
    ap.add_argument("--models", default="shipped,trees,regression")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    stored = pickle.loads(args.cache.read_bytes())
    records = stored["train"] if "train" in stored else stored["records"]
    for a in records:
        a.__post_init__()
    for how in args.models.split(","):
        probs, thresholds = probabilities(records, how, 0)
        for g in args.groups.split(","):
            print(f"{how} ({'in-sample' if how == 'shipped' else 'out-of-fold'}) {g}, thresholds {thresholds}:", flush=True)
            table(records, probs, thresholds, g, args.top)
            curve(records, probs, g, g.split("/")[1][:2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
