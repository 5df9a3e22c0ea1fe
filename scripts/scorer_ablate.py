"""Feature-family and regularisation ablations of the learned event scorer, judged as the trainer judges (nested CV on
dev data only) and checked on text no variant trains on: the dev2 carry parts (totals only), the unseen gold, the hand
labels' hold-out part and, with --score-test, the news-gold test half (report only).

Round 13 (scorer13): which features generalise and which memorise dev wording. The rules' events are read once
(``--cache``); each variant refits the trainer's choice (strength, source weights, per-language thresholds), its nested
CV, its guard and its seed check on the same records with a subset of feature families.

    .venv/bin/python scripts/scorer_ablate.py --cache /tmp/abl.pkl
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
import scorer_data  # noqa: E402
import scorer_fit  # noqa: E402
import scorer_select  # noqa: E402
import train_event_scorer as tes  # noqa: E402
from scorer_cache import filtered  # noqa: E402
from scorer_data import DEV2, SOURCES, Record, prf  # noqa: E402
from scorer_fit import Data, keep_mask, predict  # noqa: E402
from scorer_policy import GUARDED, keep_every_event, lang_score, languages, news_gold_ok  # noqa: E402
from unseen_gold import CARRY_PARTS  # noqa: E402  (the default leaves every carry part out, as the honest check must)

# structural extras extract/scorer.py computes that the shipped set leaves out (no language, no lemma)
STRUCTURAL = ("source_dist", "target_dist", "source_bare", "target_bare", "source_before", "target_before",
              "target_via", "n_actors", "clause_len", "sentence_len", "evidence_len", "has_location", "has_date",
              "denied", "nosource_type", "rule_")
ACTOR_PARTICULARS = ("source_sector", "target_sector", "type_sector")
TYPE_FAMILIES = tes.TYPE_FAMILIES
# round 12's shipped set (the trainer's --features typed, with the topic families)
SHIPPED = tes.FEATURE_SETS["typed"] + tes.TOPIC_FEATURES
VARIANTS: dict[str, tuple[str, ...]] = {
    "shipped": SHIPPED,
    "no sectors": tuple(p for p in SHIPPED if p not in ACTOR_PARTICULARS),
    "no type": tuple(p for p in SHIPPED if p not in TYPE_FAMILIES),
    "shipped + structural": SHIPPED + STRUCTURAL,
    "no sectors + structural": tuple(p for p in SHIPPED if p not in ACTOR_PARTICULARS) + STRUCTURAL,
    "old (round 4)": tes.FEATURE_SET + tes.TOPIC_FEATURES,
    "no type or sectors": tuple(p for p in SHIPPED if p not in TYPE_FAMILIES + ACTOR_PARTICULARS),
    "no type + structural": tuple(p for p in SHIPPED if p not in TYPE_FAMILIES) + STRUCTURAL,
    # round 16: round 15's shipped default ("small": no type weights) with one new family, then all of them; round 16's
    # default ("small16": with tes.KEPT16)
    "small": tes.SMALL15 + tes.TOPIC_FEATURES,
    **{f"small + {k}": tes.SMALL15 + tes.TOPIC_FEATURES + v for k, v in tes.ROUND16.items()},
    "small + round16": tes.SMALL15 + tes.TOPIC_FEATURES + tuple(p for v in tes.ROUND16.values() for p in v),
    "small16": tes.FEATURE_SETS["small"] + tes.TOPIC_FEATURES,
    # round 20 (scr20): round 16's default with the families scripts/scorer_cv.py found to rank German events better
    "small16 + round20": tes.FEATURE_SETS["small"] + tes.TOPIC_FEATURES + ("doc_events", "clause_pos", "kind_pair="),
}


def fit_boosted(data: Data, docs: list[int], strength: float, weights: dict[str, float]):  # noqa: ANN201 - scikit-learn
    """scorer_fit.fit's rows and weights, fitted by gradient-boosted trees (``strength`` is the L2 penalty's inverse,
    as for the logistic regression): whether interactions of the structural features pay over a linear model."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    rows = np.array([r for i in docs for r in data.rows[i]], dtype=int)
    src_w = np.array([weights.get(s, 1.0) for s in data.source[rows]]) if len(rows) else np.zeros(0)
    keep = (data.y[rows] >= 0) & (src_w > 0)
    rows, src_w = rows[keep], src_w[keep]
    model = HistGradientBoostingClassifier(max_iter=100, learning_rate=0.1, max_depth=3, min_samples_leaf=20,
                                           l2_regularization=1.0 / strength, class_weight="balanced", random_state=0)
    model.fit(data.x[rows], data.y[rows], sample_weight=data.w[rows] * src_w)
    return model


