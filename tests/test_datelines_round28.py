"""Round 28 (dateline28): an agency dateline ("ISLAMABAD (Reuters) -") names where the story is filed: the place is
a location and never a side of the first sentence's act, the agency in brackets no actor. Own sentences."""

from __future__ import annotations

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

pytestmark = pytest.mark.usefixtures("rules_only")
from tests.event_rows import rules_only  # noqa: E402,F401  (the fixture, used by name above)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _read(pipe: Pipeline, text: str, lang: str):
    doc = pipe(Article(text, id="t", lang=lang))
    roles = [(e.event_type, e.source and e.source.text, e.target and e.target.text) for e in doc.events]
    return doc, roles


@pytest.mark.parametrize("text", [
    "ISLAMABAD (Reuters) - US drones killed militants in northwest Pakistan on Monday, officials said.",
    "Islamabad (Reuters) - US drones killed militants in northwest Pakistan on Monday.",
    "ISLAMABAD (Reuters) – US drones killed militants in northwest Pakistan on Monday.",
    "ISLAMABAD (Reuters) — US drones killed militants in northwest Pakistan on Monday.",
])
def test_the_agency_is_no_target_and_the_city_no_doer(pipe: Pipeline, text: str) -> None:
    doc, roles = _read(pipe, text, "en")
    # was target "Reuters"; since round 30 (enactors30) "US drones" is one actor phrase, the US military
    assert roles and all(r[0] == "ASSAULT" and r[1] == "US drones" for r in roles), roles
    assert not [m for m in doc.mentions if m.text == "Reuters"]
    city = next(m for m in doc.mentions if m.text.lower() == "islamabad")
    assert city.kind == "place" and city.is_location and city.place is not None and city.place.country == "PAK"


def test_a_dateline_with_a_region_and_ap(pipe: Pipeline) -> None:
    doc, roles = _read(pipe, "KYIV, Ukraine (AP) — Russian forces shelled the city of Kharkiv on Tuesday.", "en")
    assert [r[:2] for r in roles] == [("ASSAULT", "Russian forces")]
    assert all(m.text != "AP" for m in doc.mentions)
    assert next(m for m in doc.mentions if m.text == "KYIV").kind == "place"


def test_a_dateline_without_an_agency(pipe: Pipeline) -> None:
    doc, roles = _read(pipe, "WASHINGTON — The United States imposed sanctions on Iran on Friday.", "en")
    assert roles == [("SANCTION", "United States", "Iran")]
    assert doc.sentences[0].tok_end - doc.sentences[0].tok_start == 2  # "WASHINGTON —" is a sentence of its own


@pytest.mark.parametrize("text", [
    "Berlin (dpa) - Die Polizei hat in Hamburg drei Demonstranten festgenommen.",
    "Moskau (AFP/dpa) - Die Polizei hat in Hamburg drei Demonstranten festgenommen.",
    "Moskau (dpa) – Die Polizei hat in Hamburg drei Demonstranten festgenommen.",
])
def test_german_datelines(pipe: Pipeline, text: str) -> None:
    doc, roles = _read(pipe, text, "de")
    assert roles == [("COERCE", "Polizei", "Demonstranten")], roles
    assert not [m for m in doc.mentions if m.text in ("dpa", "AFP", "AFP/dpa")]
    assert doc.mentions[0].kind == "place" and doc.mentions[0].is_location


@pytest.mark.parametrize(("text", "lang"), [
    ("US drones killed militants in northwest Pakistan on Monday, Reuters reported.", "en"),
    ("Berlin - Paris: Die Polizei hat in Hamburg drei Demonstranten festgenommen.", "de"),
])
def test_no_dateline_is_unchanged(pipe: Pipeline, text: str, lang: str) -> None:
    doc, _ = _read(pipe, text, lang)
    assert len(doc.sentences) == 1
    if lang == "en":
        assert [m.text for m in doc.mentions if m.text == "Reuters"] == ["Reuters"]
