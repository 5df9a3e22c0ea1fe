#!/usr/bin/env python3
"""Train the learned event scorer (src/lagebild/extract/scorer.py) on the news-gold DEV half only.

Every event the rules emit (scorer off) is labelled by its (type, source country, target country)
tuple, with the rules of ../shared/tools/score_events.py: positive when the tuple matches a required
gold event, negative when it matches none, left out when it matches only optional ones. A logistic
regression is fitted; its strength and per-language thresholds are chosen by cross-validation grouped
by article, the figures printed, and weights written as JSON for plain-Python inference.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_event_scorer.py             # train, print CV figures, write the model
    .venv/bin/python scripts/train_event_scorer.py --dry-run   # figures only
    .venv/bin/python scripts/train_event_scorer.py --no-default-on   # ship it off by default (--default-on: on)

Run it again whenever the rules change: the events it filters are the rules' own.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "news-gold"
SCORER = ROOT.parent / "shared" / "tools" / "score_events.py"
THRESHOLDS = [round(0.05 * k, 2) for k in range(0, 17)]  # 0.0 keeps everything
STRENGTHS = [0.03, 0.1, 0.3, 1.0, 3.0]  # scikit-learn's C: smaller is stronger L2 regularisation
# feature families used (prefixes of extract/scorer.py's names). Chosen by nested CV on dev: with ~270
# labelled events all sets tried scored alike (full set de 0.493 / en 0.344, this one 0.490 / 0.357), so
# the smaller one; --features all uses every feature scorer.py computes.
FEATURE_SET = ("lang", "target_from", "source_from", "source_via", "same_country", "modality", "attributed",
               "nominal", "inherited", "quote", "lead")


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def collect(lemmas: bool, half: str = "dev", prefixes: tuple[str, ...] | None = FEATURE_SET) -> list[dict[str, Any]]:
    """One record per article: gold, events (scorer off), their features and tuple labels."""
    from lagebild.extract.scorer import document_features
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    halves = _module(ROOT / "eval" / "news_gold.py", "news_gold")
    score = _score()
    pipeline = Pipeline(scorer=False)
    out = []
    for aid in halves.ids(half, GOLD):
        gold_file = next(GOLD.glob(f"*/{aid}.json"))
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (gold_file.parent / gold["article"]).read_text(encoding="utf-8")
        doc = pipeline(Article(text, id=gold["article"], lang=gold["lang"],
                               published=date.fromisoformat(gold["published"])))
        events = [e.to_json() for e in doc.events]
        labels = []
        for e in events:
            cands = [g for g in gold["events"] if score.matches(g, score.tuple_of(e))]
            labels.append(None if cands and all(g.get("optional") for g in cands) else bool(cands))
        feats = [{k: v for k, v in f.items() if prefixes is None or k.startswith(prefixes)}
                 for f in document_features(doc, doc.events, lemmas)]
        out.append({"id": aid, "lang": doc.lang, "gold": gold, "events": events, "labels": labels, "features": feats})
    return out


_SCORE: list[ModuleType] = []


def _score() -> ModuleType:
    if not _SCORE:
        _SCORE.append(_module(SCORER, "score_events"))
    return _SCORE[0]


def figures(articles: list[dict[str, Any]], probs: list[list[float]], threshold: dict[str, float]) -> dict[str, tuple]:
    """P, R, F1 per language (and 'all') when events below the threshold are dropped, by the shared scorer."""
    score = _score()
    results: dict[str, list] = {}
    for a, p in zip(articles, probs, strict=True):
        kept = [e for e, x in zip(a["events"], p, strict=True) if x >= threshold.get(a["lang"], 0.0)]
        r = score.score_article(a["gold"], kept)
        results.setdefault(a["lang"], []).append(r)
        results.setdefault("all", []).append(r)
    return {k: score.prf(v) for k, v in results.items()}


def fit(articles: list[dict[str, Any]], strength: float):  # noqa: ANN201 - scikit-learn objects
    """Logistic regression over the labelled events; each tuple weighs one (its events share it)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs, ys, ws = [], [], []
    for a in articles:
        counts: dict[tuple, int] = {}
        keys = [(e["event_type"], (e["source"] or {}).get("country"), (e["target"] or {}).get("country"))
                for e in a["events"]]
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
        for f, y, k in zip(a["features"], a["labels"], keys, strict=True):
            if y is not None:
                xs.append(f)
                ys.append(int(y))
                ws.append(1.0 / counts[k])
    vec = DictVectorizer()
    model = LogisticRegression(C=strength, max_iter=2000, class_weight="balanced")
    model.fit(vec.fit_transform(xs), ys, sample_weight=ws)
    return vec, model


