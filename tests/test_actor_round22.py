"""Round 22 actor coverage (issue 14): a bare state body that opens its sentence is not of the country its clause
names as the object. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline

from .german_doers import actor, events, read


@pytest.mark.parametrize("text", [
    "Die Regierung kritisierte Syrien scharf.",
    "Die Regierung kritisierte Syrien, Iran und Libyen.",
])
def test_a_bare_government_is_not_of_the_country_it_criticises(de_mentions: Pipeline, text: str) -> None:
    assert actor(read(de_mentions, text), "Regierung") == (None, "GOV")


def test_the_threatened_country_is_the_target_of_the_story_country(de_rules: Pipeline) -> None:
    text = "Israel warf Syrien die Unterstützung der Hisbollah vor. Die Regierung drohte Syrien mit Vergeltung."
    found = events(de_rules, text)
    assert ("THREATEN", "ISR", "SYR") in found
    assert ("THREATEN", "SYR", "SYR") not in found


@pytest.mark.parametrize("text, country", [
    # the country after a preposition or as a noun's genitive is no object of the clause
    ("Syrien wählte. Die Regierung schickte Truppen nach Syrien.", "SYR"),
    ("Syrien wählte. Die Regierung lobte die Armee Syriens.", "SYR"),
    # the body does not open the sentence: the article's country as before
    ("Syrien wählte. Am Montag lobte die Regierung die Wahl, sagte Syrien.", "SYR"),
    # a place after the body says whose it is
    ("Die Regierung in Damaskus kritisierte die Türkei.", "SYR"),
])
def test_other_readings_keep_their_country(de_mentions: Pipeline, text: str, country: str) -> None:
    assert actor(read(de_mentions, text), "Regierung") == (country, "GOV")


@pytest.mark.parametrize("text, word, country", [
    ("Die nationalistische MHP lehnte das Gesetz ab.", "MHP", "TUR"),
    ("Die Partei der Kommunisten der Republik Moldau verlor die Mehrheit.", "Moldau", "MDA"),
    ("Die rechtsliberale VVD trat aus der Koalition aus.", "VVD", "NLD"),
    ("Die Fünf-Sterne-Bewegung forderte Neuwahlen.", "Fünf-Sterne-Bewegung", "ITA"),
])
def test_world_parties_have_their_country(de_mentions: Pipeline, text: str, word: str, country: str) -> None:
    assert actor(read(de_mentions, text), word)[0] == country


@pytest.mark.parametrize("text, country", [
    ("In Dschidda nahm die Polizei drei Männer fest.", "SAU"),
    ("In Dschenin nahm die Polizei drei Männer fest.", "PSE"),
    ("In Tscheljabinsk nahm die Polizei drei Männer fest.", "RUS"),
])
def test_german_transliterations_of_cities_are_places(de_mentions: Pipeline, text: str, country: str) -> None:
    assert actor(read(de_mentions, text), "Polizei") == (country, "POL")


def test_a_writer_is_no_town(de_mentions: Pipeline) -> None:
    doc = read(de_mentions, "Die Polizei in Tschechow nahm drei Männer fest.")
    assert not [m for m in doc.mentions if m.kind == "place" and m.text == "Tschechow"]


def test_a_plural_of_drama_is_no_town(de_mentions: Pipeline) -> None:
    # GeoNames lists "Dramen" for Drammen (NOR); in German it is the plural of "Drama" (de/places_excluded.yaml)
    doc = read(de_mentions, "Die Opposition sprach von Dramen in der Regierung.")
    assert not [m for m in doc.mentions if m.text == "Dramen"]


def test_a_spanish_name_without_the_mothers_surname_is_the_person(de_mentions: Pipeline) -> None:
    # the dictionaries have "Alvaro Uribe Velez"; news writes "Álvaro Uribe" (before: a Venezuelan "Uribe")
    assert actor(read(de_mentions, "Präsident Álvaro Uribe besuchte Caracas."), "Uribe")[0] == "COL"


def test_two_given_names_are_no_one(de_mentions: Pipeline) -> None:
    assert actor(read(de_mentions, "Juan Carlos besuchte Caracas."), "Carlos") == (None, None)


def test_a_state_body_from_context_is_not_set_against_its_own_state(de_rules: Pipeline) -> None:
    # the story's country fills the bare body's side (event_parts.context_side), but never against that country by name
    found = events(de_rules, "In Syrien gehen die Kämpfe weiter. Die Regierung verurteilte Syrien scharf.")
    assert not any(t == "ACCUSE" and s == "SYR" for t, s, _ in found), found
    # the same body against its own people keeps the story's country: arrests are done at home
    found = events(de_rules, "In Syrien gehen die Kämpfe weiter. Die Armee nahm in Aleppo zwanzig Demonstranten fest.")
    assert any(t == "COERCE" and s == "SYR" for t, s, _ in found), found
