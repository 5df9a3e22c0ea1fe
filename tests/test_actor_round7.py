"""Round 7 actor classes (issue 14, German domestic news): parties of the German-speaking countries,
names whose words the dictionary knows ("Heinz Müller (FDP)"), Länder and cantons' adjectives and
governments. Paragraphs written for these tests."""

from __future__ import annotations

import pytest

from lagebild.extract.person_names import name_length, name_start, person_name
from lagebild.pipeline import Pipeline

from .test_actor_classes import actors


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["segment", "dates", "quantities", "mentions"])


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Das BSW stimmte gegen den Antrag.", "BSW", ("DEU", "LEG")),
    ("Die Freien Wähler kritisierten die Regierung in München.", "Freien Wähler", ("DEU", "LEG")),
    ("Die Unionsparteien lehnten den Vorschlag ab.", "Unionsparteien", ("DEU", "LEG")),
    ("In Wien verlangten die NEOS einen Untersuchungsausschuss.", "NEOS", ("AUT", "LEG")),
    ("Die KPÖ gewann in Graz die Gemeinderatswahl.", "KPÖ", ("AUT", "LEG")),
    ("Die SP Schweiz warnte vor höheren Mieten.", "SP Schweiz", ("CHE", "LEG")),
    ("Die FDP.Die Liberalen unterstützten den Bundesrat.", "FDP.Die Liberalen", ("CHE", "LEG")),
])
def test_parties_of_the_german_speaking_countries(pipe: Pipeline, text: str, phrase: str,
                                                  expected: tuple[str, str]) -> None:
    assert actors(pipe, "de", text).get(phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Das Robert-Koch-Institut meldete neue Fälle.", "Robert-Koch-Institut", ("DEU", "GOV")),
    ("Die IG Metall rief in Stuttgart zum Warnstreik auf.", "IG Metall", ("DEU", "CIV")),
    ("Der Deutsche Wetterdienst warnte vor Sturmböen.", "Deutsche Wetterdienst", ("DEU", "GOV")),
    ("Das Bundesheer schickte Soldaten in das Hochwassergebiet.", "Bundesheer", ("AUT", "MIL")),
])
def test_public_bodies_and_unions(pipe: Pipeline, text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert actors(pipe, "de", text).get(phrase) == expected


def test_party_leaders_resolve_by_name_and_surname(pipe: Pipeline) -> None:
    found = actors(pipe, "de", "In Erfurt sprach Sahra Wagenknecht vor Anhängern. Wagenknecht griff die Regierung an.")
    assert found.get("Sahra Wagenknecht") == ("DEU", "LEG")
    assert found.get("Wagenknecht") == ("DEU", "LEG")


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a given name before words the dictionary knows: a politician of the bracketed party's country
    ("In Hannover kritisierte Heinz Müller (FDP) den Haushalt.", "Heinz Müller", ("DEU", "LEG")),
    ("Der Antrag kam von Eva Fischer (ÖVP).", "Eva Fischer", ("AUT", "LEG")),
    # ... and the sentence's first word is not part of the name
    ("Auch Petra Zinkeisen (SPD) stimmte zu.", "Petra Zinkeisen", ("DEU", "LEG")),
    # ... and after a title noun, the title's sector and the article's country
    ("In Kassel kündigte Landrat Hans Weber Hilfen an.", "Landrat Hans Weber", ("DEU", "GOV")),
    ("Die Bürgermeisterin Anna Koch eröffnete in Graz die Messe.", "Bürgermeisterin Anna Koch", ("AUT", "GOV")),
])
def test_names_of_known_words(pipe: Pipeline, text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert actors(pipe, "de", text).get(phrase) == expected


def test_the_surname_alone_later_is_the_same_person(pipe: Pipeline) -> None:
    found = actors(pipe, "de", "In Kiel sprach Heinz Müller (FDP) im Landtag. Müller verlangte mehr Geld für Schulen.")
    assert found.get("Müller") == ("DEU", "LEG")


def test_a_given_name_alone_is_no_alias(pipe: Pipeline) -> None:
    """'Max' after 'Max Weberling (CSU)' may be anyone called Max: only the surname refers back."""
    found = actors(pipe, "de", "In Passau sprach Max Weberling (CSU). Weberling lobte Max und Moritz.")
    assert found.get("Weberling") == ("DEU", "LEG")
    assert "Max" not in found


def test_a_surname_that_is_also_a_given_name_refers_back(pipe: Pipeline) -> None:
    found = actors(pipe, "de", "In Boston sprach der Senator Barnaby Frank. Frank verlangte neue Regeln.")
    assert found.get("Frank") == ("USA", "GOV")


def test_a_bracket_after_a_body_is_no_name(pipe: Pipeline) -> None:
    """'die Landesregierung (CDU)': a body and its governing party, not a person called Landesregierung."""
    found = actors(pipe, "de", "In Dresden kündigte die Landesregierung (CDU) ein Gesetz an.")
    assert "Landesregierung" not in " ".join(k for k in found if found[k][1] == "LEG")


def test_person_name_needs_an_unknown_word_or_a_given_name() -> None:
    assert person_name(["Heinz", "Müller"], "de")
    assert person_name(["Zinkeisen"], "de")
    assert not person_name(["Polizei", "Tränengas"], "de")
    assert not person_name(["Heinz"], "de")  # a given name alone may be a word
    assert not person_name(["Cole", "Mallard"], "en")  # English: only unknown words mark names
    assert name_start(["Auch", "Petra", "Zinkeisen"], "de") == 1
    assert name_length(["Hans", "Weber", "Hilfen"], "de") == 2  # the name ends with its surname
    assert name_length(["Hans", "Peter", "Weber"], "de") == 3
    assert name_length(["Tessit", "Front"], "de") == 2  # an unknown word: every capitalised word, as before


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a Land's or canton's adjective is its country's, also in an article set elsewhere
    ("In Moskau kritisierte die bayerische Staatsregierung das Urteil.", "bayerische Staatsregierung",
     ("DEU", "GOV")),
    ("Die sächsische Polizei nahm in Prag zwei Männer fest.", "sächsische Polizei", ("DEU", "POL")),
    ("Der Thüringer Landtag billigte den Haushalt.", "Thüringer Landtag", ("DEU", "LEG")),
    ("Die Tiroler Landesregierung sperrte die Straße.", "Tiroler Landesregierung", ("AUT", "GOV")),
    ("Die Zürcher Kantonsregierung lehnte die Initiative ab.", "Zürcher Kantonsregierung", ("CHE", "GOV")),
    ("Die texanische Polizei fand die Waffe.", "texanische Polizei", ("USA", "POL")),
])
def test_region_adjectives_give_their_country(pipe: Pipeline, text: str, phrase: str,
                                              expected: tuple[str, str]) -> None:
    assert actors(pipe, "de", text).get(phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # "Vertreter von X" is X, as "Vertreter der X" is: no government of the article's country invented
    ("Vertreter von Amnesty International kritisierten die Polizei in Teheran.",
     "Vertreter von Amnesty International", (None, "NGO")),
    ("In Genf trafen sich Vertreter von Hamas.", "Vertreter von Hamas", ("PSE", "REB")),
    ("In Wien verhandelte eine Delegation von Russland.", "Delegation von Russland", ("RUS", "GOV")),
    ("Ein Sprecher vom Bundesheer bestätigte den Einsatz in Kärnten.", "Sprecher vom Bundesheer", ("AUT", "MIL")),
    ("In Kiew verhandelten Vertreterinnen der Ukraine.", "Vertreterinnen der Ukraine", ("UKR", "GOV")),
])
def test_representatives_of_an_actor(pipe: Pipeline, text: str, phrase: str, expected: tuple[str, str]) -> None:
    found = actors(pipe, "de", text)
    assert found.get(phrase) == expected
    assert not {"Vertreter", "Delegation", "Sprecher", "Vertreterinnen"} & set(found)