def read(exclude: tuple[str, ...], test: bool) -> dict[str, list[Record]]:
    """Every record the ablation needs, with all features: training, carry parts, unseen gold, hand hold-out, test."""
    scorer_data.TOPIC, scorer_data.EXCLUDE_DEV2 = True, exclude
    pipeline = scorer_data.rules_pipeline()
    out = {"train": scorer_data.collect(None, SOURCES)}
    if exclude:
        ug = scorer_data.module(tes.ROOT / "eval" / "unseen_gold.py", "unseen_gold")
        carry = {(r["corpus"], r["doc"]) for lang in ("de", "en") for r in ug.load(lang, DEV2, ",".join(exclude))}
        scorer_data.EXCLUDE_DEV2 = ()
        every = scorer_data.dev2(pipeline, None)
        ids = {r["id"]: (r["corpus"], r["doc"]) for lang in ("de", "en") for r in ug.load(lang, DEV2)}
        out["carry"] = [a for a in every if ids.get(a.id) in carry]
    out["unseen"] = scorer_data.unseen_gold(pipeline, None)
    out["holdout"] = scorer_data.hand(pipeline, None, part="holdout")
    if test:
        out["test"] = scorer_data.news_gold(pipeline, None, half="test")
    return out


def train(records: list[Record], strengths: list[float] | None = None, types: bool = False
          ) -> tuple[Any, Data, dict[str, float], dict]:
    """The trainer's decisions on these records: choice by repeated CV, nested CV, the guard, the seed check."""
    if strengths:
        scorer_select.STRENGTHS = strengths
    data = Data(records)
    everything = list(range(len(records)))
    chosen = scorer_select.choose(records, data, everything, scorer_select.FOLDS, 2, types=types)
    honest, _, _ = scorer_select.nested(records, data, scorer_select.FOLDS)
    base = tes.figures(records, [a.rules_mask() for a in records], {})
    for lang in languages(chosen["thresholds"]):
        if lang_score(honest, lang, GUARDED) < lang_score(base, lang, GUARDED) - 1e-9 or not news_gold_ok(honest, base, lang):
            keep_every_event(chosen["thresholds"], lang)
    model, _, thresholds = scorer_select.finalize(records, data, everything, chosen, base)
    gain = {lang: round(lang_score(honest, lang, GUARDED) - lang_score(base, lang, GUARDED), 3)
            for lang in languages(thresholds)}
    return model, data, thresholds, {"C": chosen["C"], "gain": gain, "honest": honest, "base": base}


def totals(records: list[Record], masks: list[tuple[bool, ...]]) -> dict[str, str]:
    """F1 (P/R) per language over fully annotated records: totals only."""
    out = {}
    for lang in ("de", "en"):
        sub = [a.counts(m) for a, m in zip(records, masks, strict=True) if a.lang == lang]
        if sub:
            p, r, f = prf(sub)
            out[lang] = f"{f:.3f} ({p:.3f}/{r:.3f})"
    return out


def masks_of(records: list[Record], model: Any, data: Data | None, thresholds: dict[str, float]
             ) -> list[tuple[bool, ...]]:
    """Which events each record keeps: the rules' (``model`` None) or the trained variant's."""
    if model is None:
        return [tuple(bool(x) for x in a.rules_mask()) for a in records]
    probs = predict(Data(records, data.vec), model, list(range(len(records))))  # type: ignore[union-attr]
    return [keep_mask(a, p, thresholds) for a, p in zip(records, probs, strict=True)]


def checks(sets: dict[str, list[Record]], prefixes: tuple[str, ...], model: Any, data: Data | None,
           thresholds: dict[str, float]) -> tuple[dict[str, dict[str, str]], list[tuple[int, ...]]]:
    """The checks of one trained variant (``model`` None: the rules), totals per language, and the carry parts' counts
    per document (for paired_gain)."""
    out: dict[str, dict[str, str]] = {}
    carry: list[tuple[int, ...]] = []
    for name in ("carry", "unseen", "test"):
        if name not in sets:
            continue
        recs = filtered(sets[name], prefixes)
        masks = masks_of(recs, model, data, thresholds)
        out[name] = totals(recs, masks)
        if name == "carry":
            carry = [a.counts(m) for a, m in zip(recs, masks, strict=True)]
    held = filtered(sets["holdout"], prefixes)
    masks = masks_of(held, model, data, thresholds)
    out["holdout P"] = {lang: f"{c[1] / c[0]:.3f} ({c[1]}/{c[0]})" for lang, c in scorer_data.unseen(held, masks).items()}
    return out, carry


