"""Round 21 (hgb21): boosted trees in the model file. The plain-Python walk (extract/scorer.Trees) must give what
scikit-learn's predict_proba gives for the trees scripts/scorer_trees.py exports, and a model file with trees for one
language scores that language's events by them and the others' by the weights."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from lagebild.extract.scorer import EventScorer, Trees

pytest.importorskip("sklearn")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import scorer_trees  # noqa: E402


def _rows(n: int, seed: int) -> list[dict[str, float]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        f = {f"lang={rng.choice(['de', 'en'])}": 1.0, "doc_events": rng.random(), "trig_pos": round(rng.random(), 2)}
        if rng.random() < 0.5:
            f["target_from=mention"] = 1.0
        if rng.random() < 0.3:
            f["source_dist"] = rng.random()
        out.append(f)
    return out


def test_tree_walk_equals_scikit_learn() -> None:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    train = _rows(400, 1)
    y = np.array([int(f.get("target_from=mention", 0) + f["doc_events"] + (f.get("lang=de", 0) * f["trig_pos"]) > 1.0)
                  for f in train])
    vec = DictVectorizer(sparse=False).fit(train)
    model = HistGradientBoostingClassifier(random_state=0, early_stopping=False, **scorer_trees.PARAMS)
    model.fit(vec.transform(train), y)
    trees = Trees.from_json(json.loads(json.dumps(scorer_trees.export(model, list(vec.feature_names_)))))
    test = _rows(200, 2) + [{}]  # a row with no feature at all: every split reads 0
    expected = model.predict_proba(vec.transform(test))[:, 1]
    scorer = EventScorer({}, 0.0, {}, trees={"de": trees})
    got = [scorer.probability(f, "de") for f in test]
    assert max(abs(a - b) for a, b in zip(got, expected, strict=True)) < 1e-9


def test_trees_score_their_language_only(tmp_path: Path) -> None:
    """A file whose German trees say 'keep' whatever the features and whose weights say 'drop': German events are
    scored by the trees (read from the lang= feature or given), English ones by the weights."""
    model = tmp_path / "m.json"
    model.write_text(json.dumps({"weights": {}, "bias": -3.0, "thresholds": {"de": 0.5, "en": 0.5},
                                 "trees": {"de": {"features": ["doc_events"], "baseline": 1.0,
                                                  "trees": [[[0, 0.5, 1, 2], [2.0], [1.0]]]}}}))
    scorer = EventScorer.load(model)
    assert scorer.probability({"lang=de": 1.0, "doc_events": 0.2}) == pytest.approx(1 / (1 + 2.718281828459045 ** -3.0))
    assert scorer.probability({"doc_events": 0.9}, "de") == pytest.approx(1 / (1 + 2.718281828459045 ** -2.0))
    assert scorer.probability({"lang=en": 1.0, "doc_events": 0.2}) < 0.5
