"""scripts/scorer_cv.py (round 20, scr20): the variants it compares are the ones named, and each family it tries names
features the scorer computes (a prefix that matches nothing would compare a variant with itself)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from lagebild.extract.scorer import document_features
from lagebild.model import Article
from lagebild.pipeline import Pipeline

pytest.importorskip("sklearn")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import scorer_cv  # noqa: E402
import scorer_fit  # noqa: E402


def test_variant_names_pick_features_model_and_strength() -> None:
    prefixes, fit, strength = scorer_cv.variant("small16")
    assert prefixes == scorer_cv.BASE and fit is scorer_fit.fit and strength == 0.1
    prefixes, _, strength = scorer_cv.variant("lr:0.3/+doc_events+kind_pair")
    assert prefixes == scorer_cv.BASE + ("doc_events", "kind_pair=") and strength == 0.3
    prefixes, fit, _ = scorer_cv.variant("hgb:2:50:0.1:10/small16")
    assert prefixes == scorer_cv.BASE and fit is not scorer_fit.fit
    assert scorer_cv.variant("cal:isotonic/+top")[0] == scorer_cv.BASE + ("source_top=", "target_top=")


def test_every_round20_family_names_features_the_scorer_computes() -> None:
    text = ("Polen kritisierte Russland scharf, sagte der Minister. Die USA könnten Sanktionen gegen Russland verhängen. "
            "Der Präsident traf Scholz in Berlin.")
    doc = Pipeline(scorer=False)(Article(text, id="t", lang="de", published=date(2024, 5, 6)))
    names = {k for f in document_features(doc, doc.events, candidates=True) for k in f}
    for family, prefixes in scorer_cv.ROUND20.items():
        assert any(n.startswith(prefixes) for n in names), family
