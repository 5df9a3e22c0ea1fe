"""THE STABILITY RULE for the learned event scorer's topic-candidate verdict (round 27, stab27; issue 13 item 3). The
trainer admits a language's topic candidates when the nested CV objective with them beats the one without; for German
the two differed by +-0.003 and the verdict flipped between retrains (stab26b: dropped 1.897 -> 1.895, then kept
1.888 -> 1.891). So, as for the strength (scorer_stability.py) and the thresholds (scorer_stable_thresholds.py), the
replaced model's verdict stays unless the other beats it by more than one spread: the sd over paired resamples of
the nested CV documents (each group's documents drawn with replacement, the same draw for both) of the difference.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

from scorer_data import Record
from scorer_fit import Probs, keep_mask
from scorer_policy import GUARDED, LANG_GROUPS, OBJECTIVE, lang_score, topic_verdict
from scorer_stability import BOOTSTRAPS, SHIPPED, f1

Counts = dict[str, Any]  # group -> array (documents, 2, 4): without the candidates, with them; (gold, found, pred, tp)


def group_counts(records: list[Record], kept: Probs, plain: Probs, lang: str, at: dict[str, float]) -> Counts:
    """Per guarded group of ``lang`` (news-gold, dev2, hand labels; GSR full and type-only for English) each document's
    counts without the topic candidates and with them, as scorer_fit.figures counts them."""
    import numpy as np

    groups = [g for g in LANG_GROUPS[lang] if g in GUARDED]
    rows: dict[str, list] = {g: [] for g in groups}
    for a, p_with, p_without in zip(records, kept, plain, strict=True):
        both = (keep_mask(a, p_without, at), keep_mask(a, p_with, at))
        if a.group in rows:
            rows[a.group].append([a.counts(m) for m in both])
        if a.source == "gsr" and "gsr type-only" in rows:
            rows["gsr type-only"].append([a.type_counts(m) for m in both])
    return {g: np.array(r, dtype=float).reshape(len(r), 2, 4) for g, r in rows.items() if r}


def scores(counts: Counts, draws: dict[str, Any] | None) -> tuple[float, float]:
    """The language's objective (scorer_policy.lang_score over its guarded groups) without and with the candidates;
    ``draws`` (group -> document indices) resamples each group's documents."""
    total = [0.0, 0.0]
    for g, c in counts.items():
        f = f1((c if draws is None else c[draws[g]]).sum(axis=0))
        total = [total[j] + OBJECTIVE[g] * float(f[j]) for j in range(2)]
    return total[0], total[1]


def decide(counts: Counts, incumbent: bool | None, n: int = BOOTSTRAPS, seed: int = 0) -> tuple[bool, str]:
    """Whether the candidates are admitted: the verdict of the full figures (with beats without) where there is no
    ``incumbent`` verdict or it agrees; else the incumbent's unless the other beats it by more than the sd of the
    paired difference over ``n`` resamples. Returns it and a line saying why."""
    import numpy as np

    without, with_c = scores(counts, None)
    new = with_c > without + 1e-9
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(n):  # also where the verdicts agree: the line says how far from flipping the verdict is
        draws = {g: rng.integers(0, len(c), size=len(c)) for g, c in counts.items()}
        w, c = scores(counts, draws)
        diffs.append(c - w)
    margin, spread = abs(with_c - without), statistics.pstdev(diffs)
    verdict = new if incumbent is None or margin > spread else incumbent
    replaced = "" if incumbent is None else f", the replaced model {'kept' if incumbent else 'dropped'} them"
    return verdict, (f"{without:.4f} without -> {with_c:.4f} with: {'kept' if new else 'dropped'} by {margin:.4f}, "
                     f"{'beyond' if margin > spread else 'within'} one spread {spread:.4f} of the paired difference"
                     f"{replaced}: {'kept' if verdict else 'dropped'}")


def incumbent_topic(replaced: Path) -> list[str] | None:
    """The languages whose candidates the replaced model file admits (the shipped file when ``replaced`` is absent,
    as scorer_stable_thresholds.apply reads it); None when neither file says."""
    path = replaced if replaced.is_file() else SHIPPED
    if not path.is_file():
        return None
    topic = json.loads(path.read_text(encoding="utf-8")).get("topic")
    return list(topic) if isinstance(topic, list) else None


def admitted(records: list[Record], kept: Probs, plain: Probs, at: dict[str, float], honest: dict[str, tuple],
             honest_plain: dict[str, tuple], langs: list[str], allowed: str, replaced: Path | None) -> list[str]:
    """The trainer's topic verdict (round 12), per language: the languages whose candidates the model admits. They must
    pay in nested CV, under THE RULE where ``replaced`` is given (the model file being replaced: its verdict stays
    unless beaten beyond the spread), and the language be one of --topic-languages. In place: a language not admitted
    gets ``honest`` without its candidates (round 14: the guard and the gain judge what the model file will do)."""
    incumbent = incumbent_topic(replaced) if replaced is not None else None
    out = []
    for lang in langs:
        with_c, without = lang_score(honest, lang, GUARDED), lang_score(honest_plain, lang, GUARDED)
        why = f"{without:.3f} without -> {with_c:.3f} with"
        if replaced is not None:  # round 27 (stab27): the verdict under THE STABILITY RULE
            pays, why = decide(group_counts(records, kept, plain, lang, at),
                               None if incumbent is None else lang in incumbent)
            with_c, without = (1.0, 0.0) if pays else (0.0, 1.0)  # topic_verdict reads only which is larger
        said = topic_verdict(lang, with_c, without, allowed)
        print(f"  {lang}: topic candidates, nested CV objective {why}; admitted: {said}")
        if said == "kept":
            out.append(lang)
        else:
            honest.update({g: honest_plain[g] for g in LANG_GROUPS[lang] if g in honest_plain})
    return out
