"""Round 33 (dequote33): German quoted names after their article, on sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def roles(text: str, lang: str = "de") -> list[tuple[str, str | None, str | None, str | None]]:
    doc = Pipeline(scorer=False)(Article(text, lang=lang))
    return [(e.event_type, e.source.text if e.source else None, e.source.country if e.source else None,
             e.target.country if e.target else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted name after its article fills the Vorfeld as the unquoted one does: the mark is no word of the phrase
    ("Berlin. Der „Arbeitskreis Wahlrecht“ wirft der Bundesregierung vor, die Reform zu blockieren.",
     ("ACCUSE", "Arbeitskreis", "DEU", "DEU")),
    ("Der »Deutsche Bauernverband« kritisierte Frankreich scharf.", ("ACCUSE", "Deutsche Bauernverband", "DEU", "FRA")),
    # base: REQUEST DEU->POL, the quoted doer read as the object
    ('Der "Polnische Bauernbund" forderte Deutschland zu Gesprächen auf.', ("REQUEST", "Polnische", "POL", "DEU")),
])
def test_quoted_name_in_the_vorfeld_is_the_subject(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in roles(text), roles(text)


@pytest.mark.parametrize(("text", "name"), [
    # an object article before the mark still marks the quoted name as no subject (base: ACCUSE DEU->FRA, the
    # accusative "Den" unseen behind the mark)
    ("Den „Deutschen Bauernverband“ kritisierte Frankreich scharf.", "Deutschen Bauernverband"),
    ("Berlin. Den „Arbeitskreis Wahlrecht“ kritisierte die Bundesregierung scharf.", "Arbeitskreis"),
])
def test_quoted_object_in_the_vorfeld_stays_no_subject(text: str, name: str) -> None:
    got = roles(text)
    assert all(r[1] != name for r in got), got


def test_english_quoted_name_is_read_as_the_name() -> None:
    # English already reads 'the "Islamic State" group' as the name: kept
    got = roles('BAGHDAD - The "Islamic State" group attacked Iraqi soldiers near Mosul on Monday.', "en")
    assert ("ASSAULT", "Islamic State", None, "IRQ") in got, got
