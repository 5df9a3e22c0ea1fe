"""The learned event scorer's fitting machinery for scripts/train_event_scorer.py: every labelled event as one
matrix, a weighted logistic regression, per-group figures at given thresholds, and document-grouped CV folds.
Kept apart from the choices (strength, weights, thresholds, the guard) that the training script makes with it."""

from __future__ import annotations

import random
from typing import Any

from scorer_data import Record, prf

from lagebild.extract.scorer import floor_of, kept, threshold_of

Probs = list[list[float]]


class Data:
    """All labelled events as one dense matrix (the vocabulary of every document's features; no labels
    involved), each document's rows, labels and per-tuple weights: fitting a fold only selects rows."""

    def __init__(self, records: list[Record], vec: Any = None) -> None:
        import numpy as np
        from sklearn.feature_extraction import DictVectorizer

        self.vec = vec or DictVectorizer(sparse=False).fit([f for a in records for f in a.features] or [{}])
        self.rows: list[list[int]] = []
        ys, ws, n = [], [], 0
        for a in records:
            keys = [(e["event_type"], (e["source"] or {}).get("country"), (e["target"] or {}).get("country"))
                    for e in a.events]
            counts = {k: keys.count(k) for k in set(keys)}
            self.rows.append(list(range(n, n + len(a.events))))
            n += len(a.events)
            ys += [-1 if y is None else int(y) for y in a.labels]
            ws += [1.0 / counts[k] for k in keys]  # a tuple's events share one weight: the scorer counts tuples
        feats = [f for a in records for f in a.features]
        self.x = self.vec.transform(feats) if feats else np.zeros((0, len(self.vec.feature_names_)))
        self.y, self.w = np.array(ys, dtype=int), np.array(ws)
        self.source = np.array([a.source for a in records for _ in a.events], dtype=object)


def fit(data: Data, docs: list[int], strength: float, weights: dict[str, float]):  # noqa: ANN201 - scikit-learn
    """Logistic regression over the labelled events of the given documents; each event weighs its source's
    weight divided by the number of events sharing its tuple."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows = np.array([r for i in docs for r in data.rows[i]], dtype=int)
    src_w = np.array([weights.get(s, 1.0) for s in data.source[rows]]) if len(rows) else np.zeros(0)
    rows = rows[(data.y[rows] >= 0) & (src_w > 0)]
    model = LogisticRegression(C=strength, max_iter=200, class_weight="balanced", solver="newton-cholesky")
    model.fit(data.x[rows], data.y[rows], sample_weight=data.w[rows] * np.array([weights.get(s, 1.0) for s in data.source[rows]]))
    return model


def predict(data: Data, model, docs: list[int]) -> Probs:  # noqa: ANN001
    """Each document's event probabilities."""
    rows = [r for i in docs for r in data.rows[i]]
    p = list(model.predict_proba(data.x[rows])[:, 1]) if rows else []
    out, n = [], 0
    for i in docs:
        out.append(p[n: n + len(data.rows[i])])
        n += len(data.rows[i])
    return out


def figures(records: list[Record], probs: Probs, thresholds: dict[str, float]) -> dict[str, tuple[float, float, float]]:
    """P, R, F1 per group (news-gold/de, news-gold/en, gsr, gsr type-only, seed) when events below their
    language's (or language and type's, "de:SUPPORT") threshold are dropped."""
    per: dict[str, list] = {}
    for a, p in zip(records, probs, strict=True):
        mask = keep_mask(a, p, thresholds)
        per.setdefault(a.group, []).append(a.counts(mask))
        if a.source == "gsr":
            per.setdefault("gsr type-only", []).append(a.type_counts(mask))
    return {g: prf(c) for g, c in per.items()}


def rule_hits_kept(records: list[Record], probs: Probs, thresholds: dict[str, float]) -> bool:
    """Every rule event labelled right is kept, one by one: recall alone let an admitted topic candidate hide a dropped
    seed event (round 23: the trees lost the seed's AID KOR->none while a topic candidate found another)."""
    return all(k or not y or t for a, p in zip(records, probs, strict=True)
               for k, y, t in zip(keep_mask(a, p, thresholds), a.labels, a.topic, strict=True))


def keep_mask(a: Record, probs: list[float], thresholds: dict[str, float]) -> tuple[bool, ...]:
    """Which of a document's events reach their threshold, as the shipped scorer decides (threshold_of)."""
    return tuple(kept(x, threshold_of(thresholds, a.lang, e["event_type"]), t, floor_of(thresholds, a.lang, path))
                 for x, e, t, path in zip(probs, a.events, a.topic, a.paths, strict=True))


def folds(records: list[Record], k: int, seed: int) -> list[list[int]]:
    """Document indices in k folds: each group shuffled by ``seed`` and dealt round-robin (grouped by
    document, every group in every fold; deterministic)."""
    out: list[list[int]] = [[] for _ in range(k)]
    n = 0
    for group in sorted({a.group for a in records}):
        idx = [i for i, a in enumerate(records) if a.group == group]
        random.Random(seed).shuffle(idx)
        for i in idx:
            out[n % k].append(i)
            n += 1
    return out


def oof(records: list[Record], data: Data, docs: list[int], strength: float, weights: dict[str, float], k: int,
        seed: int) -> Probs:
    """Out-of-fold probabilities of the given documents: each scored by a model that never saw it."""
    probs: Probs = [[] for _ in docs]
    for fold in folds([records[i] for i in docs], k, seed):
        held = set(fold)
        model = fit(data, [d for n, d in enumerate(docs) if n not in held], strength, weights)
        for n, p in zip(fold, predict(data, model, [docs[n] for n in fold]), strict=True):
            probs[n] = p
    return probs