def paired_gain(base: list[tuple[int, ...]], new: list[tuple[int, ...]], rounds: int = 2000) -> str:
    """A variant's carry F1 gain over the base variant's, with a paired bootstrap over documents (round 16: one family's
    gain of 0.001-0.003 is 1-4 events of 666, and a feature seen on 7 training events moved it as much): the 5-95 %
    interval and how often the resampled gain is above 0."""
    import random

    rng = random.Random(0)
    n = len(base)
    gains = []
    for _ in range(rounds):
        pick = [rng.randrange(n) for _ in range(n)]
        gains.append(prf([new[i] for i in pick])[2] - prf([base[i] for i in pick])[2])
    gains.sort()
    return (f"carry gain {prf(new)[2] - prf(base)[2]:+.3f} (5-95 % {gains[rounds // 20]:+.3f} .. "
            f"{gains[-rounds // 20]:+.3f}, above 0 in {sum(g > 0 for g in gains) / rounds:.0%})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--exclude-dev2", default=",".join(sorted(CARRY_PARTS)),
                    help="dev2 parts no variant trains on (default: every carry part)")
    ap.add_argument("--cache", type=Path, help="pickle of the records (written if absent)")
    ap.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated names of VARIANTS (names hold no comma)")
    ap.add_argument("--strengths", default="", help="C values to choose among (default: the trainer's)")
    ap.add_argument("--per-type", action="store_true", help="the trainer's per-type thresholds too (forced on)")
    ap.add_argument("--boosted", action="store_true", help="gradient-boosted trees instead of the logistic regression")
    ap.add_argument("--score-test", action="store_true", help="also the news-gold test half (report only)")
    ap.add_argument("--families", default="", help="'+'-joined names of the trainer's ROUND16 families or '=<feature prefix>': "
                    "one more variant, the small set with them (e.g. 'rule kind+neighbours', '=cameo_depth')")
    ap.add_argument("--pin-threshold", default="", help="as the trainer's (the shipped model: 'en=0.35')")
    args = ap.parse_args()
    if args.pin_threshold:
        import scorer_choice
        scorer_choice.PINNED = scorer_choice.pins(args.pin_threshold)
    exclude = tuple(p.strip() for p in args.exclude_dev2.split(",") if p.strip())
    if args.cache and args.cache.is_file():
        sets = pickle.loads(args.cache.read_bytes())
    else:
        sets = read(exclude, args.score_test)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(sets))
    if args.boosted:
        scorer_fit.fit = tes.fit = scorer_select.fit = fit_boosted  # choose() and finalize() read it in scorer_select
    strengths = [float(x) for x in args.strengths.split(",") if x.strip()]
    names = [n for n in args.variants.split(",") if n]
    if args.families:
        chosen = [k.strip() for k in args.families.split("+")]
        if any(k not in tes.ROUND16 and not k.startswith("=") for k in chosen):
            print(f"--families: one of {', '.join(tes.ROUND16)} or '=<feature prefix>', joined by '+' "
                  f"(got {args.families!r})", file=sys.stderr)
            return 2
        name = "small + " + " + ".join(chosen)
        VARIANTS[name] = VARIANTS["small"] + tuple(p for k in chosen for p in tes.ROUND16.get(k, (k[1:],)))
        names.append(name)
    print("rules:", checks(sets, SHIPPED, None, None, {})[0], flush=True)
    base: list[tuple[int, ...]] | None = None  # the first variant's carry counts: the others' gains are paired to it
    for name in names:
        if name not in VARIANTS:
            print(f"--variants: unknown variant {name!r} (one of {', '.join(VARIANTS)})", file=sys.stderr)
            return 2
        prefixes = VARIANTS[name]
        recs = filtered(sets["train"], prefixes)
        model, data, thresholds, info = train(recs, strengths, args.per_type)
        ng = {g: f"{info['honest'][g][2]:.3f}" for g in ("news-gold/de", "news-gold/en", "dev2/de", "hand/de")
              if g in info["honest"]}
        print(f"{name}: C={info['C']} thresholds {thresholds} nested gain {info['gain']} nested {ng}", flush=True)
        figures, carry = checks(sets, prefixes, model, data, thresholds)
        print(f"  checks: {figures}", flush=True)
        if base is None:
            base = carry
        elif carry:
            print(f"  {paired_gain(base, carry)} over {names[0]!r}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
