"""scripts/scorer_ablate.py: a variant sees only its feature families; labels, gold and score cache are the record's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import scorer_ablate  # noqa: E402
from scorer_data import Record  # noqa: E402


def _record() -> Record:
    feats = [{"type=AGREE": 1.0, "source_sector=GOV": 1.0, "source_dist": 0.2, "source_from=topic": 1.0},
             {"type=ASSAULT": 1.0, "negation": 1.0}]
    events = [{"event_type": "AGREE", "source": None, "target": None}, {"event_type": "ASSAULT", "source": None, "target": None}]
    return Record("dev2", "x1", "de", events, [True, False], feats, gold=None)


def test_filtered_keeps_only_the_variant_families() -> None:
    rec = _record()
    (out,) = scorer_ablate.filtered([rec], ("type=", "negation"))
    assert out.features == [{"type=AGREE": 1.0}, {"type=ASSAULT": 1.0, "negation": 1.0}]
    assert out.labels == rec.labels and out.events is rec.events
    assert out.topic == (True, False)  # topic candidates stay candidates though their feature is filtered away
    assert out._cache is rec._cache


def test_variants_leave_out_what_they_name() -> None:
    assert not set(scorer_ablate.ACTOR_PARTICULARS) & set(scorer_ablate.VARIANTS["no sectors"])
    assert not set(scorer_ablate.TYPE_FAMILIES) & set(scorer_ablate.VARIANTS["no type"])
    assert set(scorer_ablate.STRUCTURAL) <= set(scorer_ablate.VARIANTS["shipped + structural"])


def test_topic_candidates_need_nested_gain_and_an_admitted_language() -> None:
    import train_event_scorer as t

    assert t.topic_verdict("de", 1.70, 1.68, "de") == "kept"
    assert t.topic_verdict("de", 1.68, 1.70, "de") == "dropped"
    assert t.topic_verdict("en", 1.92, 1.89, "de").startswith("dropped")
    assert t.topic_verdict("en", 1.92, 1.89, "de, en") == "kept"


def test_the_default_feature_set_has_no_event_type_weights() -> None:
    import train_event_scorer as t

    small = t.FEATURE_SETS["small"]
    assert not any(p.startswith(t.TYPE_FAMILIES) for p in small)
    assert (set(small) - set(t.KEPT16)) | set(t.TYPE_FAMILIES) == set(t.FEATURE_SETS["typed"])  # round 16 adds KEPT16


def test_boosted_trees_fit_the_trainers_rows_and_rank_like_the_labels() -> None:
    from scorer_fit import Data, predict

    events = [{"event_type": "AGREE", "source": {"country": c}, "target": None} for c in "ABCDEFGHIJ" * 6]
    feats = [{"negation": 1.0} if n % 2 else {"lead=True": 1.0} for n in range(len(events))]
    rec = Record("dev2", "x", "de", events, [not n % 2 for n in range(len(events))], feats, gold=None)
    data = Data([rec])
    model = scorer_ablate.fit_boosted(data, [0], 1.0, {})
    (probs,) = predict(data, model, [0])
    assert min(probs[0::2]) > max(probs[1::2])  # the label follows the feature, and so does the model


def test_paired_gain_says_how_often_a_carry_gain_survives_resampling() -> None:
    """Counts are (gold, found, predicted, tp) per document: the same counts gain nothing, one more true event found in
    every document is a gain in every resample, one in one document of twenty in far fewer."""
    base = [(5, 2, 4, 2)] * 20
    assert scorer_ablate.paired_gain(base, base, rounds=200).startswith("carry gain +0.000")
    assert "above 0 in 0%" in scorer_ablate.paired_gain(base, base, rounds=200)
    assert "above 0 in 100%" in scorer_ablate.paired_gain(base, [(5, 3, 4, 3)] * 20, rounds=200)
    one = scorer_ablate.paired_gain(base, [(5, 3, 4, 3)] + base[1:], rounds=200)
    assert "above 0 in 100%" not in one and "above 0 in 0%" not in one
