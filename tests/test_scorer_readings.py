"""The scorer's reading features (extract/scorer_readings.py, round 30): where the side of a derived role is named."""

from __future__ import annotations

from datetime import date

from lagebild.extract.scorer import document_features
from lagebild.extract.scorer_readings import reading_features
from lagebild.model import Article
from lagebild.pipeline import Pipeline


def _by_type(text: str, lang: str) -> dict[str, dict[str, float]]:
    doc = Pipeline(scorer=False)(Article(text, id="t", lang=lang, published=date(2024, 5, 6)))
    return {e.event_type: reading_features(doc, e) for e in doc.events}


def test_a_derived_target_named_in_its_sentence_or_before() -> None:
    got = _by_type("Russian forces shelled the town of Kharkiv on Monday. Ukraine condemned the attack.", "en")
    assert got["ASSAULT"] == {"target_seen=sentence": 1.0}  # Kharkiv's country, read from the place
    assert got["ACCUSE"] == {"target_seen=before": 1.0}  # "the attack": the doer named a sentence back
    got = _by_type("Russland hat Charkiw angegriffen. Die Ukraine verurteilte den Angriff.", "de")
    assert got["ASSAULT"] == {"target_seen=sentence": 1.0} and got["ACCUSE"] == {"target_seen=before": 1.0}


def test_roles_read_from_mentions_add_nothing_and_features_carry_it() -> None:
    text = "Police arrested 20 protesters in Tehran on Sunday."
    assert _by_type(text, "en")["COERCE"] == {}
    doc = Pipeline(scorer=False)(Article("Russland hat Charkiw angegriffen.", id="t", lang="de",
                                         published=date(2024, 5, 6)))
    assert any("target_seen=sentence" in f for f in document_features(doc, doc.events))
