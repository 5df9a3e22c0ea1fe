"""Round 15 actor knowledge (issue 14): a generic actor qualified by an adjective of a group of countries ("die
europäischen Außenminister in Brüssel") takes no country from the place or the article. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["segment", "dates", "quantities", "mentions"])


def read(pipe: Pipeline, text: str, lang: str = "de") -> Doc:
    return pipe(Article(text, id="t", lang=lang, published=date(2014, 6, 1)))


def actors(doc: Doc) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.actor.country, m.actor.sector) for m in doc.mentions if m.kind == "actor" and m.actor}


@pytest.mark.parametrize(("text", "noun", "lang"), [
    ("Die europäischen Außenminister berieten in Brüssel über Sanktionen.", "Außenminister", "de"),
    ("Ausländische Journalisten wurden in Teheran festgenommen.", "Journalisten", "de"),
    ("Die Verteidigungsminister der Union trafen sich. Westliche Diplomaten in Kabul warnten.", "Diplomaten", "de"),
    ("European leaders met in Brussels on Monday.", "leaders", "en"),
    ("Western diplomats in Kabul said the talks had stalled.", "diplomats", "en"),
])
def test_several_countries_people_take_no_country_from_the_place(pipe: Pipeline, text: str, noun: str,
                                                                 lang: str) -> None:
    doc = read(pipe, text, lang)
    found = actors(doc)
    assert noun in found
    assert found[noun][0] is None


@pytest.mark.parametrize(("text", "noun", "country", "lang"), [
    # the same nouns without such an adjective still take the place's country: the rule is the adjective's
    ("Die Außenminister berieten in Brüssel über Sanktionen.", "Außenminister", "BEL", "de"),
    ("Journalisten wurden in Teheran festgenommen.", "Journalisten", "IRN", "de"),
    ("Diplomats in Kabul said the talks had stalled.", "Diplomats", "AFG", "en"),
    # "amerikanische" is the USA's in German, not a group of countries
    ("Amerikanische Soldaten wurden in Kabul angegriffen.", "Amerikanische Soldaten", "USA", "de"),
])
def test_nouns_without_a_group_adjective_keep_their_country(pipe: Pipeline, text: str, noun: str, country: str,
                                                           lang: str) -> None:
    found = actors(read(pipe, text, lang))
    assert found.get(noun, (None, None))[0] == country
