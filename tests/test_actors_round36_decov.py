"""Round 36 (decov36): an unknown person named with the government body it speaks for ("Patrick Kamanda von der
Umweltbehörde Ugandas sagte") is that body's country, and a subject pronoun in the next sentence goes on with the
person over the body's phrase. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def _doc(text: str, lang: str = "de"):  # noqa: ANN202
    return Pipeline()(Article(id="t", text=text, lang=lang, published=date(2015, 5, 5)))


def _actors(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    """Each actor mention's text -> (its country, its sector, how it was found)."""
    return {m.text: (m.actor.country, m.actor.sector, m.via) for m in _doc(text).mentions
            if m.kind == "actor" and m.actor is not None}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Patrick Kamanda von der Umweltbehörde Ugandas sagte, die Lage sei ernst.", "Patrick Kamanda", "UGA"),
    ("Jana Novak vom tschechischen Innenministerium kritisierte den Plan.", "Jana Novak", "CZE"),
    # the body's name in words the mention leaves out, and its name in brackets before the verb
    ("Patrick Kamanda von der Nationalen Umwelt Behörde Ugandas (NEMA) sagte, die Lage sei ernst.",
     "Patrick Kamanda", "UGA"),
])
def test_a_person_speaking_for_a_named_government_body_is_its_country(text: str, name: str, country: str) -> None:
    assert _actors(text)[name][:2] == (country, "GOV")


def test_the_next_sentences_pronoun_goes_on_with_that_person() -> None:
    text = "Patrick Kamanda von der Umweltbehörde Ugandas sagte, die Lage sei ernst. Er forderte Hilfe von Kenia."
    assert _actors(text)["Er"] == ("UGA", "GOV", "coreference")
    events = [(e.event_type, e.source.country, e.target.country if e.target else None)
              for e in _doc(text).events if e.source is not None]
    assert ("REQUEST", "UGA", "KEN") in events


def test_a_bare_ministry_is_left_to_context() -> None:
    # no country in the body's own words: the person is not made its member here (context fills the ministry)
    assert "Markus Weber" not in _actors("Markus Weber vom Innenministerium kritisierte die Pläne.")


def test_a_passive_doer_stays_the_body() -> None:
    text = "Gestern hieß es, dass Anna Roth von den Behörden Ugandas festgenommen wurde."
    assert "Anna Roth" not in _actors(text)


def _ids(text: str, word: str) -> set[tuple[str | None, str | None]]:
    return {(m.actor.actor_id, m.actor.country) for m in _doc(text).mentions
            if m.kind == "actor" and m.actor is not None and m.text == word}


def test_the_verfassungsschutz_in_news_from_austria_is_the_bvt() -> None:
    text = ("Der Verfassungsschutz warnte in Wien vor Anschlägen. Innenministerin Mikl-Leitner sagte, die Lage in "
            "Österreich sei ernst.")
    assert _ids(text, "Verfassungsschutz") == {("bvt-at", "AUT")}


def test_the_verfassungsschutz_stays_germanys_elsewhere() -> None:
    assert _ids("Der Verfassungsschutz warnte in Berlin vor Anschlägen.", "Verfassungsschutz") == {("bfv", "DEU")}


def test_brussels_acting_in_news_of_another_country_is_the_eu() -> None:
    doc = _doc("Brüssel fordert von Athen weitere Reformen.")
    assert _ids("Brüssel fordert von Athen weitere Reformen.", "Brüssel") == {("eu", None)}
    assert [(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in doc.events if e.source is not None] == [("REQUEST", None, "GRC")]


@pytest.mark.parametrize("text", [
    # Belgian news: the capital is Belgium's government
    "Der belgische Premier Michel sagte, Brüssel werde die Steuern senken. Belgien brauche Reformen.",
    # a place, not an actor
    "In Brüssel trafen sich die Außenminister Griechenlands und Italiens.",
    # no other country told: either may be meant
    "Brüssel fordert weitere Reformen.",
])
def test_brussels_stays_belgiums_at_home_as_a_place_or_alone(text: str) -> None:
    assert {c for _, c in _ids(text, "Brüssel")} == {"BEL"}


def test_the_left_in_news_from_brazil_is_no_german_party() -> None:
    text = "Die Sängerin galt als Ikone der Linken in Brasilien. Die Bundespolizei nahm in Rio zwei Männer fest."
    actors = _actors(text)
    assert "Linken" not in actors
    assert actors["Bundespolizei"][0] == "BRA"  # no German party left to make the federal police Germany's


@pytest.mark.parametrize("text", [
    "Der Bundestag debattierte. Die Linken stimmten gegen das Gesetz.",
    "Die SPD und die Linken lehnten den Antrag der Regierung in Berlin ab.",
])
def test_the_linke_stays_the_party_in_german_news(text: str) -> None:
    assert _ids(text, "Linken") == {("linke", "DEU")}


def test_the_partys_own_name_is_never_dropped() -> None:
    assert _ids("Die Linke kritisierte die US-Regierung scharf.", "Die Linke") == {("linke", "DEU")}
