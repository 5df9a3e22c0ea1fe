"""Round 6 actor classes: Kosovo (a country without an ISO 3166-1 code), German "Bundes-"
compounds, transliteration variants of foreign names."""

from __future__ import annotations

import pytest

from lagebild.knowledge.schema import check
from lagebild.pipeline import Pipeline

from .test_actor_classes import actors


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["segment", "dates", "quantities", "mentions"])


@pytest.mark.parametrize(("lang", "text", "phrase", "expected"), [
    ("de", "Die Regierung im Kosovo protestierte.", "Kosovo", ("XKX", "GOV")),
    ("de", "Die kosovarische Polizei nahm zwei Männer fest.", "kosovarische Polizei", ("XKX", "POL")),
    ("de", "Ministerpräsident Hashim Thaci reiste nach Brüssel.", "Ministerpräsident Hashim Thaci", ("XKX", "GOV")),
    ("en", "Kosovo police arrested two men near Pristina.", "Kosovo police", ("XKX", "POL")),
    ("en", "Kosovar officials rejected the plan.", "Kosovar officials", ("XKX", "GOV")),
])
def test_kosovo_is_a_country(pipe: Pipeline, lang: str, text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert actors(pipe, lang, text).get(phrase) == expected


def test_kosovo_code_passes_the_knowledge_check() -> None:
    assert not [p for p in check() if "XKX" in p]


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # German news: a "Bundes-" body is Germany's, also in an article set abroad
    ("Bundesinnenminister de Maizière traf in Kabul den afghanischen Präsidenten.", "Bundesinnenminister de Maizière",
     ("DEU", "GOV")),
    ("In Nairobi protestierten Studenten. Die Bundesregierung verurteilte die Gewalt.", "Bundesregierung",
     ("DEU", "GOV")),
    ("Der Bundesverkehrsminister besuchte Tansania.", "Bundesverkehrsminister", ("DEU", "GOV")),
    # ... Austria's or Switzerland's in an article set there
    ("In Wien trat die österreichische Regierung zusammen. Die Bundesregierung beschloss das Budget.",
     "Bundesregierung", ("AUT", "GOV")),
    ("In Bern tagte die Schweizer Regierung. Der Bundesrat beschloss neue Regeln.", "Bundesrat", ("CHE", "LEG")),
    ("Die Länder stoppten das Gesetz im Bundesrat.", "Bundesrat", ("DEU", "LEG")),
    # ... and a federation's court or police where the article is set there
    ("Ein Bundesgericht in Texas wies die Klage ab.", "Bundesgericht", ("USA", "JUD")),
])
def test_federal_bodies(pipe: Pipeline, text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert actors(pipe, "de", text).get(phrase) == expected


def test_a_federation_minister_is_not_read_as_the_article_country(pipe: Pipeline) -> None:
    """A US-set article's "Bundesregierung" is Germany's (German news calls Washington's the US-Regierung)."""
    found = actors(pipe, "de", "In Washington protestierten Tausende. Die Bundesregierung äußerte sich besorgt.")
    assert found.get("Bundesregierung") == ("DEU", "GOV")


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # glottal-stop marks of transliterated names: one spelling writes them, the dictionary does not
    ("Ajatollah Ali Chamene'i warnte den Westen.", "Ali Chamene'i", ("IRN", "GOV")),
    # the Arabic article glued to a surname ("al-Gaddafi"), which the dictionary leaves out
    ("Muammar al-Gaddafi empfing den Gesandten.", "Muammar al-Gaddafi", ("LBY", "GOV")),
    # the German spelling of armed groups without a home country
    ("Die Terrorgruppe al-Kaida bekannte sich zu dem Anschlag.", "al-Kaida", (None, "REB")),
    ("Kämpfer des Islamischen Staates griffen das Dorf an.", "Kämpfer des Islamischen Staates", (None, "REB")),
    ("Die UÇK legte die Waffen nieder.", "UÇK", ("XKX", "REB")),
])
def test_name_variants(pipe: Pipeline, text: str, phrase: str, expected: tuple[str | None, str]) -> None:
    assert actors(pipe, "de", text).get(phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a name before its party in brackets is that party's politician, and so is the surname later
    ("Gestern sagte Almut Quendelbrink (SPD), der Plan sei falsch.", "Almut Quendelbrink", ("DEU", "LEG")),
    ("Gestern sagte Almut Quendelbrink (SPD), der Plan sei falsch. Quendelbrink forderte Neuwahlen.",
     "Quendelbrink", ("DEU", "LEG")),
    ("Im Landtag widersprach Jorinde Wacholt (FPÖ) dem Minister.", "Jorinde Wacholt", ("AUT", "LEG")),
    # a compound title with an organisation or country before an unknown name
    ("Der CDU-Abgeordnete Hinnerk Talbrügge stimmte dagegen.", "CDU-Abgeordnete Hinnerk Talbrügge", ("DEU", "LEG")),
    ("US-Botschafter Corwin Ashbury protestierte.", "US-Botschafter Corwin Ashbury", ("USA", "GOV")),
])
def test_domestic_politicians(pipe: Pipeline, text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert actors(pipe, "de", text).get(phrase) == expected


def test_a_name_after_a_body_is_its_object_not_its_name(pipe: Pipeline) -> None:
    found = actors(pipe, "de", "Damals erklärte die US-Regierung Soleimani zum Terroristen.")
    assert found.get("US-Regierung") == ("USA", "GOV") and not any("Soleimani" in k for k in found)


def test_a_company_in_brackets_makes_no_politician(pipe: Pipeline) -> None:
    assert "Hinnerk Talbrügge" not in actors(pipe, "de", "Gestern sagte Hinnerk Talbrügge (Siemens), der Plan sei gut.")