def test_a_representative_of_a_generic_body_keeps_the_context(pipe: Pipeline) -> None:
    """'Vertreter von Regierung und Opposition': no named actor after "von", the nouns stay apart."""
    found = actors(pipe, "de", "In Caracas trafen sich Vertreter von Regierung und Opposition.")
    assert found.get("Opposition") == ("VEN", "OPP")


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("A spokesman for Hamas said the talks in Cairo had failed.", "spokesman for Hamas", ("PSE", "REB")),
    ("A delegation from Russia arrived in Vienna.", "delegation from Russia", ("RUS", "GOV")),
])
def test_english_representatives(pipe: Pipeline, text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert actors(pipe, "en", text).get(phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a party name several German-speaking countries share: the article's country's party
    ("In Wien kritisierten die Grünen die Regierung. Die ÖVP wies das zurück.", "Grünen", ("AUT", "LEG")),
    ("In Bern verlangte die FDP eine Abstimmung.", "FDP", ("CHE", "LEG")),
    ("In Berlin kritisierten die Grünen die Regierung. Ein Diplomat in Wien schwieg.", "Grünen", ("DEU", "LEG")),
    # ... also for a name with the party in brackets
    ("Die Wahl in Graz gewann Hans Berger (Grüne).", "Hans Berger", ("AUT", "LEG")),
])
def test_shared_party_names(pipe: Pipeline, text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert actors(pipe, "de", text).get(phrase) == expected


def test_an_object_after_an_organisation_is_its_own_phrase(pipe: Pipeline) -> None:
    """'die Grünen den Kanzler': the party and its object, not a title of the party."""
    found = actors(pipe, "de", "In Berlin kritisierten die Grünen den Kanzler.")
    assert found.get("Grünen") == ("DEU", "LEG")
    assert found.get("Kanzler") == ("DEU", "GOV")


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # the genitive of a one-word organisation name ("des Verfassungsschutzes"), any such name
    ("Nach Angaben des Verfassungsschutzes wuchs die Szene.", "Verfassungsschutzes", ("DEU", "INTEL")),
    ("Ein Sprecher des Bundesheeres widersprach.", "Sprecher des Bundesheeres", ("AUT", "MIL")),
    # police headquarters are the police
    ("Die Polizeidirektion Hannover meldete zwei Festnahmen.", "Polizeidirektion", ("DEU", "POL")),
])
def test_organisation_genitives_and_police_offices(pipe: Pipeline, text: str, phrase: str,
                                                   expected: tuple[str, str]) -> None:
    assert actors(pipe, "de", text).get(phrase) == expected


