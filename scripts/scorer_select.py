"""The learned event scorer's model choice for scripts/train_event_scorer.py: strength, source weights and thresholds
by repeated grouped CV (``choose``), an honest nested estimate of that choice (``nested``), and the final fit made to
pass THE SEED CHECK (``finalize``). Split out of the trainer in round 25; ``FOLDS`` and ``NESTED_REPEATS`` are run-wide
choices the trainer's command line sets here."""

from __future__ import annotations

from itertools import product
from typing import Any

import scorer_choice
from scorer_choice import lang_groups, path_floor, per_type, pick_threshold
from scorer_data import Record
from scorer_fit import Data, Probs, figures, fit, folds, keep_mask, oof, predict, rule_hits_kept
from scorer_policy import lower, news_gold_ok

STRENGTHS = [0.1, 0.3, 1.0]  # scikit-learn's C: smaller is stronger L2 regularisation
# the GSR's weight is chosen by CV (on main 667de43 it chose 0: the GSR's one-sentence documents teach
# nothing that helps news-gold); the seed weighs 1 (CV cannot judge one document, and raising its weight
# made one article teach type weights that kept wrong AID events on unseen news): finalize() guards it
# round 26 (stab26b): the gsr and hand dimensions never separated beyond noise (within each strength the 6 settings'
# cross-set objectives differ by at most 0.0034, the paired sd of such a difference is 0.006-0.012), so they are fixed
# at the shipped model's values: a 6x smaller grid. SOURCE_WEIGHTS_WIDE is the grid before (scorer_stability.py --wide).
SOURCE_WEIGHTS_WIDE = {"gsr": (0.0, 0.5, 1.0), "seed": (1.0,), "hand": (1.0, 2.0)}  # news-gold weighs 1
SOURCE_WEIGHTS = {"gsr": (0.0,), "seed": (1.0,), "hand": (2.0,)}
# tried by finalize(): the seed must be kept, by its weight (round 9: no longer by a lower threshold unless none passes)
SEED_WEIGHTS = (1.0, 2.0, 3.0, 5.0, 10.0, 30.0)
FOLDS = 5
# round 14: fold deals inside each nested training fold (--nested-repeats), so the nested CV judges
# --threshold-rule as the final choice uses it
NESTED_REPEATS = 1
# the honest-gain guards leave the seed out: one document, and finalize() guards it in the written model


def choose(records: list[Record], data: Data, docs: list[int], k: int, repeats: int,
           types: bool = False) -> dict[str, Any]:
    """Strength, source weights and per-language thresholds with the best mean objective over ``repeats``
    grouped k-fold CVs of the given documents; also each repeat's figures at that choice (the spread)."""
    sub = [records[i] for i in docs]
    langs = sorted({a.lang for a in sub})
    present = {a.source for a in sub}
    grids = [tuple(ws) if s in present else (0.0,) for s, ws in SOURCE_WEIGHTS.items()]
    rules = figures(sub, [a.rules_mask() for a in sub], {})
    best: dict[str, Any] | None = None
    for c, combo in product(STRENGTHS, product(*grids)):
        weights = dict(zip(SOURCE_WEIGHTS, combo, strict=True))
        runs = [oof(records, data, docs, c, weights, k, seed) for seed in range(repeats)]
        thresholds, total = {}, 0.0
        for group in lang_groups(langs):
            t, value = pick_threshold(sub, runs, group, rules)
            thresholds.update(dict.fromkeys(group, t))
            total += value
        if best is None or total > best["objective"] + 1e-9:
            best = {"C": c, "weights": weights, "thresholds": thresholds, "objective": total, "runs": runs}
    assert best is not None
    # the spread: the threshold each repeat (one fold deal) would have chosen alone at the chosen strength and weights
    best["repeat_thresholds"] = {"/".join(group): [pick_threshold(sub, [p], group, rules)[0] for p in best["runs"]]
                                 for group in lang_groups(langs)}
    if types and not scorer_choice.SHARED_THRESHOLD:
        for lang in langs:
            per_type(sub, best["runs"], best["thresholds"], lang, rules)
    for lang, path in product(langs, scorer_choice.FLOORED_PATHS):
        path_floor(sub, best["runs"], best["thresholds"], lang, path)
    best["per_repeat"] = [figures(sub, p, best["thresholds"]) for p in best["runs"]]
    return best


NESTED_AT = {"de": 0.5, "en": 0.5}  # nested_keep's probabilities are 0 or 1: what each fold's model kept


