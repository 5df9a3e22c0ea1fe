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
