"""THE STABILITY RULE for the learned event scorer's thresholds (round 26, stab26b, issue 13 item 3). stab26 found the
cross-set threshold picks as noisy as the grid: over 200 resamples of the left-out sets' articles German's pick at C 1.0
was 0.25 (96), 0.2 (61), 0.15 (31), 0 (10). So a language's thresholds (one, or a verbal / material pair) stay those of
the model being replaced unless the new pick beats them, on the mean F1 gain over left-out sets, by more than one spread
(the sd over paired resamples of the difference). Both are scored on the same left-out probabilities of the new model.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

import scorer_crossset
from scorer_data import Record
from scorer_fit import Data, keep_mask
from scorer_stability import BOOTSTRAPS, f1

Thresholds = dict[str, float]


def of_lang(thresholds: Thresholds, lang: str) -> Thresholds:
    """A language's part of a model file's thresholds: "de" and its per-type keys ("de:ACCUSE")."""
    return {k: v for k, v in thresholds.items() if k == lang or k.startswith(f"{lang}:")}


def set_counts(records: list[Record], held: list[int], probs: list[list[float]], options: list[Thresholds]) -> Any:
    """One left-out set's per-article counts (gold, found, predicted, tp): (articles, 1 + options, 4), rules first."""
    import numpy as np

    rows = [[records[i].counts(tuple(records[i].rules_mask()))] + [records[i].counts(keep_mask(records[i], p, o))
                                                                    for o in options]
            for i, p in zip(held, probs, strict=True)]
    return np.array(rows, dtype=float).reshape(len(held), 1 + len(options), 4)


def mean_gains(sets: dict[str, Any], draws: dict[str, Any] | None) -> list[float]:
    """Each option's mean F1 gain over the rules across left-out sets (``draws``: resampled article indices per set)."""
    per_set = []
    for name, counts in sets.items():
        f = f1((counts if draws is None else counts[draws[name]]).sum(axis=0))
        per_set.append(f[1:] - f[0])
    return [statistics.mean(float(g[j]) for g in per_set) for j in range(len(per_set[0]))]


def decide(sets: dict[str, Any], n: int = BOOTSTRAPS, seed: int = 0) -> tuple[bool, str]:
    """Whether the new pick (option 1) replaces the incumbent (option 0): only if its full-set mean gain beats the
    incumbent's by more than the sd of the paired difference over ``n`` resamples. Returns it and a line saying why."""
    import numpy as np

    rng = np.random.default_rng(seed)
    full = mean_gains(sets, None)
    diffs = []
    for _ in range(n):
        draws = {name: rng.integers(0, len(c), size=len(c)) for name, c in sets.items()}
        g = mean_gains(sets, draws)
        diffs.append(g[1] - g[0])
    margin, spread = full[1] - full[0], statistics.pstdev(diffs)
    if margin > spread:
        return True, f"new beats the incumbent by {margin:+.4f} > one spread {spread:.4f}: new taken"
    return False, f"new beats the incumbent by {margin:+.4f} <= one spread {spread:.4f}: incumbent kept"


def stable(records: list[Record], data: Data, fit: Any, strength: float, weights: dict[str, float],
           sets: dict[str, Callable[[Record], bool]], lang: str, new: Thresholds, incumbent: Thresholds
           ) -> tuple[Thresholds, str]:
    """The language's thresholds THE RULE keeps: ``incumbent`` (the replaced model's) unless ``new`` beats it beyond
    the spread on the left-out sets' probabilities at this strength and these weights; a line saying why."""
    if not incumbent or incumbent == new:
        return new, "no incumbent thresholds" if not incumbent else "the incumbent's thresholds are the pick"
    counts = {}
    for name, member in sets.items():
        held, probs = scorer_crossset.left_out_probs(records, data, fit, strength, weights, member)
        counts[name] = set_counts(records, held, probs, [incumbent, new])
    take, why = decide(counts)
    return (new if take else incumbent), why


def apply(records: list[Record], data: Data, fit: Any, chosen: dict[str, Any], replaced: Any) -> None:
    """The trainer's use, in place on ``chosen`` (after the type families): each language's thresholds revert to the
    replaced model file's (the shipped model when that file is absent) unless the new ones beat them beyond the spread."""
    import json

    from scorer_stability import SHIPPED

    path = replaced if replaced.is_file() else SHIPPED
    old = json.loads(path.read_text(encoding="utf-8")).get("thresholds", {}) if path.is_file() else {}
    sets = scorer_crossset.left_out_sets(scorer_crossset.dev2_parts())
    for lang in sorted({k.split(":")[0] for k in chosen["thresholds"]}):
        new = of_lang(chosen["thresholds"], lang)
        if lang not in sets or not any(v > 0 for v in new.values()):
            continue
        kept, why = stable(records, data, fit, chosen["C"], chosen["weights"], sets[lang], lang, new, of_lang(old, lang))
        print(f"  {lang}: threshold stability: {why}: {kept}", flush=True)
        for k in new:
            chosen["thresholds"].pop(k)
        chosen["thresholds"].update(kept)
