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


def test_shipped_model_keeps_events_with_both_actors_named() -> None:
    """Whatever its threshold after retraining: a filter, and clear visits with both sides named stay."""
    off = _tuples(Pipeline(scorer=False), TEXT_EN, "en")
    on = _tuples(Pipeline(scorer=True), TEXT_EN, "en")
    assert ("CONSULT", "FRA-GOV", "POL-GOV") in on
    assert ("CONSULT", "HUN-GOV", "CHN-GOV") in on
    assert set(on) <= set(off)  # a filter: it never adds or changes an event
    de = _tuples(Pipeline(scorer=True), TEXT_DE, "de")
    assert ("CONSULT", "FRA-GOV", "POL-GOV") in de


def test_shipped_model_rates_a_named_target_above_none() -> None:
    """The same announcement scores higher once its target is named: the shipped weights learned that
    target-less events are more often wrong (the news-gold scorer matches by type, source and target)."""
    from dataclasses import replace

    from lagebild.extract.scorer import features

    doc = Pipeline(scorer=False)(Article(TEXT_EN, id="t", lang="en", published=date(2024, 5, 6)))
    scorer = EventScorer.load()
    sanction = next(e for e in doc.events if e.event_type == "SANCTION" and e.target is None)
    named = replace(sanction, target=next(e for e in doc.events if e.target is not None).target,
                    trace={**sanction.trace, "target_from": "derived"})
    assert scorer.probability(features(doc, named, 1)) > scorer.probability(features(doc, sanction, 1))


SEED = ROOT / "gold" / "seed" / "seed-de-2024-10-23.jsonl"


def test_shipped_model_keeps_every_seed_gold_event_the_rules_find() -> None:
    """Issue 13: the seed article gives every gold event; the scorer must not drop one the rules found."""
    from lagebild.evaluate import evaluate, load_gold

    try:
        docs, _ = load_gold(SEED)
    except Exception:  # noqa: BLE001 - the seed text lies in ../shared, absent in some checkouts
        pytest.skip("seed article not present")
    if not docs:
        pytest.skip("seed article not present")
    off = evaluate(docs, lambda a: Pipeline(scorer=False)(a).events)
    on = evaluate(docs, lambda a: Pipeline(scorer=True)(a).events)
    assert off.overall.tp >= 15  # the rules find most of them
    assert on.overall.tp == off.overall.tp


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


def test_cli_scorer_switch_gives_the_pipelines_events(tmp_path: Path) -> None:
    """--scorer / --no-scorer print what the pipeline with and without the scorer finds, whatever the
    shipped threshold; a model file that drops target-less events (ours) shows the filter at work."""
    art = tmp_path / "a.txt"
    art.write_text(TEXT_EN, encoding="utf-8")
    cli = [sys.executable, "-m", "lagebild", "extract", str(art), "--lang", "en", "--published", "2024-05-06"]
    runs = {flag: subprocess.run([*cli, flag], capture_output=True, text=True, check=True).stdout.splitlines()
            for flag in ("--scorer", "--no-scorer")}
    assert len(runs["--no-scorer"]) == len(_tuples(Pipeline(scorer=False), TEXT_EN, "en"))
    assert len(runs["--scorer"]) == len(_tuples(Pipeline(scorer=True), TEXT_EN, "en"))
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


def _trainer():  # noqa: ANN202 - the training script as a module
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_event_scorer", ROOT / "scripts" / "train_event_scorer.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_training_picks_a_plateau_not_a_spike_and_deals_folds_by_document() -> None:
    """The threshold choice is smoothed (one lucky threshold does not win), and CV folds are grouped by
    document, each group spread over the folds, the same deal for the same seed."""
    from lagebild.evaluate import GoldDoc

    t = _trainer()
    # index 1 is a spike; 3..5 a plateau slightly lower at its peak
    assert t.best_threshold([0.50, 0.90, 0.50, 0.70, 0.72, 0.70, 0.40]) == 4
    assert t.best_threshold([0.6, 0.6, 0.6]) == 0  # ties keep more events
    recs = [t.Record("news-gold" if n % 3 else "gsr", f"d{n}", "en", [], [], [], GoldDoc(f"d{n}", "en", None, "x", "s", [], ""))
            for n in range(20)]
    deal = t.folds(recs, 5, seed=1)
    assert sorted(i for f in deal for i in f) == list(range(20))
    assert deal == t.folds(recs, 5, seed=1) and deal != t.folds(recs, 5, seed=2)
    assert all(any(recs[i].source == "gsr" for i in f) for f in deal)
