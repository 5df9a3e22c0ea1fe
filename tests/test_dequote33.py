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
    # round 34 (deactors34): the whole name is the doer now (org_names), no longer its adjective alone
    ('Der "Polnische Bauernbund" forderte Deutschland zu Gesprächen auf.',
     ("REQUEST", "Polnische Bauernbund", "POL", "DEU")),
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


@pytest.mark.parametrize(("text", "expected"), [
    # a bare "die Union" in news of Germany is CDU/CSU (base: no doer, "Union" alone named nothing)
    ("Berlin. Die Union kritisierte die Bundesregierung scharf.", ("ACCUSE", "Union", "DEU", "DEU")),
    ("Berlin. Die Union übte Kritik an den Plänen der Bundesregierung.", ("ACCUSE", "Union", "DEU", "DEU")),
])
def test_bare_union_in_german_news_is_the_party(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in roles(text), roles(text)


@pytest.mark.parametrize("text", [
    # where the text names the EU (or a hyphen compound of it) the word is as likely the EU: no party
    "Brüssel. Die Union kritisierte Russland scharf. Die EU-Kommission will reagieren.",
    "Berlin. Die Union und ihre Mitgliedstaaten kritisierten Russland scharf.",
    # news of another country: no German party
    "Paris. Die Union kritisierte die französische Regierung scharf.",
    # no article before it: a name's part (the football club), not the party
    "Berlin. Der 1. FC Union Berlin kritisierte die Bundesregierung.",
])
def test_bare_union_stays_unread_near_the_eu_or_abroad(text: str) -> None:
    assert all(r[1] != "Union" for r in roles(text)), roles(text)


def test_union_is_no_party_in_english() -> None:
    got = roles("BERLIN - Union leaders criticised the German government on Monday.", "en")
    assert all(r[1] != "Union" for r in got), got