def predict(vec, model, articles: list[dict[str, Any]]) -> list[list[float]]:  # noqa: ANN001
    return [list(model.predict_proba(vec.transform(a["features"]))[:, 1]) if a["features"] else [] for a in articles]


def folds(articles: list[dict[str, Any]], k: int) -> list[list[int]]:
    """Article indices in k folds, each language dealt round-robin in id order: deterministic, grouped."""
    out: list[list[int]] = [[] for _ in range(k)]
    for lang in sorted({a["lang"] for a in articles}):
        for n, i in enumerate(i for i, a in enumerate(articles) if a["lang"] == lang):
            out[n % k].append(i)
    return out


def oof(articles: list[dict[str, Any]], strength: float, k: int) -> list[list[float]]:
    """Out-of-fold probabilities: each article scored by a model that never saw it."""
    probs: list[list[float]] = [[] for _ in articles]
    for fold in folds(articles, k):
        train = [a for i, a in enumerate(articles) if i not in fold]
        vec, model = fit(train, strength)
        for i, p in zip(fold, predict(vec, model, [articles[i] for i in fold]), strict=True):
            probs[i] = p
    return probs


def choose(articles: list[dict[str, Any]], k: int) -> tuple[float, dict[str, float], dict[str, tuple]]:
    """Strength and per-language thresholds with the best cross-validated F1: one strength for the
    model (best sum of the languages' F1), then each language's own threshold."""
    langs = sorted({a["lang"] for a in articles})
    best: tuple | None = None
    for c in STRENGTHS:
        probs = oof(articles, c, k)
        per_lang = {lang: max((figures(articles, probs, {lang: t})[lang][2], -t) for t in THRESHOLDS) for lang in langs}
        total = sum(f for f, _ in per_lang.values())
        if best is None or total > best[0] + 1e-9:
            best = (total, c, {lang: -t for lang, (_, t) in per_lang.items()}, probs)
    assert best is not None
    _, c, thresholds, probs = best
    return c, thresholds, figures(articles, probs, thresholds)


def nested(articles: list[dict[str, Any]], k: int) -> dict[str, tuple]:
    """An honest estimate: strength and thresholds chosen inside each training fold, then applied to
    the held-out articles, which took no part in any choice."""
    probs: list[list[float]] = [[] for _ in articles]
    kept: list[list[float]] = [[] for _ in articles]
    for fold in folds(articles, k):
        train = [a for i, a in enumerate(articles) if i not in fold]
        c, thresholds, _ = choose(train, k)
        vec, model = fit(train, c)
        for i, p in zip(fold, predict(vec, model, [articles[i] for i in fold]), strict=True):
            probs[i] = p
            kept[i] = [1.0 if x >= thresholds.get(articles[i]["lang"], 0.0) else 0.0 for x in p]
    return figures(articles, kept, {"de": 0.5, "en": 0.5})


