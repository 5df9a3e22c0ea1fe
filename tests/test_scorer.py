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
TEXT_EN = ("The French president visited Poland on Monday. Japan's government imposed new sanctions. "
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
    """The same sanction scores higher once its target is named: the shipped weights learned that
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

    def missed(report: object) -> set[str]:
        return {e["event"] for e in report.errors if e["kind"] == "missed"}  # type: ignore[attr-defined]

    # every gold event the rules find is still found (a topic candidate the scorer admits may find one more)
    assert missed(on) <= missed(off) and on.overall.tp >= off.overall.tp


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


def test_features_see_background_hearsay_and_repetition() -> None:
    """Written for this test: the same arrest told twice (a tuple the article repeats), once with an earlier
    year, once in the pluperfect and in Konjunktiv I; the actor kinds name how each side was resolved."""
    from lagebild.extract.scorer import document_features

    text = ("Die Polizei nahm am Montag in Minsk Dutzende Demonstranten fest. Schon 2009 hatte die Polizei in Minsk "
            "Demonstranten festgenommen, sagte ein Sprecher, die Lage sei angespannt.")
    doc = Pipeline(scorer=False)(Article(text, id="t", lang="de", published=date(2024, 5, 6)))
    coerce = [(e, f) for e, f in zip(doc.events, document_features(doc, doc.events), strict=True)
              if e.event_type == "COERCE"]
    assert len(coerce) == 2
    (first, f1), (second, f2) = coerce
    assert f1["told=2"] == f2["told=2"] == 1.0  # both events of the repeated tuple know it
    assert "old_year" not in f1 and "pluperfect" not in f1 and "subjunctive" not in f1
    assert f2["old_year"] == f2["pluperfect"] == f2["subjunctive"] == 1.0
    assert f1["source_kind=sector"] == 1.0  # "die Polizei" in Minsk: a country's sector, not a named actor
    one = document_features(doc, [first])[0]
    assert one["told=1"] == 1.0  # counted within the events given, nothing kept between calls


def _scorer_data():  # noqa: ANN202 - scripts/scorer_data.py as a module
    import importlib
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    return importlib.import_module("scorer_data")


def test_hand_labels_cite_their_source_and_hold_no_text() -> None:
    """The hand labels on unseen news name a file under ../shared/data and a line, row or document id,
    and each event by type, actor ids and offsets: never the article's words."""
    sd = _scorer_data()
    lines = sd.HAND_LABELS.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 100
    for line in lines:
        rec = json.loads(line)
        assert set(rec) <= {"corpus", "doc", "id", "lang", "published", "events"} and rec["lang"] in ("de", "en")
        assert not Path(rec["corpus"]).is_absolute() and ".." not in rec["corpus"]
        for etype, src, tgt, start, end, label in rec["events"]:
            assert etype.isupper() and isinstance(start, int) and isinstance(end, int) and start < end
            assert label in (True, False, None, "no-event") and all(x is None or " " not in x for x in (src, tgt))


def test_hand_counts_score_tuples_as_the_news_gold_scorer_does() -> None:
    """Right tuples are the gold (recall relative to what the rules found); a wrong tuple kept costs
    precision; an unjudged one counts neither way; a tuple with one right event is right."""
    sd = _scorer_data()

    def ev(t: str, s: str, g: str | None) -> dict:
        return {"event_type": t, "source": {"country": s}, "target": {"country": g} if g else None}

    events = [ev("COERCE", "BLR", "BLR"), ev("COERCE", "BLR", "BLR"), ev("AID", "USA", None), ev("SUPPORT", "DEU", None)]
    labels = [True, False, False, None]
    assert sd._hand_counts(events, labels, (True, True, True, True)) == (1, 1, 2, 1)
    assert sd._hand_counts(events, labels, (False, True, False, True)) == (1, 0, 1, 0)
    assert sd._hand_counts(events, labels, (True, False, False, False)) == (1, 1, 1, 1)


def test_hand_labels_find_the_rules_events(tmp_path: Path) -> None:
    """The loader rebuilds a labelled article from ../shared/data and labels the rules' events on it."""
    sd = _scorer_data()
    if not sd.DATA.is_dir():
        pytest.skip("../shared/data not present")
    some = tmp_path / "labels.jsonl"
    lines = sd.HAND_LABELS.read_text(encoding="utf-8").splitlines()[:4]
    some.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = sd.hand(Pipeline(scorer=False), None, path=some, part="all")
    assert len(recs) == 4
    # the stored judgements (not the rules' newer events, which no label judges yet) are found again; a misbuilt
    # article (wrong text or offsets) finds none. Rules that improve drop events judged wrong (round 15 dropped one of
    # these seven; round 23 the three "das Parlament" = PRT-LEG of one EU budget article), so the bar is the events
    # judged right: half of them at least, and some judged event at all
    stored = [ev[5] for line in lines for ev in json.loads(line)["events"]]
    right = sum(y is True for y in stored)
    found_right = sum(y is True for r in recs for y in r.labels)
    assert sum(y is not None for y in stored) >= 4 and right >= 2 and found_right >= 0.5 * right
    assert all(len(r.features) == len(r.events) for r in recs)


def test_hand_label_follows_the_judged_tuple_not_just_the_span() -> None:
    """A label judged one (type, source, target): an event of the same tuple whose span moved keeps it (the exact
    span first); one whose actors changed is unjudged; a misread trigger ("no-event") is wrong whatever the actors."""
    sd = _scorer_data()

    def ev(t: str, s: str | None, g: str | None, a: int, b: int) -> dict:
        return {"event_type": t, "source": {"actor_id": s} if s else None, "target": {"actor_id": g} if g else None,
                "evidence": {"start": a, "end": b}}

    labels = [["COERCE", "BGR-POL", "BGR", 10, 20, True], ["COERCE", "BGR-POL", "BGR", 15, 40, False],
              ["SUPPORT", "BGR-GOV", "BGR", 50, 60, "no-event"], ["ASSAULT", "ISR-MIL", "DEU", 70, 80, False]]
    assert sd.hand_label(labels, ev("COERCE", "BGR-POL", "BGR", 10, 20)) is True
    assert sd.hand_label(labels, ev("COERCE", "BGR-POL", "BGR", 15, 40)) is False
    assert sd.hand_label(labels, ev("COERCE", "BGR-POL", "BGR", 30, 35)) is False  # moved: the overlapping one
    assert sd.hand_label(labels, ev("SUPPORT", "DEU-GOV", None, 52, 58)) is False  # a misread trigger stays wrong
    assert sd.hand_label(labels, ev("ASSAULT", "ISR-MIL", "TUR", 70, 80)) is None  # a new target: not judged
    assert sd.hand_label(labels, ev("PROTEST", "BGR-CIV", "BGR", 10, 20)) is None


def test_a_null_hand_label_is_optional_and_counts_neither_way() -> None:
    """A stored null is news-gold's "optional" (a background or only implied event, GUIDELINES.md): the event
    matching it is unjudged, not wrong, so relabelling a debatable event to null takes it out of the measure."""
    sd = _scorer_data()
    ev = {"event_type": "ASSAULT", "source": None, "target": {"actor_id": "PSE"}, "evidence": {"start": 5, "end": 9}}
    assert sd.hand_label([["ASSAULT", None, "PSE", 0, 12, None]], ev) is None
    assert sd.hand_label([["ASSAULT", None, "PSE", 0, 12, False]], ev) is False


def test_hold_out_part_is_fixed_and_covers_both_languages() -> None:
    """About a third of the labelled documents, chosen by a hash of the id (no order, no randomness), with
    right and wrong events in both languages, so each round can report unseen precision honestly."""
    sd = _scorer_data()
    recs = [json.loads(line) for line in sd.HAND_LABELS.read_text(encoding="utf-8").splitlines()]
    held = [r for r in recs if sd.held_out(r["id"])]
    assert 0.2 * len(recs) < len(held) < 0.45 * len(recs)
    assert sd.held_out("wn-de-64109") == sd.held_out("wn-de-64109")
    for lang in ("de", "en"):
        labels = [e[5] for r in held if r["lang"] == lang for e in r["events"]]
        assert len(labels) >= 60 and True in labels and any(y is not True for y in labels)
    assert sum(len(r["events"]) for r in recs) >= 469 + 300  # round 5 and round 6's fresh labels


def test_guard_bounds_the_news_gold_loss_and_threshold_choice_respects_it() -> None:
    """The guard's first rule: a threshold may cost news-gold F1 at most NEWS_GOLD_TOLERANCE; the threshold
    choice only picks among thresholds that pass it (0, keeping every event, always passes)."""
    t = _trainer()
    base = {"news-gold/de": (0.68, 0.42, 0.521)}
    tol = t.NEWS_GOLD_TOLERANCE
    assert t.news_gold_ok({"news-gold/de": (0.8, 0.4, 0.521 - tol / 2)}, base, "de")
    assert not t.news_gold_ok({"news-gold/de": (0.9, 0.3, 0.521 - 2 * tol)}, base, "de")
    assert t.news_gold_ok({}, base, "en")  # a language without news-gold documents is not held to it
    assert t.best_threshold([0.5, 0.6, 0.9, 0.9], [True, True, False, False]) == 1
    assert t.best_threshold([0.5, 0.6, 0.9], [False, False, False]) == 0


def test_unseen_labels_keeps_the_hold_out_part_a_measure() -> None:
    """eval/unseen_labels.py lists events of the training part only: asked to show hold-out events it says so
    in one line and stops."""
    run = subprocess.run([sys.executable, str(ROOT / "eval" / "unseen_labels.py"), "--part", "holdout", "--show", "wrong"],
                         capture_output=True, text=True)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1 and "training part" in run.stderr


def test_features_see_questions_and_negation() -> None:
    """Written for this test: an event asked about and one negated are marked so; a plain one is neither. A German
    direct question tells no act since deprec39 (trigger_readings_de.direct_question): it never reaches the scorer."""
    from lagebild.extract.scorer import document_features

    for text, lang in (("Hat die Polizei in Minsk am Montag Demonstranten festgenommen? Die Polizei nahm in Minsk "
                        "nicht alle Demonstranten fest. Die Polizei nahm in Minsk Demonstranten fest.", "de"),
                       ("Did Japan impose sanctions on Russia? Japan did not impose sanctions on Russia. "
                        "Japan imposed sanctions on Russia.", "en")):
        doc = Pipeline(scorer=False)(Article(text, id="t", lang=lang, published=date(2024, 5, 6)))
        feats = document_features(doc, doc.events)
        if lang == "de":
            assert len(feats) == 2, text
            negated, plain = feats
        else:
            assert len(feats) == 3, text
            asked, negated, plain = feats
            assert asked.get("question") == 1.0 and "negation" not in asked
        assert negated.get("negation") == 1.0 and "question" not in negated
        assert "question" not in plain and "negation" not in plain


def test_a_per_type_threshold_overrides_its_languages(tmp_path: Path) -> None:
    """A model file of our own with "en": 0 (keep all) and "en:<TYPE>": above any probability for one type:
    that type's events go, the others stay; German and unknown languages fall back as before."""
    from lagebild.extract.scorer import threshold_of

    th = {"en": 0.3, "en:AGREE": 0.6, "*": 0.1}
    assert threshold_of(th, "en", "AGREE") == 0.6 and threshold_of(th, "en", "ACCUSE") == 0.3
    assert threshold_of(th, "de", "AGREE") == 0.1 and threshold_of({}, "de", "AGREE") == 0.0
    doc = Pipeline(scorer=False)(Article(TEXT_EN, id="t", lang="en", published=date(2024, 5, 6)))
    types = sorted({e.event_type for e in doc.events})
    assert len(types) >= 2, types
    model = tmp_path / "m.json"
    model.write_text(json.dumps({"weights": {}, "bias": 0.0, "thresholds": {"en": 0.0, f"en:{types[0]}": 1.01}}))
    kept = EventScorer.load(model)(doc)
    assert {e.event_type for e in kept} == set(types[1:])


def test_per_type_policy_is_kept_only_where_nested_cv_prefers_it_and_the_guard_can_undo_it() -> None:
    """type_policy keeps a language's per-type thresholds when their nested figures beat the language threshold's
    and news-gold passes the guard's first rule, else drops them; keep_every_event and lower reach type keys too."""
    t = _trainer()
    base = {"news-gold/de": (0.7, 0.4, 0.53), "news-gold/en": (0.5, 0.5, 0.49)}
    plain = {"news-gold/de": (0.7, 0.4, 0.53), "news-gold/en": (0.7, 0.4, 0.50), "hand/de": (0.4, 1.0, 0.52)}
    typed = {"news-gold/de": (0.8, 0.3, 0.45), "news-gold/en": (0.8, 0.4, 0.53), "hand/de": (0.6, 0.9, 0.70)}
    th = {"de": 0.3, "de:SUPPORT": 0.5, "en": 0.35, "en:AGREE": 0.5}
    honest = t.type_policy(th, plain, typed, base, force=False)
    # German: the typed objective is higher (hand/de) but news-gold/de falls by more than the tolerance
    assert th == {"de": 0.3, "en": 0.35, "en:AGREE": 0.5}
    assert honest["news-gold/en"] == typed["news-gold/en"] and honest["news-gold/de"] == plain["news-gold/de"]
    assert t.lower(th, "en") and th["en"] == 0.3 and th["en:AGREE"] == 0.45
    t.keep_every_event(th, "en")
    assert th == {"de": 0.3, "en": 0.0} and not t.lower({"en": 0.0}, "en")


def test_every_feature_family_the_trainer_selects_is_one_the_scorer_computes() -> None:
    """A family name that matches no feature is silently empty: round 6's "hedged" "negation" (no comma between)
    selected neither. Each prefix must start a name the scorer wrote on written sentences, or be one of
    extract/scorer.py's literal names (the rarer cues)."""
    import re

    from lagebild.extract.scorer import document_features

    src = (ROOT / "src" / "lagebild" / "extract" / "scorer.py").read_text(encoding="utf-8")
    names: set[str] = set()
    for text, lang in (("Schon 2009 hatte die Polizei in Minsk Demonstranten nicht festgenommen, sagte ein Sprecher, "
                        "die Lage sei angespannt. Polen warf Belarus in Berlin Menschenrechtsverletzungen vor.", "de"),
                       ("Did Japan impose sanctions on Russia? Japan imposed sanctions on Russia in Paris, officials "
                        "said.", "en")):
        doc = Pipeline(scorer=False)(Article(text, id="t", lang=lang, published=date(2024, 5, 6)))
        names |= {k for f in document_features(doc, doc.events) for k in f}
    t = _trainer()
    for prefix in t.FEATURE_SET + t.NEW_FEATURES:
        assert any(n.startswith(prefix) for n in names) or re.search(f"[\"']{re.escape(prefix)}", src), prefix
    assert "hedged" in t.NEW_FEATURES and "negation" in t.NEW_FEATURES



def test_dev2_files_are_training_documents_labelled_like_news_gold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every eval/dev2/*.jsonl (files other helpers write, absent on this branch) is read as training documents:
    the text rebuilt from its corpus, a rule event matching a required gold event positive, one matching only an
    optional event unjudged, one matching none negative; a document of a hold-out (here the unseen gold) is left out.
    The corpus and the annotation are written for this test."""
    sd = _scorer_data()
    if not sd.SCORER.is_file():
        pytest.skip("../shared/tools/score_events.py not present")
    data = tmp_path / "data"
    data.mkdir()
    (data / "mini.jsonl").write_text(json.dumps({"text": TEXT_DE, "date": "2024-05-06"}) + "\n", encoding="utf-8")
    monkeypatch.setattr(sd, "DATA", data)
    folder = tmp_path / "dev2"
    folder.mkdir()
    visit = {"id": "e1", "types": ["CONSULT"], "source": "FRA", "target": "POL", "start": 0, "end": 52,
             "symmetric": False, "optional": False}
    arrest = {"id": "e2", "types": ["COERCE"], "source": "BLR", "target": "BLR", "start": 53, "end": 106,
              "symmetric": False, "optional": True}
    rec = {"id": "de-t-1", "corpus": "mini.jsonl", "doc": "line 0", "lang": "de", "published": "2024-05-06",
           "topic": "diplomacy", "events": [visit]}
    held = json.loads((sd.UNSEEN_GOLD / "de.jsonl").read_text(encoding="utf-8").splitlines()[0])
    lines = [rec, {**rec, "id": "de-t-2", "events": [visit, arrest]}, held]
    (folder / "de-t.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    recs = sd.dev2(Pipeline(scorer=False), None, folder=folder)
    assert [(r.source, r.id, r.group) for r in recs] == [("dev2", "de-t-1", "dev2/de"), ("dev2", "de-t-2", "dev2/de")]
    first, second = ({e["event_type"]: y for e, y in zip(r.events, r.labels, strict=True)} for r in recs)
    assert first == {"CONSULT": True, "COERCE": False}
    assert second == {"CONSULT": True, "COERCE": None}
    assert recs[0].counts((True, True)) == (1, 1, 2, 1)  # the shared scorer counts it: one required event, two tuples
    t = _trainer()
    assert all(g in t.LANG_GROUPS[g[-2:]] and g in t.GUARDED for g in ("dev2/de", "dev2/en"))


def test_the_seed_check_constrains_by_weight_and_lowers_the_threshold_only_as_a_last_resort(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 9: the threshold CV chose stays when some seed weight lets the model keep every seed gold event the rules
    find; only when none does is the seed's language lowered (one article must not set a language's filter)."""
    from lagebild.evaluate import GoldDoc, GoldEvent

    t = _trainer()

    def ev(target: str) -> dict:
        return {"event_type": "COERCE", "source": {"country": "BLR"}, "target": {"country": target},
                "evidence": {"sentence_index": 0, "start": 0, "end": 1}, "attribution": [], "modality": "factual",
                "hedged": False, "denied_by": [], "quantities": []}

    feats = [{"good": 1.0}, {"bad": 1.0}]
    recs = [t.Record("hand", f"h{n}", "de", [ev("AAA"), ev("BBB")], [True, False], feats, None) for n in range(20)]
    gold = GoldDoc("seed", "de", None, "x", "seed", [GoldEvent("COERCE", "BLR", "AAA"), GoldEvent("COERCE", "BLR", "BBB")], "")
    recs.append(t.Record("seed", "seed", "de", [ev("AAA"), ev("BBB")], [True, True], feats, gold))
    data = t.Data(recs)
    ch = {"C": 1.0, "weights": {"gsr": 0.0, "seed": 1.0, "hand": 1.0}, "thresholds": {"de": 0.2}}
    everything = list(range(len(recs)))
    monkeypatch.setattr(t.scorer_select, "SEED_WEIGHTS", (1.0, 100.0))  # finalize() reads them there (round 25)
    model, weights, thresholds = t.finalize(recs, data, everything, ch)
    assert thresholds == {"de": 0.2} and weights["seed"] == 100.0
    assert all(p >= 0.2 for p in t.predict(data, model, [20])[0])
    monkeypatch.setattr(t.scorer_select, "SEED_WEIGHTS", (1.0,))  # no weight passes: the last resort lowers German
    model, weights, thresholds = t.finalize(recs, data, everything, ch)
    assert weights["seed"] == 1.0 and thresholds["de"] < 0.2
    assert t.seed_kept([recs[20]], t.predict(data, model, [20]), thresholds, 1.0)


def test_the_trainer_scores_the_gsr_in_plovers_codes_as_evaluate_does() -> None:
    """A future AID is PLOVER's AGREE (evaluate/plover.py): the trainer's GSR figures count it as `lagebild evaluate`
    does, so the threshold choice sees the same GSR F1 that is reported."""
    from lagebild.evaluate import GoldDoc, GoldEvent

    sd = _scorer_data()
    event = {"event_type": "AID", "modality": "future", "source": {"country": "USA"}, "target": {"country": "UKR"},
             "evidence": {"sentence_index": 0}, "trigger": "pledged", "attribution": [], "hedged": False, "denied_by": [],
             "quantities": []}
    gold = [GoldEvent("AGREE", "USA", "UKR")]
    coded = sd.Record("gsr", "g", "en", [event], [True], [{}], GoldDoc("g", "en", None, "x", "d", gold, "", plover=True))
    plain = sd.Record("gsr", "g", "en", [event], [True], [{}], GoldDoc("g", "en", None, "x", "d", gold, ""))
    assert coded.counts((True,)) == (1, 1, 1, 1) and coded.type_counts((True,)) == (1, 1, 1, 1)
    assert plain.counts((True,)) == (1, 0, 1, 0)


def test_topic_feature_families_are_computed_and_the_rules_figures_leave_candidates_out() -> None:
    """--topic adds TOPIC_FEATURES: each must name features the scorer writes for a topic candidate (extract/topic.py),
    and a record's rules mask keeps every rule event but no candidate. The text is written for this test."""
    from lagebild.extract.scorer import document_features, topic_features
    from lagebild.extract.topic import is_topic

    text = ("Russia expels British diplomats.\n\nRussia said on Monday it would expel two British diplomats. "
            "The expulsion was announced after talks.")
    doc = Pipeline(scorer=False, topic=True)(Article(text, id="t", lang="en", published=date(2024, 5, 6)))
    feats = document_features(doc, doc.events)
    names = {k for f, e in zip(feats, doc.events, strict=True) if is_topic(e.trace) for k in f}
    t = _trainer()
    for prefix in t.TOPIC_FEATURES:
        if prefix == "topic_path":  # written only for a path other than round 12's doerless one (round 14)
            assert not any(n.startswith(prefix) for n in names)
            assert "topic_path=may_lack" in topic_features({"topic_path": "may_lack"})
            continue
        assert any(n.startswith(prefix) for n in names), prefix
    rec = _scorer_data().Record("news-gold", "t", "en", [e.to_json() for e in doc.events], [None] * len(doc.events),
                                feats, None)
    assert rec.rules_mask() == [0.0 if is_topic(e.trace) else 1.0 for e in doc.events] and 0.0 in rec.rules_mask()


def test_dev2_parts_can_be_left_out_of_training(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--exclude-dev2 f,g,h: the parts named are not read, so a model trained without them can be scored on them."""
    sd = _scorer_data()
    if not sd.SCORER.is_file():
        pytest.skip("../shared/tools/score_events.py not present")
    data = tmp_path / "data"
    data.mkdir()
    line = json.dumps({"text": TEXT_DE, "date": "2024-05-06"}) + "\n"
    (data / "mini.jsonl").write_text(line + line, encoding="utf-8")
    monkeypatch.setattr(sd, "DATA", data)
    folder = tmp_path / "dev2"
    folder.mkdir()
    rec = {"id": "de-a-1", "corpus": "mini.jsonl", "doc": "line 0", "lang": "de", "published": "2024-05-06",
           "topic": "diplomacy", "events": []}
    (folder / "de-a.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    (folder / "de-b.jsonl").write_text(json.dumps({**rec, "id": "de-b-1", "doc": "line 1"}) + "\n", encoding="utf-8")
    assert [r.id for r in sd.dev2(Pipeline(scorer=False), None, folder=folder)] == ["de-a-1", "de-b-1"]
    assert [r.id for r in sd.dev2(Pipeline(scorer=False), None, folder=folder, exclude=("a",))] == ["de-b-1"]


def test_the_shipped_model_leaves_every_carry_part_out() -> None:
    """Round 15: the trainer's default leaves the carry parts out (so default mode on them is an honest check); 'none'
    trains on all, and a list is taken as given."""
    tes = _trainer()
    carry = tes.excluded_parts("carry").split(",")
    assert carry == sorted(tes.CARRY_PARTS) and {"i", "m", "n"} <= set(carry) and "f" not in carry
    assert tes.excluded_parts("none") == "" and tes.excluded_parts(" f, g ,") == "f,g"
    shipped = json.loads((Path(__file__).resolve().parent.parent / "src" / "lagebild" / "resources" / "common"
                          / "event_scorer.json").read_text(encoding="utf-8"))
    assert shipped["settings"]["options"]["exclude_dev2"] == ",".join(carry)


def test_threshold_rules_median_and_pin_read_the_repeats_steadily() -> None:
    """Round 14: each repeat's own plateau and their low median (one odd fold deal does not move the choice); a pinned
    language takes its value whatever the curve says; a pin off the grid is refused."""
    t = _trainer()
    assert t.median_pick([4, 8, 5]) == 5 and t.median_pick([4, 8]) == 4  # low median: stays on the grid
    assert t.pins("en=0.3, de=0.25") == {"en": 0.3, "de": 0.25}
    for bad in ("en=0.33", "en", "=0.3"):
        with pytest.raises(ValueError):
            t.pins(bad)


def test_records_know_each_candidate_s_path_and_its_floor_applies() -> None:
    """A may-lack candidate (feature topic_path=may_lack) is held to its path's floor where the trainer chose one;
    a doerless candidate and a rule event are not."""
    from lagebild.evaluate import GoldDoc

    t = _trainer()
    feats = [{"x": 1.0}, {"source_from=topic": 1.0}, {"source_from=topic": 1.0, "topic_path=may_lack": 1.0}]
    events = [{"event_type": "ASSAULT", "source": None, "target": None}] * 3
    rec = t.Record("news-gold", "d", "de", events, [True, True, False], feats, GoldDoc("d", "de", None, "x", "s", [], ""))
    assert rec.paths == ("", "doerless", "may_lack")
    assert t.keep_mask(rec, [0.6, 0.6, 0.6], {"de": 0.2}) == (True, True, True)
    assert t.keep_mask(rec, [0.6, 0.6, 0.6], {"de": 0.2, "de:path=may_lack": 0.7}) == (True, True, False)
    assert t.keep_mask(rec, [0.6, 0.6, 0.6], {"de": 0.2, "de:path=may_lack": 0.3}) == (True, True, True)  # >= 0.5
    assert t.filtered([rec], ("x",))[0].paths == rec.paths


def test_settings_are_recorded_without_where_the_file_goes() -> None:
    """The model file records the options that decide it (not its path or the printing flags), so reruns agree."""
    import argparse

    t = _trainer()
    args = argparse.Namespace(output=Path("/tmp/x.json"), dry_run=False, score_test=True, cache=None, default_on=True,
                              threshold_rule="median", repeats=5, pin_threshold="")
    out = t.settings(args)
    assert out["options"] == {"pin_threshold": "", "repeats": 5, "threshold_rule": "median"}
    assert "doerless" in out["topic_paths"]
