"""How steady the cross-set choice of the learned event scorer is (round 26, stab26, issue 13 item 3), and THE
STABILITY RULE that makes it steady. The cross-set objective (scripts/scorer_crossset.choose: the sum over languages of
the best plateau's mean F1 gain over left-out sets) has no random part, but its left-out sets are a few dozen articles
each: round 26's retrain chose C 0.1 / gsr 1 / hand 2 over round 25's C 1.0 / gsr 0 / hand 2 by +0.0015 German gain
while the grid spanned +0.0124..+0.0172, and the two models differed by 0.012 news-gold dev F1 where nothing was chosen.

The spread is measured by a paired bootstrap: each left-out set's articles are resampled with replacement (the same
draw for every grid point), the objective is recomputed from per-article counts, and each grid point's wins, its spread
and the spread of its difference to a reference point are counted. THE RULE: the setting of the model being replaced
(its strength and source weights, seed aside) stays unless another grid point beats it by more than one spread (the
standard deviation over resamples of the paired difference); without one on the grid, the point winning most resamples.

    .venv/bin/python scripts/scorer_stability.py --cache /tmp/records.pkl   # the table, nothing written
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import sys
from collections.abc import Callable
from itertools import product
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))
import scorer_crossset  # noqa: E402
from scorer_data import Record  # noqa: E402
from scorer_fit import Data, figures, keep_mask, predict  # noqa: E402
from scorer_policy import NEWS_GOLD_TOLERANCE, best_threshold  # noqa: E402

BOOTSTRAPS = 200  # resamples: enough for a spread to two digits, cheap (counts are summed, nothing is refitted)
Point = tuple[float, tuple[float, ...]]  # (strength, source weights in the grid's order)
SHIPPED = scorer_crossset.ROOT / "src/lagebild/resources/common/event_scorer.json"


def set_counts(records: list[Record], data: Data, fit: Any, strength: float, weights: dict[str, float],
               member: Callable[[Record], bool], lang: str, thresholds: tuple[float, ...]) -> Any:
    """One left-out set's per-article counts (gold, found, predicted, tp): an array (articles, 1 + thresholds, 4), the
    rules first, then the model fitted on every other document at each threshold."""
    import numpy as np

    held, probs = scorer_crossset.left_out_probs(records, data, fit, strength, weights, member)
    rows = []
    for i, p in zip(held, probs, strict=True):
        a = records[i]
        rows.append([a.counts(tuple(a.rules_mask()))] + [a.counts(keep_mask(a, p, {lang: t})) for t in thresholds])
    return np.array(rows, dtype=float).reshape(len(held), 1 + len(thresholds), 4)


def f1(summed: Any) -> Any:
    """F1 from summed counts along the last axis (gold, found, predicted, tp), as scorer_record.prf computes it."""
    import numpy as np

    gold, found, pred, tp = (summed[..., i] for i in range(4))
    r = np.divide(found, gold, out=np.zeros_like(found), where=gold > 0)
    p = np.divide(tp, pred, out=np.zeros_like(tp), where=pred > 0)
    return np.divide(2 * p * r, p + r, out=np.zeros_like(p), where=(p + r) > 0)


def lang_pick(sets: dict[str, Any], draws: dict[str, Any] | None, thresholds: tuple[float, ...]) -> tuple[int, float]:
    """One language's best eligible plateau (scorer_crossset.pick): the threshold's index and its mean F1 gain over the
    left-out sets (0 when none gains); ``draws`` (set -> article indices) resamples each set's articles."""
    gains = []
    ng_ok = [True] * len(thresholds)
    for name, counts in sets.items():
        c = counts if draws is None else counts[draws[name]]
        f = f1(c.sum(axis=0))
        gains.append(f[1:] - f[0])
        if name == "news-gold":
            ng_ok = [bool(x >= f[0] - NEWS_GOLD_TOLERANCE - 1e-9) for x in f[1:]]
    curve = [statistics.mean(float(g[j]) for g in gains) for j in range(len(thresholds))]
    i = best_threshold(curve, ng_ok)
    return i, curve[i] if curve[i] > 1e-9 else 0.0


