"""The learned German doer picker (round 35, extract/doer_picker.py): candidates, features, the loader, and the pick
as the event builder uses it. Sentences are our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.extract import doer_picker as dp
from lagebild.extract.doer_picker import DoerPicker, Site, candidates, features, load_picker, picker_setting
from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline, _event_extractor, language_kit

# the rules drop "abgebrochen": an agentive verb in a passive with no doer named in its sentence
TEXT = "Frankreich berief den Botschafter ein. Die Verhandlungen mit Algerien wurden abgebrochen."


def _doc(text: str) -> Doc:
    return Pipeline(scorer=False)(Article(text, id="t", lang="de"))


def _tok(doc: Doc, word: str) -> int:
    return next(t.i for t in doc.tokens if t.text == word)


def _site(doc: Doc, word: str, **kw: object) -> Site:
    tok = _tok(doc, word)
    sent = doc.sentences[doc.tokens[tok].sent]
    return Site(tok, "REJECT", False, sent.tok_start, sent.tok_end, sent.i, **kw)  # type: ignore[arg-type]


def _case():  # noqa: ANN202
    return _event_extractor(language_kit("de")).case


def test_candidates_are_the_sentence_s_and_the_one_before_s_actors_with_their_place() -> None:
    doc = _doc(TEXT)
    found = [(m.text, m.actor.country if m.actor else None, w) for m, w in candidates(doc, _site(doc, "abgebrochen"))]
    assert ("Algerien", "DZA", "same") in found
    assert ("Frankreich", "FRA", "prev") in found
    assert all(w != "doc" for _, _, w in found)  # the main country is already a candidate


def test_the_main_country_is_a_fallback_candidate_only_where_no_nearer_one_is_of_it() -> None:
    doc = _doc("Frankreich berief den Botschafter ein. Es gab Streit. Die Verhandlungen mit Algerien wurden abgebrochen.")
    site = _site(doc, "abgebrochen", doc_country="FRA")
    where = {m.actor.country: w for m, w in candidates(doc, site) if m.actor}
    assert where == {"DZA": "same", "FRA": "doc"}


def test_features_tell_side_distance_preposition_case_and_roles() -> None:
    doc = _doc(TEXT)
    cands = [(m, w) for m, w in candidates(doc, _site(doc, "abgebrochen"))]
    algeria = next(m for m, _ in cands if m.text == "Algerien")
    france = next(m for m, _ in cands if m.text == "Frankreich")
    site = _site(doc, "abgebrochen", last_source=france)
    fa = features(doc, algeria, "same", site, _case(), cands)
    assert fa["where=same"] == 1.0 and fa["side=before"] == 1.0 and fa["prep=mit"] == 1.0
    assert fa["in_clause"] == 1.0 and 0 < fa["dist"] < 1
    assert "first_bare" not in fa and "last_doer_country" not in fa  # governed by "mit": no nominative
    ff = features(doc, france, "prev", site, _case(), cands)
    assert ff["where=prev"] == 1.0 and ff["first_bare"] == 1.0 and ff["sentence_start"] == 1.0
    assert ff["last_doer_country"] == 1.0 and ff["article=start"] == 1.0
    assert "side=before" not in ff and "in_clause" not in ff  # side and distance only within the sentence


def test_the_rules_target_is_no_candidate_but_its_country_is_a_feature() -> None:
    doc = _doc(TEXT)
    algeria = next(m for m, _ in candidates(doc, _site(doc, "abgebrochen")) if m.text == "Algerien")
    site = _site(doc, "abgebrochen", target=algeria)
    cands = candidates(doc, site)
    assert algeria not in [m for m, _ in cands]
    france = next(m for m, _ in cands if m.text == "Frankreich")
    assert "target_country" not in features(doc, france, "prev", site, _case(), cands)
    other = _doc("Algerien berief den Botschafter ein. Die Verhandlungen mit Algerien wurden abgebrochen.")
    target = next(m for m, _ in candidates(other, _site(other, "abgebrochen")) if m.tok_start > 4)
    site = _site(other, "abgebrochen", target=target)
    cands = candidates(other, site)
    assert cands and all(features(other, m, w, site, _case(), cands)["target_country"] == 1.0 for m, w in cands)


def test_an_object_article_before_a_mention_is_a_case_cue() -> None:
    doc = _doc("Gestern kritisierte den Präsidenten Frankreichs die Regierung der Türkei.")
    tok = _tok(doc, "kritisierte")
    site = Site(tok, "ACCUSE", False, 0, len(doc.tokens), 0)
    cands = candidates(doc, site)
    m = next(m for m, _ in cands if m.tok_start > 0 and doc.lowers[m.tok_start - 1] == "den")
    assert features(doc, m, "same", site, _case(), cands)["article=object"] == 1.0


def test_the_pick_needs_the_threshold() -> None:
    doc = _doc(TEXT)
    site = _site(doc, "abgebrochen")
    prefers_prev = {"where=prev": 4.0, "first_bare": 2.0, "where=same": -2.0}
    picked = DoerPicker(prefers_prev, -1.0, 0.5).pick(doc, site, _case())
    assert picked is not None and picked.text == "Frankreich"
    assert DoerPicker(prefers_prev, -1.0, 0.999).pick(doc, site, _case()) is None


def test_the_event_builder_takes_the_pick_where_the_rules_drop_the_trigger(monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = _event_extractor(language_kit("de"))
    monkeypatch.setattr(extractor, "doer_picker", None)
    assert not [e for e in _doc(TEXT).events if e.event_type == "REJECT"]
    monkeypatch.setattr(extractor, "doer_picker", DoerPicker({"where=prev": 4.0, "first_bare": 2.0}, -1.0, 0.5))
    ev = [e for e in _doc(TEXT).events if e.event_type == "REJECT"]
    assert [(e.source.country if e.source else None, e.trace["source_from"]) for e in ev] == [("FRA", "picked")]


def test_loader_without_a_model_file_says_so_and_leaves_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(dp, "find", lambda name, lang: None)
    monkeypatch.delenv("LAGEBILD_DOER_PICKER", raising=False)
    assert load_picker("de", True, said.append) is None
    assert said and "no de/doer_picker.json" in said[0] and "rules only" in said[0]
    said.clear()
    assert load_picker("de", None, said.append) is None and not said  # not asked for: silent


def test_loader_reads_the_file_and_its_switches(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "doer_picker.json"
    path.write_text(json.dumps({"weights": {"where=same": 1.0}, "bias": -0.5, "threshold": 0.6,
                                "default_on": False}), encoding="utf-8")
    monkeypatch.setattr(dp, "find", lambda name, lang: path)
    monkeypatch.delenv("LAGEBILD_DOER_PICKER", raising=False)
    assert load_picker("de") is None  # the file leaves it off
    picker = load_picker("de", True)
    assert picker is not None and picker.threshold == 0.6 and picker.weights == {"where=same": 1.0}
    monkeypatch.setenv("LAGEBILD_DOER_PICKER", "on")
    assert load_picker("de") is not None
    monkeypatch.setenv("LAGEBILD_DOER_PICKER", "off")
    assert load_picker("de") is None
    assert picker_setting(None) is None
    with pytest.raises(SystemExit):
        picker_setting("maybe")


def test_the_shipped_model_loads() -> None:
    path = dp.find(dp.MODEL_NAME, "de")
    assert path is not None
    picker = DoerPicker.from_json(json.loads(path.read_text(encoding="utf-8")))
    assert 0.5 <= picker.threshold < 1.0 and picker.weights