def test_a_comma_apposition_after_an_organisation_still_joins(pipe: Pipeline) -> None:
    found = actors(pipe, "de", "Der Generalsekretär der Vereinten Nationen, Ban Ki-moon, verurteilte den Putsch.")
    assert "Generalsekretär der Vereinten Nationen" not in found


def test_a_surname_that_is_a_weekday_is_not_read_as_the_person_in_a_date(pipe: Pipeline) -> None:
    found = actors(pipe, "de", "In Berlin kritisierte Jerzy Montag (Grüne) das Gesetz. Am Montag tagte der Ausschuss.")
    assert found.get("Jerzy Montag") == ("DEU", "LEG")
    assert "Montag" not in found


@pytest.mark.parametrize(("lang", "text", "phrase", "expected"), [
    # the Soviet Union is Russia's, as in the converted Phoenix dictionaries: a Soviet leader in an
    # article set elsewhere no longer takes the article's country
    ("de", "In Washington erinnerte man an den sowjetischen Parteichef Michail Gorbatschow.",
     "sowjetischen Parteichef Michail Gorbatschow", ("RUS", "LEG")),
    ("en", "In 1979 Soviet troops entered Afghanistan.", "Soviet troops", ("RUS", "MIL")),
])
def test_soviet_is_russian(pipe: Pipeline, lang: str, text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert actors(pipe, lang, text).get(phrase) == expected
