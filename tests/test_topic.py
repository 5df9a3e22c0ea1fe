"""The topic-actor model (extract/topic.py) and its candidates: ranked per document, proposed only where asked, never
output in rules mode, and kept by the scorer only above its floor."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from lagebild.extract.scorer import TOPIC_FLOOR, EventScorer, document_features, kept
from lagebild.extract.topic import CONTEXT_SENTENCES, TopicModel, is_topic, reading_window, topic_path
from lagebild.model import Article, Doc, Sentence, Token
from lagebild.pipeline import Pipeline, _event_extractor, language_kit

# written for these tests: Russia named in the title and acting; the third sentence's noun event has no doer of its own
TEXT_EN = ("Russia expels British diplomats.\n\nRussia said on Monday it would expel two British diplomats. "
           "Moscow accused London of spying. The expulsion was announced after talks in the capital.")
TEXT_DE = ("Russland weist britische Diplomaten aus.\n\nRussland hat am Montag zwei britische Diplomaten ausgewiesen. "
           "Moskau warf London Spionage vor. Die Ausweisung wurde nach Gesprächen bekanntgegeben.")


def _doc(text: str, lang: str, topic: bool | None, scorer: bool = False) -> Doc:
    return Pipeline(scorer=scorer, topic=topic)(Article(text, id="t", lang=lang, published=date(2024, 5, 6)))


def test_topic_model_ranks_the_story_s_doer_first_and_leaves_places_out() -> None:
    doc = _doc(TEXT_EN, "en", topic=False)
    model = TopicModel.of(doc, doc.events)
    assert [a.country for a in model.actors][:2] == ["RUS", "GBR"]
    first = model.actors[0]
    assert first.rank == 1 and first.lead and first.acted_before(1) and 0 < first.share < 1
    assert model.source_for(3, "RUS").country == "GBR"  # never the target's own country
    assert model.source_for(3, None).country == "RUS"
    places = _doc("Talks were held in Moscow. Talks were held in Moscow again.", "en", topic=False)
    assert TopicModel.of(places).actors == ()  # "in Moscow" is where, not who


def test_the_rules_doers_raise_a_topic_actor_s_share() -> None:
    doc = _doc(TEXT_EN, "en", topic=False)
    named = TopicModel.of(doc)  # by names alone
    acted = TopicModel.of(doc, doc.events)
    assert acted.actors[0].share > named.actors[0].share


def test_rules_mode_never_outputs_topic_candidates() -> None:
    for text, lang in ((TEXT_EN, "en"), (TEXT_DE, "de")):
        rules = _doc(text, lang, topic=None)  # scorer off: the topic component is left out
        assert not any(is_topic(e.trace) for e in rules.events)
        asked = _doc(text, lang, topic=True)
        extra = [e for e in asked.events if is_topic(e.trace)]
        assert [e.to_json() for e in asked.events if not is_topic(e.trace)] == [e.to_json() for e in rules.events]
        for e in extra:
            assert e.source is not None and e.source.country == "RUS"
            assert e.trace["topic_rank"] == 1 and e.trace["topic_gap"] >= 1


def test_topic_candidates_exist_and_carry_their_features() -> None:
    doc = _doc(TEXT_EN, "en", topic=True)
    topic = [(e, f) for e, f in zip(doc.events, document_features(doc, doc.events), strict=True) if is_topic(e.trace)]
    assert topic, "the expulsion of the third sentence has no doer of its own: the topic proposes Russia"
    for _, f in topic:
        assert f["source_from=topic"] == 1.0 and f["topic_rank=1"] == 1.0 and "topic_gap" in f
    rules_only = [e for e in doc.events if not is_topic(e.trace)]
    assert document_features(doc, rules_only) == [f for e, f in zip(doc.events, document_features(doc, doc.events),
                                                                     strict=True) if not is_topic(e.trace)]


def test_floor_and_a_model_not_trained_on_candidates(tmp_path: Path) -> None:
    assert kept(0.3, 0.2, topic=False) and not kept(0.3, 0.2, topic=True) and kept(TOPIC_FLOOR, 0.0, topic=True)
    doc = _doc(TEXT_EN, "en", topic=True)
    assert any(is_topic(e.trace) for e in doc.events)
    model = {"weights": {}, "bias": 5.0, "thresholds": {"en": 0.0}}
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    assert not any(is_topic(e.trace) for e in EventScorer.load(path)(doc))
    path.write_text(json.dumps({**model, "topic": ["de"]}), encoding="utf-8")  # trained on them, paid in German only
    assert not any(is_topic(e.trace) for e in EventScorer.load(path)(doc))
    path.write_text(json.dumps({**model, "topic": ["de", "en"]}), encoding="utf-8")
    assert any(is_topic(e.trace) for e in EventScorer.load(path)(doc))


def test_topic_candidates_are_proposed_only_in_the_languages_the_shipped_model_admits(monkeypatch) -> None:  # noqa: ANN001
    """Proposing reads the article a second time, so a language whose candidates the scorer would drop unweighed skips
    it; the trainer (topic=True) gets them in every language."""
    from lagebild import pipeline
    from lagebild.extract.scorer import scorer_topic

    admitted = scorer_topic()
    calls: list[str] = []
    real = pipeline.REGISTRY["topic"]
    monkeypatch.setitem(pipeline.REGISTRY, "topic", lambda doc, kit: (calls.append(doc.lang), real(doc, kit)))
    for text, lang in ((TEXT_EN, "en"), (TEXT_DE, "de")):
        _doc(text, lang, topic=None, scorer=True)
    assert calls == [lang for lang in ("en", "de") if lang in admitted]
    calls.clear()
    _doc(TEXT_EN, "en", topic=True)
    _doc(TEXT_EN, "en", topic=None, scorer=False)
    assert calls == ["en"]


def test_reading_window_takes_the_context_and_the_paragraph_before_each_doerless_sentence() -> None:
    sentences = [Sentence(i, 0, 0, i, i + 1, paragraph=0 if i < 3 else 1) for i in range(12)]
    tokens = [Token(i, "x", 0, 0, "x", "x", sent=i) for i in range(12)]  # one token a sentence: token i is in sentence i
    doc = Doc(Article("x", id="t", lang="de"), tokens=tokens, sentences=sentences)
    assert reading_window(doc) == frozenset()
    doc.doerless = frozenset({1})
    assert reading_window(doc) == frozenset({0, 1})
    doc.doerless = frozenset({11})
    assert reading_window(doc) == frozenset(range(3, 12))  # its paragraph from the start
    doc.sentences = [Sentence(i, 0, 0, i, i + 1, paragraph=i) for i in range(12)]
    assert reading_window(doc) == frozenset(range(11 - CONTEXT_SENTENCES, 12))


def test_topic_path_offers_only_triggers_with_no_doer_of_their_own() -> None:
    assert topic_path(lacking=False, may_lack=False, dropped=True) is None  # a doer named, or one its rule gives
    assert topic_path(lacking=True, may_lack=False, dropped=False) == "doerless"
    both = frozenset({"doerless", "may_lack"})
    assert topic_path(lacking=True, may_lack=True, dropped=True, offered=both) == "may_lack"
    assert topic_path(lacking=True, may_lack=True, dropped=False, offered=both) is None  # kept with an unknown doer
    assert topic_path(lacking=True, may_lack=True, dropped=True, offered=frozenset({"doerless"})) is None  # off


def test_the_second_read_is_sentence_local_and_finds_what_a_whole_read_finds() -> None:
    # written for these tests: unrelated sentences first, then the doerless expulsion far from the article's start
    filler = " ".join(f"Am {d}. Mai regnete es in der Stadt." for d in range(1, 9))
    text = ("Russland weist britische Diplomaten aus.\n\nRussland hat am Montag zwei britische Diplomaten ausgewiesen. "
            + filler + "\n\nZudem sollen neue Sanktionen verhängt werden.")
    doc = _doc(text, "de", topic=False)
    later = [s.i for s in doc.sentences if "Sanktionen" in doc.sentence_text(s.i)]
    marked = {doc.tokens[t].sent for t in doc.doerless}
    assert later and set(later) <= marked, "the first read marks the sentence whose trigger lacks a doer"
    assert reading_window(doc) != frozenset(range(len(doc.sentences))), "the filler is not read again"
    extractor = _event_extractor(language_kit("de"))
    local = extractor.topic_candidates(doc, doc.events)
    whole = copy.copy(extractor)
    whole._topics = TopicModel.of(doc, doc.events)
    full = [e for e in whole._extract(doc) if is_topic(e.trace)]
    assert local and [e.to_json() for e in local] == [e.to_json() for e in full]
    plain = _doc("Russland hat am Montag zwei britische Diplomaten ausgewiesen.", "de", topic=False)
    assert plain.doerless == frozenset() and extractor.topic_candidates(plain, plain.events) == []


def test_offered_paths_are_read_from_the_switch_and_a_wrong_name_is_one_line() -> None:
    from lagebild.extract.scorer import floor_of
    from lagebild.extract.topic import offered_paths

    assert offered_paths(None) == frozenset({"doerless"})
    assert offered_paths("doerless, may_lack") == frozenset({"doerless", "may_lack"})
    with pytest.raises(SystemExit, match="LAGEBILD_TOPIC_PATHS='maybe'"):
        offered_paths("maybe")
    assert floor_of({"de:path=may_lack": 0.8}, "de", "may_lack") == 0.8
    assert floor_of({"de:path=may_lack": 0.8}, "en", "may_lack") == TOPIC_FLOOR
    assert floor_of({"de:path=may_lack": 0.8}, "de", "doerless") == TOPIC_FLOOR
