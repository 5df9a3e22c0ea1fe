"""eval/scene_counts.py (round 26, scene26): the verdict on moving a generic actor to a scene's country, and the
scene a sentence before sets, read from a German text written here (no ../shared)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "eval"))
    spec = importlib.util.spec_from_file_location("scene_counts", ROOT / "eval" / "scene_counts.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize(("old", "new", "gold", "want"), [
    ("CHN", "NPL", {"NPL"}, "fix"),
    ("ISR", "DEU", {"ISR"}, "break"),
    ("DEU", "COD", {"COD", "DEU"}, "neutral"),
    ("GBR", "FRA", {"PSE"}, "neutral"),
    (None, "NPL", {"NPL"}, "fix"),
])
def test_verdict(old: str | None, new: str, gold: set[str], want: str) -> None:
    assert _tool().verdict(old, new, gold) == want


def test_scene_of_the_sentence_before() -> None:
    from lagebild.knowledge import resources
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    tool = _tool()
    text = ("China kritisierte die Proteste. In Nepal demonstrierten Exil-Tibeter vor der Botschaft. "
            "Die Menschen trugen Fahnen. Die Polizei nahm zwanzig von ihnen fest.")
    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(Article(text, id="t", lang="de"))
    preps = frozenset(resources.load("lexicon", "de").get("static_location_prepositions") or ())
    last = len(doc.sentences) - 1
    assert tool._scene(doc, last, 1, False, preps) is None  # the sentence right before names no place
    assert tool._scene(doc, last, 2, False, preps) == "NPL"
    assert tool._scene(doc, 1, 2, False, preps) is None  # "China" is an actor, not a place phrase
