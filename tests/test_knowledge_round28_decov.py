"""Round 28 (decov28): German doers the knowledge base lacked, written as German news writes them.

Each sentence is written for the test; without the round's entries these names resolved to nothing
(or, for the OAS, to an origin adjective of the USA)."""

from __future__ import annotations

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline
from tests.event_rows import event_rows, rules_only  # noqa: F401  (fixture)

_PIPE = Pipeline(["segment", "dates", "quantities", "mentions"])


def _actors(text: str, lang: str = "de") -> list[tuple[str, str | None, str | None]]:
    """(text, country, sector) of the actor mentions the mention stage finds."""
    doc = _PIPE(Article(text, id="t", lang=lang))
    return [(m.text, m.actor.country, m.actor.sector) for m in doc.mentions if m.kind == "actor" and m.actor]


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Mordpläne des Nationalsozialistischen Untergrunds wurden erst spät bekannt.",
     ("Nationalsozialistischen Untergrunds", "DEU", "REB")),
    ("Im Vorjahr beanstandete die Volksanwaltschaft viele Fälle.", ("Volksanwaltschaft", "AUT", "GOV")),
    ("Der Minister sagte dem Deutschlandfunk, er sei zufrieden.", ("Deutschlandfunk", "DEU", "MEDIA")),
    ("Der Bericht des Deutschlandfunks nannte keine Zahlen.", ("Deutschlandfunks", "DEU", "MEDIA")),
    ("Die GEW Niedersachsen zeigte sich nicht zufrieden.", ("GEW", "DEU", "CIV")),
    ("Das Kartellamt durchsuchte Büros von Edeka und Lidl.", ("Lidl", "DEU", "BUS")),
    ("Die Europäische Weltraumorganisation stellte das Projekt vor.", ("Europäische Weltraumorganisation", None, "IGO")),
    ("Der Bericht des Weltklimarats warnt vor Dürren.", ("Weltklimarats", None, "IGO")),
    ("Die Organisation für Islamische Zusammenarbeit tagte in Dschidda.",
     ("Organisation für Islamische Zusammenarbeit", None, "IGO")),
    ("Nach Angaben von Radio Bremen wurde die Akte gefunden.", ("Radio Bremen", "DEU", "MEDIA")),
    ("Laut Robert Koch-Institut breitet sich das Virus aus.", ("Robert Koch-Institut", "DEU", "GOV")),
    ("Die Ratingagentur Moody’s stufte das Land herab.", ("Moody’s", "USA", "BUS")),
    ("Der Sender berief sich auf den staatlichen National Health Service.", ("National Health Service", "GBR", "GOV")),
])
def test_german_names_resolve(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)


def test_a_person_by_surname_and_genitive() -> None:
    assert ("Suu Kyi", "MMR", "OPP") in _actors("Suu Kyi steht in Rangun unter Hausarrest.")
    assert ("Suu Kyis", "MMR", "OPP") in _actors("Die Weigerung Suu Kyis überraschte niemanden.")


def test_an_airline_named_after_its_country_is_the_company() -> None:
    """'Qatar Airways' is the airline (BUS), not Qatar's government; 'Cameroon Airlines' in German text is Cameroon's."""
    assert _actors("Eine Maschine der Qatar Airways musste umkehren.") == [("Qatar Airways", "QAT", "BUS")]
    assert ("Fluglinie Cameroon Airlines", "CMR", "BUS") in _actors(
        "Frankreich hat der Fluglinie Cameroon Airlines ein Flugverbot erteilt.")


def test_the_oas_is_no_american_origin() -> None:
    """'Organisation Amerikanischer Staaten' read 'Amerikanischer' as an origin of the USA before."""
    assert _actors("Die Organisation Amerikanischer Staaten verurteilte den Putsch.") == [
        ("Organisation Amerikanischer Staaten", None, "IGO")]


@pytest.mark.usefixtures("rules_only")
def test_events_with_the_new_doers() -> None:
    assert event_rows("Die Organisation Amerikanischer Staaten verurteilte den Putsch in Honduras.", "de",
                      source_id=True) == [("ACCUSE", "oas", "HND")]
    assert event_rows("Die Volksanwaltschaft kritisierte die Regierung in Wien scharf.", "de") == [("ACCUSE", "AUT", "AUT")]


def test_reporters_without_borders_abbreviation_is_not_the_sudanese_rsf() -> None:
    assert ("ROG", None, "NGO") in _actors("Laut ROG wurden zwei Blogger verurteilt.")
    assert ("RSF", "SDN", "REB") in _actors("Die RSF griffen die Stadt an.")


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Cuban American National Foundation sammelte Spenden.", "de"),
    ("The Foundation said it would appeal.", "en"),
    ("The Organization warned of famine.", "en"),
])
def test_a_generic_head_noun_is_no_phoenix_name(text: str, lang: str) -> None:
    """Phoenix lists "Foundation" (El Rukn, a Chicago gang) and "Organization" (Tanzim, and an IGO) as one-word names;
    each ends over 20 other organisations' names there, so it is a common noun, not a name."""
    assert _actors(text, lang) == []