def nested(records: list[Record], data: Data, k: int, types: bool = False
           ) -> tuple[dict[str, tuple], list[dict[str, float]], dict[str, tuple]]:
    """An honest estimate: strength, weights and thresholds chosen inside each training fold (one CV) and
    finalized (the seed check), then applied to the held-out documents, which took no part in any choice;
    also each fold's final thresholds (their spread says how steady the choice is) and the same figures with every
    topic candidate dropped (whether the candidates the model admits pay, per language: --topic)."""
    kept, plain, chosen = nested_keep(records, data, k, types)
    return figures(records, kept, NESTED_AT), chosen, figures(records, plain, NESTED_AT)


def nested_keep(records: list[Record], data: Data, k: int, types: bool = False
                ) -> tuple[Probs, Probs, list[dict[str, float]]]:
    """nested()'s per-document keep decisions (1.0 kept, 0.0 dropped; read at NESTED_AT), the same with every topic
    candidate dropped, and each fold's thresholds: per document, so that the topic verdict's spread can be resampled
    (round 27, stab27: scripts/scorer_stable_topic.py)."""
    kept: Probs = [[] for _ in records]
    chosen = []
    for fold in folds(records, k, seed=101):
        held = set(fold)
        train = [i for i in range(len(records)) if i not in held]
        ch = choose(records, data, train, k, repeats=NESTED_REPEATS, types=types)
        model, _, thresholds = finalize(records, data, train, ch)
        chosen.append(thresholds)
        for i, p in zip(fold, predict(data, model, fold), strict=True):
            kept[i] = [1.0 if k else 0.0 for k in keep_mask(records[i], p, thresholds)]
    plain = [[0.0 if t else x for x, t in zip(p, a.topic, strict=True)] for p, a in zip(kept, records, strict=True)]
    return kept, plain, chosen


def finalize(records: list[Record], data: Data, docs: list[int], ch: dict[str, Any],
             base: dict[str, tuple] | None = None, quiet: bool = True) -> tuple[Any, dict[str, float], dict[str, float]]:
    """The model fitted on ``docs`` with the chosen strength, weights and thresholds, made to pass THE SEED CHECK
    (issue 13: the seed keeps every gold event the rules find). Round 9: the check constrains, CV chooses. The
    thresholds stay as CV set them over every document of the language (the seed one of them); the lever is the
    seed's training weight, the lightest of SEED_WEIGHTS that passes (one article should teach no more than it
    must). Only when none passes is the seed's language lowered a step at a time, and the run says so. The guard's
    first rule then holds on the other documents' out-of-fold figures. Returns the model, weights and thresholds."""
    seed = [n for n in docs if records[n].source == "seed"]
    if not seed:
        return fit(data, docs, ch["C"], ch["weights"]), dict(ch["weights"]), dict(ch["thresholds"])
    sub = [records[n] for n in seed]
    lang = sub[0].lang
    rules = figures(sub, [a.rules_mask() for a in sub], {})["seed"][1] if base is None else base["seed"][1]
    thresholds = dict(ch["thresholds"])
    # round 26 (stab26b): a setting the cross-set choice scored at a heavier seed ships with no lighter one
    for w in [x for x in SEED_WEIGHTS if x >= ch["weights"].get("seed", 1.0)] or SEED_WEIGHTS[-1:]:
        weights = {**ch["weights"], "seed": w}
        model = fit(data, docs, ch["C"], weights)
        p_seed = predict(data, model, seed)
        if seed_kept(sub, p_seed, thresholds, rules):
            break
    lowered = not seed_kept(sub, p_seed, thresholds, rules)
    while not seed_kept(sub, p_seed, thresholds, rules) and lower(thresholds, lang):  # the last resort
        pass
    others = [n for n in docs if records[n].source != "seed"]
    o_recs = [records[n] for n in others]
    o_rules = figures(o_recs, [a.rules_mask() for a in o_recs], {})
    probs = oof(records, data, docs, ch["C"], weights, FOLDS, seed=0)
    o_probs = [p for n, p in zip(docs, probs, strict=True) if n in set(others)]
    while not news_gold_ok(figures(o_recs, o_probs, thresholds), o_rules, lang) and lower(thresholds, lang):
        pass  # the guard's first rule holds here too
    if not quiet:
        how = (f"no seed weight passes at CV's {lang} threshold {ch['thresholds'][lang]}: lowered to {thresholds[lang]}"
               if lowered else f"{lang} threshold {thresholds[lang]} (CV chose {ch['thresholds'][lang]})")
        print(f"  seed: weight {weights['seed']}, {how}: every seed gold event the rules find is kept")
    return model, weights, thresholds


def seed_kept(sub: list[Record], probs: Probs, thresholds: dict[str, float], rules: float) -> bool:
    """THE SEED CHECK: at these thresholds the seed keeps every gold event the rules find (its recall stays)."""
    return figures(sub, probs, thresholds)["seed"][1] >= rules - 1e-9 and rule_hits_kept(sub, probs, thresholds)
