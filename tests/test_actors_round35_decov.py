"""Round 35 (decov35): German actor words the mention stage read as something else or not at all: a town or state
named with its body noun ("die Stadt Graz", "das Land Steiermark") is its government acting; Austria's
"Klubobmann"; a company's compound casts no vote for the article's country; federal bodies only Austria or
Switzerland has. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def _doc(text: str, lang: str = "de"):  # noqa: ANN202
    return Pipeline()(Article(id="t", text=text, lang=lang, published=date(2015, 5, 5)))


def _actors(text: str, lang: str = "de") -> dict[str, tuple[str | None, str | None]]:
    """Each actor mention's text -> (its country, its sector)."""
    return {m.text: (m.actor.country, m.actor.sector) for m in _doc(text, lang).mentions
            if m.kind == "actor" and m.actor is not None}


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Die Stadt Graz kritisierte den Innenminister scharf.", "Stadt Graz", "AUT"),
    ("Das Land Steiermark lehnte die Forderung ab.", "Land Steiermark", "AUT"),
    ("Der Kanton Zürich verklagte den Bund.", "Kanton Zürich", "CHE"),
    ("Der Freistaat Bayern klagt gegen den Finanzausgleich.", "Freistaat Bayern", "DEU"),
    ("Der Bürgermeister sprach für die Stadt Linz.", "Stadt Linz", "AUT"),
])
def test_a_town_or_state_named_with_its_body_noun_is_its_government(text: str, mention: str, country: str) -> None:
    assert _actors(text)[mention] == (country, "GOV")


@pytest.mark.parametrize("text", [
    "In der Stadt Graz protestierten Hunderte Menschen.",
    "Aus dem Land Tirol kamen viele Besucher.",
])
def test_in_a_locative_phrase_the_town_stays_a_place(text: str) -> None:
    doc = _doc(text)
    assert not any(m.via == "place-body" for m in doc.mentions)
    assert any(m.kind == "place" and m.place is not None and m.place.country == "AUT" for m in doc.mentions)


def test_the_towns_government_is_the_doer_of_its_act() -> None:
    events = _doc("Die Stadt Graz kritisierte den Innenminister scharf.").events
    assert [(e.event_type, e.source.text, e.source.country) for e in events if e.source is not None] \
        == [("ACCUSE", "Stadt Graz", "AUT")]


def test_english_has_no_place_bodies() -> None:
    doc = _doc("The city of Graz criticised the interior minister.", "en")
    assert not any(m.via == "place-body" for m in doc.mentions)


def _sectors(text: str) -> dict[str, str | None]:
    return {m.text: m.actor.sector for m in _doc(text).mentions if m.kind == "actor" and m.actor is not None}


@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("Der Klubobmann forderte in Wien ein neues Gesetz.", "Klubobmann", "LEG"),
    ("Die Klubobfrau kritisierte in Wien den Kanzler.", "Klubobfrau", "LEG"),
])
def test_austrias_parliamentary_group_leaders_are_actors(text: str, mention: str, sector: str) -> None:
    assert _sectors(text)[mention] == sector


def test_a_companys_compound_does_not_vote_for_the_articles_country() -> None:
    # the Facebook post says where the company sits, not where the story is: the Greens of a report set in Mödling
    # are Austria's
    doc = _doc("Ein Facebook-Beitrag sorgte für Ärger. Die Grünen klagten in Mödling gegen die Verfasserin.")
    ids = {m.actor.actor_id for m in doc.mentions
           if m.kind == "actor" and m.actor is not None and m.text.endswith("Grünen")}
    assert ids == {"gruene-at"}


def test_the_greens_stay_germanys_without_an_austrian_scene() -> None:
    doc = _doc("Ein Facebook-Beitrag sorgte für Ärger. Die Grünen klagten gegen die Verfasserin.")
    ids = {m.actor.actor_id for m in doc.mentions
           if m.kind == "actor" and m.actor is not None and m.text.endswith("Grünen")}
    assert ids == {"gruene"}


@pytest.mark.parametrize(("text", "mention", "country"), [
    # a German party named too: the federal rule alone would give Germany's
    ("Die Bundeswettbewerbsbehörde prüft die Fusion, sagte der CDU-Politiker.", "Bundeswettbewerbsbehörde", "AUT"),
    ("Das Bundesamt für Fremdenwesen und Asyl lehnte den Antrag ab.", "Bundesamt für Fremdenwesen und Asyl", "AUT"),
    ("Die Finma verhängte eine Strafe gegen die Bank.", "Finma", "CHE"),
])
def test_a_federal_body_only_one_country_has_is_that_countrys(text: str, mention: str, country: str) -> None:
    assert _actors(text)[mention][0] == country
