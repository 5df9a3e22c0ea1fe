"""Round 29 (enpassive29): capitals before a dash that open with a preposition, conjunction or pronoun are a headline
label ("IN THE NEWS -"), not an agency dateline: a place name never opens with one (lexicon
``place_name_not_openers``). Own sentences."""

from __future__ import annotations

import pytest

from lagebild.language.datelines import dateline_spans
from lagebild.model import Article
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(("text", "lang"), [
    ("IN THE NEWS - October 27, 2001: The United States imposed sanctions on Iran.", "en"),
    ("ON THIS DAY - The United States imposed sanctions on Iran.", "en"),
    ("AUS DER REGION - Die Polizei hat in Hamburg drei Demonstranten festgenommen.", "de"),
])
def test_a_label_is_no_dateline(pipe: Pipeline, text: str, lang: str) -> None:
    doc = pipe(Article(text, id="t", lang=lang))
    assert dateline_spans(doc) == [] and len(doc.sentences) == 1


@pytest.mark.parametrize(("text", "lang"), [
    ("THE HAGUE — The court ordered Serbia to pay compensation on Friday.", "en"),
    ("WASHINGTON — The United States imposed sanctions on Iran on Friday.", "en"),
    ("FRANKFURT AM MAIN (dpa) - Die Polizei hat drei Demonstranten festgenommen.", "de"),
])
def test_a_place_is_still_a_dateline(pipe: Pipeline, text: str, lang: str) -> None:
    doc = pipe(Article(text, id="t", lang=lang))
    assert len(dateline_spans(doc)) == 1 and len(doc.sentences) == 2
