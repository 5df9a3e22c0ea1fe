"""What scripts/train_event_scorer.py prints about a trained scorer: per-group CV figures, and the checks on data it
never fits or chooses on (the hand labels' hold-out part, the unseen gold, the test halves). Kept apart from the
choices so the trainer reads as its decisions."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from scorer_data import OWN_GOLD, Record
from scorer_fit import Data, figures, keep_mask, predict


def _line(name: str, fig: tuple[float, float, float]) -> str:
    return f"F1 {fig[2]:.3f} (P {fig[0]:.3f} R {fig[1]:.3f})"


def report(records: list[Record], chosen: dict[str, Any], honest: dict[str, tuple], insample: dict[str, tuple],
           base: dict[str, tuple], repeats: int, k: int) -> None:
    """Per source and language: rules, CV mean and spread over repeats, nested CV, in-sample."""
    print(f"chosen: C={chosen['C']}, source weights {chosen['weights']} (news-gold 1), thresholds {chosen['thresholds']}")
    for g in sorted(base):
        vals = [r[g][2] for r in chosen["per_repeat"]]
        sd = statistics.pstdev(vals)
        print(f"  {g:15s} rules {_line(g, base[g])} | {repeats}x{k}-fold CV F1 {statistics.mean(vals):.3f} "
              f"± {sd:.3f} [{min(vals):.3f}..{max(vals):.3f}] | nested CV {_line(g, honest[g])} | "
              f"in-sample {_line(g, insample[g])}")


def holdout_report(data: Data, model, thresholds: dict[str, float], shipped: Path) -> dict[str, dict[str, Any]]:  # noqa: ANN001
    """The hand labels' HOLD-OUT part (never fitted or chosen on): unseen precision and events kept per language
    for the rules, the model file being replaced and the new model; returned for the model file. Documents keep
    every feature: the new model's vocabulary ignores those it was not trained on, and the model being replaced
    needs its own families (judged on the new set only, it scored a model that never ran)."""
    import scorer_data

    from lagebild.extract.scorer import EventScorer

    held = scorer_data.hand(scorer_data.rules_pipeline(), None, part="holdout")
    if not held:
        return {}
    probs = predict(Data(held, data.vec), model, list(range(len(held))))
    rows = {"rules": [tuple(bool(x) for x in a.rules_mask()) for a in held],
            "new model": [keep_mask(a, p, thresholds) for a, p in zip(held, probs, strict=True)]}
    if shipped.is_file():
        old = EventScorer.load(shipped)
        rows["shipped model"] = shipped_masks(old, held)
    print(f"HOLD-OUT hand labels ({len(held)} documents, never trained or chosen on):")
    out: dict[str, dict[str, Any]] = {}
    for name, masks in rows.items():
        for lang, c in scorer_data.unseen(held, masks).items():
            print("  " + scorer_data.unseen_line(f"{lang} {name:13s}", c))
            if name == "shipped model":
                continue  # printed only: the file being replaced must not decide the new one (same flags, same file)
            out.setdefault(lang, {})[name] = {"kept": c[0], "right": c[1], "precision": round(c[1] / c[0], 3) if c[0] else 0.0,
                                              "right_found": c[2]}
    return out


def unseen_check(data: Data, model, thresholds: dict[str, float], pre_guard: dict[str, float],  # noqa: ANN001
                 shipped: Path) -> dict[str, dict[str, Any]]:
    """THE CHECK on the unseen gold (eval/unseen-gold/, real articles annotated in full; never fitted or chosen on):
    F1/P/R per language for the rules, the model file being replaced, the new model and, where the guard changed
    them, the thresholds CV chose before it. Printed and stored, never used for any choice. Every feature is kept,
    as in ``holdout_report``."""
    import scorer_data

    from lagebild.extract.scorer import EventScorer

    recs = scorer_data.unseen_gold(scorer_data.rules_pipeline(), None)
    if not recs:
        return {}
    probs = predict(Data(recs, data.vec), model, list(range(len(recs))))
    rows = {"rules": [tuple(bool(x) for x in a.rules_mask()) for a in recs],
            "new model": [keep_mask(a, p, thresholds) for a, p in zip(recs, probs, strict=True)]}
    if pre_guard != thresholds:
        rows["before guard"] = [keep_mask(a, p, pre_guard) for a, p in zip(recs, probs, strict=True)]
    if shipped.is_file():
        old = EventScorer.load(shipped)
        rows["shipped model"] = shipped_masks(old, recs)
    print(f"UNSEEN GOLD check ({len(recs)} articles annotated in full, never trained or chosen on)"
          + (f"; before the guard: {pre_guard}" if "before guard" in rows else "") + ":")
    out: dict[str, dict[str, Any]] = {}
    for name, masks in rows.items():
        for lang in sorted({a.lang for a in recs}):
            sub = [(a, m) for a, m in zip(recs, masks, strict=True) if a.lang == lang]
            p, r, f = scorer_data.prf([a.counts(m) for a, m in sub])
            print(f"  {lang} {name:13s}: F1 {f:.3f} (P {p:.3f}, R {r:.3f})")
            if name == "shipped model":
                continue  # as in holdout_report: the new file does not depend on the old one
            out.setdefault(lang, {})[name] = {"f1": round(f, 3), "precision": round(p, 3), "recall": round(r, 3)}
    return out


def shipped_masks(old: Any, recs: list[Record]) -> list[tuple[bool, ...]]:
    """What the model file being replaced keeps of each document (topic candidates only if it was trained on them)."""
    return [tuple(old.probability(f) >= old.threshold(a.lang, e["event_type"]) and (a.lang in old.topic or not t)
                  for f, e, t in zip(a.features, a.events, a.topic, strict=True)) for a in recs]


def test_report(data: Data, model, thresholds: dict[str, float], prefixes: tuple[str, ...] | None) -> None:  # noqa: ANN001
    """The news-gold and GSR test halves with the trained model: printed, never used for any choice."""
    import scorer_data


    pipeline = scorer_data.rules_pipeline()
    test = scorer_data.news_gold(pipeline, prefixes, half="test")
    if (OWN_GOLD / "plover").is_dir():
        test += scorer_data.own_gold(pipeline, prefixes, {"plover-gsr-test": "gsr"})
    tb = figures(test, [a.rules_mask() for a in test], {})
    ts = figures(test, predict(Data(test, data.vec), model, list(range(len(test)))), thresholds)
    for g in sorted(tb):
        print(f"  TEST {g:15s} rules {_line(g, tb[g])} -> with scorer {_line(g, ts[g])}")
