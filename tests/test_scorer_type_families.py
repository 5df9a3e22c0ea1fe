"""scripts/scorer_type_families.py (round 26, scr26): a threshold per PLOVER type family (verbal / material acts, from
the ontology's quad classes), taken by a language only where left-out sets, checked one by one, say it gains over one
threshold; the model file's per-type keys are what the shipped scorer reads."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import scorer_type_families as tf  # noqa: E402
from scorer_crossset import THRESHOLDS  # noqa: E402

from lagebild.extract.scorer import MODEL_PATH, EventScorer  # noqa: E402


def test_families_follow_the_ontology_quad_classes() -> None:
    assert {t for t in ("ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "CONSULT", "SUPPORT", "CONCEDE")
            if tf.family_of(t) == "verbal"} == {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "CONSULT",
                                                "SUPPORT", "CONCEDE"}
    for t in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "COOPERATE", "AID", "RETREAT", "NO_SUCH_TYPE"):
        assert tf.family_of(t) == "material"


def test_typed_thresholds_read_back_as_the_pair() -> None:
    typed = tf.typed("de", (0.2, 0.3))
    assert typed["de:ACCUSE"] == 0.2 and typed["de:ASSAULT"] == 0.3 and all(k.startswith("de:") for k in typed)
    assert tf.pair_of({"de": 0.3, "en": 0.25, "de:path=may_lack": 0.6, **typed}, "de") == (0.2, 0.3)
    assert tf.pair_of({"de": 0.3, "en": 0.25, "de:path=may_lack": 0.6, **typed}, "en") is None
    assert tf.pair_of({"de": 0.25}, "de") is None


def _result(gain: dict[str, object], p_gain: float = 0.0) -> dict[str, dict]:
    """A cross-set table whose every set gains ``gain(v, m)`` F1 at the pair (v, m) over rules 0.5."""
    return {name: {"rules": (0.5, 0.5, 0.5),
                   "model": {(v, m): (0.5 + p_gain, 0.5, 0.5 + f(v, m)) for v in THRESHOLDS for m in THRESHOLDS}}
            for name, f in gain.items()}


def _bump(v0: float, m0: float, top: float):  # noqa: ANN202 - a gain surface peaking at (v0, m0)
    return lambda v, m: max(top - 0.1 * (abs(v - v0) + abs(m - m0)), -0.05)


def test_families_are_taken_where_every_left_out_set_prefers_two_thresholds() -> None:
    result = _result({s: _bump(0.2, 0.3, 0.04) for s in ("news-gold", "dev2 a-e", "dev2 f-h", "hand")})
    pair, line = tf.decide(result)
    assert pair == (0.2, 0.3) and "verbal 0.2, material 0.3" in line
    assert tf.honest(result)["family_f1"] > tf.honest(result)["single_f1"]


def test_one_threshold_stays_where_the_sets_peak_on_the_diagonal_or_disagree() -> None:
    same = _result({s: _bump(0.25, 0.25, 0.04) for s in ("news-gold", "dev2", "gsr", "hand")})
    assert tf.decide(same)[0] is None
    # two sets want verbal low, two want it high: the pair chosen without a set misses on it
    split = _result({"news-gold": _bump(0.1, 0.3, 0.04), "dev2": _bump(0.1, 0.3, 0.04),
                     "gsr": _bump(0.5, 0.3, 0.04), "hand": _bump(0.5, 0.3, 0.04)})
    pair, _ = tf.decide(split)
    assert pair is None or pair[0] == pair[1]


def test_the_news_gold_bound_holds_for_a_pair() -> None:
    result = _result({"news-gold": lambda v, m: -0.05 if m >= 0.3 else 0.0, "hand": _bump(0.2, 0.4, 0.1)})
    (v, m), _ = tf.pick(result)
    assert m < 0.3


def test_the_shipped_model_keeps_one_threshold_per_family_where_it_has_per_type_ones() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    scorer = EventScorer.load()
    for lang in ("de", "en"):
        pair = tf.pair_of(data["thresholds"], lang)
        if pair is None:
            continue
        assert scorer.threshold(lang, "ACCUSE") == pair[0] and scorer.threshold(lang, "ASSAULT") == pair[1]
        assert data["crossset"][lang]["families"] == list(pair)


def test_the_trainer_takes_type_families_by_default() -> None:
    import train_event_scorer as tes

    args = tes.parser().parse_args([])
    assert args.type_families is True and tes.parser().parse_args(["--no-type-families"]).type_families is False
