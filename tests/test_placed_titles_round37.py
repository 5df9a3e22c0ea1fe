"""Round 37 (fupro37): an unknown person followed by a title whose country is the place right after it ("X,
Bürgermeister von Y") is that country's official, and "er" after it goes on with that person; before, the name
was no mention and the sentence's other country took the doer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.knowledge.explain import mentions
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Vincio Luna, Bürgermeister von Salvador, kritisierte Russland.", "Vincio Luna", "BRA"),
    ("Hubert Primus, Bürgermeister von Lyon, besuchte Berlin.", "Hubert Primus", "FRA"),
])
def test_a_name_before_a_placed_title_is_that_countrys_official(text: str, name: str, country: str) -> None:
    got = {m.text: m.actor.country for m in mentions(text, "de", None) if m.actor is not None}
    assert got.get(name) == country, got


def test_the_placed_person_is_the_doer_and_er_goes_on_with_him() -> None:
    got = event_rows("Vincio Luna, Bürgermeister von Salvador, kritisierte Russland. Er forderte Sanktionen gegen "
                     "Russland.", "de")
    assert ("ACCUSE", "BRA", "RUS") in got, got
    assert ("REQUEST", "BRA", "RUS") in got, got
    assert not any(s == "RUS" for _, s, _ in got), got


def test_a_title_whose_country_comes_from_further_away_names_nobody() -> None:
    """A guard: a title with no place after it inside the appositive keeps the unknown name unread."""
    got = {m.text for m in mentions("In Salvador wurde gewählt. Vincio Luna, Bürgermeister, kritisierte Russland.",
                                    "de", None)}
    assert "Vincio Luna" not in got, got


def test_a_businessman_with_a_nationality_is_that_countrys_and_er_goes_on_with_him() -> None:
    """"Unternehmer" is a company's sector noun that names an actor only with a country or a name (named_only)."""
    got = event_rows("Der österreichische Unternehmer Hubert Primus sprach in Wien. Er kritisierte Russland scharf.",
                     "de")
    assert ("ACCUSE", "AUT", "RUS") in got, got


def test_businessmen_alone_name_no_actor() -> None:
    """A guard: the bare plural, with no country or name, stays no actor (named_only_sectors)."""
    got = [m for m in mentions("Die Unternehmer protestierten gegen die Steuer.", "de", None) if m.kind == "actor"]
    assert not got, got


@pytest.mark.parametrize(("text", "country"), [
    ("Der Bürgermeister von Salvador, Vincio Luna, kritisierte Russland.", "BRA"),
    ("Der Politiker aus Ecuador, Vincio Luna, kritisierte Russland.", "ECU"),
    ("Der brasilianische Abgeordnete der Arbeiterpartei, Vincio Luna, kritisierte Russland.", "BRA"),
])
def test_a_name_between_commas_after_its_title_is_the_titles_actor(text: str, country: str) -> None:
    got = {m.text: m.actor.country for m in mentions(text, "de", None) if m.actor is not None}
    assert got.get("Vincio Luna") == country, got


def test_a_verb_ends_the_title_and_the_name_after_it_is_anothers() -> None:
    """A guard: "Die Regierung meldete, X, ..." is no title of X."""
    got = {m.text for m in mentions("Die brasilianische Regierung meldete, Vincio Luna, der Reporter, sei frei.",
                                    "de", None)}
    assert "Vincio Luna" not in got, got
