"""Round 35 (fuen35): English leftovers. Ordering another country's troops to leave expels them (SANCTION expel, as
ordering an envoy out does); ordering one's own troops anywhere commands them and is no event of this rule. A
capitalised title before an outlet noun ("Time magazine") names the outlet: no town, no country guessed for it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, target", [
    ("Mali's junta ordered French troops to leave the country.", "FRA"),
    ("Russia ordered Ukrainian soldiers to leave Kursk.", "UKR"),
])
def test_ordering_foreign_troops_out_expels_them(text: str, target: str) -> None:
    rows = event_rows(text, "en")
    assert ("SANCTION", rows[0][1], target) in rows and rows[0][1] != target


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Putin ordered Russian troops to withdraw from the border.",
    "Mali's junta ordered Malian soldiers to leave the town.",
])
def test_ordering_ones_own_troops_is_no_expulsion(text: str) -> None:
    assert "SANCTION" not in [t for t, _, _ in event_rows(text, "en")]


def _mentions(text: str) -> list[tuple[str, str, str | None]]:
    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(Article(text, id="t", lang="en"))
    return [(m.text, m.via, m.actor.country if m.actor else m.place.country if m.place else None) for m in doc.mentions]


@pytest.mark.parametrize("text", [
    "Iran's foreign minister said in Time magazine that the talks had failed.",
    "Iran's foreign minister told the Herald newspaper that the talks had failed.",
])
def test_a_titled_outlet_is_no_place_and_of_no_guessed_country(text: str) -> None:
    found = _mentions(text)
    assert not any(via == "place" for _, via, _ in found)  # "Time" (a Norwegian town) is the magazine's title
    assert [(t, c) for t, via, c in found if via == "outlet"] == [(text.split()[-6], None)]


@pytest.mark.parametrize("text, country", [
    ("Iran's foreign minister told a Sunday newspaper that the talks had failed.", "IRN"),  # a day, no title
    ("Iran's foreign minister told the newspaper that the talks had failed.", "IRN"),
])
def test_an_outlet_noun_without_a_title_keeps_the_article_country(text: str, country: str) -> None:
    assert [c for t, via, c in _mentions(text) if t == "newspaper"] == [country]


def test_a_known_place_before_an_outlet_noun_stays_its_country() -> None:
    found = _mentions("The Moscow newspaper Kommersant reported that talks had failed.")
    assert [c for _, via, c in found if via != "outlet"] == ["RUS"]