def _default_on(choice: bool | None, path: Path) -> bool:
    """The switch as given, else as the model file being replaced had it (off for a first model)."""
    if choice is not None:
        return choice
    return path.is_file() and bool(json.loads(path.read_text(encoding="utf-8")).get("default_on"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--lemmas", action="store_true", help="add the trigger lemma as a feature")
    ap.add_argument("--features", default="small", choices=["small", "all"],
                    help="feature families: the chosen small set (default) or all that extract/scorer.py computes")
    ap.add_argument("--output", type=Path, default=ROOT / "src" / "lagebild" / "resources" / "common" / "event_scorer.json")
    ap.add_argument("--dry-run", action="store_true", help="print the cross-validated figures, write nothing")
    ap.add_argument("--default-on", action=argparse.BooleanOptionalAction, default=None,
                    help="whether the pipeline runs the scorer by default (default: keep the current model file's setting)")
    ap.add_argument("--score-test", action="store_true",
                    help="also print the test half's figures with the trained model (report only; never tune on it)")
    args = ap.parse_args()
    if not GOLD.is_dir() or not SCORER.is_file():
        print(f"news-gold not found at {GOLD} (or its scorer at {SCORER})", file=sys.stderr)
        return 2
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("scikit-learn is missing: pip install -e '.[train]'", file=sys.stderr)
        return 2
    prefixes = FEATURE_SET + (("lemma",) if args.lemmas else ()) if args.features == "small" else None
    articles = collect(args.lemmas, "dev", prefixes)
    n = sum(y is not None for a in articles for y in a["labels"])
    pos = sum(bool(y) for a in articles for y in a["labels"])
    print(f"dev: {len(articles)} articles, {n} labelled events ({pos} positive)")
    base = figures(articles, [[1.0] * len(a["events"]) for a in articles], {})
    strength, thresholds, cv = choose(articles, args.folds)
    print(f"chosen: C={strength}, thresholds {thresholds}")
    for lang in ("de", "en", "all"):
        (p0, r0, f0), (p, r, f) = base[lang], cv[lang]
        print(f"  dev {lang}: rules F1 {f0:.3f} (P {p0:.3f} R {r0:.3f}) -> {args.folds}-fold CV with scorer "
              f"F1 {f:.3f} (P {p:.3f} R {r:.3f})")
    honest = nested(articles, args.folds)
    for lang in ("de", "en", "all"):
        p, r, f = honest[lang]
        print(f"  dev {lang}: nested CV (choices made inside each training fold) F1 {f:.3f} (P {p:.3f} R {r:.3f})")
    vec, model = fit(articles, strength)
    weights = {name: round(float(w), 5) for name, w in zip(vec.feature_names_, model.coef_[0], strict=True) if abs(w) > 1e-6}
    data = {"about": "Logistic regression over rule events (extract/scorer.py); trained by scripts/train_event_scorer.py "
                     "on the news-gold dev half only.",
            "default_on": _default_on(args.default_on, args.output), "lemmas": bool(args.lemmas), "C": strength,
            "features": list(prefixes) if prefixes else "all",
            "thresholds": thresholds, "bias": round(float(model.intercept_[0]), 5),
            "cv": {lang: {"rules_f1": round(base[lang][2], 3), "cv_f1": round(cv[lang][2], 3),
                          "nested_cv_f1": round(honest[lang][2], 3), "nested_cv_precision": round(honest[lang][0], 3),
                          "nested_cv_recall": round(honest[lang][1], 3)} for lang in cv},
            "weights": dict(sorted(weights.items()))}
    top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:12]
    print("  strongest weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in top))
    if args.score_test:
        test = collect(args.lemmas, "test", prefixes)
        probs = predict(vec, model, test)
        tb, ts = figures(test, [[1.0] * len(a["events"]) for a in test], {}), figures(test, probs, thresholds)
        for lang in ("de", "en", "all"):
            print(f"  TEST {lang}: rules F1 {tb[lang][2]:.3f} (P {tb[lang][0]:.3f} R {tb[lang][1]:.3f}) -> with scorer "
                  f"F1 {ts[lang][2]:.3f} (P {ts[lang][0]:.3f} R {ts[lang][1]:.3f})")
    if not args.dry_run:
        args.output.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
