"""The learned event scorer: its switch, its per-document determinism, and that Event.trace stays internal."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from lagebild.extract.scorer import MODEL_PATH, EventScorer, scorer_enabled
from lagebild.model import Article
from lagebild.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
# written for these tests: two events with a named target, one announcement with none
TEXT_EN = ("The French president visited Poland on Monday. Japan's government announced new sanctions. "
           "Hungary's foreign minister met his Chinese counterpart in Beijing.")
TEXT_DE = "Der französische Präsident besuchte am Montag Polen. Die Polizei nahm in Minsk mehrere Demonstranten fest."


def _tuples(pipeline: Pipeline, text: str, lang: str, aid: str = "t") -> list[tuple]:
    doc = pipeline(Article(text, id=aid, lang=lang, published=date(2024, 5, 6)))
    return [(e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            for e in doc.events]


def test_trace_is_filled_but_never_in_the_json() -> None:
    doc = Pipeline(scorer=False)(Article(TEXT_EN, id="t", lang="en", published=date(2024, 5, 6)))
    assert doc.events
    for ev in doc.events:
        assert ev.trace["target_from"] in ("mention", "derived", "none")
        assert (ev.trace["target_from"] == "none") == (ev.target is None)
        assert "trace" not in ev.to_json()


def test_shipped_model_drops_the_targetless_announcement_and_keeps_the_visits() -> None:
    off = _tuples(Pipeline(scorer=False), TEXT_EN, "en")
    on = _tuples(Pipeline(scorer=True), TEXT_EN, "en")
    assert ("SANCTION", "JPN-GOV", None) in off and ("SANCTION", "JPN-GOV", None) not in on
    assert ("CONSULT", "FRA-GOV", "POL-GOV") in on
    assert ("CONSULT", "HUN-GOV", "CHN-GOV") in on
    assert set(on) <= set(off)  # a filter: it never adds or changes an event


def test_scorer_is_per_document_and_order_independent() -> None:
    pipeline = Pipeline(scorer=True)
    texts = [(TEXT_EN, "en", "a"), (TEXT_DE, "de", "b"), (TEXT_EN, "en", "c")]
    forward = [_tuples(pipeline, t, lang, aid) for t, lang, aid in texts]
    backward = [_tuples(pipeline, t, lang, aid) for t, lang, aid in reversed(texts)][::-1]
    alone = [_tuples(Pipeline(scorer=True), t, lang, aid) for t, lang, aid in texts]
    assert forward == backward == alone
    assert forward[0] == forward[2]


def test_threshold_and_weights_decide(tmp_path: Path) -> None:
    """A model file of our own: weights against target-less events, a threshold of 0.5."""
    model = tmp_path / "m.json"
    model.write_text(json.dumps({"weights": {"target_from=none": -4.0}, "bias": 2.0, "thresholds": {"en": 0.5}}))
    scorer = EventScorer.load(model)
    assert scorer.probability({"target_from=none": 1.0}) < 0.5 < scorer.probability({"target_from=mention": 1.0})
    doc = Pipeline(scorer=False)(Article(TEXT_EN, id="t", lang="en", published=date(2024, 5, 6)))
    kept = scorer(doc)
    assert kept and all(e.target is not None for e in kept) and len(kept) < len(doc.events)


def test_switch_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_SCORER", "off")
    assert scorer_enabled() is False and "scorer" not in Pipeline().components
    monkeypatch.setenv("LAGEBILD_SCORER", "on")
    assert scorer_enabled() is True and "scorer" in Pipeline().components
    assert scorer_enabled(False) is False  # the caller's choice wins
    monkeypatch.delenv("LAGEBILD_SCORER")
    assert scorer_enabled() == bool(json.loads(MODEL_PATH.read_text())["default_on"])


def test_cli_no_scorer_keeps_more(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text(TEXT_EN, encoding="utf-8")
    cli = [sys.executable, "-m", "lagebild", "extract", str(art), "--lang", "en", "--published", "2024-05-06"]
    runs = {flag: subprocess.run([*cli, flag], capture_output=True, text=True, check=True).stdout.splitlines()
            for flag in ("--scorer", "--no-scorer")}
    assert len(runs["--scorer"]) < len(runs["--no-scorer"])
    assert set(runs["--scorer"]) <= set(runs["--no-scorer"])


def test_features_follow_the_event_when_the_trace_disagrees() -> None:
    """An event built elsewhere (no trace) or copied onto a second target is judged by its own target."""
    from dataclasses import replace

    from lagebild.extract.scorer import features

    doc = Pipeline(scorer=False)(Article(TEXT_EN, id="t", lang="en", published=date(2024, 5, 6)))
    with_target = next(e for e in doc.events if e.target is not None)
    without = next(e for e in doc.events if e.target is None)
    assert "target_from=derived" in features(doc, replace(with_target, trace={}), 1)
    assert "target_from=derived" in features(doc, replace(without, target=with_target.target), 1)
    assert "target_from=none" in features(doc, replace(with_target, target=None), 1)