def objective(per_set: dict[str, dict[str, Any]], draws: dict[str, Any] | None,
              thresholds: tuple[float, ...]) -> float:
    """scorer_crossset.pick's objective summed over languages: per language the best eligible plateau of the mean F1
    gain over left-out sets (0 when none gains); ``draws`` (set -> article indices) resamples each set's articles."""
    return sum(lang_pick(sets, draws, thresholds)[1] for sets in per_set.values())


def picks(per_set: dict[str, dict[str, Any]], thresholds: tuple[float, ...]) -> dict[str, float]:
    """Each language's threshold on the full left-out sets (0 where none gains: every event kept), as the cross-set
    choice would hand them to the seed check."""
    out = {}
    for lang, sets in per_set.items():
        i, gain = lang_pick(sets, None, thresholds)
        out[lang] = thresholds[i] if gain > 0 else 0.0
    return out


def point_counts(records: list[Record], data: Data, fit: Any, strength: float, weights: dict[str, float],
                 langs: tuple[str, ...], thresholds: tuple[float, ...] = scorer_crossset.THRESHOLDS
                 ) -> dict[str, dict[str, Any]]:
    """One setting's per-article counts on every left-out set of each language."""
    sets = scorer_crossset.left_out_sets(scorer_crossset.dev2_parts())
    return {lang: {name: set_counts(records, data, fit, strength, weights, member, lang, thresholds)
                   for name, member in sets[lang].items()} for lang in langs}


def grid_counts(records: list[Record], data: Data, fit: Any, strengths: list[float],
                weight_grid: dict[str, tuple[float, ...]], langs: tuple[str, ...],
                thresholds: tuple[float, ...] = scorer_crossset.THRESHOLDS) -> dict[Point, dict[str, dict[str, Any]]]:
    """Every grid point's per-article counts on every left-out set of each language (at the grid's seed weight)."""
    return {(c, combo): point_counts(records, data, fit, c, dict(zip(weight_grid, combo, strict=True)), langs,
                                     thresholds)
            for c, combo in product(strengths, product(*weight_grid.values()))}


def shipped_seed_weight(records: list[Record], data: Data, fit: Any, strength: float, weights: dict[str, float],
                        thresholds: dict[str, float]) -> float:
    """The seed weight scorer_select.finalize would ship this setting with at these thresholds: the lightest of
    SEED_WEIGHTS whose model, fitted on every document, keeps every seed gold event the rules find (the last if none)."""
    from scorer_select import SEED_WEIGHTS, seed_kept

    seed = [i for i, a in enumerate(records) if a.source == "seed"]
    if not seed:
        return weights.get("seed", 1.0)
    sub = [records[i] for i in seed]
    rules = figures(sub, [a.rules_mask() for a in sub], {})["seed"][1]
    everything = list(range(len(records)))
    for w in SEED_WEIGHTS:
        if seed_kept(sub, predict(data, fit(data, everything, strength, {**weights, "seed": w}), seed), thresholds,
                     rules):
            return w
    return SEED_WEIGHTS[-1]


def shipped_counts(records: list[Record], data: Data, fit: Any, strengths: list[float],
                   weight_grid: dict[str, tuple[float, ...]], langs: tuple[str, ...],
                   thresholds: tuple[float, ...] = scorer_crossset.THRESHOLDS
                   ) -> tuple[dict[Point, dict[str, dict[str, Any]]], dict[Point, float]]:
    """Round 26 (stab26b): each grid point scored at the seed weight it would ship with. stab26 judged every point at
    seed weight 1 while the seed check then shipped C 0.1 with weight 10, a model the choice never scored (+0.0879 at
    seed 1, +0.0770 at 10). The seed check reads the point's full-set thresholds; where it needs a heavier seed the
    point's counts are recomputed at that weight. Returns the counts and each point's seed weight."""
    counts = grid_counts(records, data, fit, strengths, weight_grid, langs, thresholds)
    seeds: dict[Point, float] = {}
    for (c, combo), per_set in list(counts.items()):
        weights = dict(zip(weight_grid, combo, strict=True))
        seeds[(c, combo)] = w = shipped_seed_weight(records, data, fit, c, weights, picks(per_set, thresholds))
        if w != weights.get("seed", 1.0):
            counts[(c, combo)] = point_counts(records, data, fit, c, {**weights, "seed": w}, langs, thresholds)
    return counts, seeds


def bootstrap(grid: dict[Point, dict[str, dict[str, Any]]], thresholds: tuple[float, ...] = scorer_crossset.THRESHOLDS,
              n: int = BOOTSTRAPS, seed: int = 0) -> dict[Point, list[float]]:
    """Each grid point's objective on ``n`` paired resamples (every point sees the same draw of articles)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    first = next(iter(grid.values()))
    sizes = {name: len(counts) for sets in first.values() for name, counts in sets.items()}
    out: dict[Point, list[float]] = {p: [] for p in grid}
    for _ in range(n):
        draws = {name: rng.integers(0, k, size=k) for name, k in sizes.items()}
        for p, per_set in grid.items():
            out[p].append(objective(per_set, draws, thresholds))
    return out


def stable_choice(full: dict[Point, float], boot: dict[Point, list[float]], incumbent: Point | None
                  ) -> tuple[Point, str]:
    """THE STABILITY RULE: the incumbent (the replaced model's setting) stays unless the best grid point beats it by more
    than one spread (the sd over resamples of their paired difference); with no incumbent on the grid, the point that
    wins most resamples (ties: the higher full-data objective). Returns the point and a line saying why."""
    best = max(full, key=lambda p: full[p])
    wins = win_counts(boot)
    if incumbent is None or incumbent not in full:
        top = max(full, key=lambda p: (wins[p], full[p]))
        return top, f"no incumbent on the grid: the point winning most resamples ({wins[top]} of {len(boot[top])})"
    if best == incumbent:
        return incumbent, "the incumbent is best on the full sets"
    diff = [b - i for b, i in zip(boot[best], boot[incumbent], strict=True)]
    spread = statistics.pstdev(diff)
    margin = full[best] - full[incumbent]
    if margin > spread:
        return best, f"best beats the incumbent by {margin:+.4f} > one spread {spread:.4f}: best taken"
    return incumbent, f"best beats the incumbent by {margin:+.4f} <= one spread {spread:.4f}: incumbent kept"


def win_counts(boot: dict[Point, list[float]]) -> dict[Point, int]:
    """How many resamples each grid point wins (ties to the first in grid order)."""
    points = list(boot)
    wins = dict.fromkeys(points, 0)
    for j in range(len(boot[points[0]])):
        wins[max(points, key=lambda p: boot[p][j])] += 1
    return wins


def table_lines(full: dict[Point, float], boot: dict[Point, list[float]], names: tuple[str, ...],
                reference: Point | None) -> list[str]:
    """Per grid point: the full-set objective, bootstrap mean and sd, resamples won, and the paired difference's mean
    and sd against ``reference``."""
    wins = win_counts(boot)
    out = []
    for p, value in full.items():
        line = (f"C={p[0]} {dict(zip(names, p[1], strict=True))}: objective {value:+.4f}, resampled "
                f"{statistics.mean(boot[p]):+.4f} ± {statistics.pstdev(boot[p]):.4f}, wins {wins[p]}/{len(boot[p])}")
        if reference is not None and reference in boot and p != reference:
            d = [a - b for a, b in zip(boot[p], boot[reference], strict=True)]
            line += f", vs incumbent {full[p] - full[reference]:+.4f} (paired sd {statistics.pstdev(d):.4f})"
        out.append(line)
    return out


def incumbent_of(path: Path, weight_grid: dict[str, tuple[float, ...]]) -> Point | None:
    """The replaced model file's (strength, source weights) as a grid point; None if absent or off the grid (the seed's
    weight is the seed check's, not the choice's: the grid's own value stands in for it)."""
    import json

    if not path.is_file():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    w = model.get("source_weights", {})
    combo = tuple(w.get(s, 1.0) if len(grid) > 1 else grid[0] for s, grid in weight_grid.items())
    point = (model.get("C"), combo)
    ok = all(v in weight_grid[s] for s, v in zip(weight_grid, combo, strict=True))
    return point if ok else None


def stable_point(records: list[Record], data: Data, fit: Any, strengths: list[float],
                 grid: dict[str, tuple[float, ...]], langs: tuple[str, ...], replaced: Path) -> tuple[Point, float]:
    """The trainer's use of THE STABILITY RULE: every grid point's cross-set objective, at the seed weight it would ship
    with, on the full left-out sets and on BOOTSTRAPS paired resamples, the table printed, and the point the rule keeps
    (the replaced model file's, unless beaten by more than one spread) with its seed weight. A replaced file that is
    absent (a retrain written elsewhere) reads the shipped model as the incumbent."""
    counts, seeds = shipped_counts(records, data, fit, strengths, grid, langs)
    full = {p: objective(g, None, scorer_crossset.THRESHOLDS) for p, g in counts.items()}
    boot = bootstrap(counts)
    incumbent = incumbent_of(replaced if replaced.is_file() else SHIPPED, grid)
    print(f"  stability ({BOOTSTRAPS} paired resamples of the left-out sets' articles; incumbent {incumbent}; each "
          f"point at the seed weight it would ship with):")
    for p, line in zip(full, table_lines(full, boot, tuple(grid), incumbent), strict=True):  # one line per point
        print(f"    seed {seeds[p]}: {line}")
    point, why = stable_choice(full, boot, incumbent)
    print(f"  stability rule: C={point[0]} {dict(zip(grid, point[1], strict=True))} (seed weight {seeds[point]}): {why}",
          flush=True)
    return point, seeds[point]


def stable_cross(records: list[Record], data: Data, fit: Any, strengths: list[float],
                 grid: dict[str, tuple[float, ...]], langs: tuple[str, ...], topic_langs: list[str], replaced: Path,
                 cross: dict[str, Any]) -> dict[str, Any]:
    """scorer_crossset.choose's result where the rule keeps its best point at the grid's seed weight, else that choice
    redone on the point the rule keeps at its shipped seed weight (its thresholds and tables read there)."""
    point, seed = stable_point(records, data, fit, strengths, grid, langs, replaced)
    weights = dict(zip(grid, point[1], strict=True))
    if point == (cross["C"], tuple(cross["weights"][s] for s in grid)) and seed == weights.get("seed", 1.0):
        return cross
    fixed = {s: (w,) for s, w in {**weights, "seed": seed}.items()}
    return scorer_crossset.choose(records, data, [point[0]], fixed, langs, tuple(topic_langs))


def main() -> int:
    import scorer_fit
    from scorer_select import SOURCE_WEIGHTS, SOURCE_WEIGHTS_WIDE, STRENGTHS

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, required=True, help="the trainer's record pickle")
    ap.add_argument("--model", type=Path, default=scorer_crossset.ROOT / "src/lagebild/resources/common/event_scorer.json")
    ap.add_argument("--bootstraps", type=int, default=BOOTSTRAPS)
    ap.add_argument("--seeds", type=int, default=1, help="bootstrap seeds (each prints its choice)")
    ap.add_argument("--wide", action="store_true", help="round 26's grid with the gsr and hand dimensions (stab26b)")
    args = ap.parse_args()
    weight_grid = SOURCE_WEIGHTS_WIDE if args.wide else SOURCE_WEIGHTS
    from scorer_cache import filtered
    from scorer_families import FEATURE_SETS, TOPIC_FEATURES

    stored = pickle.loads(args.cache.read_bytes())
    for a in stored["records"]:
        a.__post_init__()
    records = filtered(stored["records"], FEATURE_SETS["small"] + TOPIC_FEATURES)
    data = Data(records)
    grid, seeds = shipped_counts(records, data, scorer_fit.fit, STRENGTHS, weight_grid, ("de", "en"))
    print(f"seed weights the points would ship with: {seeds}")
    full = {p: objective(g, None, scorer_crossset.THRESHOLDS) for p, g in grid.items()}
    inc = incumbent_of(args.model, weight_grid)
    import json

    # the candidates the replaced model admits are scored, as the trainer scores them after its topic verdict
    scorer_crossset.TOPIC_LANGS = tuple(json.loads(args.model.read_text(encoding="utf-8")).get("topic", ())) \
        if args.model.is_file() else ()
    for s in range(args.seeds):
        boot = bootstrap(grid, n=args.bootstraps, seed=s)
        print(f"bootstrap seed {s}:")
        print("\n".join("  " + x for x in table_lines(full, boot, tuple(weight_grid), inc)))
        point, why = stable_choice(full, boot, inc)
        print(f"  chosen C={point[0]} {point[1]}: {why}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
